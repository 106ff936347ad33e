"""What a scanned or pasted QR code holds, for adding a Contact from it. Pure
functions, no ORM, no network: a web address is recognised, never fetched.

``read_qr_payload`` answers one of:

- ``("profile", slug)``: the address of an mTap card of this database;
- ``("card", card)``: a vCard or MECARD payload, ``card`` as ``vcard.parse_card``
  gives it;
- ``("url", url)``: any other web address, to keep on the Contact;

and raises ``VCardError`` with a message for the user for anything else.
"""

import io
import re
from urllib.parse import urlsplit

import qrcode

from .validation import normalize_link_url
from .vcard import VCardError, _new_card, parse_card, split_cards

# a QR code holds at most 4,296 characters; pasted text may be a little longer
MAX_PAYLOAD_CHARS = 8000
# /mtap/<slug>, optionally behind a website language prefix (/fr, /pt_BR)
_PROFILE_PATH = re.compile(r"^(?:/[a-z]{2}(?:_[A-Za-z]{2,4})?)?/mtap/([a-z0-9-]+)/?$")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# MECARD fields named otherwise in a vCard
_MECARD_PROPERTIES = {"SOUND": "X-PHONETIC-NAME", "TEL-AV": "X-VIDEO-PHONE"}


def url_host(url):
    """``host[:port]`` of ``url`` in lower case, without a default port."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        return ""
    if port and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    return host


def _mecard_fields(body):
    """``(name, value)`` pairs of a MECARD body (after ``MECARD:``): fields end with
    ``;`` and ``\\`` escapes ``;``, ``:``, ``,`` and itself."""
    fields, current, escaped = [], [], False
    for char in body:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    pairs = []
    for field in fields:
        name, colon, value = field.partition(":")
        if colon and value.strip():
            pairs.append((name.strip().upper(), value.strip()))
    return pairs


def parse_mecard(text):
    """The card of a MECARD payload (``MECARD:N:Doe,Jane;TEL:...;;``) in the shape
    of ``vcard.parse_card``; raise ``VCardError`` when it names nobody."""
    card = _new_card()
    notes = []
    for name, value in _mecard_fields(text.split(":", 1)[1]):
        if name == "N":
            # "Family,Given" (the comma was not escaped: it splits the name)
            family, _comma, given = value.partition(",")
            card["name"] = card["name"] or " ".join(
                p for p in (given.strip(), family.strip()) if p
            )
        elif name == "TEL":
            card["phones"].append((value, []))
        elif name == "EMAIL":
            card["emails"].append((value, []))
        elif name == "URL":
            card["urls"].append(value)
        elif name == "ORG":
            card["company"] = card["company"] or value
        elif name == "TITLE":
            card["title"] = card["title"] or value
        elif name == "NOTE":
            notes.append(value)
        elif name == "BDAY":
            card["birthday"] = value
        elif name == "ADR":
            card["addresses"].append(({"street": value.replace(",", ", ")}, []))
        else:
            # NICKNAME, SOUND (how the name is read), TEL-AV...: for the note
            card["extra"].append(
                {
                    "property": _MECARD_PROPERTIES.get(name, name),
                    "label": "",
                    "types": [],
                    "value": value,
                    "service": "",
                }
            )
    del card["_n"], card["_notes"]
    card["note"] = "\n\n".join(notes)
    if not card["name"]:
        card["name"] = card["company"] or (card["emails"] and card["emails"][0][0])
    if not (card["name"] or card["phones"]):
        raise VCardError("The code's card has no name, e-mail, phone or company.")
    return card


def read_qr_payload(text, own_hosts):
    """Tell what the QR code ``text`` holds (see the module's docstring).

    ``own_hosts`` are the ``host[:port]`` names this database answers on: only an
    address on one of them can be an mTap card of this database.
    """
    text = (text or "").strip()
    if not text:
        raise VCardError("The code is empty: scan it or paste what it holds.")
    if len(text) > MAX_PAYLOAD_CHARS:
        raise VCardError("The code holds too much text to be a QR code.")
    if "\x00" in text:
        raise VCardError("The code holds invalid characters.")
    head = text[:16].upper()
    if head.startswith("BEGIN:VCARD"):
        for _number, card_text, error, _end in split_cards(text):
            if error:
                raise VCardError(error)
            return "card", parse_card(card_text)
    if head.startswith("MECARD:"):
        return "card", parse_mecard(text)
    try:
        url = normalize_link_url(text)
    except ValueError:
        url = None
    if not url or not url.lower().startswith(("http://", "https://")):
        raise VCardError(
            "This code holds neither a contact card (vCard, MECARD) nor a web address."
        )
    match = _PROFILE_PATH.match(urlsplit(url).path)
    if match and url_host(url) in {host.lower() for host in own_hosts}:
        return "profile", match.group(1)
    return "url", url


def qr_png(text, box_size=8):
    """``text`` as a QR code image (PNG bytes), with the error correction that
    survives a scratched print or a glare on a screen."""
    image = qrcode.make(
        text,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=box_size,
        border=2,
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
