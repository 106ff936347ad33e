"""The text of a scanned business card, read into Contact fields. Pure functions,
no ORM, no OCR: ``parse_card_text`` takes the text the OCR gave (one line of the
card per line) and answers a card dict shaped as ``vcard.parse_card``'s, plus a
``confidence`` between 0 and 1 for each field it filled.

A card has no field names, so each line is recognised by its shape: e-mails,
web addresses and phone numbers by pattern (phones through ``phonenumbers``'
matcher, in the user's region), the address by its street and postcode lines,
and the remaining lines by cues: a job title word, a company's legal form or its
e-mail domain, a person's name that matches the e-mail address.
"""

import re
import unicodedata

import phonenumbers

from .card_text_data import (
    CELL_WORDS as _CELL_WORDS,
)
from .card_text_data import (
    COMMON_TLDS as _COMMON_TLDS,
)
from .card_text_data import (
    COMPANY_FORMS as _COMPANY_FORMS,
)
from .card_text_data import (
    COMPANY_WORDS as _COMPANY_WORDS,
)
from .card_text_data import (
    FAX_WORDS as _FAX_WORDS,
)
from .card_text_data import (
    FREE_MAIL as _FREE_MAIL,
)
from .card_text_data import (
    OTHER_WORDS as _OTHER_WORDS,
)
from .card_text_data import (
    STREET_WORDS as _STREET_WORDS,
)
from .card_text_data import (
    TITLE_ENDINGS as _TITLE_ENDINGS,
)
from .card_text_data import (
    TITLE_WORDS as _TITLE_WORDS,
)
from .card_text_data import (
    WORK_WORDS as _WORK_WORDS,
)
from .country_names import country_codes
from .country_names import fold as country_fold
from .person_name import NAME_PARTICLES
from .vcard import _new_card

# below this, the review form asks the user to check the field
LOW_CONFIDENCE = 0.7

_EMAIL = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*)\s?(?:@|\(at\)|\[at\])\s?"
    r"((?:[A-Za-z0-9-]+\s?\.\s?)+[A-Za-z]{2,24})\b"
)
_STRICT_EMAIL = re.compile(r"^[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,24}$")
_URL = re.compile(
    r"(?<![\w@.-])((?:https?://)?(?:www\d?\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}"
    r"(?:/[^\s,;]*)?)(?![\w@-])"
)


def _any(*words, single=True):
    """A regular expression for any of ``words``; with ``single=False``, not the
    one-letter ones (``t``, ``e``: words of a name or company too)."""
    return "|".join(
        word for group in words for word in group if single or len(word) > 1
    )


# "Tel.:", "E-mail:", "M " before a number, "Tél." (the line folded, see ``_unaccent``)
_LABEL = re.compile(
    rf"^\s*(?:{_any(_OTHER_WORDS, _FAX_WORDS, _CELL_WORDS, _WORK_WORDS)}|c)"
    r"(?:\s*[.:|/-]\s*|\s+(?=[+(\d]))",
    re.IGNORECASE,
)
_PHONE_LABELS = (
    ("fax", re.compile(rf"\b(?:{_any(_FAX_WORDS)})\b\s*[.:|]?", re.IGNORECASE)),
    ("cell", re.compile(rf"\b(?:{_any(_CELL_WORDS)})\b\s*[.:|]?", re.IGNORECASE)),
    ("work", re.compile(rf"\b(?:{_any(_WORK_WORDS)})\b\s*[.:|]?", re.IGNORECASE)),
)
_STREET = re.compile(
    rf"(?:^|\s)(?:\d+[A-Za-z]?[,\s]+(?:[\w'.-]+\s+){{0,4}}(?:{_STREET_WORDS})\b"
    rf"|(?:{_STREET_WORDS})\b\.?\s+[\w'.-]+(?:\s+[\w'.-]+){{0,4}},?\s+\d+[A-Za-z]?\b"
    rf"|\b(?:[\w'-]+)(?:straße|strasse|str\.|weg|platz|gasse|straat|laan)\s+\d+)",
    re.IGNORECASE,
)
# "75002 Paris", "B-1000 Brussels", "SW1A 1AA London", "Springfield, IL 62701"
_ZIP_CITY = re.compile(
    r"^(?:(?P<zip>(?:[A-Z]{1,2}-)?\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\s+"
    r"(?P<city>[^\d,]{2,40})"
    r"|(?P<city2>[^\d,]{2,40}),?\s+(?P<zip2>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
    r"|(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?))$"
)


def _form_pattern(form):
    # letters with optional dots and spaces between them; OCR reads o as 0
    letters = [r"[o0]" if letter == "o" else re.escape(letter) for letter in form]
    return r"\.?\s?".join(letters) + r"\.?"


_COMPANY_FORM = re.compile(
    r"(?<=\w)[\s,&]+(?:"
    + "|".join(_form_pattern(form) for form in sorted(_COMPANY_FORMS, key=len)[::-1])
    + r")\s*$",
    re.IGNORECASE,
)
# letters that Unicode does not split into a base letter and an accent
_UNSPLIT = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"}
    | {"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
)


def _fold(text):
    """Lower-case ASCII letters and digits of ``text``, for comparisons."""
    text = unicodedata.normalize("NFKD", text.translate(_UNSPLIT))
    text = text.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _words(line):
    return [word.strip(".,;:()|") for word in line.split()]


def _join_address_parts(line):
    """OCR puts spaces around the dots of addresses: ``jane. doe@acme. com``,
    ``www .acme- labs.com``. Closed up on lines that have an e-mail or web
    address."""
    if not re.search(r"@|\bw{3,}\b|https?:", line, re.IGNORECASE):
        return line
    line = re.sub(r"\bw{4,}\.", "www.", line, flags=re.IGNORECASE)
    line = re.sub(r"(?<=\w)\s*([.@-])\s+(?=\w)", r"\1", line)
    line = re.sub(r"(?<=\w)\s+([.@])(?=\w)", r"\1", line)
    # "www acme com": a web address alone on its line, dots read as spaces
    return re.sub(
        r"^(www)[\s.]+([a-z0-9-]+(?:[\s.][a-z0-9-]+)*?)\s+([a-z]{2,6})$",
        lambda m: ".".join([m[1], *m[2].split(), m[3]]).replace("..", "."),
        line,
        flags=re.IGNORECASE,
    )


def _fix_top_level_domain(line):
    """``www.acme.i0``: a top-level domain has no digits, OCR read o as 0."""
    return re.sub(
        r"(?<=[A-Za-z0-9-]\.)([A-Za-z]?[01][A-Za-z01]?)(?=$|[\s/,;])",
        lambda m: (
            m[1].replace("0", "o").replace("1", "l")
            if re.search(r"[A-Za-z]", m[1])
            else m[1]
        ),
        line,
    )


def _clean_lines(text):
    """``(lines, origins)``: the card's lines, blanks and OCR noise (no two
    letters or digits) dropped, and the line of ``text`` each comes from."""
    lines, origins = [], []
    for raw in (text or "").splitlines():
        line = re.sub(r"\s+", " ", raw.replace("|", " ")).strip(" \t-–—•·*_=~")
        line = _join_address_parts(line)
        if re.search(r"@|\bwww\.|https?:", line, re.IGNORECASE):
            line = _fix_top_level_domain(line)
        if len(re.findall(r"\w", line)) >= 2:
            lines.append(line)
            origins.append(raw.strip())
    return lines, origins


def _unaccent(text):
    """``text`` without accents, the same length (for labels such as ``Tél.``)."""
    return "".join(
        unicodedata.normalize("NFKD", char)[0] if char.isalpha() else char
        for char in text
    )


def _strip_label(line):
    match = _LABEL.match(_unaccent(line))
    return line[match.end() :].strip() if match else line.strip()


# what is left of a contact line once its e-mail, address or number is taken
_LABEL_WORDS = _any(_OTHER_WORDS, _FAX_WORDS, _CELL_WORDS, _WORK_WORDS, single=False)
_LEFTOVER = re.compile(
    rf"(?<!\w)(?:{_LABEL_WORDS})"
    r"(?!\w)\s*[.:]?"
    r"|(?<!\w)[tmpfowedc]\s*[.:](?!\w)|^\s*[tmpfowedc](?!\w)|(?<!\w)[tmpfowedc]\s*$",
    re.IGNORECASE,
)


def _drop_labels(line):
    """``line`` without its contact labels (``Tél.``, ``E-mail:``, ``M``)."""
    spans = [match.span() for match in _LEFTOVER.finditer(_unaccent(line))]
    for start, end in reversed(spans):
        line = line[:start] + " " + line[end:]
    return line


def _cut(lines, used, index, spans):
    """Take the ``spans`` (start, end) out of line ``index``: what remains stays
    free for the name, title or company if it has letters, else the line is
    used."""
    line = lines[index]
    for start, end in sorted(spans, reverse=True):
        line = line[:start] + " " + line[end:]
    rest = re.sub(r"\s+", " ", _drop_labels(line)).strip(" ,;:|/-–—•·")
    # a name, title or company, or a phone number sharing the line (``M 212... |
    # jen@...``), stays free for the fields read after
    if len(re.findall(r"[^\W\d_]", rest)) >= 3 or len(re.findall(r"\d", rest)) >= 6:
        lines[index] = rest
    else:
        used.add(index)


# a separator read right after an e-mail address's top-level domain, before a web
# address: "giulia@ferro.it·ferro.it" (OCR often reads the dot as a dash)
_GLUED_SEPARATOR = re.compile(
    r"(@[A-Za-z0-9.-]+?\.(?:" + "|".join(sorted(_COMMON_TLDS)) + r"))[-·•|]"
    r"(?=(?:www\.)?[A-Za-z0-9-]+\.[A-Za-z]{2,24}\b)"
)


def _find_emails(lines, used):
    emails = []
    for index in range(len(lines)):
        # same length: the spans found stay those of the line
        lines[index] = _GLUED_SEPARATOR.sub(r"\1 ", lines[index])
    for index, line in enumerate(lines):
        spans = []
        for match in _EMAIL.finditer(line):
            spans.append(match.span())
            local = match.group(1).strip(".")
            domain = re.sub(r"\s", "", match.group(2)).lower()
            sure = bool(_STRICT_EMAIL.match(f"{local}@{domain}")) and match.group(
                0
            ).count("@")
            before = line[: match.start()]
            if before and not before[-1].isspace() and before[-1] not in ":(<[":
                sure = False  # glued to something OCR read before it
            if re.fullmatch(r"[A-Z][a-z0-9._%+-]+", local):
                # printed in lower case: a capital is misread, or the "E" label
                # glued to it ("E lwrobel@..." read "Elwrobel@...")
                sure = False
                if local[0] == "E" and not before.strip():
                    local = local[1:]
            email = f"{local}@{domain}"
            if email.casefold() not in {e.casefold() for e, _c in emails}:
                emails.append((email, 0.95 if sure else 0.6))
        if spans:
            _cut(lines, used, index, spans)
    return emails


def _find_websites(lines, used, emails):
    email_domains = {email.split("@", 1)[1] for email, _c in emails}
    found = []
    for index, line in enumerate(lines):
        if index in used:
            continue
        spans = []
        for match in _URL.finditer(line):
            url = match.group(1).rstrip(".,;:")
            host = re.sub(r"^https?://", "", url, flags=re.IGNORECASE).split("/")[0]
            host = host.lower()
            tld = host.rsplit(".", 1)[-1]
            explicit = url.lower().startswith(("http://", "https://", "www"))
            if not explicit and (
                tld not in _COMMON_TLDS or re.fullmatch(r"[\d.]+", host)
            ):
                continue
            bare = re.sub(r"^www\d?\.", "", host)
            confidence = 0.95 if explicit else 0.75
            if bare in email_domains:
                confidence = min(1.0, confidence + 0.1)
            if not url.lower().startswith(("http://", "https://")):
                url = "https://" + url
            url = re.sub(r"^(https?://)([^/]+)", lambda m: m[1] + m[2].lower(), url)
            if url not in (u for u, _c in found):
                found.append((url, confidence))
            spans.append(match.span())
        if spans:
            _cut(lines, used, index, spans)
    return found


def _fix_digits(line):
    """OCR reads 0 as O and 1 as l or I inside numbers, and + as #."""
    line = re.sub(r"(?<![\w+])#(?=\d)", "+", line)
    line = re.sub(r"(?<=[\d\s()+-])[Oo](?=[\d\s()-])", "0", line)
    return re.sub(r"(?<=[\d\s()+-])[lI|](?=[\d\s()-])", "1", line)


def _phone_type(prefix):
    prefix = _unaccent(prefix)
    for kind, pattern in _PHONE_LABELS:
        if pattern.search(prefix):
            return kind
    return "work"


def _without_stray_digit(raw, region):
    """A phone icon read as a digit before a national number (``1051 606 4603``
    for ``051 606 4603``): the valid number without it, or None."""
    raw = raw.strip()
    if not raw[:1].isdigit() or not region:
        return None
    try:
        number = phonenumbers.parse(raw[1:], region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _find_phones(lines, used, region, sure=True):
    """``[(number, [type], confidence)]``: the numbers of the card, read as in
    ``region`` when they have no country code; a national number is to be
    checked unless the card itself says its country (``sure``)."""
    phones = []
    seen = set()
    for index, line in enumerate(lines):
        if index in used or len(re.findall(r"\d", line)) < 6:
            continue
        fixed = _fix_digits(line)
        matched = False
        spans = []
        for leniency, confidence in (
            (phonenumbers.Leniency.VALID, 0.9),
            (phonenumbers.Leniency.POSSIBLE, 0.55),
        ):
            for match in phonenumbers.PhoneNumberMatcher(
                fixed, region or "US", leniency=leniency
            ):
                number = match.number
                if leniency == phonenumbers.Leniency.POSSIBLE:
                    number = _without_stray_digit(match.raw_string, region) or number
                e164 = phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164
                )
                if e164 in seen:
                    continue
                seen.add(e164)
                prefix = fixed[: match.start].rsplit(",", 1)[-1][-14:]
                explicit = match.raw_string.lstrip().startswith(("+", "00"))
                phones.append(
                    (
                        phonenumbers.format_number(
                            number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                        ),
                        [_phone_type(prefix)],
                        confidence if explicit or (region and sure) else 0.6,
                    )
                )
                matched = True
                spans.append((match.start, match.end))
            if matched:
                break
        if spans:
            _cut(lines, used, index, spans)
    order = {"cell": 0, "work": 1, "fax": 2}
    phones.sort(key=lambda phone: order[phone[1][0]])
    return phones


def _find_address(lines, used, countries):
    """``(address, confidence)``: the street line, the postcode and city line (or
    a line with both, separated by a comma) and a line naming a country."""
    address = {}
    for index, line in enumerate(lines):
        if index in used:
            continue
        text = _strip_label(line)
        parts = [part.strip() for part in text.split(",")]
        for position, part in enumerate(parts):
            rest = ", ".join(parts[position:])
            zip_city = _ZIP_CITY.match(rest) or _ZIP_CITY.match(part)
            if zip_city and "zip" not in address:
                city = zip_city["city"] or zip_city["city2"]
                zip_code = zip_city["zip"] or zip_city["zip2"]
                if (
                    city
                    and re.search(r"[A-Za-zÀ-ÿ]{2}", city)
                    and not _title_score(city)
                ):
                    state = re.match(r"^([A-Z]{2})\s+(\d.*)$", zip_code)
                    if state:
                        address["state"], zip_code = state.group(1), state.group(2)
                    address["zip"] = zip_code.strip()
                    address["city"] = city.strip(" .")
                    street = ", ".join(parts[:position]).strip()
                    if street and "street" not in address:
                        address["street"] = street
                    used.add(index)
                    break
            if _STREET.search(part) and "street" not in address:
                address["street"] = part.strip()
                used.add(index)
        if countries and index not in used:
            country = countries.get(_fold(text))
            if country:
                address["country"] = country
                used.add(index)
    if not address:
        return {}, 0.0
    complete = {"street", "zip", "city"} <= set(address)
    return address, 0.85 if complete else 0.55


def _is_name(line):
    words = _words(line)
    if not 2 <= len(words) <= 4 or re.search(r"[\d@/&]", line):
        return False
    letters = [word for word in words if word.lower() not in NAME_PARTICLES]
    if not letters:
        return False
    for word in letters:
        if not re.fullmatch(r"(?:[^\W\d_]|['’.-])+", word) or not word[0].isupper():
            return False
    lowered = {word.lower() for word in words}
    return not (
        lowered & _COMPANY_WORDS or _COMPANY_FORM.search(line) or _title_score(line)
    )


def _name_case(line):
    if line.isupper():
        return " ".join(
            word if word.lower() in NAME_PARTICLES else word.capitalize()
            for word in line.lower().split()
        )
    return line


def _email_names(emails):
    """Folded name parts of the e-mail addresses: ``jane.doe`` gives jane, doe."""
    parts = set()
    for email, _c in emails:
        local = email.split("@", 1)[0].lower()
        parts.update(part for part in re.split(r"[._+-]", local) if len(part) > 1)
        parts.add(_fold(local))
    return parts


def _domain_stems(emails, websites):
    stems = []
    for email, _c in emails:
        stems.append(email.split("@", 1)[1])
    for url, _c in websites:
        stems.append(re.sub(r"^https?://(www\d?\.)?", "", url).split("/")[0])
    result = []
    for host in stems:
        labels = host.lower().split(".")
        stem = labels[-2] if len(labels) >= 2 else labels[0]
        if stem in ("co", "com") and len(labels) >= 3:
            stem = labels[-3]
        if stem not in _FREE_MAIL and stem not in result:
            result.append(stem)
    return result


def _company_form(line):
    """The legal form at the end of a company line as it is written: ``o`` read
    as ``0`` (``sp. z 0.0.``), the last dot of a dotted form (``S.L``)."""
    match = _COMPANY_FORM.search(line)
    if not match:
        return line
    form = match.group().lstrip(" ,&")
    fixed = re.sub(r"(?<![^\s.])0(?=\.)", "o", form)
    # the spaces of a Polish or Czech form, which OCR drops after a dot
    fixed = re.sub(r"(?i)\b(sp|spol)\.\s*([zs])\s*(?=[ro]\.)", r"\1. \2 ", fixed)
    if (
        "." in fixed.rstrip()
        and not fixed.rstrip().endswith(".")
        and len(re.sub(r"[\W_]", "", fixed)) <= 4
    ):
        fixed = fixed.rstrip() + "."
    return line[: len(line) - len(form)] + fixed


def _company_score(line, stems):
    words = _words(line)
    lowered = [word.lower() for word in words]
    folded = _fold(line)
    score = 0.0
    if lowered and _COMPANY_FORM.search(line):
        score = 0.9
    elif set(lowered) & _COMPANY_WORDS:
        score = 0.7
    for stem in stems:
        stem_folded = _fold(stem)
        if (
            len(stem_folded) >= 3
            and folded
            and (stem_folded in folded or folded in stem_folded)
        ):
            score = max(score, 0.9) if score else 0.85
    return score


def _title_score(line):
    words = {_fold(part) for word in _words(line) for part in word.split("-")}
    if words & _TITLE_WORDS or any(
        word.endswith(_TITLE_ENDINGS) for word in words if len(word) > 9
    ):
        return 0.85
    return 0.0


def _name_score(line, index, email_parts):
    score = 0.55 if index == 0 else 0.5
    folded_words = [_fold(word) for word in _words(line)]
    hits = sum(1 for word in folded_words if word and word in email_parts)
    joined = "".join(folded_words)
    initials = folded_words[0][:1] + folded_words[-1] if folded_words else ""
    if hits >= 2 or joined in email_parts or initials in email_parts:
        score += 0.4
    elif hits == 1:
        score += 0.3
    return min(score, 0.95)


def _pick_people_lines(lines, used, emails, websites):
    """Name, job title and company among the lines nothing else took."""
    free = [(index, lines[index]) for index in range(len(lines)) if index not in used]
    email_parts = _email_names(emails)
    stems = _domain_stems(emails, websites)
    result = {}
    confidence = {}

    companies = sorted(
        (
            (_company_score(_strip_label(line), stems), -index, index)
            for index, line in free
            if not _title_score(line) or _company_score(line, stems) >= 0.85
        ),
        reverse=True,
    )
    taken = set()
    sources = {}
    if companies and companies[0][0] > 0:
        score, _neg, index = companies[0]
        result["company"] = _company_form(_strip_label(lines[index]))
        confidence["company"] = score
        taken.add(index)
        sources["company"] = index

    names = sorted(
        (
            (_name_score(line, position, email_parts), -index, index)
            for position, (index, line) in enumerate(free)
            if index not in taken and _is_name(line)
        ),
        reverse=True,
    )
    name_index = -1
    if names:
        score, _neg, name_index = names[0]
        index = name_index
        result["name"] = _name_case(lines[index])
        confidence["name"] = score
        taken.add(index)
        sources["name"] = index

    titles = [
        (index, line)
        for index, line in free
        if index not in taken and _title_score(line)
    ]
    if titles:
        # the title line closest after the name, else the first
        titles.sort(key=lambda item: (item[0] < name_index, abs(item[0] - name_index)))
        index, line = titles[0]
        result["title"] = line
        confidence["title"] = _title_score(line)
        taken.add(index)
        sources["title"] = index

    if "company" not in result and stems:
        # no line says it: the e-mail or web domain, to be checked
        result["company"] = stems[0].replace("-", " ").title()
        confidence["company"] = 0.4
    if "name" not in result:
        derived = _name_from_email(emails)
        if derived:
            result["name"] = derived
            confidence["name"] = 0.35
    leftover = [lines[i] for i, _line in free if i not in taken]
    return result, confidence, leftover, sources


def _name_from_email(emails):
    for email, _c in emails:
        local = email.split("@", 1)[0]
        parts = [part for part in re.split(r"[._-]", local) if part.isalpha()]
        if len(parts) >= 2:
            return " ".join(part.capitalize() for part in parts[:3])
    return ""


# country-code top-level domains that are not used as generic ones
_GENERIC_CCTLDS = frozenset({"co", "io", "me", "tv", "ai", "app", "cc", "ly", "eu"})


def _distance(first, second):
    """Levenshtein distance of two short strings."""
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (char != other),
                )
            )
        previous = current
    return previous[-1]


def _misread_domain(domain, hosts):
    """The web address's host that ``domain`` (of an e-mail address) is a
    misreading of (one or two letters off, dots and dashes aside), or None."""
    folded = _fold(domain)
    for host in hosts:
        other = _fold(host)
        if not re.search(r"\.[a-z]{2,24}$", host):
            continue
        if folded != other and len(other) >= 6 and _distance(folded, other) <= 2:
            return host
    return None


_BROKEN_EMAIL = re.compile(r"([\w.+-]+)\s?@\s?([\w.-]{4,})")


def _agree_domains(lines, used, emails, websites):
    """An e-mail address whose domain is a misreading of the card's web address
    takes the web address's (both to be checked); an address the OCR broke
    (``n.lombardi@studiolombaraint``) is mended the same way."""
    hosts = [
        re.sub(r"^https?://(?:www\d?\.)?", "", url).split("/")[0]
        for url, _c in websites
    ]
    for position, (email, _confidence) in enumerate(emails):
        local, domain = email.split("@", 1)
        host = _misread_domain(domain, hosts)
        if host:
            emails[position] = (f"{local}@{host}", LOW_CONFIDENCE - 0.1)
            websites[:] = [(url, min(c, LOW_CONFIDENCE - 0.1)) for url, c in websites]
    if emails:
        return
    for index, line in enumerate(lines):
        if index in used:
            continue
        match = _BROKEN_EMAIL.search(line)
        host = match and _misread_domain(match.group(2), hosts)
        if host:
            emails.append((f"{match.group(1)}@{host}", LOW_CONFIDENCE - 0.1))
            _cut(lines, used, index, [match.span()])
            return


def card_region(emails, websites):
    """The country of a card's national phone numbers, from the country domain of
    its web or e-mail address (``.it`` -> IT, ``.co.uk`` -> GB), or None."""
    hosts = [re.sub(r"^https?://", "", url).split("/")[0] for url, _c in websites]
    hosts += [email.split("@", 1)[1] for email, _c in emails]
    for host in hosts:
        tld = host.lower().rsplit(".", 1)[-1]
        if len(tld) != 2 or tld in _GENERIC_CCTLDS:
            continue
        code = "GB" if tld == "uk" else tld.upper()
        if code in phonenumbers.SUPPORTED_REGIONS:
            return code
    return None


# postcodes that only one country writes: "Springfield, IL 62701", "SW1A 1AA London",
# "50-067 Wrocław", "1012 AB Amsterdam", "Ottawa ON K1A 0B1"
_POSTCODE_COUNTRIES = (
    (
        re.compile(
            r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
            r"|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?$"
        ),
        "US",
    ),
    (re.compile(r"(?:^|\s)[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?:\s|,|$)"), "GB"),
    (re.compile(r"^\d{2}-\d{3}\s+[^\W\d]"), "PL"),
    (re.compile(r"^\d{4}\s?[A-Z]{2}\s+[^\W\d]"), "NL"),
    (re.compile(r"\b[A-Z]\d[A-Z]\s\d[A-Z]\d$"), "CA"),
)


def _country_line_region(lines, used):
    """The country of the card's address: a line naming it (alone, or last
    after a comma: ``75002 Paris, France``), else a postcode only it writes;
    as an ISO code, or None."""
    codes = country_codes()
    free = [line for index, line in enumerate(lines) if index not in used]
    for line in free:
        for part in (line, line.rsplit(",", 1)[-1]):
            key = country_fold(part)
            # "de", "can": a code or alias is too short to tell a country on a card
            if len(key) > 3 and key in codes:
                return codes[key]
    for line in free:
        for pattern, code in _POSTCODE_COUNTRIES:
            if pattern.search(line):
                return code
    return None


# a field read from a line the OCR was less sure of is to be checked
SURE_OCR = 0.85
# (name, title and company: by the line they were taken from)
_FIELD_VALUES = {
    "email": lambda card: [card["emails"][0][0]] if card["emails"] else [],
    "phone": lambda card: [
        next((number for number, types in card["phones"] if types != ["fax"]), "")
    ],
    "website": lambda card: [
        re.sub(r"^https?://(?:www\d?\.)?", "", card["urls"][0]) if card["urls"] else ""
    ],
    "address": lambda card: [
        card["addresses"][0][0].get(key, "") if card["addresses"] else ""
        for key in ("street", "zip", "city")
    ],
}


def _ocr_doubts(card, text, line_confidence):
    """Lower the confidence of the fields of ``card`` read from a line the OCR
    was unsure of (``line_confidence``: line of ``text`` to 0..1)."""
    raw = [
        (_fold(line), re.sub(r"\D", "", line), line_confidence.get(line.strip(), 1.0))
        for line in text.splitlines()
    ]
    confidence = card["confidence"]
    for field, values in _FIELD_VALUES.items():
        if field not in confidence:
            continue
        for value in values(card):
            key = re.sub(r"\D", "", value) if field == "phone" else _fold(value)
            if field == "phone":
                # the national digits: the country code may not be printed
                key = key[-8:]
            if not key:
                continue
            # the line that says it, with the least else on it
            sources = sorted(
                (len(digits if field == "phone" else folded), ocr)
                for folded, digits, ocr in raw
                if key in (digits if field == "phone" else folded)
            )
            if sources and sources[0][1] < SURE_OCR:
                confidence[field] = min(confidence[field], LOW_CONFIDENCE - 0.1)


def parse_card_text(text, region=None, countries=None, line_confidence=None):
    """A card dict (see ``vcard.parse_card``) read from the OCR ``text`` of a
    business card, with ``confidence``: field name to a number from 0 to 1
    (fields: name, title, company, email, phone, website, address), and
    ``lines``: the lines no field took. Numbers without a country code belong to
    the country of the card's web or e-mail domain (see ``card_region``), else to
    ``region`` (an ISO country code); ``countries`` maps folded country
    names (see ``_fold``) to what ``address["country"]`` should hold;
    ``line_confidence`` maps lines of ``text`` to how sure the OCR was of them
    (0 to 1): a field read from an unsure line is to be checked."""
    lines, origins = _clean_lines(text)
    used = set()
    card = dict(_new_card(), confidence={}, lines=[])
    confidence = card["confidence"]
    emails = _find_emails(lines, used)
    websites = _find_websites(lines, used, emails)
    _agree_domains(lines, used, emails, websites)
    card_country = _country_line_region(lines, used) or card_region(emails, websites)
    phones = _find_phones(lines, used, card_country or region, sure=bool(card_country))
    address, address_confidence = _find_address(lines, used, countries or {})
    if address and "country" not in address and card_country:
        # the country the card's own postcode or domain says (an ISO code)
        address["country"] = card_country
    people, people_confidence, leftover, sources = _pick_people_lines(
        lines, used, emails, websites
    )
    card["emails"] = [(email, ["work"]) for email, _c in emails]
    card["phones"] = [(number, types) for number, types, _c in phones]
    card["urls"] = [url for url, _c in websites]
    # the address on a business card is the company's
    card["addresses"] = [(address, ["work"])] if address else []
    card["name"] = people.get("name", "")
    card["title"] = people.get("title", "")
    card["company"] = people.get("company", "")
    card["lines"] = leftover
    if emails:
        confidence["email"] = emails[0][1]
    first_phone = next((p for p in phones if p[1] != ["fax"]), None)
    if first_phone:
        confidence["phone"] = first_phone[2]
    if websites:
        confidence["website"] = websites[0][1]
    if address:
        confidence["address"] = address_confidence
    confidence.update(people_confidence)
    if line_confidence:
        _ocr_doubts(card, text, line_confidence)
        for field, index in sources.items():
            if line_confidence.get(origins[index], 1.0) < SURE_OCR:
                confidence[field] = min(confidence[field], LOW_CONFIDENCE - 0.1)
    return card


def low_confidence_fields(card):
    """The fields of ``card`` the user should check, in a stable order."""
    return [
        field
        for field in (
            "name",
            "title",
            "company",
            "email",
            "phone",
            "website",
            "address",
        )
        if field in card["confidence"] and card["confidence"][field] < LOW_CONFIDENCE
    ]
