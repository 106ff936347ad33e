from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import exchange_questions as eq


class MtapQuestionMixin(models.AbstractModel):
    """The Exchange questions of a card or of a card template: an Odoo properties
    definition, so that the answers are properties of the Lead (typed, shown on
    the Lead, filterable and groupable), edited with the question editor."""

    _name = "mtap.question.mixin"
    _description = "mTap: a card's Exchange questions"

    question_definition = fields.PropertiesDefinition(
        "Exchange Questions",
        help="The questions the Exchange Contacts form asks, in order; the answers "
        "are kept on the Lead.",
    )
    question_summary = fields.Text(
        "Questions",
        compute="_compute_question_summary",
        help="The questions the Exchange Contacts form asks, in order.",
    )

    @api.depends("question_definition")
    def _compute_question_summary(self):
        kinds = self.env["mtap.question.editor.line"]._kind_labels()
        for record in self:
            lines = []
            for number, question in enumerate(
                eq.questions(record.question_definition), 1
            ):
                choices = ", ".join(label for _value, label in eq.options(question))
                details = kinds.get(question["type"], question["type"])
                if choices:
                    details = f"{details}: {choices}"
                if question.get(eq.REQUIRED_KEY):
                    details = self.env._("%(details)s, required", details=details)
                lines.append(f"{number}. {question['string']} ({details})")
            record.question_summary = "\n".join(lines) or False

    @api.constrains("question_definition")
    def _check_question_definition(self):
        maximum = self.env["mtap.settings"]._get_int("exchange_max_questions")
        for record in self:
            asked = eq.questions(record.question_definition)
            if len(asked) > maximum:
                raise ValidationError(
                    self.env._(
                        "A card asks at most %(max)s questions (see the mTap "
                        "settings): each question costs answers.",
                        max=maximum,
                    )
                )

    def action_mtap_edit_questions(self):
        """Open the question editor of this card or template."""
        self.ensure_one()
        editor = self.env["mtap.question.editor"]._mtap_open(self)
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Exchange Questions"),
            "res_model": editor._name,
            "res_id": editor.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
        }

    def _mtap_questions(self):
        """The questions the card's form asks, as ``tools.exchange_questions``
        reads them."""
        self.ensure_one()
        return eq.questions(self.question_definition)


class MtapProfileQuestion(models.Model):
    _name = "mtap.profile"
    _inherit = ["mtap.profile", "mtap.question.mixin"]


class MtapCardTemplateQuestion(models.Model):
    _name = "mtap.card.template"
    _inherit = ["mtap.card.template", "mtap.question.mixin"]

    question_definition_locked = fields.Boolean(
        "Lock the Questions",
        help="Locked: every card asks the template's questions and only the "
        "template changes them. Default: they are copied once to each new card.",
    )
