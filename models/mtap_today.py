from datetime import timedelta

from odoo import api, fields, models, tools
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools import format_date, html2plaintext

SNIPPET_LENGTH = 140


class MtapToday(models.Model):
    """One list of the Leads and Contacts in a follow-up cadence, read from both
    tables: Today is its due and overdue part (see the action's domain)."""

    _name = "mtap.today"
    _description = "mTap Follow-up To Do"
    _auto = False
    _order = "due_date, kind desc, id"
    _rec_name = "name"

    kind = fields.Selection([("lead", "Lead"), ("contact", "Contact")], readonly=True)
    lead_id = fields.Many2one("crm.lead", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Contact", readonly=True)
    name = fields.Char(readonly=True)
    company_name = fields.Char("Their Company", readonly=True)
    phone = fields.Char(readonly=True)
    email = fields.Char("E-mail", readonly=True)
    due_date = fields.Date("Due", readonly=True)
    # the cadence's own columns, so that its one "due" rule applies here as is
    mtap_followup_state = fields.Selection(
        [("active", "Active")], string="Cadence", readonly=True
    )
    mtap_followup_date = fields.Date(readonly=True)
    is_due = fields.Boolean(
        "Due Now", compute="_compute_is_due", search="_search_is_due"
    )
    followup_count = fields.Integer("Follow-ups Done", readonly=True)
    activity_id = fields.Many2one("mail.activity", readonly=True)
    user_id = fields.Many2one("res.users", string="Owner", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    snippet = fields.Char(
        "What They Wrote",
        compute="_compute_snippet",
        help="The start of the message the visitor left on the Exchange form.",
    )
    phone_display = fields.Char("Phone (International)", compute="_compute_snippet")
    reason = fields.Char(
        "Why",
        compute="_compute_snippet",
        help="Where you met: the card and its event tags for a Lead, the event, place "
        "and date for a Contact.",
    )
    answers = fields.Char(
        "Their Answers",
        compute="_compute_snippet",
        help="What they answered to the questions of the card's Exchange form.",
    )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT lead.id * 2 AS id, 'lead' AS kind, lead.id AS lead_id,
                       NULL::integer AS partner_id,
                       COALESCE(lead.contact_name, lead.name) AS name,
                       lead.partner_name AS company_name, lead.phone,
                       lead.email_from AS email, lead.mtap_followup_date AS due_date,
                       lead.mtap_followup_state, lead.mtap_followup_date,
                       lead.mtap_followup_count AS followup_count,
                       lead.mtap_followup_activity_id AS activity_id,
                       lead.mtap_owner_id AS user_id,
                       lead.company_id
                  FROM crm_lead lead
                 WHERE lead.mtap_profile_id IS NOT NULL
                   AND lead.active AND lead.mtap_followup_state = 'active'
                UNION ALL
                SELECT person.id * 2 + 1, 'contact', NULL, person.id, person.name,
                       COALESCE(company.name, person.company_name), person.phone,
                       person.email, person.mtap_followup_date,
                       person.mtap_followup_state, person.mtap_followup_date,
                       person.mtap_followup_count, person.mtap_followup_activity_id,
                       person.mtap_owner_id, person.company_id
                  FROM res_partner person
                  LEFT JOIN res_partner company ON company.id = person.parent_id
                 WHERE person.active AND person.mtap_is_contact
                   AND person.mtap_followup_state = 'active'
            )
            """
        )

    def _search(self, domain, *args, **kwargs):
        # the view reads these tables: what was just written there must be in them
        self.env["crm.lead"].flush_model()
        self.env["res.partner"].flush_model()
        return super()._search(domain, *args, **kwargs)

    def _compute_snippet(self):
        for item in self:
            item.reason = item._reason()
            # what they wrote: a Lead's message, a Contact's note, else the message
            # of the Lead the Contact was converted from
            text = item.lead_id.description
            if item.partner_id:
                text = item.partner_id.comment or (
                    self.env["crm.lead"]
                    .search(
                        [("mtap_contact_id", "=", item.partner_id.id)],
                        order="id desc",
                        limit=1,
                    )
                    .description
                )
            message = html2plaintext(text or "").strip()
            if len(message) > SNIPPET_LENGTH:
                message = message[: SNIPPET_LENGTH - 1].rstrip() + "…"
            item.snippet = " ".join(message.split())
            record = item.lead_id or item.partner_id
            item.phone_display = record._mtap_phone_display(item.phone) or ""
            answers = record._mtap_followup_answers() if record else ""
            item.answers = " · ".join(answers.splitlines())

    def _reason(self):
        env = self.env
        if self.lead_id:
            lead = self.lead_id
            where = ", ".join(lead.tag_ids.mapped("name"))
            return (
                env._(
                    "Left their details on your card %(card)s (%(where)s)",
                    card=lead.mtap_profile_id.name,
                    where=where,
                )
                if where
                else env._(
                    "Left their details on your card %(card)s",
                    card=lead.mtap_profile_id.name,
                )
            )
        partner = self.partner_id
        met = [
            part
            for part in (
                partner.mtap_met_event,
                partner.mtap_met_place,
                partner.mtap_met_date and format_date(env, partner.mtap_met_date),
            )
            if part
        ]
        if met:
            return env._("Met: %(where)s", where=", ".join(met))
        source = dict(partner._fields["mtap_source"]._description_selection(env)).get(
            partner.mtap_source
        )
        return source or ""

    def _compute_is_due(self):
        due = self.filtered_domain(self._search_is_due("=", True))
        for item in self:
            item.is_due = item in due

    def _search_is_due(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            return NotImplemented
        domain = Domain(self.env["mtap.followup.mixin"]._mtap_followup_due_domain())
        return domain if (operator == "=") == value else ~domain

    @api.model
    def _today_domain(self):
        """The user's follow-ups due today or overdue."""
        return [("user_id", "=", self.env.uid), ("is_due", "=", True)]

    def _record(self):
        self.ensure_one()
        return self.lead_id or self.partner_id

    def _open_activity(self):
        """The open follow-up activity of the item, scheduled now if the cron has
        not done it yet (it runs every hour)."""
        record = self._record()
        if not record.mtap_followup_activity_id:
            record._mtap_followup_schedule()
        return record.mtap_followup_activity_id

    def action_done(self):
        """Mark the follow-up done: the cadence moves on to its next date, or to
        drip after the last one."""
        for item in self:
            activity = item._open_activity()
            if not activity:
                raise UserError(
                    self.env._("%(name)s has no follow-up to do.", name=item.name)
                )
            activity.action_feedback(feedback=self.env._("Done from Today."))
        record = self[:1]._record() if len(self) == 1 else False
        if record:
            record.invalidate_recordset()
            message = (
                self.env._(
                    "Next follow-up of %(name)s on %(date)s.",
                    name=self.name,
                    date=format_date(self.env, record.mtap_followup_date),
                )
                if record.mtap_followup_date
                else self.env._(
                    "Last follow-up of %(name)s done: drip.", name=self.name
                )
            )
            return self._notify_and_reload(message)
        return self._notify_and_reload(self.env._("Follow-ups done."))

    def action_snooze(self):
        """Put the follow-up off to tomorrow."""
        tomorrow = fields.Date.context_today(self) + timedelta(days=1)
        for item in self:
            record = item._record()
            record.mtap_followup_date = tomorrow
            if record.mtap_followup_activity_id:
                record.mtap_followup_activity_id.date_deadline = tomorrow
        return self._notify_and_reload(self.env._("Put off to tomorrow."))

    def action_email(self):
        """Open the e-mail composer with the follow-up template of a Lead (quoting
        what the visitor wrote and where you met) or of a Contact."""
        self.ensure_one()
        record = self._record()
        template = self.env.ref(
            "mtap_hub.mail_template_mtap_followup_lead"
            if self.kind == "lead"
            else "mtap_hub.mail_template_mtap_followup_contact"
        )
        wizard = self.env["mtap.followup.mail"].create(
            self.env["mtap.followup.mail"]._values_for(record, template)
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Follow up %(name)s", name=self.name),
            "res_model": "mtap.followup.mail",
            "res_id": wizard.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
        }

    def action_open_record(self):
        """The Lead (on the mTap Lead screen) or Contact itself."""
        self.ensure_one()
        return self._record().get_formview_action()

    def _notify_and_reload(self, message):
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "message": message,
                "type": "success",
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }
