import re
import secrets

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from ..tools import exchange_questions as eq

KINDS = [
    ("char", "Short text"),
    ("text", "Long text"),
    ("selection", "Choice"),
    ("tags", "Several choices"),
    ("boolean", "Yes/no"),
    ("date", "Date"),
    ("float", "Number"),
]


def _choice_value(label, taken):
    """A stable value of a new choice: its label in lower-case letters and digits,
    made unique."""
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:32] or "choice"
    value, number = base, 2
    while value in taken:
        value, number = f"{base}_{number}", number + 1
    return value


class MtapQuestionEditor(models.TransientModel):
    """The questions of a card (or of a card template), one line each, written
    back as the card's properties definition. A question keeps its name through
    every change, so the answers already given stay attached to it."""

    _name = "mtap.question.editor"
    _description = "mTap: edit a card's Exchange questions"

    profile_id = fields.Many2one("mtap.profile", string="Card", readonly=True)
    template_id = fields.Many2one(
        "mtap.card.template", string="Card Template", readonly=True
    )
    line_ids = fields.One2many(
        "mtap.question.editor.line", "editor_id", string="Questions"
    )
    max_questions = fields.Integer(
        default=lambda self: self.env["mtap.settings"]._get_int(
            "exchange_max_questions"
        ),
        readonly=True,
    )

    @api.model
    def _mtap_open(self, record):
        """An editor holding the questions of ``record`` (a card or a template),
        which the user must be allowed to change."""
        record.check_access("write")
        lines = []
        for sequence, question in enumerate(eq.questions(record.question_definition)):
            lines.append(
                fields.Command.create(
                    {
                        "sequence": sequence,
                        "name": question["name"],
                        "label": question["string"],
                        "kind": question["type"],
                        "required": bool(question.get(eq.REQUIRED_KEY)),
                        "choices": "\n".join(
                            label for _value, label in eq.options(question)
                        ),
                    }
                )
            )
        field = "template_id" if record._name == "mtap.card.template" else "profile_id"
        return self.create({field: record.id, "line_ids": lines})

    def _target(self):
        return self.template_id or self.profile_id

    def action_save(self):
        """Write the questions to the card (or template)."""
        self.ensure_one()
        target = self._target()
        if not target:
            raise AccessError(self.env._("This editor belongs to no card."))
        target.write({"question_definition": self._definition()})
        return {"type": "ir.actions.act_window_close"}

    def _definition(self):
        """The properties definition of the editor's lines, the choices of an
        existing question keeping their values (their answers stay theirs)."""
        previous = {
            q["name"]: q for q in eq.questions(self._target().question_definition)
        }
        definition = []
        for line in self.line_ids.sorted(lambda line: (line.sequence, line.id)):
            label = (line.label or "").strip()
            if not label:
                raise UserError(self.env._("Every question needs a label."))
            if len(label) > eq.QUESTION_LABEL_LIMIT:
                raise UserError(
                    self.env._(
                        "A question is at most %(max)s characters long.",
                        max=eq.QUESTION_LABEL_LIMIT,
                    )
                )
            name = line.name or secrets.token_hex(8)
            question = {
                "name": name,
                "string": label,
                "type": line.kind,
                "view_in_cards": True,
                eq.REQUIRED_KEY: line.required,
            }
            if line.kind in ("selection", "tags"):
                old = previous.get(name) or {}
                known = {
                    label: value
                    for value, label in eq.options(old)
                    if old.get("type") == line.kind
                }
                labels = [c.strip() for c in (line.choices or "").splitlines()]
                labels = list(dict.fromkeys(c for c in labels if c))
                if not labels:
                    raise UserError(
                        self.env._(
                            "The question %(question)s needs its choices, one per "
                            "line.",
                            question=label,
                        )
                    )
                if len(labels) > eq.MAX_CHOICES or any(
                    len(c) > eq.CHOICE_LIMIT for c in labels
                ):
                    raise UserError(
                        self.env._(
                            "A question has at most %(count)s choices of at most "
                            "%(max)s characters each.",
                            count=eq.MAX_CHOICES,
                            max=eq.CHOICE_LIMIT,
                        )
                    )
                taken = set(known.values())
                values = []
                for choice in labels:
                    value = known.get(choice) or _choice_value(choice, taken)
                    taken.add(value)
                    values.append(value)
                if line.kind == "selection":
                    question["selection"] = [
                        [v, c] for v, c in zip(values, labels, strict=True)
                    ]
                else:
                    # Odoo's tag colours 1-11, one per choice
                    question["tags"] = [
                        [v, c, index % 11 + 1]
                        for index, (v, c) in enumerate(zip(values, labels, strict=True))
                    ]
            definition.append(question)
        return definition


class MtapQuestionEditorLine(models.TransientModel):
    _name = "mtap.question.editor.line"
    _description = "mTap: one Exchange question in the editor"
    _order = "sequence, id"

    editor_id = fields.Many2one(
        "mtap.question.editor", required=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    name = fields.Char("Key", readonly=True, help="The question's technical name.")
    label = fields.Char(
        "Question", required=True, help="e.g. What are you looking for?"
    )
    kind = fields.Selection(KINDS, string="Answer", required=True, default="char")
    required = fields.Boolean(help="The form is not sent without an answer.")
    choices = fields.Text(help="Choice questions: the choices, one per line.")

    @api.model
    def _kind_labels(self):
        return dict(self._fields["kind"]._description_selection(self.env))
