"""Cleaning of the public Exchange Contacts form (no ORM, tested directly)."""

import re
import unicodedata

from odoo.exceptions import UserError
from odoo.tools import email_normalize

from .phone import format_phone, parse_phone

# Only these posted fields are read; anything else is ignored.
FIELD_LIMITS = {
    "name": 128,
    "email": 254,
    "phone": 32,
    "company": 128,
    "job_title": 128,
    "message": 2000,
}
MULTILINE_FIELDS = {"message"}
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
# Joiners shape Persian, Indic and emoji text: kept in names and messages, never in
# e-mail addresses.
JOINERS = {"\u200c", "\u200d"}
# Invisible letters and marks (Unicode's default-ignorable code points that are not
# format characters): a name or an address made of them looks empty or like another.
INVISIBLE = set("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0") | {
    chr(code) for code in range(0x180B, 0x1810)
}


def strip_invisible(value, keep_joiners=True, multiline=False):
    """Remove what a person cannot see and what reorders text on screen: format
    characters (zero-width spaces, bidi overrides and isolates, the BOM; Unicode
    category Cf), invisible fillers, and line or paragraph separators (Zl/Zp), which
    become a space (a line break in a ``multiline`` value). Zero-width joiners stay
    when ``keep_joiners``."""
    out = []
    for char in value:
        category = unicodedata.category(char)
        if category in ("Zl", "Zp"):
            out.append("\n" if multiline else " ")
        elif (category == "Cf" and not (keep_joiners and char in JOINERS)) or (
            char in INVISIBLE
        ):
            continue
        else:
            out.append(char)
    return "".join(out)


def normalize_text(value, field):
    """The value a visitor meant: invisible characters removed (see
    ``strip_invisible``), Unicode composed (NFC), and, for the e-mail address,
    compatibility forms folded too (NFKC: full-width letters, ligatures)."""
    if field == "email":
        return unicodedata.normalize("NFKC", strip_invisible(value, keep_joiners=False))
    return unicodedata.normalize(
        "NFC", strip_invisible(value, multiline=field in MULTILINE_FIELDS)
    )


def _bad_characters(value, multiline):
    """True when ``value`` holds control characters: CR/LF in a one-line field would
    let a visitor forge mail headers, NUL cannot be stored by PostgreSQL."""
    allowed = "\n\r\t" if multiline else ""
    return any(
        unicodedata.category(char) == "Cc" and char not in allowed for char in value
    )


def clean_exchange_form(params, country_code=None, country_phone_code=None):
    """Return ``(values, errors)`` for the posted ``params``.

    ``values`` holds every known field as the visitor typed it (invisible characters
    removed, see ``normalize_text``, and stripped), cut to the field's limit, to show
    the form again, plus ``email_normalized``/``phone_e164`` and ``consent`` when valid.
    ``errors`` maps a field name to an error key: ``required``, ``too_long``,
    ``characters``, ``invalid`` or ``contact`` (neither e-mail nor phone).
    """
    values, errors = {}, {}
    for field, limit in FIELD_LIMITS.items():
        raw = params.get(field) or ""
        value = normalize_text(raw, field).strip() if isinstance(raw, str) else ""
        # refused input is shown again, never more of it than the field takes
        values[field] = value[:limit]
        if len(value) > limit:
            errors[field] = "too_long"
        elif _bad_characters(value, field in MULTILINE_FIELDS):
            errors[field] = "characters"
    values["consent"] = bool(params.get("consent"))
    if not values["name"] and "name" not in errors:
        errors["name"] = "required"
    if values["email"] and "email" not in errors:
        normalized = email_normalize(values["email"], strict=True)
        # email_normalize extracts an address from text: the whole input must be one
        if (
            normalized
            and normalized == values["email"].lower()
            and EMAIL_RE.match(normalized)
        ):
            values["email_normalized"] = normalized
        else:
            errors["email"] = "invalid"
    if values["phone"] and "phone" not in errors:
        try:
            values["phone_e164"] = format_phone(
                parse_phone(values["phone"], country_code)
            )[1]
        except UserError:
            errors["phone"] = "invalid"
    if not values["email"] and not values["phone"]:
        errors["email"] = "contact"
    return values, errors
