"""Reading phone-book exports (.vcf): vCard 2.1, 3.0 and 4.0 as real address books write
them. Pure functions, no ORM: ``mtap.contact.card`` maps the result onto a Contact.

A file is decoded once (BOM, UTF-16, UTF-8, else Windows-1252), split into cards on
``BEGIN:VCARD`` / ``END:VCARD`` lines, and each card is parsed on its own: a broken card
gives an error for that card only.
"""

import base64
import binascii
import quopri
import re

from .image_guard import ImageRefused, open_image
from .vcard_data import (
    BARE_ENCODINGS,
    NOT_VOICE_TYPES,
    PHONE_ORDER,
    TECHNICAL_PREFIXES,
    TECHNICAL_PROPERTIES,
)

MAX_CARD_CHARS = 4_000_000  # a card with a photo of ~3 MB
MAX_PHOTO_BYTES = 2_500_000

# Apple's "item" labels, e.g. _$!<HomePage>!$_
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_QP_PARAMS = frozenset(
    {"QUOTED-PRINTABLE", "QP", "ENCODING=QUOTED-PRINTABLE", "ENCODING=QP"}
)


class VCardError(ValueError):
    """A card that cannot be read; the message says why, for the user."""


def decode_file(data):
    """Text of a .vcf file given as bytes: UTF-8 (with or without BOM), UTF-16 (BOM or
    not), else Windows-1252 as older Outlook writes it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    head = data[:200]
    if head.count(b"\x00") > len(head) // 4:
        # UTF-16 without BOM: the zero byte of "B" in "BEGIN" tells the order
        encoding = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def split_cards(text, start=0):
    """Yield ``(number, card_text, error, end)`` for each card of ``text`` from the
    character offset ``start``; ``number`` counts the cards met from there, from 1;
    ``end`` is where the next card may begin (to resume a batch). ``error`` is set
    (and ``card_text`` may be partial) when a card is cut off or too large."""
    number, lines, inside, size = 0, [], False, 0
    position, length = start, len(text)
    while position < length:
        newline = text.find("\n", position)
        stop = length if newline < 0 else newline + 1
        line = text[position:stop].rstrip("\r\n")
        line_start, position = position, stop
        marker = line.strip().upper()
        if marker == "BEGIN:VCARD":
            if inside:
                error = "The card has no END:VCARD line."
                yield number, "\n".join(lines), error, line_start
            number, lines, inside, size = number + 1, [line], True, len(line)
        elif inside:
            size += len(line) + 1
            if size <= MAX_CARD_CHARS:
                lines.append(line)
            if marker == "END:VCARD":
                inside = False
                if size > MAX_CARD_CHARS:
                    yield number, "", "The card is too large.", position
                else:
                    yield number, "\n".join(lines), None, position
                lines = []
    if inside:
        error = "The file ends inside a card (no END:VCARD)."
        yield number, "\n".join(lines), error, length


def _split_unescaped(value, separator):
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def _unescape(value):
    return re.sub(
        r"\\(.)",
        lambda m: "\n" if m.group(1) in "nN" else m.group(1),
        value,
    )


def _logical_lines(card_text):
    """Unfold a card: RFC folding (a line starting with a space or tab continues the
    previous one) and vCard 2.1 quoted-printable soft breaks (a QP value ending with
    ``=`` continues on the next line)."""
    result = []
    qp_open = False
    for raw in card_text.split("\n"):
        line = raw.rstrip("\r")
        if result and line[:1] in (" ", "\t") and not qp_open:
            result[-1] += line[1:]
        elif result and qp_open:
            result[-1] = result[-1][:-1] + line.lstrip(" \t")
        elif line.strip():
            result.append(line)
        else:
            continue
        last = result[-1]
        params = {p.strip() for p in last.split(":", 1)[0].upper().split(";")[1:]}
        qp_open = bool(params & _QP_PARAMS) and last.endswith("=")
    return result


def _split_head(head):
    """The ``;``-separated pieces of a property's name and parameters; a ``;`` between
    double quotes or after a backslash does not separate."""
    pieces, current, in_quotes, escaped = [], [], False, False
    for char in head:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            in_quotes = not in_quotes
            current.append(char)
        elif char == ";" and not in_quotes:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return pieces


def _parse_line(line):
    """``(group, name, params, value)`` of one property line; params maps an upper-case
    name to a list of values. vCard 2.1's bare parameters are read as their named
    forms: ``BASE64``, ``QUOTED-PRINTABLE``... as ``ENCODING``, anything else
    (``WORK``, ``JPEG``) as ``TYPE``; a type list may be written ``TYPE=a,b``,
    ``TYPE=a;TYPE=b``, ``TYPE="a,b"`` or ``A;B``."""
    in_quotes, colon = False, -1
    for position, char in enumerate(line):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            colon = position
            break
    if colon < 0:
        raise VCardError(f"A line has no ':' ({line[:40]!r}).")
    head, value = line[:colon], line[colon + 1 :]
    pieces = _split_head(head)
    group, _dot, name = pieces[0].rpartition(".")
    params = {}
    for piece in pieces[1:]:
        key, equal, val = piece.partition("=")
        key = key.strip().upper()
        if not equal:
            key, val = ("ENCODING" if key in BARE_ENCODINGS else "TYPE"), key
        values = [v.strip().strip('"').strip() for v in val.split(",")]
        params.setdefault(key, []).extend(v for v in values if v)
    return group.lower(), name.strip().upper(), params, value


def _decode_bytes(raw, charset):
    for encoding in (charset or "utf-8", "utf-8"):
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def _decode_value(params, value):
    """The text of a property value: quoted-printable, base64 and charset applied.
    A value marked UTF-8 that the file's decoding (Windows-1252, for a file that is
    not UTF-8 as a whole) garbled is decoded again."""
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    charset = (params.get("CHARSET") or [""])[0].strip()
    if encoding & {"QUOTED-PRINTABLE", "QP"}:
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        return _decode_bytes(raw, charset)
    if encoding & {"B", "BASE64"}:
        try:
            raw = base64.b64decode(re.sub(r"\s+", "", value), validate=True)
        except (binascii.Error, ValueError):
            return value
        return _decode_bytes(raw, charset)
    if charset.lower().replace("_", "-") in ("utf-8", "utf8") and not value.isascii():
        try:
            return value.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    return value


def _types(params, group_labels, group):
    types = [t.lower() for t in params.get("TYPE", [])]
    # vCard 4.0: PREF=1 is the preferred one
    if params.get("PREF", ["1"])[:1] in ([], ["1"]) and "PREF" in params:
        types.append("pref")
    label = group_labels.get(group)
    if label:
        types.append(label.lower())
    return types


def _is_binary(params, value):
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    return bool(encoding & {"B", "BASE64"}) or value.strip().lower().startswith("data:")


def _decode_photo(params, value):
    """Bytes of an embedded photo, None for a link (never fetched)."""
    value = value.strip()
    if value.lower().startswith("data:"):
        meta, _comma, value = value.partition(",")
        if ";base64" not in meta.lower():
            raise VCardError("The photo is not base64-encoded.")
    elif not _is_binary(params, value):
        return None
    cleaned = re.sub(r"\s+", "", value)
    if len(cleaned) * 3 // 4 > MAX_PHOTO_BYTES:
        raise VCardError("The photo is too large.")
    try:
        data = base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=False)
    except (binascii.Error, ValueError) as error:
        raise VCardError("The photo is not valid base64.") from error
    try:
        open_image(data, max_bytes=MAX_PHOTO_BYTES)
    except ImageRefused as error:
        # an image bomb is never decoded; a photo that is not an image at all is
        # refused with its card when the Contact is written, as before
        if error.key != "not_image":
            raise VCardError(
                "The photo has too many pixels: it was not kept."
            ) from error
    return data


def _phone_rank(types):
    """Sort key of a phone: a fax or pager after every number one can call, then by
    the kind of number (preferred, mobile, work...)."""
    rank = next(
        (rank for rank, kind in enumerate(PHONE_ORDER) if kind in types),
        len(PHONE_ORDER),
    )
    return (bool(NOT_VOICE_TYPES.intersection(types)), rank)


def is_voice(types):
    """Whether a phone of these types can be the main phone (not a fax or pager)."""
    return not NOT_VOICE_TYPES.intersection(types)


def _components(value):
    return [_unescape(part).strip() for part in _split_unescaped(value, ";")]


def _text(value):
    """A property value for a reader: unescaped, structured parts joined."""
    return ", ".join(part for part in _components(value) if part)


def _on_fn(card, value, types):
    if card["name"]:
        return False
    card["name"] = _unescape(value).strip()
    return True


def _on_n(card, value, types):
    card["_n"] = _components(value)
    return True


def _on_email(card, value, types):
    email = _unescape(value).strip()
    if email:
        card["emails"].append((email, types))
    return True


def _on_tel(card, value, types):
    phone = _unescape(value).strip()
    if phone.lower().startswith("tel:"):
        phone = phone[4:]
    if phone:
        card["phones"].append((phone, types))
    return True


def _on_org(card, value, types):
    parts = _components(value)
    if card["company"]:
        # the same company again is no news
        return parts[0] == card["company"] and not any(parts[1:])
    card["company"] = parts[0]
    card["department"] = " / ".join(p for p in parts[1:] if p)
    return True


def _on_title(card, value, types):
    title = _unescape(value).strip()
    if card["title"]:
        return title == card["title"]
    card["title"] = title
    return True


def _on_adr(card, value, types):
    parts = _components(value) + [""] * 7
    box, extended, street, city, state, zip_code, country = parts[:7]

    def lines(text):
        return [line.strip(" ,") for line in text.split("\n") if line.strip(" ,")]

    street_lines, extended_lines = lines(street), lines(extended)
    if not street_lines:
        # Gmail writes the whole address as the "extended address"
        street_lines, extended_lines = extended_lines or lines(box), []
        box = "" if street_lines and street_lines == lines(box) else box
    address = {
        "street": street_lines[0] if street_lines else "",
        "street2": ", ".join([*street_lines[1:], *extended_lines, *lines(box)]),
        "city": city,
        "state": state,
        "zip": zip_code,
        "country": country,
    }
    if any(address.values()):
        card["addresses"].append((address, types))
    return True


def _on_url(card, value, types):
    url = _unescape(value).strip()
    if url:
        card["urls"].append(url)
    return True


def _on_note(card, value, types):
    note = _unescape(value).strip()
    if note:
        card["_notes"].append(note)
    return True


def _on_bday(card, value, types):
    if card["birthday"]:
        return False
    card["birthday"] = _unescape(value).strip()
    return True


def _on_categories(card, value, types):
    for part in _split_unescaped(value, ","):
        category = _unescape(part).strip()
        if category and category not in card["categories"]:
            card["categories"].append(category)
    return True


def _on_version(card, value, types):
    card["version"] = value.strip()
    return True


# each handler answers whether it took the value; what it leaves goes to "extra"
_HANDLERS = {
    "VERSION": _on_version,
    "FN": _on_fn,
    "N": _on_n,
    "EMAIL": _on_email,
    "TEL": _on_tel,
    "ORG": _on_org,
    "TITLE": _on_title,
    "ADR": _on_adr,
    "URL": _on_url,
    "NOTE": _on_note,
    "BDAY": _on_bday,
    "CATEGORIES": _on_categories,
}


def _keep_extra(card, name, params, raw, types, label):
    """Keep a property that has no Contact field, for the note; ``label`` is the
    name the address book gave it, if any."""
    if name in TECHNICAL_PROPERTIES or name.startswith(TECHNICAL_PREFIXES):
        return
    if name == "FN" or not raw.strip():  # a second name of the same person
        return
    if name.startswith("X-FCENCODED-"):
        # FullContact: the hex-encoded name is "X-FC-OtherDates:Anniversary"
        try:
            decoded = bytes.fromhex(name[12:]).decode("utf-8")
        except ValueError:
            decoded = ""
        label = label or decoded.rpartition(":")[2]
    binary = _is_binary(params, raw)
    value = None if binary else _text(_decode_value(params, raw))
    if not binary and not value:
        return
    if any(e["property"] == name and e["value"] == value for e in card["extra"]):
        return
    card["extra"].append(
        {
            "property": name,
            "label": label or "",
            "types": types,
            "value": value,
            "service": (params.get("X-SERVICE-TYPE") or [""])[0],
        }
    )


def _new_card():
    return {
        "name": "",
        "emails": [],
        "phones": [],
        "company": "",
        "department": "",
        "title": "",
        "addresses": [],
        "urls": [],
        "note": "",
        "birthday": "",
        "categories": [],
        "photo": None,
        "extra": [],
        "version": "",
        "warnings": [],
        "_n": [],
        "_notes": [],
    }


def parse_card(card_text):
    """A dict of what the card holds: ``name``, ``emails`` and ``phones`` (lists of
    ``(value, types)``; e-mails preferred first, phones best first and a fax or
    pager never before a number one can call), ``company``, ``department``,
    ``title``, ``addresses`` (list of ``(address, types)``, address a dict: street,
    street2, city, state, zip, country), ``urls``, ``note``, ``birthday``,
    ``categories``, ``photo`` (bytes or None), ``extra`` (every other property
    about the person, for the note: dicts with ``property``, ``label`` (the
    address book's own name for it, or ""), ``types``, ``value`` (None for
    embedded data) and ``service``), ``version`` and ``warnings``.
    Properties about the file (UID, REV, PRODID...) are ignored. Raise
    ``VCardError`` for a card that cannot be used."""
    parsed = [
        _parse_line(line)
        for line in _logical_lines(card_text)
        if line.strip().upper() not in ("BEGIN:VCARD", "END:VCARD")
    ]
    group_labels = {}
    for group, name, params, value in parsed:
        if group and name == "X-ABLABEL":
            label = _decode_value(params, value).strip()
            match = _APPLE_LABEL.match(label)
            group_labels[group] = match.group(1) if match else label
    card = _new_card()
    for group, name, params, raw in parsed:
        types = _types(params, group_labels, group)
        if name == "PHOTO" and card["photo"] is None and _is_binary(params, raw):
            try:
                card["photo"] = _decode_photo(params, raw)
            except VCardError as error:
                card["warnings"].append(str(error))
        elif not (
            name in _HANDLERS
            and _HANDLERS[name](card, _decode_value(params, raw), types)
        ):
            _keep_extra(card, name, params, raw, types, group_labels.get(group))
    structured_name, notes = card.pop("_n"), card.pop("_notes")
    if not card["name"] and structured_name:
        family, given, additional, prefix, suffix = (structured_name + [""] * 5)[:5]
        card["name"] = " ".join(
            p
            for p in (prefix, given, additional.replace(",", " "), family, suffix)
            if p
        )
    if card["addresses"]:
        # the printable form of an address the card also gives in parts
        card["extra"] = [e for e in card["extra"] if e["property"] != "LABEL"]
    card["note"] = "\n\n".join(notes)
    card["emails"].sort(key=lambda item: 0 if "pref" in item[1] else 1)
    card["phones"].sort(key=lambda item: _phone_rank(item[1]))
    if not card["name"]:
        card["name"] = (
            card["company"] or (card["emails"] and card["emails"][0][0]) or ""
        )
    if not (card["name"] or card["phones"]):
        raise VCardError("The card has no name, e-mail, phone or company.")
    if "\x00" in card["name"]:
        raise VCardError("The card's name holds invalid characters.")
    return card


def main_address(addresses):
    """Index in ``addresses`` (``(address, types)`` pairs) of the one to keep as
    the Contact's address: the most complete, then the preferred, then a work
    address, then the first; None when there is none."""
    if not addresses:
        return None

    def rank(item):
        index, (address, types) = item
        filled = sum(
            bool(address.get(key))
            for key in ("street", "city", "zip", "state", "country")
        )
        return (filled, "pref" in types, "work" in types, -index)

    return max(enumerate(addresses), key=rank)[0]


def readable_date(value):
    """``19800322`` (vCard 2.1/3.0 basic format) as ``1980-03-22``; any other
    text unchanged."""
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:]+(?:Z|[+-]\d+)?)?$", value)
    if match:
        return "-".join(match.groups())
    return value


def iter_cards(text, start=0):
    """Yield ``(number, card, error, end)`` for every card of the decoded .vcf
    ``text`` from offset ``start``: ``card`` is ``parse_card``'s dict, or None with
    ``error`` set; ``end`` as in ``split_cards``."""
    for number, card_text, error, end in split_cards(text, start):
        if error:
            yield number, None, error, end
            continue
        try:
            yield number, parse_card(card_text), None, end
        except VCardError as parse_error:
            yield number, None, str(parse_error), end


def card_website(card):
    """The card's website: its first http(s) address, else its first URL."""
    urls = card["urls"]
    return next(
        (url for url in urls if url.lower().startswith(("http://", "https://"))),
        urls[0] if urls else False,
    )
