import logging
from datetime import timedelta

from markupsafe import Markup
from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.fields import Command
from odoo.tools import SQL, email_normalize

_logger = logging.getLogger(__name__)

FOLLOWUP_STATES = [
    ("active", "Active"),
    ("drip", "Drip"),
    ("stopped", "Stopped"),
]
BATCH_SIZE = 500
# the models with a follow-up cadence, in the order the cron runs them, and the
# domain of their mTap records: the one list of them
CADENCE_MODELS = {
    "crm.lead": [("mtap_profile_id", "!=", False)],
    "res.partner": [("mtap_is_contact", "=", True)],
}
# activity types that mean "we talked": done, they count as a reply
REPLY_ACTIVITY_XMLIDS = (
    "mail.mail_activity_data_call",
    "mail.mail_activity_data_meeting",
)


class MtapFollowupMixin(models.AbstractModel):
    """The follow-up cadence of an mTap Lead or Contact (see ``mtap.followup.rule``).

    ``_mtap_followup_start`` puts records in it, the cron schedules one activity at
    a time when it is due, marking it done counts it and sets the next date, the
    last one sends the record to drip; a reply from the person stops a Lead's
    cadence and restarts a Contact's interval.
    """

    _name = "mtap.followup.mixin"
    _description = "mTap follow-up cadence"

    mtap_followup_state = fields.Selection(
        FOLLOWUP_STATES,
        string="Follow-up",
        copy=False,
        help="Active: the next follow-up is scheduled when due. Drip: every "
        "follow-up was done, the person only gets campaigns now. Stopped: the person "
        "replied (a Lead) or the Lead was converted.",
    )
    mtap_followup_count = fields.Integer(
        "Follow-ups Done", copy=False, help="Follow-ups of the cadence done so far."
    )
    mtap_followup_date = fields.Date(
        "Next Follow-up",
        copy=False,
        help="When the next follow-up is due (it is scheduled that day if none is "
        "open).",
    )
    mtap_followup_rule_id = fields.Many2one(
        "mtap.followup.rule",
        string="Follow-up Rule",
        copy=False,
        ondelete="set null",
        help="The rule of the last follow-up scheduled.",
    )
    mtap_followup_activity_id = fields.Many2one(
        "mail.activity",
        string="Open Follow-up",
        copy=False,
        # deleting an activity looks its record up through this column
        index="btree_not_null",
        ondelete="set null",
        help="The follow-up activity waiting to be done.",
    )

    # ------------------------------------------------------------
    # to be given by the model
    # ------------------------------------------------------------

    _mtap_followup_kind = None  # "lead" or "contact", as in the rules
    _mtap_followup_tag_field = None  # the tags matched against the rules' tags
    _mtap_followup_drip_tag_xmlid = None  # the tag of a record gone to drip

    def _mtap_followup_owner(self):
        """The user who follows the record up."""
        raise NotImplementedError

    def _mtap_followup_person_name(self):
        raise NotImplementedError

    def _mtap_followup_company_name(self):
        raise NotImplementedError

    def _mtap_followup_answers(self):
        """The answers the person gave to a card's questions, one per line."""
        raise NotImplementedError

    def _mtap_followup_on_reply(self):
        """What a reply does: a Lead stops, a Contact starts its interval again."""
        raise NotImplementedError

    # ------------------------------------------------------------
    # cadence
    # ------------------------------------------------------------

    def _mtap_followup_rule(self, rules):
        self.ensure_one()
        card_rule = self._mtap_followup_card_rule()
        if card_rule:
            return card_rule
        kind, tags = self._mtap_followup_kind, self[self._mtap_followup_tag_field]
        company = self["company_id"] if "company_id" in self._fields else False
        return next(
            (rule for rule in rules if rule._matches(kind, company, tags)),
            rules.browse(),
        )

    def _mtap_followup_card_rule(self):
        """The active rule of the record's kind that its card sets (a card template
        may give one to every card), or no rule."""
        if "mtap_profile_id" not in self._fields:
            return None
        card = self.sudo().mtap_profile_id
        rule = card[f"{self._mtap_followup_kind}_followup_rule_id"] if card else None
        return rule if rule and rule.active else None

    def _mtap_followup_start(self):
        """Put the records in their cadence, the first follow-up due after the
        rule's first delay (``_mtap_followup_schedule`` may schedule it at once, as
        the Exchange does; else the cron does when it is due)."""
        rules = self.env["mtap.followup.rule"]._get_rules()
        today = fields.Date.context_today(self)
        by_values = {}
        for record in self:
            rule = record._mtap_followup_rule(rules)
            if not rule:
                continue
            by_values.setdefault(
                (rule.id, today + timedelta(days=rule.first_delay)), []
            ).append(record.id)
        for (rule_id, date), ids in by_values.items():
            self.browse(ids).write(
                {
                    "mtap_followup_state": "active",
                    "mtap_followup_count": 0,
                    "mtap_followup_date": date,
                    "mtap_followup_rule_id": rule_id,
                    "mtap_followup_activity_id": False,
                }
            )

    def _mtap_followup_stop(self):
        """Out of the cadence (a Lead converted or that replied): its open
        follow-up is cancelled."""
        self.mtap_followup_activity_id.unlink()
        self.write({"mtap_followup_state": "stopped", "mtap_followup_date": False})

    def _mtap_followup_done(self):
        """The open follow-up of each record was done: count it, set the next
        date by the record's rule as it is now, or send the record to drip."""
        rules = self.env["mtap.followup.rule"]._get_rules()
        today = fields.Date.context_today(self)
        drip = self.browse()
        for record in self:
            rule = record._mtap_followup_rule(rules) or record.mtap_followup_rule_id
            count = record.mtap_followup_count + 1
            values = {"mtap_followup_count": count, "mtap_followup_activity_id": False}
            if not rule or count >= rule.max_count:
                values.update(mtap_followup_state="drip", mtap_followup_date=False)
                drip |= record
            else:
                values["mtap_followup_date"] = today + timedelta(days=rule.interval)
            record.write(values)
        if drip:
            drip_tag = self.env.ref(self._mtap_followup_drip_tag_xmlid)
            drip.write({self._mtap_followup_tag_field: [Command.link(drip_tag.id)]})
            drip._message_log_batch(
                bodies=dict.fromkeys(
                    drip.ids,
                    Markup("<p>%s</p>")
                    % self.env._(
                        "Every follow-up was done: the person goes to drip "
                        "(no more personal follow-ups)."
                    ),
                )
            )

    def _mtap_followup_snapshot(self):
        """Where the record's cadence stands, to undo a follow-up marked done."""
        self.ensure_one()
        return {
            "state": self.mtap_followup_state,
            "count": self.mtap_followup_count,
            "date": fields.Date.to_string(self.mtap_followup_date),
        }

    def action_mtap_followup_undo_done(self, snapshot):
        """Undo a follow-up marked done: the cadence back where ``snapshot`` (see
        ``_mtap_followup_snapshot``) says, its follow-up open again."""
        self.ensure_one()
        self.check_access("write")
        drip_tag = self.env.ref(self._mtap_followup_drip_tag_xmlid)
        values = {
            "mtap_followup_state": snapshot["state"],
            "mtap_followup_count": int(snapshot["count"]),
            "mtap_followup_date": snapshot["date"] or False,
        }
        if self.mtap_followup_state == "drip" and snapshot["state"] != "drip":
            values[self._mtap_followup_tag_field] = [Command.unlink(drip_tag.id)]
        if self.mtap_followup_activity_id:
            self.mtap_followup_activity_id.unlink()
        self.write(values)
        self._mtap_followup_schedule()
        self._message_log(
            body=Markup("<p>%s</p>") % self.env._("Follow-up done: undone.")
        )

    def _mtap_followup_reply(self):
        """The person answered (an e-mail, a call, a meeting)."""
        self.filtered(lambda r: r.mtap_followup_state)._mtap_followup_on_reply()

    # ------------------------------------------------------------
    # the cron
    # ------------------------------------------------------------

    @api.model
    def _mtap_followup_due_domain(self):
        """Due: in an active cadence, with its next follow-up today or overdue. The
        one definition of "due": the cron (for records with no follow-up scheduled
        yet), Today and the card's counters all use it."""
        return [
            ("mtap_followup_state", "=", "active"),
            ("mtap_followup_date", "<=", fields.Date.context_today(self)),
        ]

    def _mtap_followup_to_schedule(self):
        """The domain of due records whose follow-up the cron has not scheduled."""
        return [
            *self._mtap_followup_due_domain(),
            ("mtap_followup_activity_id", "=", False),
        ]

    def _mtap_followup_due_ids(self, after_id, limit):
        """Ids of due records after ``after_id``, locked for this transaction;
        records another run holds are skipped (``SKIP LOCKED``)."""
        self.env.flush_all()
        query = (
            self.sudo()
            .with_context(active_test=True)
            ._search(
                [*self._mtap_followup_to_schedule(), ("id", ">", after_id)],
                order="id",
                limit=limit,
            )
        )
        self.env.cr.execute(
            SQL(
                "%s FOR NO KEY UPDATE SKIP LOCKED",
                query.select(SQL.identifier(self._table, "id")),
            )
        )
        return [row[0] for row in self.env.cr.fetchall()]

    def _mtap_followup_due_count(self):
        return (
            self.sudo()
            .with_context(active_test=True)
            .search_count(self._mtap_followup_to_schedule())
        )

    @api.model
    def _mtap_followup_run(self, batch_size=BATCH_SIZE, commit=True):
        """Schedule every due follow-up of this model, batch after batch; with
        ``commit`` (the cron) each batch is committed with its progress. Return
        False when the cron's time was up before the end (the next run goes on)."""
        after_id = 0
        cron = self.env["ir.cron"]
        while True:
            try:
                ids = self._mtap_followup_due_ids(after_id, batch_size)
                if not ids:
                    return True
                self.browse(ids)._mtap_followup_schedule()
                self.env.flush_all()
            except pg_errors.SerializationFailure:
                # a run at the same time changed these rows after our snapshot:
                # nothing of this batch is kept, the next query sees its work
                if not commit:
                    raise
                self.env.cr.rollback()
                self.env.invalidate_all()
                continue
            after_id = ids[-1]
            if commit:
                if not cron._commit_progress(len(ids)):
                    return False
                # the cache would otherwise hold every record of the run
                self.env.invalidate_all()

    def _mtap_followup_schedule(self):
        """Schedule the due follow-up of each record of the batch, as one
        activity of its owner, unless one of the rule's type is already open (it
        then becomes the follow-up). Records whose owner is archived, or that
        were deleted meanwhile, are skipped and logged."""
        records = self.exists()
        for missing in sorted(set(self.ids) - set(records.ids)):
            _logger.warning(
                "mTap follow-up: %s(%s) was deleted, skipped", self._name, missing
            )
        rules = self.env["mtap.followup.rule"]._get_rules()
        open_activities = {}
        for activity in self.env["mail.activity"].search(
            [("res_model", "=", self._name), ("res_id", "in", records.ids)]
        ):
            open_activities.setdefault(activity.res_id, []).append(activity)
        today = fields.Date.context_today(self)
        res_model_id = self.env["ir.model"]._get_id(self._name)
        vals_list, targets, adopted = [], [], {}
        for record in records:
            owner = record._mtap_followup_owner()
            if not owner or not owner.active:
                _logger.warning(
                    "mTap follow-up: %s(%s) skipped, its owner %s is archived",
                    self._name,
                    record.id,
                    owner.login if owner else "-",
                )
                continue
            rule = record._mtap_followup_rule(rules)
            if not rule:
                continue
            existing = next(
                (
                    activity
                    for activity in open_activities.get(record.id, [])
                    if activity.activity_type_id == rule.activity_type_id
                ),
                None,
            )
            if existing:
                adopted[record] = (existing, rule)
                continue
            vals_list.append(
                rule._activity_values(
                    record,
                    res_model_id,
                    record.mtap_followup_count + 1,
                    max(record.mtap_followup_date, today),
                    owner,
                )
            )
            targets.append((record, rule))
        notes = [vals.pop("note") for vals in vals_list]
        activities = (
            self.env["mail.activity"]
            .sudo()
            .with_context(mail_activity_quick_update=True)
            .create(vals_list)
        )
        # a note is the rule's note, sanitized when the rule was saved, with the
        # escaped values of its placeholders: written in one statement rather than
        # sanitized again one activity at a time (a quarter of the cron's time)
        notes = [(a.id, str(n)) for a, n in zip(activities, notes, strict=True) if n]
        if notes:
            self.env.cr.execute(
                SQL(
                    "UPDATE mail_activity AS a SET note = v.note "
                    "FROM (VALUES %s) AS v(id, note) WHERE a.id = v.id",
                    SQL(", ").join(SQL("(%s, %s)", *row) for row in notes),
                )
            )
            activities.invalidate_recordset(["note"])
        for (record, rule), activity in zip(targets, activities, strict=True):
            adopted[record] = (activity, rule)
        if not adopted:
            return
        # one statement for the batch (the ORM would update row by row)
        self.env.cr.execute(
            SQL(
                """
                UPDATE %(table)s AS t
                   SET mtap_followup_activity_id = v.activity,
                       mtap_followup_rule_id = v.rule
                  FROM (VALUES %(values)s) AS v(id, activity, rule)
                 WHERE t.id = v.id
                """,
                table=SQL.identifier(self._table),
                values=SQL(", ").join(
                    SQL("(%s, %s, %s)", record.id, activity.id, rule.id)
                    for record, (activity, rule) in adopted.items()
                ),
            )
        )
        self.browse([record.id for record in adopted]).invalidate_recordset(
            ["mtap_followup_activity_id", "mtap_followup_rule_id"]
        )

    # ------------------------------------------------------------
    # replies
    # ------------------------------------------------------------

    def _mtap_followup_check_reply(self, message):
        """Called for each message posted on the record: an e-mail from the person
        counts as their reply."""
        if (
            message.message_type == "email"
            and self.mtap_followup_state
            and self.email_normalized
            and email_normalize(message.email_from or "") == self.email_normalized
        ):
            self._mtap_followup_reply()
