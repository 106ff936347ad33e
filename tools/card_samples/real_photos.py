"""Real phone photos of business cards (``data/real/``: the photos, ``truth.json``
with what each card prints, ``README.md`` with their sources and licences), for
the scan tests and ``bench/card_scan.py``.

The set is split once and for all by file number: odd numbers are the part the
scan was tuned on (``tune``), even numbers the part it is only measured on
(``measure``). Nothing may be tuned on the measured part.

``expected_fields`` and ``scanned_fields`` give a card's truth and a scan form's
values in one shape, and ``field_right`` compares them; a field the card does not
print is right only when the form leaves it empty.
"""

import json
import re
import unicodedata
from pathlib import Path

REAL_DIR = Path(__file__).resolve().parent / "data" / "real"
FIELDS = ("email", "phone", "website", "name", "company", "title")
# the scan form's field of each compared field
FORM_FIELDS = {
    "email": "email",
    "phone": "phone",
    "website": "website",
    "name": "name",
    "company": "company_name",
    "title": "function",
}


def split_of(entry):
    """``tune`` for odd file numbers, ``measure`` for even ones."""
    return "tune" if int(re.match(r"\d+", entry["file"]).group()) % 2 else "measure"


def load_photos(split=None):
    """The entries of ``truth.json`` (with ``split`` and ``key``), optionally only
    one split, in file order."""
    entries = json.loads((REAL_DIR / "truth.json").read_text(encoding="utf-8"))
    result = []
    for entry in entries:
        entry = dict(entry, split=split_of(entry), key=f"real-{entry['file']}")
        if split is None or entry["split"] == split:
            result.append(entry)
    return result


def photo_bytes(entry):
    return (REAL_DIR / entry["file"]).read_bytes()


def text_key(value):
    """``value`` as compared: case, spacing, the kind of dash and Turkish dotted
    capitals aside (``İ`` folds to ``i`` and a combining dot), accents kept."""
    value = unicodedata.normalize("NFC", (value or "").casefold()).replace("\u0307", "")
    # a dash is a dash: OCR does not tell "–" from "-"
    value = re.sub(r"[\u2010-\u2015\u2212]", "-", value)
    value = re.sub(r"\s+([,.;:)])", r"\1", " ".join(value.split()))
    return re.sub(r"\s*([/|])\s*", r" \1 ", value).strip()


def website_key(value):
    value = re.sub(r"^[a-z]+://", "", (value or "").strip().lower())
    return value.removeprefix("www.").rstrip("/")


def phone_key(value):
    """The digits that tell a number apart, whatever its printed form: the last
    eight of the number itself (no extension, no trunk ``(0)``, no second number
    after a slash; a slash after an area's or a network's code, "0931/26019960",
    "+382 68/15 14 82", is inside the number)."""
    value = re.split(r"(?i)\s*(?:ext\.?|poste|x\s*\d|to\s+\d)", value or "")[0]
    head, slash, _tail = value.partition("/")
    if slash and len(re.sub(r"\D", "", head)) >= 6:
        value = head
    value = value.replace("(0)", "")
    value = re.sub(r"\s*\(\d{1,4}\)\s*$", "", value)  # "(185)": an extension
    return re.sub(r"\D", "", value)[-8:]


def phone_keys(value):
    """The keys of the numbers a printed number gives: itself, and for a number
    with the last digits of the next one after a dash ("0212 671 29 44-45",
    "+90 212 485 27 61 - 62"), each of the two."""
    keys = [phone_key(value)]
    found = re.search(r"(\d{2})\s*[-–]\s*(\d{2})\s*$", value or "")
    if found and 0 < int(found[2]) - int(found[1]) <= 9:
        head = value[: found.start(1)]
        keys += [phone_key(head + found[1]), phone_key(head + found[2])]
    return keys


def expected_fields(entry):
    """The card's truth in the shape of ``scanned_fields``: ``phone`` is the list
    of its printed numbers (any is right), a field it does not print is "". A
    field the card gives two right ways (``also``: its brand and its full name,
    a web address its own QR code gives) is the tuple of both (either is
    right)."""
    keys = {"email": lambda value: (value or "").lower(), "website": website_key}
    expected = {
        "phone": [key for number in entry["phone"] for key in phone_keys(number)]
    }
    for field in ("email", "website", "name", "company", "title"):
        key = keys.get(field, text_key)
        value = key(entry[field])
        also = entry.get("also", {}).get(field)
        expected[field] = (value, *map(key, also)) if also else value
    return {field: expected[field] for field in FIELDS}


def scanned_fields(form):
    """The values of a scan form (anything indexable by ``FORM_FIELDS``' values)."""
    values = {key: form[field] or "" for key, field in FORM_FIELDS.items()}
    return {
        "email": values["email"].strip().lower(),
        "phone": phone_key(values["phone"]) if values["phone"] else "",
        "website": website_key(values["website"]),
        "name": text_key(values["name"]),
        "company": text_key(values["company"]),
        "title": text_key(values["title"]),
    }


def field_right(field, got, expected):
    if field == "phone":
        return got in expected if expected else not got
    if isinstance(expected, tuple):
        return got in expected
    return got == expected


def in_ocr_text(field, expected, text):
    """Whether the OCR ``text`` of a card holds ``expected`` (see
    ``expected_fields``) as printed, so that a parser could take it from there: the
    most any parser can score with that OCR. A field the card does not print is
    always within reach (by leaving it empty)."""
    if isinstance(expected, tuple):
        return any(in_ocr_text(field, value, text) for value in expected)
    if not expected:
        return True
    if field == "phone":
        digits = {re.sub(r"\D", "", line) for line in text.splitlines()}
        return any(number in line for number in expected for line in digits)
    if field in ("email", "website"):
        return expected in re.sub(r"\s+", "", text.lower())
    return expected in text_key(" ".join(text.split()))


def legible(entry):
    """Whether the card prints anything the form has a field for."""
    return any(entry[field] for field in FIELDS)
