import base64
from datetime import timedelta

import vobject

from odoo import api, fields, models
from odoo.tools import html2plaintext

from ..tools.network_export import csv_bytes, zip_bytes

# an export is a transient copy of personal data: gone an hour after it was made
EXPORT_LIFETIME = timedelta(hours=1)


class MtapContactExport(models.TransientModel):
    """A .vcf export prepared on the server and downloaded by its id: the selection
    travels in the body of the action's call, never in an address, so it may hold
    any number of contacts. Only its creator reads it (record rule); it is deleted
    once downloaded (``/mtap/export/<id>``) or an hour after it was made, whichever
    comes first (``_gc_mtap_exports``, hourly)."""

    _name = "mtap.contact.export"
    _description = "mTap: Contacts exported as a vCard file"
    _transient_max_hours = 1.0

    vcf_file = fields.Binary("vCard File", readonly=True, attachment=True)
    vcf_name = fields.Char("File Name", readonly=True, default="contacts.vcf")
    contact_count = fields.Integer("Contacts", readonly=True)
    mimetype = fields.Char(readonly=True, default="text/vcard; charset=utf-8")

    @api.model
    def _mtap_export(self, partners):
        """An export holding ``partners`` as one .vcf file (see
        ``res.partner._mtap_export_vcf``: every one must be readable)."""
        data = self.env["res.partner"]._mtap_export_vcf(partners.ids)
        return self.create(
            {"vcf_file": base64.b64encode(data), "contact_count": len(partners)}
        )

    @api.model
    def _action_mtap_export_network(self):
        """*Export my network*: prepare the current user's whole network as one
        .zip and download it (see ``_mtap_export_network``)."""
        return self._mtap_export_network()._mtap_download()

    @api.model
    def _mtap_export_network(self):
        """An export of everything the current user's cards gathered, for them to
        take elsewhere (GDPR art. 20): ``contacts.vcf`` and ``leads.vcf`` (the
        people), ``contacts.csv``, ``leads.csv``, ``cards.csv``,
        ``follow-ups.csv`` and ``notes.csv``, zipped. Read as the user: only
        their own records (their manager's rights do not add anyone else's)."""
        user = self.env.user
        Partner = self.env["res.partner"].with_context(active_test=False)
        contacts = Partner.search(
            [("mtap_is_contact", "=", True), ("mtap_owner_id", "=", user.id)],
            order="id",
        )
        leads = (
            self.env["crm.lead"]
            .with_context(active_test=False)
            .search(
                [("mtap_profile_id", "!=", False), ("mtap_owner_id", "=", user.id)],
                order="id",
            )
        )
        cards = self.env["mtap.profile"].search([("user_id", "=", user.id)])
        files = {
            "contacts.vcf": Partner._mtap_export_vcf(contacts.ids),
            "leads.vcf": b"".join(self._mtap_lead_vcard(lead) for lead in leads),
            "contacts.csv": csv_bytes(*self._mtap_contact_rows(contacts)),
            "leads.csv": csv_bytes(*self._mtap_lead_rows(leads)),
            "cards.csv": csv_bytes(
                [
                    "Card",
                    "Address",
                    "Job Title",
                    "Company",
                    "E-mail",
                    "Phone",
                    "Website",
                    "Published",
                ],
                [
                    (
                        c.name,
                        c.public_url,
                        c.job_title,
                        c.company_name,
                        c.email,
                        c.phone,
                        c.website,
                        c.is_published,
                    )
                    for c in cards
                ],
            ),
            **self._mtap_thread_files(leads, contacts),
        }
        today = fields.Date.context_today(self)
        return self.create(
            {
                "vcf_file": base64.b64encode(zip_bytes(files)),
                "vcf_name": f"my-network-{today}.zip",
                "mimetype": "application/zip",
                "contact_count": len(contacts) + len(leads),
            }
        )

    @api.model
    def _mtap_lead_vcard(self, lead):
        card = vobject.vCard()
        name = lead.contact_name or lead.partner_name or lead.name
        card.add("fn").value = name
        card.add("n").value = vobject.vcard.Name(family=name)
        for prop, value in (
            ("email", lead.email_from),
            ("tel", lead.phone),
            ("title", lead.function),
        ):
            if value:
                card.add(prop).value = value
        if lead.partner_name:
            card.add("org").value = [lead.partner_name]
        if lead.tag_ids:
            card.add("categories").value = lead.tag_ids.mapped("name")
        return card.serialize().encode()

    @api.model
    def _mtap_contact_rows(self, contacts):
        header = [
            "Name",
            "Company",
            "Job Title",
            "E-mail",
            "Phone",
            "Street",
            "Zip",
            "City",
            "Country",
            "Website",
            "Tags",
            "Met at Event",
            "Met at Place",
            "Met on",
            "Source",
            "Notes",
            "Added on",
        ]
        source = dict(contacts._fields["mtap_source"]._description_selection(self.env))
        rows = [
            (
                c.name,
                c.parent_id.name or c.company_name,
                c.function,
                c.email,
                c.phone,
                c.street,
                c.zip,
                c.city,
                c.country_id.name,
                c.website,
                ", ".join(c.category_id.mapped("name")),
                c.mtap_met_event,
                c.mtap_met_place,
                c.mtap_met_date,
                source.get(c.mtap_source),
                html2plaintext(c.comment or "").strip(),
                c.create_date,
            )
            for c in contacts
        ]
        return header, rows

    @api.model
    def _mtap_lead_rows(self, leads):
        header = [
            "Name",
            "Company",
            "Job Title",
            "E-mail",
            "Phone",
            "Card",
            "Status",
            "Tags",
            "Message",
            "Consent Given On",
            "Consent Text",
            "Came in on",
        ]
        state = dict(leads._fields["mtap_state"]._description_selection(self.env))
        rows = [
            (
                lead.contact_name or lead.name,
                lead.partner_name,
                lead.function,
                lead.email_from,
                lead.phone,
                lead.mtap_profile_id.name,
                state.get(lead.mtap_state),
                ", ".join(lead.tag_ids.mapped("name")),
                html2plaintext(lead.description or "").strip(),
                lead.mtap_consent and lead.mtap_consent_date,
                lead.mtap_consent and lead.mtap_consent_text,
                lead.create_date,
            )
            for lead in leads
        ]
        return header, rows

    @api.model
    def _mtap_thread_files(self, leads, contacts):
        """``follow-ups.csv`` (open activities) and ``notes.csv`` (notes and
        messages) of the user's Leads and Contacts."""
        names = {("crm.lead", r.id): r.contact_name or r.name for r in leads}
        names.update({("res.partner", r.id): r.name for r in contacts})
        kinds = {"crm.lead": self.env._("Lead"), "res.partner": self.env._("Contact")}
        on_records = [
            "|",
            "&",
            ("res_model", "=", "crm.lead"),
            ("res_id", "in", leads.ids),
            "&",
            ("res_model", "=", "res.partner"),
            ("res_id", "in", contacts.ids),
        ]
        activities = self.env["mail.activity"].search(on_records, order="date_deadline")
        messages = self.env["mail.message"].search(
            [
                "|",
                "&",
                ("model", "=", "crm.lead"),
                ("res_id", "in", leads.ids),
                "&",
                ("model", "=", "res.partner"),
                ("res_id", "in", contacts.ids),
                ("message_type", "in", ("comment", "email")),
            ],
            order="date",
        )
        return {
            "follow-ups.csv": csv_bytes(
                ["Kind", "Person", "Activity", "Due", "Summary", "Note"],
                [
                    (
                        kinds[a.res_model],
                        names.get((a.res_model, a.res_id)),
                        a.activity_type_id.name,
                        a.date_deadline,
                        a.summary,
                        html2plaintext(a.note or "").strip(),
                    )
                    for a in activities
                ],
            ),
            "notes.csv": csv_bytes(
                ["Kind", "Person", "Date", "Author", "Subject", "Text"],
                [
                    (
                        kinds[m.model],
                        names.get((m.model, m.res_id)),
                        m.date,
                        m.author_id.name or m.email_from,
                        m.subject,
                        html2plaintext(m.body or "").strip(),
                    )
                    for m in messages
                ],
            ),
        }

    def _mtap_expired(self):
        self.ensure_one()
        return self.create_date < fields.Datetime.now() - EXPORT_LIFETIME

    def _mtap_download(self):
        """Download the file at once, and say how long it is kept."""
        self.ensure_one()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "info",
                "title": self.env._(
                    "%(count)s people exported", count=self.contact_count
                )
                if self.mimetype == "application/zip"
                else self.env._(
                    "%(count)s contacts exported", count=self.contact_count
                ),
                "message": self.env._(
                    "The file downloads now. It is deleted from the server once "
                    "downloaded, or after an hour."
                ),
                "next": {
                    "type": "ir.actions.act_url",
                    "url": f"/mtap/export/{self.id}",
                    "target": "download",
                },
            },
        }

    @api.model
    def _gc_mtap_exports(self):
        """Delete the exports over an hour old, downloaded or not (hourly cron)."""
        self.sudo().search(
            [("create_date", "<", fields.Datetime.now() - EXPORT_LIFETIME)]
        ).unlink()
