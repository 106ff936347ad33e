"""Reading phone-book exports (.vcf): vCard 2.1, 3.0 and 4.0 as real address
books write them. Pure functions, no ORM: ``mtap.contact.card`` maps the result
onto a Contact.

A file is read once (``decode_file``): UTF-16 is decoded, anything else is kept as
UTF-8 text in which bytes that are not UTF-8 survive as lone surrogates (Python's
``surrogateescape``), so that each value can be decoded after its lines are
unfolded, with its own ``CHARSET`` or the file's legacy encoding. The text is split
into cards on ``BEGIN:VCARD`` / ``END:VCARD`` lines and each card is parsed on its
own: a broken card gives an error for that card only, a line that cannot be read
is kept in the note.
"""

import base64
import binascii
import codecs
import itertools
import quopri
import re
from collections import Counter

from .image_guard import ImageRefused, open_image
from .vcard_data import (
    BARE_ENCODINGS,
    CHARSET_ALIASES,
    LEGACY_ENCODINGS,
    MULTILINE_PROPERTIES,
    NOT_VOICE_TYPES,
    PHONE_ORDER,
    PROPERTY_KINDS,
    TECHNICAL_PREFIXES,
    TECHNICAL_PROPERTIES,
    UNREADABLE,
)

MAX_CARD_CHARS = 4_000_000  # a card with a photo of ~3 MB
MAX_PHOTO_BYTES = 2_500_000
# bytes of a file's non-ASCII lines given to the encoding detection
DETECT_SAMPLE_BYTES = 64_000

# Apple's "item" labels, e.g. _$!<HomePage>!$_
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_QP_PARAMS = frozenset(
    {"QUOTED-PRINTABLE", "QP", "ENCODING=QUOTED-PRINTABLE", "ENCODING=QP"}
)
# a property line: [group.]NAME[;params]: (a parameter value may be quoted)
_PROPERTY = re.compile(
    r'^(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)(?:;(?:"[^"]*"|[^:"])*)?:'
)
_FOLD_BYTES = re.compile(rb"\r?\n[ \t]")
_NON_ASCII_LINE = re.compile(rb"[^\r\n]*[\x80-\xff][^\r\n]*")
_CHARSET_PARAM = re.compile(rb";\s*CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# control characters a value never needs (a line feed and a tab are kept; NUL is
# left for the name check, it means a file read with the wrong encoding)
_CONTROL = re.compile(r"[\x01-\x08\x0b-\x1f\x7f]")
_MIXED_CASE = re.compile(r"[^\W\d_][^\W\d_]*", re.UNICODE)
_KNOWN = frozenset(
    {
        "ADR",
        "BDAY",
        "CATEGORIES",
        "EMAIL",
        "FN",
        "N",
        "NOTE",
        "ORG",
        "PHOTO",
        "TEL",
        "TITLE",
        "URL",
        *PROPERTY_KINDS,
        *TECHNICAL_PROPERTIES,
    }
)


class VCardError(ValueError):
    """A card that cannot be read; the message says why, for the user."""


def codec_name(charset):
    """Python's codec for a vCard ``CHARSET`` (any codec name or a common alias:
    ``SHIFT_JIS``, ``WINDOWS-1251``, ``ISO-8859-2``...), or None when unknown.
    A legacy charset is read as the superset phones really write (Shift_JIS with
    the Windows extensions, ISO-8859-1 as Windows-1252...)."""
    name = (charset or "").strip().strip('"').strip().lower()
    if not name:
        return None
    name = CHARSET_ALIASES.get(name.replace("_", "-"), name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return CHARSET_ALIASES.get(codec, codec)


def _case_breaks(text):
    """How many words change from a small letter to a capital inside them: text
    read with the wrong Cyrillic table (KOI8-R as Windows-1251) is full of them."""
    return sum(
        1
        for word in _MIXED_CASE.findall(text)
        for before, after in itertools.pairwise(word)
        if before.islower() and after.isupper()
    )


def detect_encoding(data):
    """The legacy encoding of a .vcf file that is not UTF-8: the ``CHARSET`` its
    properties declare most, else what ``charset-normalizer`` finds in its lines
    with 8-bit bytes (among the encodings address books write; a tie goes to the
    reading with the fewest capitals inside words, then to the commonest
    encoding); Windows-1252 when nothing tells."""
    declared = Counter(
        codec
        for codec in map(codec_name, (m.decode() for m in _CHARSET_PARAM.findall(data)))
        if codec and codec != "utf-8"
    )
    if declared:
        return declared.most_common(1)[0][0]
    sample, size = [], 0
    for match in _NON_ASCII_LINE.finditer(data):
        line = match.group()
        # the value only: the property's name would weigh for the Latin scripts
        line = line.partition(b":")[2] or line
        sample.append(line)
        size += len(line)
        if size >= DETECT_SAMPLE_BYTES:
            break
    if not sample:
        return "cp1252"
    import charset_normalizer

    sample = b"\n".join(sample)
    matches = list(
        charset_normalizer.from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS))
    )
    if not matches:
        return "cp1252"
    least = min(match.chaos for match in matches)
    best = [
        codec
        for match in matches
        if match.chaos <= least + 0.01
        # one match stands for every encoding that reads the bytes alike
        for codec in map(codec_name, [match.encoding, *match.could_be_from_charset])
        if codec
    ]
    if not best:
        return "cp1252"
    order = {codec_name(codec): rank for rank, codec in enumerate(LEGACY_ENCODINGS)}
    return min(
        dict.fromkeys(best),
        key=lambda codec: (
            _case_breaks(sample.decode(codec, errors="replace")),
            order.get(codec, len(order)),
        ),
    )


def decode_file(data):
    """``(text, encoding)`` of a .vcf file given as bytes. UTF-16 (with a BOM or
    without: its zero bytes tell) is decoded; any other file is kept as UTF-8
    text in which bytes that are not UTF-8 are lone surrogates, to be decoded per
    value once its lines are unfolded (see ``parse_card``). ``encoding`` is None
    for a UTF-8 or UTF-16 file (judged after unfolding: a fold may split a
    two-byte letter), else the file's legacy encoding (see ``detect_encoding``)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _lines_ended(data.decode("utf-16", errors="replace")), None
    else:
        head = data[:200]
        if head.count(b"\x00") > len(head) // 4:
            # UTF-16 without BOM: the zero byte of "B" in "BEGIN" tells the order
            encoding = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
            return _lines_ended(data.decode(encoding, errors="replace")), None
    text = _lines_ended(data.decode("utf-8", errors="surrogateescape"))
    if data.isascii():
        return text, None
    try:
        _FOLD_BYTES.sub(b"", data).decode("utf-8")
    except UnicodeDecodeError:
        return text, detect_encoding(data)
    return text, None


def _lines_ended(text):
    """A file written with old Macintosh line ends (CR only) with LF ones."""
    if "\r" in text and "\n" not in text:
        return text.replace("\r", "\n")
    return text


def _decode_bytes(raw, charset=None, fallback=None, utf8_first=False):
    """Text of the bytes of a value: in its ``charset``, else UTF-8, else the
    file's ``fallback`` encoding; with ``utf8_first`` (a raw value of a UTF-8
    file), UTF-8 before the charset."""
    if raw.isascii() and b"\x1b" not in raw:  # ISO-2022 escapes are ASCII
        return raw.decode("ascii")
    charset = codec_name(charset)
    order = ("utf-8", charset) if utf8_first else (charset, "utf-8")
    for encoding in (*order, fallback):
        if encoding:
            try:
                return raw.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return raw.decode(charset or fallback or "cp1252", errors="replace")


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


def _backslash_ended(line):
    """Whether ``line`` ends with a backslash that escapes nothing on the line
    (Android continues a value on the next line after one)."""
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1


def _logical_lines(card_text):
    """``(lines, unread)`` of a card: its property lines unfolded, and the lines
    that are no property and continue none. Unfolded are RFC folding (a line
    starting with a space or tab continues the previous one), vCard 2.1
    quoted-printable soft breaks (a QP value ending with ``=`` continues on the
    next line, which is taken whole: its first space is text, unless the text
    before the break ends with one and the writer indented), and what real
    phones write instead: a value ending with a backslash continued on the next
    line (Android), a QP value continued without ``=`` (Sony Ericsson: often an
    empty value with its text below), an address, label or note continued on
    bare lines (Mac address books)."""
    result, unread = [], []
    qp = qp_open = False
    name = ""
    for raw in card_text.split("\n"):
        line = raw.rstrip("\r")
        if result and qp_open:
            before = result[-1][:-1]
            if before[-1:] in (" ", "\t") and line[:1] in (" ", "\t"):
                # "café =" then " crème": the writer indented the next line
                line = line[1:]
            result[-1] = before + line
        elif result and line[:1] in (" ", "\t"):
            result[-1] += line[1:]
        elif not line.strip():
            continue
        else:
            match = _PROPERTY.match(line)
            prop = match.group(1).upper() if match else ""
            property_line = prop in _KNOWN or prop.startswith("X-")
            if result and not property_line and _backslash_ended(result[-1]):
                result[-1] = result[-1][:-1] + "\\n" + line
            elif result and not property_line and qp:
                # an empty value's text, or a hard line break of the value
                glue = "" if result[-1].endswith(":") else "=0D=0A"
                result[-1] += glue + line
            elif result and not property_line and name in MULTILINE_PROPERTIES:
                result[-1] += "\\n" + line
            elif not match:
                unread.append(line)
                continue
            else:
                result.append(line)
                head = line[: match.end() - 1].upper().split(";")
                name = prop
                qp = bool({p.strip() for p in head[1:]} & _QP_PARAMS)
        qp_open = qp and result[-1].endswith("=")
    return result, unread


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


def _clean(text):
    """A decoded value without control characters: a carriage return (a
    quoted-printable ``=0D``) is a line break, the rest is dropped."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def _raw_text(value, fallback):
    """The text of a raw (not quoted-printable or base64) value of the file's
    text: UTF-8 for a UTF-8 file, else in the file's ``fallback`` encoding when
    not UTF-8 itself."""
    if value.isascii():
        return value
    raw = value.encode("utf-8", errors="surrogateescape")
    return _decode_bytes(raw, None, fallback, utf8_first=True)


def _decode_value(params, value, fallback=None):
    """The text of a property value: quoted-printable, base64 and charset applied,
    after the lines were unfolded. ``fallback``: the file's legacy encoding (see
    ``decode_file``), None for a UTF-8 file. A raw value's 8-bit bytes are read
    as UTF-8 in a UTF-8 file, else in the value's ``CHARSET``, else as UTF-8 if
    they are, else in ``fallback``; a quoted-printable or base64 value's bytes in
    its ``CHARSET``, else UTF-8, else ``fallback``."""
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    charset = (params.get("CHARSET") or [""])[0]
    if encoding & {"QUOTED-PRINTABLE", "QP"}:
        raw = quopri.decodestring(value.encode("utf-8", errors="surrogateescape"))
        return _clean(_decode_bytes(raw, charset, fallback))
    if encoding & {"B", "BASE64"}:
        try:
            raw = base64.b64decode(re.sub(r"\s+", "", value), validate=True)
        except (binascii.Error, ValueError):
            return _clean(_raw_text(value, fallback))
        return _clean(_decode_bytes(raw, charset, fallback))
    if value.isascii() and not (charset and "\x1b" in value):
        return _clean(value) if _CONTROL.search(value) else value
    raw = value.encode("utf-8", errors="surrogateescape")
    return _clean(_decode_bytes(raw, charset, fallback, utf8_first=not fallback))


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


def _on_kind(card, value, types):
    # vCard 4.0 KIND:org, Apple's X-ABShowAs:COMPANY: the card is a company's own
    if value.strip().lower() in ("org", "organization", "company"):
        card["is_company"] = True
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
    "KIND": _on_kind,
    "X-ABSHOWAS": _on_kind,
}


def _keep_extra(card, name, params, raw, types, label, fallback=None):
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
    value = None if binary else _text(_decode_value(params, raw, fallback))
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
        "is_company": False,
        "warnings": [],
        "_n": [],
        "_notes": [],
    }


def parse_card(card_text, encoding=None):
    """A dict of what the card holds: ``name``, ``emails`` and ``phones`` (lists of
    ``(value, types)``; e-mails preferred first, phones best first and a fax or
    pager never before a number one can call), ``company``, ``department``,
    ``title``, ``addresses`` (list of ``(address, types)``, address a dict: street,
    street2, city, state, zip, country), ``urls``, ``note``, ``birthday``,
    ``categories``, ``photo`` (bytes or None), ``extra`` (every other property
    about the person, for the note: dicts with ``property``, ``label`` (the
    address book's own name for it, or ""), ``types``, ``value`` (None for
    embedded data) and ``service``), ``version``, ``is_company`` (the card is a
    company's own: vCard 4.0 ``KIND:org``, Apple's ``X-ABShowAs:COMPANY``) and
    ``warnings``.
    Properties about the file (UID, REV, PRODID...) are ignored; a line that is
    no property and continues none is kept in ``extra`` (property
    ``UNREADABLE``). ``encoding``: the file's legacy encoding (see
    ``decode_file``), None for UTF-8 text. Raise ``VCardError`` for a card that
    cannot be used."""
    lines, unread = _logical_lines(card_text)
    parsed = [
        _parse_line(line)
        for line in lines
        if line.strip().upper() not in ("BEGIN:VCARD", "END:VCARD")
    ]
    group_labels = {}
    for group, name, params, value in parsed:
        if group and name == "X-ABLABEL":
            label = _decode_value(params, value, encoding).strip()
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
            and _HANDLERS[name](card, _decode_value(params, raw, encoding), types)
        ):
            _keep_extra(
                card, name, params, raw, types, group_labels.get(group), encoding
            )
    for line in unread:
        card["extra"].append(
            {
                "property": UNREADABLE,
                "label": "",
                "types": [],
                "value": _clean(_raw_text(line, encoding)).strip(),
                "service": "",
            }
        )
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


def iter_cards(text, start=0, encoding=None):
    """Yield ``(number, card, error, end)`` for every card of the .vcf ``text``
    (as ``decode_file`` gives it, with its ``encoding``) from offset ``start``:
    ``card`` is ``parse_card``'s dict, or None with ``error`` set; ``end`` as in
    ``split_cards``."""
    for number, card_text, error, end in split_cards(text, start):
        if error:
            yield number, None, error, end
            continue
        try:
            yield number, parse_card(card_text, encoding), None, end
        except VCardError as parse_error:
            yield number, None, str(parse_error), end


def card_website(card):
    """The card's website: its first http(s) address, else its first URL."""
    urls = card["urls"]
    return next(
        (url for url in urls if url.lower().startswith(("http://", "https://"))),
        urls[0] if urls else False,
    )


def split_address(text):
    """The parts of an address written on lines (``Rue de la Loi 16`` /
    ``1000 Brussels`` / ``Belgium``) as a vCard's ``ADR`` wants them:
    ``{street, code, city, country}``. The line with the postcode and city splits
    the street (before) from the country (after); without one, it is all street."""
    from .card_text import _ZIP_CITY

    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    for index in range(len(lines) - 1, -1, -1):
        match = _ZIP_CITY.match(lines[index])
        if match and index:
            return {
                "street": ", ".join(lines[:index]),
                "code": match["zip"] or match["zip2"] or "",
                "city": (match["city"] or match["city2"] or "").strip(),
                "country": ", ".join(lines[index + 1 :]),
            }
    return {"street": ", ".join(lines), "code": "", "city": "", "country": ""}
