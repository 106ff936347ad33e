import re

from markupsafe import Markup, escape

from odoo import api, fields, models

FOLLOWUP_KINDS = [("lead", "Leads"), ("contact", "Contacts")]
_PLACEHOLDER = re.compile(r"\{(name|company|count|max|answers)\}")


class MtapFollowupRule(models.Model):
    """When and how often the owner of a Lead or Contact is asked to follow it up.

    The first active rule (by sequence) that applies to a record wins: same kind,
    same company (or none), and, when the rule has tags, one of them on the record.
    """

    _name = "mtap.followup.rule"
    _description = "mTap Follow-up Rule"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company",
        help="Only records of this company; empty for every company.",
    )
    applies_to = fields.Selection(FOLLOWUP_KINDS, required=True, default="lead")
    lead_tag_ids = fields.Many2many(
        "crm.tag",
        string="Lead Tags",
        help="Only Leads with one of these tags; empty for every Lead.",
    )
    contact_tag_ids = fields.Many2many(
        "res.partner.category",
        string="Contact Tags",
        help="Only Contacts with one of these tags (e.g. VIP); empty for every "
        "Contact.",
    )
    first_delay = fields.Integer(
        "First Follow-up After",
        default=1,
        help="Days after the Lead came in or the Contact was added.",
    )
    interval = fields.Integer(
        "Then Every",
        default=3,
        help="Days between a follow-up done and the next one.",
    )
    max_count = fields.Integer(
        "At Most",
        default=2,
        help="Follow-ups before the record goes to drip (a Drip tag, no more "
        "personal follow-ups).",
    )
    activity_type_id = fields.Many2one(
        "mail.activity.type",
        required=True,
        ondelete="restrict",
        default=lambda self: self.env.ref(
            "mtap_hub.mail_activity_type_mtap_followup", raise_if_not_found=False
        ),
    )
    summary = fields.Char(
        translate=True,
        help="Title of the activity; {count} and {max} give its number and the "
        "maximum.",
    )
    note = fields.Html(
        "Note Template",
        translate=True,
        sanitize=True,
        help="Note of the activity. {name} and {company} are replaced by the "
        "person's name and company, {count} and {max} by the follow-up's number and "
        "the maximum, {answers} by their answers to the card's questions.",
    )

    _first_delay_positive = models.Constraint(
        "CHECK(first_delay >= 0)", "The first follow-up cannot be in the past."
    )
    _interval_positive = models.Constraint(
        "CHECK(interval >= 1)", "Follow-ups must be at least one day apart."
    )
    _max_count_positive = models.Constraint(
        "CHECK(max_count >= 1)", "A rule gives at least one follow-up."
    )

    @api.model
    def _get_rules(self):
        """Every active rule, in order, read once per batch."""
        return self.sudo().search([])

    def _matches(self, kind, company, tags):
        self.ensure_one()
        if self.applies_to != kind:
            return False
        if self.company_id and company and self.company_id != company:
            return False
        rule_tags = self.lead_tag_ids if kind == "lead" else self.contact_tag_ids
        return not rule_tags or bool(rule_tags & tags)

    @api.model
    def _render(self, template, values, html=False):
        """``template`` with its placeholders replaced by ``values`` (escaped in
        HTML); nothing else of the template is interpreted."""
        if not template:
            return template

        def value(match):
            text = values.get(match.group(1)) or ""
            return str(escape(text)).replace("\n", "<br/>") if html else text

        text = _PLACEHOLDER.sub(value, str(template))
        return Markup(text) if html else text

    def _activity_values(self, record, res_model_id, count, deadline, user):
        """The follow-up activity number ``count`` of ``record`` (of the model
        ``res_model_id``) for ``user``."""
        self.ensure_one()
        values = {
            "name": record._mtap_followup_person_name(),
            "company": record._mtap_followup_company_name(),
            "count": str(count),
            "max": str(self.max_count),
            "answers": record._mtap_followup_answers(),
        }
        return {
            "res_model_id": res_model_id,
            "res_id": record.id,
            "activity_type_id": self.activity_type_id.id,
            "summary": self._render(
                self.summary or self.activity_type_id.summary, values
            ),
            "note": self._render(self.note, values, html=True),
            "date_deadline": deadline,
            "user_id": user.id,
        }
