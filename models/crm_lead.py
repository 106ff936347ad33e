import logging

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import html2plaintext

from ..tools.lead_score import score_lead
from ..tools.source_marker import SOURCES
from .mtap_followup_mixin import CADENCE_MODELS

_logger = logging.getLogger(__name__)

MTAP_SOURCES = [
    ("exchange_form", "Exchange form"),
    ("manual", "Manual entry"),
    ("card_scan", "Card scan"),
    ("phonebook", "Phone book import"),
    ("qr_profile", "Another card's QR code"),
    ("converted_lead", "Converted Lead"),
]


class CrmLead(models.Model):
    _name = "crm.lead"
    _inherit = [
        "crm.lead",
        "mtap.consent.mixin",
        "mtap.followup.mixin",
        "mtap.guard.mixin",
    ]
    _mtap_guarded_links = ("partner_id", "mtap_profile_id", "mtap_contact_id")

    mtap_profile_id = fields.Many2one(
        "mtap.profile",
        string="Through Card",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
        help="The card through which this person left their details.",
    )
    mtap_source = fields.Selection(MTAP_SOURCES, string="mTap Source", readonly=True)
    mtap_marker = fields.Selection(
        SOURCES,
        string="Came Through",
        readonly=True,
        help="Where the visitor found the card: its QR code, a shared link, an "
        "e-mail signature, an NFC tag, a mail, or typed the address (direct).",
    )
    mtap_event_id = fields.Many2one(
        "mtap.event",
        string="mTap Event",
        readonly=True,
        index="btree_not_null",
        ondelete="set null",
        help="The event the card was shown at when the visitor found it.",
    )
    mtap_owner_id = fields.Many2one(
        "res.users",
        string="mTap Owner",
        compute="_compute_mtap_owner_id",
        store=True,
        index="btree_not_null",
        help="Whose Lead this is: its salesperson, else the owner of its card. Only "
        "they (and mTap managers) see it, follow it up and are notified.",
    )
    mtap_exchange_count = fields.Integer(
        "Exchanges",
        readonly=True,
        help="How many times this person sent the card's Exchange Contacts form.",
    )
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
        store=True,
        help="An existing contact with the same e-mail or phone when the Lead came in; "
        "only a hint, the Lead is not linked to it.",
    )
    mtap_reviewed = fields.Boolean(
        "Reviewed",
        copy=False,
        tracking=True,
        help="The owner has looked at this Lead; it is no longer New.",
    )
    mtap_contact_id = fields.Many2one(
        "res.partner",
        string="Converted to",
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
        copy=False,
        help="The Contact this Lead was converted into.",
    )
    mtap_state = fields.Selection(
        [
            ("new", "New"),
            ("reviewed", "Reviewed"),
            ("converted", "Converted"),
            ("archived", "Archived"),
            ("spam", "Suspected Spam"),
        ],
        string="mTap Status",
        compute="_compute_mtap_state",
        store=True,
        index="btree_not_null",
        help="New: not reviewed yet. Converted: kept, linked to its Contact, out of "
        "the inbox. Archived: marked lost with a reason. Suspected Spam: sent faster "
        "than a person types and looking automated in another way too (many forms "
        "from one address, a message full of links, a blocked domain), kept out of "
        "the inbox until you say it is not spam.",
    )
    mtap_suspected_spam = fields.Boolean(
        "Suspected Spam",
        readonly=True,
        copy=False,
        help="The form was sent faster than the card's minimum fill time and another "
        "robot signal agreed. The Lead is kept, but its owner was not notified and no "
        "follow-up was scheduled.",
    )
    mtap_sent_quickly = fields.Boolean(
        "Sent Quickly",
        readonly=True,
        copy=False,
        help="The form was sent faster than the card's minimum fill time, most "
        "likely with the browser's autofill; nothing else looked automated, so the "
        "Lead is in the inbox.",
    )
    mtap_card_sent_date = fields.Datetime(
        "Card E-mailed On",
        readonly=True,
        copy=False,
        help="When the card was e-mailed to this visitor.",
    )
    mtap_score = fields.Integer(
        "Lead Score",
        compute="_compute_mtap_score",
        store=True,
        aggregator="avg",
        help="0-100: how complete the details are, a valid phone, a company e-mail "
        "rather than a free-mail address, a message, consent, and whether the person "
        "is already a known contact.",
    )
    mtap_score_explanation = fields.Html(
        "Score Explanation", compute="_compute_mtap_score_explanation", sanitize=False
    )

    mtap_privacy_key = fields.Char(
        readonly=True,
        copy=False,
        groups="base.group_system",
        help="Signs the person's personal links; cleared when they are erased, "
        "which ends every link given to them.",
    )
    mtap_erased = fields.Boolean(
        "Erased",
        readonly=True,
        copy=False,
        help="The person was erased: this Lead is kept, anonymised, for the "
        "counts only.",
    )
    mtap_retention_warned_date = fields.Datetime(
        "Retention Warning Sent",
        readonly=True,
        copy=False,
        help="When the owner was told that this unconverted Lead with an open "
        "follow-up would be erased by the retention rules a week later.",
    )
    mtap_privacy_url = fields.Char(
        "Personal Link",
        compute="_compute_mtap_privacy_url",
        groups="base.group_system",
        help="The person's own page: what is held about them, download, stop "
        "e-mails, erase. Sent in the card's e-mail.",
    )

    # an Exchange looks for the open Lead of the same person on the same card
    _mtap_profile_email_idx = models.Index(
        "(mtap_profile_id, email_normalized) WHERE mtap_profile_id IS NOT NULL"
    )
    _mtap_profile_phone_idx = models.Index(
        "(mtap_profile_id, phone_sanitized) WHERE mtap_profile_id IS NOT NULL"
    )
    _mtap_notify_pending_idx = models.Index("(id) WHERE mtap_notify_pending")

    _mtap_state_idx = models.Index("(user_id, mtap_state) WHERE mtap_state IS NOT NULL")
    # the follow-up cron's query
    _mtap_followup_due_idx = models.Index(
        "(id) WHERE mtap_followup_state = 'active' "
        "AND mtap_followup_activity_id IS NULL AND active"
    )

    mtap_followup_replied = fields.Boolean(
        "Replied",
        copy=False,
        help="The person answered a follow-up: the cadence stopped, the Lead is ready "
        "to be converted.",
    )

    mtap_answers = fields.Properties(
        "Answers",
        definition="mtap_profile_id.question_definition",
        copy=False,
        help="The visitor's answers to the questions of the card's Exchange form.",
    )
    mtap_answers_text = fields.Text(
        "Answers as Given",
        readonly=True,
        copy=False,
        help="The questions and answers as the visitor saw and gave them: they stay "
        "as they were when the card's questions change.",
    )
    mtap_message_snippet = fields.Char(
        "Message",
        compute="_compute_mtap_message_snippet",
        help="The start of what the visitor wrote on the Exchange form.",
    )
    mtap_phone_warning = fields.Char(
        "Phone Check",
        compute="_compute_mtap_phone_warning",
        help="Why the phone number typed cannot be dialled as it is.",
    )
    phone_display = fields.Char(
        "Phone (International)",
        compute="_compute_phone_display",
        inverse="_inverse_phone_display",
        help="The phone as people read it; what is typed here is stored in E.164.",
    )

    @api.depends("phone", "country_id")
    def _compute_mtap_phone_warning(self):
        for lead in self:
            lead.mtap_phone_warning = lead._mtap_phone_warning(lead.phone)

    def _mtap_phone_typed_by_user(self):
        return self.filtered("mtap_profile_id")

    @api.depends("description")
    def _compute_mtap_message_snippet(self):
        for lead in self:
            text = " ".join(html2plaintext(lead.description or "").split())
            lead.mtap_message_snippet = (
                text[:119].rstrip() + "…" if len(text) > 120 else text
            )

    def _compute_mtap_privacy_url(self):
        privacy = self.env["mtap.privacy"]
        for lead in self:
            lead.mtap_privacy_url = (
                privacy._link_url(lead) if lead.id and lead.mtap_profile_id else False
            )

    @api.depends("phone", "country_id")
    def _compute_phone_display(self):
        """The phone as people read it (international format with spaces)."""
        for lead in self:
            lead.phone_display = lead._mtap_phone_display(lead.phone)

    def _inverse_phone_display(self):
        for lead in self:
            typed = (lead.phone_display or "").strip()
            lead.phone = lead._mtap_phone_e164(typed) or typed or False

    @api.depends("user_id", "mtap_profile_id.user_id")
    def _compute_mtap_owner_id(self):
        for lead in self:
            lead.mtap_owner_id = lead.user_id or lead.mtap_profile_id.user_id

    @api.depends("email_normalized", "phone_sanitized", "mtap_profile_id")
    def _compute_mtap_known_partner_id(self):
        leads = self.filtered("mtap_profile_id")
        (self - leads).mtap_known_partner_id = False
        found = self.env["res.partner"]._mtap_match_people(
            [
                {
                    "email": lead.email_normalized,
                    "phone": lead.phone_sanitized,
                    "owner": lead.user_id,
                }
                for lead in leads
            ]
        )
        for lead, (partner, _rule) in zip(leads, found, strict=True):
            lead.mtap_known_partner_id = partner

    @api.depends(
        "mtap_profile_id",
        "active",
        "mtap_contact_id",
        "mtap_reviewed",
        "mtap_suspected_spam",
    )
    def _compute_mtap_state(self):
        for lead in self:
            if not lead.mtap_profile_id:
                lead.mtap_state = False
            elif lead.mtap_contact_id:
                lead.mtap_state = "converted"
            elif not lead.active:
                lead.mtap_state = "archived"
            elif lead.mtap_suspected_spam:
                lead.mtap_state = "spam"
            elif lead.mtap_reviewed:
                lead.mtap_state = "reviewed"
            else:
                lead.mtap_state = "new"

    def _mtap_score_parts(self):
        self.ensure_one()
        return score_lead(
            {
                "name": self.contact_name,
                "email": self.email_normalized,
                "phone": self.phone,
                "valid_phone": bool(self.phone_sanitized),
                "company": self.partner_name,
                "job_title": self.function,
                "message": html2plaintext(self.description or ""),
                "consent": self.mtap_consent,
                "known_contact": bool(self.mtap_known_partner_id),
            }
        )

    @api.depends(
        "contact_name",
        "email_normalized",
        "phone",
        "phone_sanitized",
        "partner_name",
        "function",
        "description",
        "mtap_consent",
        "mtap_known_partner_id",
        "mtap_profile_id",
    )
    def _compute_mtap_score(self):
        for lead in self:
            lead.mtap_score = lead._mtap_score_parts()[0] if lead.mtap_profile_id else 0

    @api.depends("mtap_score")
    def _compute_mtap_score_explanation(self):
        labels = {
            "completeness": self.env._(
                "Details filled in (name, e-mail, phone, company, job title)"
            ),
            "valid_phone": self.env._("A valid phone number"),
            "company_email": self.env._(
                "A company e-mail (a free-mail address counts less)"
            ),
            "message": self.env._("A message left"),
            "consent": self.env._("Marketing consent given"),
            "known_contact": self.env._("Already a known contact"),
        }
        for lead in self:
            score, parts = lead._mtap_score_parts()
            rows = Markup("").join(
                Markup("<tr><td>%s</td><td class='text-end'>%s / %s</td></tr>")
                % (labels[key], points, maximum)
                for key, points, maximum in parts
            )
            lead.mtap_score_explanation = Markup(
                "<table class='table table-sm o_mtap_score_table'><tbody>%s</tbody>"
                "<tfoot><tr><th>%s</th><th class='text-end'>%s / 100</th></tr></tfoot>"
                "</table>"
            ) % (rows, self.env._("Score"), score)

    # ------------------------------------------------------------
    # ORM
    # ------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        # an opportunity of a Contact a card brought in keeps where it came from
        partner_ids = {
            vals["partner_id"]
            for vals in vals_list
            if vals.get("partner_id") and not vals.get("medium_id")
        }
        partners = self.env["res.partner"].sudo().browse(partner_ids)
        for partner in partners.filtered("mtap_marker"):
            utm = partner._mtap_utm_values()
            for vals in vals_list:
                if vals.get("partner_id") == partner.id and not vals.get("medium_id"):
                    for field, value in utm.items():
                        vals.setdefault(field, value)
        return super().create(vals_list)

    @api.model
    def _mtap_utm(self, marker, event):
        """The UTM source, medium and campaign of a person a card brought in
        from ``marker`` (a source marker) at ``event``: the one home of that
        mapping for Leads, Contacts and their opportunities."""
        source = self.env.ref("mtap_hub.utm_source_mtap_profile", False)
        medium = self.env.ref(f"mtap_hub.utm_medium_mtap_{marker or 'direct'}", False)
        return {
            "source_id": source.id if source else False,
            "medium_id": medium.id if medium else False,
            "campaign_id": event.sudo().campaign_id.id if event else False,
        }

    # ------------------------------------------------------------
    # ACTIONS
    # ------------------------------------------------------------

    def action_mtap_mark_reviewed(self):
        """Take the Leads out of "New" without converting or archiving them."""
        self._mtap_check_manage()
        self.write({"mtap_reviewed": True})

    def action_mtap_convert(self):
        """Open the Convert to Contact wizard on these Leads."""
        self._mtap_check_manage()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Convert to Contact"),
            "res_model": "mtap.lead.convert",
            "view_mode": "form",
            "target": "new",
            "context": {"default_lead_ids": self.ids},
        }

    def action_mtap_archive(self):
        """Ask why these Leads are archived, in a networker's words (Not a fit,
        Spam, Already known), or another reason."""
        self._mtap_check_manage()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "crm.crm_lead_lost_action"
        )
        action["name"] = self.env._("Archive")
        action["views"] = [
            (self.env.ref("mtap_hub.crm_lead_lost_view_form_mtap").id, "form")
        ]
        action["context"] = {"dialog_size": "medium", "default_lead_ids": self.ids}
        return action

    def _mtap_archived_notice(self, reason):
        """The notification of archived Leads, with its *Undo*."""
        message = (
            self.env._(
                "%(name)s archived: %(reason)s.",
                name=self.contact_name or self.name,
                reason=reason.name,
            )
            if len(self) == 1
            else self.env._(
                "%(count)s Leads archived: %(reason)s.",
                count=len(self),
                reason=reason.name,
            )
        )
        return {
            "type": "ir.actions.client",
            "tag": "mtap_hub.undo_notification",
            "params": {
                "message": message,
                "model": self._name,
                "ids": self.ids,
                "undo_method": "action_mtap_undo_archive",
            },
        }

    def action_mtap_undo_archive(self):
        """Undo an archive: the Leads back where they were, and a sender blocked with
        them (Spam) no longer blocked."""
        leads = self.with_context(active_test=False).filtered(
            lambda lead: not lead.active
        )
        leads._mtap_check_manage()
        self.env["mtap.exchange.block"].sudo().search(
            [("lead_id", "in", leads.ids)]
        ).unlink()
        leads.action_restore()
        leads._message_log_batch(
            bodies=dict.fromkeys(
                leads.ids, Markup("<p>%s</p>") % self.env._("Archive undone.")
            )
        )

    def action_mtap_not_spam(self):
        """Take suspected-spam Leads into the inbox as if they had just arrived: their
        owner is notified and their first follow-up is scheduled."""
        self._mtap_check_manage()
        leads = self.filtered("mtap_suspected_spam")
        leads.write({"mtap_suspected_spam": False, "mtap_notify_pending": True})
        leads._mtap_followup_start()
        leads._mtap_followup_schedule()
        leads._mtap_followup_note_answers()
        leads._message_log_batch(
            bodies=dict.fromkeys(
                leads.ids,
                Markup("<p>%s</p>")
                % self.env._("Marked as not spam: moved to the inbox."),
            )
        )
        self.env.ref("mtap_hub.ir_cron_mtap_notify")._trigger()

    def get_formview_id(self, access_uid=None):
        """An mTap Lead opens on the mTap Lead screen, wherever it is opened from
        (a notification, a Contact, Today), not on the sales form."""
        if len(self) == 1 and self.type == "lead" and self.mtap_profile_id:
            return self.env.ref("mtap_hub.crm_lead_view_form_mtap").id
        return super().get_formview_id(access_uid=access_uid)

    def _notify_get_recipients(self, message, msg_vals=False, **kwargs):
        # the owner's new-Lead notice goes to their Odoo inbox whatever their
        # preference: its e-mail, when the card asks for one, is sent on its own
        recipients = super()._notify_get_recipients(message, msg_vals, **kwargs)
        if self.env.context.get("mtap_notify_inbox"):
            for recipient in recipients:
                if recipient.get("uid") and recipient.get("notif") == "email":
                    recipient["notif"] = "inbox"
        return recipients

    def action_mtap_delete_spam(self):
        """Delete suspected-spam Leads for good."""
        self._mtap_check_manage()
        self.filtered("mtap_suspected_spam").sudo().unlink()

    def _mtap_check_erase(self):
        """Who may erase a Lead's person: its owner or an mTap manager."""
        self._mtap_check_manage()

    def action_mtap_erase_person(self):
        """Erase the people of these Leads at once (GDPR art. 17), with the
        Contacts they became: see ``mtap.privacy._erase``. Back to the inbox."""
        self._mtap_check_erase()
        self.env["mtap.privacy"]._erase(self, how="owner")
        return self.env["ir.actions.act_window"]._for_xml_id(
            "mtap_hub.crm_lead_action_mtap_inbox"
        )

    def action_mtap_open_contact(self):
        """Open the Contact this Lead was converted into."""
        self.ensure_one()
        return self.mtap_contact_id._get_records_action(context={})

    def action_set_lost(self, **additional_values):
        """Archiving an mTap Lead is for its owner (or a manager); a reason that blocks
        the sender (Spam) also refuses that e-mail on the owner's cards from now on."""
        mtap_leads = self.filtered("mtap_profile_id")
        mtap_leads._mtap_check_manage()
        result = super().action_set_lost(**additional_values)
        reason = self.env["crm.lost.reason"].browse(
            additional_values.get("lost_reason_id")
        )
        if mtap_leads and reason.mtap_blocks_sender:
            self.env["mtap.exchange.block"]._block_leads(mtap_leads)
        return result

    # ------------------------------------------------------------
    # BUSINESS
    # ------------------------------------------------------------

    def _mtap_check_ownership(self, vals_list):
        """An mTap Lead is given to another user only by an mTap manager (logged):
        a salesperson cannot plant a Lead in a colleague's inbox, under the
        colleague's card rules (the record rules keep mTap Leads from a sales team's
        leader too). The card itself is checked as a link
        (``_mtap_guarded_links``: only one's own cards)."""
        for vals in vals_list:
            user_id = vals.get("user_id")
            if not user_id or user_id == self.env.uid:
                continue
            if not (vals.get("mtap_profile_id") or self.filtered("mtap_profile_id")):
                continue
            if not self._mtap_is_manager():
                raise AccessError(
                    self.env._(
                        "Only an mTap manager can give an mTap Lead to another "
                        "salesperson."
                    )
                )
            self._mtap_log_manager_gift("user_id", user_id)

    def _mtap_check_manage(self):
        """Only the owner of an mTap Lead (``mtap_owner_id``) or an mTap manager may
        review, convert or archive it."""
        self.check_access("write")
        if self._mtap_is_manager():
            return
        user = self.env.user
        foreign = self.filtered(
            lambda lead: lead.mtap_profile_id and lead.mtap_owner_id != user
        )
        if foreign:
            raise AccessError(
                self.env._(
                    "Only the owner of a Lead or an mTap manager can review, convert "
                    "or archive it: %(leads)s",
                    leads=", ".join(foreign.sudo().mapped("display_name")),
                )
            )

    # ------------------------------------------------------------
    # FOLLOW-UP CADENCE (see mtap.followup.mixin)
    # ------------------------------------------------------------

    _mtap_followup_kind = "lead"
    _mtap_followup_tag_field = "tag_ids"
    _mtap_followup_drip_tag_xmlid = "mtap_hub.crm_tag_mtap_drip"

    def _mtap_followup_owner(self):
        return self.mtap_owner_id

    def _mtap_followup_person_name(self):
        return self.contact_name or self.name

    def _mtap_followup_company_name(self):
        return self.partner_name or ""

    def _mtap_followup_answers(self):
        return self.mtap_answers_text or ""

    def _mtap_followup_note_answers(self):
        """Add the answers to the card's questions to the note of the Leads' open
        follow-up: the owner's notification of it shows them."""
        for lead in self.filtered("mtap_answers_text"):
            activity = lead.mtap_followup_activity_id
            if activity:
                answers = Markup("<br/>").join(lead.mtap_answers_text.splitlines())
                activity.note = (activity.note or Markup()) + Markup(
                    "<p>%s</p>"
                ) % answers

    def _mtap_followup_on_reply(self):
        active = self.filtered(lambda lead: lead.mtap_followup_state == "active")
        active._mtap_followup_stop()
        active.mtap_followup_replied = True
        active._message_log_batch(
            bodies=dict.fromkeys(
                active.ids,
                Markup("<p>%s</p>")
                % self.env._(
                    "The person replied: no more follow-ups. Ready to convert?"
                ),
            )
        )

    def _message_post_after_hook(self, message, msg_vals):
        result = super()._message_post_after_hook(message, msg_vals)
        self._mtap_followup_check_reply(message)
        return result

    @api.model
    def _cron_mtap_followup(self, batch_size=500):
        """Schedule the due follow-ups of Leads, then of Contacts, committing each
        batch; what the cron's time does not allow is left for its next run,
        which Odoo starts again at once while some remain."""
        models = [self.env[model] for model in CADENCE_MODELS]
        self.env["ir.cron"]._commit_progress(
            remaining=sum(model._mtap_followup_due_count() for model in models)
        )
        for model in models:
            if not model._mtap_followup_run(batch_size):
                return
