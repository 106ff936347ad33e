"""Where a visit of a card came from, and who a visitor is for one day only.

Pure functions: the source marker of a card's address (``?s=qr``), the event it
may carry (``?e=12``), the day's visitor digest and the neutralised export cell.
"""

import hashlib
from urllib.parse import urlencode

# the marker in a card's address -> what the reports call it
SOURCES = [
    ("direct", "Direct"),
    ("qr", "QR code"),
    ("link", "Shared link"),
    ("signature", "E-mail signature"),
    ("nfc", "NFC tag"),
    ("mail", "Card mail"),
    ("followup", "Follow-up mail"),
]
SOURCE_KEYS = frozenset(key for key, _label in SOURCES)
# the longest event id an address may carry (a database id)
EVENT_DIGITS = 9
# spreadsheet programs read a cell starting with one of these as a formula
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def clean_source(value):
    """The source marker ``value`` as the reports know it: an unknown, missing or
    malformed marker (an old QR code has none) is ``direct``."""
    if isinstance(value, str) and value.strip().lower() in SOURCE_KEYS:
        return value.strip().lower()
    return "direct"


def clean_event_id(value):
    """The event id carried by ``?e=``, or ``None`` when there is none or it is
    not a plain positive number."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value.isascii() or not value.isdigit() or len(value) > EVENT_DIGITS:
        return None
    return int(value) or None


def marked_url(url, source, event_id=None):
    """``url`` with the source marker ``source`` and, when given, the event."""
    params = {"s": source}
    if event_id:
        params["e"] = event_id
    return f"{url}?{urlencode(params)}"


def visitor_digest(salt, card_id, address, user_agent):
    """Who a visitor of one card is for one day: a hash of the day's random
    ``salt``, the card, the visitor's address and browser. Neither the address nor
    the browser is kept; once the salt is deleted the digest leads back to no one."""
    data = f"{card_id}\n{address or ''}\n{user_agent or ''}".encode()
    return hashlib.sha256(bytes(salt) + data).hexdigest()[:32]


def refuses_tracking(headers):
    """True when the browser asks not to be tracked (Global Privacy Control
    ``Sec-GPC: 1``, or Do Not Track ``DNT: 1``)."""
    return any((headers.get(name) or "").strip() == "1" for name in ("Sec-GPC", "DNT"))


def neutralise_cell(value):
    """An exported text cell that no spreadsheet runs as a formula: a leading
    ``= + - @``, tab or carriage return gets a quote before it (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
