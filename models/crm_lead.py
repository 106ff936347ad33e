import base64
import hashlib
import logging

from markupsafe import Markup

from odoo import api, fields, models, modules
from odoo.tools import plaintext2html

_logger = logging.getLogger(__name__)

MTAP_SOURCES = [
    ("exchange_form", "Exchange form"),
    ("manual", "Manual entry"),
    ("card_scan", "Card scan"),
    ("phonebook", "Phone book import"),
    ("qr_profile", "Another profile's QR code"),
    ("converted_lead", "Converted Lead"),
]


class CrmLead(models.Model):
    _inherit = "crm.lead"

    mtap_profile_id = fields.Many2one(
        "mtap.profile",
        string="mTap Profile",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
        help="The card through which this person left their details.",
    )
    mtap_source = fields.Selection(MTAP_SOURCES, string="mTap Source", readonly=True)
    mtap_exchange_count = fields.Integer(
        "Exchanges",
        readonly=True,
        help="How many times this person sent the card's Exchange Contacts form.",
    )
    mtap_consent = fields.Boolean(
        "Marketing Consent",
        readonly=True,
        help="Ticked by the visitor on the Exchange Contacts form.",
    )
    mtap_consent_text = fields.Text("Consent Text", readonly=True)
    mtap_consent_version = fields.Char("Consent Version", readonly=True)
    mtap_consent_date = fields.Datetime("Consent Date", readonly=True)
    mtap_notify_pending = fields.Boolean(
        readonly=True,
        copy=False,
        help="The owner's notification (and the visitor's card) are still to be sent "
        "by the mTap notification cron.",
    )
    mtap_known_partner_id = fields.Many2one(
        "res.partner",
        string="Known Contact",
        compute="_compute_mtap_known_partner_id",
        help="An existing contact with the same e-mail; only a hint, the Lead is not "
        "linked to it.",
    )

    # an Exchange looks for the open Lead of the same person on the same card
    _mtap_profile_email_idx = models.Index(
        "(mtap_profile_id, email_normalized) WHERE mtap_profile_id IS NOT NULL"
    )
    _mtap_profile_phone_idx = models.Index(
        "(mtap_profile_id, phone_sanitized) WHERE mtap_profile_id IS NOT NULL"
    )
    _mtap_notify_pending_idx = models.Index("(id) WHERE mtap_notify_pending")

    @api.depends("email_normalized")
    def _compute_mtap_known_partner_id(self):
        emails = [e for e in self.mapped("email_normalized") if e]
        partners = self.env["res.partner"].search(
            [("email_normalized", "in", emails)], order="id"
        )
        by_email = {}
        for partner in partners:
            by_email.setdefault(partner.email_normalized, partner)
        for lead in self:
            lead.mtap_known_partner_id = by_email.get(lead.email_normalized, False)

    # ------------------------------------------------------------
    # EXCHANGE
    # ------------------------------------------------------------

    @api.model
    def _mtap_exchange(self, profile, values):
        """Record an Exchange of the published ``profile`` (as superuser) and return
        the Lead it created or updated.

        ``values`` are the cleaned form values (see ``tools.exchange_form``). Owner,
        team, company and tags come from the profile only. The same person (normalised
        e-mail, else phone) on the same card updates their open Lead instead of
        creating a second one.
        """
        email, phone = values.get("email_normalized"), values.get("phone_e164")
        key = f"email:{email}" if email else f"phone:{phone}"
        self.env["mtap.exchange.lock"]._acquire(profile, key)
        lead = self._mtap_find_open_lead(profile, email, phone)
        consent = self._mtap_consent_values(profile, values)
        if lead:
            lead._mtap_update_from_exchange(values, consent)
        else:
            lead = self._mtap_create_from_exchange(profile, values, consent)
        return lead

    @api.model
    def _mtap_find_open_lead(self, profile, email, phone):
        domain = [("mtap_profile_id", "=", profile.id), ("type", "=", "lead")]
        if email:
            domain.append(("email_normalized", "=", email))
        else:
            domain.append(("phone_sanitized", "=", phone))
        return self.search(domain, order="id", limit=1)

    @api.model
    def _mtap_consent_values(self, profile, values):
        if not values.get("consent"):
            return {}
        text = profile.consent_text or ""
        return {
            "mtap_consent": True,
            "mtap_consent_text": text,
            "mtap_consent_version": hashlib.sha256(text.encode()).hexdigest()[:12],
            "mtap_consent_date": fields.Datetime.now(),
        }

    @api.model
    def _mtap_create_from_exchange(self, profile, values, consent):
        source = self.env.ref(
            "mtap_hub.utm_source_mtap_profile", raise_if_not_found=False
        )
        # no assignment e-mail now: the cron notifies the owner after commit
        lead = self.with_context(
            mail_create_nosubscribe=True,
            mail_create_nolog=True,
            mail_auto_subscribe_no_notify=True,
        ).create(
            {
                "name": self.env._("%(name)s (mTap card)", name=values["name"]),
                "type": "lead",
                "contact_name": values["name"],
                "email_from": values.get("email_normalized") or False,
                "phone": values.get("phone_e164") or False,
                "partner_name": values.get("company") or False,
                "function": values.get("job_title") or False,
                "description": plaintext2html(values["message"])
                if values.get("message")
                else False,
                "user_id": profile.user_id.id,
                "team_id": profile.team_id.id,
                "company_id": profile.company_id.id,
                "tag_ids": [fields.Command.set(profile.lead_tag_ids.ids)],
                "source_id": source.id if source else False,
                "mtap_profile_id": profile.id,
                "mtap_source": "exchange_form",
                "mtap_exchange_count": 1,
                "mtap_notify_pending": True,
                **consent,
            }
        )
        lead.message_post(
            body=Markup("<p>%s</p>")
            % self.env._(
                "%(visitor)s left their details on your card %(card)s.",
                visitor=values["name"],
                card=profile.name,
            ),
            subtype_xmlid="mail.mt_note",
        )
        # the owner is notified of it by the notification cron, after commit
        lead.with_context(mail_activity_quick_update=True).activity_schedule(
            "mtap_hub.mail_activity_type_mtap_followup",
            user_id=profile.user_id.id,
            summary=self.env._("Follow up within 24 hours"),
        )
        self.env.ref("mtap_hub.ir_cron_mtap_notify")._trigger()
        return lead

    @api.model
    def _cron_mtap_notify(self, batch_size=200):
        """Send what Exchanges left to send, outside the visitors' requests: the
        owner's notification of the follow-up activity and, when the card offers it,
        the card to the visitor. Batches are committed as they are done; a Lead that
        fails is logged and skipped; Leads another worker holds are left to it."""
        auto_commit = not modules.module.current_test
        domain = [("mtap_notify_pending", "=", True)]
        if auto_commit:
            self.env["ir.cron"]._commit_progress(remaining=self.search_count(domain))
        while True:
            leads = self.search(domain, order="id", limit=batch_size)
            leads = leads.try_lock_for_update(allow_referencing=True)
            if not leads:
                return
            for lead in leads:
                try:
                    with self.env.cr.savepoint():
                        lead._mtap_notify()
                except Exception:
                    _logger.exception("mTap: could not notify about lead %s", lead.id)
            leads.mtap_notify_pending = False
            if auto_commit and not self.env["ir.cron"]._commit_progress(len(leads)):
                return

    def _mtap_notify(self):
        self.ensure_one()
        followup = self.env.ref("mtap_hub.mail_activity_type_mtap_followup")
        self.activity_ids.filtered(
            lambda a: a.activity_type_id == followup
        ).action_notify()
        if self.mtap_profile_id.send_card_to_visitor and self.email_from:
            self._mtap_send_card_to_visitor()

    def _mtap_send_card_to_visitor(self):
        """Queue the card's e-mail, its vCard attached, to the visitor. The mail is
        only sent by the mail queue after this transaction commits: a replayed
        request cannot send it twice."""
        self.ensure_one()
        profile = self.mtap_profile_id
        self.env.ref("mtap_hub.mail_template_mtap_card_to_visitor").send_mail(
            self.id,
            force_send=False,
            email_values={
                "attachments": [
                    (f"{profile.slug}.vcf", base64.b64encode(profile._get_vcard_file()))
                ]
            },
        )

    def _mtap_update_from_exchange(self, values, consent):
        self.ensure_one()
        updates = {
            field: values[key]
            for field, key in (
                ("phone", "phone_e164"),
                ("partner_name", "company"),
                ("function", "job_title"),
            )
            if values.get(key) and not self[field]
        }
        self.write(
            {**updates, **consent, "mtap_exchange_count": self.mtap_exchange_count + 1}
        )
        details = Markup("<br/>").join(
            self.env._("%(label)s: %(value)s", label=label, value=values[key])
            for label, key in (
                (self.env._("Name"), "name"),
                (self.env._("E-mail"), "email"),
                (self.env._("Phone"), "phone"),
                (self.env._("Company"), "company"),
                (self.env._("Job title"), "job_title"),
            )
            if values.get(key)
        )
        message = plaintext2html(values["message"]) if values.get("message") else ""
        self.message_post(
            body=Markup("<p>%s</p><p>%s</p>%s")
            % (
                self.env._("The visitor sent the Exchange Contacts form again."),
                details,
                message,
            ),
            subtype_xmlid="mail.mt_note",
        )
