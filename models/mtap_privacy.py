import logging
import re
import secrets
import time
from datetime import timedelta

import vobject
from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import api, fields, models, modules
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools import SQL, consteq, html2plaintext
from odoo.tools.misc import hmac

_logger = logging.getLogger(__name__)

RETENTION_WARNING_DAYS = 7
RETENTION_BATCH = 200

# A personal link's token: the Lead's id, when the link expires, and their signature
# with the Lead's own key (a new key, or none, and every link of that Lead is dead)
LINK_RE = re.compile(r"([0-9]{1,12})\.([0-9]{10})\.([0-9a-f]{64})")

# what the person's page and files show, in this order
LEAD_SHOWN = (
    "contact_name",
    "email_from",
    "phone",
    "partner_name",
    "function",
    "website",
    "street",
    "street2",
    "zip",
    "city",
    "country_id",
    "description",
    "mtap_answers_text",
    "create_date",
)
CONTACT_SHOWN = (
    "name",
    "email",
    "phone",
    "function",
    "company_name",
    "website",
    "street",
    "street2",
    "zip",
    "city",
    "country_id",
    "comment",
    "category_id",
    "mtap_met_event",
    "mtap_met_place",
    "mtap_met_date",
    "mtap_answers",
    "create_date",
)
# what an anonymised Lead or Contact keeps of the person: nothing
LEAD_ERASED = {
    "contact_name": False,
    "email_from": False,
    "email_cc": False,
    "phone": False,
    "partner_name": False,
    "function": False,
    "website": False,
    "street": False,
    "street2": False,
    "zip": False,
    "city": False,
    "state_id": False,
    "description": False,
    "mtap_answers": False,
    "mtap_answers_text": False,
    "partner_id": False,
    "mtap_contact_id": False,
    "mtap_privacy_key": False,
    "mtap_erased": True,
    "active": False,
}
CONTACT_ERASED = {
    "email": False,
    "phone": False,
    "function": False,
    "company_name": False,
    "website": False,
    "street": False,
    "street2": False,
    "zip": False,
    "city": False,
    "state_id": False,
    "comment": False,
    "mtap_answers": False,
    "image_1920": False,
    "mtap_card_image": False,
    "mtap_met_event": False,
    "mtap_met_place": False,
    "vat": False,
    "ref": False,
    "category_id": [fields.Command.clear()],
    "active": False,
}


class MtapPrivacy(models.AbstractModel):
    """A person's rights over what the add-on holds about them: their personal
    link (signed, expiring, one Lead and the Contact it became), what it shows and
    gives to download, "stop e-mails", and erasure, which is also what the owner's
    *Erase this person* and the retention cron call. Runs as superuser: the caller
    has checked the link, or the user's right on the records."""

    _name = "mtap.privacy"
    _description = "mTap: a person's rights over their data"

    # ------------------------------------------------------------
    # THE PERSONAL LINK
    # ------------------------------------------------------------

    @api.model
    def _signature(self, lead_id, expires, key):
        return hmac(self.env(su=True), "mtap_privacy", f"{lead_id}:{expires}:{key}")

    @api.model
    def _link_token(self, lead, now=None):
        """A token of the personal link of ``lead``'s person, valid for the
        configured number of days from ``now`` (a timestamp; default: now)."""
        lead = lead.sudo()
        if not lead.mtap_privacy_key:
            lead.mtap_privacy_key = secrets.token_urlsafe(24)
        now = int(time.time() if now is None else now)
        days = self.env["mtap.settings"]._get_int("privacy_link_days")
        expires = now + days * 86400
        signature = self._signature(lead.id, expires, lead.mtap_privacy_key)
        return f"{lead.id}.{expires}.{signature}"

    @api.model
    def _link_url(self, lead, now=None):
        """The personal link of ``lead``'s person, as a full address."""
        return f"{lead.get_base_url()}/mtap/me/{self._link_token(lead, now)}"

    @api.model
    def _lead_of_token(self, token, now=None):
        """The Lead (as superuser) whose personal link ``token`` is, or no Lead:
        malformed, forged, expired, another Lead's signature, or the person was
        erased. Every refusal is the same empty recordset."""
        Lead = self.env["crm.lead"].sudo().with_context(active_test=False)
        match = LINK_RE.fullmatch(token) if isinstance(token, str) else None
        if not match:
            return Lead
        lead = Lead.browse(int(match[1])).exists()
        expires = int(match[2])
        # signed even for a missing Lead: no answer time tells which Leads exist
        key = (lead.mtap_privacy_key if lead else None) or secrets.token_hex(8)
        valid = consteq(match[3], self._signature(int(match[1]), expires, key))
        now = time.time() if now is None else now
        if not (valid and lead and lead.mtap_privacy_key and expires > now):
            return Lead
        return lead

    # ------------------------------------------------------------
    # WHAT IS HELD
    # ------------------------------------------------------------

    @api.model
    def _field_value(self, record, fname):
        field = record._fields[fname]
        value = record[fname]
        if field.type == "many2one":
            return value.display_name or False
        if field.type == "many2many":
            return ", ".join(value.mapped("display_name")) or False
        if field.type == "html":
            return html2plaintext(value or "").strip() or False
        if field.type in ("datetime", "date"):
            return value and (
                fields.Datetime.to_string(value)
                if field.type == "datetime"
                else fields.Date.to_string(value)
            )
        return value or False

    @api.model
    def _held(self, lead):
        """What the owner holds about ``lead``'s person, for their page and their
        JSON file: the Lead's and its Contact's filled fields (label, value), the
        e-mails they sent, their consent, the card and its owner."""
        lead = lead.sudo()
        contact = lead.mtap_contact_id

        def rows(record, names):
            result = []
            for fname in names:
                value = self._field_value(record, fname)
                if value:
                    label = record._fields[fname]._description_string(self.env)
                    result.append({"field": fname, "label": label, "value": value})
            return result

        records = [lead, contact] if contact else [lead]
        emails = {e for e in (lead.email_normalized, contact.email_normalized) if e}
        messages = (
            self.env["mail.message"]
            .sudo()
            .search(
                Domain.OR(
                    [("model", "=", r._name), ("res_id", "=", r.id)] for r in records
                )
                & Domain("message_type", "=", "email"),
                order="date",
            )
            .filtered(lambda m: any(e in (m.email_from or "").lower() for e in emails))
        )
        consent = None
        if lead.mtap_consent or lead.mtap_consent_withdrawn_date:
            consent = {
                "given": lead.mtap_consent,
                "text": lead.mtap_consent_text or "",
                "version": lead.mtap_consent_version or "",
                "date": self._field_value(lead, "mtap_consent_date"),
                "withdrawn": self._field_value(lead, "mtap_consent_withdrawn_date"),
            }
        return {
            "card": lead.mtap_profile_id.name or "",
            "owner": lead.mtap_owner_id.name or lead.user_id.name or "",
            "company": lead.company_id.name or "",
            "lead": rows(lead, LEAD_SHOWN),
            "contact": rows(contact, CONTACT_SHOWN) if contact else [],
            "messages": [
                {
                    "date": fields.Datetime.to_string(m.date),
                    "subject": m.subject or "",
                    "body": html2plaintext(m.body or "").strip(),
                }
                for m in messages
            ],
            "consent": consent,
            "emails_stopped": bool(
                emails
                and self.env["mail.blacklist"]
                .sudo()
                .search_count([("email", "in", list(emails))], limit=1)
            ),
        }

    @api.model
    def _vcard(self, lead):
        """The person as the owner holds them, as a vCard 3.0 (bytes)."""
        lead = lead.sudo()
        contact = lead.mtap_contact_id
        name = contact.name or lead.contact_name or lead.partner_name or "-"
        card = vobject.vCard()
        card.add("fn").value = name
        card.add("n").value = vobject.vcard.Name(family=name)
        for email in {contact.email, lead.email_from} - {False, ""}:
            card.add("email").value = email
        for phone in {contact.phone, lead.phone} - {False, ""}:
            card.add("tel").value = phone
        company = contact.company_name or contact.parent_id.name or lead.partner_name
        if company:
            card.add("org").value = [company]
        if contact.function or lead.function:
            card.add("title").value = contact.function or lead.function
        return card.serialize().encode()

    # ------------------------------------------------------------
    # STOP E-MAILS
    # ------------------------------------------------------------

    @api.model
    def _stop_emails(self, lead):
        """The person objects to e-mails (absolute, GDPR art. 21): their address
        is blacklisted for mailings, the follow-ups of their Lead and Contact stop
        (no more activity is scheduled, the open one is cancelled), the card is
        not e-mailed to them again, and a marketing consent is withdrawn."""
        lead = lead.sudo()
        records = [r for r in (lead, lead.mtap_contact_id) if r]
        note = self.env._(
            "The person asked for no more e-mails through their personal link."
        )
        for email in {r.email_normalized for r in records} - {False}:
            self.env["mail.blacklist"].sudo()._add(email, message=note)
        for record in records:
            if record.mtap_followup_state:
                record._mtap_followup_stop()
            if record.mtap_consent:
                record._mtap_consent_withdraw()
            record._message_log(body=Markup("<p>%s</p>") % note)

    # ------------------------------------------------------------
    # ERASURE
    # ------------------------------------------------------------

    @api.model
    def _erase(self, leads, partners=None, how="owner", log=True):
        """Erase the people of ``leads`` (crm.lead) and ``partners`` (res.partner;
        a Lead's Contact goes with it) at once: their Leads and Contacts deleted or
        anonymised as their company chose, the messages, activities, attachments
        and queued e-mails of those records and the ones the person wrote, their
        blacklist and lock rows; the Contacts' delete is queued for the CRMs.
        ``how``: ``visitor`` (their personal link), ``owner`` (*Erase this
        person*) or ``retention`` (the retention cron). Logged in
        ``privacy.log``, masked (unless ``log`` is False: Odoo's person search
        logs its own). Return what was removed, counted per kind."""
        Lead = self.env["crm.lead"].sudo().with_context(active_test=False)
        Partner = self.env["res.partner"].sudo().with_context(active_test=False)
        leads = Lead.browse(leads.ids).exists()
        partners = Partner.browse((partners or Partner).ids) | leads.mtap_contact_id
        partners = partners.exists()
        if partners.user_ids:
            raise UserError(
                self.env._("A user of this database cannot be erased from here.")
            )
        if not leads and not partners:
            return {}
        emails = set(
            leads.mapped("email_normalized") + partners.mapped("email_normalized")
        )
        phones = set(
            leads.mapped("phone_sanitized") + partners.mapped("phone_sanitized")
        )
        emails.discard(False)
        phones.discard(False)
        name = (
            leads[:1].contact_name or partners[:1].name or leads[:1].partner_name or "-"
        )
        counts = {"leads": len(leads), "contacts": len(partners)}
        records = [r for r in (leads, partners) if r]
        on_records = Domain.OR(
            [("res_model", "=", r._name), ("res_id", "in", r.ids)] for r in records
        )
        activities = self.env["mail.activity"].sudo().search(on_records)
        counts["activities"] = len(activities)
        activities.unlink()
        self._erase_messages(records, partners, emails, counts)
        attachments = self.env["ir.attachment"].sudo().search(on_records)
        counts["attachments"] = len(attachments)
        attachments.unlink()
        self._erase_records(leads, partners)
        # anonymising logs nothing (no tracking), but an archive may post: swept
        self._erase_messages(records, partners, emails, counts)
        blacklisted = (
            self.env["mail.blacklist"]
            .sudo()
            .with_context(active_test=False)
            .search([("email", "in", list(emails))])
            if emails
            else None
        )
        if blacklisted:
            blacklisted.message_ids.unlink()
            blacklisted.unlink()
        if phones:
            numbers = (
                self.env["phone.blacklist"]
                .sudo()
                .with_context(active_test=False)
                .search([("number", "in", list(phones))])
            )
            numbers.message_ids.unlink()
            numbers.unlink()
        self._erase_live_notifications(emails, phones)
        keys = [f"email:{e}" for e in emails] + [f"phone:{p}" for p in phones]
        if keys:
            self.env.cr.execute(
                SQL("DELETE FROM mtap_exchange_lock WHERE key = ANY(%s)", keys)
            )
        if log:
            self._erase_log(name, emails, phones, counts, how)
        return counts

    @api.model
    def _erase_live_notifications(self, emails, phones):
        """The live notifications (``bus.bus``, kept a few minutes for the
        browsers to fetch) that carry the person's e-mail or phone, as typed or
        as shown."""
        needles = set(emails)
        for phone in phones:
            national = re.sub(r"^\+\d{1,3}", "", phone)
            shown = self.env["base"]._mtap_phone_display(phone) or ""
            needles.update({phone, national, shown, shown.split(" ", 1)[-1]})
        needles = {n for n in needles if len(n) >= 6}
        if not needles:
            return
        patterns = [
            "%" + n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            for n in needles
        ]
        self.env.cr.execute(
            SQL("DELETE FROM bus_bus WHERE message ILIKE ANY(%s)", patterns)
        )

    @api.model
    def _erase_messages(self, records, partners, emails, counts):
        """Delete the messages on ``records`` and those the person wrote or was
        sent elsewhere, with their queued e-mails (and attachments)."""
        Message = self.env["mail.message"].sudo()
        domains = [[("model", "=", r._name), ("res_id", "in", r.ids)] for r in records]
        if partners:
            domains.append([("author_id", "in", partners.ids)])
        domains += [[("email_from", "ilike", e)] for e in emails]
        messages = Message.search(Domain.OR(domains))
        mail_domains = [[("mail_message_id", "in", messages.ids)]]
        if partners:
            mail_domains.append([("recipient_ids", "in", partners.ids)])
        mail_domains += [[("email_to", "ilike", e)] for e in emails]
        mails = self.env["mail.mail"].sudo().search(Domain.OR(mail_domains))
        counts["messages"] = counts.get("messages", 0) + len(messages)
        counts["queued_emails"] = counts.get("queued_emails", 0) + len(mails)
        attachments = (messages.attachment_ids | mails.attachment_ids).sudo()
        mails.unlink()
        messages.exists().unlink()
        attachments.exists().unlink()

    @api.model
    def _erase_records(self, leads, partners):
        """Delete or anonymise (their company's choice) ``leads`` and
        ``partners``; a Contact that cannot be deleted (another record needs it)
        is anonymised and archived."""
        quiet = {"tracking_disable": True, "mail_notrack": True}
        anonymise = leads.filtered(
            lambda r: (r.company_id or self.env.company).mtap_erase_mode == "anonymize"
        )
        erased_name = self.env._("Erased person")
        anonymise.with_context(**quiet).write({**LEAD_ERASED, "name": erased_name})
        (leads - anonymise).unlink()
        for partner in partners:
            company = partner.company_id or partner.mtap_owner_id.company_id
            if (company or self.env.company).mtap_erase_mode == "delete":
                try:
                    with self.env.cr.savepoint():
                        partner.unlink()
                    continue
                except Exception:  # noqa: BLE001 - kept anonymised instead
                    self.env.invalidate_all()
            partner.with_context(**quiet).write({**CONTACT_ERASED, "name": erased_name})

    @api.model
    def _erase_log(self, name, emails, phones, counts, how):
        details = {
            "visitor": self.env._("Erased by the person through their personal link."),
            "owner": self.env._("Erased by %(user)s.", user=self.env.user.name),
            "retention": self.env._("Erased by the retention rules."),
        }[how]
        summary = ", ".join(f"{kind}: {count}" for kind, count in counts.items())
        user = self.env.user if how == "owner" else self.env.ref("base.user_root")
        self.env["privacy.log"].sudo().create(
            {
                "anonymized_name": name,
                "anonymized_email": next(iter(emails), None)
                or next(iter(phones), None)
                or "-",
                "user_id": user.id,
                "execution_details": f"{details}\n{summary}",
            }
        )

    # ------------------------------------------------------------
    # RETENTION
    # ------------------------------------------------------------

    @api.model
    def _retention_domains(self, company, now):
        """The Leads of ``company`` the retention rules erase at ``now``
        (suspected spam, unconverted Leads), and those whose owner is to be
        warned first."""
        base = [
            ("mtap_profile_id", "!=", False),
            ("company_id", "=", company.id),
            ("type", "=", "lead"),
            ("mtap_contact_id", "=", False),
            ("mtap_erased", "=", False),
        ]
        result = {"spam": None, "leads": None, "warn": None}
        if company.mtap_retention_spam_days > 0:
            limit = now - timedelta(days=company.mtap_retention_spam_days)
            result["spam"] = Domain(
                [*base, ("mtap_suspected_spam", "=", True), ("create_date", "<", limit)]
            )
        months = company.mtap_retention_lead_months
        if months > 0:
            limit = now - relativedelta(months=months)
            warned_before = now - timedelta(days=RETENTION_WARNING_DAYS)
            unconverted = Domain([*base, ("mtap_suspected_spam", "=", False)])
            open_followup = Domain("activity_ids", "!=", False)
            result["leads"] = (
                unconverted
                & Domain("create_date", "<", limit)
                & (
                    ~open_followup
                    | Domain("mtap_retention_warned_date", "<=", warned_before)
                )
            )
            result["warn"] = (
                unconverted
                & Domain(
                    "create_date",
                    "<",
                    limit + timedelta(days=RETENTION_WARNING_DAYS),
                )
                & open_followup
                & Domain("mtap_retention_warned_date", "=", False)
            )
        return result

    @api.model
    def _cron_retention(self, now=None):
        """Apply every company's retention rules (``now``: a datetime, for
        tests): warn the owners of Leads with an open follow-up a week before,
        erase what is over age as ``_erase`` does (anonymised or deleted as the
        company chose). What was removed is counted in the privacy log, no more."""
        now = now or fields.Datetime.now()
        auto_commit = not modules.module.current_test
        Lead = self.env["crm.lead"].sudo().with_context(active_test=False)
        for company in self.env["res.company"].sudo().search([]):
            domains = self._retention_domains(company, now)
            if domains["warn"] is not None:
                self._retention_warn(Lead.search(domains["warn"]), now)
            counts = {}
            for kind in ("spam", "leads"):
                if domains[kind] is None:
                    continue
                # an anonymised Lead is marked erased: never found again
                while leads := Lead.search(domains[kind], limit=RETENTION_BATCH):
                    erased = self._erase(leads, how="retention", log=False)
                    for key, count in erased.items():
                        counts[key] = counts.get(key, 0) + count
                    counts[f"{kind}_removed"] = counts.get(f"{kind}_removed", 0) + len(
                        leads
                    )
                    if auto_commit:
                        self.env["ir.cron"]._commit_progress(len(leads))
            if counts:
                self._retention_log(company, counts)
                if auto_commit:
                    self.env["ir.cron"]._commit_progress()

    @api.model
    def _retention_warn(self, leads, now):
        """Tell each owner that their Lead, with a follow-up still open, will be
        erased in a week unless they convert it."""
        for lead in leads:
            owner = lead.mtap_owner_id or lead.user_id
            lead.message_post(
                body=Markup("<p>%s</p>")
                % self.env._(
                    "This Lead was not converted and will be erased under your "
                    "company's retention rules in %(days)s days. Convert it into a "
                    "Contact to keep it.",
                    days=RETENTION_WARNING_DAYS,
                ),
                partner_ids=owner.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )
        leads.write({"mtap_retention_warned_date": now})

    @api.model
    def _retention_log(self, company, counts):
        summary = ", ".join(f"{kind}: {count}" for kind, count in counts.items())
        _logger.info("mTap retention, company %s: %s", company.id, summary)
        self.env["privacy.log"].sudo().create(
            {
                "anonymized_name": "-",
                "anonymized_email": "-",
                "user_id": self.env.ref("base.user_root").id,
                "execution_details": self.env._(
                    "Retention rules of %(company)s: %(summary)s",
                    company=company.name,
                    summary=summary,
                ),
            }
        )
