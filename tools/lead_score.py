"""Lead score: how promising a Lead from an Exchange looks, 0-100, with the reasons.

Pure functions (no ORM) so the rules can be tested directly; ``crm.lead`` stores the
score and shows the explanation on the form.
"""

# the large free-mail providers: an address there says nothing about a company
FREE_MAIL_DOMAINS = frozenset(
    {
        "aol.com",
        "gmail.com",
        "googlemail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "hotmail.com",
        "hotmail.fr",
        "hotmail.co.uk",
        "icloud.com",
        "laposte.net",
        "live.com",
        "mac.com",
        "mail.com",
        "mail.ru",
        "me.com",
        "msn.com",
        "orange.fr",
        "outlook.com",
        "proton.me",
        "protonmail.com",
        "qq.com",
        "skynet.be",
        "telenet.be",
        "web.de",
        "yahoo.com",
        "yahoo.fr",
        "yandex.ru",
        "zoho.com",
    }
)

COMPLETENESS_FIELDS = ("name", "email", "phone", "company", "job_title")
# (key, maximum points); the maxima add up to 100
RULES = (
    ("completeness", 30),
    ("valid_phone", 15),
    ("company_email", 20),
    ("message", 10),
    ("consent", 10),
    ("known_contact", 15),
)


def is_free_mail(email):
    """True when ``email`` (normalised) is at a free-mail provider."""
    domain = (email or "").rpartition("@")[2].lower()
    return domain in FREE_MAIL_DOMAINS


def score_lead(data):
    """Score a Lead from a dict with the keys ``name``, ``email`` (normalised),
    ``phone``, ``valid_phone`` (bool), ``company``, ``job_title``, ``message``,
    ``consent`` (bool) and ``known_contact`` (bool).

    Return ``(score, parts)`` where ``parts`` is a list of ``(key, points, maximum)``
    in the order of ``RULES``; ``score`` is the sum of the points.
    """
    filled = sum(1 for key in COMPLETENESS_FIELDS if (data.get(key) or "").strip())
    email = data.get("email") or ""
    if not email:
        email_points = 0
    elif is_free_mail(email):
        email_points = 5
    else:
        email_points = 20
    points = {
        "completeness": filled * 30 // len(COMPLETENESS_FIELDS),
        "valid_phone": 15 if data.get("valid_phone") else 0,
        "company_email": email_points,
        "message": 10 if (data.get("message") or "").strip() else 0,
        "consent": 10 if data.get("consent") else 0,
        "known_contact": 15 if data.get("known_contact") else 0,
    }
    parts = [(key, points[key], maximum) for key, maximum in RULES]
    return sum(points.values()), parts
