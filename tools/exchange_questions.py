"""A card's own Exchange questions (no ORM, tested directly).

A card's questions are an Odoo properties definition (``mtap.profile.
question_definition``): a list of ``{"name", "string", "type", ...}`` in the order
they are asked, ``mtap_required`` marking those that must be answered. A visitor's
answers are the Lead's properties values ``{name: value}``.
"""

import datetime
import math
import unicodedata

from .exchange_form import normalize_text

# the property types a question may have, as the question editor names them
QUESTION_TYPES = ("char", "text", "selection", "tags", "boolean", "date", "float")
# the longest answer of a text question, as the form's other fields
ANSWER_LIMITS = {"char": 128, "text": 2000}
# a number's answer: at most this many characters typed
NUMBER_LIMIT = 32
# a choice's label (and the number of choices) the editor accepts
CHOICE_LIMIT = 64
MAX_CHOICES = 20
QUESTION_LABEL_LIMIT = 128
REQUIRED_KEY = "mtap_required"


def post_key(name):
    """The form field of the question ``name``."""
    return f"q_{name}"


def tag_key(name, index):
    """The form field of the choice number ``index`` of the several-choices
    question ``name`` (one checkbox each: a form's repeated names are not read)."""
    return f"q_{name}__{index}"


def options(question):
    """``[(value, label)]`` of a choice question."""
    if question.get("type") == "selection":
        return [(value, label) for value, label in question.get("selection") or []]
    if question.get("type") == "tags":
        return [(tag[0], tag[1]) for tag in question.get("tags") or []]
    return []


def questions(definition):
    """The questions a form asks, from a properties ``definition``: those of a
    known type, with a label."""
    return [
        question
        for question in definition or []
        if question.get("type") in QUESTION_TYPES
        and question.get("name")
        and (question.get("string") or "").strip()
    ]


def _bad_characters(value, multiline):
    allowed = "\n\r\t" if multiline else ""
    return any(
        unicodedata.category(char) == "Cc" and char not in allowed for char in value
    )


def _text(raw, multiline):
    value = raw if isinstance(raw, str) else ""
    field = "message" if multiline else "name"
    return normalize_text(value, field).strip()


def _clean_tags(question, params):
    """``(chosen values, error key or None)`` of a several-choices question."""
    chosen, error = [], None
    for index, (value, _label) in enumerate(options(question)):
        posted = params.get(tag_key(question["name"], index))
        if not posted:
            continue
        if posted == value:
            chosen.append(value)
        else:
            error = "choice"
    return chosen, error


def _typed(question, value):
    """``(answer, error key or None)`` of the non-empty typed ``value``."""
    kind = question["type"]
    if kind in ("char", "text"):
        return value, None
    if kind == "selection":
        return (value, None) if value in dict(options(question)) else (None, "choice")
    if kind == "boolean":
        return (value == "yes", None) if value in ("yes", "no") else (None, "choice")
    if kind == "date":
        try:
            return datetime.date.fromisoformat(value).isoformat(), None
        except ValueError:
            return None, "invalid"
    try:
        number = float(value.replace(",", ".").replace(" ", ""))
    except ValueError:
        number = math.nan
    return (number, None) if math.isfinite(number) else (None, "invalid")


def clean_answers(definition, params):
    """Return ``(answers, shown, errors)`` for the posted ``params``.

    ``answers`` maps each answered question's name to its value as the Lead's
    properties store it; ``shown`` maps the form's fields to what the visitor
    sent (cut to the limit), to show a refused form again; ``errors`` maps a
    form field to an error key: ``required``, ``too_long``, ``characters``,
    ``choice`` (not one of the question's choices) or ``invalid`` (not a date or
    a number).
    """
    answers, shown, errors = {}, {}, {}
    for question in questions(definition):
        name, kind = question["name"], question["type"]
        key = post_key(name)
        required = bool(question.get(REQUIRED_KEY))
        if kind == "tags":
            value, error = _clean_tags(question, params)
            shown[key] = value
        else:
            limit = ANSWER_LIMITS.get(kind, NUMBER_LIMIT)
            value = _text(params.get(key), kind == "text")
            shown[key] = value[:limit]
            if len(value) > limit:
                error = "too_long"
            elif _bad_characters(value, kind == "text"):
                error = "characters"
            elif value:
                value, error = _typed(question, value)
            else:
                error = None
        if error:
            errors[key] = error
        elif value is None or value == "" or value == []:
            if required:
                errors[key] = "required"
        else:
            answers[name] = value
    return answers, shown, errors


def format_number(number):
    """A number as people write it: no ``.0`` on a whole one."""
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return str(number)


def answer_lines(definition, answers, yes="Yes", no="No"):
    """``[(label, text)]`` of the ``answers`` to the questions of ``definition``,
    in the questions' order, each value as the visitor chose it (a choice's
    label; ``yes``/``no`` for a yes/no question)."""
    lines = []
    for question in questions(definition):
        name = question["name"]
        if name not in (answers or {}):
            continue
        value = answers[name]
        labels = dict(options(question))
        if value is None or (value is False and question["type"] != "boolean"):
            continue
        if question["type"] == "selection":
            text = labels.get(value, value)
        elif question["type"] == "tags":
            if not value:
                continue
            text = ", ".join(labels.get(v, v) for v in value)
        elif question["type"] == "boolean":
            text = yes if value else no
        elif question["type"] == "float":
            text = format_number(value)
        else:
            text = str(value)
        lines.append((question["string"].strip(), text))
    return lines
