"""Pure helpers for profile values: slugs and link URLs (no ORM, tested directly)."""

import re
import secrets
import string
import unicodedata
from urllib.parse import urlsplit

SLUG_MIN_LENGTH = 3
SLUG_MAX_LENGTH = 64
SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
# Path segments the website or this add-on may use under /mtap/, and words that would
# let a card pass for the site itself.
RESERVED_SLUGS = frozenset(
    {
        "admin",
        "administrator",
        "api",
        "edit",
        "exchange",
        "help",
        "login",
        "logout",
        "me",
        "mtap",
        "my",
        "new",
        "odoo",
        "profile",
        "profiles",
        "qr",
        "root",
        "search",
        "settings",
        "static",
        "support",
        "vcard",
        "web",
        "website",
    }
)
ALLOWED_LINK_SCHEMES = ("http", "https", "mailto", "tel")
LINK_MAX_LENGTH = 2048
# 8 random characters of 36: 2.8e12 possibilities, not found by crawling.
_SUFFIX_ALPHABET = string.ascii_lowercase + string.digits
_SUFFIX_LENGTH = 8


def slug_base(text):
    """Return an ASCII, URL-safe, lower-case rendering of ``text`` (may be empty)."""
    ascii_text = (
        unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    )
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[: SLUG_MAX_LENGTH - _SUFFIX_LENGTH - 1].strip("-")


def random_slug(text):
    """Return a new slug: the readable part of ``text`` and a random suffix."""
    suffix = "".join(secrets.choice(_SUFFIX_ALPHABET) for _ in range(_SUFFIX_LENGTH))
    base = slug_base(text)
    return f"{base}-{suffix}" if base else suffix


def slug_error(slug):
    """Return why ``slug`` cannot be used as a profile URL, or ``None`` if it can.

    The reason is an untranslated key: ``length``, ``characters`` or ``reserved``.
    """
    if not SLUG_MIN_LENGTH <= len(slug) <= SLUG_MAX_LENGTH:
        return "length"
    if not SLUG_RE.match(slug) or "--" in slug:
        return "characters"
    if slug in RESERVED_SLUGS:
        return "reserved"
    return None


def normalize_link_url(url):
    """Return ``url`` cleaned up, or raise ``ValueError`` with a reason key.

    Only http(s), mailto and tel links are accepted; a bare domain such as
    ``www.example.com`` gets ``https://``. Whitespace and control characters inside the
    URL are refused rather than stripped, because browsers ignore some of them when
    they read a scheme (``java\\tscript:``).
    """
    url = (url or "").strip()
    if not url:
        raise ValueError("empty")
    if len(url) > LINK_MAX_LENGTH:
        raise ValueError("length")
    if any(unicodedata.category(char)[0] in "CZ" for char in url):
        raise ValueError("characters")
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url):
        if url.startswith("//") or not re.match(
            r"^[\w.-]+\.[A-Za-z]{2,}(?:[/?#]|$)", url
        ):
            raise ValueError("scheme")
        url = "https://" + url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_LINK_SCHEMES:
        raise ValueError("scheme")
    if scheme in ("http", "https") and not parts.hostname:
        raise ValueError("host")
    if scheme in ("mailto", "tel") and not parts.path:
        raise ValueError("empty")
    return scheme + url[len(parts.scheme) :]


def local_base_url_problem(url):
    """Why ``url`` (a base URL such as ``web.base.url``) cannot be reached from
    another device, or ``""``: no scheme, a loopback or unspecified host, port 0."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "no http(s) scheme"
    host = parts.hostname.lower()
    if host == "localhost" or host.endswith(".localhost"):
        return "localhost"
    if host.startswith("127.") or host in ("::1", "0.0.0.0", "::"):
        return "loopback address"
    try:
        if parts.port == 0:
            return "port 0"
    except ValueError:
        return "invalid port"
    return ""
