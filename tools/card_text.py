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

import functools
import gzip
import itertools
import re
import unicodedata
from pathlib import Path

import phonenumbers

from .card_text_data import (
    CELL_WORDS as _CELL_WORDS,
)
from .card_text_data import (
    CHAT_WORDS as _CHAT_WORDS,
)
from .card_text_data import (
    CJK_NOT_NAMES as _CJK_NOT_NAMES,
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
    DEPARTMENT_WORDS as _DEPARTMENT_WORDS,
)
from .card_text_data import (
    DOMAIN_FILLERS as _DOMAIN_FILLERS,
)
from .card_text_data import (
    FAX_WORDS as _FAX_WORDS,
)
from .card_text_data import (
    FIRST_FIRM_WORDS as _FIRST_FIRM_WORDS,
)
from .card_text_data import (
    FREE_MAIL as _FREE_MAIL,
)
from .card_text_data import (
    LINK_SERVICES as _LINK_SERVICES,
)
from .card_text_data import (
    MORE_TITLE_WORDS as _MORE_TITLE_WORDS,
)
from .card_text_data import (
    NOT_TITLES as _NOT_TITLES,
)
from .card_text_data import (
    ORG_UNIT_WORDS as _ORG_UNIT_WORDS,
)
from .card_text_data import (
    OTHER_WORDS as _OTHER_WORDS,
)
from .card_text_data import (
    RECEIPT_WORDS as _RECEIPT_WORDS,
)
from .card_text_data import (
    REGION_WORDS as _REGION_WORDS,
)
from .card_text_data import (
    SECTION_HEADINGS as _SECTION_HEADINGS,
)
from .card_text_data import (
    STREET_WORDS as _STREET_WORDS,
)
from .card_text_data import (
    TAGLINE_WORDS as _TAGLINE_WORDS,
)
from .card_text_data import (
    TITLE_ENDINGS as _TITLE_ENDINGS,
)
from .card_text_data import (
    TITLE_NOUNS as _TITLE_NOUNS,
)
from .card_text_data import (
    TITLE_WORDS as _TITLE_WORDS,
)
from .card_text_data import (
    TRADE_WORDS as _TRADE_WORDS,
)
from .card_text_data import (
    TURKISH_I_NAMES as _TURKISH_I_NAMES,
)
from .card_text_data import (
    TURKISH_TITLE_NOUNS as _TURKISH_TITLE_NOUNS,
)
from .card_text_data import (
    WORK_WORDS as _WORK_WORDS,
)
from .country_names import country_codes, fold
from .given_names import (
    common_phrase,
    common_word,
    everyday_abroad,
    given_names,
    has_given_name,
    listed_word,
    surnames,
)
from .person_name import NAME_PARTICLES
from .vcard import _new_card

# below this, the review form asks the user to check the field
LOW_CONFIDENCE = 0.7
# the confidence of a phone number no numbering plan knows, kept as printed
AS_PRINTED = 0.4

_EMAIL = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*)\s?(?:@|\(at\)|\[at\])\s?"
    r"((?:[A-Za-z0-9-]+\s?\.\s?)+[A-Za-z]{2,24})\b"
)
# the common top-level domains, as a regular expression's alternatives
_TLD_ALTERNATION = "|".join(sorted(_COMMON_TLDS))
# a social network's label before a handle ("IG @kevwalsh.ink")
_SOCIAL_LABELS = frozenset(
    ["ig", "insta", "instagram", "fb", "facebook", "twitter", "x", "tiktok", "tt"]
    + ["threads", "linkedin", "li", "yt", "youtube", "snapchat", "sc", "follow"]
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


# a letter of a legal form as printed: OCR reads o as 0; Turkish writes A.Ş.
_FORM_LETTERS = {"o": "[o0]", "s": "[sşŞ]", "i": "[iıİ]", "c": "[cç]"}


def _form_pattern(form):
    # letters with optional dots, commas and spaces between them (``Co.,Ltd.``)
    letters = [_FORM_LETTERS.get(letter, re.escape(letter)) for letter in form]
    return r"[.,]?\s?".join(letters) + r"\.?"


# the legal forms, the longest first; and those written with a slash (the
# Danish and Norwegian "A/S", "K/S", the Brazilian "S/A", "S/C"), no other
# ("Regional Manager S/E", "Foreman, U/G")
_FORMS = "|".join(
    [r"[AKS]/\s?[SAC]\.?"]
    + [_form_pattern(form) for form in sorted(_COMPANY_FORMS, key=len)[::-1]]
)
_COMPANY_FORM = re.compile(
    # "Auto Spa", "Day Spa": a spa, in title case; the Italian "SpA", "S.p.A.",
    # "SPA" is a legal form
    # a brand in quotes before it: Baseny Miejskie "Termy Jakuba" Sp. z o.o.
    rf"(?<=[\w.)\"”»])[\s,&]+(?!(?-i:Spa)\s*$)(?:{_FORMS})"
    # "B.S.C. (c)", "(L.L.C)": a note on the form after it; a German "UG
    # (haftungsbeschränkt)", its liability limited
    r"(?:\s*\((?:[\w.]{1,8}|haftungsbeschr[äa]nkt)\))?\s*$",
    re.IGNORECASE,
)

# a legal form inside a line, words after it ("SEL Logistics GmbH Hafenstraße
# 1"): as ``_COMPANY_FORM``, not at the line's end
_FORM_INSIDE = re.compile(rf"(?<=[\w.)\"”»])[\s,&]+(?:{_FORMS})(?=\s)", re.IGNORECASE)

# a legal form printed before the firm's name, as French, Indonesian, Polish,
# Russian and Indian cards do: "SARL Dubois & Fils", "PT. Maju Jaya", "CV.
# Sinar Abadi", "P.P.H.U. Kowalski", "OOO Romashka", "M/s. Sharma Traders"; in
# capitals, then the name. (A Vietnamese "CÔNG TY TNHH" is left to the firm's
# words: the OCR often loses its accents, and the brand in Latin letters is
# the better name.)
_LEADING_FORMS = (
    r"(?:SARL|SASU|SAS|EURL|SCI|SNC|SELARL|PT\.?|CV\.|UD\.|OOO|ZAO|OAO"
    r"|P\.?P\.?H\.?U\.?|P\.?H\.?U\.?|F\.?H\.?U\.?|M/[Ss]\.?)"
)
_LEADING_FORM = re.compile(rf"^{_LEADING_FORMS}\s+[\"«'„]?[^\W\d_]{{2,}}")
# a form glued to the name by its dot: "PT.CESCO OFFSHORE"
_GLUED_FORM = r"(?:PT|CV|UD)\.(?=[A-Z]{2})"
# the form alone, to take off
_LEADING_FORM_ONLY = re.compile(rf"^\s*(?:{_LEADING_FORMS}\s+|{_GLUED_FORM})")


def _strip_leading_form(line):
    """``line`` without the legal form printed before the firm's name ("PT.
    AALBORG INDUSTRI" → "AALBORG INDUSTRI", "PT.CESCO" → "CESCO")."""
    return _LEADING_FORM_ONLY.sub("", line, count=1)


# Indonesian degrees after a name and its comma, dotted: "Agus Salim, S.E."
# (Sarjana Ekonomi, no Societas Europaea), "S.Kom.", "S.T., M.T."; not a
# Spanish firm's "S.L.", "S.A.", "S.C."
_INDONESIAN_DEGREE = (
    r"(?:S\.\s?(?:E|T|H|Kom|Pd|Sos|Ked|Psi|Ag|Si|IP|Farm|Kep|Ak|Hum|Gz|Ikom)"
    r"|M\.\s?(?:M|T|Si|Kom|H|Pd|Hum|Kes|Ak|Sc|Ikom))\."
)
_INDONESIAN_DEGREES = re.compile(
    rf",\s*{_INDONESIAN_DEGREE}(?:\s*,\s*{_INDONESIAN_DEGREE})*\s*$"
)


def _legal_form(line):
    """Whether ``line`` prints a legal form: after the firm's name, or before it
    (``_LEADING_FORM``); not an Indonesian degree after a name."""
    degree = _INDONESIAN_DEGREES.search(line)
    if (
        degree
        # a person's name before it ("Siemens Energy, S.E." is a firm's)
        and has_given_name([fold(word) for word in _words(line[: degree.start()])])
        and not _legal_form(line[: degree.start()])
    ):
        return False
    return bool(
        _COMPANY_FORM.search(line)
        or _LEADING_FORM.match(line.strip())
        or re.match(_GLUED_FORM, line.strip())
    )


def _words(line):
    return [word.strip(".,;:()|") for word in line.split()]


# "PhD Candidate @ SecLab": a role at a place, words with capitals and no dot
# after the "@", not an address
_ROLE_AT = re.compile(
    r"[^@.]*[^\W\d_]\s+[^\W\d_]+\s+@\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*"
)


def _join_address_parts(line):
    """OCR puts spaces around the dots of addresses: ``jane. doe@acme. com``,
    ``www .acme- labs.com``. Closed up on lines that have an e-mail or web
    address."""
    # "6046872468www.gachet.org": a number and the web address, the space lost
    line = re.sub(r"(?<=\d{6})(?=www\.)", " ", line, flags=re.IGNORECASE)
    if not re.search(r"@|\bw{3,}\b|https?:", line, re.IGNORECASE) or _ROLE_AT.fullmatch(
        line
    ):
        return line
    line = re.sub(r"\bw{4,}\.", "www.", line, flags=re.IGNORECASE)
    line = re.sub(r"(?<=\w)\s*([.@])\s+(?=\w)", r"\1", line)
    # "acme- labs.com": a hyphen the OCR spaced after; not " - ", a separator
    # ("(37) 99101866 - mateusl227@hotmail.com")
    line = re.sub(r"(?<=\w)-\s+(?=\w)", "-", line)
    line = re.sub(r"(\S*?)(\w)\s+([.@])(?=\w)", _closed_up_before, line)
    # "www acme com": a web address alone on its line, dots read as spaces
    return re.sub(
        r"^(www)[\s.]+([a-z0-9-]+(?:[\s.][a-z0-9-]+)*?)\s+([a-z]{2,6})$",
        lambda m: ".".join([m[1], *m[2].split(), m[3]]).replace("..", "."),
        line,
        flags=re.IGNORECASE,
    )


def _social_label(word, before=""):
    """Whether ``word``, before " @", is a social network's label ("IG
    @kevwalsh.ink", "ig @...", "Instagram @..."); one that is a local part too
    only in capitals (not "li @fudan.edu.cn", an address the OCR spaced); not
    after an e-mail address's label."""
    return (
        fold(word) in _SOCIAL_LABELS
        # "li", "x": a local part too, a label in capitals only
        and (word.isupper() or fold(word) not in ("li", "x", "sc", "tt", "yt"))
        and not re.search(r"(?i)(?:e-?mail|\be)\s*:?\s*$", before)
    )


def _closed_up_before(match):
    """A space OCR put before the "." or "@" of an address taken out; not before
    a social handle after its network's label or a web address ("IG
    @kevwalsh.ink", "zoeadamsmua.com @zoeadamsmua")."""
    word, last, sign = match.groups()
    if sign == "@" and (
        _social_label(word + last, match.string[: match.start()])
        or re.search(r"\.([a-z]{2,6})$", (word + last).lower())
        and (word + last).lower().rsplit(".", 1)[1] in _COMMON_TLDS
    ):
        return match.group()
    return f"{word}{last}{sign}"


def _fix_top_level_domain(line):
    """``www.acme.i0``: a top-level domain has no digits, OCR read o as 0;
    ``http:/lacme.com``: the second slash read as a letter; ``tecsg.com sg``:
    the dot before a country's domain lost."""
    line = re.sub(r"(?i)\b(https?):/(?:[lI|](?=[a-z0-9])|(?=[a-z0-9]))", r"\1://", line)
    line = re.sub(
        r"(@[\w-]+(?:\.[\w-]+)*)\s(com|co|net|org|edu|gov|ac)\b", r"\1.\2", line
    )
    # "jane@acme,com", "jane@acme,co.in": the dot read as a comma
    line = re.sub(
        r"(@[\w-]+(?:\.[\w-]+)*),\s?(" + _TLD_ALTERNATION + r")\b(?!@)",
        r"\1.\2",
        line,
    )
    # "jane@acme.co m", "acme.co.u k": the ending's last letter set apart, at
    # the line's end (not "john@startup.co m: +57 ...", a mobile's label)
    line = re.sub(
        r"((?:@|\bwww\.)[\w-]+(?:\.[\w-]+)*\.)([a-z]{1,2}) ([a-z]{1,2})"
        r"(?=\s*(?:$|[|·•/,;]))",
        lambda m: (
            m[1] + m[2] + m[3]
            if (m[2] + m[3]).lower() in ("com", "net", "org", "edu", "gov")
            or (len(m[2]) == len(m[3]) == 1 and (m[2] + m[3]).lower() in _COMMON_TLDS)
            else m.group()
        ),
        line,
        flags=re.IGNORECASE,
    )
    # "acme.corn": the "m" of ".com" read as "rn"
    line = re.sub(r"(?i)((?:@|\bwww\.)[\w-]+(?:\.[\w-]+)*\.)corn\b", r"\1com", line)
    line = re.sub(
        r"(@[\w-]+(?:\.[\w-]+)*\.(?:com|co|net|org|edu|gov|ac))\s([a-z]{2})\b(?!\.)",
        r"\1.\2",
        line,
    )
    return re.sub(
        r"(?<=[A-Za-z0-9-]\.)([A-Za-z]?[01][A-Za-z01]?)(?=$|[\s/,;])",
        lambda m: (
            m[1].replace("0", "o").replace("1", "l")
            if re.search(r"[A-Za-z]", m[1])
            else m[1]
        ),
        line,
    )


# an e-mail label the OCR glued to the address ("Emailkevin@dyulc.co.kr",
# "E-mailsatoshi-t@tbrave.com", "E.Mail.plb6498@naver.com"): the label is
# capitalised, the address is not
_AT_SIGN = re.compile(
    r"(?<=[\w.+-])\s?[®©]\s?(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,})"
)
_GLUED_LABEL = re.compile(
    r"(?<!\S)(E[-.]?[Mm]ail|Mail|(?i:e-?mail)(?=-))[-:.]?\s?"
    r"(?=[a-z0-9][\w.+-]*(?:@|\.[a-z]{2,6}\b))"
)


def _printed_hosts(lines):
    """The hosts of the web addresses the card prints with ``www.`` or
    ``http``, without ``www.``."""
    return {
        match.group(1).lower()
        for line in lines
        for match in re.finditer(
            r"(?i)(?:https?://|\bwww\d?\.)(?:www\d?\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)",
            line,
        )
    }


def _split_first_letter(line):
    """``line`` with a word's first letter joined back where the OCR set it
    apart ("T RADERS" for "TRADERS", a wide letter-spaced capital): the two
    make an everyday word, the rest is no surname ("J MASON": an initial)."""

    def joined(match):
        word = fold(match[1] + match[2])
        if common_word(word) and fold(match[2]) not in surnames():
            return match[1] + match[2]
        return match.group()

    return re.sub(r"\b([A-Z]) ([A-Z]{4,})\b", joined, line)


# a wordmark printed letter-spaced, as the OCR reads it: capitals a space apart,
# four or more, the words two spaces or more apart ("S T U D I O  N I N E")
_LETTER_SPACED = re.compile(
    r"[^\W\d_](?: [^\W\d_]){3,}(?:\s{2,}[^\W\d_](?: [^\W\d_])+)*"
)


def _letter_spaced(line, stems=()):
    """``line`` with its letters joined where it is a wordmark or a name printed
    letter-spaced, read a letter at a time: its words where the OCR kept them
    apart ("S T U D I O  N I N E"), else the letters joined where they make a
    known word ("D E S I G N"), two known words ("S T U D I O N I N E" for
    "STUDIO NINE", "M A R I A S I L V A") or the name of the card's domain
    (``stems``: "A C M E" at acme.com); else as read."""
    stripped = line.strip()
    if not (_LETTER_SPACED.fullmatch(stripped) and stripped.replace(" ", "").isupper()):
        return line
    words = [word.replace(" ", "") for word in re.split(r"\s{2,}", stripped)]
    if len(words) > 1:
        return " ".join(words)
    joined = words[0]
    if _known_word(joined):
        return joined
    for cut in range(3, len(joined) - 2):
        if _known_word(joined[:cut]) and _known_word(joined[cut:]):
            return f"{joined[:cut]} {joined[cut:]}"
    if fold(joined) in stems:
        return joined
    return line


def _small_capitals(line):
    """``line`` in capitals where it is printed in small capitals that the OCR
    read as a mix of cases ("SHAWNDa PeERY", "BLUE RIDGe MaSSAGE"): a line of
    capitals but for a few letters, in words of five letters or more. Not an
    address (e-mail, web), which keeps its case."""
    if "@" in line or re.search(r"(?i)www\.|https?:", line):
        return line
    letters = re.findall(r"[^\W\d_]", line)
    upper = sum(char.isupper() for char in letters)
    if not letters or upper == len(letters) or upper < 0.75 * len(letters):
        return line
    mixed = [
        word
        for word in re.findall(r"[^\W\d_]+", line)
        if not word.isupper() and not word.islower()
    ]
    if not mixed or any(len(word) < 5 or word.istitle() for word in mixed):
        return line
    return line.upper()


def _known_word(text):
    """Whether ``text`` (three letters or more) is a given name, a surname, an
    everyday word or a firm's word."""
    folded = fold(text)
    return len(folded) >= 3 and (
        has_given_name([folded])
        or folded in surnames()
        or common_word(folded)
        or folded in _COMPANY_WORDS
    )


def _capitals_with_small_l(line):
    """``line`` in capitals where its only small letters are l's ("JOHN SMlTH",
    "lBRAHIM KHALIL", "ERIC LlM"): a capital I, which a plain font draws as a
    small l, unless only an L makes a name or a word ("PAUlA"). Not an
    address, which keeps its case."""
    if "@" in line or re.search(r"(?i)www\.|https?:", line):
        return line
    letters = re.findall(r"[^\W\d_]", line)
    small = [letter for letter in letters if not letter.isupper()]
    if not small or set(small) != {"l"} or len(letters) - len(small) < 3:
        return line

    def capital(match):
        word = match.group()
        if word == "l" * len(word):
            return word
        as_i, as_l = word.replace("l", "I"), word.replace("l", "L")
        return as_l if _known_word(as_l) and not _known_word(as_i) else as_i

    return re.sub(r"[^\W\d_]+", capital, line)


# "CONTACTO: CRISTIAN DAVID OSORIO": the label before the person to ask for,
# left out (not before a number or an address); and "Designation: C.E.O",
# "Name: ...", the labels of a staff card's fields
_PERSON_FIELD_LABEL = re.compile(
    r"(?i)^(?:contact(?:o|ato)?|kontakt|contact person|ansprechpartner"
    r"|designation|position|job title|cargo|fun[cç][aã]o|fonction|funktion"
    r"|name|nombre|nome)\s*:\s*"
    r"(?=[^\W\d_][^\d@]*$)"
)


# "Company: Northwind Trading", "Empresa: ...": the label of the firm's field
# on a staff card, left out (not before a number or an address)
_COMPANY_FIELD_LABEL = re.compile(
    r"(?i)^(?:company|company name|firma|empresa|soci[eé]t[eé]|azienda|[sş]irket"
    r"|organi[sz]ation|unternehmen)\s*:\s*"
    r"(?=[^\W\d_][^@]*$)"
)


def _misread_label(line):
    """``line`` without a short label the OCR misread before a person's name
    ("lame: Henri Sutinen" for "Name:"): the rest begins with a given name and
    has a name's shape; a label it knows is ``_PERSON_FIELD_LABEL``'s."""
    found = re.fullmatch(r"\s*([^\W\d_]{3,6})\s*:\s*([^\W\d_][^\d@:,]*)", line)
    if (
        found
        and _given_first(found[2])
        and _is_name(found[2])
        # "Owner: Maria Lopez", "Chef: Ana Ruiz": a role before the name, kept
        and not _title_score(found[1])
    ):
        return found[2]
    return line


# a small l before a consonant no word begins with after an l ("lnformatique",
# "lmport", "lsland"): the capital I the OCR misread, at a word's start or after
# a hyphen ("iTi-lnformatique")
_SMALL_L_FOR_I = re.compile(r"(?<![\w.@/])l([nmrsv][a-z]{2,})\b(?![.@][a-z])")


def _small_l_for_i(found):
    """The word of ``found`` (``_SMALL_L_FOR_I``) with its capital I, when that
    spells a word ("lnternational", "lmport") or ends a name after a hyphen
    ("iTi-lnformatique"); else as printed ("lvlup", a handle's "lmartin", the
    Polish "lniane")."""
    word = "i" + found[1]
    after_hyphen = found.string[found.start() - 1 : found.start()] == "-"
    if after_hyphen or common_word(word) or word in _COMPANY_WORDS | _TRADE_WORDS:
        return "I" + found[1]
    return found[0]


def _capital_i(line):
    """``line`` with the capital I that begins a name read as a small l put
    back ("lan Goldsmith" for "Ian Goldsmith", "lsabel Ruiz"): the first word
    a given name with an I, the others capitalised; and the I that begins any
    word where a small l cannot ("iTi-lnformatique", "lnternational")."""
    if "@" not in line and not re.search(r"(?i)www\.|https?:", line):
        line = _SMALL_L_FOR_I.sub(_small_l_for_i, line)
    words = line.split()
    if not (
        2 <= len(words) <= 4
        and re.fullmatch(r"l[a-z]{2,}", words[0])
        and all(re.match(r"[^\W\d_]", word) and word[0].isupper() for word in words[1:])
    ):
        return line
    mended = "I" + words[0][1:]
    # a name printed with a small first letter, its other words capitalised, is
    # a capital the OCR misread
    if has_given_name([fold(mended)]):
        return " ".join([mended, *words[1:]])
    return line


def _firm_word_first(folded):
    """Whether the ``folded`` words of a line begin with a word that begins a
    firm's name in its language, then more ("Banco do Brasil", "Caisse
    d'Epargne"; not "Marites Banco", a surname, nor "Banque" alone)."""
    return len(folded) >= 2 and folded[0] in _FIRST_FIRM_WORDS


def _names_a_firm(text):
    """Whether ``text`` says it is a firm's name: a legal form, a word of firms
    or trades ("Meyer Werft GmbH & Co. KG", "Huber Spedition", "Garnier
    Logistique")."""
    folded = [fold(word) for word in _words(text)]
    words = set(folded)
    return bool(
        _legal_form(text)
        or words & (_COMPANY_WORDS | _TRADE_WORDS)
        or _firm_word_first(folded)
        or any(map(_firm_compound, words))
    )


def _parts_of_lines(text):
    """``(raw line, part)`` for each line of ``text``: the whole line, or a
    person's name and what a bar sets apart after it, as two ("Guillermo Pérez |
    The Bulliam": the name and the firm on one line), or what else follows the
    name on its line (whose child, the family firm, a nickname, a
    registration): see ``_LINE_PARTS``."""
    for raw in (text or "").splitlines():
        parts = next(filter(None, (apart(raw) for apart in _LINE_PARTS)), (raw,))
        for part in parts:
            yield raw, part


def _child_of_apart(raw):
    """ "Raj Kumar S/o Sh. Om Prakash": the name, then whose son (or daughter,
    or wife) the person is, as Indian cards print it; kept apart, with the
    card's other lines."""
    child = re.fullmatch(r"\s*(.+?)\s+([SDW]/[Oo]\.?\s+\S.*?)\s*", raw)
    if child and _is_name(child[1]):
        return child[1], child[2]
    return None


def _family_firm_apart(raw):
    """ "Ralf Meyer Meyer Werft GmbH & Co. KG": the name and the firm named
    after the family, two columns the OCR read as one line."""
    merged = re.fullmatch(
        r"\s*([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\s+([A-Z][^\W\d_]+)\s+"
        r"(([A-Z][^\W\d_]+)\s+\S.*?)\s*",
        raw,
    )
    if (
        merged
        and fold(merged[2]) == fold(merged[4])
        and has_given_name([fold(merged[1].split("-")[0])])
        and not re.search(r"[@\d]|\s[|–—-]\s", merged[3])
        # a firm's name after it, not more of the name ("Juan Pérez Pérez -
        # Abogado", "Ahmed Mohamed Mohamed Ali": a surname twice)
        and _names_a_firm(merged[3])
    ):
        return f"{merged[1]} {merged[2]}", merged[3]
    return None


def _handle_apart(raw):
    """ "Patrick Thumeyer / patrickthumeyer": a name and its handle, the same
    letters twice; the name is the line."""
    handle = re.fullmatch(r"\s*(.+?)\s+[|/]\s+@?([\w.-]+)\s*", raw)
    if (
        handle
        and len(handle[2]) > 5
        and re.sub(r"\W|_", "", fold(handle[1])) == re.sub(r"\W|_", "", fold(handle[2]))
    ):
        return (handle[1],)
    return None


def _quoted_nickname_apart(raw):
    """'Robert "Bob" Smith': the name, and the nickname the person goes by
    between its parts, kept apart (with the card's other lines)."""
    quoted = re.fullmatch(
        r"\s*([A-Z][^\W\d_]+)\s+([\"“”'‘’][A-Z][a-z]{1,14}[\"“”'‘’])\s+(.+?)\s*",
        raw,
    )
    if quoted and _is_name(f"{quoted[1]} {quoted[3]}"):
        return f"{quoted[1]} {quoted[3]}", quoted[2]
    return None


def _social_handle_apart(raw):
    """ "John Smith @jsmith": a name and the person's handle, kept apart (with
    the card's other lines)."""
    social = re.fullmatch(r"\s*(.+?)\s+(@[A-Za-z0-9_.]{2,30})\s*", raw)
    if (
        social
        and not social[2].endswith(".")
        # "@acme.com": an e-mail address's domain, no handle
        and not re.search(r"\.[A-Za-z]{2,6}$", social[2])
        and _is_name(social[1])
    ):
        return social[1], social[2]
    return None


def _bracketed_nickname_apart(raw):
    """ "Teerasej Jiraphatchandej (Pon)": a name and the nickname the person
    goes by, kept apart (with the card's other lines)."""
    nickname = re.fullmatch(r"\s*(.+?)\s+(\([A-Z][a-z]{1,14}\))\s*", raw)
    if (
        nickname
        # not a degree's subject ("Wanda Drury, M.A. (English)")
        and re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['’ -])*", nickname[1])
        and _is_name(nickname[1])
        and not _title_score(nickname[2].strip("()"))
    ):
        return nickname[1], nickname[2]
    return None


def _registration_number_apart(raw):
    """ "Advogada - OAB/RJ 145.872", "Odontólogo · Nº Col. 28004512": the role,
    then the number of the bar or the chamber the person is registered with
    (or a number to call), each a line of its own."""
    registered = re.fullmatch(
        r"\s*([^\d|]+?)\s+[-–·]\s+((?:[A-Z]{2,6}(?:[/-][A-Z]{2})?|N[º°o]\.?"
        r"(?:\s*[A-Z][a-z]{1,3}\.)?)\s*\d[\d.\-/ ]{3,})\s*",
        raw,
    )
    if registered and _title_score(registered[1]) >= 0.85:
        return registered[1], registered[2]
    return None


def _name_and_barred_apart(raw):
    """ "Guillermo Pérez | The Bulliam": a person's name and what a bar sets
    apart after it."""
    match = re.fullmatch(r"\s*([^|]+?)\s+\|\s+([^|]+?)\s*", raw)
    if (
        match
        and _is_name(match[1])
        and not _is_name(match[2])
        and not re.search(r"[\d@]", match[2])
    ):
        return match[1], match[2]
    return None


# how a line may print a name (or a role) and more, in the order they are tried:
# each gives the line's parts, or None
_LINE_PARTS = (
    _child_of_apart,
    _family_firm_apart,
    _handle_apart,
    _quoted_nickname_apart,
    _social_handle_apart,
    _bracketed_nickname_apart,
    _registration_number_apart,
    _name_and_barred_apart,
)


def _clean_lines(text):
    """``(lines, origins)``: the card's lines, blanks and OCR noise (no two
    letters or digits) dropped, and the line of ``text`` each comes from."""
    lines, origins = [], []
    # the names of the e-mail and web domains, for a wordmark read a letter at
    # a time
    stems = {
        fold(stem)
        for stem in re.findall(r"(?i)(?:@|\bwww\.|//)([a-z0-9-]+)\.", text or "")
    }
    for raw, part in _parts_of_lines(text):
        # "(973)·462·8589": a middle dot between a number's digits parts them
        line = re.sub(r"(?<=[\d)])[·•](?=\d)", ".", _letter_spaced(part, stems))
        # "<title>Web Engineer</title>": a card printed as markup, the text
        # between its tags (and a tag the card's edge cut: "SILS<")
        line = re.sub(r"</?[A-Za-z][\w:.-]*/?>|<\s*$", " ", line)
        # "<FULL STACK DEVELOPER/>": a line written as a tag of its own
        line = re.sub(r"^\s*<\s*([^<>]*[^\W\d_][^<>]*?)\s*/?\s*>\s*$", r"\1", line)
        # a bar between words parts items ("Web Developer | Graphic Designer",
        # "Dutch Flower Line B.V. | Aalsmeer"); any other is a border or a
        # misread letter
        # (and a social handle after a web address: "zoeadamsmua.com |
        # @zoeadamsmua")
        line = re.sub(
            r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.®™])) \| (?=[^\W\d_]|@\w)", "\x00", line
        )
        line = re.sub(r"\s+", " ", line.replace("|", " ")).strip(" \t-–—•·*_=~")
        line = line.replace("\x00", " | ")
        # "PMP ®": the mark belongs to the letters before it
        line = re.sub(r"(?<=\w)\s+(?=[®™])", "", line)
        if re.search(r"@[\w.-]*-$", part.rstrip()):
            # "john.smith@acme-" / "freight.com": the domain's own hyphen
            line += "-"
        # "Sciences,Social": the space after a comma the OCR dropped (not in
        # "Co.,Ltd.", printed so)
        line = re.sub(r"(?<=[^\W\d_]{2}),(?=[^\W\d_]{2})", ", ", line)
        # "MIS &Cash Transfer": the space after an "&" the OCR dropped
        line = re.sub(r"(?<= )&(?=[^\W\d_]{2})", "& ", line)
        if "@" not in line and not re.search(r"(?i)www\.|https?:", line):
            # "HEART" / "ofGOLD": a small word the OCR glued to the next word,
            # in capitals (not in an address)
            line = re.sub(
                r"(?<!\S)(of|and|the|de|du|da|del|von)(?=[A-Z]{2})", r"\1 ", line
            )
        line = _small_capitals(_capitals_with_small_l(line))
        line = _split_first_letter(line)
        line = _PERSON_FIELD_LABEL.sub("", line)
        line = _COMPANY_FIELD_LABEL.sub("", line)
        line = _misread_label(line)
        line = _capital_i(line)
        line = _GLUED_LABEL.sub(r"\1: ", line)
        # "jane@@acme.com": one "@" read twice
        line = re.sub(r"(?<=\w)@{2,}(?=\w)", "@", line)
        line = _misread_form(line)
        # "svienty®pv.com": OCR reads a small "@" as "®" or "©"
        line = _AT_SIGN.sub("@", line)
        line = _join_address_parts(line)
        if re.search(r"@|\bwww\.|https?:", line, re.IGNORECASE):
            # "Webwww.cabinet-fontaine.fr": the label glued to the address
            line = re.sub(
                r"(?i)\b(web|website|site|internet|url|homepage)(?=www\.)", r"\1 ", line
            )
            # "cutor@naver.comW.sorimmara.com": the web address glued after the
            # e-mail address, the first "ww" of its "www." lost
            line = _GLUED_WEB.sub(r"\1 www.", line)
            # "www.mic.gov.vn/www.aita.gov.vn": two web addresses
            line = re.sub(r"(?i)(?<=\w)\s?/\s?(?=www\.|https?:)", " ", line)
            line = _fix_top_level_domain(line)
        if len(re.findall(r"\w", line)) >= 2 and not _SCANNER_MARK.fullmatch(line):
            lines.append(line)
            origins.append(raw.strip())
    if _turkish_card(lines):
        lines = [_turkish_letters(line) for line in lines]
    return lines, origins


# the letters of Turkish alone, and a Turkish domain
_TURKISH_LETTERS = re.compile(r"[şŞğĞıİ]")
_TURKISH_DOMAIN = re.compile(r"(?i)[\w-]\.tr\b")
# a calling code: Turkey's, and any
# (not a local number's last digits: "(212) 555-0090")
_TURKISH_CODE = re.compile(r"(?:\+\s?|(?<![\w.)-])00)90\b")
_CALLING_CODE = re.compile(r"(?:\+\s?|(?<![\w.)-])00)([1-9]\d{0,2})\b")
# the letters of Azerbaijani and Romanian, whose cards write ş and ı too
_NOT_TURKISH_LETTERS = re.compile(r"[əƏăĂțȚșȘţŢ]")


def _turkish_card(lines):
    """Whether ``lines`` are a Turkish card's: a Turkish domain, Turkish letters
    on two lines, or Turkey's calling code and no other country's (not a Czech
    card with its Istanbul office's number, nor one naming a Turkish
    partner); not an Azerbaijani or a Romanian card (their calling codes or
    letters)."""
    if any(_TURKISH_DOMAIN.search(line) for line in lines):
        return True
    codes = {code for line in lines for code in _CALLING_CODE.findall(line)}
    if codes & {"994", "40"} or any(
        _NOT_TURKISH_LETTERS.search(line) for line in lines
    ):
        # an Azerbaijani or Romanian card ("Baş direktor", "Inginer Şef")
        return False
    if sum(1 for line in lines if _TURKISH_LETTERS.search(line)) >= 2:
        return True
    return any(_TURKISH_CODE.search(line) for line in lines) and codes <= {"90"}


# the Turkish letters the OCR reads as others' ("GÜNDOČAN", "ÇOLAKOĠLU",
# "TEKNÍK"): Turkish has no č, ġ nor í
_TURKISH_MISREAD = str.maketrans("ČčĠġÍí", "ĞğĞğİi")
# a word with a letter Turkish does not write, beside the misread ones: a
# Czech, Slovak, Croatian or Spanish name ("Tomáš Čermák", "María")
_FOREIGN_LETTER = re.compile(r"[^\x00-\x7fçÇşŞğĞıİöÖüÜâÂîÎûÛČčĠġÍí§]")


# a Turkish given name that begins with a dotted capital İ, folded, to its
# spelling
_TURKISH_SPELLING = {fold(name): name for name in _TURKISH_I_NAMES}


def _turkish_letters(line):
    """``line`` of a Turkish card with its Turkish letters the OCR misread put
    back, in a word that has no other language's: "DOČU$ TEKNÍK" → "DOĞUŞ
    TEKNİK", "Tic.A.$." → "Tic.A.Ş." (a dollar or section sign at a word's end after
    three letters, or in the legal form; not "US$", "CA$H"), "Ahmet ihsan" →
    "Ahmet İhsan" (a given name's dotted capital read small)."""
    words = []
    parts = line.split(" ")
    for place, word in enumerate(parts):
        if (
            re.fullmatch(r"i[a-zçğıöşü]{3,}", word)
            and place < len(parts) - 1
            and (place == 0 or parts[place - 1][:1].isupper())
            and parts[place + 1][:1].isupper()
            and fold(word) in _TURKISH_SPELLING
        ):
            # "Ahmet ihsan DAMA", "iskender DOČAN": the capital İ of a Turkish
            # given name the OCR read small, in a name (not "ibn", "ile",
            # "ivan", "ingrid")
            word = _TURKISH_SPELLING[fold(word)]
        if not _FOREIGN_LETTER.search(word):
            word = word.translate(_TURKISH_MISREAD)
            word = re.sub(
                r"(?<=[^\W\d_]{3})\$(?![^\W\d_]|\s?\d)|(?<=\bA\.)[$§](?=\.|$)"
                r"|(?<=LTD\.)\$(?=TI)|(?<=Ltd\.)\$(?=ti)|^\$(?=\.$)",
                lambda match, word=word: (
                    "ş" if word[match.start() - 1].islower() else "Ş"
                ),
                word,
            )
        words.append(word)
    return " ".join(words)


_TURKISH_WORDS = Path(__file__).resolve().parent / "data" / "turkish_words.txt.gz"
# a Turkish letter to the letter the OCR reads when it loses its mark
_BARE_TURKISH = str.maketrans("çğıöşüâîû", "cgiosuaiu")
_TURKISH_MARKED = frozenset("çğıöşüâîû")
# the short words put back whatever their case: work, its company's form
# (şirketi), foreign (trade), head
_TURKISH_SHORT = frozenset(["is", "sti", "dis", "bas"])
# "Tic. A.S.", "a.s.": a Turkish joint-stock company's form (Anonim Şirketi)
# without its cedilla, at the end of its legal name
_BARE_AS = re.compile(r"(?<![\w.])([Aa])\.(\s?)([Ss])(\.?)$")


@functools.cache
def _turkish_lexicon():
    """``(spellings, plain)``: the Turkish words of ``data/turkish_words.txt.gz``
    (written by ``scripts/build_turkish_words.py`` from wordfreq's Turkish list)
    that write a letter of Turkish's own, by their spelling without the marks
    (each far more frequent than any word spelled so without them), and the
    words without marks that are Turkish's more than English's. About 58,000
    words (9 MB), read once per process, when the first Turkish card is
    scanned."""
    words = gzip.decompress(_TURKISH_WORDS.read_bytes()).decode("utf-8").split()
    spellings = {
        word.translate(_BARE_TURKISH): word
        for word in words
        if word.translate(_BARE_TURKISH) != word
    }
    return spellings, frozenset(words) - set(spellings.values())


def _turkish_lower(word):
    """``word`` in small letters, its capital I and İ both as i (a capital I
    is either's in Turkish: the lexicon tells which)."""
    return "".join("i" if letter in "İI" else letter.lower() for letter in word)


def _turkish_upper(letter):
    return {"i": "İ", "ı": "I"}.get(letter, letter.upper())


def _turkish_kind(word, names):
    """How ``word`` (of a role or a firm's name on a Turkish card) reads:
    ``("tr", spelled)``, a Turkish word and its spelling with the marks the
    OCR lost (or None); ``("neutral", None)``, what any language prints (a
    number, an abbreviation "Tic.", an acronym "KTL", "CIS", "ve", a word of the
    person's name ``names``); ``("foreign", None)``, another language's word
    ("Design", "Operator", "Automotive")."""
    found = re.fullmatch(r"(\W*)([^\W\d_]{2,})(\W*)", word)
    if not found or _FOREIGN_LETTER.search(found[2]):
        return "neutral", None
    core, tail = found[2], found[3]
    lower = _turkish_lower(core)
    bare = lower.translate(_BARE_TURKISH)
    spellings, plain = _turkish_lexicon()
    if bare in names or bare == "ve":
        return "neutral", None
    if bare in _TURKISH_SHORT:
        return "tr", spellings.get(bare)
    if tail.startswith(".") and len(core) <= 5:
        # "Tic.", "Malz.", "Univ.": a word shortened
        return "neutral", None
    if len(core) <= 3 or (core.isupper() and len(core) <= 4):
        # "KTL", "CIS", "IC", "Api": initials, or too short to tell
        return "neutral", None
    if bare in spellings:
        if common_word(bare) and not set(lower) & _TURKISH_MARKED:
            # "Sure", "Operator", "Menu": an English word as much as a
            # Turkish one written without its marks; left as printed
            return "neutral", None
        return "tr", spellings[bare]
    if lower in plain or set(lower) & _TURKISH_MARKED or "İ" in core:
        return "tr", None
    return "foreign", None


def _turkish_word(word, spelled):
    """``word`` with the marks of ``spelled`` (the Turkish word it is) the OCR
    lost put back, in its case: a letter the OCR read with its mark keeps it,
    and must be the word's."""
    found = re.fullmatch(r"(\W*)([^\W\d_]{2,})(\W*)", word)
    head, core, tail = found.groups()
    lower = _turkish_lower(core)
    if len(spelled) != len(core) or any(
        (letter in _TURKISH_MARKED and letter != mark)
        # "YİLMAZ": the dot the OCR read on the İ is the word's
        or (printed == "İ" and mark == "ı")
        for letter, mark, printed in zip(lower, spelled, core, strict=True)
    ):
        return word
    lost = [
        bare != mark
        and mark in _TURKISH_MARKED
        and bare not in _TURKISH_MARKED
        # the capital I of a word in capitals is the dotless ı's too
        and not (letter == "I" and mark == "ı")
        for letter, bare, mark in zip(core, lower, spelled, strict=True)
    ]
    if not any(lost):
        return word
    letters = []
    for letter, mark, put_back in zip(core, spelled, lost, strict=True):
        if put_back:
            letter = _turkish_upper(mark) if letter.isupper() else mark
        elif letter == "I" and mark == "i":
            # and, in a word whose marks are put back, the dotted i's capital
            # is İ ("IS" → "İŞ", "STI." → "ŞTİ.")
            letter = "İ"
        letters.append(letter)
    return head + "".join(letters) + tail


def _turkish_name_word(word):
    """``word`` of a person's name on a Turkish card with the marks the OCR
    lost put back, where it read some ("M.Suat DEGIRMENCIOĞLU" →
    DEĞIRMENCIOĞLU: a miller's son): the word, or the word before its "oğlu"
    (son of), as Turkish spells it; a word read without any mark is left as
    printed ("Sansel SAGIR", "Kerem OGUZMAN": many print their names so)."""
    found = re.fullmatch(r"(.*?)([^\W\d_]{2,}?)((?i:oğlu)?)(\W*)", word)
    if not found or not re.search(r"[çğıöşüÇĞÖŞÜİ]", word):
        return word
    head, stem, son, tail = found.groups()
    lower = _turkish_lower(stem)
    spelled = _turkish_lexicon()[0].get(lower.translate(_BARE_TURKISH))
    if not spelled or (not son and len(stem) < 5):
        return word
    return head + _turkish_word(stem, spelled) + son + tail


def _turkish_spelled(text, name=""):
    """``text``, a role or a firm's legal name on a Turkish card, with the marks
    the OCR lost put back where all of it reads as Turkish ("YURTDIŞI IS
    GELİŞTİRME MÜDÜRÜ" → "İŞ", "Genel Müdür Yardimcisi" → "Yardımcısı",
    "KTL ULUSLARARASI TASIMACILIK VE TIC. A.S." → "TAŞIMACILIK … A.Ş."), each
    side of a slash apart; not where a word of another language is in it
    ("Customer Service Operator", "Boyle Engineering Group", "Direktor Sektor
    Automotive"), nor in a word of the person's ``name`` ("Celik Ventures"
    beside "Umut Celik")."""
    names = {_turkish_lower(word).translate(_BARE_TURKISH) for word in _words(name)}
    parts = re.split(r"(\s[/|]\s)", text)
    for place in range(0, len(parts), 2):
        words = parts[place].split(" ")
        kinds = [
            # "Boyle & Öztürk": partners' names; "IT / IS Müdürü": an acronym
            # in capitals, where the rest is not
            ("neutral", None)
            if "&" in words[max(0, index - 1) : index + 2]
            or (word.isupper() and len(word) <= 3 and not parts[place].isupper())
            else _turkish_kind(word, names)
            for index, word in enumerate(words)
        ]
        if any(kind == "foreign" for kind, _spelled in kinds) or not any(
            kind == "tr" for kind, _spelled in kinds
        ):
            continue
        part = " ".join(
            _turkish_word(word, spelled) if spelled else word
            for word, (_kind, spelled) in zip(words, kinds, strict=True)
        )
        parts[place] = _BARE_AS.sub(
            lambda found: (
                f"{found[1]}.{found[2]}{'Ş' if found[3] == 'S' else 'ş'}{found[4]}"
            ),
            part,
        )
    return "".join(parts)


# the mark a phone's scanning app prints on the scan ("Scanned with
# CamScanner"), or Windows on a screen it is not activated on ("Activate
# Windows", a screenshot of the card): nothing of the card's
_SCANNER_MARK = re.compile(
    r"(?i)(?:scanned\s+(?:with|by)\s*)?cam\s?scann?e?r?|scanned\s+(?:with|by)"
    r"|activate\s+windows|go\s+to\s+settings\s+to\s+activate\s+windows\.?"
    r"|windows\s+aktivieren|activer\s+windows|activar\s+windows"
)


_MISREAD_FORM = re.compile(
    r"(?:(?<=[^\W\d_]{2}[\s,])|(?<=[.,]\s))"
    r"(?P<before>(?:[Ss]\.\s?(?:[Aa]\.\s?)?[Rr]\.\s?)|)"
    r"(?P<l>[iI1|])(?P<after>\.|td\.?)\s*$"
)


def _misread_form(line):
    """A legal form whose "l" the OCR read as "i", "I" or "1" at the end of a
    company line ("Caffè Santoro S.r.i.", "Acme Itd."): the form as printed."""

    def mended(match):
        before, after = match["before"], match["after"]
        if bool(before) == after.startswith("td") or (not before and match["l"] == "i"):
            # "itd." is Polish for "etc."
            return match.group()
        upper = (before.replace(".", "").strip()[-1:] or "x").isupper() or not before
        return before + ("L" if upper else "l") + after

    return _MISREAD_FORM.sub(mended, line)


def _unaccent(text):
    """``text`` without accents, the same length (for labels such as ``Tél.``)."""
    return "".join(
        unicodedata.normalize("NFKD", char)[0] if char.isalpha() else char
        for char in text
    )


def _strip_label(line):
    if _LEADING_FORM.match(line.strip()):
        # "P.P.H.U. Kowalski", "M/s. Sharma Traders": a legal form, not the
        # labels "P." and "M/"
        return line.strip()
    if _SPACED_DEGREE.match(line.strip()):
        # "M. Tech Structures": a degree, no "M." (mobile) label
        return line.strip()
    match = _LABEL.match(_unaccent(line))
    return line[match.end() :].strip() if match else line.strip()


# what is left of a contact line once its e-mail, address or number is taken
_LABEL_WORDS = _any(_OTHER_WORDS, _FAX_WORDS, _CELL_WORDS, _WORK_WORDS, single=False)
_LEFTOVER = re.compile(
    rf"(?<!\w)(?:{_LABEL_WORDS})"
    # not the "www." of a web address
    r"(?!\w)(?!\.[^\W\d_])\s*[.:]?"
    r"|(?<!\w)[tmpfowedc]\s*[.:](?!\w)|^\s*[tmpfowedc](?!\w)|(?<!\w)[tmpfowedc]\s*$",
    re.IGNORECASE,
)


def _drop_labels(line):
    """``line`` without its contact labels (``Tél.``, ``E-mail:``, ``M``)."""
    spans = [match.span() for match in _LEFTOVER.finditer(_unaccent(line))]
    for start, end in reversed(spans):
        line = line[:start] + " " + line[end:]
    return line


# a place or a service, a colon, then its number ("Shop: 305-247-4077", "Service
# and Supplies: 888-456-6457"): a label, no name; a person's name before a colon
# ("Viren Shah : 94278...") is no label
_LABEL_BEFORE = re.compile(
    r"(?i)(?:^|[·•|,;/]|\s)\s*((?:[^\W\d_]{2,15}\s+){0,2}"
    r"(?:shop|store|showroom|studio|office|home|residence|factory|works|workshop"
    r"|godown|warehouse|service|services|supplies|sales|support|enquiry|enquiries"
    r"|bookings?|reservations|helpline|hotline|clinic|branch|main|direct|desk"
    # in more languages: "Servis:", "Yol Yardım:" (roadside help), "Büro:",
    # "Ufficio:", "Escritório:", "Notdienst:"
    r"|servis|yard[iı]m|acil|merkez|[sş]ube|fabrika|depo|b[uü]ro|bureau|atelier"
    r"|oficina|escrit[oó]rio|loja|negozio|ufficio|biuro|sklep|werkstatt|praxis"
    r"|kanzlei|notdienst|notfall|emergency|emergencia|urgences?|magasin))"
    r"\s*:\s*$"
)


# a word and a colon: a label alone (not "Viren Shah : 9427802464", a name)
_LABEL_ALONE = re.compile(r"\s*[^\W\d_]+\s?:\s*")


def _cut(lines, used, index, spans):
    """Take the ``spans`` (start, end) out of line ``index``: what remains stays
    free for the name, title or company if it has letters, else the line is
    used."""
    line = lines[index]
    for start, end in sorted(spans, reverse=True):
        # the word or words and a colon just before it label it ("Shop:
        # 305-247-4077", "Service and Supplies: 888-456-6457"): no name
        label = _LABEL_BEFORE.search(line[:start])
        start = label.start(1) if label else start
        if (
            _LABEL_ALONE.fullmatch(line[:start])
            and not line[end:].strip()
            # a web link's ("Book: booksy.com/..."), not a person's number or
            # address after their name ("Carlos: carlos@lacocina.mx")
            and re.search(r"[./]", line[start:end])
            and "@" not in line[start:end]
            and not has_given_name([fold(line[:start].strip(" :"))])
        ):
            # "Book: booksy.com/tylerbrooks": whatever word labels it, alone
            # before it
            start = 0
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
    r"(@[A-Za-z0-9.-]+?\.(?:" + _TLD_ALTERNATION + r"))[-·•|]"
    r"(?=(?:www\.)?[A-Za-z0-9-]+\.[A-Za-z]{2,24}\b)"
)


# a web address glued after an e-mail address, its "www." cut to "W.": the
# e-mail's domain ends at a common top-level domain
_GLUED_WEB = re.compile(
    r"(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*?\.(?:com|net|org|edu|gov|info|biz))"
    r"[Ww]{1,3}\.(?=[A-Za-z0-9-]+\.[A-Za-z]{2,24}\b)"
)
# two e-mail addresses read as one: "zahra@interglobe.aeIsales@interglobe.ae"
_GLUED_EMAILS = re.compile(
    r"(@[\w-]+(?:\.[\w-]+)*?\.(?:[a-z]{2}|com|net|org|info|biz))"
    r"(?:[-·•|/,;]|I(?=[a-z]))(?=[\w.+-]+@)"
)
# a label glued after an address's lower-case end: "stanford.eduWeb"
_GLUED_NEXT_LABEL = re.compile(
    r"\.[a-z]{2,6}((?:Web|Www|Tel|Fax|Mob|Phone|Site|Url|Cell|Blog)\.?)$"
)
# a character OCR reads for the "@" of an address: "ricknog39agmail.com"
_AT_MISREAD = "ao0©&Q"


def _misread_at(lines, used, names, hosts=frozenset()):
    """An e-mail address whose "@" OCR read as a letter (``ricknog39dgmail.com``,
    ``majdocompass-freight.net``), when what follows is a free mail provider's
    domain or one of the card's printed web ``hosts`` (whatever the letter), or
    what precedes it is a word of the card's name lines: ``(email, index,
    span)`` or None."""
    # the card's social handles: a web address that spells one is the site
    # ("zoeadamsmua.com | @zoeadamsmua"), no address with its "@" misread
    handles = {
        re.sub(r"[\W_]", "", handle.lower())
        for line in lines
        for handle in re.findall(r"(?<![\w.])@([\w.]{3,})", line)
    }
    for index, line in enumerate(lines):
        if index in used:
            continue
        for match in re.finditer(r"(?<![\w@./])[a-z0-9][\w.+-]*\.[a-z]{2,6}\b", line):
            token = match.group()
            if token.lower().startswith("www") or (
                re.sub(r"[\W_]", "", token.lower().rsplit(".", 1)[0]) in handles
            ):
                continue
            for position in range(2, len(token) - 4):
                local, domain = token[:position], token[position + 1 :]
                if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", domain):
                    continue
                stem = domain.split(".")[0]
                # a free mail provider's domain says where the "@" was, whatever
                # letter OCR read for it ("ricknog39dgmail.com"); else the "@"
                # must look like one of _AT_MISREAD, after a word of the name
                if stem in _MAIL_ONLY and len(domain.split(".")) == 2:
                    return f"{local}@{domain}", index, match.span()
                # the card's own web address says where the "@" was too
                # ("satoshi-totbrave.com" beside "www.tbrave.com")
                if domain.lower() in hosts:
                    return f"{local}@{domain}", index, match.span()
                if token[position] in _AT_MISREAD and fold(local) in names:
                    return f"{local}@{domain}", index, match.span()
    return None


# an e-mail address the OCR (or the card) broke over two lines: "john.smith@" /
# "acme.com", "john.smith@acme-" / "freight.com", "john.smith" / "@acme.com",
# "john.smith@acme" / ".com"
_EMAIL_HEAD = re.compile(
    r"(?:^|\s)([\w.+-]+@(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*[.-]?)?)$"
)
_EMAIL_TAIL = re.compile(
    r"^(?:\.[A-Za-z]{2,24}|[.-]?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})\b"
)
_LOCAL_HEAD = re.compile(r"^[a-z0-9][\w.+-]*$")
_DOMAIN_TAIL = re.compile(r"^@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")


# a domain's second half: "@", then a name that ends in a country's or a
# common top-level domain (not "@ivy.makes.pots", a handle)
_HANDLE_AT_DOMAIN = re.compile(r"@[\w.-]*\.(?:[a-z]{2}|" + _TLD_ALTERNATION + r")\b.*")


def _join_split_emails(lines, used):
    """Join the two halves of an e-mail address printed or read over two lines
    (see ``_EMAIL_HEAD``): the second half's line is used. Answers the indexes
    of the joined lines, whose address is to be checked."""
    joined = set()
    for index in range(len(lines) - 1):
        line, after = lines[index].rstrip(), index + 1
        if (
            line.endswith("@")
            and after + 1 < len(lines)
            and len(lines[after].strip()) <= 2
            and _free_mail_domain(lines[after + 1].strip())
        ):
            # "michigandeckfinishing@" / "CO" / "gmail.com": a mark the OCR
            # read between the halves is passed over
            after += 1
        following = lines[after].strip()
        if index in used or after in used or not following:
            continue
        head = _EMAIL_HEAD.search(line)
        if head and _EMAIL_TAIL.match(following):
            domain = head.group(1).split("@", 1)[1]
            if (
                domain
                and not domain.endswith((".", "-"))
                and not following.startswith((".", "-"))
            ):
                # a whole address (or one the OCR misread: "@studiolombaraint"),
                # then a web address on the next line
                continue
        elif not (
            _LOCAL_HEAD.match(line)
            and _DOMAIN_TAIL.match(following)
            # not a web address over a social handle ("www.studionord.de" /
            # "@studio.nord", an Instagram name with a dot)
            and not re.match(r"(?i)www\.", line)
            # nor one without its "www" over a handle of its letters
            # ("gretalindceramics.com" / "@gretalind.ceramics"; not "david.hu"
            # / "@maybank.com.my")
            and not (
                "." in line
                and line.rsplit(".", 1)[1].lower() in _COMMON_TLDS
                and (
                    re.sub(r"\W|_", "", following.split()[0].lower())
                    in (
                        re.sub(r"\W|_", "", line.rsplit(".", 1)[0].lower()),
                        # "anaruiz.es" / "@ana.ruiz.es": its ending too
                        re.sub(r"\W|_", "", line.lower()),
                    )
                    # or a handle that ends in no domain's ending at all
                    # ("ivynakamura.com" / "@ivy.makes.pots")
                    or not _HANDLE_AT_DOMAIN.fullmatch(following.lower())
                )
            )
        ):
            continue
        lines[index] = line + following
        lines[after] = ""
        used.add(after)
        joined.add(index)
    return joined


# the free mail services whose domain alone is never a card's web site; their
# names end no other word ("web", "free", "live" do): what precedes one of them
# is an e-mail address's local part and its "@"
_MAIL_ONLY = frozenset(
    ["gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "aol"]
    + ["icloud", "rediffmail", "protonmail"]
)


def _free_mail_domain(text, whole=False):
    """Whether ``text`` begins with (``whole``: is) a free mail service's domain
    alone ("gmail.com", "yahoo.co.in"): the end of an address, never a firm's
    web site."""
    match = re.fullmatch if whole else re.match
    found = match(r"(?i)(?:www\.)?([a-z]+)\.[a-z]{2,3}(?:\.[a-z]{2})?\b", text)
    return bool(found and found[1].lower() in _MAIL_ONLY)


def _cut_mail_domain(host):
    """Whether ``host`` is a free mail service's domain cut at its start
    ("ail.com" of "gmail.com", "otmail.com"): an e-mail address the OCR read
    only the end of."""
    found = re.fullmatch(r"([a-z]{3,})\.com", host)
    return bool(
        found
        and any(stem.endswith(found[1]) and stem != found[1] for stem in _MAIL_ONLY)
    )


_SPACED_LOCAL = re.compile(
    r"(?<=[A-Za-z0-9])\s([._][A-Za-z0-9][\w.+-]*\s?@[A-Za-z0-9-]+\.[A-Za-z])"
)


_BRACKET_AT = re.compile(
    r"(?<=[\w.])[(\[{)\]}]@(?=[A-Za-z0-9])|(?<=[\w.])@[(\[{)\]}](?=[A-Za-z0-9])"
)


def _find_emails(lines, used):
    emails = []
    # the lines whose address the OCR broke and this mended: to be checked
    unsure = _join_split_emails(lines, used)
    for index in range(len(lines)):
        # same length: the spans found stay those of the line
        lines[index] = _GLUED_SEPARATOR.sub(r"\1 ", lines[index])
        lines[index] = _GLUED_EMAILS.sub(r"\1 ", lines[index])
        # a space the OCR put before the "_" or "." of an address ("Michael
        # _Gard@ssmhc.com"): taken out, to be checked (the space moved to the end)
        unspaced = _SPACED_LOCAL.sub(r"\1", lines[index])
        # a bracket the OCR read beside the "@" ("natasha.acharya(@c4i4.org"):
        # of its curl, taken out, to be checked
        unspaced = _BRACKET_AT.sub("@", unspaced)
        if unspaced != lines[index]:
            lines[index] = unspaced.ljust(len(lines[index]))
            unsure.add(index)
    for index, line in enumerate(lines):
        spans = []
        for match in _EMAIL.finditer(line):
            start, end = match.span()
            # the label of the next address glued to the end ("coho@stanford.
            # eduWeb coho.stanford.edu"): left on the line
            glued = _GLUED_NEXT_LABEL.search(match.group(2))
            if glued:
                end -= len(glued.group(1))
            spans.append((start, end))
            local = match.group(1).strip(".")
            if (
                re.search(r"\s@", match.group(0))
                and (
                    _social_label(local, line[:start])
                    # "@ironrosetattoo @olliegrant.ink": a handle before the next
                    or line[start - 1 : start] == "@"
                )
            ):
                # "IG @kevwalsh.ink": a social network's label, then a handle
                # with a dot in it, no address
                spans.pop()
                continue
            domain = match.group(2)[: glued.start(1)] if glued else match.group(2)
            domain = re.sub(r"\s", "", domain).lower()
            sure = bool(_STRICT_EMAIL.match(f"{local}@{domain}")) and match.group(
                0
            ).count("@")
            before = line[: match.start()]
            if before and not before[-1].isspace() and before[-1] not in ":(<[":
                sure = False  # glued to something OCR read before it
            if index in unsure:
                sure = False  # joined from two lines, or a space taken out
            if re.fullmatch(r"[A-Z][a-z0-9._%+-]+", local):
                # printed in lower case: a capital is misread, or the "E" label
                # glued to it ("E lwrobel@..." read "Elwrobel@...")
                sure = False
                if local[0] == "E" and not before.strip():
                    local = local[1:].lstrip(".-")
            email = f"{local}@{domain}"
            if email.casefold() not in {e.casefold() for e, _c in emails}:
                emails.append((email, 0.95 if sure else 0.6))
        if spans:
            _cut(lines, used, index, spans)
    if not emails:
        names = {
            fold(word)
            for line in lines
            for word in line.split()[:1]
            if _is_name(line) and len(fold(word)) >= 3
        }
        misread = _misread_at(lines, used, names, _printed_hosts(lines))
        if not misread:
            misread = _ending_cut(lines, used)
        if misread:
            email, index, span = misread
            emails.append((email, 0.6))
            _cut(lines, used, index, [span])
    return emails


def _ending_cut(lines, used):
    """``(email, index, span)`` of an e-mail address whose domain's ending the
    photo or the OCR cut ("hello@danielgroves."), put back from the card's web
    address of that name ("danielgroves.net"); None if none."""
    for index, line in enumerate(lines):
        if index in used:
            continue
        for match in re.finditer(
            r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*)@([A-Za-z0-9-]{3,})\.?(?![\w.@-])", line
        ):
            name = re.escape(match[2].lower())
            for other, text in enumerate(lines):
                ending = re.search(
                    rf"(?i)(?<![\w@.-])(?:www\d?\.)?{name}\.([a-z]{{2,24}}(?:\.[a-z]{{2}})?)\b",
                    text,
                )
                if other != index and ending:
                    email = f"{match[1]}@{match[2].lower()}.{ending[1].lower()}"
                    return email, index, match.span()
    return None


# who made the card, before their own web address: "Designed By", "Printed by:"
_MAKER_CREDIT = re.compile(
    r"(?i)\b(?:designed|design|printed|print|powered|developed|created)\s*(?:by|:)"
    r"\s*:?\s*$"
)


def _dot_after_www(url):
    """``(url, mended)``: ``url`` with the dot after "www" the OCR lost put
    back ("wwwblisto.com"), and whether it was."""
    glued = re.match(r"(?i)((?:https?://)?)www(?=[a-z][a-z0-9-]{2,}\.[a-z])", url)
    if not glued:
        return url, False
    return f"{glued[1]}www.{url[glued.end() :]}", True


# "spgroup.com.sg", "hansung.co.kr": a host under a country's own second level
_NATIONAL_SECOND_LEVEL = re.compile(r"\.(?:com|co|org|net|gov|edu|ac|or|ne)\.[a-z]{2}$")


def _find_websites(lines, used, emails):
    email_domains = {email.split("@", 1)[1].lower() for email, _c in emails}
    # "ey.com" beside hang.nguyen@vn.ey.com: a mail server's parent domain too
    email_domains |= {
        domain.split(".", 1)[1]
        for domain in list(email_domains)
        if domain.count(".") >= 2 and not _NATIONAL_SECOND_LEVEL.search(domain)
    }
    # the names the e-mail addresses spell, their local parts and domains
    email_letters = {local.replace(".", "") for local in _email_locals(emails)}
    email_letters.update(_domain_stems(emails, []))
    found = []
    spaced = set()
    for index, line in enumerate(lines):
        if index in used:
            continue
        mended = _SPACED_WWW.sub(lambda match: re.sub(r"\s+", "", match[0]), line)
        if mended != line:
            # "www.swish classy travels.com": one address the OCR spaced
            spaced.update(
                match[0].lower().rstrip(".")
                for match in re.finditer(r"www\d?\.[\w.-]+", mended)
            )
            lines[index] = line = mended
        spans = []
        for match in _URL.finditer(line):
            if _MAKER_CREDIT.search(line[: match.start()]):
                # "Designed By www.webcomforts.com": the printer's or the
                # designer's site, not the card's (the line stays in the note)
                continue
            url = match.group(1).rstrip(".,;:")
            url, glued = _dot_after_www(url)
            printed = re.sub(r"^https?://", "", url, flags=re.IGNORECASE).split("/")[0]
            host = printed.lower()
            tld = host.rsplit(".", 1)[-1]
            explicit = url.lower().startswith(("http://", "https://", "www"))
            # "spgroup.com.sg", "hansung.co.kr": a country's own second level;
            # a host the card's e-mail has: a web address, whatever its end
            national = bool(_NATIONAL_SECOND_LEVEL.search(host))
            if (
                not explicit
                and host not in email_domains
                and (
                    (tld not in _COMMON_TLDS and not national)
                    or re.fullmatch(r"[\d.]+", host)
                    # "St.No.5", "H.No. 6-3-200": a street or house number
                    or all(len(label) <= 2 for label in host.split(".")[:-1])
                )
            ):
                continue
            bare = re.sub(r"^www\d?\.", "", host)
            if bare not in email_domains and _free_mail_domain(bare, whole=True):
                # "gmail.com" alone: the end of an e-mail address, no web site
                continue
            if not explicit and _cut_mail_domain(bare):
                # "ail.com", "otmail.com": what the OCR kept of an address's end
                continue
            confidence = 0.95 if explicit else 0.75
            if bare in email_domains:
                confidence = min(1.0, confidence + 0.1)
            elif printed.lower() in spaced and (
                re.sub(r"\W", "", bare.split(".")[0]) not in email_letters
            ):
                # spaced, and no e-mail address spells it: to be checked
                confidence = LOW_CONFIDENCE - 0.1
            elif not explicit and (
                re.fullmatch(r"[A-Z][a-z]{1,3}\.[A-Z][a-z]{1,2}", printed)
                # "xel.ro" (of "pixel.room"): a short name in a country's
                # domain, bare, is as often a word the OCR cut
                or re.fullmatch(r"[a-z0-9-]{1,3}\.[a-z]{2}", host)
            ):
                # "Spl.In" (specialised in): short words shortened, each with a
                # capital, more often than a web address; to be checked
                confidence = LOW_CONFIDENCE - 0.1
            if _cut_address(line[: match.start()], bare) or _social_page(bare) or glued:
                # or a page on a social network ("facebook.com/acmetraders"):
                # the firm's page there, to be checked as its website
                confidence = LOW_CONFIDENCE - 0.1
            if not url.lower().startswith(("http://", "https://")):
                url = "https://" + url
            url = re.sub(r"^(https?://)([^/]+)", lambda m: m[1] + m[2].lower(), url)
            if url not in (u for u, _c in found):
                found.append((url, confidence))
            spans.append(match.span())
        if spans:
            _cut(lines, used, index, spans)
    # the surest first: "www.rmsinet.com" before a bare name the OCR may have made
    return sorted(found, key=lambda item: -item[1])


# social networks: a page there is no site of the card's own
_SOCIAL_SITES = frozenset(
    ["facebook", "fb", "instagram", "twitter", "x", "linkedin", "youtube", "tiktok"]
    + ["pinterest", "threads", "snapchat", "behance", "dribbble", "vk", "wa", "t"]
)
# and the networks, shops and hosts where people keep a page or a site: their
# name is no firm's on a card ("github: github.com/Neel16", "ETSY")
_PLATFORMS = _SOCIAL_SITES | frozenset(
    ["github", "gitlab", "bitbucket", "etsy", "medium", "wixsite", "wordpress"]
    + ["blogspot", "netlify", "vercel", "linktr", "carrd", "weebly", "tumblr"]
    + ["substack", "herokuapp", "webs", "squarespace", "ebay", "amazon"]
    + ["redbubble", "shopify", "teespring", "society6", "zazzle", "depop"]
)
# what a label of a shop or a page on one of those says beside its name:
# "BOUTIQUE REDBUBBLE", "My Etsy Shop", "Tienda en Amazon"
_SHOP_LABEL_WORDS = frozenset(
    ["shop", "store", "boutique", "tienda", "loja", "negozio", "magasin", "laden"]
    + ["page", "profile", "my", "our", "on", "at", "en", "na", "sur", "mi", "ma"]
)


def _social_page(url):
    """Whether ``url`` is a page on a social network ("facebook.com/acme")."""
    return bool(_SOCIAL_SITES.intersection(_host(url).split(".")[-2:-1]))


def _cut_address(before, host):
    """Whether a web address the photo cut is printed after ``before``, with
    ``host``: its beginning cut ("s://www.facebook.com/preminteriorwo"), its
    end maybe too, or its host has no ending ("www.alpineflooring")."""
    return bool(
        re.search(r"(?<![\w/])(?:ttps?|tps?|ps?|s)?:?//?$", before)
        or not re.search(r"\.[a-z]{2,24}$", host)
    )


def _fix_digits(line):
    """OCR reads 0 as O and 1 as l or I inside numbers, + as #, and the dots of
    "916.505.3613" as commas."""
    line = re.sub(r"(?<![\w+])#(?=\d)", "+", line)
    line = re.sub(
        r"(?<![\w,.])(?:\d{3},\d{3},\d{4}|0\d(?:,\d{2}){4})(?![\w,])",
        lambda match: match.group().replace(",", "."),
        line,
    )
    line = re.sub(r"(?<=[\d\s()+-])[Oo](?=[\d\s()-])", "0", line)
    line = re.sub(r"(?<=[\d\s()+-])[lI|](?=[\d\s()-])", "1", line)
    return re.sub(r"\+?\d[\d.()\s-]*\d", _part_glued_numbers, line)


def _part_glued_numbers(match):
    """The run of digits ``match`` found, with a comma for the dash that glues
    two numbers into more digits than any number has ("5198202.1162-98064.7414":
    two Brazilian mobiles, 19 digits); the line keeps its length."""
    run = match.group()
    if len(re.findall(r"\d", run)) <= 15:
        return run
    for found in re.finditer(r"-", run):
        before = len(re.findall(r"\d", run[: found.start()]))
        after = len(re.findall(r"\d", run[found.end() :]))
        if before >= 8 and after >= 8:
            return f"{run[: found.start()]},{run[found.end() :]}"
    return run


# a post office box's number is no phone number ("PO Box 114734 Dubai")
_PO_BOX = re.compile(
    r"(?i)(?:\bp\.?\s?o\.?\s?box|\bbox|postfach|caixa postal|apartado|\bb\.?p\.?)"
    r"\s*(?:no\.?)?\s*[:.#]?\s*$"
)


# a tax or company register number is no phone number ("VAT 12345678901",
# "CNPJ 12.345.678/0001-90"), nor a professional's licence that begins its line
# or its part of it ("CRP 07/41353", a Brazilian psychologist's council number,
# also after a dash: "psicóloga clínica - CRP 06/123718";
# "CRM/SP 123456"; "LIC# 2060918"), unlike "Head of CRM: +44 ..."
_REGISTER = re.compile(
    r"(?i)(?:^|[,;|–]\s*|\s-\s*)(?:crp|crm|cro|crea|crefito|coren|crmv|oab|lic|licen[cs]e)"
    r"(?:\s?[/-]\s?[a-z]{2})?\s*(?:no\.?|nr\.?)?\s*[:#.-]?\s*$"
    r"|\b(?:vat|gst|gstin|tax|tin|pan|cin|reg|regn|iban|abn|acn|uid|ust|ust-?id"
    r"|siret|siren|nif|cif|cnpj|cpf|kvk|p\.?\s?iva|partita iva|crn|ein"
    # Poland's, Germany's, Turkey's, Latin America's, France's, the Netherlands'
    # and Pakistan's tax and register numbers ("NIP 123-456-78-90")
    r"|nip|regon|krs|pesel|hrb|steuernr|steuernummer|mersis|vergi|rfc|ruc|rut|nit"
    r"|cuit|tva|rcs|btw|ntn)\b"
    r"\W*(?:no|nr|num|id)?\W*$"
    # "Registered Charity Number 1076822", "Company No. 02732313"
    r"|\b(?:charity|company|registration|registered)\W*(?:no|nr|num|number)\b\W*$"
)


def _phone_type(prefix):
    prefix = _unaccent(prefix)
    if re.search(
        r"(?i)\b(?:tel|ph|phone|t|p)\W{0,3}(?:&|and|/)\W{0,3}(?:fax|f)\b", prefix
    ):
        # "Tel/Fax:", "Phone & Fax": a number to call too
        return "work"
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


# "www.swish classy travels.com": a web address whose words the OCR spaced
_SPACED_WWW = re.compile(
    r"(?i)(?<![\w.])www\d?\.\s?(?:[a-z0-9-]+\s){1,3}[a-z0-9-]+\.[a-z]{2,6}(?![\w@])"
)
# a date, day first or year first: "15-08-1997", "20.09.2020", "1997/08/15"
_DATE = re.compile(
    r"(?<![\d+])(?:[0-3]?\d([-./])[01]?\d\1(?:19|20)\d\d"
    r"|(?:19|20)\d\d([-./])[01]?\d\2[0-3]?\d)(?![\d])"
)


# a house's number in the Indian way: its ward, block and plot ("8-2-293/82")
_HOUSE_NUMBER = re.compile(r"\d{1,2}-\d{1,3}-\d{1,4}(?:/[\w/-]*)?")


# a number and, after a dash, the last two digits of the next one its owner
# answers too ("0212 671 29 44-45", "+90 212 485 27 61 - 62")
_NEXT_NUMBER = re.compile(
    r"(?<![\d+])(\+?\d[\d ().]{7,}?(\d{2}))\s*[-–]\s*(\d{2})(?!\d)"
)


def _without_next_number(line, region):
    """``line`` with the last digits of a next number after a whole one made
    spaces (the whole one is the card's; see ``_NEXT_NUMBER``): only when the
    number before the dash is whole in ``region`` and the digits together are
    none, the next one following it ("44-45", not "9587-23", a German
    extension)."""

    def spaced(match):
        first, last = int(match[2]), int(match[3])
        try:
            whole = phonenumbers.parse(match[1], region or "US")
            joined = phonenumbers.parse(match[1] + match[3], region or "US")
        except phonenumbers.NumberParseException:
            return match[0]
        if (
            0 < last - first <= 9
            and phonenumbers.is_valid_number(whole)
            and not phonenumbers.is_valid_number(joined)
        ):
            return match[1] + " " * (len(match[0]) - len(match[1]))
        return match[0]

    return _NEXT_NUMBER.sub(spaced, line)


def _labelled_country(line):
    """The country (ISO code) whose name labels the line's number ("India:
    98450 12345", "UK: 020 7946 0000"), or None."""
    label = re.match(r"\s*([^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,2})\s*:", line)
    if not label:
        return None
    key = fold(label[1])
    code = country_codes().get(key) if len(key) >= 2 else None
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def _find_phones(lines, used, region, sure=True):
    """``[(number, [type], confidence)]``: the numbers of the card, read as in
    ``region`` when they have no country code; a national number is to be
    checked unless the card itself says its country (``sure``)."""
    phones = []
    seen = set()
    for index, line in enumerate(lines):
        if index in used or len(re.findall(r"\d", line)) < 6:
            continue
        # "15-08-1997" (a date of birth on a staff card): no number to call
        fixed = _DATE.sub(lambda match: " " * len(match.group()), _fix_digits(line))
        # "India: 98450 12345" on a German firm's card: a number of the country
        # its label names
        line_region = _labelled_country(fixed) or region
        # "Mon-Fri 09.00-17.30": opening hours, no number to call
        fixed = _HOURS.sub(lambda match: " " * len(match.group()), fixed)
        fixed = _without_next_number(fixed, line_region)
        matched = False
        spans = []
        for leniency, confidence in (
            (phonenumbers.Leniency.VALID, 0.9),
            (phonenumbers.Leniency.POSSIBLE, 0.55),
        ):
            for match in phonenumbers.PhoneNumberMatcher(
                fixed, line_region or "US", leniency=leniency
            ):
                number = match.number
                if leniency == phonenumbers.Leniency.POSSIBLE:
                    number = (
                        _without_stray_digit(match.raw_string, line_region) or number
                    )
                e164 = phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164
                )
                prefix = fixed[: match.start].rsplit(",", 1)[-1][-14:]
                if (
                    e164 in seen
                    or _PO_BOX.search(fixed[: match.start])
                    or _REGISTER.search(fixed[: match.start])
                    # "〒196-0014": a Japanese postcode, after its mark
                    or fixed[: match.start].rstrip().endswith("〒")
                ):
                    continue
                code = re.search(r"\+\s?\d{1,3}[\s.-]*$", fixed[: match.start])
                if code:
                    # "+44 (0) 7700 900123": the rest of a number after its
                    # country code, no number of the card's own country; the
                    # number with its code, to be checked
                    _with_its_code(fixed, code.start(), match.end, phones, seen, spans)
                    matched = True
                    continue
                glued = re.search(r"\d[\s.-]?$", fixed[: match.start])
                if (
                    leniency == phonenumbers.Leniency.POSSIBLE
                    and (
                        (
                            glued
                            and not any(
                                start <= glued.start() < end for start, end in spans
                            )
                        )
                        # the beginning of one ("079-2658 1234" read there)
                        or re.match(r"[\s.-]?\d", fixed[match.end :])
                    )
                ):
                    # the end of a longer number ("0274.3859563" read in the
                    # United States): the whole is kept as printed below
                    continue
                if (
                    leniency == phonenumbers.Leniency.POSSIBLE
                    and _HOUSE_NUMBER.fullmatch(match.raw_string.strip())
                    and (
                        "/" in match.raw_string
                        or not any(
                            pattern.search(_unaccent(fixed[: match.start]))
                            for _kind, pattern in _PHONE_LABELS
                        )
                    )
                ):
                    # "6-3-639/40", "1-10-199/1": a house's number in
                    # Hyderabad, no phone's
                    continue
                if (
                    leniency == phonenumbers.Leniency.POSSIBLE
                    and len(phonenumbers.national_significant_number(number)) < 7
                    and not _is_phone_label(prefix)
                ):
                    # six digits or fewer, no label: a postcode ("Hyderabad -
                    # 500 034"), a street or a register number
                    continue
                seen.add(e164)
                explicit = match.raw_string.lstrip().startswith(("+", "00"))
                if explicit or phonenumbers.is_valid_number(number):
                    printed = phonenumbers.format_number(
                        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                    )
                    sureness = confidence if explicit or (region and sure) else 0.6
                else:
                    # "01 23 45 67 89" read in the United States: a number of
                    # another country, no "+1 0123456789"; kept as printed
                    printed, sureness = match.raw_string.strip(), AS_PRINTED
                phones.append((printed, [_phone_type(prefix)], sureness))
                matched = True
                spans.append((match.start, match.end))
            if matched:
                break
        if not matched:
            spans = _plus_dropped(fixed, phones, seen) or _unknown_numbers(
                fixed, phones
            )
        if spans:
            _cut(lines, used, index, spans)
    order = {"cell": 0, "work": 1, "fax": 2}
    # the numbers a numbering plan knows first, then those kept as printed
    phones.sort(key=lambda phone: (phone[2] <= AS_PRINTED, order[phone[1][0]]))
    # a number kept as printed, printed twice ("(37) 99101866" beside the
    # e-mail address and under the logo): once
    once = {}
    for phone in phones:
        once.setdefault(re.sub(r"\D", "", phone[0]), phone)
    return list(once.values())


def _with_its_code(line, start, end, phones, seen, spans):
    """Add to ``phones`` the number of ``line`` from ``start`` (its "+" and
    country code) to ``end``, as printed under that code, to be checked, and
    its span to ``spans``; nothing if it is no number at all."""
    try:
        number = phonenumbers.parse(line[start:end], None)
    except phonenumbers.NumberParseException:
        return
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if e164 in seen:
        return
    seen.add(e164)
    printed = phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    prefix = line[:start].rsplit(",", 1)[-1][-14:]
    phones.append((printed, [_phone_type(prefix)], LOW_CONFIDENCE - 0.15))
    spans.append((start, end))


def _plus_dropped(line, phones, seen):
    """The numbers of ``line`` printed in one run of digits with their country
    code but not its plus ("36203129335" for +36 20 312 9335), that no national
    plan reads: added to ``phones`` as international numbers, to be checked.
    Their spans."""
    spans = []
    # in one run, or in groups after the country code ("886-3-5712121")
    for match in re.finditer(r"(?<![\w+.-])\d(?:\d|[-. ](?=\d)){9,15}(?![\w-])", line):
        before = line[: match.start()]
        prefix = before.rsplit(",", 1)[-1]
        digits = re.sub(r"\D", "", match.group())
        if (
            not 10 <= len(digits) <= 13
            or _REGISTER.search(before)
            or not _is_phone_label(prefix)
        ):
            continue
        try:
            number = phonenumbers.parse("+" + digits)
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if not phonenumbers.is_valid_number(number) or e164 in seen:
            continue
        seen.add(e164)
        phones.append(
            (
                phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                ),
                [_phone_type(prefix[-14:])],
                LOW_CONFIDENCE - 0.1,
            )
        )
        spans.append(match.span())
    return spans


def _is_phone_label(prefix):
    """Whether ``prefix`` (what precedes a number on its line) is nothing but
    punctuation, or ends with a phone label ("Tel.:", "Mob", "Fax"), maybe
    with a country's code after it ("Telf. AO:")."""
    prefix = _unaccent(prefix)
    return not re.search(r"[^\W_]", prefix) or any(
        # "Telf. AO:": the country's code after the label (Angola's number)
        re.search(rf"(?i:{pattern.pattern})\W*(?:\b[A-Z]{{2}}\W*)?$", prefix)
        for _kind, pattern in _PHONE_LABELS
    )


# a phone number as printed: digits in groups ("3569-6905", "(237) 222 86 20")
_PHONE_SHAPE = re.compile(r"(?<![\w/.,-])\+?\(?\d[\d().\s-]{5,}\d(?![\w/]|[.,-]\d)")


def _words_follow(rest):
    """Whether words follow a number on its line (``rest``, up to a comma): a
    street's or a code's, not the label of the next number ("22142165 (O)
    22155822")."""
    rest = rest.split(",", 1)[0]
    before_next = re.split(r"(?=\d)", rest, maxsplit=1)
    if not re.search(r"[^\W\d_]", before_next[0]):
        return False
    return not (len(before_next) == 2 and _is_phone_label(before_next[0]))


def _unknown_numbers(line, phones):
    """The numbers of ``line`` that no numbering plan knows (an old local number
    without its area code, a country code in brackets) but that are printed as a
    phone number is, alone on the line or after a phone label: added to
    ``phones`` as printed, to be checked, never dropped. Their spans."""
    spans = []
    for start, end in _number_pieces(line):
        raw = line[start:end].strip()
        digits = re.sub(r"\D", "", raw)
        prefix = re.sub(r"\(0\)\s*$", "(O) ", line[:start].rsplit(",", 1)[-1])
        # a run of digits unbroken is a number only after a phone label ("(O)
        # 22142165"): else a register number, an account, a code
        labelled = bool(re.search(r"[^\W\d_]", prefix))
        # alone on its line, with a trunk prefix: "07019664670" (Nigeria),
        # "068751560" (Moldova)
        alone = (
            not line[:start].strip()
            and not line[end:].strip()
            and re.fullmatch(r"0\d{8,11}", digits)
        )
        if (
            not 7 <= len(digits) <= 15
            or not (re.search(r"\d[\s().-]+\d", raw) or labelled or alone)
            or _PO_BOX.search(line[:start])
            or not _is_phone_label(prefix)
            or _words_follow(line[end:])
        ):
            continue
        phones.append((raw, [_phone_type(prefix)], AS_PRINTED))
        spans.append((start, end))
    return spans


def _number_pieces(line):
    """The spans of what ``line`` prints as phone numbers (``_PHONE_SHAPE``),
    where "(O)", an office's label that ``_fix_digits`` read as "(0)", begins a
    number: "(0) 22142165 (0) 22155822" is two numbers, the labels left out."""
    for match in _PHONE_SHAPE.finditer(line):
        start = match.start()
        for piece in re.split(r"(?=\(0\)\s+\d)", match.group()):
            label = re.match(r"\(0\)\s+", piece)
            begin = start + (label.end() if label else 0)
            if piece.strip():
                yield begin, start + len(piece.rstrip())
            start += len(piece)


# "Address:", "Add:", "Adress -", "Endereço:": a line the card labels its address
# (not "Add-on services")
_ADDRESS_LABEL_WORDS = (
    r"(?:add|addr|address|adress|adresse|direcci[oó]n|endere[cç]o|indirizzo|anschrift)"
)
_ADDRESS_LABEL = re.compile(rf"(?i)^\s*{_ADDRESS_LABEL_WORDS}(?:\s*[.:]|\s+-)\s*")
# "1501 Pottery Ave": a house number, words, a street word at the end
_HOUSE_AND_STREET = re.compile(
    rf"(?i)^\s*\d+[A-Za-z]?\s+(?:[\w'.-]+\s+){{1,4}}(?:{_STREET_WORDS})\.?\s*$"
)


def _find_address(lines, used, countries):
    """``(address, confidence)``: the street line, the postcode and city line (or
    a line with both, separated by a comma) and a line naming a country."""
    address = {}
    labelled_line = None
    for index, line in enumerate(lines):
        if index in used:
            continue
        text = _ADDRESS_LABEL.sub("", _strip_label(line))
        parts = [part.strip() for part in text.split(",")]
        for position, part in enumerate(parts):
            rest = ", ".join(parts[position:])
            zip_city = _ZIP_CITY.match(rest) or _ZIP_CITY.match(part)
            # "1501 Pottery Ave": a house number and its street, no postcode
            # and city ("9000 St. Gallen" is one)
            if zip_city and "zip" not in address and not _HOUSE_AND_STREET.match(part):
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
                    # "29071 - Málaga": the dash between them is no part of it
                    address["city"] = city.strip(" .").lstrip("-–— ")
                    street = ", ".join(parts[:position]).strip()
                    if street and "street" not in address:
                        address["street"] = street
                    used.add(index)
                    break
            if _STREET.search(part) and "street" not in address:
                address["street"] = part.strip()
                used.add(index)
        labelled = _ADDRESS_LABEL.match(line)
        rest = line[labelled.end() :].strip() if labelled else ""
        if len(rest) > 5 and index not in used and labelled_line is None:
            labelled_line = (index, rest)
        if countries and index not in used:
            country = countries.get(fold(text))
            if country:
                address["country"] = country
                used.add(index)
    if "street" not in address and labelled_line and labelled_line[0] not in used:
        # "Adress: Near CESS Office, Opp: Bank Of Baroda, ...": no street found,
        # but the card says this line is its address, whatever its words
        address["street"] = labelled_line[1]
        used.add(labelled_line[0])
    if not address:
        return {}, 0.0
    complete = {"street", "zip", "city"} <= set(address)
    return address, 0.85 if complete else 0.55


# the endings of a verb that says what "we" do in Spanish and Portuguese
# ("Fabricamos", "Revendemos", "Atendemos"), of eight letters or more: no
# surname ("Ramos")
_WE_DO = ("amos", "emos", "imos")
# the articles after a verb that begins a slogan ("Connecting the world")
_ARTICLES = frozenset(["the", "a", "an", "its", "their", "his", "her", "my"])


def _firm_with_form(line):
    """Whether ``line`` ends with a legal form that only a firm's name has
    ("Transportadora Rápida Ltda."): not "Group", "Holding" nor "Company",
    which end slogans too ("Member of the Otto Group")."""
    return _legal_form(line) and not re.search(
        r"(?i)\b(?:group|holdings?|company|co)\.?\s*$", line
    )


# "your", then who, then "for" or "in" what, in German, Dutch, Portuguese and
# Italian ("Ihr Partner für Logistik", "Ihr kompetenter Partner rund um die
# Immobilie", "Uw partner in transport", "Seu parceiro em logística"): a slogan;
# not "Ihr Platz", a firm's name
_YOUR_ONE_FOR = re.compile(
    r"(?i)\s*(?:ihr|ihre|uw|seu|sua|il\s+vostro|la\s+vostra)\s+(?:[^\W\d_]+\s+){1,2}"
    r"(?:für|fuer|fur|in|im|bei|voor|para|em|na|no|per|nel|nella|rund\s+um"
    # "Ihr Partner vor Ort", "Ihr Spezialist aus Hamburg", "Ihr Team mit Herz"
    # (not "Ihre Apotheke am Markt", "Ihr Friseur am Rathaus": a shop's name)
    r"|vor\s+ort\b|aus|mit)(?:\s|$)"
)


# what a firm does, of all kinds ("Transporte de Cargas em Geral", "Reparaturen
# aller Art", "Lavori edili in genere"), its first word no name nor initials (not
# "Müller Transporte aller Art", "JR Reformas em Geral": a firm's name); or two trades
# sharing one word, as German writes them ("Kurier- und Expressdienst"; not a
# role's, "Vertriebs- und Marketingleiter"): no firm's name without a legal form
_OF_ALL_KINDS = re.compile(
    r"(?i)^\s*(?P<first>[^\W\d_]+)\s(?:.*\s)?(?:em\s+geral|en\s+g[eé]n[eé]ral|in\s+general"
    r"|in\s+genere|aller\s+art|jeglicher\s+art|de\s+todo\s+tipo|de\s+todos\s+os\s+tipos"
    r"|di\s+ogni\s+tipo)\s*$"
)
_SHARED_WORD = re.compile(r"^\s*[^\W\d_]{3,}-\s+(?:und|u\.|oder|&)\s+[^\W\d_]{4,}\s*$")


def _services_of_all_kinds(line):
    """Whether ``line`` says what a firm does, of all kinds, or two trades
    sharing one word (see ``_OF_ALL_KINDS``)."""
    kinds = _OF_ALL_KINDS.match(line)
    if kinds:
        first = kinds["first"]
        return not first.isupper() and fold(first) not in _known_names()
    return bool(_SHARED_WORD.match(line)) and not _title_score(line)


def _is_tagline(line):
    """A slogan or a line of services: never a company, a name or a title. It
    has a tagline word (``we``, ``your``, ``since``...), or runs on in lower
    case, or ends as a sentence does."""
    words = [fold(word) for word in _words(line)]
    if (
        len(words) >= 2
        and (
            words[0] == "serving"
            or words[:2] in (["proudly", "serving"], ["now", "serving"])
        )
        # not "SERVING HANDS FOUNDATION", a firm's name
        and not set(words) & _COMPANY_WORDS
    ):
        # "SERVING GREATER BOSTON", "Proudly serving Cape Cod": where the firm
        # works
        return True
    slogan = set(words) & _TAGLINE_WORDS
    if slogan == {"member"} and _title_score(line):
        # "Member of Technical Staff" is a title, "Member of the Otto Group" not
        slogan = set()
    if (
        slogan == {"certified"}
        and len(words) <= 4
        and words[-1] in _TITLE_WORDS | _MORE_TITLE_WORDS
    ):
        # "Certified Public Accountant" is a title, "Certified Installers of"
        # a slogan
        slogan = set()
    if (
        slogan == {"best"}
        and 2 <= len(words) <= 3
        and has_given_name(words[:1])
        and all(word[:1].isupper() for word in _words(line))
    ):
        # "John Best": a surname too, after a given name
        slogan = set()
    if (
        slogan == {"worldwide"}
        and 2 <= len(words) <= 4
        and words.index("worldwide") >= 1
        and all(word[:1].isupper() for word in _words(line))
        and not {words[0]} & (_TRADE_WORDS | _COMPANY_WORDS)
        and not words[0].endswith(("ing", "ed"))
        and words[0] != "known"
    ):
        # "ECU Worldwide", "Crown Worldwide Group": a firm's name (not
        # "Shipping Worldwide", "Delivered Worldwide", what it does)
        slogan = set()
    if slogan and not _firm_with_form(line):
        return True
    if _YOUR_ONE_FOR.match(line) and not _firm_with_form(line):
        # "Ihr Partner für Logistik", "Seu parceiro em logística": who the firm
        # is to you, and for what
        return True
    if (
        len(words) >= 3
        and len(words[0]) >= 6
        and words[0].endswith("ing")
        and words[1] in _ARTICLES
    ):
        # "Exploring the Science of Digital Forensics": a verb and its object
        return True
    if re.search(r"(?i)[^\W\d_]-based\b", line):
        # "DETROIT-BASED MILLENNIAL FUTURIST": where one works, said of oneself
        return True
    if re.search(r"(?i)\bmade\s+(?:with|in|by|for)\b", line):
        # "made with love", "Made in Portugal"; not "Tailor Made Travel"
        return True
    if len(words) >= 2 and len(words[0]) >= 8 and words[0].endswith(_WE_DO):
        # "Revendemos Produtos", "FABRICAMOS EN": what "we" do, in Portuguese or
        # Spanish
        return True
    if _legal_form(line):
        return False
    # "Transporte de Cargas em Geral", "Kurier- und Expressdienst": what a firm
    # does, no firm's name
    if _services_of_all_kinds(line) or _sentence_case_phrase(line):
        return True
    if _runs_in_lower_case(line) and not (
        _role_first(line)
        or _initials_and_trade(line)
        or _lower_case_role(line)
        # "Giám đốc kinh doanh": a Vietnamese role, its field in small letters
        or _vietnamese_role([fold(word) for word in _words(line)])
    ):
        return True
    items = re.split(r"\s+(?://|\||•|·)\s+", line)
    if not re.search(r"\d", line) and (
        # "Furniture, Gifts, Toys and Wooden Slabs", "ancle weight, cuff weight,
        # gym ball": a list of what is sold
        (
            line.count(",") >= 2
            and (
                re.search(r",[^,]+\s(?:and|&|und|et|y|e)\s+[^\W\d_]", line)
                or all(
                    1 <= len(item.split()) <= 3 for item in line.rstrip(" ,").split(",")
                )
            )
        )
        # "WEB DEVELOPMENT // DESIGN": what one does, a line of items apart
        or (len(items) >= 2 and all(1 <= len(_words(item)) <= 3 for item in items))
    ):
        return not (_title_score(line) or _is_region(line))
    return bool(
        # "Daten als Engpass statt Wettbewerbsvorteil?": a question too
        re.search(r"[.!?™®]\s*$", line)
        and len(_alphabetic(line)) >= 3
        # "Raymond J. Garrison Jr.", "ROBERTO C. VILLANUEVA JR.": a short word
        # shortened, no sentence's end
        and not re.search(r"\b(?:[A-Z][a-z]{0,2}|JR|SR|JNR|SNR)\.\s*$", line)
        # "Manager, International Sales Dept.": a unit's word shortened (not
        # "Hair. Nails. Tech.", sentences of a word)
        and not (
            fold(words[-1]) in _SHORTENED_ENDS
            and not any(
                len(word) >= 4 and fold(word) not in _SHORTENED_ENDS
                for word in re.findall(r"([^\W\d_]+)\.\s", line)
            )
        )
    )


# the words a role's or a unit's line ends in shortened, with their full stop
# ("Sales Dept.", "Asst. Mgr.", "Admin."): no sentence's end
_SHORTENED_ENDS = frozenset(
    ["dept", "depts", "div", "mgr", "asst", "admin", "assoc", "intl", "engr"]
    + ["exec", "tech", "mktg", "ops", "acct", "govt", "univ", "sect", "abt"]
)


def _alphabetic(line):
    """The words of ``line`` that tell its case: not the joining words."""
    return [
        w
        for w in _words(line)
        if re.search(r"[^\W\d_]{2}", w)
        and fold(w) not in _DOMAIN_FILLERS
        and w.lower() not in NAME_PARTICLES
    ]


# the common nouns of firms' names and trades: alone, no firm's own name
_GENERIC_WORDS = _COMPANY_WORDS | _TRADE_WORDS


def _initials_and_trade(line):
    """``line`` is a firm's initials in capitals, then its trade in small letters
    ("CMA sports shop"): a wordmark, no slogan."""
    words = _words(line)
    return (
        2 <= len(words) <= 4
        and len(words[0]) >= 2
        and words[0].isupper()
        and fold(words[-1]) in _GENERIC_WORDS
    )


def _sentence_case_phrase(line):
    """Whether ``line`` is a phrase in sentence case, two things joined by "and"
    ("Qualidade e confiança", "Calidad y puntualidad"): a slogan; not a name in
    small letters after a given name ("José e silva"), nor what a shop is."""
    words = line.split()
    return (
        3 <= len(words) <= 6
        and words[0][:1].isupper()
        and all(word[:1].islower() for word in words[1:])
        and any(fold(word) in _ANDS for word in words[1:-1])
        # "Panadería y pastelería", "Salão de beleza": what a shop is, its name
        and not {fold(word) for word in _words(line)} & _GENERIC_WORDS
        and any(len(word) >= 5 for word in _alphabetic(" ".join(words[1:])))
        and not has_given_name([fold(word) for word in _words(line)[:1]])
        # "Gerente de ventas", "Consultor de marketing": a role
        and not (_role_first(line) or _lower_case_role(line) or _title_score(line))
    )


def _runs_in_lower_case(line):
    alphabetic = _alphabetic(line)
    lower = [w for w in alphabetic if w[0].islower()]
    return len(lower) >= 2 and len(lower) > len(alphabetic) / 2


def _role_first(line):
    """``line`` begins with a capitalised role ("Consultor de marketing",
    "Responsable du service client"): a job title as French, Spanish, Portuguese
    and Italian write it, in lower case after the role; no tagline."""
    words = _words(line)
    return bool(words) and words[0][:1].isupper() and fold(words[0]) in _TITLE_NOUNS


# the other words of a role written as a sentence: "Key account manager",
# "Satış ve pazarlama müdürü" (sales and marketing manager, Turkish)
_SENTENCE_ROLE_WORDS = frozenset(
    ["key", "and", "&", "of", "ve", "pazarlama", "de", "y", "e", "et", "und"]
)


def _lower_case_role(line):
    """``line`` is a role set in small letters by design, a few words that end
    with a role's noun ("web developer", "graphic designer", "Key account
    manager"), or begin with it ("psicóloga clínica"): no tagline. A council's
    registration after it ("- CRP 06/123718") is left out."""
    line = _REGISTRATION.sub("", line).strip()
    words = _words(line)
    if not 2 <= len(words) <= 4:
        return False
    noun_last = fold(words[-1]) in _TITLE_NOUNS
    if line.islower():
        # "psicóloga clínica", "diseñadora gráfica": the role's noun first,
        # as Spanish and Portuguese put it
        return noun_last or (
            _title_score(words[0]) >= 0.85 and not _title_score(" ".join(words[1:]))
        )
    # "Key account manager", "Satış ve pazarlama müdürü": in small letters but
    # the first, as a sentence is written, the words before the role's noun a
    # role's or a department's ("Leading software developer" is a slogan)
    return (
        noun_last
        and line[:1].isupper()
        and line[1:].islower()
        and all(
            fold(word) in _TITLE_WORDS | _DEPARTMENT_WORDS | _SENTENCE_ROLE_WORDS
            for word in words[:-1]
        )
    )


# a Turkish address's line with no number: an industrial estate or zone
# ("İkitelli Organize San.Bölg.", "Demirciler San. Sit."), a business centre
# ("Haydar Akın İş Merkezi"), a quarter, an avenue or a street ("Adnan Kahveci
# Mahallesi Mehmetçik Caddesi"), after the name it bears; never a person's name
# nor a role's rest (a firm may bear one: "Bağdat Caddesi Derneği")
_TURKISH_ADDRESS = re.compile(
    r"(?i)\b(?:organize\s+san(?:\.|ayi\b)|san\.\s*(?:sit|bölg)"
    r"|sanayi\s+(?:sitesi|bölgesi)\b|\w+\s+(?:[iİ]ş\s+merkezi|mahallesi|caddesi"
    r"|sokağı|sokak|bulvarı)\b|\w+\s+(?:mah|cad|sok)\.)"
)


# a floor, a suite, an office in a building: "5th Floor", "Ground Floor", "2.
# OG", "Kat: 5", "Piso 3", "Sala 204", "Shop No. 12", "Level 12, Tower B" (not
# "Level 3 Support", a role's rank, nor "Top Floor Studio", "First Stock
# Brokers Ltd", "Room 8 Studio", firms)
_FLOOR = re.compile(
    r"(?i)(?:"
    # "5th Floor", "Ground Floor", "1er étage", "2° piano", "3. Stock", "2. OG"
    r"\b(?:\d+(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|mezzanine)"
    r"\s+(?:floor|fl\b\.?)"
    r"|\b\d+(?:er|e|ème|º|ª|°|\.)\s*(?:etage|étage|stock|og|piso|andar|kat|katı"
    r"|pavimento|piano)\b"
    r"|\b(?:floor|fl\.|etage|étage|piso|andar|kat|katı|sala|suite|room|rm\."
    r"|daire|bloco|blk\.?)\s*(?:no\.?|nr\.?|n[º°]|:)?\s*\d+[A-Za-z]?\b"
    # "Shop No. 12", "Office No. 4" (not "Office 365", a program)
    r"|\b(?:office|shop|unit|flat|plot)\s*(?:no\.?|nr\.?|n[º°]|#)\s*\d+"
    r")"
    # at the end of the line or before more of the address (not "13th Floor
    # Media Group", "Room 8 Studio", firms)
    r"(?=\s*(?:[,;/|–-]|$)|\s+(?:daire|no|blok|block|bloco|sala|d)\b)"
    # "Level 12, Tower B", "Level 5, 100 George St" (not "Level 5, Fitness &
    # Spa", a firm)
    r"|\blevel\s+\d+\s*,\s*(?:\d|tower|building|block)"
)


def _is_street(line):
    # "al. Jerozolimskie" (a Polish avenue) has its dot; "Al Noor Trading LLC",
    # "Al-Futtaim" is an Arabic name's article
    return bool(
        _STREET.search(line)
        or _FLOOR.search(line)
        or (
            re.search(r"(?i)^(?:(?:av|rua)\.?|al\.)\s", line)
            and not _lawyer_before_name(line)
        )
    )


def _lawyer_before_name(line):
    """Whether ``line`` is a Turkish lawyer's "Av." (avukat), with its dot,
    before a name of two or three words that begins with a given name, no
    number on the line ("Av. Barış CAN"; not "Av. Paulista, 1000", "Av.
    Brigadeiro Faria Lima", avenues)."""
    found = re.fullmatch(r"\s*Av\.\s*((?:[^\W\d_][\w'’-]*\s*){2,3})", line)
    words = found[1].split() if found else []
    return bool(
        found
        and has_given_name([fold(words[0])])
        and not _STREET.search(found[1])
        # as Turkish cards print a name: the surname in capitals, or a Turkish
        # letter in it (not "Av. Ana Costa", "Av. Juan Carlos I")
        and (
            (len(words[-1]) >= 2 and words[-1].isupper() and not words[0].isupper())
            or re.search(r"[ıİşŞğĞ]", found[1])
        )
    )


# letters after a name that are a degree or a licence ("Jane Doe, CFP®, ChFC",
# "Ana Ruiz, PhD"): two capitals at least, or one of these
# (and Quebec's engineer's "ing." after the name: "Marc-André Bouchard, ing.")
_CREDENTIAL_WORDS = frozenset(
    ["esq", "jr", "sr", "msc", "bsc", "llm", "mfa", "mph", "ing"]
)
# an honorific before a name ("Dr. Ana Ruiz", "Pr. AYINA OHANDJA Louis-Max")
_HONORIFICS = frozenset(
    ["dr", "pr", "prof", "mr", "mrs", "ms", "mme", "mlle", "herr", "frau", "dott"]
    + ["sra", "srta", "ing", "shri", "sri", "smt", "dipl", "mag", "habil"]
    # Polish degrees before a name ("mgr Pacierz Urszula", "mgr inż.")
    + ["mgr", "inz"]
    # a minister's ("Chaplain John Thorp", "Rev. Ann Lee")
    + ["rev", "revd", "pastor", "chaplain", "rabbi"]
    # "Professor Emad Gad": the rank written out before the name; "Er. Anita
    # Devi Bonala": an engineer's, as Indian cards print it
    + ["professor", "er"]
    # an architect's and an advocate's, as Indian cards print them ("Ar.
    # Mithun Chaudhary", "Adv. Priya Nair")
    + ["ar", "adv"]
    # Spanish America's: a woman doctor's, a graduate's, an architect's, a
    # master's, a lawyer's ("Dra. Ana López", "Lic. Jorge Ramírez", "Arq.")
    + ["dra", "lic", "licda", "arq", "mtro", "mtra", "abg", "abog"]
    # an engineer's in the Arab world, Portugal, Nigeria and the Philippines
    # ("Eng. Mohammed Al-Rashid", "Engr. Jose Santos"), the Dutch engineer's
    # and doctorandus's ("ir. Jan de Vries", "drs."), an attorney's ("Atty.")
    + ["eng", "engr", "ir", "drs", "atty"]
    # Italy's: a lawyer's, a surveyor's, an architect's, an accountant's
    # ("Avv. Luca Bianchi", "Geom.", "Arch.", "Rag.")
    + ["avv", "geom", "arch", "rag"]
    # Czech and Slovak doctorates: a physician's, a vet's, a lawyer's, in the
    # humanities, the sciences, education, a dentist's ("MUDr. Jan Svoboda")
    + ["mudr", "mvdr", "judr", "phdr", "rndr", "paeddr", "mddr"]
    # a ship's master's or a pilot's, and the services' ranks ("Capt. Rajesh
    # Nair, Marine Superintendent"; not "Maj", a given name, nor "Col.", a
    # Mexican address's quarter)
    + ["capt", "cpt", "cmdr", "cdr", "lt", "sgt"]
    # Malaysia's and Brunei's: a pilgrim's ("Hj. Ahmad", "Hajah"), a title of
    # honour ("Datuk", "Dato'", "Datin"); Nigeria's ("Alhaji", "Barr." a
    # barrister's); Poland's physician's ("lek. med.", "lek. dent.")
    + ["hj", "hjh", "haji", "hajah", "hajjah", "datuk", "dato", "datin"]
    # Malay's Mr ("Encik Razak"; not "Puan", Mrs, an Indonesian given name too:
    # "Puan Maharani")
    + ["encik"]
    + ["alhaji", "alhaja", "barr", "lek"]
    # Thailand's, before a given name ("Khun Suda Wongsawat")
    + ["khun"]
    # Turkey's academic ranks: "Doç. Dr. Emre Aydın" (associate professor),
    # "Yrd. Doç." (assistant); a surgeon's and a specialist's ("Op. Dr.",
    # "Uzm. Dr."); a French lawyer's ("Me Camille Rousseau", Maître)
    + ["doc", "yrd", "op", "uzm", "me", "maitre"]
    # a Turkish pharmacist's ("Ecz. Ahmet Yıldız"), a Polish advocate's ("adw.
    # Piotr Lis"); an engineer's "Müh." in _credentials
    + ["ecz", "adw"]
    # Herr and Frau, shortened, with their dot ("Hr. Dieter Plath"); a
    # Malaysian professional technologist's ("Ts. Dr. Kamarul Ariffin")
    + ["hr", "fr", "ts"]
    # a doctor written out in Portuguese ("Prof. Doutor João Lima"), an
    # accountant in Uruguay and Argentina ("Cdor.", "Cr."), a pharmacist in
    # Spain and Latin America ("Farm. Lucía Paredes")
    + ["doutor", "doutora", "cdor", "cdora", "cr", "farm"]
    # Austria's: a double master's and a double doctorate, a graduate in
    # commerce ("MMag. Claudia Steiner", "DDr. Thomas Wallner", "Dkfm.")
    + ["mmag", "ddr", "dkfm"]
)
# a chartered accountant's and a cost accountant's licence, as Indian cards
# print it before the name ("CA Anil Kumar Gupta"), in capitals only (not "CS":
# customer service, "CS Supervisor", and Malaysian initials, "CS Tan Ah Kow")
_INDIAN_LICENCES = frozenset(["CA", "CMA", "SMMM", "YMM"])
# the parts of a German or Austrian degree before a name ("Dr.-Ing.", "Dipl.-Kfm.",
# "Dr. rer. nat."), and the Italian feminine ending of one ("Dott.ssa")
_DEGREE_PARTS = frozenset(
    ["kfm", "oec", "rer", "nat", "med", "phil", "jur", "inf", "ssa", "dent"]
    # a Polish habilitation: "dr hab. inż."; an agronomist's ("Ing. Agr."); an
    # Austrian doctorate in engineering ("Dr. techn.")
    + ["hab", "agr", "techn"]
)


# the school a Swiss or German degree before a name was taken at ("lic. oec. HSG
# Andrea Keller", "Dipl.-Ing. ETH", "Dipl.-Ing. (FH)"): a part of the degree
# after it, never a name's first word
_DEGREE_SCHOOLS = frozenset(["hsg", "eth", "epfl", "fh", "uzh"])


def _is_honorific(word):
    """Whether ``word`` is an honorific or a degree printed before a name, whole
    ("Dr.") or in parts ("Dr.-Ing.", "Dipl.-Kfm."), also with the ordinal sign
    Portuguese prints after it ("Eng.º António Machava", "Dr.ª Fernanda Lima")
    or the ending of an Austrian woman's ("Mag.a", "Dr.in")."""
    if re.fullmatch(r"D(?:\.?ª|ña\.?)", word):
        # "Dª Inmaculada Cabello Ruiz", "Dña.": Doña, as Spain prints it
        return True
    word = re.sub(r"(?<=[^\W\d_])\.?[ºª°]$", ".", word)
    # "Mag.a Eva Koller", "MMag.a", "Dr.in", "Dipl.-Ing.in": an Austrian
    # woman's degree, its ending after the dot
    word = re.sub(r"(?<=[^\W\d_]{2}\.)(?:a|in)$", "", word)
    if word.rstrip(".") in _INDIAN_LICENCES:
        return True
    if re.fullmatch(r"(?i)\((?:retd?\.?|retired|mrs?\.?|ms\.?|miss)\)|H\.\s?E\.", word):
        # "Lt. Col. (Retd.) Imran Khan", "H.E. Saeed Al Maktoum" (His
        # Excellency), "Dr. (Mrs.) Shahnaz Begum"
        return True
    parts = [fold(part) for part in re.split(r"[.-]+", word) if part]
    if "." not in word and set(parts) & _DOTTED_HONORIFICS:
        # "Lek Gjon Marku" (Albanian, a given name), "Barr Anthony Smith"
        return False
    return bool(parts) and all(
        part in _HONORIFICS or part in _DEGREE_PARTS for part in parts
    )


# honorifics that are names too, honorifics only with their dot ("lek. dent.",
# "Barr.")
_DOTTED_HONORIFICS = frozenset(
    ["lek", "barr", "doc", "yrd", "hab", "op", "uzm", "ecz", "adw"]
    # Herr and Frau, shortened ("Hr. Dieter Plath", "Fr. Anna Roth"; "HR" is
    # human resources), "Ts." ("TS" may be initials), "Cdor.", "Cr.", "Farm."
    + ["hr", "fr", "ts", "cdor", "cdora", "cr", "farm"]
)


# a degree, with its subject in brackets before it ("M.Sc., M.Phil., (Maths)
# MLIS") or after it ("M.A. (English)")
# "Dipl.-Ing.", "Dipl.-Wirt.-Ing.": a German degree's parts joined by hyphens,
# each with its dot (not "DUPONT, Jean-Luc")
_DEGREE = (
    r"(?:\([A-Za-z ]{2,15}\)\s*)?"
    r"(?:[A-Za-z.]{2,8}|[A-Za-z]{2,6}\.(?:-[A-Za-z]{2,6}\.){1,2})[®™]?"
    r"(?:\s*\([A-Za-z ]{2,15}\))?"
)
_CREDENTIALS = re.compile(
    r"^(?P<name>.*?[^\W\d_]\.?)\s*,\s*"
    rf"(?P<letters>{_DEGREE}(?:\s*,\s*{_DEGREE}){{0,3}})\s*$"
)


# a German qualification after the name, the body that certifies it in
# brackets: "Michael Wrase, Techn. Betriebswirt (IHK)", "Dipl.-Ing. (FH)"
_CERTIFIED = re.compile(
    r"^(?P<name>[^,]*?[^\W\d_])\s*,\s*[^,()]{2,40}"
    r"\((?:IHK|FH|HWK|TU|TH|VWA|DH|BA|Univ?\.?)\)\s*$"
)


def _part_honorific(line):
    """``line`` with a space after the honorific the OCR glued to the name
    ("Ms.Natasha Acharya"), or to the initial the name begins with
    ("Er.V.Pragash")."""
    # (not "Dr.in Eva Koller": an Austrian woman's degree, see _is_honorific)
    glued = re.match(
        r"\s*([^\W\d_]{2,4})\.(?!(?:in|a)\s)(?=[^\W\d_](?:[^\W\d_]|\.))", line
    )
    if glued and fold(glued[1]) in _HONORIFICS:
        return f"{line[: glued.end()]} {line[glued.end() :]}"
    return line


# degrees and licences printed after a name without a comma ("MICHAEL GARD DPT,
# CSCS"): a physical therapist's, a nurse's, an accountant's...
_POSTNOMINALS = frozenset(
    ["dpt", "mpt", "dds", "dmd", "rn", "np", "cpa", "cfa", "cfp", "chfc", "mba"]
    + ["phd", "jd", "esq", "cscs", "atc", "otr", "dvm", "pharmd", "mph", "msw"]
    + ["lcsw", "lmt", "lpc"]
    # the British and Irish bodies' letters: estate agents, surveyors,
    # accountants, lawyers, engineers
    + ["mnaea", "fnaea", "marla", "mrics", "frics", "acca", "fcca", "aca", "fca"]
    + ["cta", "bcl", "mcips", "mcim", "ceng", "miet", "fcipd", "mcipd"]
    # and their degrees and members' letters: engineers', management
    # accountants', builders' ("Thomas Wright BEng CEng MIMechE", "Mary Jones
    # ACMA CGMA", "Tom Baker BA (Hons) ACA")
    + ["mimeche", "imeche", "mice", "fice", "mistructe", "mcibse", "mciob", "acma"]
    + ["fcma", "cgma", "llb", "llm", "cmgr", "mcmi", "fcmi", "hons"]
    # nurses' and physiotherapists' registrations ("Mary Brennan RGN, MSc")
    + ["rgn", "rmn", "mcsp"]
    # architects' ("Marco Ferri AIA"; "PE", "RIBA" are surnames and given
    # names too in small letters: see ``_peel_postnominals``)
    + ["aia", "leed"]
)


_DOTTED_DEGREES = frozenset(
    ["bpt", "mpt", "mbbs", "bds", "mds", "btech", "mtech", "bsc", "msc", "bcom"]
    + ["mcom", "llb", "bpharm", "mpharm", "bams", "bhms", "dnb", "frcs", "mrcp"]
    + ["be", "me", "ba", "ma", "md", "ms", "phd", "mba", "bba", "bca", "mca"]
)


# a name whose initials the card glues to the surname: "V.Pragash", "D.Jayakumar"
_GLUED_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]{2,}")


def _unknown_letters_after_name(words):
    """Whether the last of ``words`` (three or more) is a body's letters after
    a person's name in small letters ("Oliver Pembroke MNAEA"): two to six
    capitals that are no name nor word the lists know ("Anna Maria KOWALSKA"
    ends in her surname)."""
    last = words[-1].strip(".,")
    return bool(
        re.fullmatch(r"[A-Z]{2,6}", last)
        # not a generation ("John Smith II")
        and not re.fullmatch(r"[IVX]+", last)
        and all(not word.isupper() for word in words[:-1])
        # after a given name ("Microsoft Azure MVP" is none), and a surname:
        # after a second given name, the capitals are the surname ("Marie
        # Claire NGUEMA", "Jean Luc TAHO")
        and has_given_name([fold(word) for word in words[:-1]])
        and not has_given_name([fold(words[-2])])
        and not has_given_name([fold(last)])
        and fold(last) not in surnames()
        and not common_word(fold(last))
        and not _title_score(last)
    )


# British degrees as they are printed, in mixed case ("Thomas Wright BEng CEng")
_CASED_DEGREES = frozenset(["BSc", "MSc", "BEng", "MEng", "IEng", "BAcc"])


def _peel_postnominals(line):
    """``(name, letters)`` of a name line ending in degrees printed without a
    comma before them ("MICHAEL GARD DPT, CSCS" is "MICHAEL GARD" and "DPT,
    CSCS"); None when it has none. A name keeps two words at least, or its
    initials glued to the surname ("V.Pragash B.E.")."""
    name, comma, rest = line.partition(",")
    words = name.split()
    peeled = []
    while (
        len(words) >= 3 or (len(words) == 2 and _GLUED_INITIALS.fullmatch(words[0]))
    ) and (
        fold(words[-1].strip(".()")) in _POSTNOMINALS
        # "MEng", "BSc" as they are printed ("Tan Kok Meng" keeps his name)
        or words[-1].strip(".") in _CASED_DEGREES
        # "Wang Xiao PE", not "Tan Kah Peng": engineers' and architects'
        # letters that are names too, in capitals only
        or (
            words[-1].strip(".") in ("PE", "PEng", "RIBA", "FAIA", "FRIBA")
            and len(words) >= 3
        )
        # a bachelor's, a master's, a chartered accountant's before more letters
        # ("Tom Baker BA (Hons) ACA"; not "Amadou Moussa BA", "NGUYEN THI BA")
        or (words[-1].strip(".") in ("BA", "MA", "CA") and peeled and len(words) >= 3)
        # "Mr Andrew Bell FRCS": a degree of the list, undotted, in capitals
        or (
            re.fullmatch(r"[A-Z]{3,6}", words[-1])
            and fold(words[-1]) in _DOTTED_DEGREES
        )
        or _unknown_letters_after_name(words)
        # "S. R RAJI B.P.T": a degree, its letters dotted (not initials after
        # the name)
        or (
            "." in words[-1].strip(".")
            and fold(words[-1].replace(".", "")) in _DOTTED_DEGREES
        )
    ):
        peeled.insert(0, words.pop())
    # "M.A., LL.B.,": a comma after the last one too
    after = [word.strip() for word in rest.split(",") if word.strip()] if comma else []
    if not peeled or not all(
        re.fullmatch(r"[A-Za-z.]{2,8}[®™]?", word)
        and sum(char.isupper() for char in word) >= 2
        for word in after
    ):
        return None
    return " ".join(words), ", ".join(peeled + after)


# the roles of a chief ("Chief Mate", "Chief Justice"), given names too
_CHIEF_ROLES = frozenset(
    ["mate", "steward", "justice", "judge", "imam", "marshal", "baker", "whip"]
    + ["constable", "inspector", "nurse", "pilot", "cook", "clerk", "warden", "of"]
)


def _chief_before_name(rest):
    """Whether "Chief" before ``rest`` is a Nigerian chieftaincy title: ``rest``
    a name with no role's word, of two words or more that begins with a given
    name, or of three that has a name's shape ("Chief Emeka Okafor", "Chief
    Olusegun Adebayo Bankole"; not "Chief Mate Rajesh Nair", "Chief
    Resident")."""
    words = [fold(word) for word in _words(rest)]
    return (
        len(words) >= 2
        and not set(words) & (_ROLE_WORDS | _CHIEF_ROLES)
        # a given name the lists know, or a name's shape of three words whose
        # first is no everyday word ("Chief Olusegun Adebayo Bankole"; not
        # "Chief Minister Tunde Bello", "Chief Rigger Mark Ellis")
        and (
            has_given_name(words[:1])
            or (
                len(words) >= 3
                and _is_name(rest)
                and not common_word(words[0])
                and not _title_score(_words(rest)[0])
            )
        )
    )


def _title_before_name(line, first, rest):
    """How many words of ``line`` (``first``, then ``rest``) are a title before
    the name that no honorific list can hold (the word alone is a name, a place
    or a role elsewhere): 0, 1 or 2."""
    words = rest.split()
    if (
        fold(first).rstrip("'’") in ("tan", "puan", "toh", "datuk", "dato", "datin")
        and len(words) >= 3
        and fold(words[0]) in ("sri", "seri", "puan")
    ):
        # "Tan Sri Dato' Ahmad Zulkifli", "Toh Puan Aishah", "Datuk Seri Tan Kim
        # Hock": Malaysia's titles of honour, in two words (not "Tan Wei Ming",
        # a surname, nor "Puan Maharani", a given name)
        return 2
    return int(
        # "Mak. Müh. Ceren AKSOY": a Turkish (mechanical) engineer's title,
        # printed with its ü (not "Muh. Rizal Hakim", Muhammad, nor "Mak Ka Wai")
        (
            len(words) >= 2
            and (
                first in ("Müh.", "MÜH.")
                or (first in ("Mak.", "MAK.") and rest.startswith(("Müh. ", "MÜH. ")))
            )
        )
        # "DI Markus Huber", "DI (FH) Sabine Gruber": an Austrian engineer's
        # degree, in capitals (not "DI STEFANO Marco", an Italian surname)
        or (
            first in ("DI", "DDI")
            and len(words) >= 2
            and (words[0] == "(FH)" or not words[0].isupper())
        )
        # "Puan Siti Aminah binti Abdullah": Malay's Mrs, before a Malay name
        # (not "Puan Maharani Kusuma", an Indonesian given name)
        or (fold(first) == "puan" and bool(re.search(r"(?i)\s(?:binti|bt\.?)\s", rest)))
        # "Av. Barış CAN": a Turkish lawyer's title, no avenue
        or (first == "Av." and _lawyer_before_name(line))
        # "Chief Emeka Okafor": a Nigerian chieftaincy title, no role
        or (fold(first) == "chief" and _chief_before_name(rest))
    )


def _credentials(line, doctor=False, degree=False):
    """``(name, letters)``: ``line`` without the honorific it begins with ("Dr.",
    "Pr.") and the degrees or licences it ends with after a comma, and those
    (``letters``, empty when there are none); ``doctor``: a doctor's honorific
    came before it; ``degree``: an honorific or a degree came before it (the
    school of a degree may follow: "lic. oec. HSG")."""
    line = _part_honorific(line)
    pronouns = _PRONOUNS.search(line)
    nickname = _NICKNAME.search(line)
    if nickname and has_given_name([fold(nickname[1])]) and line[: nickname.start()]:
        # "Zhang Xiaohong (Sunny)": the English name a person goes by, kept
        # beside the name (the note), no part of it
        name, letters = _credentials(line[: nickname.start()], doctor, degree)
        return name, f"{letters} {nickname.group().strip()}".strip()
    if pronouns:
        # "Jordan Lee (they/them)": how to speak of the person, no part of
        # the name
        name, letters = _credentials(line[: pronouns.start()], doctor, degree)
        return name, f"{letters} {pronouns.group().strip()}".strip()
    rank = _PROFESSOR_RANK.match(line)
    if rank and len(line[rank.end() :].split()) >= 2:
        # "Associate Professor Jennifer Walsh": a professor's rank, in two words
        name, letters = _credentials(line[rank.end() :], doctor, degree=True)
        return name, f"{rank.group().strip()} {letters}".strip()
    first, _space, rest = line.strip().partition(" ")
    if fold(first) == "me" and not has_given_name([fold(rest.split(" ")[0])]):
        # "Me Me Aung": a Burmese given name, no French lawyer's "Me"
        return line, ""
    titled = _title_before_name(line, first, rest)
    if titled:
        *title, rest = re.split(r"\s+", line.strip(), maxsplit=titled)
        name, letters = _credentials(rest, doctor, degree=True)
        return name, f"{' '.join(title)} {letters}".strip()
    # "Lt Col Sarah Jones": "Col." after another rank (alone, "Col." is an
    # address's quarter in Mexico)
    school = degree and fold(first).strip("()") in _DEGREE_SCHOOLS | {"col"}
    if (len(rest.split()) >= 2 or _GLUED_INITIALS.fullmatch(rest.strip())) and (
        _is_honorific(first) or school
    ):
        name, letters = _credentials(
            rest,
            doctor or fold(first) in ("dr", "dra"),
            degree=True,
        )
        space = " " if letters and not letters.startswith(",") else ""
        return name, f"{first}{space}{letters}"
    peeled = _peel_postnominals(line)
    if peeled:
        return peeled
    certified = _CERTIFIED.match(line)
    if certified:
        return certified["name"], line[len(certified["name"]) :]
    found = _CREDENTIALS.match(line)
    if not found:
        return line, ""
    words = re.split(r"\s*,\s*", found["letters"])
    for word in words:
        word = re.sub(r"^\([^()]*\)\s*|\s*\([^()]*\)$", "", word).rstrip("®™")
        if (
            # "MD" among degrees ("Joseph C. Wu, MD, PhD") or after a doctor's
            # name ("Dr. Jane Smith, MD"): a doctor of medicine, no managing
            # director
            _title_score(word)
            and not (fold(word).strip(".") == "md" and (len(words) > 1 or doctor))
            # "Marco Ferri, MBA": a degree, though a role's letters too
            and fold(word.replace(".", "")) not in _POSTNOMINALS
        ) or not (
            sum(char.isupper() for char in word) >= 2
            or fold(word.strip(".")) in _CREDENTIAL_WORDS
        ):
            # "CEO" is a role, no degree (see ``_name_and_title``)
            return line, ""
    if re.fullmatch(r"[A-Z]{2}", found["letters"]) and not has_given_name(
        [fold(word) for word in _words(found["name"])][:1]
    ):
        # "New York, NY": a place and its state, unless a given name comes first
        return line, ""
    name = found["name"]
    first_degree = re.search(r"\s+([A-Z]{2,4})\.$", name)
    if (
        first_degree
        and re.search(r"[a-z]", name[: first_degree.start()])
        and fold(first_degree[1]) in _DOTTED_DEGREES
        and (doctor or len(first_degree[1]) > 2)
    ):
        # "Dr. L.P. Thangavelu MS., D.Sc., FICS.": the first degree before the
        # comma, a dot after its capitals (not "RAVI RAO, MBA": a name in
        # capitals; not "Priya MK., MBA", "Anil NG.": her initials, his surname;
        # "MS." only after a doctor's honorific)
        return name[: first_degree.start()], line[first_degree.start() :].lstrip()
    return name, line[len(name) :]


# a name and a role on one line: "Jane Roe, CEO", "Jane Roe (Director)",
# "Jane Roe – Sales Manager", "Jane Roe • Sales Manager", "Hans Weber ·
# Geschäftsführer", "Jane Roe | Sales Manager", "Jane Roe / Sales Manager"
_NAME_THEN_ROLE = re.compile(
    r"^(?P<name>[^(),|/]+?)\s*(?:\(\s*(?P<bracketed>[^()]+?)\s*\)"
    r"|,\s*(?P<after>[^,]+?)|\s[-–—•·|/]\s*(?P<dashed>[^,]+?))\s*$"
)


# a role, a colon, then the name: "Prop: P. Kishan Rao", "Director: Jane Doe";
# "Prop." (proprietor) with its dot
_ROLE_THEN_NAME = re.compile(
    r"^(?P<role>[^\W\d_][^:\d@]{1,30}?)(?:\s*:|(?<=(?i:prop))\.)\s*(?P<name>[^:]+?)\s*$"
)


def _role_then_name(line):
    """The match of ``_ROLE_THEN_NAME`` on ``line`` when its first part is a
    role ("Owner: Maria Lopez", "Prop. Sonu"); else None."""
    found = _ROLE_THEN_NAME.match(line)
    return found if found and _title_score(found["role"]) else None


def _role_of_another(line):
    """Whether ``line`` is a role, a colon and a name ("Chef: Ana Ruiz"): the
    role of the person it names."""
    found = _role_then_name(line)
    return bool(found and ":" in line and _is_name(found["name"]))


def _one_name_after_role(name):
    """Whether ``name``, after a role and its colon or dot ("Prop. Sonu"), is
    one name alone: a capital, then three small letters or more, no everyday
    word and no word of firms."""
    word = fold(name)
    return bool(
        re.fullmatch(r"[A-Z][a-z]{3,}", name.strip())
        and not common_word(word)
        and word not in _COMPANY_WORDS
        and word not in _TITLE_WORDS
    )


def _name_and_title(line):
    """``(name, title)`` of a line that prints the person's name, then their
    role after a comma or a dash, or in brackets, or the role first, then a
    colon or in small letters; None for any other line."""
    found = re.fullmatch(r"\s*(Pro\.|Inh\.)\s*([A-Z].+?)\s*", line)
    if found and _is_name(found[2]):
        # "Pro. Kamal Raj Bhusal": the proprietor, shortened as Nepal's and
        # India's cards do; "Inh. Melanie Braun", the owner (Inhaberin) as
        # German shops print it
        return found[2], found[1]
    found = _role_then_name(line)
    if found and (_is_name(found["name"]) or _one_name_after_role(found["name"])):
        return found["name"], found["role"]
    # "adviser Ryuji Azama": a role in small letters, then the name
    found = re.fullmatch(r"([a-z][a-z-]+(?: [a-z][a-z-]+)?) ([A-Z].*)", line.strip())
    if (
        found
        and _has_title_noun(found[1])
        and _title_score(found[1])
        and _is_name(found[2])
    ):
        return found[2], found[1]
    role_first = _role_then_name_unparted(line)
    if role_first:
        return role_first
    found = _NAME_THEN_ROLE.match(line)
    # "Maria Lopez CEO / Founder": a bar or a slash between two roles after
    # the name, no name before it
    between_roles = (
        found
        and found["dashed"]
        and re.search(r"\s[|/]\s*$", line[: found.start("dashed")])
        and not _is_name(found["name"])
    )
    if not found or between_roles:
        return (
            _name_then_role_unparted(line)
            or _name_then_roles(line)
            or _glued_name_and_title(line)
        )
    title = found["bracketed"] or found["after"] or found["dashed"]
    if not _title_score(title) or re.search(r"[\d@]", title) or _is_tagline(title):
        return None
    if found["after"] and _credentials(line)[1].endswith(found["after"]):
        # "Dr. Jane Smith, MD": a doctor's degree, no managing director
        return None
    if _is_name(found["name"]) or _one_word_name(found["name"], found["after"]):
        return found["name"], title
    return None


def _glued_name_and_title(line):
    """``(name, title)`` of a line whose name and role the OCR glued together
    ("Laura SchneiderMarketing Managerin"), parted; else None."""
    parted = _unglue(line)
    return _name_and_title(parted) if parted != line else None


def _role_then_name_unparted(line):
    """``(name, title)`` of a line that prints a role, then the name with
    nothing between them ("CEO John Smith", "Sales Manager Anna Ruiz"): the name
    two words or more, beginning with a known given name, no role's word in
    it. Else None."""
    words = line.split()
    for cut in range(1, min(3, len(words) - 2) + 1):
        role, name = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            _title_score(role) >= 0.85
            # "Prof. Dr.-Ing. Klaus Weber", "Dr Jane Doe": honorifics, no role
            and not any(_is_honorific(word) for word in words[:cut])
            # "Chief Emeka Okafor": a chieftaincy title (see _credentials)
            and not (
                fold(words[0]) == "chief" and _chief_before_name(" ".join(words[1:]))
            )
            and has_given_name([fold(words[cut])])
            and not _title_score(name)
            and _is_name(name)
        ):
            return name, role
    return None


def _name_then_roles(line):
    """``(name, title)`` of a line that prints a name, a role, then more after
    commas ("Eric Rothenberg, Owner, License #M45678"): the name begins with a
    given name, the first part after it names a role; the rest stays with the
    role. Else None."""
    name, _comma, rest = line.partition(",")
    role = rest.split(",")[0].strip()
    if (
        rest.count(",") >= 1
        and not _credentials(line)[1]
        and _is_name(name)
        and _given_first(name)
        and _has_title_noun(role)
        and _title_score(role) >= LOW_CONFIDENCE
    ):
        return name.strip(), rest.strip()
    parts = [part.strip() for part in line.split(",")]
    letters = next(
        (count for count in range(1, len(parts) - 1) if _title_score(parts[count + 1])),
        0,
    )
    if (
        # "John Smith, CPA, Partner": the name, its letters, then the role
        letters
        and _is_name(parts[0])
        and _given_first(parts[0])
        and all(
            fold(part) in _POSTNOMINALS | _CREDENTIAL_WORDS | _DOTTED_DEGREES
            for part in parts[1 : letters + 1]
        )
        and _has_title_noun(parts[letters + 1])
    ):
        return ", ".join(parts[: letters + 1]), ", ".join(parts[letters + 1 :])
    return None


def _one_word_name(name, role):
    """Whether ``name``, one word before a comma and a ``role`` ("Abdulmajid,
    CEO"), is a person's name printed alone: a capital, then small letters, no
    word of roles, firms or trades; the role names one ("Smith, Sales" is a
    surname and a department)."""
    word = fold(name)
    return bool(
        role
        and re.fullmatch(r"[^\W\d_]{4,}", name.strip())
        and name.strip()[0].isupper()
        and name.strip()[1:].islower()
        and _title_score(role) >= LOW_CONFIDENCE
        # a role ("CEO"), not a department alone ("Smith, Sales")
        and _has_title_noun(role)
        and word not in _TITLE_WORDS | _TITLE_NOUNS
        and word not in _COMPANY_WORDS | _TRADE_WORDS | _ORG_UNIT_WORDS
        and not _is_tagline(name)
    )


def _name_then_role_unparted(line):
    """``(name, title)`` of a line that prints a name, then a role, with nothing
    between them ("Donte Burks Owner/Operator"): the name begins with a given
    name, the role with a word of roles; else None."""
    words = line.split()
    for cut in (2, 3):
        if len(words) < cut:
            break
        # "MAHMUT AKGUL-ELEKTRIK ELEKTRONIK MÜHENDISI": the dash the OCR glued
        # between the surname and the role
        left, dash, right = words[cut - 1].partition("-")
        glued = bool(dash and left and right and len(words) > cut)
        if glued and has_given_name([fold(words[0])]):
            name = " ".join([*words[: cut - 1], left])
            role = " ".join([right, *words[cut:]])
            if (
                _is_name(name)
                and _title_score(role) >= LOW_CONFIDENCE
                and {fold(word) for word in _words(role)}
                & (_TITLE_WORDS | _TITLE_NOUNS)
            ):
                return name, role
        if len(words) <= cut:
            break
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        role_first = {fold(part) for part in re.split(r"[-/]", words[cut])}
        # "Stefan Maier Steuerberater", "Ana Beatriz Carvalho Nutricionista":
        # one word after the name, a German compound role or a rarer one
        last = fold(words[cut])
        one_role = len(words) == cut + 1 and (
            (len(last) > 9 and last.endswith(_TITLE_ENDINGS))
            or last in _MORE_TITLE_WORDS
        )
        if (
            has_given_name([fold(words[0])])
            and _is_name(name)
            # or a department's work ("Cem Öztürk Satın Alma Uzmanı", "Kalite
            # Sorumlusu": purchasing's, quality's)
            and (
                (
                    role_first & (_TITLE_NOUNS | _TITLE_WORDS | _DEPARTMENT_WORK)
                    and _title_score(role) >= LOW_CONFIDENCE
                )
                or (one_role and _title_score(role) > 0)
            )
            and not {fold(word) for word in words[:cut]} & _TITLE_WORDS
            # "Luanne Santos Sales": a department's word alone that is a
            # surname too ends the name
            and not (
                len(words) == cut + 1
                and fold(words[cut]) in _ORG_UNIT_WORDS
                and fold(words[cut]) in surnames()
            )
        ):
            return name, role
    return None


# the words no name begins with: "the" ("The Little Wood Shop", a firm's name),
# the joining words ("Et Autre Saveurs", and other flavours: a line that goes
# on), where a shop is ("Outside Concord Mills Mall"; as a title's first word,
# the kind of sales: "Inside Sales Manager")
_NOT_NAME_FIRST = frozenset(
    ["the", "and", "et", "und", "of", "for", "with", "avec", "mit", "outside", "inside"]
    # "Online Order": a word the everyday list (older than the web) lacks
    + ["online"]
    # "TVA BE" (its number cut off): the labels of tax and register numbers
    + ["tva", "btw", "vat", "gst", "gstin", "iva", "piva", "nip", "regon", "krs"]
    + ["cif", "nif", "ust", "mwst", "kdv", "siret", "siren", "abn", "ein"]
)


# the words a line of running text ends on when the sentence goes on
_JOINERS = frozenset(
    ["and", "or", "of", "the", "a", "an", "in", "for", "with", "to", "by", "at"]
    + ["from", "on", "is", "are", "who", "that", "et", "und", "y", "e", "de"]
)
# the words no name holds after its first: a joining word, in any case ("Deck
# Refinishing And" / "Deck Construction": a line of running text; "Licensed
# And Insured"); not those a name may end on (an initial "A", "Tô", "Or", "de")
_NOT_NAME_LATER = (
    _JOINERS - {"a", "an", "in", "to", "by", "at", "on", "or", "et", "y", "e", "de"}
) | {"avec", "mit"}
# the adverbs of running text, after a word in small letters ("I can also..." /
# "changing light fittings": "Can" is a Turkish given name); capitalised, a
# surname ("Alan Too", "Peter Just")
_ADVERBS_LATER = frozenset(["also", "too", "only", "just", "very", "again"])


def _adverb_later(words):
    """Whether a word of ``words`` after the first is one of ``_ADVERBS_LATER``."""
    return bool({word.lower() for word in words[1:]} & _ADVERBS_LATER)


# the last word of a street's name: shortened, never of a person's; whole, not
# after a given name ("Laura Lane")
_STREET_SHORT = frozenset(["rd", "st", "ave", "av", "blvd", "ln", "hwy", "pkwy"])
_STREET_ENDINGS = frozenset(
    ["road", "street", "avenue", "boulevard", "lane", "drive", "highway", "parkway"]
    # Turkey's avenue, street, boulevard and quarter ("Atatürk Caddesi", "Kızılay
    # Mahallesi"); India's road and localities ("MG Marg", "Rajaji Colony"; not
    # "Nagar", nor "Mah": surnames too)
    + ["caddesi", "sokak", "sokagi", "bulvari", "mahallesi"]
    + ["marg", "chowk", "colony"]
)
# "and" in the languages of the cards: between two things a shop joins
_ANDS = frozenset(["y", "e", "et", "und", "and"])
# the word that begins a street's name where it is Spanish or Portuguese
_STREET_FIRST = frozenset(
    ["camino", "avenida", "rua", "travessa"]
    # Italy's and France's: "Via Alcide De Gasperi", "Piazza Garibaldi", "Rue ..."
    + ["via", "viale", "piazza", "piazzale", "strada", "rue"]
)


# the words a place's name begins with, where they are no name's first word:
# "Hay Lalla Meriem" (a quarter, in Morocco), "Quartier", "Cité", "Lotissement";
# "Kralja Petra Krešimira IV" ("King ...", a street in Croatia), "Ulica",
# "Trg" (a square), "Bulevar", "Kneza" ("Prince ...")
_PLACE_FIRST = frozenset(
    ["hay", "quartier", "cite", "lotissement", "ulica", "trg", "bulevar", "kralja"]
    + ["kneza"]
)
# the first word of a street's or a square's name: Indonesia's "Jl."; Spain's
# and Latin America's "Calle", "Paseo", "Carretera"; Portugal's and Brazil's
# "Rodovia", "Praça"; France's "Chemin", "Avenue", "Allée", "Impasse", "Route";
# Albania's "Rruga"; Vietnam's "Phố" as printed (not "Đường", a surname too,
# nor "Alameda")
_STREET_FIRST_WORDS = frozenset(
    ["jl", "calle", "paseo", "carretera", "rodovia", "praca", "chemin", "avenue"]
    + ["allee", "impasse", "route", "rruga", "phố"]
)
# and those that are surnames too, a street's where no given name follows:
# "Carrera Séptima", "Estrada Velha", "Plaza Mayor", "Largo do Carmo", "Jalan
# Sudirman" (Malaysia's and Indonesia's)
_STREET_FIRST_UNNAMED = frozenset(["carrera", "estrada", "plaza", "largo", "jalan"])

# the words of roles, and with the trades' words those of what one does
_TITLE_VOCABULARY = _TITLE_WORDS | _MORE_TITLE_WORDS | _TITLE_NOUNS
_ROLE_WORDS = _TITLE_VOCABULARY | _TRADE_WORDS


def _plural_role(words):
    """Whether one of ``words`` (folded) is a role or a trade in the plural
    ("engineers", "consultants", "architects"), as firms name themselves."""
    return any(
        len(word) > 4
        and word.endswith("s")
        and word not in _ROLE_WORDS
        and word[:-1] in _ROLE_WORDS
        for word in words
    )


# what an engineer's degree is in: "B.E. Civil"
_DISCIPLINES = frozenset(
    ["civil", "mechanical", "electrical", "electronics", "computer", "chemical"]
    + ["structures", "structural", "architecture", "commerce", "science", "arts"]
)


# a cardiologist's, a surgeon's, a gynaecologist's higher degrees in India, in
# a list of degrees only ("D.M." alone is a name's initials)
_HIGHER_DEGREES = frozenset(["dm", "mch", "dgo", "dch", "mrcog", "facc", "fesc"])
# the letters of any degree a list of degrees may hold
_DEGREE_LETTERS = _DOTTED_DEGREES | _POSTNOMINALS | _HIGHER_DEGREES


def _only_degrees(line):
    """Whether ``line`` lists degrees and nothing else, two at least, one no
    role's letters ("MBBS, MD (Medicine), DM (Cardiology)"; not "MD", a
    managing director, nor "B.E. Civil Engineer")."""
    letters = [
        fold(word.replace(".", ""))
        for word in re.split(r"[\s,]+", re.sub(r"\([^()]*\)", "", line))
        if word
    ]
    return (
        len(letters) >= 2
        and all(word in _DEGREE_LETTERS for word in letters)
        and bool(set(letters) - {"md", "ms", "me"})
    )


def _degree_line(line):
    """Whether ``line`` holds only degrees, no one's name: it begins with a
    dotted degree of three letters or more ("B.Com., PG. D.J., D.P.R."), or of
    two with what it is in or another degree after it ("B.E. Civil"); not
    initials ("M.A. Khan"); or it lists degrees undotted ("MBBS, MD
    (Paediatrics)")."""
    words = [word for word in re.split(r"[\s,]+", line.strip()) if word]
    undotted = re.sub(r"\([^()]*\)", "", line).replace(",", " ").split()
    if (
        len(undotted) >= 2
        and "," in line
        and all(re.fullmatch(r"[A-Z][A-Za-z]{1,5}", word) for word in undotted)
        and all(fold(word) in _DOTTED_DEGREES for word in undotted)
        and {fold(word) for word in undotted} - {"md", "ms", "me"}
    ):
        # "MBBS, MD (Paediatrics)", "BDS, MDS": degrees undotted, in a list,
        # one at least no role's letters ("MD": a managing director)
        return True
    if not words or "." not in words[0].strip("."):
        return False
    first = fold(words[0].replace(".", ""))
    if first not in _DOTTED_DEGREES:
        return False
    if len(first) >= 3:
        return True
    following = fold(words[1].replace(".", "")) if len(words) > 1 else ""
    return following in _DISCIPLINES or following in _DOTTED_DEGREES


# words of an address that no one's name holds
_ADDRESS_WORDS = frozenset(
    ["street", "road", "avenue", "boulevard", "colony", "marg", "straat"]
    + ["strasse", "straße", "calle", "avenida", "rua", "sector", "floor"]
    # "Telangana State.", "Karimnagar Dist": a state, a district
    + ["state", "district", "dist"]
    # "Susheela Grace Building": a building
    + ["building", "bldg", "complex", "apartments"]
    # "Balaji Sadan", "Shanti Bhavan", "Sai Niwas": a building, in India
    + ["sadan", "bhavan", "bhawan", "niwas", "nivas", "nilayam", "apartment"]
    # "New York City", "Quezon City": a city
    + ["city"]
)


def _given_first(line):
    """Whether the first word of ``line`` is a known given name."""
    return has_given_name([fold(word) for word in _words(line)][:1])


def _name_word(word):
    """Whether ``word`` has the shape of a word of a person's name."""
    if not re.fullmatch(r"(?:[^\W\d_]|['’.-])+", word) or not word[0].isupper():
        return False
    if re.search(r"(?i)['’]s$", word):
        # "Daddy's Hands", "Nonna's Cucina": a shop's name, not a person's
        return False
    if re.match(r"[A-Z]{3,}[a-z]", word):
        # "BVQi", "NAVisWorks": a mark's capitals, then small letters; a name in
        # capitals is all capitals ("McDONALD" has a small one among its first
        # three)
        return False
    # one letter is an initial ("Majd S. Wehbeh", "SUDARSAN V MADDI"), not a
    # word of its own
    return len(word.strip(".")) != 1 or word.endswith(".") or word.isupper()


def _stray_letter_word(word):
    """Whether ``word`` (folded) is an everyday word of eight letters or more with
    a letter the OCR read from the edge of a frame before or after it
    ("owholesale", "distributorsc"), and no one's name, nor a word itself
    ("Castellano", Spanish, is no "castellan" and a letter)."""
    return (
        len(word) >= 9
        and word not in given_names()
        and word not in surnames()
        and not common_word(word)
        and any(common_word(part) for part in (word[1:], word[:-1]))
    )


def _fuller_name(lines, free, taken, index, with_role=(), stacked=()):
    """The index of the free line that prints the name on line ``index`` in
    full, with one or two more names between its first and its last
    ("Jéssica Rodrigues" large / "Jéssica Schardosim Rodrigues" under it);
    the short one, hers too and no firm's, is taken. Else ``index`` (also
    for a name beside its role or printed a word a line)."""
    if index in with_role or index in stacked:
        return index
    words = [fold(word) for word in _words(lines[index])]
    for other, line in free:
        longer = [fold(word) for word in _words(line)]
        if (
            other != index
            and len(words) >= 2
            and len(words) < len(longer) <= len(words) + 2
            and longer[0] == words[0]
            and longer[-1] == words[-1]
            and _is_name(line)
        ):
            taken.add(index)
            return other
    return index


def _particle_first(words):
    """Whether ``words`` begin with a particle in small letters and have no
    given name ("de Split", "al Mejor Precio"): the end of a line of services;
    a name begins with its particle only after a given name."""
    return (
        words[0].islower()
        and words[0] in NAME_PARTICLES
        and not has_given_name([fold(word) for word in words[1:]])
    )


# the words of contact labels, whole, that no person's name holds (not "Phone",
# a Burmese and a Lao given name)
_CONTACT_LABEL_WORDS = frozenset(
    ["mobile", "mobil", "telephone", "telefon", "telefone", "telefono"]
    + ["whatsapp", "email", "celular", "cellular", "hotline", "website"]
)


# role endings that end German surnames too ("Baumeister", "Hofmeister")
_NAME_ENDINGS = ("meister", "meisterin", "inhaber", "inhaberin")
# a register's number: "n. 18432", "No: 45678", "Sicil No: 45678", "Nr. 1234"
_REGISTER_NUMBER = re.compile(
    r"(?i)(?:\bn|\bno|\bnr|\bsicil|\biscr|\bmatr)\.?\s*(?:no\.?|n[°º]\.?)?\s*[:#]?\s*"
    r"\d{4,}|\bn[°º]\.?\s*\d{4,}"
)
# the places a trade works from, ending a firm's name: "Ali Barber Shop"
_BUSINESS_PLACES = frozenset(
    ["shop", "store", "salon", "parlour", "parlor", "boutique", "studio"]
    + ["centre", "center", "clinic", "bakery", "workshop", "garage", "showroom"]
)
# the same places as Latin languages name them, first ("Clínica Veterinaria
# San Antón", "Pharmacie de la Gare", "Farmacia San Marco", "Taller Mecánico
# Don Tito")
_BUSINESS_PLACES_FIRST = frozenset(
    ["clinica", "clinique", "pharmacie", "farmacia", "taller"]
)
# a professor's rank in two words before the name
_PROFESSOR_RANK = re.compile(
    r"(?i)\s*(?:associate|assistant|adjunct|emeritus|visiting|full)\s+"
    r"(?:professor|prof\.?)\s+"
)
# a son's or a daughter's mark between a Malaysian Indian's name and his
# father's: "Kumar s/o Rajoo", "Saravanan a/l Muthusamy", "Devi d/o Raman"
_CHILD_OF = re.compile(r"(?<=\s)(?:[sdSD]/[oO]|[aA]/[lLpP])(?=\s)")
# the name a person goes by, in brackets after the name: "Zhang Xiaohong (Sunny)"
_NICKNAME = re.compile(r"\s*\(([A-Z][a-z]{2,12})\)\s*$")
# the pronouns a person prints after the name: "Jordan Lee (they/them)"
_PRONOUNS = re.compile(
    r"(?i)\s*\((?:she|he|they|ze|xe)\s*/\s*(?:her|hers|him|his|them|theirs|zir|xem)\)\s*$"
)


def _short_chinese_name(words):
    """Whether ``words`` are a Chinese or Korean name of two syllables of two
    letters each, one a known surname ("Li Na", "MA LI")."""
    return (
        len(words) == 2
        and all(re.fullmatch(r"[A-Z][a-z]|[A-Z]{2}", word) for word in words)
        and words[0].isupper() == words[1].isupper()
        and any(fold(word) in _CHINESE_SURNAMES for word in words)
    )


# Chinese and Korean surnames of two letters, in Latin letters
_CHINESE_SURNAMES = frozenset(
    ["li", "ma", "wu", "xu", "he", "hu", "lu", "yu", "oh", "an", "ko", "yi", "ng"]
)


def _is_name(line):
    line = _CHILD_OF.sub("bin", _PRONOUNS.sub("", line))
    if _legal_form(line) or _degree_line(line):
        # "BOURBON CITY ARCHERY, LLC": no degree after a name, a legal form
        return False
    # "M.S.JAKEERULLA": initials glued to the name
    line = re.sub(r"(?<=\b[A-Z]\.)(?=[A-Z])", " ", _credentials(line)[0])
    # "Francis.A", as Indian cards print the initial after the name
    line = re.sub(r"(?<=[^\W\d_A-Z]{2})\.(?=[A-Z]\.?$)", ". ", line)
    # "Wong Ka Wai, Kelvin": the surname first, the given name after a comma
    # (not "Tamil Nadu, India": a state and its country)
    # ("SCHULZE-WENDT, Hans-Peter": a given name of two joined)
    line = re.sub(
        r"^([^,]+), ([^\W\d_]{3,}(?:-[^\W\d_]{2,})?)$",
        lambda m: (
            f"{m[1]} {m[2]}"
            if has_given_name([fold(m[2].split("-")[0])])
            and fold(m[2]) not in country_codes()
            else m[0]
        ),
        line,
    )
    words = _words(line)
    # (seven with its particles after a given name: "María del Carmen
    # Fernández de la Torre", not "Nuestra Señora de la Paz del Valle"; no
    # more than four words but the particles, below)
    if (
        not 2 <= len(words) <= 7
        or (len(words) == 7 and not has_given_name([fold(words[0])]))
        or re.search(r"[\d@/&|:,]", line)
    ):
        return False
    if (
        fold(line) in _NOT_TITLES
        or _particle_first(words)
        # "SATIN ALMA" (purchasing, "Alma" a given name), "Customer Service": a
        # department's work, no one's name
        or _department_work_only(words)
    ):
        return False
    split = line.split()
    letters = [
        word
        for place, word in enumerate(split)
        if word.lower() not in NAME_PARTICLES
        # the Catalan "i" between two surnames ("Jordi Puig i Ferrer"), in
        # small letters (a capital "I" is an initial), and the Portuguese "e"
        # between two surnames ("Beatriz Costa e Silva"; not "Natura e Avon",
        # two brands a shop sells)
        and not (word == "i" and 0 < place < len(split) - 1)
        and not (
            word == "e"
            and 0 < place < len(split) - 1
            and fold(split[place - 1]) in surnames()
            and fold(split[place + 1]) in surnames()
        )
    ]
    # "Maria de los Ángeles García": four words, the particles apart; "K. H. V.
    # Durga Rao": the initials apart too
    if not 1 <= len([word for word in letters if len(word.strip(".")) > 1]) <= 4:
        return False
    if not all(_name_word(word) for word in letters):
        return False
    if not (
        any(len(word) >= 3 for word in letters) or _short_chinese_name(letters)
    ) or sum(len(word.strip(".")) == 1 for word in letters) > max(2, len(letters) - 1):
        return False
    lowered = {fold(word) for word in words}
    if any(_stray_letter_word(word) for word in lowered):
        return False
    if lowered & (_ADDRESS_WORDS | _CONTACT_LABEL_WORDS):
        # "John Street Hawthorn", "Nagar Colony": a part of the address;
        # "YILDIZ MOBILE" (a mobile barber's), "Kaya Telefon" (a phone shop): a contact
        # label's word, no one's name
        return False
    last_word = fold(letters[-1])
    if _plural_role(lowered) or (
        # "Vighnaharta Mobiles", "Saan Works", "Friends Cabs": what a shop
        # sells or does, in the plural, after its name
        len(last_word) > 4
        and last_word.endswith("s")
        and not last_word.endswith("ss")
        and not has_given_name(lowered)
        # not "Trampas Bowers": a surname too
        and last_word not in surnames()
        and common_word(last_word)
    ):
        # "N.M. Engineers": a firm of people of a trade
        return False
    if (
        len(last_word) > 5
        and last_word.endswith("ing")
        and last_word not in surnames()
        and listed_word(last_word)
    ):
        # "POWELL WELDING", "Smith Plumbing": a family's name and its trade
        # (not "Tom Harding", "Debra Deming": surnames too)
        return False
    if not has_given_name(lowered) and any(
        len(word) >= 4 and word in country_codes() for word in lowered
    ):
        # "Guiders Japan": a firm of that country
        return False
    if not has_given_name(lowered) and {fold(word) for word in words[1:-1]} & _ANDS:
        # "Letras y Palabras", "Pro Pose E Nous": two things a shop joins, no
        # given name ("José Ortega y Gasset" has one)
        return False
    if (
        common_phrase([fold(word) for word in letters])
        and not _short_chinese_name(letters)
    ) or (
        # "SERVING MUSKOKA", "Empowering Business Through": a slogan that
        # begins with what the firm does
        fold(letters[0]).endswith("ing")
        # "SERVING GREATER BOSTON": whatever given name the place is
        and not has_given_name([fold(letters[0])])
        and common_word(fold(letters[0]))
    ):
        # "Shine Like New", "Lawn Mowing": what the card offers, in everyday
        # words, no one's name
        return False
    last = fold(words[-1].rstrip("."))
    if (
        last in _STREET_SHORT
        or (last in _STREET_ENDINGS and not has_given_name(lowered))
        or lowered & _STREET_FIRST
        or fold(words[0]) in _PLACE_FIRST
        or fold(words[0].rstrip(".")) in _STREET_FIRST_WORDS
        or words[0].lower() in _STREET_FIRST_WORDS
        or (fold(words[0]) in _STREET_FIRST_UNNAMED and not has_given_name(lowered))
    ):
        # "Embarcadero Rd", "Nia Ave", "El Camino Real": a street without its
        # number
        return False
    if (
        fold(words[0]) in _NOT_NAME_FIRST
        or {fold(word) for word in words[1:]} & _NOT_NAME_LATER
        # the Turkish "and" inside a line ("KESİM ve BÜKÜM İŞLERİ"), no
        # Vietnamese "Vệ" ending a name
        or "ve" in {fold(word) for word in words[1:-1]}
        or (any(word[:1].islower() for word in words) and _adverb_later(words))
    ):
        return False
    return not (
        lowered & _COMPANY_WORDS
        or _firm_word_first([fold(word) for word in words])
        or lowered & _TRADE_WORDS
        # (after a given name, a surname of that ending: "Stefan Hochdienst")
        or (not has_given_name([fold(words[0])]) and any(map(_firm_compound, lowered)))
        # "Luanne Santos Sales": a department's word that is her surname
        or (lowered & _ORG_UNIT_WORDS and not _surname_of_a_role(letters))
        or _legal_form(line)
        or (
            _title_score(line)
            and not _surname_of_a_role(letters)
            and not _given_name_of_a_role(letters)
        )
        or _is_tagline(line)
        or _is_street(line)
        or _TURKISH_ADDRESS.search(line)
        or _everyday_or_firm_words(words)
    )


# small words of sentences that no name holds ("NO-FIX NO-FEE", "Open 7 Days
# a Week")
_SMALL_WORDS = frozenset(
    ["no", "on", "in", "at", "to", "for", "by", "we", "our", "your", "with", "the"]
)


def _everyday_or_firm_words(printed):
    """Whether the ``printed`` words of a line are no one's name: three
    everyday words or more and no given name ("DAMAGED LCD SCREENS
    REPLACED", a repair shop's offer; "NO-FIX NO-FEE", the parts of words
    joined by a hyphen counted apart), or a firm's word the OCR misread by a
    letter ("SRIPAD IEDUSTRIES")."""
    words = [fold(word) for word in printed]
    if has_given_name(words):
        return False
    parts = [fold(part) for word in printed for part in word.split("-") if part]
    if sum(
        1 for part in parts if part in _SMALL_WORDS or common_word(part)
    ) >= 3 and any(common_word(part) for part in parts):
        return True
    return any(
        len(word) >= 7
        and word not in surnames()
        and word not in _ROLE_WORDS
        and any(
            # not at its end: "Plástica" is Portuguese, no "plastics" misread
            _one_letter_off(word[:-1], known[:-1]) and word[-1] == known[-1]
            for known in _LONG_FIRM_WORDS.get(len(word), ())
        )
        for word in words
    )


# given names that are roles' words too, which the given names' lists leave out
_ROLE_GIVEN_NAMES = frozenset(["dean", "dev", "earl", "art", "bishop", "major"])


def _given_name_of_a_role(words):
    """Whether ``words`` begin with a given name that is a role's word too
    ("Dean Walker", "Dev Patel"), a surname after it, no role's word: two or
    three words."""
    folded = [fold(word) for word in words]
    return (
        2 <= len(folded) <= 3
        and folded[0] in _ROLE_GIVEN_NAMES
        and folded[-1] in surnames()
        and not _title_score(" ".join(words[1:]))
        and not set(folded[1:]) & (_COMPANY_WORDS | _TRADE_WORDS)
    )


def _department_work_only(words):
    """Whether ``words`` name only a department's work, one of them no name
    ("SATIN ALMA", "Customer Service"; not "Alma Sales", a given name and a
    surname)."""
    folded = {fold(word) for word in words}
    return folded <= _DEPARTMENT_WORK | {"ve", "and", "&"} and any(
        word not in surnames() and not has_given_name([word])
        for word in folded - {"ve", "and", "&"}
    )


def _surname_of_a_role(words):
    """Whether ``words`` end with a surname that is a role's word too ("Michael
    Dean", "BIAGGI BARBER": a given name no list knows), the words before it no
    role's (the other checks of a name keep out "Fresh Barber")."""
    folded = [fold(word) for word in words]
    return (
        2 <= len(folded) <= 3
        and folded[-1] in surnames()
        and not set(folded[1:-1]) & _TITLE_WORDS
        and folded[0] not in _TITLE_WORDS
    )


def _lower_case_name(line, following=()):
    """Whether ``line`` is a name printed in lower case by design ("chetan
    surwade"): two or three words, the first a given name or a role on the line
    under it (``following``: that line, if any)."""
    role_below = any(_title_score(below) >= 0.85 for below in following)
    if _adverb_later(line.split()):
        # "can also": running text, "Can" a Turkish given name
        return False
    return bool(
        re.fullmatch(r"[^\W\d_A-Z]{2,}(?: [^\W\d_A-Z]{2,}){1,2}", line)
        and (has_given_name([fold(line.split()[0])]) or role_below)
        and _is_name(line.title())
    ) or (role_below and _sentence_case_name(line))


def _sentence_case_name(line):
    """Whether ``line`` has the shape of a person's name whose surname the card
    prints in small letters ("Amit kumar"): a given name, then one or two
    words in lower case. Taken for a name with a role on the line under it."""
    return bool(
        re.fullmatch(r"[A-Z][^\W\d_A-Z]+(?: [^\W\d_A-Z]{2,}){1,2}", line)
        and not _adverb_later(line.split())
        and has_given_name([fold(line.split()[0])])
        and _is_name(line.title())
    )


def _name_case(line):
    if _sentence_case_name(line):
        # "Amit kumar": each word of the name with its capital
        return " ".join(
            word if word in NAME_PARTICLES else word[0].upper() + word[1:]
            for word in line.split()
        )
    if line.isupper():
        words = line.lower().split()
        # a particle in small letters, but not the name's first word, nor
        # anywhere in a Vietnamese name ("LE VAN NAM": Lê Văn Nam, "Van" his
        # middle name)
        vietnamese = (
            len(words) >= 3
            and fold(words[0]) in _VIETNAMESE_SURNAMES
            # not "MAI VAN DER LINDEN", a Dutch name
            and not set(words[1:]) & (NAME_PARTICLES - {"van", "le"})
        )
        # each part after a dot or a hyphen too ("M.S.Jakeerulla", "Jean-Luc")
        cased = " ".join(
            word
            if word in NAME_PARTICLES and place and not vietnamese
            else re.sub(r"(?:^|(?<=[.'’-]))[^\W\d_]", lambda m: m.group().upper(), word)
            for place, word in enumerate(words)
        )
        # a Turkish "İ" ("İSMAİL"): its small form is an i and a dot above, put
        # back together as "İ" where it begins the name, a plain i elsewhere
        return unicodedata.normalize("NFC", cased).replace("i\u0307", "i")
    return line


def _email_locals(emails):
    """The folded local parts of the e-mail addresses, their parts (between
    dots, dashes, underscores) joined by dots."""
    return [
        ".".join(
            filter(
                None, (fold(part) for part in re.split(r"[._+-]+", email.split("@")[0]))
            )
        )
        for email, _c in emails
    ]


def _spelled(words, stem, fillers=frozenset()):
    """How much of ``stem`` (a domain's name, an e-mail's local part) the folded
    ``words`` spell from its start, each word giving a beginning of itself (its
    initial at least), in order: ``interworld freight`` spells all of
    ``interwf``, ``gulf prime solution`` three letters of ``gpsfz``. Words of
    ``fillers`` may be left out; a word that gives nothing ends the spelling
    unless only fillers follow. Answers the share of ``stem`` spelled, 0 when a
    word that is not a filler is left out."""
    best = 0

    def walk(index, position):
        nonlocal best
        if index == len(words) or position == len(stem):
            if all(word in fillers for word in words[index:]):
                best = max(best, position)
            return
        word = words[index]
        if word in fillers:
            walk(index + 1, position)
        length = 0
        while (
            length < len(word)
            and position + length < len(stem)
            and word[length] == stem[position + length]
        ):
            length += 1
            walk(index + 1, position + length)

    if words and stem:
        walk(0, 0)
    return best / len(stem) if stem else 0.0


def _whole_words_spell(words, stem):
    """Whether some of ``words``, two at least, whole and in order, spell all of
    ``stem``: ``keller`` + ``india`` of "Keller Ground Engineering India"."""
    ends = {0: 0}  # where in ``stem`` the words taken so far end: how many
    for word in words:
        for end, count in list(ends.items()):
            if stem.startswith(word, end):
                ends[end + len(word)] = max(ends.get(end + len(word), 0), count + 1)
    return ends.get(len(stem), 0) >= 2


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def _domain_match(line, stems):
    """How well ``line`` matches one of the card's domain names (``stems``),
    from 0 to 1: the line spells the domain (``Compass Freight & Logistics`` at
    compass-freight.net), holds it (``Royal Cargo Vietnam Co.,Ltd.`` at
    royalcargo.com) or is one letter off it (``GFS Express`` at gfsxpress)."""
    best = 0.0
    if "&" in line:
        # "BLUE RIDGE MASSAGE & BODYWORK" at blueridgemassageandbodywork@; "and"
        # in other languages ("SILVA & SANTOS" at silvaesantos.adv.br), or left
        # out ("Smith & Jones" at smithjones.law)
        # (a short domain's name is no match across the word put in: "eth" in
        # "Professor et Head")
        long_stems = [stem for stem in stems if len(fold(stem)) >= 6]
        best = max(
            _domain_match(re.sub(r"\s*&\s*", f" {word} ", line), long_stems)
            for word in ("e", "y", "et", "und", "n", "")
        )
        best = max(best, _domain_match(re.sub(r"\s*&\s*", " and ", line), stems))
    spelled = line.translate(_UMLAUTS)
    if spelled != line:
        # "Müller GmbH" at mueller.de: German umlauts as a domain spells them
        best = max(best, _domain_match(spelled, stems))
    folded = fold(line)
    words = [fold(word) for word in _words(line)]
    words = [word for word in words if word]
    compact = "".join(words)
    # its words but for its legal form, spelled out or not ("... JOINT STOCK
    # COMPANY" at jic.vn)
    unformed = [
        fold(word)
        for word in _words(_COMPANY_FORM.sub("", _strip_leading_form(line)))
        if fold(word)
    ] or words
    for raw_stem in stems:
        stem = fold(raw_stem)
        if len(stem) < 3 or not folded:
            continue
        if stem in folded:
            return 1.0
        unnumbered = stem.lstrip("0123456789")
        if unnumbered != stem and len(unnumbered) >= 5 and compact == unnumbered:
            # "SPRINGBOARD" at 91springboard.com: the whole line spells the
            # name without the number its domain begins with, to be checked
            best = max(best, 0.85)
        head, _hyphen, tail = raw_stem.lower().rpartition("-")
        if len(head) >= 4 and len(tail) <= 3 and "-" not in head:
            # "Hermes Fulfilment" at hermes-ws.com: the name, then its initials
            # or a short tail; the name alone spells most of it
            best = max(best, 0.85 * _domain_match(line, [head]))
        if len(stem) >= 6 and _distance(folded, stem) <= 1:
            best = max(best, 0.95)
        if _whole_words_spell(words, stem):
            # "Keller Ground Engineering India" at kellerindia.com
            best = max(best, 0.9)
        # a country's name after the firm's may be left out too ("PT. AALBORG
        # INDUSTRI INDONESIA" at aalborgindo.com)
        fillers = _DOMAIN_FILLERS | _COMPANY_WORDS | _COMPANY_FORMS
        share = _spelled(unformed, stem, fillers | set(country_codes()))
        if share >= 0.5 and len(stem) * share >= 3:
            best = max(best, share)
        elif len(folded) >= 3 and stem.startswith(folded):
            # a part of the name ("Compass" of compass-freight): the rest may be
            # on the next line
            best = max(best, 0.5 * len(folded) / len(stem))
        if len(words) >= 2 and len(compact) >= 6 and compact in stem:
            # the words spell the domain but for a town's or a country's name
            # ("City Taxi" at airdriecitytaxi.ca)
            best = max(best, 0.5 + 0.5 * len(compact) / len(stem))
    return best


def _domain_share(line, stems, height):
    """How well ``line``, printed ``height`` times the usual line, matches the
    card's own domain (the first of ``stems``) or, less surely, another."""
    domain = max(
        _domain_match(line, stems[:1]), min(_domain_match(line, stems[1:]), 0.85)
    )
    if height >= 1.5 and _wordmark_and_trade(line, stems[:1]):
        # "AK-EM" printed large at akemmakina.com: the wordmark, and its
        # trade's word ("makina", machinery) the domain adds, to be checked
        domain = max(domain, 0.6)
    return domain


def _wordmark_and_trade(line, stems):
    """Whether a domain of ``stems`` is ``line``'s letters and a firm's word
    after them, ``line`` a logo's capitals joined by a hyphen or an "&" ("AK-EM"
    at akemmakina.com; not a town's name over the address, "Houston" at
    houstonconstruction.com)."""
    folded = fold(line)
    return (
        len(folded) >= 4
        and bool(re.fullmatch(r"[A-Z\d]+(?:[-&][A-Z\d]+)+", line.strip()))
        and any(
            fold(stem).startswith(folded)
            and fold(stem)[len(folded) :] in _COMPANY_WORDS
            for stem in stems
        )
    )


def _email_domains(emails):
    return _domain_stems(emails, [])


# the labels a country's domain puts before its code: "co.uk", "edu.au", "or.kr"
_SECOND_LEVEL = frozenset(
    ["co", "com", "org", "net", "edu", "gov", "ac", "or", "ne", "go", "gob"]
    + ["gouv", "res", "nic", "mil", "ltd", "plc", "sch", "biz", "info", "gen"]
    # Brazil's professions' and trades' ("silvaesantos.adv.br", "alvorada.eng.br",
    # "clinica.odo.br"), Korea's research ("kisti.re.kr"), India's, Turkey's
    # lawyers' ("av.tr"), Taiwan's persons', the web's
    + ["adv", "eng", "arq", "med", "odo", "psi", "vet", "ind", "art", "tur"]
    + ["agr", "far", "fot", "imb", "jor", "srv", "adm", "cnt", "eco", "emp"]
    + ["tec", "firm", "web", "idv", "re", "av", "bel", "asso", "nhs", "pro"]
    # Poland's cities' and Russia's ("lo2zdalne.szczecin.pl", "firma.waw.pl",
    # "firm.msk.ru"): a town's name, the firm's before it
    + ["waw", "warszawa", "krakow", "szczecin", "gda", "gdansk", "wroc", "poznan"]
    + ["lodz", "lublin", "katowice", "bydgoszcz", "torun", "olsztyn", "rzeszow"]
    + ["bialystok", "kielce", "opole", "slask", "msk", "spb", "nsk"]
)


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
        if stem in _SECOND_LEVEL and len(labels) >= 3 and len(labels[-1]) == 2:
            # "acme.co.uk", "acme.edu.au", "acme.or.kr": the name before
            stem = labels[-3]
        if stem in _PLATFORMS:
            # "github.com/Neel16", "ogmini.github.io": a page on a network or
            # a host of sites (a person's, mostly), no firm's own domain
            continue
        if stem not in _FREE_MAIL and stem not in result:
            result.append(stem)
        # a unit of a university or a state ("coho.stanford.edu",
        # "cs.ox.ac.uk"): its own name is the first label
        public = (
            2
            if labels[-1] in ("edu", "gov")
            else 3
            if len(labels) >= 2 and labels[-2] in ("edu", "gov", "ac")
            else None
        )
        if (
            public
            and len(labels) > public
            and labels[0] != "www"
            and len(labels[0]) >= 3
            and labels[0] not in result
        ):
            result.append(labels[0])
    return result


def _company_form(line):
    """The legal form at the end of a company line as it is written: ``o`` read
    as ``0`` (``sp. z 0.0.``), the last dot of a dotted form (``S.L``)."""
    match = _COMPANY_FORM.search(line)
    if not match or re.search(r"\)\s*$", line):
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


def _lower_case_wordmark(line, stems):
    """Whether ``line``, printed in lower case, is the firm's wordmark: it
    spells the card's domain ("optica da jo" at oticadajo2014@hotmail.com),
    with no word of a slogan."""
    return (
        _runs_in_lower_case(line)
        and not {fold(word) for word in _words(line)} & _TAGLINE_WORDS
        and not re.search(r"[.!]\s*$", line)
        and _domain_match(line, stems) >= 0.9
    )


# what a school or a learned body is called ("Engineering Staff College of India")
_SCHOOL_WORDS = frozenset(
    ["college", "university", "institute", "institution", "academy", "polytechnic"]
)


# two names joined by "&", a word each: partners' firm ("Modesto & Modesto")
_PARTNERS = re.compile(r"[A-Z][^\W\d_]+ & [A-Z][^\W\d_]+")


def _spells_stem_in_words(line, stems):
    """Whether whole words of ``line``, one after another, spell a domain of
    ``stems`` ("Cambridge University Press India" at cambridge.org, "Allcargo
    Logistics Ltd" at allcargologistics.com; not "Transportes Paraná" at
    transpar.com.br, whose words' beginnings do)."""
    words = [fold(word.translate(_UMLAUTS)) for word in _words(line)]
    for stem in (fold(stem) for stem in stems):
        for start in range(len(words)):
            joined = ""
            for word in words[start:]:
                joined += word
                if joined == stem:
                    return True
                if not stem.startswith(joined):
                    break
    return False


def _initials_spell(line, stems):
    """Whether the initials of ``line``'s words, its small words aside or not,
    are a domain of ``stems`` ("University College London" at ucl.ac.uk,
    "Technical University of Munich" at tum.de)."""
    words = [fold(word) for word in _words(line) if word[:1].isalpha()]
    initials = {
        "".join(word[0] for word in words),
        "".join(word[0] for word in words if word not in _OF_WORDS | {"and", "the"}),
    }
    return any(fold(stem) in initials for stem in stems)


def _is_the_domain(line, stems):
    """Whether the letters of all of ``line`` are those of the card's own domain
    (the first of ``stems``): "ECU Worldwide" at ecuworldwide.com."""
    return bool(stems) and fold(line.translate(_UMLAUTS)) == fold(stems[0])


# "of" in the languages of the cards, after a role's noun
_OF_WORDS = frozenset(["of", "de", "du", "des", "di", "da", "do", "del", "der", "fur"])


def _company_score(line, stems, height=1.0):
    """How sure ``line`` is the company's name: its domain (the surest), its
    legal form, its company words, its size on the card."""
    if (
        (
            _is_tagline(line)
            and not _lower_case_wordmark(line, stems)
            # "Your Move" at your-move.co.uk: the name the card's own domain
            # spells, all of the line, whatever its words
            and not _is_the_domain(line, stems)
        )
        or _is_street(line)
        or line.rstrip().endswith(",")
    ):
        return 0.0
    if re.search(r"@|\d{3}|(?i:\bn[°ºo][.:]?\s*\d)", line):
        # an address's number: "Bureau N° 41", "Shop No. 12"
        return 0.0
    if _never_company(line):
        return 0.0
    spaced = re.fullmatch(r"[\w.-]{4,}\s([a-z]{2,4})", line.strip())
    if spaced and spaced[1] in _COMMON_TLDS:
        # "Pfbusinesscardjournal com": a web address whose dot the OCR lost
        return 0.0
    if any(_LANDMARK.match(part) for part in line.split(",")[1:]):
        # "West City Mall, Opposite Telecom": a landmark of the address
        return 0.0
    if _CJK_FORM.search(line) and len(line.strip()) <= 24:
        # "株式会社ハンコヤドットコム", "有限会社ツバキコーポレーション": a
        # Japanese, Chinese or Korean legal form; after a legal name in Latin
        # letters, which the form's fields are written in
        return 0.8
    first = _words(line)[:1]
    if (
        first
        and fold(first[0]) in _ORG_UNIT_WORDS
        and not _COMPANY_FORM.search(line)
        # "Team Classified" at teamclassified.ca: the name the domain spells
        and not _is_the_domain(line, stems)
    ):
        # "Department of Electrical Engineering", "Division Logistics": a part
        # of a company, not its name
        return 0.0
    words = {fold(word) for word in _words(line)}
    # the card's own domain is the first (its e-mail's, else its first web
    # address): another is often a group's or a partner's ("parekhgroup.in"
    # beside "ceekayline.com"), a line that spells only it is to be checked
    domain = _domain_share(line, stems, height)
    legal = _legal_form(line)
    score = 0.0
    if domain >= 0.9:
        score = 0.92
        countries = country_codes()
        if (
            len(words) > 1
            and (words & _COMPANY_WORDS or any(word in countries for word in words))
            and (
                _spells_stem_in_words(line, stems[:1])
                or _initials_spell(line, stems[:1])
            )
        ):
            # the name the domain spells, and more of it than a wordmark:
            # "Cambridge University Press India" over the "CAMBRIDGE" logo, or
            # its initials ("University College London" at ucl.ac.uk); not
            # words whose beginnings spell it ("Transportes Paraná" under the
            # "TRANSPAR" logo at transpar.com.br: the name the logo abbreviates)
            score = 0.93
    elif domain >= 0.5:
        # a part of the domain's name ("Compass" at compass-freight.net, a
        # wordmark the OCR cut short): the company, to be checked; the more of
        # the domain it spells, the likelier ("MERCIFUL" / "HOME CARE" at
        # mercifulhcllc@)
        score = LOW_CONFIDENCE - 0.05 + 0.02 * (domain - 0.5)
    if legal:
        score = max(score + 0.05, 0.88)
        if domain >= 0.5:
            # a legal name that spells the domain, whole or in part ("CEEKAY
            # SHIPPING SDN BHD" at ceekayshipping.com)
            score = max(score, 0.95)
    elif (
        words & _COMPANY_WORDS
        or _firm_word_first([fold(word) for word in _words(line)])
        # (a compound alone, "Hausmeisterservice", is a trade, no firm's name)
        or (len(words) > 1 and any(map(_firm_compound, words)))
        # "Govt. of Tamil Nadu": a government, shortened (not "Govt.
        # Recognised", a school's claim); "Clínica Veterinaria San Antón", a
        # clinic first (not "Psicologia Clínica", a field of work)
        or re.match(
            r"(?i)\s*(?:govt\.?\s+of|cl[ií]nica(?!\s+(?:m[ée]dica|geral)\b))\s", line
        )
    ) and not _title_score(line):
        # a company word alone ("International Logistics") may be a tagline or
        # a line of services: the company when nothing better says so, checked
        score = max(score, LOW_CONFIDENCE - 0.05 if height >= 1.3 else 0.6)
    if (
        _PARTNERS.fullmatch(line.strip())
        and not _title_score(line)
        # not what a firm does ("Interior & Exterior", "Grains & Seeds")
        and not any(common_word(fold(word)) for word in _words(line) if word != "&")
    ):
        # "Modesto & Modesto", "SMITH & JONES": partners' names, a firm's
        score = max(score, 0.6)
    if _POSSESSIVE_FIRM.match(line) and not _title_score(line):
        # "Andy's American Kustoms (AAK)": whose shop, then what it is; its
        # initials in brackets say so surely
        score = max(score, 0.85 if _initials_in_brackets(line) else 0.6)
    return min(score, 0.97)


# how German and Dutch firms' words end, what the firm does or is run as:
# "Haustechnik", "Gartenbau", "Sicherheitsdienst", "Kaffeerösterei",
# "Friseursalon", "Nagelstudio", "Holzhandel", "Reifenservice",
# "Gesundheitszentrum", "Bürobedarf", "Installatiebedrijf"
_FIRM_COMPOUND_ENDINGS = (
    "technik",
    "bau",
    "dienst",
    "erei",
    "salon",
    "studio",
    "handel",
    "service",
    "zentrum",
    "bedarf",
    "bedrijf",
)


def _firm_compound(word):
    """Whether ``word`` (folded) is a German or Dutch compound naming what a
    firm does or is ("haustechnik", "gartenbau"; see
    ``_FIRM_COMPOUND_ENDINGS``): a firm's word, no person's; not a surname
    ("Neubau"), nor a word of eight letters or less."""
    return (
        len(word) >= 9
        and word.endswith(_FIRM_COMPOUND_ENDINGS)
        and word not in surnames()
        and not has_given_name([word])
    )


# the legal forms of Japan, China, Taiwan and Korea: kabushiki kaisha,
# yūgen kaisha, gōdō kaisha..., foundations and associations, NPOs; a limited
# company and a group in Chinese; jusik hoesa
_CJK_FORM = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|(?:一般|公益)(?:社団|財団)法人"
    r"|特定非営利活動法人|医療法人|学校法人|股份有限公司|有限公司|有限责任公司"
    r"|集团|集團|주식회사|[(（][株有][)）]"
)


# a shop named after its owner: "Andy's American Kustoms", "Raisa's Sewing",
# "RAISA'S SEWING & ACCESSORIES"
_POSSESSIVE_FIRM = re.compile(
    r"(?:[A-Z][a-z]+['’]s|[A-Z]{2,}['’]S)\s+[A-Z][\w&'’-]*(?:\s+\S+){0,5}$"
)


def _initials_in_brackets(line):
    """Whether ``line`` ends with its words' initials in brackets
    ("Andy's American Kustoms (AAK)")."""
    found = re.fullmatch(r"(.+?)\s*\(([A-Z]{2,6})\)", line.strip())
    if not found:
        return False
    initials = "".join(word[0] for word in found[1].split() if word[0].isupper())
    return initials == found[2]


def _unglue(line):
    """``line`` with a space where the OCR lost one between two words, a small
    letter then a capital and a small one ("SeniorAdviser")."""
    parts = [line[:1]]
    for position in range(1, len(line)):
        if (
            line[position - 1].islower()
            and line[position].isupper()
            and line[position + 1 : position + 2].islower()
            # "SeniorAdviser", not "DevOps" or "JavaScript": two whole words
            and re.search(r"[^\W\d_]{4}$", line[:position])
            and re.match(r"[^\W\d_]{4}", line[position:])
        ):
            parts.append(" ")
        parts.append(line[position])
    return "".join(parts)


_LONG_TITLE_WORDS = frozenset(word for word in _TITLE_WORDS if len(word) >= 7)
# the long words of firms, by their length: "industries", "enterprises"
_LONG_FIRM_WORDS = {
    length: frozenset(word for word in _COMPANY_WORDS if len(word) == length)
    for length in {len(word) for word in _COMPANY_WORDS if len(word) >= 7}
}


@functools.cache
def _dropped_letter():
    """The role words of nine letters or more with one letter the OCR or the
    printer left out ("propritor" of "proprietor"), their first one kept; not
    an everyday word ("landscape" of "landscaper"). Made once, when first
    asked (the everyday words are read then)."""
    return frozenset(
        dropped
        for word in _TITLE_WORDS | _MORE_TITLE_WORDS
        if len(word) >= 9 and word.isalpha()
        for position in range(1, len(word))
        if not common_word(dropped := word[:position] + word[position + 1 :])
    )


# the first word of a line that names a unit of the company, not a role
# ("Direction Marketing et Vente Directe", "Department of Physics")
_UNIT_FIRST = frozenset(
    ["department", "dept", "division", "section", "direction", "abteilung"]
    + ["departement", "departamento", "divisao", "dipartimento", "fachbereich"]
    + ["fachgebiet", "lehrstuhl", "institut", "faculty", "facultad", "faculte"]
    # Polish, Czech and Turkish: "Wydział Mechaniczny", "Katedra Fizyki",
    # "Fakulta", "Bölümü" comes last
    + ["wydzial", "katedra", "instytut", "fakulta", "fakulte", "facolta"]
)


# what a shop's card offers or is: "STUDENT CARD", "Gift Voucher", "Loyalty Card"
_OFFER_WORDS = frozenset(
    ["card", "cards", "voucher", "vouchers", "coupon", "coupons", "discount"]
    + ["loyalty", "membership", "gift", "offer", "offers"]
)


# what a shop sells or does, said as a shop says it: "of All Brands", "All
# kinds of", "Mobile Phones & Accessories" (not "Accessories Buyer", a role),
# "Dealers in", "Spare Parts"
_GOODS_OFFERED = re.compile(
    r"(?i)\b(?:all\s+(?:brands?|kinds?|types?|makes?|models?)|(?:&|and)\s+accessories"
    r"|spare\s+parts|dealers?\s+in|deals?\s+in|available)\b"
)


# the words of a form's labels, to be filled in by hand
_FORM_FIELDS = frozenset(["name", "nombre", "nom", "signature", "date", "fecha"])
# the kinds of property a builder or an agent works on, no role
_PROPERTY_KINDS = frozenset(["residential", "residencial", "industrial"])


# the honorifics before a person's name that are no role ("Dr.", "Shri"): not a
# rank or a ministry ("Prof.", "Pastor"), nor a degree ("Mgr", "Dipl.")
_PERSONAL_HONORIFICS = _HONORIFICS - frozenset(
    ["pr", "prof", "professor", "pastor", "chaplain", "rabbi", "chief"]
    + ["ing", "dipl", "mag", "habil", "mgr", "inz"]
    + ["lic", "licda", "arq", "mtro", "mtra", "abg", "abog"]
)


# whom a shop serves, before its trade: "Men's Hairdresser", "Ladies' Tailor"
_CLIENTELE = re.compile(
    r"(?i)\s*(?:men|women|ladies|gents|kids|children|girls|boys)['’`]?s?['’`]?\s"
)


# the leader of a team, a group, a project... ("Team Leader", "Shift Leader"):
# a role; "leader" alone is a slogan's as often ("Market Leader in Freight"),
# and so is "Technical Leader in Coatings"
_LEADER = re.compile(
    r"(?i)\b(?:team|group|project|squad|section|unit|shift|practice|tech|technical"
    r"|program|programme|product|crew|cell|site|line|area|tour|course|youth)"
    r"[\s-]+leader\b(?!\s+(?:in|of|for|among)\b)"
    # "Daglig leder": a managing director, in Norwegian (not "daglig" alone,
    # daily: "Daglig transport Oslo – Bergen"; nor "Leder", German leather)
    r"|\bdaglig\s+leder\b"
)


def _title_score(line):
    # "Co-Founder", "singer/songwriter", "Exp.Manager": the parts of a word too
    printed = _words(line)
    whole = [fold(word) for word in printed]
    words = {
        fold(part)
        for word in _words(_unglue(line))
        for part in re.split(r"[-/]|\.(?=\w)", word)
    } | set(whole)
    # "Team Leader", "Project Leader": who leads them, a role
    words |= {"lead"} if _LEADER.search(line) else set()
    # "Co-ordinator", "Co-Founder": the word whole too
    words |= {fold(word).replace("-", "") for word in printed if "-" in word}
    # "Projekt1eiter": a digit the OCR read for a letter, as mended
    words |= {fold(_mend_digits(word)) for word in printed if re.search(r"[015]", word)}
    if (
        fold(line) in _NOT_TITLES
        or whole[:1] == ["the"]
        # '"Sandviç Panel Uzmanı"': a line in quotes, a slogan or a partner's
        # motto, no role
        or re.fullmatch(r'\s*["“„«].*["”»]\s*', line)
        or (whole[-1:] == ["class"] and whole[-2:-1] != ["first"])
        # "Tony's Barber Shop": whose shop, a firm's name, no role
        or (_POSSESSIVE_FIRM.match(line) and words & (_COMPANY_WORDS | {"shop"}))
        # "Sam's Tailor", "Joe's Plumber": whose trade, two words (not "Men's
        # Hairdresser", whom one serves)
        or (
            _POSSESSIVE_FIRM.match(line)
            and len(whole) == 2
            and not _CLIENTELE.match(line)
            # "Owner's Representative", "Editor's Assistant": a role's
            and re.sub(r"['’]?s$", "", whole[0]) not in _TITLE_VOCABULARY
        )
        # "Iscr. Albo Psicologi Lazio n. 18432": a register's entry and its
        # number, no role (not "ISO 9001 Lead Auditor", "Expo 2020")
        or _REGISTER_NUMBER.search(line)
        # "MBBS, MD (Medicine), DM (Cardiology)": the degrees, no role
        or _only_degrees(line)
        # "Chief Emeka Okafor": a name after its chieftaincy title
        or (whole[:1] == ["chief"] and _chief_before_name(" ".join(printed[1:])))
        # "Head Office: 4-1 Minamisenba, Chuo-ku, Osaka", "Sales Office:
        # Riyadh": an office's address
        or re.match(
            r"(?i)\s*(?:head|branch|registered|main|corporate|sales)\s+office\s*:", line
        )
        # "Tokyo Head Office", "Mumbai Branch": which of the firm's offices, a
        # place's name before it (not "Branch Manager", "Head of Office")
        or re.fullmatch(
            r"(?i)\s*[^\W\d_][\w.'-]*(?:\s[^\W\d_][\w.'-]*)?\s+"
            r"(?:head\s+office|branch(?:\s+office)?|regional\s+office|headquarters)\s*",
            line,
        )
        and whole[0] not in _TITLE_VOCABULARY
        # "Clínica Veterinaria San Antón": a place of business first, in a
        # Latin language, a firm's name (not "Pharmacie" alone, a field)
        or (
            len(whole) >= 3
            and whole[0] in _BUSINESS_PLACES_FIRST
            # not a role after it ("Taller de Cerámica · Profesora"), nor a
            # doctor's field ("Clínica Médica e Cardiologia", internal medicine)
            and not re.search(r"\s[·|–-]\s", line)
            and whole[1] not in ("medica", "geral")
        )
        # "Ali Barber Shop", "Kumar Tailoring Centre": a trade's place of
        # business last, a firm's name ("Shop Manager" ends in its role; not
        # "Director, Cancer Center", "Head of Design Studio": a role there)
        or (
            len(whole) >= 2
            and whole[-1] in _BUSINESS_PLACES
            and "," not in line
            and not set(whole) & (_OF_WORDS | {"&", "and"})
            and whole[0] not in _TITLE_VOCABULARY
        )
    ):
        # "The Computer Consultants": a firm's name, no role; "Executive
        # Class", "Business Class": a class of service (not "Sergeant First
        # Class", a rank)
        return 0.0
    if (words & _OFFER_WORDS or _GOODS_OFFERED.search(line)) and not (
        words & _TITLE_NOUNS
    ):
        # "STUDENT CARD", "Gift Voucher": what the card is, no role; "Sales &
        # Service of All Brands Mobile Phones": what the shop sells
        return 0.0
    items = [item for item in re.split(r"[,;]", line) if item.strip()]
    if (
        len(items) >= 5 and 2 * sum(map(_has_title_word, items)) < len(items)
    ) or _work_listed(line, words):
        # "Walker, Walling Aid, Dr. Coat, Air Mattress, Water Bed": what a shop
        # sells, one of its goods with a role's word
        return 0.0
    if re.match(r"\s*Md\.\s*[A-Z][a-z]|\s*Md\.?\s*$", line) or (
        re.match(r"\s*MD\.\s*[A-Z]", line) and _is_name(line[line.index(".") + 1 :])
    ):
        # "Md. Majibur Rahaman", "MD. AHASANUL KARIM": Muhammad, shortened
        # before a name; no MD ("Md." alone: the same, the name cut from it)
        return 0.0
    if (
        len(printed) >= 2
        and whole[0] in _PERSONAL_HONORIFICS
        and printed[1][:1].isupper()
        and not set(whole[1:]) & _TITLE_VOCABULARY
    ):
        # "Dr. Mohan S C, Ph.D": a name after its honorific, no role
        return 0.0
    if whole and whole[0] in _UNIT_FIRST and not set(whole) & _TITLE_NOUNS:
        # a department, no role of its own ("Ingenieur-und
        # Naturwissenschaften": a field, no engineer)
        return 0.0
    if words & _PROPERTY_KINDS and not words & _TITLE_NOUNS:
        # "Residential & Commercial": the kinds of property a firm works on
        return 0.0
    if line.rstrip().endswith(":") and words & _FORM_FIELDS:
        # "TECHNICIAN NAME:": a form's label, to be filled in by hand (not
        # "Manager:" before the manager's name)
        return 0.0
    if not words & _TITLE_NOUNS and (
        len(words & _TRADE_WORDS) >= 2
        # "Commercial Supply", "Commercial Auto/Truckers": what a firm sells
        # ("Commercial" alone is a role in French, "Commercial Manager" one)
        or (words & _TITLE_WORDS == {"commercial"} and len(words) > 1)
    ):
        # "SALES REPAIR INSTALLATION MAINTENANCE": what a shop does, no role
        return 0.0
    if words <= {"sales", "service", "&", "and", ""} and "service" in words:
        # "Sales & Service": what a shop does, no role ("Service Writer" is one)
        return 0.0
    if (
        words & _COMPANY_WORDS
        and not words & _TITLE_NOUNS
        and words <= _TITLE_WORDS | _COMPANY_WORDS | _DOMAIN_FILLERS | {"&", ""}
        # "Dental Surgeon": a person who does the trade
        and not (
            whole[-1] in _TITLE_WORDS
            and whole[-1] not in _COMPANY_WORDS | _DEPARTMENT_WORDS
        )
        # "Professor of Medicine": a role, then its field
        and not (
            len(whole) >= 3
            and whole[1] in _OF_WORDS
            and whole[0] in _TITLE_VOCABULARY
            and whole[0] not in _COMPANY_WORDS
        )
    ):
        # "SALES & SERVICES", "Marketing Services": what the firm does, no role
        return 0.0
    if (
        words & _TITLE_WORDS
        or any(
            word.endswith(_TITLE_ENDINGS)
            and word not in surnames()
            # "Anna Baumeister": a surname of a master's trade after her
            # given name
            and not (word.endswith(_NAME_ENDINGS) and has_given_name(whole))
            for word in words
            if len(word) > 9
        )
        or _vietnamese_role(whole)
        or _BOARD_MEMBER.fullmatch(" ".join(whole))
    ):
        return 0.85
    if _plural_role(whole):
        # "MVV ENGINEERING CONSULTANTS", "Consulting Engineers & Architects":
        # roles in the plural, a firm's, no person's (nor a role misread)
        return 0.0
    if any(_misread_title_word(word) for word in words) or words & _dropped_letter():
        # a long role word with one letter misread ("Co-ordanator") or left out
        # ("Propritor")
        return LOW_CONFIDENCE - 0.05
    if words & _MORE_TITLE_WORDS:
        # a rarer role ("Electrician", "Notary"): a title, to be checked
        return LOW_CONFIDENCE - 0.04
    return 0.0


def _work_listed(line, words):
    """Whether ``line`` (its folded ``words``) lists what a firm does, three
    items or more of a word or two apart by dots or bars ("Vermietung ·
    Verkauf · Service", "Sales | Rental | Repairs"), no role's noun among
    them ("CEO | Founder | Speaker" names roles)."""
    listed = [item for item in re.split(r"\s[·•|]\s", line) if item.strip()]
    return (
        len(listed) >= 3
        and all(len(_words(item)) <= 2 for item in listed)
        and not words & _TITLE_NOUNS
        # no item a role of its own, but a department's work ("Sales",
        # "Verkauf"): "Autorin · Speakerin · Coach", "Photographer | Filmmaker
        # | Storyteller" are a person's roles
        and not any(
            _title_score(item) and fold(item) not in _DEPARTMENT_WORDS | {"verkauf"}
            for item in listed
        )
    )


# a member of a firm's board, folded, the whole line: "Member of the Board",
# "Board Member", "Yönetim Kurulu Üyesi", "Vorstandsmitglied", "Mitglied des
# Vorstands", "Membre du directoire" (a member alone, of an association as
# often, is none, nor "Member of the Board of Trade", an exchange's, nor "Proud
# Board Member of the Chamber of Commerce")
_BOARD_MEMBER = re.compile(
    r"member\s+of\s+(?:the\s+)?(?:(?:management|supervisory|executive)\s+)?"
    r"board(?:\s+of\s+(?:directors|trustees|management))?|board\s+member"
    r"|yonetim\s+kurulu\s+uyesi|(?:vorstands|aufsichtsrats)mitglied"
    r"|mitglied\s+(?:des|der)\s+(?:vorstand|vorstands|vorstandes|aufsichtsrat"
    r"|aufsichtsrats|aufsichtsrates"
    r"|geschaftsleitung)|membre\s+du\s+(?:directoire|conseil\s+d\W?administration)"
    r"|miembro\s+del\s+consejo(?:\s+de\s+administracion)?"
    r"|membro\s+do\s+conselho(?:\s+de\s+administracao)?"
)


# a role in Vietnamese, its accents folded: "Trưởng Phòng Kinh Doanh" (head of
# the sales department), "Phó Giám Đốc" (deputy director), "Trưởng ban";
# three words at least: "Trương Phong" is a surname and a given name
_VIETNAMESE_ROLE = re.compile(
    r"(?:pho\s)?(?:truong\s(?:phong|ban|nhom|khoa|bo\sphan|van\sphong)"
    r"|(?:tong\s)?giam\sdoc|chu\stich|quan\sly|nhan\svien|ke\stoan)\b"
)


def _vietnamese_role(words):
    """Whether the folded ``words`` of a line, three at least, begin with a
    role in Vietnamese (``_VIETNAMESE_ROLE``)."""
    return len(words) >= 3 and bool(_VIETNAMESE_ROLE.match(" ".join(words)))


def _one_letter_off(first, second):
    """Whether ``first`` and ``second`` have as many letters, one of them
    different (a letter the OCR misread)."""
    return len(first) == len(second) and (
        sum(a != b for a, b in zip(first, second, strict=True)) == 1
    )


def _misread_title_word(word):
    """The role word of seven letters or more that ``word`` (folded) is, with one
    letter misread ("coordanator" for "coordinator", "dircctor" for "director"),
    its first letter read right under nine letters; None when it is none, or
    when ``word`` is a role word of its own ("trainee", no "trainer")."""
    if len(word) < 7 or word in _MORE_TITLE_WORDS:
        return None
    found = [
        known
        for known in _LONG_TITLE_WORDS
        if _one_letter_off(known, word) and (len(word) >= 9 or known[0] == word[0])
    ]
    # of two, the one whose letter the OCR reads so ("direotor": director, an o
    # for a c, not direktor), then the one whose letter is further from the
    # end (another language's form differs in its ending: "coordenator",
    # coordinator, not the Portuguese coordenador), then the English one
    return min(
        found,
        key=lambda known: (
            not any(
                {a, b} in _LOOKALIKE_LETTERS
                for a, b in zip(known, word, strict=True)
                if a != b
            ),
            next(i for i, (a, b) in enumerate(zip(known, word, strict=True)) if a != b),
            not common_word(known),
            known,
        ),
        default=None,
    )


# the letters the OCR reads for each other
_LOOKALIKE_LETTERS = [
    set(pair)
    for pair in ("co", "ce", "eo", "il", "lt", "it", "nm", "nh", "rn", "ao")
    + ("uv", "hb", "tf", "jl", "ij", "ea", "sz", "gq", "kx", "ft")
]


# the words of roles and of the units they lead
_ROLE_AND_UNIT_WORDS = _ROLE_WORDS | _DEPARTMENT_WORDS


def _letter_put_back(word):
    """The role's or department's word of seven letters or more that ``word``
    (folded, no word of its own in English or the cards' other languages) is
    with one letter left out ("markting", "busness", "purchsing"), when only
    one is; else None."""
    if (
        len(word) < 6
        # "programme", "projet", "comercial": a word of its own, here or abroad
        or everyday_abroad(word)
        or word in _ROLE_AND_UNIT_WORDS
    ):
        return None
    found = _short_of_a_letter().get(word, ())
    return next(iter(found)) if len(found) == 1 else None


@functools.cache
def _short_of_a_letter():
    """Each role's and department's word of seven letters or more with one
    letter left out, to the words it is so of. Made once, when first asked."""
    found = {}
    for known in _ROLE_AND_UNIT_WORDS:
        if len(known) >= 7:
            for i in range(len(known)):
                found.setdefault(known[:i] + known[i + 1 :], set()).add(known)
    return found


def _letter_left_out(title):
    """Whether a word of ``title`` is a role's or a department's word with a
    letter left out ("Markting Manager", "BUSNESS DEVELOPMENT"): printed so, or
    dropped by the OCR; left as it reads, to be checked (the card's own typo,
    "Propritor", "Suport", is what it prints)."""
    return any(_letter_put_back(fold(word)) for word in re.findall(r"[^\W\d_]+", title))


def _gendered_form(word, known):
    """Whether ``word`` (folded) is the feminine or masculine form of the role
    word ``known`` of as many letters, as Spanish, Portuguese and Italian write
    them: its last vowel another ("odontologa", "odontologo")."""
    return (
        len(word) == len(known)
        and word[:-1] == known[:-1]
        and {word[-1], known[-1]} <= {"a", "o", "e"}
    )


# a digit the OCR read for the letter it looks like, beside a letter (inside a
# word, or at its start: "0liver"), and inside a word only
_DIGIT_BY_LETTER = re.compile(r"(?<=[^\W\d_])[015]|[015](?=[^\W\d_])")
_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_])[015](?=[^\W\d_])")


def _digits_as_letters(text, ones, where=_DIGIT_IN_WORD):
    """``text`` with the digits ``where`` finds read as the letters they look
    like: 0 as o, 5 as s, 1 as ``ones`` (l or i); a capital at a word's start
    and between capitals ("J0HN" → "JOHN", "0liver" → "Oliver"), else small
    ("J0hn" → "John")."""

    def letter(found):
        char = {"0": "o", "1": ones, "5": "s"}[found[0]]
        before = text[found.start() - 1] if found.start() else ""
        after = text[found.end() : found.end() + 1]
        if not before.isalpha():
            return char.upper()
        return char.upper() if before.isupper() and not after.islower() else char

    return where.sub(letter, text)


def _mend_digits(text):
    """``text`` with the digits the OCR read for letters inside its words put
    back ("Sa1es Manager", "Techn1cian", "Log1stics", "Projekt1eiter") or
    beginning them ("0perations"), where the word so read is an everyday word,
    a role's or a firm's; other words as printed ("B2B"); and a small l read
    for the capital I of capitals ("lT Manager")."""

    def mend(found, where=_DIGIT_IN_WORD):
        word = found[0]
        for ones in ("l", "i"):
            mended = _digits_as_letters(word, ones, where)
            folded = fold(mended)
            if (
                common_word(folded)
                or folded in _TITLE_WORDS | _MORE_TITLE_WORDS | _GENERIC_WORDS
                # "Projektleiter": a German compound role
                or (len(folded) > 9 and folded.endswith(_TITLE_ENDINGS))
            ):
                return mended
        return word

    text = re.sub(r"[^\W\d_]+(?:[015][^\W\d_]+)+", mend, text)
    # "0perations Manager": a zero for the capital O a word begins with
    text = re.sub(
        r"(?<![\w.@/])0[a-z]{3,}\b",
        lambda found: mend(found, _DIGIT_BY_LETTER),
        text,
    )
    return re.sub(r"(?<![\w.@/])l(?=[A-Z]{1,3}\b)", "I", text)


def _respell_title(title):
    """``title`` with its role words of one misread letter spelled right, in the
    case they are printed in ("Co-ordanator" → "Co-ordinator")."""

    def respell(match):
        word = match.group()
        letters = [i for i, char in enumerate(word) if char != "-"]
        folded = fold(word).replace("-", "")
        known = _misread_title_word(folded)
        if (
            not known
            or len(folded) != len(letters)
            or folded in _TITLE_WORDS
            # "Directors", "Supervisory": a word of its own, here or abroad, no
            # "Directora" misread; "Dirctor": an English role's letter left
            # out, no Portuguese "Diretor" misread
            or everyday_abroad(folded)
            or common_word(_letter_put_back(folded) or "")
        ):
            return word
        if folded in _COMPANY_WORDS | _TRADE_WORDS:
            # "Logistik": a firm's word spelled right, no "Logistyk" (a
            # logistician, in Polish) misread
            return word
        if len(folded) > 9 and any(
            folded.endswith(ending) and not known.endswith(ending)
            for ending in _TITLE_ENDINGS
        ):
            # "Teamleiter": a German compound role, no Dutch "Teamleider"
            # misread ("Geschäfisführer" is one, its ending kept)
            return word
        if _gendered_form(folded, known):
            # "Odontóloga": a woman's form of the role word
            return word
        chars = list(word)
        for position, index in enumerate(letters):
            if folded[position] != known[position]:
                char = known[position]
                chars[index] = char.upper() if word[index].isupper() else char
        return "".join(chars)

    title = _mend_digits(title)
    title = re.sub(r"[^\W\d_]+(?:-[^\W\d_]+)*", respell, title)
    # "Frontier Al Safety", "Al Engineer": the OCR's small l for the capital I
    # of AI, before an everyday word or a role's (not "Al Ain", a place)
    return re.sub(
        r"(?<![\w.'’-])Al(?=\s*$|[,/&]|\s+([^\W\d_]+))",
        lambda found: (
            "AI"
            if not found[1]
            or common_word(fold(found[1]))
            or fold(found[1]) in _ROLE_WORDS
            else found[0]
        ),
        title,
    )


def _has_title_word(line):
    words = {fold(part) for word in _words(line) for part in re.split(r"[-/]", word)}
    return bool(words & _TITLE_WORDS)


# a role the person had: "Formerly Senior Scientist, Dept. of Space", "Ex-Chief
# Engineer", "Former Director"
_PAST_ROLE = re.compile(r"(?i)(?:formerly|former|ex)\b[\s:-]")


def _peel_degrees(title):
    """``(title, degrees)``: ``title`` without the degrees printed after it
    ("Managing Director B.E. Civil"), and those ("" if none)."""
    words = title.split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        if _degree_line(tail):
            return " ".join(words[:start]).rstrip(" ,-"), tail
    return title, ""


def _mend_i_for_l(text):
    """``text`` with each word of six letters or more that is no everyday word,
    but is one with an "I" read for an "L" (or "l" for "I") mended
    ("REGIONAI" → "REGIONAL")."""

    def mend(match):
        word = match.group()
        if len(word) < 6 or common_word(fold(word)):
            return word
        swaps = {"I": "L", "L": "I", "l": "i", "i": "l"}
        for position, char in enumerate(word):
            if char in swaps:
                mended = word[:position] + swaps[char] + word[position + 1 :]
                if common_word(fold(mended)):
                    return mended
        return word

    return re.sub(r"[^\W\d_]+", mend, text)


def _has_title_noun(line):
    words = {fold(part) for word in _words(line) for part in word.split("-")}
    return (
        bool(words & _TITLE_NOUNS)
        or bool(_LEADER.search(line))
        or (not line.islower() and bool(words & _TURKISH_TITLE_NOUNS))
    )


def _name_score(line, position, email_locals, height=1.0):
    """How sure ``line`` is the person's name: the e-mail address spells it
    (``ricknog39`` for Ricardo Nogueira, ``lperrin`` for Louis Perrin), it is
    printed large, it comes first, it begins with a given name ("C.H. ROBINSON"
    does not). Without an e-mail that spells it, a name is to be checked. An
    umlaut may be spelled out in the address ("Markus Bäcker" at m.baecker@)."""
    spellings = {line}
    if has_given_name([fold(word) for word in _words(line)[:1]]):
        # a person's name, a given name first (not "Bäckerei Müller" at
        # baeckerei.mueller@, the shop's)
        spellings.add(line.translate(_UMLAUTS))
    return max(
        _spelling_score(spelling, position, email_locals, height)
        for spelling in spellings
    )


def _spelling_score(line, position, email_locals, height):
    """``_name_score`` of one spelling of the name ``line``."""
    score = 0.55 if position == 0 else 0.5
    words = [fold(word) for word in _words(line)]
    words = [word for word in words if word and word not in NAME_PARTICLES]
    if has_given_name(words[:1]):
        score += 0.05
    best = 0
    for local in email_locals:
        local = re.sub(r"\d+", "", local)
        if local in _ROLE_MAILBOXES:
            # "biuro@" beside "Biuro Nieruchomości": a role's mailbox spells no
            # one's name
            continue
        hits = sum(1 for word in words if len(word) >= 3 and _in_local(word, local))
        # a part of the address the name spells whole, the rest the person's
        # trade ("kwalsh.handyman@" for Kevin Walsh, "priyasharma.mua@")
        if len(words) >= 2 and any(
            len(part) >= 4 and _spelled(order, part) >= 0.99
            for part in local.split(".")
            for order in (words, words[::-1])
        ):
            hits = max(hits, 2)
        local = local.replace(".", "")
        # the initials and beginnings of the words, in order or reversed
        for order in (words, words[::-1]):
            spelled = _spelled(order, local)
            if spelled >= 0.99 or (spelled >= 0.6 and len(order) >= 2):
                hits = max(hits, 2)
        if _spells_the_end(words, local):
            hits = max(hits, 2)
        best = max(best, hits)
    if best >= 2:
        score += 0.4
    elif best == 1:
        score += 0.3
    if height >= 1.2:
        score += 0.1
    if not best:
        # the OCR may have misread a letter that nothing else on the card spells
        score = min(score, LOW_CONFIDENCE - 0.01)
    return min(score, 0.95)


def _spells_the_end(words, local):
    """Whether ``words`` (folded, two at least) spell the end of ``local``, the
    first word whole: a trade, then the person's name
    ("insuranceadvisorgaurava@" for "GAURAV ARORA")."""
    first = words[0] if len(words) >= 2 else ""
    return len(first) >= 4 and any(
        _spelled(words, local[start:]) >= 0.99
        for start in range(3, len(local) - len(first) + 1)
        if local.startswith(first, start)
    )


def _in_local(word, local):
    """Whether ``word`` is a part of the e-mail's ``local`` part (its parts
    joined by dots, see ``_email_locals``): one of them, or at its start or end
    ("kevin@", "anna.maria.kowalska@",
    "prasad.srinivasaiah@"), not inside a shop's mailbox ("IT Products" and
    "svsitproductshosur@")."""
    parts = local.split(".")
    joined = "".join(parts)
    return word in parts or joined.startswith(word) or joined.endswith(word)


def _mend_cut_name(name, email_locals):
    """``name`` with the last letter of its last word that the OCR cut at the
    card's edge put back, where an e-mail address spells the word whole with
    it ("Thakka" at sandeep.thakkar@; not "Maria Lopes" at marial@, nor "V.
    Ganesh" at ganeshv@: an initial)."""
    words = name.split()
    if len(words) < 2:
        return name
    last = words[-1]
    for local in email_locals:
        for part in re.split(r"[._-]+", re.sub(r"\d+", "", local)):
            if (
                len(last) >= 4
                and last.isalpha()
                and last.isascii()
                and len(part) == len(last) + 1
                and part.startswith(fold(last))
                # not "V. Ganesh" at ganeshv@: the initial after the surname
                and part[-1] not in {fold(word)[:1] for word in words[:-1]}
            ):
                letter = part[-1].upper() if last.isupper() else part[-1]
                return " ".join([*words[:-1], last + letter])
        rest = _surname_rest(words, re.sub(r"\d+", "", local))
        if rest:
            return name + (rest.upper() if last.isupper() else rest)
    return name


def _surname_rest(words, local):
    """The letters the OCR cut off the surname, the last of ``words``, at the
    card's edge, where the mailbox is the given name's initial and the whole
    surname ("Jimit Gan" at igandhi@, its j read as an i): two or three; else
    an empty string."""
    last = fold(words[-1])
    initials = {fold(words[0])[:1]}
    initials |= next((set(group) for group in _LOOKALIKES if initials & group), set())
    if (
        len(words) >= 2
        and len(last) >= 3
        and words[-1].isalpha()
        and local[:1] in initials
        and local[1:].startswith(last)
        and 2 <= len(local) - 1 - len(last) <= 3
        and local[1:].isalpha()
    ):
        return local[1 + len(last) :]
    return ""


def _spelling_unsure(line, email_locals):
    """Whether no e-mail address confirms how the name ``line`` is spelled:
    none spells one of its words whole ("sks@" gives only the initials of
    "Sanjay Kumar Srivastava"), or one spells a word of it with one letter
    changed ("srivastaya" against "srivastava@": one of the two is misread)."""
    # "Bäcker" at m.baecker@: an umlaut spelled out, as addresses do
    spellings = {fold(word): fold(word.translate(_UMLAUTS)) for word in _words(line)}
    words = [
        word for word in spellings if len(word) >= 3 and word not in NAME_PARTICLES
    ]
    locals_ = [re.sub(r"[\d._-]+", "", local) for local in email_locals]

    def spelled(word, local):
        return word in local or spellings[word] in local

    if not any(spelled(word, local) for word in words for local in locals_):
        return True
    first = re.match(r"([^\W\d_]{2,4})\.\s", line)
    if first and not any(fold(first[1]) in local for local in locals_):
        # "Pro. Samir Khanal" at samir.khanal@: a word shortened before the
        # name that no address spells (an honorific, a degree: "Er.", "Adv.")
        # is to be checked
        return True
    for word in words:
        if len(word) < 4:
            continue
        for local in locals_:
            if spelled(word, local):
                continue
            for start in range(len(local) - len(word) + 1):
                part = local[start : start + len(word)]
                if (len(word) >= 5 and _one_letter_off(part, word)) or _swapped(
                    part, word
                ):
                    return True
    return False


# letters, and pairs of letters, the OCR reads for others in a name ("Iohn",
# "Srnith", "Wi1liam", "Dav1d", "Ciaudia")
_NAME_MISREADS = (
    ("i", "j"),
    ("i", "l"),
    ("l", "i"),
    ("1", "l"),
    ("1", "i"),
    ("0", "o"),
    ("rn", "m"),
    ("m", "rn"),
    ("cl", "d"),
    ("vv", "w"),
    ("ii", "u"),
    ("c", "e"),
    ("e", "c"),
    ("o", "c"),
    ("c", "o"),
    ("h", "b"),
    ("b", "h"),
    ("5", "s"),
)


@functools.cache
def _known_names():
    """The given names and surnames the lists know, folded, in one set."""
    return given_names() | surnames()


def _misread_name_word(name):
    """Whether a word of the name ``name`` is no name nor word the lists know
    and, with one letter the OCR reads for another put back, a known given
    name or surname ("Iohn Smith": John; "Srnith": Smith): the name is to be
    checked."""
    known = _known_names()
    for word in _words(name):
        folded = fold(word)
        if (
            len(folded) < 4
            or folded in known
            or not re.fullmatch(r"[a-z01-9]+", folded)
            or everyday_abroad(folded)
        ):
            continue
        for wrong, right in _NAME_MISREADS:
            start = folded.find(wrong)
            while start >= 0:
                mended = folded[:start] + right + folded[start + len(wrong) :]
                if mended in known:
                    return True
                start = folded.find(wrong, start + 1)
    return False


def _swapped(first, second):
    """Whether ``first`` and ``second`` are the same letters, two side by side
    swapped ("jonh" and "john": the OCR or the printer swapped them)."""
    if len(first) != len(second) or first == second:
        return False
    differ = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and first[differ[0]] == second[differ[1]]
        and first[differ[1]] == second[differ[0]]
    )


# a line that goes on from the one above: it begins with a small "and", "&",
# "of" ("and Telecommunications Engineering")
_CONTINUES = re.compile(r"^(?:and|&|of|for|at|und|et|e|y|de|du|des|der|di)\s+\S")


def _continues(line):
    """Whether ``line`` goes on from the line above: it begins with a small
    "and", "of", "de"..., or with one in capitals on a line in capitals ("DE
    MALAGA"); never a role ("Of Counsel")."""
    return bool(
        (_CONTINUES.match(line) or (line.isupper() and _CONTINUES.match(line.lower())))
        and not _title_score(line)
    )


def _spelled_with_next(lines, free_indexes, index, stems):
    """Whether line ``index`` and the free line after it, of four words at
    most, spell the card's domain whole together, and neither alone does."""
    following = index + 1
    if following not in free_indexes or len(_words(lines[following])) > 4:
        return False
    if re.search(r"[\d@]", lines[following]):
        return False
    joined = fold(f"{lines[index]} {lines[following]}")
    return any(joined == fold(stem) for stem in stems) and 0.95 > max(
        _domain_match(lines[index], stems), _domain_match(lines[following], stems)
    )


def _join_lines(lines, free_indexes, index, stems=()):
    """The line after ``index`` when it is free and its words may continue a
    company's name: ``Compass`` / ``Freight & Logistics``; or, the card's
    domain names ``stems`` given, when the two spell one of them whole and
    neither alone does ("asos" / "çelik kapı" at asoscelikkapi.com: a
    wordmark's second line in small letters, a slogan's shape)."""
    if stems and _spelled_with_next(lines, free_indexes, index, stems):
        return index + 1
    following = index + 1
    if following not in free_indexes:
        return None
    line = lines[following]
    if (
        re.search(r"[\d@]", line)
        # (not counting "&", the Turkish "ve" nor a legal name's abbreviations:
        # "SÜPER" / "GIDA SAN. VE TİC. A.Ş.")
        or len(
            [
                word
                for word in line.split()
                if word not in ("&", "+")
                and fold(word) != "ve"
                and not re.fullmatch(r"[^\W\d_]{1,5}\.(?:[^\W\d_]{1,3}\.)*", word)
            ]
        )
        > 4
        or _is_tagline(line)
        # "DE MÁLAGA" reads as a surname, but under "UNIVERSIDAD" it goes on
        # from it; under a given name ("MARIA" / "DE SOUZA") it is a name
        or (_is_name(line) and not (_continues(line) and not _is_name(lines[index])))
    ):
        return None
    return following


# an office named after the firm's name, apart by a dash or a bar
_OFFICE_AFTER = re.compile(
    r"(?i)\s+[-–—|]\s*(?:head|main|branch|regional|registered|corporate|sales"
    r"|back|front)\s+office\s*$"
)


# a firm's register number in brackets after its name ("(200301035992)",
# "(Co. No. 123456-X)", "(CIN: U72200TG2005PTC045678)")
_REGISTER_AFTER_FORM = re.compile(
    r"\s*\((?:[A-Za-z.]+\s*){0,3}(?:No\.?|Reg\.?|CIN)?\s*[:#]?\s*"
    r"[A-Z]?\d[\dA-Z-]{4,}\)\s*$"
    # or without brackets, a long number alone: "EMARQUE TECHNOLOGIES SDN BHD
    # 202001018506", as Malaysia's register numbers firms since 2019
    r"|\s+\d{9,}(?:\s*\(\d{5,}-[A-Z]\))?\s*$"
)


# the year a firm was founded, after its name: "since 1985", "Est. 1985",
# "seit 1965", "desde 1990", "depuis 1990", "dal 1965", "od 1990"
_SINCE = re.compile(
    r"(?i)\s*[-–,|·]?\s*\b(?:since|est\.?|estd\.?|established|founded(?:\s+in)?"
    r"|seit|desde|depuis|dal|od)\s+(?:19|20)\d\d\s*$"
)


def _firm_before_aside(text, stems, height):
    """``text`` without what follows the firm's name on its line: the year it
    was founded ("ACME LOGISTICS since 1985"), or after a dash or a bar a
    slogan ("... - Your partner in freight") or, when the domain or a legal
    form names the firm, what it does ("ACME LOGISTICS | Freight & Customs"
    at acmelogistics.com); not one part of a list or of a name ("victor |
    asensio")."""
    founded = _SINCE.sub("", text)
    if founded != text and founded.strip():
        text = founded
    parts = re.split(r"\s+[-–|·]\s+", text)
    if len(parts) != 2:
        # one part, or a list of what the firm does ("WEB DESIGN | LP DESIGN |
        # BUSINESS CARD DESIGN")
        return text
    head, tail = parts
    score = _company_score(head, stems, height)
    if score > _company_score(text, stems, height) and (
        score >= 0.85 or _is_tagline(tail)
    ):
        return head
    return text


# the label of a firm's office before its address: "Registered Office:", "Regd.
# Off.", "Head Office -", "Corporate Office"
_OFFICE_LABEL = re.compile(
    r"(?i)^\s*(?:regd?\.?|registered|head|corporate|corp\.)\s+off(?:ice|\.)\s*[:.-]"
)


# the words that begin a line of what a firm does: "Manufacturers of",
# "Wholesale Dealers in", "Authorised Distributor"
_TRADE_FIRST = re.compile(
    r"(?i)\s*(?:(?:wholesale|retail|leading|general)\s+)?(?:manufacturers?|dealers?"
    r"|distributors?|suppliers?|exporters?|importers?|traders?|stockists?"
    r"|authori[sz]ed|specialists?|deals)\b"
)


def _firm_over_office(lines, index, text, score, stems, heights):
    """``(text, score)`` of line ``index`` as a company: sure enough when it is
    a firm's name over its office's label ("Samarth Udyog Technology Forum," /
    "Registered Office: Ground Floor": the legal entity whose office the
    address is), its comma left out."""
    if not _over_its_office(lines, index, text):
        return text, score
    over = _company_score(text.rstrip(" ,"), stems, heights.get(index, 1.0))
    if not over:
        return text, score
    return text.rstrip(" ,"), max(score, over, 0.8)


def _over_its_office(lines, index, text):
    """Whether ``text`` (line ``index``) is a firm's name printed over the label
    of its office's address: two to six words, each capitalised, no name, role,
    street, number nor trade ("Manufacturers of HDPE Pipes", "Wholesale
    Dealers in Cement": what the firm does)."""
    words = _words(text.rstrip(" ,"))
    return (
        index + 1 < len(lines)
        and bool(_OFFICE_LABEL.match(lines[index + 1]))
        and 2 <= len(words) <= 6
        and all(word[:1].isupper() or word == "&" for word in words)
        and not _TRADE_FIRST.match(text)
        and not re.search(r"[\d@:]", text)
        and not _is_name(text.rstrip(" ,"))
        and not _title_score(text)
        and not _is_street(text)
    )


# the words that list trades: "Web & Print", "Sales, Service", "Cut + Colour"
_LISTING = re.compile(r"(?i)\s(?:[&+/|•·]|and|und|et|e|y|i|ve)\s|,\s")
_LIST_WORDS = frozenset(["and", "und", "et", "e", "y"])
# the kinds of place a firm is, last in its name
_FIRM_NOUNS = frozenset(
    ["estates", "spa", "cafe", "bar", "shop", "store", "salon", "studio"]
    + ["studios", "agency", "boutique", "bakery", "restaurant", "gallery"]
    + ["market", "clinic", "realty", "inn", "hotel", "pub", "kitchen", "co"]
    + ["company", "group", "lounge", "bistro", "grill", "deli", "emporium"]
)


def _trades_listed(text, stems):
    """Whether ``text`` lists what a firm does in everyday words and trades'
    ("Wedding & Event Photography", "WEB, PRINT, BRAND DESIGN", "Home & Office
    Cleaning Services"), no legal form, no name of its own ("Smith Plumbing &
    Heating", "Johnson & Johnson"), nor the card's domain's."""
    if (
        not _LISTING.search(text)
        or _legal_form(text)
        or _COMPANY_FORM.search(text)
        or (stems and _domain_match(text, stems) >= 0.5)
    ):
        return False
    words = [word for word in _words(text) if fold(word) not in _LIST_WORDS]
    words = [word for word in words if fold(word)]
    if words and fold(words[-1]) in _FIRM_NOUNS:
        # "Bricks & Mortar Estates", "Rise & Shine Café": a firm's name, its
        # kind of place last
        return False
    return len(words) >= 2 and all(
        common_word(fold(word)) or fold(word) in _COMPANY_WORDS | _TRADE_WORDS
        for word in words
    )


# what is left of a legal name without its name: "San." (sanayi), "Tic."
# (ticaret), "İth." and "İhr." (import, export), "Co."; and its joining words
_FORM_JOINERS = frozenset(["ve", "and", "und", "et", "e", "y", "i", "co", "gmbh"])


def _bare_form(text):
    """Whether ``text`` is only a legal form and the abbreviations a legal name
    ends with ("SAN. TIC. LTD. ŞTI.", "San. ve Tic. A.Ş.", "Co., Ltd."), no
    name before them ("KIGEMA SP. Z O. O.", "Boya ve Yapı Malz. Tic. Ltd. Şti."
    name one, or a trade)."""
    if not _legal_form(text):
        return False
    rest = _COMPANY_FORM.sub(" ", text).split()
    return not [
        word
        for word in rest
        if not re.fullmatch(r"[^\W\d_]{2,5}\.,?|[&,.]", word)
        and fold(word) not in _FORM_JOINERS
    ]


def _unless_no_firms_name(text, score, stems, height):
    """``score`` of ``text`` as a company's name, no more than 0.5 (no company)
    when it names no firm: it lists a freelancer's trades in small letters
    ("Wedding & Event Photography", "WEB, PRINT, BRAND DESIGN": kept in the
    note; printed large, a firm's name its wordmark lost may end so, "[Compass]
    Freight & Logistics", to be checked), or it is a legal form and its
    abbreviations alone ("SAN. TIC. LTD. ŞTI.", "Co., Ltd."), the end of a
    legal name whose name is printed elsewhere (its wordmark)."""
    if (
        score < LOW_CONFIDENCE and height < 1.3 and _trades_listed(text, stems)
    ) or _bare_form(text):
        return min(score, 0.5)
    return score


# a label before the bank an account is at ("Bankverbindung:", "Bank details:",
# "Coordonnées bancaires :", "Dane do przelewu:"; "Bank:", "Konto:" with their
# colon only: "Private" / "Banking" is a department's name, "Bank" / "Austria" a
# wordmark's)
_BANK_LABEL = re.compile(
    r"(?i)^\s*(?:(?:bankverbindung(?:en)?|bank\s*(?:details|account)"
    r"|coordonn[ée]es\s+bancaires|banca\s+d'appoggio|dados\s+banc[áa]rios"
    r"|datos\s+bancarios|dane\s+do\s+przelewu|bankrekening)\s*:?"
    r"|(?:bank|banking|banque|banco|banca|konto)\s*:)\s*$"
)


def _bank_of_account(lines, index, stems):
    """Whether line ``index`` of ``lines`` names the bank the card's account
    is at (under "Bankverbindung:"): never the company, unless the card's
    domain spells it ("Bank:" / "Federal Bank" at federalbank.co.in, the
    holder's employer)."""
    return bool(
        index > 0
        and _BANK_LABEL.match(lines[index - 1])
        and _domain_match(lines[index], stems) < 0.9
    )


def _company_lines(lines, free, stems, heights, boxes=()):
    """``[(score, -index, indexes, text)]``: each free line, and two lines
    together where they spell the domain better than either alone."""
    # the bank an account is at, and its label: no firm's name, nor a part
    free = [
        (index, line)
        for index, line in free
        if not _bank_of_account(lines, index, stems) and not _BANK_LABEL.match(line)
    ]
    free_indexes = {index for index, _line in free}
    found = []
    for index, line in free:
        text = _strip_label(line)
        # "Cradle Fund Sdn Bhd (200301035992)": the register's number after
        # the firm's legal name, left in the note
        unnumbered = _REGISTER_AFTER_FORM.sub("", text)
        if unnumbered != text and _COMPANY_FORM.search(unnumbered):
            text = unnumbered
        # "PT Petrosea Tbk - Head Office": which of its offices, no part of
        # the firm's name
        text = _OFFICE_AFTER.sub("", text) or text
        if text[-1:] in ",;" and _COMPANY_FORM.search(text[:-1].rstrip()):
            # "byteRays Technology Pvt. Ltd," then its address
            text = text[:-1].rstrip()
        head, stop, rest = text.partition(". ")
        slogan = bool(
            stop
            and rest
            and 2 <= len(_words(head)) <= 4
            and _is_tagline(text)
            and not _is_tagline(head)
            # "KAYA TEKSTİL SAN. VE TİC. LTD. ŞTİ.": abbreviations of the legal
            # name, to its legal form
            and not _COMPANY_FORM.search(text)
        )
        if slogan:
            # "Leila Nails. Cuidando de você!": the firm's name, then its slogan
            text = head
        text = _firm_before_aside(text, stems, heights.get(index, 1.0))
        score = _company_score(text, stems, heights.get(index, 1.0))
        text, score = _firm_over_office(lines, index, text, score, stems, heights)
        if slogan and {fold(word) for word in _words(head)} & _TRADE_WORDS:
            # and its trade: a company, to be checked
            score = max(score, LOW_CONFIDENCE - 0.1)
        score = _unless_no_firms_name(text, score, stems, heights.get(index, 1.0))
        found.append((score, -index, (index,), text))
        following = _join_lines(lines, free_indexes, index, stems)
        if following is None or re.search(r"[\d@]", text):
            continue
        joined = f"{text} {lines[following]}"
        third = _join_lines(lines, free_indexes, following)
        if (
            third is not None
            and max(map(len, map(_words, (text, lines[following])))) <= 2
        ):
            # a name stacked a word a line ("Technische" / "Hochschule" /
            # "Wildau" at th-wildau.de): the three lines where together they
            # spell the domain better than fewer do
            three = f"{joined} {lines[third]}"
            if _domain_match(three, stems) > max(
                _domain_match(part, stems)
                for part in (
                    text,
                    lines[following],
                    lines[third],
                    joined,
                    # "SecureGen" over "Secure Gen" / "Systems": the logo,
                    # then the name the domain spells in two lines
                    f"{lines[following]} {lines[third]}",
                )
            ) or (
                # "NEWTON" / "FINANCIAL" / "CORPORATION": ended by its legal form
                _only_form(lines[third])
                and not _only_form(lines[following])
                and _may_be_company_part(text)
                and not _is_name(text)
                and not any(map(_title_score, (text, lines[following])))
            ):
                # ended by its legal form: over its last two lines alone
                tie = 0.002 if _only_form(lines[third]) else -0.001
                score = _company_score(three, stems, heights.get(index, 1.0)) + tie
                found.append((score, -index, (index, following, third), three))
        reverse = f"{lines[following]} {text}"
        single = len(_words(text)) == len(_words(lines[following])) == 1
        if single and _domain_match(reverse, stems) > max(
            _domain_match(part, stems) for part in (text, lines[following], joined)
        ):
            # "Taxi" read before "City" (a logo's words, the larger below) at
            # airdriecitytaxi.ca: the words in the domain's order
            score = _company_score(reverse, stems, heights.get(index, 1.0)) - 0.001
            found.append((score, -index, (index, following), reverse))
            after = _join_lines(lines, free_indexes, following)
            if after is not None and _domain_match(
                f"{reverse} {lines[after]}", stems
            ) > _domain_match(reverse, stems):
                # "Ink" / "Defining" / "Tattoo & Art Studio" at
                # defininginktattoo@: the logo's words in order, then the rest
                whole = f"{reverse} {lines[after]}"
                score = _company_score(whole, stems, heights.get(index, 1.0))
                found.append((score, -index, (index, following, after), whole))
        if _continues(lines[following]) and not re.search(r"[.,;:]$", text):
            # "Institute for Computer Sciences, Social Informatics" / "and
            # Telecommunications Engineering": a line that begins with "and"
            # goes on from the one above
            score = _company_score(joined, stems, heights.get(index, 1.0))
            found.append((score, -index, (index, following), joined))
            continue
        if len(_words(text)) > 4 or _acronym_of(text, lines[following]):
            # (nor "PMI" over "Precision Machining International, Inc.": the
            # firm's initials over its name, two names of one firm, not one)
            continue
        if _is_name(text) and (
            _title_score(lines[following]) >= 0.85
            # "Greta Lind" / "Ceramicist" at gretalindceramics.com: a role
            # less sure, under a name with a given name
            or (_given_first(text) and _title_score(lines[following]) > 0)
            # "Naveed Ahmed" / "FINANCIAL" / "CONSULTANT": the first word of
            # the role under the name, no firm's
            or (
                all(fold(word) in _GENERIC_WORDS for word in _words(lines[following]))
                and following + 1 < len(lines)
                and _title_score(f"{lines[following]} {lines[following + 1]}") >= 0.85
                and _title_score(lines[following + 1]) >= 0.85
            )
        ):
            # "SAMPATH PRABHAKAR REDDY" / "ADVOCATE" at spreddyadvocate@: a
            # person's name and role, however the mailbox spells them
            continue
        if _domain_match(joined, stems) > max(
            _domain_match(text, stems), _domain_match(lines[following], stems)
        ) or _completes_company(
            text,
            lines[following],
            stems,
            boxes,
            (heights.get(index, 1.0), heights.get(following, 1.0)),
        ):
            # a tie goes to the line alone: the line above may be a title; but
            # not over its legal form alone on the next line ("LIMITED"), nor,
            # when another site's domain spells them, over its trade ("St.
            # Francis" / "Rehab & Sports Medicine" at stfrancissportsmed.com)
            score = _company_score(joined, stems, heights.get(index, 1.0))
            tie = (
                0.001
                if _only_form(lines[following])
                or _bare_form(lines[following])
                or (
                    _form_after_wordmark(text, lines[following], stems, boxes)
                    and heights.get(index, 1.0) >= 0.9 * heights.get(following, 1.0)
                )
                or (score < 0.85 and _trade_under_wordmark(text, lines[following]))
                or _one_more_firm_word(text, lines[following])
                or _form_line_under_wordmark(
                    text,
                    lines[following],
                    (heights.get(index, 1.0), heights.get(following, 1.0)),
                    stems,
                )
                # "GLOBAL FREIGHT" / "Solutions Pvt. Ltd."
                or _generic_with_form(lines[following])
                else -0.001
            )
            score += tie
            found.append((score, -index, (index, following), joined))
        elif _trade_under_wordmark(text, lines[following]):
            # "MAHENDERA" / "FURNITURE HOUSE": the trade under the shop's name
            size = _trade_size(text, heights, index, following)
            score = _company_score(joined, stems, size) + 0.001
            found.append((score, -index, (index, following), joined))
    found += _logo_words_in_domain_order(lines, free, stems, heights)
    found += _kinds_over_names(lines, free, stems, heights)
    found += _spelled_by_initials(lines, free)
    found += _form_over_wordmark(lines, free, stems, heights)
    found += _logo_words_apart(lines, free, stems, heights)
    return found


def _logo_words_apart(lines, free, stems, heights):
    """A logo of two words, one a line, that the OCR read with a line of the
    address between them ("SKLARK" / "Karnataka - 560029" / "DRONES" at
    skylarkdrones.com): ``[(score, -index, indexes, text)]`` where the two
    words together spell the domain."""
    single = {
        index for index, line in free if re.fullmatch(r"\s*[^\W\d_]{3,}\s*", line)
    }
    found = []
    for index in single:
        other = index + 2
        if other not in single or not re.search(r"\d", lines[index + 1]):
            continue
        text = f"{lines[index].strip()} {lines[other].strip()}"
        compact = fold(lines[index]) + fold(lines[other])
        # the two words together the whole domain's name, but for a letter
        if any(
            len(stem) >= 6 and _distance(compact, fold(stem)) <= 1 for stem in stems
        ):
            height = max(heights.get(index, 1.0), heights.get(other, 1.0))
            found.append(
                (_company_score(text, stems, height), -index, (index, other), text)
            )
    return found


def _form_over_wordmark(lines, free, stems, heights):
    """ "(India) Pvt. Ltd." read over "COMPUTER WARE": a legal form with its
    country, printed small after the wordmark, that the OCR read first:
    ``[(score, -index, indexes, text)]``, the wordmark, then the form."""
    free_indexes = {index for index, _line in free}
    found = []
    for index, line in free:
        bare = re.sub(r"^\s*\([^()]{2,20}\)\s*", "", line)
        below = index + 1
        if (
            bare == line
            or not _only_form(bare)
            or below not in free_indexes
            or re.search(r"[\d@]", lines[below])
            or not _may_be_company_part(lines[below])
            or _is_name(lines[below])
            or _is_tagline(lines[below])
        ):
            continue
        text = f"{lines[below]} {line.strip()}"
        score = _company_score(text, stems, heights.get(below, 1.0)) + 0.002
        found.append((score, -index, (below, index), text))
    return found


def _acronym_of(line, following):
    """Whether ``line`` is two to six capitals alone that the first letters of
    ``following``'s words spell, its legal form and small words left out
    ("PMI" over "Precision Machining International, Inc.")."""
    acronym = line.strip()
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    name = _COMPANY_FORM.sub("", following).strip(" ,")
    initials = "".join(
        word[0].upper()
        for word in _words(name)
        if fold(word) not in _INITIALS_SKIP and word[0].isalpha()
    )
    return initials == acronym


# the small words an acronym leaves out: "Bank of Baroda" is "BOB" or "BB"
_INITIALS_SKIP = frozenset(["&", "and", "of", "the", "de", "da", "y", "e", "und", "et"])


def _spelled_by_initials(lines, free):
    """``[(score, -index, indexes, text)]``: the free lines, alone or two
    together, whose words' initials a line of capitals alone on the card
    spells ("MCMS" over "MEGHA" / "Computer & Mobile Solution"): the firm's
    name and its initials, to be checked (a slogan's initials may match)."""
    acronyms = {
        line.strip().lower()
        for line in lines
        if re.fullmatch(r"\s*[A-Z]{3,6}\s*", line)
    }
    if not acronyms:
        return []
    free_indexes = {index for index, _line in free}
    found = []
    for index, _line in free:
        for indexes in ((index,), (index, index + 1)):
            if not free_indexes.issuperset(indexes):
                continue
            text = " ".join(lines[i] for i in indexes)
            words = [
                word
                for word in _words(text)
                if fold(word) not in _INITIALS_SKIP and word[:1].isalpha()
            ]
            initials = "".join(fold(word)[0] for word in words)
            if (
                len(words) >= 3
                and initials in acronyms
                and text.strip().lower() not in acronyms
                and not re.search(r"[\d@]", text)
                and not (_is_name(text) or _title_score(text) or _is_tagline(text))
            ):
                found.append((LOW_CONFIDENCE - 0.04, -index, indexes, text))
    return found


def _kinds_over_names(lines, free, stems, heights):
    """A firm's kind over its own name ("COOPERATIVA" / "COOPERTRAL",
    "UNIVERSIDAD" / "INTERAMERICANA" / "DE PUERTO RICO": with the line that goes
    on from it): ``[(score, -index, indexes, text)]``, a hair over the kind
    alone."""
    free_indexes = {index for index, _line in free}
    found = []
    for index, line in free:
        following = _join_lines(lines, free_indexes, index)
        if following is None or not _kind_over_name(line, lines[following]):
            continue
        if following + 1 < len(lines) and _title_score(lines[following + 1]) >= 0.85:
            # "Boutique" / "Crystal Shipman" / "Manager": a person over a role
            continue
        indexes = [index, following]
        third = _join_lines(lines, free_indexes, following)
        if third is not None and _continues(lines[third]):
            indexes.append(third)
        text = " ".join(lines[i] for i in indexes)
        score = _company_score(text, stems, heights.get(index, 1.0)) + 0.001
        found.append((score, -index, tuple(indexes), text))
    return found


def _kind_over_name(line, following):
    """Whether ``line`` is one word of a firm's kind ("COOPERATIVA") over
    ``following``, its own name of a word or two ("COOPERTRAL"), no person's,
    role or place."""
    words = _words(line)
    return (
        len(words) == 1
        and fold(words[0]) in _COMPANY_WORDS
        and 1 <= len(_words(following)) <= 2
        # "Sparkasse" / "Sparkasse KölnBonn": the wordmark over the name that
        # begins with it
        and fold(_words(following)[0]) != fold(words[0])
        and not re.search(r"[\d@:]", following)
        and _may_be_company_part(following)
        and not _is_name(following)
        and not _person_like(following)
        and not _generic_company(following)
    )


def _trade_size(text, heights, index, following):
    """The size of a name on line ``index`` (``text``) and the trade on line
    ``following`` under it, together: the name's; under a person's name
    ("JASON IRELAND" / "DESIGNS-"), the trade's when it is the larger."""
    size = heights.get(index, 1.0)
    if _is_name(text):
        size = max(size, heights.get(following, 1.0))
    return size


def _logo_words_in_domain_order(lines, free, stems, heights):
    """A logo's words read a word a line and out of order ("Cleaning" / "Co" /
    "Epic" at epiccleaningco.net): ``[(score, -index, indexes, text)]`` for
    three or four lines in a row, a word of letters each, that in another order
    spell a domain exactly, in that order (two lines the other way round are
    ``_company_lines``' own)."""
    single = {
        index: fold(line)
        for index, line in free
        if re.fullmatch(r"\s*[^\W\d_]{2,}\s*", line)
    }
    found = []
    for start in single:
        run = [start]
        while run[-1] + 1 in single and len(run) < 4:
            run.append(run[-1] + 1)
        for size in range(3, len(run) + 1):
            for order in itertools.permutations(run[:size]):
                spelled = "".join(single[index] for index in order)
                if spelled in stems and list(order) != sorted(order):
                    text = " ".join(lines[index].strip() for index in order)
                    height = max(heights.get(index, 1.0) for index in order)
                    score = _company_score(text, stems, height)
                    found.append((score, -start, tuple(sorted(order)), text))
    return found


def _trade_under_wordmark(line, following):
    """Whether ``following`` names only a trade ("FURNITURE HOUSE", words of
    companies) under ``line``, a word or two of a name that is no person's, role
    or company word ("MAHENDERA")."""
    words = [fold(word) for word in _words(line)]
    return (
        1 <= len(words) <= 2
        and 1 <= len(_trade_words(following)) <= 3
        and not set(words) & (_COMPANY_WORDS | _COMPANY_FORMS)
        and _generic_company(following)
        and _may_be_company_part(line)
        and not _has_title_noun(line)
        and not re.search(r"[\d@]", line)
    )


def _company_doubt(line, stems, printed=""):
    """Whether the company read from ``line`` is to be checked although a cue
    chose it: the card has a domain of its own and ``line`` does not match it
    (a partner's or a group's name, a line of services with a legal form), or
    matches it but says more than a name: two words or more that are neither
    the domain's, a legal form, a company word nor a region ("The Law Firm of
    ... since 1968 (L.L.C)"), or its line ended in a stray "," or ";" (``printed``,
    a dot the OCR misread?)."""
    if printed.rstrip()[-1:] in (",", ";") and not line.rstrip().endswith((",", ";")):
        return True
    if not stems:
        return False
    if _domain_match(line, stems) < 0.5:
        return True
    stems = [fold(stem) for stem in stems]
    compact = "".join(fold(word) for word in _words(line))
    if len(compact) >= 3 and any(
        compact in stem
        and not stem.startswith(compact)
        and len(compact) < 0.7 * len(stem)
        for stem in stems
    ):
        # "NAIL SPA" at lajolienailspa.com: the end of the name the domain
        # spells, its first words (a logo's) not read
        return True
    countries = country_codes()
    extra = [
        word
        for word in (fold(word) for word in _words(line))
        if len(word) >= 2
        and not any(word in stem for stem in stems)
        and not _COMPANY_FORM.search(f"x {word}")
        and word not in _COMPANY_FORMS
        and word not in _COMPANY_WORDS
        and word not in _DOMAIN_FILLERS
        and word not in _REGION_WORDS
        and word not in countries
    ]
    return len(extra) >= 2


def _only_form(line):
    """Whether ``line`` is a legal form alone ("CORPORATION", "GmbH", "Pvt.
    Ltd.")."""
    return bool(line.strip()) and (
        _COMPANY_FORM.sub("", f"x {line}").strip(" .,") == "x"
        or bool(_MEXICAN_FORM.fullmatch(line.strip()))
    )


# Mexico's legal forms in full: "S.A. de C.V." (sociedad anónima de capital
# variable), "S.A.P.I. de C.V.", "S. de R.L. de C.V."
_MEXICAN_FORM = re.compile(
    r"(?i)S\.?\s?(?:A\.?(?:\s?P\.?\s?I\.?)?|de\s+R\.?\s?L\.?)\s+de\s+C\.?\s?V\.?"
)


def _one_more_firm_word(line, following):
    """Whether ``following`` is one more common noun of firms under ``line``,
    which has one and no legal form ("Michael Shannon Automotive" /
    "Services")."""
    return bool(
        len(_words(following)) == 1
        and _generic_company(following)
        and {fold(word) for word in _words(line)} & _COMPANY_WORDS
        and not _COMPANY_FORM.search(line)
    )


def _form_after_wordmark(line, following, stems, boxes=()):
    """Whether ``following`` is one word and a legal form ("INT'L CO. LTD",
    "REFINISHING LLC") under ``line``, a name's shape in the same letters (all
    capitals, or not) with no given name in it ("MEGA GTO", "MICHIGAN DECK"):
    the firm's name, printed over two lines, not a person's over the firm's.
    Only when a free mailbox of ``boxes`` (see ``_free_mailboxes``) or the
    domain spells ``line`` ("megagtoa80@"), and not when the domain spells
    ``following`` alone ("Tomoaki Higurashi" / "Micron Inc." at
    micron-inc.co.jp). A name the lists do not know may be a person's: the
    company read so is to be checked."""
    rest = _words_before_form(following)
    words = [fold(word) for word in _words(line)]
    return bool(
        _COMPANY_FORM.search(f"x {following}")
        and len(rest) == 1
        and re.fullmatch(r"[^\W\d_][\w'’.-]*", rest[0])
        and rest[0].isupper() == line.isupper()
        and not has_given_name([fold(rest[0])])
        and len(words) <= 3
        and _is_name(line)
        and not has_given_name(words)
        and not _credentials(line)[1]
        and _domain_match(following, stems) < 0.5
        and (
            any("".join(words) in box for box in boxes)
            or _domain_match(line, stems) >= 0.5
        )
    )


def _completes_company(line, following, stems, boxes=(), heights=(1.0, 1.0)):
    """Whether ``following`` ends the company's name that ``line`` begins: it
    starts with "&" or "and" ("Compass Freight" / "& Logistics Ltd."), it is
    one more common noun of firms under a line with one, or it
    carries the legal form that ``line`` lacks while ``line`` is the part the
    domain spells ("Safesea" / "Bangladesh Ltd." at safesea.com)."""
    if _form_after_wordmark(line, following, stems, boxes):
        return True
    if _form_line_under_wordmark(line, following, heights, stems):
        return True
    if _form_ends_wordmark(line, following, heights):
        return True
    if not _may_be_company_part(line) or _has_title_noun(line) or _is_name(line):
        return False
    if _only_form(following):
        # its legal form alone ("FINANCIAL" / "CORPORATION"): no department ends so
        return True
    if _generic_with_form(following):
        return True
    if {fold(word) for word in _words(line)} & _ORG_UNIT_WORDS:
        return False
    if re.match(r"(?i)\s*(?:&|\+|and|und|et|e|y)\s", following):
        return True
    if _one_more_firm_word(line, following):
        return True
    return bool(
        _COMPANY_FORM.search(following)
        and not _COMPANY_FORM.search(line)
        and _domain_match(line, stems) >= 0.5
        and _domain_match(following, stems) < 0.5
        # not a firm's name of its own: "The Central Court Hotel" / "GANGA
        # HOTELS LTD.", the hotel and the firm that owns it
        and not _named_firm(following)
    )


def _form_ends_wordmark(line, following, heights):
    """Whether ``following`` is a legal form alone ("GmbH & Co. KG", "Co.,
    Ltd.", "Sp. z o.o.") under ``line``, a firm's name
    printed at least as large ("NORDWIND LOGISTIK", whose trade word reads as
    a department's): such a line ends the name above it, nothing else.
    ``heights`` are the two lines'."""
    rest = _COMPANY_FORM.sub(" ", following).split()
    return bool(
        (
            _only_form(following)
            or _bare_form(following)
            # its form's words only: not the abbreviations of a trade ("SAN.
            # TİC. LTD. ŞTİ.", sanayi and ticaret), which end a name that
            # says the trade ("MAKİNA ve PASLANMAZ ÇELİK"), not a wordmark
            and all(
                _only_form(word) or word in "&," or fold(word) in _FORM_JOINERS
                for word in rest
            )
        )
        and heights[0] >= heights[1]
        and 1 <= len(_words(line)) <= 4
        # one word printed no larger than the form: a city's as often ("HONGDA"
        # / "Suzhou" / "Co., Ltd.")
        and (heights[0] > heights[1] or len(_words(line)) >= 2)
        and not re.search(r"[\d@,]", line)
        and not _COMPANY_FORM.search(line)
        and _title_score(line) < LOW_CONFIDENCE
        and not _has_title_noun(line)
        # a firm named after its owner ("Kessler Antriebstechnik"), not a
        # person's name: no given name
        and not has_given_name(
            [fold(word) for word in _words(line) if word[0].isupper()]
        )
        and not _is_street(line)
        and not _is_tagline(line)
    )


def _form_line_under_wordmark(line, following, heights, stems=()):
    """Whether ``following``, the firm's trade and its legal form ("Maschinenbau
    GmbH", "Spices Trading LLC"), ends the name a larger ``line`` above it
    begins ("WEIDENFELLER", "Royal") on a card with no domain to tell the
    firm's name by: the wordmark has no legal form of its own, nor a person's
    given name ("JOHN SMITH" over "Smith Consulting Ltd" is a person over the
    firm). Where a domain spells the wordmark, it is the name the card shows
    ("Pichler & Partner" at pichler-partner.at) and the line under it no
    part of it. ``heights`` are the two lines'."""
    rest = _words_before_form(following)
    words = [fold(word) for word in _words(line)]
    trade = [fold(word) for word in rest if len(fold(word)) >= 3]
    return bool(
        not stems
        and heights[0] >= 1.25 * heights[1]
        and _COMPANY_FORM.search(f"x {following}")
        and 1 <= len(rest) <= 3
        # a word of its trade, not its form's abbreviations ("SAN. LTD. ŞTİ.")
        and any(len(word) >= 4 and not word.endswith(".") for word in rest)
        and 1 <= len(words) <= 3
        and not re.search(r"[\d@]", line + following)
        and not _COMPANY_FORM.search(re.sub(r"(?i)\s*&\s*co\.?\s*$", "", line))
        # of the capitalised words: "del" in "Constructora del Bajío" is none
        and not has_given_name(
            [fold(word) for word in _words(line) if word[0].isupper()]
        )
        and not has_given_name([fold(word) for word in rest if word[0].isupper()])
        # nor a family's name of its own under it ("Agentur Bauer GmbH" under
        # the insurer's "Generali", "Kanzlei Weber GmbH"): another firm's
        and not any(fold(word) in surnames() for word in rest if word[0].isupper())
        and not _has_title_noun(following)
        # a role or a department printed large is no wordmark ("Sales
        # Department", "Rechtsanwalt", "Premium Partner")
        and not _title_score(line)
        and not _has_title_noun(line)
        and not {fold(word) for word in _words(line)} & _ROLE_AND_UNIT_WORDS
        and not _is_tagline(line)
        # not the wordmark again, or its legal name in other letters
        # ("byterays" over "byteRays Technology Pvt. Ltd.", "meissa" over
        # "MEYSA A.Ş.")
        and not any(
            _distance(part, mine) <= 2 or part[:4] == mine[:4]
            for word in trade
            # "Mast-Jägermeister SE" under "Jägermeister"
            for part in [word, *word.split("-")]
            if part
            for mine in words
        )
        # a wordmark of a name's shape ("Dubai Prime"): with a trade in
        # everyday words under it ("PROPERTIES L.L.C."), no other name
        and (
            not _is_name(line)
            or all(word in _GENERIC_WORDS or common_word(word) for word in trade)
        )
    )


def _words_before_form(line):
    """The words of ``line`` without its legal form at the end ("Spices
    Trading" of "Spices Trading LLC")."""
    return _COMPANY_FORM.sub(" ", f"x {line}").split()[1:]


def _named_firm(line):
    """Whether ``line``, a name with its legal form, has a word of its own
    besides firms' common nouns, countries and regions ("GANGA HOTELS LTD.",
    not "Bangladesh Ltd." nor "Logistics Pvt. Ltd.")."""
    rest = _words_before_form(line)
    countries = country_codes()
    return any(
        (word := fold(part))
        and word not in _COMPANY_WORDS
        and word not in _COMPANY_FORMS
        and word not in _REGION_WORDS
        and word not in countries
        for part in rest
        if re.search(r"[^\W\d_]", part)
    )


def _generic_with_form(line):
    """Whether ``line`` is firms' common nouns and a legal form ("Solutions
    Pvt. Ltd.", "Services LLC"): the end of a name, which no firm has alone."""
    rest = _COMPANY_FORM.sub(" ", f"x {line}")[1:]
    return bool(_COMPANY_FORM.search(f"x {line}") and _generic_company(rest))


# the words of a unit of a firm or a university that is no part of a role
_UNIT_NAMES = _UNIT_FIRST | frozenset(["school", "institute"])


def _is_org_unit(line):
    """Whether ``line`` names a unit of the organisation at length ("Information
    Systems Division", "Department of Electrical and Computer Engineering"):
    where the person works, not the rest of the role above it ("Sales Dept.")."""
    words = [fold(word) for word in _words(line)]
    return len(words) >= 3 and bool(set(words) & _UNIT_NAMES)


def _names_the_firm(line, stems):
    """Whether ``line`` names the firm by a word its domain spells ("Ricoh
    Commercial" at ricoh-usa.com): a unit or the firm, never the rest of a
    role."""
    stems = [re.sub(r"[\W_]+", "", fold(stem)) for stem in stems]
    return any(
        len(word) >= 4 and any(stem.startswith(word) for stem in stems)
        for word in map(fold, _words(line))
    )


# the words of a town's or a region's name
_TOWN_WORDS = frozenset(["city", "metro", "state", "province", "county", "district"])


def _place_after_comma(line):
    """Whether ``line`` ends in a place after a comma, where the person works,
    not a role: a country ("Luanda, Angola"), or one word no list of everyday
    words knows ("Hospital , Lakdikapul": a locality of Hyderabad)."""
    after = line.rsplit(",", 1)[1]
    rest = _words(after)
    if {fold(word) for word in _words(after)} & _TOWN_WORDS:
        # "Quezon City, Metro Manila", "Benin City, Edo State": a city and its
        # region
        return True
    return fold(after) in country_codes() or (
        len(rest) == 1
        and rest[0][:1].isupper()
        and not common_word(fold(rest[0]))
        and fold(rest[0]) not in _DEPARTMENT_WORDS
    )


def _read_title(lines, used, taken, heights, stems, raw, index, named):
    """``(title, confidence, degrees)``: the job title whose role is printed on
    line ``index``, with the lines before and after it that go with it (taken
    into ``taken``), how sure it is, and the degrees printed after it (for the
    note; "" if none)."""
    line = lines[index]
    taken.add(index)
    # "REGIONAL BUSINESS DEVELOPMENT" / "EXECUTIVE (NORTH AMERICA)"
    before = _title_before(lines, used | taken, heights, index, stems)
    title = [lines[i] for i in before] + [line]
    taken.update(before)
    # a title printed over two or three lines: the next lines of its size
    # that name no role of their own ("Director" / "Sales Dept.")
    following = index + 1
    while (
        len(title) < 3
        and following < len(lines)
        and following not in used
        and following not in taken
        and not re.search(r"[\d@]", (raw or lines)[following])
        # "Residence & Office:": a label of what follows
        and not (raw or lines)[following].rstrip().endswith(":")
        and not _has_title_noun(lines[following])
        and not _is_tagline(lines[following])
        and not _is_org_unit(lines[following])
        and not _names_the_firm(lines[following], stems)
        # "Gürpinar, Adnan Kahveci Mahallesi Mehmetçik Caddesi": the address
        and not _is_street(lines[following])
        and not _TURKISH_ADDRESS.search(lines[following])
        and _company_score(lines[following], stems) < 0.8
        # "Engineering Staff College of India": the school, not the title's rest
        and not {fold(word) for word in _words(lines[following])} & _SCHOOL_WORDS
        and (
            _is_region(lines[following])
            # "MIS & Cash Transfer Manager" / "(Child Development Grant
            # Programme)": the rest in brackets
            or re.fullmatch(r"\([^()]+\)", lines[following])
            # "TERRITORY MANAGER" / "- ACADEMIC": the rest after a dash
            or re.match(r"\s*[-–—]\s*[^\W\d_]", (raw or lines)[following])
            or (
                _same_size(heights, following, index)
                and 2 <= len(_words(lines[following])) <= 6
                # "Director" / "INTERNATIONAL FREIGHT": a line in capitals under
                # a role that is not is another part of the card
                and not (lines[following].isupper() and not line.isupper())
                and (
                    {fold(word) for word in _words(lines[following])}
                    & _DEPARTMENT_WORDS
                    or (
                        "," in lines[following]
                        and not _place_after_comma(lines[following])
                    )
                )
            )
        )
    ):
        dash = re.match(r"\s*([-–—])", (raw or lines)[following])
        title.append(f"{dash[1]} {lines[following]}" if dash else lines[following])
        taken.add(following)
        following += 1
    text = _respell_title(" ".join(title))
    # "Sa1es Manager": a digit read for a letter, put back, to be checked
    digit_mended = _mend_digits(" ".join(title)) != " ".join(title)
    if (
        not _has_title_noun(text)
        and following < len(lines)
        and following not in used
        and following not in taken
        and _same_size(heights, following, index)
        and 1 <= len(_words(lines[following])) <= 2
        and _title_score(lines[following]) >= 0.85
        and not _is_tagline(lines[following])
        # "SPECIALIST IN": a line cut short, no role of its own
        and not re.search(r"(?i)\b(?:in|of|for|and|&|the)\s*$", lines[following])
        and not re.search(r"[\d@]", (raw or lines)[following])
    ):
        # "Senior Research" / "Scientist": the role's noun on the next line;
        # or a second role under the first ("Principal Researcher" / "Head"),
        # the person's too
        text = f"{text.rstrip()} {lines[following]}"
        taken.add(following)
        title.append(lines[following])
        following += 1
    if (
        following < len(lines)
        and following not in used
        and following not in taken
        and not re.search(r"[\d@]", (raw or lines)[following])
        and _title_joins(text, lines[following], stems)
    ):
        text = f"{text.rstrip()} {lines[following]}"
        taken.add(following)
        title.append(lines[following])
        following += 1
    if text.rstrip().endswith(","):
        # "Chief Executive Officer, VDA QMC Trainer," / "LAURUS OFFICES" /
        # "Senior Consultant": the roles go on two lines down at most
        more = next(
            (
                other
                for other in (following, following + 1)
                if other < len(lines)
                and other not in used
                and other not in taken
                and _title_score(lines[other]) >= 0.85
                and not _is_tagline(lines[other])
            ),
            None,
        )
        if more is not None:
            text = f"{text.rstrip()} {lines[more]}"
            taken.add(more)
            title.append(lines[more])
    text, degrees = _peel_degrees(text)
    words = _words(text)
    if (
        text.endswith(".")
        and text.count(".") == 1
        and words
        and len(words[-1]) > 2
        and fold(words[-1]) in _TITLE_NOUNS
    ):
        # "Sales Manager.": a stop after a role's noun, a whole word (not
        # "Asst.", "Admin.", the Turkish "Md.")
        text = text[:-1]
    mended = _mend_i_for_l(text)
    if mended != text or degrees or digit_mended or _letter_left_out(text):
        # "REGIONAI SALES MANAGER": an "L" read as "I"; mended, to be checked;
        # "Managing Director B.E. Civil": the degrees after it left out, and
        # "Markting Manager", a letter left out, too
        text = mended
        sure_cap = LOW_CONFIDENCE - 0.05
    else:
        sure_cap = 1.0
    # "(Financial & Insurance Advisor)" under the name: the role, not its brackets
    text = re.sub(r"^\(([^()]+)\)$", r"\1", text.strip())
    # "Teamleiter techn. Produktmanagement /" over its English: the bar or
    # slash before the other language's role, left on the line
    text = re.sub(r"\s*[/|]+$", "", text)
    # "g Graphic Designer": a small letter the OCR read from an icon before it
    text = re.sub(r"^[a-z]\s+(?=[A-Z][a-z])", "", text)
    sure = min(_title_score(line), sure_cap)
    unglued = _unglue(text)
    # "NavisWorks" at navisworks.com: a product's name, one word as printed
    spelled = {re.sub(r"\W", "", fold(stem)) for stem in stems}
    for word in re.findall(r"[^\W\d_]{8,}", text):
        if any(fold(word) in stem for stem in spelled):
            unglued = unglued.replace(_unglue(word), word)
    if unglued != text:
        # words the OCR glued (small print): parted, to be checked
        text = re.sub(r"(?<=[^\W\d_]{5})\.$", "", unglued)
        sure = LOW_CONFIDENCE - 0.05
    if _goes_on(lines, used | taken, heights, following, index, named):
        # the next line, of the title's size, that no field took: the
        # title may go on there ("SCMDivisión" under "Sourcing Department
        # Head")
        sure = LOW_CONFIDENCE - 0.05
    if _runs_in_lower_case(line):
        # a role, then lower case: a title, or a line of services that
        # begins with a role word
        sure = min(sure, LOW_CONFIDENCE - 0.05)
    if (
        len(title) > 1
        or len(_words(text)) == 1
        # "SPECIALIST IN": a title cut where it goes on
        or re.search(
            r"(?i)\b(?:in|of|for|and|to|at|with|de|du|des|für)\s*[&,-]?$|&$", text
        )
    ):
        # a title joined from lines, or of one word ("Director"), may go on
        # elsewhere on the card ("Sales Dept." in another column)
        sure = LOW_CONFIDENCE - 0.05
    return text, sure, degrees


# the fields of work named in two words, that a role's line may cut between
# them ("Head of Human" / "Resources")
_TWO_WORD_FIELDS = frozenset(
    [
        "business development",
        "human resources",
        "customer service",
        "customer services",
        "customer success",
        "customer experience",
        "supply chain",
        "information technology",
        "information security",
        "corporate communications",
        "corporate affairs",
        "public relations",
        "public affairs",
        "key accounts",
        "real estate",
        "product management",
        "project management",
        "quality assurance",
        "quality control",
        "data science",
        "research development",
    ]
)


# the words of places a line of the field's words would not have ("Science
# Park", "Research Centre")
_PLACE_WORDS = frozenset(
    ["park", "campus", "centre", "center", "building", "tower", "plaza", "square"]
)


def _title_joins(text, following, stems):
    """Whether the free line ``following`` goes on the title ``text`` above it:
    a title cut on a joining word ("Head of Sales &" / "Marketing"), a role
    the next line joins to it ("Managing Director" / "& CEO"), a department
    after a comma ("Vice President," / "Operations"); a few words, no slogan,
    no company."""
    text = text.rstrip()
    words = _words(following)
    return bool(
        (
            re.search(r"(?i)(?:\s[&+/-]|\b(?:and|of|for|und|et|y|cum))$", text)
            or re.match(r"(?i)\s*(?:[&+/]|(?:and|cum)\s)", following)
            # "Gerente de Marketing" / "e Comunicação": "and" in small letters,
            # in Portuguese, Italian, Spanish, French, German, Dutch, Polish,
            # Turkish and the Nordic languages
            or re.match(r"\s*(?:e|y|i|et|und|en|ve|och|og)\s", following)
            or (
                text.endswith(",")
                and len(words) <= 4
                and {fold(word) for word in words} & _DEPARTMENT_WORDS
            )
            # "Director of Business" / "Development": a field of two words cut
            # at the line's end, its second word on the next line, alone or
            # with more of the field ("Head of Data" / "Science & AI"; not
            # "Science Park", a place, nor "Management Consulting", a firm)
            or (
                re.search(r"(?i)\b(?:of|for)\s+[^\W\d_]+$", text)
                and len(words) <= 3
                and f"{fold(_words(text)[-1])} {fold(words[0])}" in _TWO_WORD_FIELDS
                and not _is_street(following)
                and not _is_region(following)
                and not {fold(word) for word in words[1:]}
                & (_COMPANY_WORDS | _PLACE_WORDS)
            )
        )
        and 1 <= len(words) <= 5
        and not _is_tagline(following)
        and _company_score(following, stems) < 0.8
    )


def _mend_cut_wordmark(company, stems):
    """``company`` with the one letter the domain (``stems``) has before or
    after all of its letters, that the OCR cut off a logo's edge ("nique
    Financial Advisor" at uniquefinancialadvisor, "allcarg" at allcargo), or
    the letters before it that make its first word a word again ("LESS" at
    limitless...)."""
    compact = re.sub(r"[\W_]", "", fold(company))
    if len(compact) < 4 or not company[:1].isalpha() or not company[-1:].isalpha():
        return company
    # in the case of the rest: "nique Financial Advisor" is title case
    upper = company[:1].isupper() or all(
        word[:1].isupper() for word in company.split()[1:2]
    )
    for stem in stems:
        stem = fold(stem)
        if len(stem) != len(compact) + 1:
            continue
        if stem[1:] == compact:
            return (stem[0].upper() if upper else stem[0]) + company
        if stem[:-1] == compact:
            return company + (stem[-1].upper() if company[-1].isupper() else stem[-1])
        inside = _letter_dropped_inside(company, compact, stem)
        if inside:
            return inside
    first = fold(_words(company)[0]) if _words(company) else ""
    for stem in map(fold, stems):
        cut = stem[: len(stem) - len(compact)]
        if (
            stem.endswith(compact)
            and 2 <= len(cut) <= 6
            and cut.isalpha()
            and common_word(cut + first)
        ):
            # "LESS MARKETING CONCEPTS" at limitlessmarketingconcepts.com: the
            # beginning of the logo's first word, printed in another colour
            return (cut.upper() if company[:1].isupper() else cut) + company
    return company


def _letter_dropped_inside(company, compact, stem):
    """``company`` (its letters ``compact``) with the letter the OCR dropped
    inside a word put back from the domain's name ``stem`` ("SKLARK DRONES" at
    skylarkdrones.com); "" when no one letter does. A wordmark in capitals
    and spaces only, six letters at least."""
    if (
        len(compact) < 6
        or not re.fullmatch(r"[A-Z ]+", company)
        or _legal_form(company)
    ):
        return ""
    for position in range(1, len(stem) - 1):
        if stem[:position] + stem[position + 1 :] != compact:
            continue
        if stem[position] in (stem[position - 1], stem[position + 1]):
            # "CLIMAX" at climaxx: a doubled letter, the domain's own spelling
            return ""
        # the place in ``company`` of the letter before the dropped one
        seen = 0
        for index, char in enumerate(company):
            if char != " ":
                seen += 1
            if seen == position:
                return (
                    company[: index + 1] + stem[position].upper() + company[index + 1 :]
                )
    return ""


def _trade_words(text):
    """The words of ``text``, folded, its "&" left out ("Rehab & Sports
    Medicine")."""
    return [word for word in (fold(word) for word in _words(text)) if word]


def _repeats_company(line, company):
    """Whether ``line`` is the first words of ``company`` printed again ("FIVE
    STAR" over "FIVE STAR DRIVING SCHOOL"), maybe read a letter off ("Crew
    Inftnity" for "Crew Infinity Dance Studio", "savani Asscciation")."""
    mine, theirs = _trade_words(line), _trade_words(company)
    if not mine or len(theirs) < len(mine):
        return False
    if mine == theirs[: len(mine)]:
        return True
    read, printed = "".join(mine), "".join(theirs[: len(mine)])
    return len(printed) >= 8 and _distance(read, printed) <= len(printed) // 8


def _generic_company(text):
    """Whether ``text`` says only what kind of firm it is, in the common nouns of
    firms' names ("INSURANCE SERVICES", "Dance Academy", "SOFTWARE")."""
    words = _trade_words(text)
    return any(word in _COMPANY_WORDS for word in words) and all(
        word in _COMPANY_WORDS or word in _DOMAIN_FILLERS for word in words
    )


def _trade_phrase(text):
    """Whether ``text`` says what kind of firm it is in two or three everyday
    words that end with a firm's noun ("Japanese Restaurant", "Hair Salon",
    "Beauty Studio"), none a given name: the trade printed under a brand."""
    words = _trade_words(text)
    return (
        2 <= len(words) <= 3
        and words[-1] in _COMPANY_WORDS
        and all(
            word in _COMPANY_WORDS
            or word in _TRADE_WORDS
            or (common_word(word) and not has_given_name([word]))
            for word in words[:-1]
        )
    )


def _brand_word(line, name_lines, larger=False):
    """Whether ``line`` may be a firm's own word printed apart from its trade: one
    or two words of letters, of three letters or more ("LENS & LIGHT": an "&"
    between), no role and no person's name; printed ``larger`` than the trade,
    a role's word may be the brand's ("COLDWELL BANKER" over "REALTY")."""
    words = [word for word in _words(line) if word not in ("&", "+")]
    return (
        1 <= len(words) <= 2
        and all(re.fullmatch(r"[^\W\d_]{3,}", word) for word in words)
        and not (
            _title_score(line)
            and not (larger and not has_given_name([fold(word) for word in words]))
        )
        and not _is_tagline(line)
        and not _generic_company(line)
        and line not in name_lines
        and fold(line) not in _FREE_MAIL
    )


def _complete_generic_company(lines, free, taken, heights, indexes, text):
    """``(text, indexes)`` of a company that says only its trade ("INSURANCE
    SERVICES") with the firm's own word printed as large just over it ("PRAKASH")
    or, when none is, just under it ("SOFTWARE" / "MAESTRO"); None when no line
    fits. Lines much smaller than the company (small print, logo crumbs) are
    passed over."""
    generic = _generic_company(text)
    if not (generic or _trade_phrase(text)):
        return None
    free_lines = {index: line for index, line in free if index not in taken}
    size = heights.get(indexes[0], 1.0)
    name_lines = {line for line in free_lines.values() if _is_name(line)}
    above = [index for index in free_lines if index < indexes[0]]
    for index in sorted(above, reverse=True)[:3]:
        height = heights.get(index, 1.0)
        if height < 0.8 * size:
            continue
        if free_lines[index] in name_lines and height <= size:
            # "HARBOURSIDE" / "Liam O'Connor" / "ARCHITECTS": two columns read
            # line by line, the person's name between the brand and its trade
            continue
        if _brand_word(free_lines[index], name_lines, height >= 1.25 * size) and (
            # "SecureGen" over "Secure Gen Systems": the same words, glued
            generic
            or not "".join(_trade_words(text)).startswith(fold(free_lines[index]))
        ):
            return f"{free_lines[index]} {text}", (index, *indexes)
        break
    following = indexes[-1] + 1
    if (
        generic
        and following in free_lines
        and _same_size(
            heights or {following: 1.0, indexes[0]: 1.0}, following, indexes[0]
        )
        and _brand_word(free_lines[following], name_lines)
    ):
        return f"{text} {free_lines[following]}", (*indexes, following)
    return None


def _trade_under_brand(lines, free, taken, heights, indexes, stems=()):
    """The line that goes on with a company read as a brand alone from one line
    (``indexes``): its trade printed large right under it ("DMS" /
    "RECYCLING", "EASY E'S" / "DETAILING"); None when no line does."""
    if len(indexes) != 1:
        return None
    index = indexes[0]
    free_lines = {i: line for i, line in free if i not in taken}
    below = index + 1
    trade = below in free_lines and _trade_words(free_lines[below])
    if (
        trade
        and len(trade) <= 2
        and len(_words(lines[index])) <= 2
        and not _generic_company(lines[index])
        and all(word in _GENERIC_WORDS for word in trade)
        and (
            heights.get(below, 1.0) >= 1.1
            # "FLOW" / "PLUMBING", "GREEN LEAF" / "LANDSCAPING": a logo
            # printed large over its trade in a word
            or (
                len(trade) == 1
                and heights.get(index, 1.0) >= 1.25 * heights.get(below, 1.0)
                # not a unit or a service of the firm the domain names
                # ("HILTON" / "Catering" at hilton.com, "TOYOTA" / "Service")
                and _domain_match(lines[index], stems) < 0.5
                and trade[0] not in _DEPARTMENT_WORDS
                # of the card's usual size, no small print
                and heights.get(below, 1.0) >= 0.95
                # and all of it ("STANFORD" / "ELECTRICAL" / "ENGINEERING":
                # the trade goes on)
                and not (
                    below + 1 in free_lines
                    and _trade_words(free_lines[below + 1])
                    and all(
                        word in _GENERIC_WORDS
                        for word in _trade_words(free_lines[below + 1])
                    )
                )
            )
        )
        and not re.search(r"[\d@]", free_lines[below])
        and not _title_score(free_lines[below])
    ):
        return below
    return None


# a shop's name that goes on with its owner's, under it: "by John", "by Sarah
# Jones" (not "Designed by ...", a printer's)
_BY_OWNER = re.compile(r"\s*by\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?\s*")


def _wordmark_goes_on_under(lines, free, taken, heights, result, sources, stems=()):
    """The company read from one line alone (``sources["company"]``), with the
    line under it that goes on with it: the rest of its wordmark, its trade
    ("DMS" / "RECYCLING") or its owner's name ("Great Cuts" / "by John")."""
    largest = sources["company"][0]
    below = _wordmark_goes_on(
        lines, free, taken, heights, largest
    ) or _trade_under_brand(lines, free, taken, heights, [largest], stems)
    if below is not None:
        result["company"] += " " + lines[below]
        taken.add(below)
        sources["company"] = (largest, below)
    owner = _owner_under(lines, free, taken, sources["company"])
    if owner is not None:
        result["company"] += " " + lines[owner].strip()
        taken.add(owner)
        sources["company"] += (owner,)


def _brand_over_the_rest(lines, free, taken, indexes, text, stems):
    """The line just over a company with a legal form (``text`` on lines
    ``indexes``) that is the firm's own word printed apart, when the two spell
    the card's domain and the company alone does not ("BERGMANN" over
    "Maschinenbau GmbH & Co. KG" at bergmann-maschinenbau.de); None if none."""
    above = indexes[0] - 1
    if (
        not _legal_form(text)
        or above in taken
        or all(index != above for index, _line in free)
        or not _brand_word(lines[above], set())
    ):
        return None

    def letters(value):
        return re.sub(r"[\W\d_]", "", fold(value.translate(_UMLAUTS)))

    rest, unformed = "", _strip_leading_form(text)
    while unformed != rest:
        # "GmbH & Co. KG": legal forms one after another
        rest, unformed = unformed, _COMPANY_FORM.sub("", unformed)
    rest = letters(rest)
    both = letters(lines[above]) + rest
    domains = {letters(stem) for stem in stems}
    return above if rest and rest not in domains and both in domains else None


def _owner_under(lines, free, taken, indexes):
    """The line right under the company's lines ``indexes`` that goes on with
    its owner's name ("Great Cuts" / "by John"); None if there is none."""
    following = indexes[-1] + 1
    if (
        following not in taken
        and any(index == following for index, _line in free)
        and _BY_OWNER.fullmatch(lines[following])
    ):
        return following
    return None


def _fill_out_company(lines, free, taken, heights, indexes, text, stems):
    """``(company, indexes, sure)``: the company read from ``text`` on lines
    ``indexes``, with the firm's own word printed by its trade, the letter the
    OCR cut off its wordmark or a digit it read for a letter; ``sure`` caps its
    confidence (to be checked when one of those was added). A brand the domain
    spells with the rest, and the owner's name after "by", are added as sure as
    the company was."""
    sure = 1.0
    completed = _complete_generic_company(
        lines, free, taken | set(indexes), heights, indexes, text
    )
    if completed:
        # "PRAKASH" over "INSURANCE SERVICES": the firm's own word and its
        # trade, to be checked
        text, indexes = completed
        sure = LOW_CONFIDENCE - 0.05
    else:
        below = _trade_under_brand(lines, free, taken, heights, indexes, stems)
        if below is not None:
            # "DMS" / "RECYCLING": the firm's word and its trade, to be checked
            text, indexes = f"{text} {lines[below]}", (*indexes, below)
            sure = LOW_CONFIDENCE - 0.05
        above = (
            _brand_over_the_rest(lines, free, taken, indexes, text, stems)
            if below is None
            else None
        )
        if above is not None:
            # "BERGMANN" / "Maschinenbau GmbH & Co. KG" at bergmann-
            # maschinenbau.de: the domain spells both
            text, indexes = f"{lines[above].strip()} {text}", (above, *indexes)
    owner = _owner_under(lines, free, taken, indexes)
    if owner is not None:
        text, indexes = f"{text} {lines[owner].strip()}", (*indexes, owner)
    company = _company_form(text)
    unread = _mend_digits(_digits_by_domain(company, stems))
    if unread != company:
        # "Northwind Log1stics": a digit read for a letter, put back, to be
        # checked
        company, sure = unread, LOW_CONFIDENCE - 0.05
    mended = _mend_cut_wordmark(company, stems)
    if mended != company:
        # its first or last letter lost by the OCR ("nique Financial Advisor"
        # at uniquefinancialadvisor@gmail.com): to be checked
        sure = LOW_CONFIDENCE - 0.05
    return mended, indexes, sure


def _digits_by_domain(text, stems):
    """``text`` with the digits the OCR read for letters in its words put back
    where the word so read is in a domain of ``stems`` ("N0RDIC AIR CARGO" at
    nordicaircargo.com, "HAFEN CARG0", "PANTRAN5" at pantrans.com.br); other
    words as printed ("3M", "24/7")."""
    folded = [fold(stem) for stem in stems]

    def mend(found):
        for ones in ("i", "l"):
            mended = _digits_as_letters(found[0], ones, _ANY_READ_DIGIT)
            if len(mended) >= 4 and any(fold(mended) in stem for stem in folded):
                return mended
        return found[0]

    return re.sub(r"(?<![\w.@/-])(?=\w*[^\W\d_]{2})[^\W\d_]*[015]\w*\b", mend, text)


# a digit the OCR reads for a letter, anywhere in a word
_ANY_READ_DIGIT = re.compile(r"[015]")


_LANDMARK = re.compile(
    r"(?i)\s*(?:opp|nr|opposite|near|behind|beside|next\s+to|across\s+from)\b\.?"
)


def _free_mailboxes(emails):
    """The letters of the local parts of the free mail addresses of ``emails``
    ("freezecontrol" of freezecontrol123@gmail.com)."""
    addresses = (email.lower().split("@", 1) for email, _c in emails)
    return [
        re.sub(r"[\W\d_]", "", fold(local))
        for local, domain in addresses
        if domain.split(".")[0] in _FREE_MAIL
    ]


def _free_mail_stems(lines, used, emails):
    """The names of free mail addresses that spell no person's name on the card
    ("blueridgemassageandbodywork@gmail.com"): a shop's or a firm's, to be
    matched as its domain would be."""
    found = []
    for stem in _free_mailboxes(emails):
        if len(stem) < 6 or stem in found:
            continue
        free = [(index, line) for index, line in enumerate(lines) if index not in used]
        if any(
            _is_name(line)
            and _domain_match(line, [stem]) >= 0.5
            and not _shop_beside_person(line, index, free, emails)
            for index, line in free
        ):
            continue
        found.append(stem)
    return found


def _shop_beside_person(line, index, free, emails):
    """Whether ``line`` is a shop's name its free mailbox spells (see
    ``_shop_mailbox``) with a person's name, a given name first, on another
    of the ``free`` lines: "Doce Sabor" at docesabor@gmail.com over "Carla
    Mendes" / "Confeiteira", the shop's name and its owner's. Not a name with
    a known surname ("Viren Shah" at virenshah751962@ beside "Hemant Shah": a
    partner whose given name the lists lack), nor one over a role ("Tolu
    Bankole" / "CEO" at tolubankole@gmail.com), nor beside a "person" who is a
    shop's name over its trade ("Bella Rose" / "Boutique")."""
    text_of = dict(free)
    return (
        _shop_mailbox(line, emails)
        and not any(fold(word) in surnames() for word in _words(line))
        and not _title_score(text_of.get(index + 1, ""))
        and any(
            other != index
            and _is_name(text)
            and _given_first(text)
            and not (
                _words(text_of.get(other + 1, ""))
                and all(
                    fold(word) in _COMPANY_WORDS
                    for word in _words(text_of.get(other + 1, ""))
                )
            )
            for other, text in free
        )
    )


def _shop_mailbox(line, emails):
    """Whether a free mail address spells ``line`` whole, no word of it a given
    name ("FREEZE CONTROL" at freezecontrol123@gmail.com, "Multi Plats" at
    multiplats@hotmail.fr, "Minute Maids" at weloveminutemaids@outlook.com):
    more likely a shop's mailbox than a person's. A person whose given name the
    lists lack is marked too: a right name to check costs less than a shop's
    name taken for a person's unmarked."""
    words = [fold(word) for word in _words(line)]
    letters = "".join(re.sub(r"[\W\d_]", "", word) for word in words)
    return (
        len(words) >= 2
        and not has_given_name(words)
        and any(
            box == letters
            # "weloveminutemaids@outlook.com" for "Minute Maids"
            or (len(letters) >= 8 and letters in box)
            # "megagtoa80@gmail.com" for "MEGA GTO"
            or (len(letters) >= 6 and box[:-1] == letters)
            for box in _free_mailboxes(emails)
        )
    )


def _mailbox_spells(line, email_locals):
    """Whether an e-mail address's local part (``email_locals``, see
    ``_email_locals``) spells ``line`` as a name."""
    return _name_score(line, 1, email_locals) >= LOW_CONFIDENCE + 0.1


def _name_over_role(name, following):
    """Whether ``name``, with a given name, has a person's role printed under
    it (``following``: the next line, if any): "Sarah Connor" over
    "Photographer" at sarahconnorphoto.com is the person, whose own site it
    is."""
    return bool(
        following
        and _person_like(name)
        and _is_name(name)
        and _title_score(following[0]) >= LOW_CONFIDENCE
        and not _domain_match(following[0], [])
    )


def _rank_names(lines, free, with_role, stacked, heights, stems, emails, locals_):
    """``[(rank, -index, index, score)]``, sorted: the free lines that may be the
    person's name, how likely each is the name (``rank``) and how sure it would
    be (``score``)."""
    names = []
    logos = {fold(line) for line in lines if len(_words(line)) == 1}
    for position, (index, line) in enumerate(free):
        if not (
            _is_name(line)
            or _lower_case_name(line, lines[index + 1 : index + 2])
            or index in with_role
            or index in stacked
        ):
            continue
        last = fold(_words(line)[-1]) if _words(line) else ""
        if (
            last in logos
            and last not in surnames()
            and not has_given_name([last])
            # the name's words, not its honorific ("Dr.-Ing. Markus
            # Weidenfeller" under "WEIDENFELLER", the firm that bears his name)
            and len(
                [
                    word
                    for word in _words(_credentials(line)[0])
                    if len(word.strip(".")) > 1
                ]
            )
            >= 3
        ):
            # "Tom Mason Volkswagen" under the "VOLKSWAGEN" logo: a dealer's
            # name, its founder's and the make it sells
            continue
        # a name the domain spells is the company's, unless the e-mail spells
        # it too: a person's own domain ("Ed Gibbs", edward_gibbs@, edgibbs.com;
        # "Vito Tafuni dottore in informatica", vito@vitotafuni.com)
        if _glued_in_other_line(line, index, lines) or (
            # not the owner's name the firm bears: Zakłady Mięsne "Henryk
            # Kania" S.A. over "Henryk Kania" / "Prezes Zarządu", h.kania@
            _quoted_in_legal_name(line, lines)
            and index not in with_role
            and not _mailbox_spells(line, locals_)
        ):
            # "Ask Django" over "Chinseok Lee" / "AskDjango Operator": a
            # brand the card writes as one word elsewhere, or in quotes in its
            # legal name, no one's name
            continue
        # "Ar. Mithun Chaudhary" at mithunchaudhary.com: a person, by the
        # honorific, whatever the domain spells
        named = with_role[index][0] if index in with_role else line
        if (
            _domain_match(named, stems) >= 0.9
            and not _honorific_name(named)
            and not (
                (
                    _is_name(named)
                    or _lower_case_name(named, lines[index + 1 : index + 2])
                )
                and _mailbox_spells(named, locals_)
                and not _shop_mailbox(named, emails)
                and not (
                    index not in with_role
                    and _other_name_larger(lines, free, index, heights, stems)
                )
            )
        ):
            continue
        score = _name_score(
            with_role[index][0] if index in with_role else stacked.get(index, line),
            position,
            locals_,
            heights.get(index, 1.0),
        )
        # degrees after a name ("D.Jayakumar, M.Sc., M.Phil."): a person's, over
        # a shop's name its mailbox spells; how sure it is stays the name's
        rank = score + (0.4 if index not in with_role and _credentials(line)[1] else 0)
        if (
            index in with_role
            and _person_like(with_role[index][0])
            and len(_words(with_role[index][0])) >= 2
        ):
            # printed with the person's role ("Prop: P. Kishan Rao"): a
            # person's, over a larger line of a name's shape
            rank += 0.2
        if (
            index not in with_role
            and _person_like(line)
            and _title_score(lines[index + 1] if index + 1 < len(lines) else "")
        ):
            # "Daniel Clark" / "OWNER": a person's name over a role, over a
            # firm's wordmark of a name's shape ("SHELL SHOCK"), the more so
            # when it begins with a given name ("Lisa Brown" under "Happy Paws")
            rank += (
                0.15
                if _given_first(line) or re.match(r"\s*[A-Z](?:\.\s?|\s)[A-Z]", line)
                else 0.1
            )
        if index not in with_role and _shop_beside_person(line, index, free, emails):
            rank -= 0.3
        if index in with_role and len(_words(with_role[index][0])) == 1:
            # a name of one word ("Tesla, Sales Advisor"): after one of two
            rank -= 0.1
        if _person_like(named):
            # a tie goes to the line with a given name ("Lupita Vanega" /
            # "PROPIETARIA" over "Arepas Venezolanas" at maracayarepas@)
            rank += 0.01
        names.append((rank, -index, index, score))
    names = _vietnamese_names_first(lines, with_role, names)
    if (
        len(names) == 1
        and _own_site(lines[names[0][2]], stems[:1])
        and not _firm_goes_on_under(lines, names[0][2], stems[:1])
    ):
        # sure enough to keep the company off it
        names = [(max(names[0][0] + 0.1, 0.86), *names[0][1:])]
    names.sort()
    return names


def _firm_goes_on_under(lines, index, stems):
    """Whether the line under line ``index`` goes on with a firm's name: a
    company's word ("JOHN DEERE" / "Financial Services" at
    johndeerefinancial.com), or the rest of the domain ("MIKE BRENNAN" /
    "ROOFING" at mikebrennanroofing.com)."""
    if index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    return bool(
        {fold(word) for word in _words(below)} & _COMPANY_WORDS
        or _is_the_domain(f"{lines[index]}{below}".replace(" ", ""), stems)
    )


def _own_site(line, stems):
    """Whether ``line``, a person's name of two or three words with a given name
    first, begins the card's domain, a word of the person's trade after it
    ("Greta Lind" at gretalindceramics.com, "Sam Rivera" at
    samriveradrums.com): the person's own site, the name no firm's."""
    words = _words(line)
    letters = "".join(fold(word.translate(_UMLAUTS)) for word in words)
    return (
        2 <= len(words) <= 3
        and _given_first(line)
        and _is_name(line)
        and any(
            fold(stem).startswith(letters) and len(fold(stem)) - len(letters) >= 3
            for stem in stems
        )
    )


# Vietnamese places whose first word is a surname's too ("Hồ Chí Minh")
_VIETNAMESE_PLACES = frozenset(["hochiminh", "tphochiminh", "phanthiet", "phanrang"])


def _vietnamese_names_first(lines, with_role, names):
    """``names`` (see ``_rank_names``), a Vietnamese person's name (see
    ``_vietnamese_name``) ranked over the Vietnamese lines that do not begin
    with a surname: "Nguyễn Văn An" under "Tiệm Vàng Kim Thành" (a gold shop),
    printed larger. Not over a name in Latin letters alone ("Hoàng Gia Phát", a
    shop, over "John Smith"), and not a place ("Hồ Chí Minh")."""

    def text(name):
        index = name[2]
        return with_role[index][0] if index in with_role else lines[index]

    people = {
        name[2]
        for name in names
        if _vietnamese_name(text(name)) and fold(text(name)) not in _VIETNAMESE_PLACES
    }
    if not people or not any(
        name[2] not in people and _vietnamese_accents(text(name)) for name in names
    ):
        return names
    return [(name[0] + 0.2, *name[1:]) if name[2] in people else name for name in names]


def _glued_in_other_line(line, index, lines):
    """Whether the words of ``line`` (two or more, eight letters at least)
    are printed as one word in a line of words elsewhere on the card ("Ask
    Django" and "AskDjango Operator"); not in an address or a handle."""
    words = line.split()
    glued = "".join(words)
    if len(words) < 2 or len(glued) < 8 or not glued.isalpha():
        return False
    return any(
        glued.lower() == token.lower()
        for other, text in enumerate(lines)
        if other != index and len(text.split()) >= 2 and not re.search(r"[@/]", text)
        for token in text.split()
    )


def _list_item(lines, index, heights):
    """Whether line ``index`` is one item of a list the card prints a line each
    ("ČIŠĆENJE I SERVIS KONZOLA" / "ZAMJENA TERMALNE PASTE" / "SERVIS
    KONTROLERA" / ...: a shop's services), no given name in it: four lines or
    more in a row, in the line's case (capitals, or title case), of up to four
    words (two or more on the line itself), no digits, no role, none much larger
    than the others."""

    style = str.isupper if lines[index].isupper() else str.istitle

    def item(i, shortest=1):
        line = lines[i]
        return (
            style(line)
            and shortest <= len(_words(line)) <= 4
            and not re.search(r"[\d@]", line)
            and not _title_score(line)
        )

    if not item(index, 2) or has_given_name(_trade_words(lines[index])):
        return False
    start = end = index
    while start > 0 and item(start - 1):
        start -= 1
    while end + 1 < len(lines) and item(end + 1):
        end += 1
    sizes = [heights.get(i, 1.0) for i in range(start, end + 1)]
    return end - start >= 3 and max(sizes) <= 1.5 * min(sizes)


def _title_less_company(result, confidence):
    """The title read in ``result`` without the company the card names on its
    own line, when it ends with it ("Prezes Zarządu ORLEN"): the role, to be
    checked."""
    company = result.get("company", "")
    at_company = company and re.search(
        rf"(?i)[\s,@-]+(?:at\s+)?{re.escape(company)}$", result.get("title", "")
    )
    if at_company and _title_score(result["title"][: at_company.start()]):
        result["title"] = result["title"][: at_company.start()]
        confidence["title"] = min(confidence["title"], LOW_CONFIDENCE - 0.05)


# where a professional is licensed: "Licensed in MA & NH", "Lic. #12345"
_LICENSED = re.compile(
    r"(?i)\s*(?:licen[cs]ed\s+(?:in|by|to|&|and)\b"
    r"|lic(?:en[cs]e)?\.?\s*(?:#|no\.?|number)?\s*:?\s*[A-Z]{0,3}\d)"
)


def _title_less_aside(result, letters):
    """The title read in ``result`` without a licence or a slogan a bar sets
    apart from the role ("REALTOR® | Licensed in MA & NH"): kept with
    ``letters`` (the note's) instead. Two roles stay ("Web Developer | Graphic
    Designer"), and a unit's name ("Product Manager | Education")."""
    parts = [part.strip() for part in result.get("title", "").split(" | ")]
    roles = [
        part
        for part in parts
        if _title_score(part) or not (_is_tagline(part) or _LICENSED.match(part))
    ]
    if len(parts) < 2 or not roles or len(roles) == len(parts):
        return letters
    result["title"] = " | ".join(roles)
    aside = [part for part in parts if part not in roles]
    return ", ".join(filter(None, (letters.strip(" ,"), *aside)))


# a Brazilian professional council's registration after a role: lawyers'
# (OAB), psychologists' (CRP), doctors' (CRM), dentists' (CRO), engineers'
# (CREA), realtors' (CRECI), nutritionists', physiotherapists', nurses'...
_REGISTRATION = re.compile(
    r"\s*[-–|,·]?\s*\b(?:(?:OAB|CRP|CRM|CRO|CREA|CRECI|CRN|CREFITO|CRF|CRMV|CAU"
    # in title case ("Fisioterapeuta | Crefito 3/123456-F"); a Mexican
    # professional licence ("Cirujano Dentista · Cédula 9988776"); a Spanish
    # college's member number ("Veterinario - Col. 2345")
    r"|COREN|Crefito)\b|C[ée]dula(?:\s+Prof(?:esional|\.)?)?(?=\s*:?\s*\d)"
    # (or its label alone after a bar or a dot, the number read apart; not
    # "Jefe de Cédula", a role)
    r"|(?<=[·|] )C[ée]dula\s*$"
    r"|Col\.(?=\s*(?:[nN][º°o.]\s*)?\d)).*$"
)


def _title_less_registration(result, letters):
    """The title read in ``result`` without the professional council's
    registration after the role ("ADVOGADA - OAB/MT 24058-O", "Psicóloga
    Clínica - CRP 06/123718"); ``letters`` (the note's degrees) with it."""
    role, registration = _registration_apart(result.get("title", ""))
    if not registration:
        return letters
    result["title"] = role
    return ", ".join(filter(None, (letters.strip(" ,"), registration)))


def _registration_apart(title):
    """``(role, registration)``: ``title`` without the council's registration
    printed after it, and that registration ("" if none)."""
    match = _REGISTRATION.search(title)
    if not match or not match.start() or not _title_score(title[: match.start()]):
        return title, ""
    return title[: match.start()].strip(), match.group().strip(" -–|,·")


# a role, then the firm, on one line: "Sales Manager, Acme Logistics", "Founder
# @ Acme", "Engineer at Globex", "Partner | Smith & Jones LLP"
_ROLE_THEN_FIRM = re.compile(
    r"^(?P<role>[^,|@]+?)(?P<sep>\s*,\s*|\s+(?:at|@|\||–|—|-|·)\s+)(?P<firm>[^,|@]+)$"
)


def _role_and_firm(line, stems):
    """``(role, firm, sure)`` when ``line`` is a role, then the firm's name
    ("Founder, Acme" at acme.io): the firm spells the card's domain, has a
    legal form, or follows "at" / "@"; not a department ("Director, Human
    Resources"), a region ("Head of Sales, EMEA") nor another role. ``sure``:
    the domain or the legal form says so. Else None."""
    match = _ROLE_THEN_FIRM.match(line.strip())
    if not match:
        return None
    role, firm = match["role"].strip(), match["firm"].strip()
    words = _words(firm)
    if (
        # "Attorney at Law", "Counselor at Law": one role, no firm "Law"
        (fold(firm) == "law" and match["sep"].strip() == "at")
        or _title_score(role) < 0.85
        or _title_score(firm)
        or not 1 <= len(words) <= 6
        or not firm[:1].isupper()
        or fold(words[0]) in _ORG_UNIT_WORDS
        or _is_street(firm)
        or _is_tagline(firm)
    ):
        return None
    sure = _legal_form(firm) or _domain_match(firm, stems[:1]) >= 0.9
    if sure or _domain_match(firm, stems) >= 0.5 or match["sep"].strip() in ("at", "@"):
        return role, firm, sure
    return None


def _role_and_firm_apart(result, confidence, sources, stems):
    """A role and the firm read as one line, the title's or the company's
    ("Sales Manager at Acme Logistics", "CEO, Acme Logistics Inc."), when the
    other field is empty: the role the title, the firm the company (to be
    checked unless its domain or legal form says so). Whether it parted them."""
    for field, other in (("title", "company"), ("company", "title")):
        if field not in result or other in result:
            continue
        parts = _role_and_firm(result[field], stems)
        if not parts:
            continue
        role, firm, sure = parts
        result["title"], result["company"] = role, firm
        confidence["title"] = min(confidence.get(field, 0.85), 0.85)
        confidence["company"] = 0.88 if sure else LOW_CONFIDENCE - 0.05
        sources["title"] = sources["company"] = sources.get(field, ())
        return True
    return False


def _people_locals(locals_, lines):
    """The local parts of ``locals_`` (see ``_email_locals``) that may spell a
    person's name: not one that a line of the card other than a name spells
    whole, the shop's mailbox ("arepasdagusto2@" and "Arepas Da'Gusto2": no
    "Arepas ..." line is its owner's name)."""
    shops = {
        re.sub(r"[\W\d_]", "", fold(line))
        for line in lines
        # "Raj vodapally" at rajvodapally@: a name, in small letters
        if not _is_name(line.title()) and "@" not in line
    }
    return [
        local
        for local in locals_
        if len(letters := re.sub(r"[\W\d_]", "", local)) < 6 or letters not in shops
    ]


def _shares_company_word(name, company):
    """Whether ``name`` has a word of four letters or more of ``company`` that
    is no given name ("Arepas Asadas Venta de Masa" beside "Arepas Da'Gusto2",
    which the mailbox arepasdagusto2@ spells): the firm's line as likely as a
    person's name, or a firm named after its founder; to be checked."""
    words = {fold(word) for word in _words(company) if len(word) >= 4}
    return any(
        (word := fold(part)) in words and not has_given_name([word])
        for part in _words(name)
    )


def _misspelt_everyday_word(name):
    """Whether a word of ``name`` after its first is an everyday word printed
    with a double letter single ("PAUL PROFESIONAL", a cobbler's shop, where
    "professional" is meant): with a domain that spells it, a firm's words
    as likely as a person's name; to be checked."""
    for word in (fold(part) for part in _words(name)[1:]):
        if len(word) < 7 or not word.isalpha() or word in surnames():
            continue
        if common_word(word):
            continue
        if any(common_word(word[:i] + word[i - 1 :]) for i in range(1, len(word))):
            return True
    return False


def _acronyms_only(name):
    """Whether ``name`` is short words in capitals alone, none a given name nor
    an initial ("ORG GIS" at orggis@, a firm's mailbox): initials of firms as
    likely as a person's name, to be checked."""
    words = _words(name)
    return (
        len(words) >= 2
        and all(len(word) <= 3 and word.isupper() and word.isalpha() for word in words)
        and not has_given_name([fold(word) for word in words])
    )


def _person_like(name):
    """Whether ``name`` has a given name or an initial ("P. Kishan Rao"), not
    only a name's shape ("Blue Ocean")."""
    return bool(
        has_given_name([fold(word) for word in _words(name)])
        or re.search(r"(?:^|\s)[A-Z]\.", name)
        # "G Venu", "M M Khan": initials without their dots, as Indian cards
        # print them (not "A" nor "I", words of a sentence)
        or re.match(r"\s*(?:[B-HJ-Z]\s)+[A-Z][a-z]", name)
    )


# a list's bullet: "· Event Transportation", "» Venta de repuestos", "* Repairs";
# not a hotel's stars ("★★★★★ Grand Hotel")
_BULLET = re.compile(r"\s*(?:[•·▪●◦‣∙»›►▶➢➤✓✔✦]|[★*](?=\s))")


def _honorific_name(line):
    """Whether ``line`` is a person's honorific, then a name of two or three
    words ("Ar. Mithun Chaudhary")."""
    words = _words(line)
    return (
        3 <= len(words) <= 4
        and fold(words[0]).rstrip(".") in _PERSONAL_HONORIFICS
        and _is_name(" ".join(words[1:]))
    )


def _never_company(line):
    """Whether ``line`` is no company's name whatever else it looks like:
    "github:", "ETSY" (a label before the person's page there); "#OpenCV
    #Computer Vision" (hashtags); "Tech., Ph.D.(RS)" (a person's degrees, the
    first cut off); "cs ,α , 9o sc sc co" (what the OCR made of a picture, its
    last bit read as a legal form)."""
    words = {fold(word) for word in _words(line)}
    return (
        fold(line).strip(" :") in _PLATFORMS
        # "AR. MITHUN CHAUDHARY": a person after an honorific, though the
        # domain spells the name ("Mr. Foodler", "Dr. Oetker": a firm's)
        or _honorific_name(line)
        # "BOUTIQUE REDBUBBLE": a label of the person's shop on a platform
        or bool(words & _PLATFORMS and words - _PLATFORMS <= _SHOP_LABEL_WORDS)
        or line.lstrip().startswith("#")
        or _has_degree(line)
        or _only_bits(line)
        # "Education: Bachelor of media engineering", "Hobbies: Hockey",
        # "Major : AD&PR": a label, then what it labels
        or bool(re.match(r"[^\W\d_]{3,}\s?:\s+[^\W\d_]", line))
        # "Digital Business Card", "Visitenkarte": what the card is, a heading
        or bool(_CARD_HEADING.fullmatch(fold(line)))
        # "Interests", "About me": a heading of a page
        or fold(line) in _SECTION_HEADINGS
        # "Gerente de Padaria", "Head of Procurement": a role and what it leads
        # (though "gpa.com.br" may spell its initials)
        or _role_of_a_unit(line)
        # "open studio sat & sun 11–5", "Mon-Fri 9am-6pm": opening hours
        or bool(_OPENING_DAYS.search(line) and not _legal_form(line))
        # "A division of Al Amal Holding", "Part of the Otto Group", "Ein
        # Unternehmen der ...": whose part the firm is, the owner's name
        or bool(_PART_OF.match(line))
    )


# opening hours: a day's name, then a time; "open daily", "open 7 days"
_OPENING_DAYS = re.compile(
    r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b.*?"
    r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|h)\b|\d{1,2}[:.]\d\d|\b\d{1,2}\s*[-–]\s*\d{1,2}\b)"
    r"|\bopen\s+(?:daily|7\s+days|24\s*(?:hours|hrs|h\b|/\s*7))"
)
# the owner a firm is a part of, before its name
_PART_OF = re.compile(
    r"(?i)\s*(?:(?:a|an)\s+(?:wholly[\s-]owned\s+)?(?:subsidiary|division|unit|part"
    r"|member|company|affiliate)|part|member|subsidiary)\s+of\s"
    r"|\s*(?:ein\s+unternehmen\s+der|une\s+(?:société|filiale)\s+d[eu])\s"
)


def _role_of_a_unit(line):
    """Whether ``line`` is a role's noun, "of" and what it leads ("Gerente de
    Padaria"), no legal form after it."""
    printed = _words(line)
    return (
        len(printed) >= 3
        and _role_first(line)
        and fold(printed[1]) in _OF_WORDS
        and not _legal_form(line)
    )


# what the card is, as its heading says (the line folded, see ``fold``)
_CARD_HEADING = re.compile(
    r"(?:my|digital|smart|virtual|electronic|e|mobile)?"
    r"(?:business|visiting|calling)cards?|(?:digitale)?visitenkarten?"
    r"|cartedevisite|tarjetadepresentacion|cartaodevisita|bigliettodavisita"
)


def _has_degree(line):
    """Whether ``line`` prints a dotted degree of three letters or more
    ("Ph.D.", "M.Tech.")."""
    if _SPACED_DEGREE.search(line):
        # "M. Tech Structures": a degree spaced after its first letter
        return True
    return any(
        "." in token
        and len(letters := fold(token.replace(".", ""))) >= 3
        and letters in _DOTTED_DEGREES
        # "B.S.C.": a Bahraini shareholding company's form, no B.Sc.
        and letters not in _COMPANY_FORMS
        for token in re.split(r"[\s,()]+", line)
    )


_SPACED_DEGREE = re.compile(
    r"\b[MB]\.\s(?:Tech|TECH|Sc|SC|Com|COM|Phil|Pharm|Arch)\b\.?"
)


def _only_bits(line):
    """Whether ``line`` is only bits of one or two letters or digits, three or
    more, and legal forms (see ``_noise_cap``)."""
    words = [word for word in line.split() if re.search(r"[^\W_]", word)]
    bits = [word for word in words if len(re.sub(r"[\W_]", "", word)) <= 2]
    return len(bits) >= 3 and all(
        word in bits or fold(word) in _COMPANY_FORMS for word in words
    )


def _noise_cap(company):
    """The most a company read as ``company`` can be sure of: to be checked when
    half its words or more are bits of one or two letters that no firm's name
    is made of ("pinus n pes se", "spana i a S": what the OCR made of a
    picture), or it ends on a colon (a label: "GitHub:")."""
    words = [word for word in company.split() if re.search(r"[^\W_]", word)]
    bits = [
        word
        for word in words
        if len(re.sub(r"[\W_]", "", word)) <= 2
        and fold(word) not in _COMPANY_FORMS
        and fold(word) not in _DOMAIN_FILLERS
    ]
    if company.rstrip().endswith(":") or (
        len(bits) >= 2 and 2 * len(bits) >= len(words)
    ):
        return LOW_CONFIDENCE - 0.1
    return 1.0


def _name_again(text, names):
    """Whether ``text`` is one of ``names`` (the lines read as the person's
    name) printed again, as the OCR read it: the same letters, accents aside,
    or one letter off in a name of eight letters or more."""
    folded = fold(text)
    return len(_words(text)) >= 2 and any(
        folded == fold(name)
        or (len(folded) >= 8 and _distance(folded, fold(name)) <= 1)
        for name in names
    )


def _person_cap(company):
    """The most a company read as ``company`` can be sure of: to be checked when
    it is a person's name alone (two or three words, the first a given name, no
    legal form, no word of firms)."""
    words = [fold(word) for word in _words(company)]
    if 2 <= len(words) <= 3 and has_given_name(words[:1]) and _is_name(company):
        return LOW_CONFIDENCE - 0.1
    return 1.0


# a name in quotes: "Termy Jakuba", „Termy Jakuba", «Termy Jakuba»
_QUOTED = re.compile(r"[\"“”„«»]\s*([^\"“”„«»]{3,}?)\s*[\"“”„«»]")


def _quoted_in_legal_name(line, lines):
    """Whether ``line`` is the brand a legal name on another of ``lines`` quotes
    (Baseny Miejskie "Termy Jakuba" Sp. z o.o., as Polish, Russian and Turkish
    firms write theirs): the firm's, no one's own name."""
    folded = fold(line)
    return bool(folded) and any(
        other != line
        and any(fold(quoted) == folded for quoted in _QUOTED.findall(other))
        and _legal_form(other)
        for other in lines
    )


def _other_name_larger(lines, free, index, heights, stems):
    """Whether another free line than ``index`` is a person's name (a given
    name first) that no domain spells, printed larger: "Kenan UÇAR" under
    "BURAK PANO" at burakpano.com.tr and burakpano@hotmail.com, the firm
    named after its founder, and its manager (not a freelancer's own name, a
    role under it, beside an assistant's)."""
    return any(
        other != index
        and _is_name(line)
        and has_given_name([fold(word) for word in _words(line)[:1]])
        and _domain_match(line, stems) < 0.5
        and heights.get(other, 1.0) >= 1.2 * heights.get(index, 1.0)
        for other, line in free
    )


def _own_name(lines, index, company, stems):
    """Whether the firm's name read on line ``index`` is the person's own name
    on a card that prints no other: the domain spells it, it has a name's shape
    and a given name ("Daniel Groves" at danielgroves.net), or, with no given
    name, no everyday word and a role printed under it ("Khemissi Moetez" /
    "Software engineer" at khemissimoetez.tech)."""
    words = [fold(word) for word in _words(company)]
    if _quoted_in_legal_name(company, lines):
        return False
    if not (
        2 <= len(words) <= 3
        # "ivy nakamura" at ivynakamura.com: a name printed in small letters
        and (_is_name(company) or _lower_case_name(company))
        and (
            _domain_match(company, stems) >= 0.9
            # "Sarah Connor" / "Photographer" at sarahconnorphoto.com: a
            # domain that spells the person's name and their trade
            or (
                _domain_match(company, stems) >= 0.5
                and _name_over_role(company, lines[index + 1 : index + 2])
            )
        )
        and not any(word in _COMPANY_WORDS or word in _COMPANY_FORMS for word in words)
    ):
        return False
    if has_given_name(words[:1]):
        return True
    # "Siu Ru Ching": "Ching" is a surname as well as an everyday word
    return not any(common_word(word) and word not in surnames() for word in words) and (
        # "Orsi Klement" at orsiklement.com: it ends with a surname
        words[-1] in surnames()
        or (index + 1 < len(lines) and bool(_title_score(lines[index + 1])))
    )


def _brand_over_legal_name(companies, heights, stems):
    """``companies`` (see ``_company_lines``, best first), the brand first where
    the best is a long legal name (eight words or more) that begins with it
    and the brand is the domain's name printed large ("Supersol" at
    supersol.com.tr over "Supersol Organik Tarım ve Hayvancılık Gübre Zirai
    İlaç San. ve Tic. Ltd. Şti."): the name the card shows, whose few letters
    the OCR reads surely; the legal name goes to the note."""
    if len(companies) < 2:
        return companies
    best = companies[0]
    legal = [fold(word) for word in _words(best[3])]
    # "Yokogawa Middle East & Africa B.S.C. (c)" (which of the group's firms)
    # is short enough to read whole
    if len(legal) < 8:
        return companies
    for candidate in companies[1:]:
        brand = [fold(word) for word in _words(candidate[3])]
        if (
            len(candidate[2]) == 1
            and heights.get(candidate[2][0], 1.0) >= 1.5
            and not set(candidate[2]) & set(best[2])
            and _domain_match(candidate[3], stems) >= 0.9
            and legal[: len(brand)] == brand
        ):
            return [
                candidate,
                *(other for other in companies if other is not candidate),
            ]
    return companies


# the last word of a group's name over its firms': "SINO GROUP", "Tata Group",
# "Grupo Bimbo" is another order (its word first)
_GROUP_WORDS = frozenset(["group", "groupe", "gruppe", "gruppo", "grupo", "holdings"])


# the words a university's name is made of, in the card's languages
_UNIVERSITY_WORDS = frozenset(
    ["university", "universidad", "universidade", "universita", "universite"]
    + ["universitat", "universiteit", "uniwersytet", "universitesi", "college"]
    + ["politechnika", "polytechnic", "politecnico", "hochschule", "akademia"]
)
# a unit of a university, first in its name: "School of History", "Faculty of
# Engineering", "Department of Physics", "Institute for Solar Fuels"
_UNIT_OF = re.compile(
    r"(?i)\s*(?:school|faculty|department|dept\.?|institute|centre|center|college"
    r"|division|facultad|faculdade|departamento|wydzia[lł]|fakult[äa]t)\s+"
    r"(?:of|for|de|da|do|für|fur)\s"
)


def _academic_domain(emails, websites):
    """Whether an e-mail or web address of the card is a university's
    (".edu", ".ac.uk", "eng.cu.edu.eg")."""
    return any(
        re.search(r"(?i)[@.](?:edu|ac)(?:\.[a-z]{2})?(?:/|$)", address)
        for address, _sure in [*emails, *websites]
    )


def _university_over_unit(companies, stems, academic=False):
    """``companies`` (best first), the university first where the best is one
    of its units and the university is printed right under it ("School of
    History" / "University of St Andrews"): the person works for the
    university; its unit goes to the note. Not where the card's domain
    (``stems``) spells the unit and not the university, unless it is a
    university's (``academic``): a body of its own."""
    if len(companies) < 2 or not _UNIT_OF.match(companies[0][3]):
        return companies
    spelled = _domain_match(companies[0][3], stems) >= 0.5
    for candidate in companies[1:]:
        words = {fold(word) for word in _words(candidate[3])}
        if (
            candidate[0] > 0.5
            # "Institute for Fiscal Studies" at ifs.org.uk: a body of its own
            # (not "Faculty of Engineering" at eng.cu.edu.eg, Cairo
            # University's)
            and (not spelled or academic or _domain_match(candidate[3], stems) >= 0.5)
            # right under it, as a unit's university is printed
            and candidate[2][0] == companies[0][2][-1] + 1
            and words & _UNIVERSITY_WORDS
            and not _UNIT_OF.match(candidate[3])
            and not set(candidate[2]) & set(companies[0][2])
        ):
            return [
                candidate,
                *(other for other in companies if other is not candidate),
            ]
    return companies


def _member_over_group(companies):
    """``companies`` (see ``_company_lines``, best first), the firm of a group
    first where the best is the group's name alone ("SINO GROUP", its logo) and
    another as sure is a firm of its own with a legal form that begins with the
    group's word ("Sino Land Company Limited"): the firm the person works for;
    the group's name goes to the note."""
    if len(companies) < 2:
        return companies
    best = companies[0]
    words = [fold(word) for word in _words(best[3])]
    if len(words) < 2 or words[-1] not in _GROUP_WORDS:
        return companies
    head = words[:-1]
    firms = [
        candidate
        for candidate in companies[1:]
        if [fold(word) for word in _words(candidate[3])][: len(head)] == head
        and _legal_form(candidate[3])
        and not set(candidate[2]) & set(best[2])
    ]
    if len({candidate[2] for candidate in firms}) > 1:
        # "ARTAL GROUP" over "Artal Textiles (Pvt) Ltd" and "Artal Spinning
        # Mills Limited": the group's officer, its firms listed
        return companies
    for candidate in firms:
        firm = [fold(word) for word in _words(candidate[3])]
        if (
            candidate[0] >= best[0] - 0.01
            and len(firm) > len(head) + 1
            and firm[-1] not in _GROUP_WORDS
        ):
            return [
                candidate,
                *(other for other in companies if other is not candidate),
            ]
    return companies


# a self-employed person's card says so ("Freelance Web Developer", "Freier
# Handelsvertreter", "Consultora Independente", "ZZP'er", "Auto-entrepreneur"):
# a line of what the person does is no firm's name ("Gestão de Projectos &
# Logística", "Verpackungsmaschinen & Zubehör"), see ``_work_not_firm``. Not
# "Independent" alone: a distributor's brand follows it ("Independent
# Consultant, Mary Kay"); "Freie" and "Freier" only before one word, a role
# ("Freie Journalistin"; not "Freie Werkstatt für Möbelbau")
_SELF_EMPLOYED = re.compile(
    r"(?i)\b(?:free-?lance(?:r|rin)?|freiberuf\w*|selbst?st(?:ä|a|ae)ndig\w*"
    r"|zzp(?:'?er)?|libera? professionista|self-employed"
    r"|(?:consultora?|consultant|consultante|traductora?|tradutora?)\s+independ[ie]nte?"
    r"|auto-?entrepreneur|micro-?entrepreneur)\b|^\s*freie?r?\s+[^\W\d_]{4,}\s*$"
)


def _self_employed(lines):
    """Whether a line of the card says its person works on their own (see
    ``_SELF_EMPLOYED``)."""
    return any(_SELF_EMPLOYED.search(line) for line in lines)


def _work_not_firm(candidate, owner):
    """Whether the company ``candidate`` (``(score, -index, indexes, text)``) of
    a self-employed person's card is what the person does, no firm: the line
    that says they work on their own ("Libera Professionista"), or a line that
    only a company word makes a firm's and whose words name no one (a firm of
    one is named after its owner, the folded words of ``owner``: "Studio di
    Psicologia Ferri", "Schreinerei Holzmann"; or is a brand's: "Keller
    Williams Realty"). A firm its legal form or the card's domain names stays
    one ("Freelance Studio" at freelancestudio.co.uk)."""
    score, _index, _indexes, text = candidate
    if score >= 0.85:
        return False
    if _SELF_EMPLOYED.search(text):
        return True
    # its capitalised words (not a particle: "de", "di")
    words = [word for word in _words(text) if word[:1].isupper()]
    return score < LOW_CONFIDENCE and not any(
        fold(word) in owner
        or fold(word) in _known_names()
        or (word.isupper() and len(word) >= 2)
        for word in words
    )


def _name_and_trade(lines, name_lines, indexes):
    """Whether lines ``indexes`` are the person's name (one of ``name_lines``)
    and, under it, a trade alone ("DESIGNS", "PHOTOGRAPHY")."""
    return (
        len(indexes) == 2
        and indexes[0] in name_lines
        and indexes[1] not in name_lines
        and len(_words(lines[indexes[1]])) == 1
        and _trade_under_wordmark(lines[indexes[0]], lines[indexes[1]])
    )


def _take_own_name(lines, result, confidence, sources, stems):
    """The company read is the person's own name (``_own_name``): moved to the
    name, sure with a role printed under it. The name's line, or -1."""
    indexes = sources.get("company", ())
    # one line, or a name printed over two ("ADDY" / "WILSON")
    if not indexes or list(indexes) != list(
        range(indexes[0], indexes[0] + len(indexes))
    ):
        return -1
    if len(indexes) > 2 or not _own_name(lines, indexes[-1], result["company"], stems):
        return -1
    index = sources.pop("company")[0]
    result["name"] = _name_case(result.pop("company"))
    del confidence["company"]
    role_under = indexes[-1] + 1 < len(lines) and _title_score(lines[indexes[-1] + 1])
    confidence["name"] = 0.9 if role_under else LOW_CONFIDENCE - 0.05
    sources["name"] = tuple(indexes)
    return index


# a line that goes on from the one above, in small letters: "and Sales"
_GOES_ON = re.compile(r"(?:and|&|of)\s")


# the words a card template prints where the person's own go
_PLACEHOLDER_WORDS = frozenset(
    ["name", "title", "company", "logo", "slogan", "tagline", "here", "your"]
    + ["job", "position", "designation", "brand", "surname", "first", "last"]
    + ["full", "prenom", "nom", "nombre", "nome", "sobrenome", "apellido"]
    + ["vorname", "nachname", "firma", "goes"]
    # written as one word: "Firstname M Lastname", "Email Youremail"
    + ["firstname", "lastname", "fullname", "yourname", "youremail", "yourcompany"]
    + ["email"]
)


def _placeholder(line):
    """Whether ``line`` holds only the words a card template prints in place
    of the person's own ("COMPANY LOGO", "Job Title", "Prénom Nom")."""
    # an initial between them ("Firstname M Lastname") aside; "XXXXX XXXXXX":
    # letters to be replaced
    words = [word for word in _trade_words(line) if len(word) > 1]
    return bool(words) and all(
        word in _PLACEHOLDER_WORDS or re.fullmatch(r"x{3,}", word) for word in words
    )


# the words of a label that a colon ends ("Contact Info:", "Office Hours:")
_COLON_LABELS = frozenset(
    ["contact", "info", "information", "name", "address", "email", "mail", "phone"]
    + ["details", "us", "hours", "timing", "timings", "office", "branch", "branches"]
    + ["services", "products", "dealers", "deals", "specialist", "specialists"]
)


def _name_core(line):
    """``line`` without the specks the OCR may read beside a name: a mark or a
    quote before it (not a hashtag's "#", a bullet, a tick), a lone digit or
    letter before a given name (an icon's: "1 John Smith", not "1 HOUR PER
    DAY"), a quote or a stop apart after it, a colon after it (not after a
    label: "Contact Info:"), a comma or a lone digit after a given name's line
    (not "Manathala Isons Arcade,", an address going on), one stop at its end
    (not "Fun. Play. Krazy.", sentences); the brackets around it, and a
    tag's or a block's ("<Ben Miriello />")."""
    core = re.sub(r"^[©®'\"`‘’|~\s]+", "", line)
    # "(Sunkyoo Hwang)": in brackets, a name given again in another script
    core = re.sub(r"^\(([^()]+)\)$", r"\1", core.strip())
    # "<Ben Miriello />", "{Peter.mellett}": a developer's name as code
    core = re.sub(r"^(?:<|\{)\s*([^<>{}]+?)\s*(?:/?>|\})\s*:?$", r"\1", core)
    # "e John Smith": a mail icon read as a small letter
    given = re.sub(r"^(?:[\dlI|]{1,2}|[a-z]{1,2})\s+(?=[A-Z])", "", core)
    if (
        given != core
        and _given_first(given)
        # "de Souza", "da Silva": a surname's particle, no speck
        and fold(core.split()[0]) not in NAME_PARTICLES
    ):
        core = given
    core = re.sub(r"(?:\s+[.'\"`’‘]+|['\"`’‘]+)$", "", core)
    if core.endswith(":") and not {fold(word) for word in _words(core)} & _COLON_LABELS:
        # "Rajesh Verma:" (not "Contact Info:", a label)
        core = core.rstrip(": ")
    if core.endswith(",") and _given_first(core):
        core = core.rstrip(", ")
    # "Jessica Lee. 0": a speck after a given name's line
    # "John Smith Il": two (not "II", a suffix); "John Smith ©": an icon's mark
    specked = re.sub(
        r"[.,]?\s+(?:[\dlI|]|(?=[lI|!]*[l|!])[lI|!]{2}|[©®™•·*»«~°]+)$", "", core
    )
    if specked != core and _given_first(specked):
        core = specked
    if re.search(r"[^\W\d_]{2}\.$", core) and core.count(".") == 1:
        # "Kiogora Balmer Mwongera.": one stop at the end (not "Fun. Play.
        # Krazy.", sentences)
        core = core[:-1]
    return core


# an "I" alone before a given name and a surname: a stroke of an icon or a bar
# the OCR read as a letter ("I John Smith"), not a Balinese name's "I" before
# the birth-order name ("I Made Sukarta", "I Wayan Sudirta")
_STROKE_BEFORE_NAME = re.compile(
    r"I\s+(?!(?i:wayan|made|nyoman|ketut|putu|gede|kadek|komang|nengah|gusti)\b)"
    r"[A-Z][a-z]+\s+[A-Z]"
)


def _clean_name_lines(lines, used):
    """Take the specks off the free lines that are a name without them ("©
    John Smith", "1 John Smith", "John Smith ,"): bits of an icon or dust the
    OCR read beside the name; the dot between a given name and a surname
    printed as a handle ("Keith.Wedinger"); a digit read for a letter and a
    given name in small letters before a surname in capitals (see
    ``_name_misread``)."""
    for index, line in enumerate(lines):
        core = _name_core(line)
        if (
            index not in used
            and core != line
            and _is_name(core)
            # "John Smith Il": two strokes after a name read as letters; "I John
            # Smith": an icon's stroke before a given name, read as an initial
            and (
                not _is_name(line)
                or re.search(r"\s(?=[lI|!]*[l|!])[lI|!]{2}$", line)
                or _STROKE_BEFORE_NAME.match(line)
            )
        ):
            lines[index] = core
        dotted = re.fullmatch(r"([A-Z][a-z]{2,})\.([A-Z][a-z]{2,})", line.strip())
        if (
            index not in used
            and dotted
            and has_given_name([fold(dotted[1])])
            and not common_word(fold(dotted[2]))
            and fold(dotted[2]) not in _GENERIC_WORDS
        ):
            # "Keith.Wedinger", "Sunil.Kotta": a name printed as a handle
            lines[index] = f"{dotted[1]} {dotted[2]}"
        mended = _name_misread(lines[index])
        if index not in used and mended:
            lines[index] = mended
        joined = _name_word_joined(lines[index])
        if index not in used and joined:
            lines[index] = joined


def _name_word_joined(line):
    """``line`` as the name it is, a word of it parted by a space the OCR read
    inside it ("Jo hn Smith", "Mar ia Lopez": its second part two or three
    letters, in small letters, or with no vowel on a line in capitals, "JO HN
    SMITH"; not an initial: "John S Smith"), made whole; None when it is no
    such name.
    The word made whole must be a known given name or surname, its second part
    none, nor a particle ("Maria de Souza")."""
    words = line.split()
    if not 3 <= len(words) <= 5:
        return None
    known = _known_names()
    for index, (first, second) in enumerate(itertools.pairwise(words)):
        if (
            first.isalpha()
            and second.isalpha()
            and 2 <= len(second) <= 3
            # "John S Smith": an initial, no part of a word
            and (
                second[0].islower()
                or (line.isupper() and not re.search(r"(?i)[aeiouy]", second))
            )
            and fold(first + second) in known
            and fold(second) not in known | NAME_PARTICLES
            and not common_word(fold(second))
        ):
            whole = words[:index] + [first + second] + words[index + 2 :]
            if _is_name(" ".join(whole)):
                return " ".join(whole)
    return None


def _name_misread(line):
    """``line`` as the name it is, read with a digit for a letter inside a word
    ("J0hn Smith", "John Sm1th") or with its given name in small letters before
    a surname in capitals ("john SMITH", a style); None when it is no such name.
    The given name must be a known one."""
    words = line.split()
    if not 2 <= len(words) <= 4:
        return None
    if re.search(r"[^\W\d_][015]|[015][^\W\d_]", line) and not re.search(
        r"\d{2}|[2-46-9]", line
    ):
        readings = []
        for ones in ("l", "i"):
            mended = _digits_as_letters(line, ones, _DIGIT_BY_LETTER)
            misread = [
                fold(word)
                for word, printed in zip(mended.split(), words, strict=False)
                if word != printed
                # an O a word begins with ("Chukwuemeka 0kafor"), whatever the
                # lists know
                and not re.fullmatch(r"0[^\W\d_]{2,}", printed)
            ]
            if (
                _given_first(mended)
                and _is_name(mended)
                # "ATLAS SHIPP1NG" is no "Atlas Shipplng": the words mended are
                # names the lists know
                and all(
                    word in surnames() or has_given_name([word]) for word in misread
                )
            ):
                # "Sm1th": the reading whose words the lists know ("Smith")
                known = sum(
                    fold(word) in surnames() or has_given_name([fold(word)])
                    for word in mended.split()
                )
                readings.append((known, ones == "l", mended))
        return max(readings)[2] if readings else None
    if (
        words[0].islower()
        and all(word.isupper() for word in words[1:])
        and has_given_name([fold(words[0])])
    ):
        mended = " ".join([words[0].capitalize(), *words[1:]])
        return mended if _is_name(mended) else None
    return None


# a speck before or after a line, apart from it: a bit of an icon or a logo the
# OCR read as a sign ("» ACME LOGISTICS", "ACME LOGISTICS ©", "~ Acme")
_SPECKS = re.compile(
    r"^(?:[^\w\s&(\"'@+#]+\s+)+|(?:\s+[^\w\s&).\"'!?%]+)+$"
    # "WillisTowersWatson I.I'I'I.I": a logo's bars, read as strokes and dots
    r"|\s+(?=[Il|.'’:]*[.'’:|])(?=[Il|.'’:]*[Il])[Il|.'’:]{3,}$"
)


def _clean_company_lines(lines, used, stems):
    """Take the specks off the free lines that, without them, spell the card's
    domain or carry a legal form ("» ACME LOGISTICS" at acmelogistics.com,
    "ACME LOGISTICS INC ©"): the company's name, an icon's bits beside it (a
    bullet before it would make it an item of a list). The indexes taken."""
    cleaned = set()
    for index, line in enumerate(lines):
        core = _SPECKS.sub("", line).strip()
        if (
            index not in used
            and core
            and core != line.strip()
            and (_domain_match(core, stems) >= 0.9 or _legal_form(core))
        ):
            lines[index] = core
            cleaned.add(index)
    return cleaned


# what parts a firm's legal name from its address or its register number on a
# footer line: "ACME Logistik GmbH · Hauptstraße 5 · 10115 Berlin", "Acme
# Freight Ltd, 12 High Street", "Lima Transportes Ltda. CNPJ 12.345.678/0001-90"
_FOOTER_PARTS = re.compile(
    r"\s*[·|•]\s*|,\s+|\s+[-–]\s+"
    r"|\s+(?=(?:CNPJ|VAT|GST|USt|UID|P\.?\s?IVA|NIP|KRS|REGON|CIF|NIF|SIRET)\b)"
)


def _after_the_form(line):
    """``[firm, address]`` when ``line`` prints a firm's name ended by its legal
    form, then a street and its number with no sign between them ("SEL
    Logistics GmbH Hafenstraße 1, 20457 Hamburg", "ACME Inc. 1200 Main
    Street"); else None."""
    for found in reversed(list(_FORM_INSIDE.finditer(line))):
        head, rest = line[: found.end()].strip(), line[found.end() :].strip()
        form = found.group().strip(" ,&")
        if (
            # "Ranked as Top 1%": a word, no Norwegian AS; "Wichita KS 67202":
            # a state and its postcode, no street
            not form.islower()
            and re.match(r"\d|[A-ZÀ-Þ]", rest)
            and _is_street(rest)
            and re.search(r"\d", rest)
        ):
            return [head, rest]
    return None


def _with_firms_before_addresses(lines, free):
    """``free`` and, for each line that begins with a firm's name ended by its
    legal form, then its address or register number (a footer: "ACME Logistik
    GmbH · Hauptstraße 5 · 10115 Berlin"), that name alone, under the line's
    index: the company's, which the line whole (an address) is not."""
    found = []
    for index, line in enumerate(lines):
        parts = _FOOTER_PARTS.split(line.strip(), maxsplit=1)
        if re.search(r"\d", parts[0]):
            # "SEL Logistics GmbH Hafenstraße 1, 20457 Hamburg": the address
            # right after the legal form, with no sign between them
            parts = _after_the_form(line.strip()) or parts
        if (
            len(parts) == 2
            # its address, or its town after a bar or a dot ("Dutch Flower
            # Line B.V. | Aalsmeer")
            and (
                re.search(r"\d", parts[1])
                or re.fullmatch(r"[^·|•]+?\s*[·|•]\s*[^\W\d_][\w .'-]*", line.strip())
            )
            and 2 <= len(_words(parts[0])) <= 8
            and _firm_with_form(parts[0])
            and not re.search(r"\d", parts[0])
        ):
            found.append((index, parts[0].strip()))
    indexes = {index for index, _part in found}
    return [item for item in free if item[0] not in indexes] + found


def _trade_under_domain_name(lines, indexes, stems):
    """Whether the company read from lines ``indexes`` is the domain's name
    whole, then what the firm does under it ("JESPERAPPS" / "SOFTWARE
    SERVICES" at jesperapps.com), which may be a slogan: to be checked. Not a
    name going on ("SS INFRABUILD" / "& CONSTRUCTION")."""
    return (
        len(indexes) == 2
        and _is_the_domain(lines[indexes[0]], stems)
        and _generic_company(lines[indexes[1]])
        and not re.match(r"\s*(?:&|(?i:and)\s)", lines[indexes[1]])
    )


# the words a domain's or a mailbox's name may begin with before the firm's, no
# initials of it: "mypestcontrol", "thepestcontrol", "getpestcontrol"
_DOMAIN_LEADS = frozenset(
    ["the", "my", "our", "go", "get", "we", "buy", "pro", "eco", "top", "new", "all"]
    + ["dr", "mr", "hi", "fix", "one", "kl", "sg", "hk", "la", "sf", "ny", "nyc"]
    # cities' codes, as a local firm's domain begins with them
    + ["dxb", "auh", "doh", "hyd", "blr", "bom", "del", "maa", "ccu", "ldn", "lon"]
)


def _initials_before(company, stems):
    """``company`` with the initials a domain or a free mailbox spells before
    it, when the card's logo printed them where the OCR could not read them
    ("PEST CONTROL" at dgpestcontrolservice@gmail.com: DG PEST CONTROL)."""
    letters = re.sub(r"[\W\d_]", "", fold(company))
    words = _words(company)
    # its first word an everyday word: not a word the OCR cut the first letters
    # of ("OMPASS FREIGHT")
    if len(letters) < 6 or not words or not common_word(fold(words[0])):
        return company
    for stem in stems:
        stem = re.sub(r"[\W_]", "", fold(stem))
        position = stem.find(letters)
        initials = stem[:position]
        if (
            2 <= position <= 3
            # "h2owatersolutions", "e2ecourierservices": a number's, no initials
            and initials.isalpha()
            # "buyfurnituremart", "drdentalcare", "nycplumbing", "ukpestcontrol"
            and initials not in _DOMAIN_LEADS
            and not listed_word(initials)
            and initials not in country_codes()
        ):
            return f"{initials.upper()} {company}"
    return company


def _junk_before_name(company, stems, score):
    """``(company, score)``: ``company`` without the letters a logo left
    before the name the card's domain spells, to be checked (``score`` at
    most low): one or two glued to its first word, which they leave of no
    case of a word's ("lIVinos del Duero S.A." at vinosdelduero.es), or a
    letter alone before it in another case ("O loopwise" at loopwise.ai; not
    "O Boticário", the Portuguese article); else as it is."""

    def odd(word):
        return not (word.istitle() or word.isupper() or word.islower())

    compact = "".join(fold(word) for word in _words(company))
    first, _space, rest = company.strip().partition(" ")
    for stem in (fold(stem) for stem in stems):
        if len(stem) < 5 or compact.startswith(stem):
            continue
        for cut in (1, 2):
            if not compact[cut:].startswith(stem):
                continue
            if cut == 1 and len(first) == 1 and rest:
                # not a letter that is a word ("À la carte", "A Plus")
                if first.isupper() != rest[0].isupper() and first not in "AÀEYIUaàeyiu":
                    return rest, min(score, LOW_CONFIDENCE - 0.05)
            elif (
                cut == 2
                and len(first) > cut + 2
                and odd(first)
                and not odd(first[cut:])
            ):
                # not "iPhone", "eBike": a brand's own small first letter
                return company.strip()[cut:], min(score, LOW_CONFIDENCE - 0.05)
    return company, score


def _company_as_named(company, printed):
    """``company`` as read from its lines (the first ``printed`` so), without
    what is printed around the firm's name."""
    # "BY SOLAR UNIVERSE" under a product's logo: the firm, without "by"
    company = re.sub(r"(?i)^by\s+(?=\w)", "", company)
    if _MARKS_AROUND.fullmatch(printed.strip()):
        # "+ PUBLIC GENERAL AID +": the marks on both sides of a wordmark
        company = re.sub(r"^[+*•·~=]+\s+", "", company.strip())
    # "ACME LOGISTICS ©": an icon's speck beside the name is not of it
    company = _SPECKS.sub("", company).strip()
    # '("K" LINE)': a brand printed in brackets under the legal name
    return re.sub(r"^\((.+)\)$", r"\1", company)


def _pick_people_lines(lines, used, emails, websites, heights=None, raw=None):
    """Name, job title and company among the lines nothing else took; the
    other name of the company (its legal name or its brand) in ``note``."""
    heights = heights or {}
    _clean_name_lines(lines, used)
    domain_stems = _domain_stems(emails, websites)
    mail_stems = _free_mail_stems(lines, used, emails)
    stems = domain_stems + mail_stems
    unspecked = _clean_company_lines(lines, used, stems)
    spaced = {
        re.sub(r"\W", "", fold(line))
        for index, line in enumerate(lines)
        if index not in used and len(_words(line)) >= 2
    }
    free = [
        (index, lines[index])
        for index in range(len(lines))
        if index not in used
        # "· Event Transportation", "» Venta de repuestos": an item of a list
        and not (raw and _BULLET.match(raw[index]) and index not in unspecked)
        # "Email", "Address": a label whose value is printed elsewhere
        and fold(lines[index]).strip(" .:") not in _LABEL_LINES
        # "Company Name", "Prénom Nom": a template's words, no one's
        and not _placeholder(lines[index])
        # "Opp. Saibaba Temple", "Nr. Gota Railway Crossing": a landmark of the
        # address, as Indian addresses give them; "c/o Gründerzentrum Nord",
        # in whose care the post goes
        and not _LANDMARK.match(lines[index])
        and not re.match(r"(?i)\s*c\s*/\s*o\s", lines[index])
        and (
            not _is_handle(lines[index])
            or _domain_wordmark(lines[index], stems, heights.get(index, 1.0))
        )
        and not _glued_handle(lines[index], spaced)
    ]
    free = _with_firms_before_addresses(lines, free)
    locals_ = _email_locals(emails)
    result = {}
    confidence = {}
    taken = set()
    sources = {}

    # the lines that print a name and a role: the name is read from its part
    with_role = {index: pair for index, line in free if (pair := _name_and_title(line))}
    stacked, beside = _names_in_parts(lines, free, with_role, heights, locals_)
    names = _rank_names(
        lines,
        free,
        with_role,
        stacked,
        heights,
        stems,
        emails,
        _people_locals(locals_, lines),
    )
    boxes = _free_mailboxes(emails)
    # a name the e-mail spells is not a company, whatever the domain
    # (not a shop's name its free mailbox spells: "MEGA GTO" at megagtoa80@)
    sure_name = (
        names[-1][2]
        if names
        and names[-1][0] >= 0.85
        and not _shop_mailbox(lines[names[-1][2]], emails)
        # nor one whose space the OCR lost ("Clínica" / "FlavioRestrepo")
        and not (names[-1][2] in beside and not beside[names[-1][2]][1])
        else None
    )

    # "Robert" / "VANDEN EYNDE": the surname printed under the given name is
    # the name's, not a firm's
    best_name = names[-1][2] if names else None
    name_lines = {sure_name, _lone_name_line(lines, free, locals_, domain_stems)} | (
        {best_name, best_name + 1}
        if best_name in stacked and best_name not in beside
        else set()
    )
    companies = sorted(
        (
            candidate
            for candidate in _company_lines(lines, free, stems, heights, boxes)
            if (
                not name_lines & set(candidate[2])
                # "JASON IRELAND" / "DESIGNS-": the name and the trade under
                # it, a freelancer's firm named after its owner
                or _name_and_trade(lines, name_lines, candidate[2])
            )
            and (not _title_score(candidate[3]) or candidate[0] >= 0.85)
            # "Benoit DEBLED" beside the name "Benoît DEBLE" (a screen's line
            # and the print): the person's name again, no firm's
            and not _name_again(
                candidate[3], [lines[i] for i in name_lines if i is not None]
            )
        ),
        reverse=True,
    )
    companies = _university_over_unit(
        _member_over_group(_brand_over_legal_name(companies, heights, stems)),
        stems,
        _academic_domain(emails, websites),
    )
    if _self_employed(lines):
        # a self-employed person's card: a line of their work is no firm
        owner = {
            fold(word) for i in name_lines if i is not None for word in _words(lines[i])
        }
        companies = [c for c in companies if not _work_not_firm(c, owner)]
    if companies and companies[0][0] > 0.5:
        score, _neg, indexes, text = companies[0]
        result["company"], indexes, sure = _fill_out_company(
            lines, free, taken, heights, indexes, text, stems
        )
        result["company"] = _company_as_named(
            result["company"], (raw or lines)[indexes[0]]
        )
        # "lIVinos del Duero S.A." at vinosdelduero.es: a logo's mark read
        # before the name, to be checked
        result["company"], score = _junk_before_name(result["company"], stems, score)
        initialled = _initials_before(result["company"], stems)
        # "NATHAN HARE" at nathanhare.net: a person's own site, or a firm named
        # after its founder; to be checked
        confidence["company"] = min(
            score,
            sure,
            _person_cap(result["company"]),
            _noise_cap(result["company"]),
            LOW_CONFIDENCE - 0.05 if initialled != result["company"] else 1.0,
        )
        result["company"] = initialled
        taken.update(indexes)
        company_indexes = indexes
        sources["company"] = tuple(indexes)
        # the legal name and the brand: the other is kept in the note
        other = next(
            (
                candidate
                for candidate in companies[1:]
                if (candidate[0] >= 0.8 or _domain_match(candidate[3], stems) >= 0.5)
                and not set(candidate[2]) & taken
                and fold(candidate[3]) not in fold(text)
            ),
            None,
        )
        note = [_company_form(other[3])] if other else []
        # the register's number the company's line printed: in the note too
        note += [
            found.group().strip()
            for index in indexes
            if (found := _REGISTER_AFTER_FORM.search(lines[index]))
            and found.group().strip() not in result["company"]
        ]
        if note:
            result["note"] = "\n".join(note)
        if not stems and any(
            candidate[0] > 0.5
            and not set(candidate[2]) & taken
            and fold(candidate[3]) not in fold(text)
            for candidate in companies[1:]
        ):
            # two names of companies and no domain to tell which is the card's
            # ("ATCOM TECHNOLOGIES LIMITED", a dealer's brand, and "UNIQUE
            # SERVICES"): to be checked
            confidence["company"] = min(score, LOW_CONFIDENCE - 0.05)
        if (
            _company_doubt(text, stems, lines[indexes[-1]])
            or (mail_stems and _domain_match(text, domain_stems) < 0.5)
            # "Rc broz" / "junk hauling L.L.C.": a firm's name that begins in
            # lower case, the rest of a name printed above it
            or (
                re.match(r"[a-z]", result["company"])
                and len(_words(result["company"])) >= 2
                and _domain_match(result["company"], stems) < 0.5
            )
            or (
                len(indexes) == 2
                and _form_after_wordmark(
                    lines[indexes[0]], lines[indexes[1]], stems, boxes
                )
            )
        ):
            # or only a free mail address's name spells it: to be checked
            confidence["company"] = min(score, LOW_CONFIDENCE - 0.05)
        if _trade_under_domain_name(lines, indexes, stems):
            confidence["company"] = min(confidence["company"], LOW_CONFIDENCE - 0.05)

    # nor a line of a company printed over two lines, printed again
    # ("MICHIGAN DECK" / "REFINISHING LLC", on both sides of the card)
    company_parts = (
        {fold(lines[index]) for index in taken} if len(taken) >= 2 else set()
    )
    names = [
        name
        for name in names
        if name[2] not in taken
        and not (
            (
                fold(lines[name[2]]) in company_parts
                # "FIVE STAR" over "FIVE STAR DRIVING SCHOOL": the wordmark
                or _repeats_company(lines[name[2]], result.get("company", ""))
            )
            and not _person_like(lines[name[2]])
            # "Sipho Dlamini" / "Photographer" under "SIPHO DLAMINI" /
            # "PHOTOGRAPHY": the person over a role, whose firm bears the name
            and not (
                name[2] + 1 < len(lines)
                and _title_score(lines[name[2] + 1]) >= 0.85
                and lines[name[2]] != lines[name[2]].upper()
            )
        )
        and not _list_item(lines, name[2], heights)
    ]
    letters = ""
    if names:
        _rank, _neg, name_index, score = max(names)
        name_index = _fuller_name(lines, free, taken, name_index, with_role, stacked)
        name, letters = _credentials(
            with_role[name_index][0]
            if name_index in with_role
            else stacked.get(name_index, lines[name_index])
        )
        # "John Smith.": a dot or a comma the OCR read after the name (not
        # after "Jr." or an initial)
        name = re.sub(r"(?<=[^\W\d_]{3})\s*[.,;:]+$", "", name.rstrip())
        result["name"] = _name_case(name)
        confidence["name"] = score
        mended = _mend_cut_name(result["name"], locals_)
        if mended != result["name"]:
            # "Sandeep Thakka" at sandeep.thakkar@: the last letter the OCR
            # cut, to be checked
            result["name"] = mended
            score = confidence["name"] = min(score, LOW_CONFIDENCE - 0.01)
        if (
            _spelling_unsure(name, locals_)
            or name.islower()
            or _shop_mailbox(name, emails)
            # a space put back where the OCR lost it ("MichaelChen")
            or (name_index in beside and not beside[name_index][1])
            # a part of the firm's domain ("SHRI RAM" at
            # shriramenterprises.com): the firm's name, or its founder's
            or 0.5 <= _domain_match(name, domain_stems) < 0.9
            or _acronyms_only(name)
            # "PAUL PROFESIONAL" at paulprofesional.pl: a shop the domain
            # spells, "professional" printed with one s
            or (
                _domain_match(name, domain_stems) >= 0.9
                and _misspelt_everyday_word(name)
            )
            or _shares_company_word(name, result.get("company", ""))
            # "Iohn Smith": a letter the OCR reads for another in the name
            or _misread_name_word(name)
            # "Luanne Santos Sales": a surname that is a department's word too
            or bool({fold(word) for word in _words(name)[1:]} & _ORG_UNIT_WORDS)
            # "M.S Nguyen Viet Khuong": initials that spell a degree (a Master
            # of Science) as often as a name's ("M.S. Dhoni")
            or fold(name.split()[0].replace(".", "")) in _DOTTED_DEGREES
            and bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]\.?", name.split()[0]))
        ):
            confidence["name"] = min(score, LOW_CONFIDENCE - 0.01)
        letters = _take_name(name_index, stacked, beside, taken, letters)
        sources["name"] = (name_index,)
    else:
        # "CHRISTY PRESLER" at christypresler.com, no other name on the card
        name_index = _take_own_name(lines, result, confidence, sources, stems)

    # "Hair Styli" under the name: a role whose last word the OCR cut short
    free, cut_role = _cut_role_under(lines, free, taken, heights, name_index)

    # "and Sales": the rest of the line above ("Movie Rentals"), printed in
    # small letters ("Of Counsel" is a role): no title of its own
    going_on = {
        index for index, line in free if index not in taken and _GOES_ON.match(line)
    }
    titles = [
        (index, line)
        for index, line in free
        if index not in taken
        and index not in going_on
        and _title_score(line)
        and not _is_tagline(line)
        # "MEN'S HAIRDRESSER" under a salon's wordmark, on a card that names
        # no one: whom the shop serves, no person's role
        and not ("name" not in result and _CLIENTELE.match(line))
        # "Chef: Ana Ruiz" beside the card's own name: another person's role
        and not _role_of_another(line)
    ]
    titles, letters = _role_beside_name(
        result,
        confidence,
        sources,
        with_role.get(name_index),
        name_index,
        titles,
        letters,
    )
    if titles:
        # the title line closest after the name, else the first; degrees
        # ("B.Com., PG. D.J., D.P.R.") and a past role ("Formerly Senior
        # Scientist") only when no other line names a role
        titles.sort(
            key=lambda item: (
                _degree_line(item[1]) or bool(_PAST_ROLE.match(item[1])),
                item[0] < name_index,
                abs(item[0] - name_index),
            )
        )
        index = titles[0][0]
        result["title"], confidence["title"], degrees = _read_title(
            lines, used, taken, heights, stems, raw, index, "name" in result
        )
        # "B.E. Civil" after "Managing Director": kept with the note's lines
        letters = ", ".join(filter(None, (letters.strip(" ,"), degrees)))
        sources["title"] = (index,)
    if "title" in result and (
        any(index not in taken and _title_score(line) >= 0.85 for index, line in titles)
        # "Chief Executive Officer" / "& Founder": the role may go on
        or any(_title_score(lines[index]) for index in going_on)
        # or a role whose last word was made whole
        or sources.get("title") == (cut_role,)
    ):
        # another line names a role ("Partner" and "Chartered Accountant"):
        # which one is the person's is to be checked
        confidence["title"] = min(confidence["title"], LOW_CONFIDENCE - 0.05)
    _department_title(
        lines, free, taken, heights, name_index, sources, result, confidence
    )
    _title_less_company(result, confidence)
    letters = _title_less_registration(result, letters)
    letters = _title_less_aside(result, letters)
    split = _role_and_firm_apart(result, confidence, sources, stems)

    if "company" in result and not split:
        _company_goes_on(
            lines, used, taken, heights, company_indexes, result, confidence
        )
        _wordmark_and_its_line(
            lines, used, taken, heights, company_indexes, result, confidence
        )
        _domain_word_below(lines, used, taken, company_indexes, result, stems, heights)
    elif "company" not in result:
        # no cue names the company: the card's largest line that nothing took,
        # a wordmark ("packetvideo"), to be checked
        # a name's shape the mailbox spells, beside the person's name the card
        # prints, is the shop's ("Royal Shelter" at royalshelter2007@)
        # and so is one printed twice the usual size with no given name
        # ("R.S.GRANITES" over "Prop: P. Kishan Rao")
        spelled = (
            {
                index
                for index, line in free
                if _mailbox_spells(line, locals_)
                or (
                    heights.get(index, 1.0) >= 1.8
                    and not has_given_name(_trade_words(line))
                )
            }
            if "name" in result
            else set()
        )
        largest = _wordmark_or_line_over_name(
            lines, free, taken, heights, spelled, sources.get("name"), raw
        )
        if largest is not None:
            result["company"] = _MARKS_AROUND.sub(r"\2", lines[largest].strip())
            confidence["company"] = LOW_CONFIDENCE - 0.1
            taken.add(largest)
            sources["company"] = (largest,)
            _wordmark_goes_on_under(lines, free, taken, heights, result, sources, stems)

    if "name" not in result:
        _cjk_name_or_last_resort(
            lines, free, taken, heights, emails, locals_, result, confidence, sources
        )
    _firm_of_the_name(lines, free, taken, result, confidence, sources)
    # the lines no field took, handles with them ("Skype: ..."), in card order
    return result, confidence, _leftover(lines, used | taken, letters), sources


# the work of a department that, alone under a person's name, is that person's
# ("Operations", "Customer Service", "Talent Acquisition")
_DEPARTMENT_WORK = frozenset(
    ["operations", "logistics", "marketing", "finance", "accounting"]
    + ["purchasing", "procurement", "engineering", "administration", "support"]
    + ["service", "compliance", "legal", "hr", "customer", "sales", "production"]
    + ["quality", "export", "import", "success", "care", "talent", "acquisition"]
    # "Business Development"
    + ["business", "development"]
    # in Turkish: purchasing, accounting, export, import, planning, quality,
    # production, logistics, finance, marketing, foreign trade
    + ["satin", "alma", "satinalma", "muhasebe", "ihracat", "ithalat", "planlama"]
    + ["kalite", "uretim", "lojistik", "finans", "pazarlama", "dis", "ticaret"]
)


def _department_title(
    lines, free, taken, heights, name_index, sources, result, confidence
):
    """A card that names no role: "Operations", "Customer Service" right under
    the name is the person's work, the title, to be checked."""
    if "title" in result:
        return
    index = _department_under_name(lines, free, taken, heights, name_index)
    if index is not None:
        result["title"] = lines[index]
        confidence["title"] = LOW_CONFIDENCE - 0.05
        sources["title"] = (index,)
        taken.add(index)


def _department_under_name(lines, free, taken, heights, name_index):
    """The index of the line right under the person's name that names only a
    department's work (one to three words: "Operations", "Customer Service";
    not "Global", a region, nor "Logistics" printed larger than the name, a
    wordmark's rest), on a card whose lines name no role; else None."""
    index = None if name_index is None else name_index + 1
    if index is None or index in taken or all(other != index for other, _l in free):
        return None
    line = lines[index]
    words = [fold(word) for word in _words(line)]
    if (
        not 1 <= len(words) <= 3
        or re.search(r"[\d@:]", line)
        or heights.get(index, 1.0) > heights.get(name_index, 1.0)
        or not set(words) <= _DEPARTMENT_WORDS | _DEPARTMENT_WORK | {"and", "&"}
        or not set(words) & _DEPARTMENT_WORK
        or _is_tagline(line)
    ):
        return None
    return index


def _cut_role_under(lines, free, taken, heights, name_index):
    """``(free, index)``: the index of the line under the person's name when it
    names no role but would with its last word made whole ("Hair Styli": Hair
    Stylist, the OCR cut it at the card's edge), that line made whole in
    ``lines`` and ``free``; else ``free`` as it is and None. The word is made
    whole only when one role's word begins with it."""
    index = _cut_role_index(lines, free, taken, heights, name_index)
    if index is None:
        return free, None
    return [(other, lines[other]) for other, _line in free], index


def _cut_role_index(lines, free, taken, heights, name_index):
    """The index of the line ``_cut_role_under`` makes whole, made so; else
    None."""
    index = None if name_index is None else name_index + 1
    if (
        index is None
        or index in taken
        or all(other != index for other, _line in free)
        or _title_score(lines[index])
    ):
        return None
    if heights.get(index, 1.0) > heights.get(name_index, 1.0) or any(
        _title_score(line) for other, line in free if other not in (index, name_index)
    ):
        # printed larger than the name (a firm's name), or a role printed
        # elsewhere ("Alpha Conseil" / "Directeur associé")
        return None
    words = _words(lines[index])
    last = fold(words[-1]) if 2 <= len(words) <= 3 else ""
    if (
        len(last) < 5
        or not last.isalpha()
        or common_word(last)
        # "Conseil", "Beratung": a firm's word, whole
        or last in _COMPANY_WORDS | _TRADE_WORDS | _GENERIC_WORDS
    ):
        return None
    whole = sorted(
        (word for word in _ROLE_WORDS if word.startswith(last) and word != last),
        key=len,
    )
    if not whole or len(last) < 0.6 * len(whole[0]):
        return None
    if any(not word.startswith(whole[0]) for word in whole):
        # "Direc": a director's, a direction's, a directeur's
        return None
    mended = lines[index].rstrip()
    mended += (
        whole[0][len(last) :].upper() if words[-1].isupper() else whole[0][len(last) :]
    )
    if _title_score(mended) < 0.85:
        return None
    lines[index] = mended
    return index


def _firm_of_the_name(lines, free, taken, result, confidence, sources):
    """A card whose name is printed under a firm's words that end with "of"
    ("Law Offices of" / "John R. Miller"), no other company read: the firm is
    named after the person, its name both lines, to be checked."""
    if not sources.get("name"):
        return
    above = sources["name"][0] - 1
    # the firm's words read as the company alone, or left free
    if sources.get("company") != (above,) and (
        result.get("company")
        or above < 0
        or above in taken
        or all(index != above for index, _l in free)
    ):
        return
    line = lines[above].strip()
    # not a role cut before its field ("Director of"); "Offices" reads as
    # "Officer" misread, a role to be checked
    if (
        re.fullmatch(r"(?:(?i:the)\s+)?(?:[A-Z][\w&'’.-]*\s+){1,3}(?i:of)", line)
        and _title_score(line) < 0.85
    ):
        # the name as printed ("LAW OFFICES OF" / "JOHN R. MILLER")
        printed = lines[sources["name"][0]].strip()
        name = printed if fold(printed) == fold(result["name"]) else result["name"]
        result["company"] = f"{line} {name}"
        confidence["company"] = LOW_CONFIDENCE - 0.05
        taken.add(above)
        sources["company"] = (above, *sources["name"])


def _cjk_name_or_last_resort(
    lines, free, taken, heights, emails, locals_, result, confidence, sources
):
    """A card that prints no name in Latin letters: the last resort (see
    ``_last_resort_name``), else a person's name in Chinese characters printed
    large ("賴盈榕"), to be checked."""
    _last_resort_name(lines, free, taken, emails, locals_, result, confidence, sources)
    if "name" in result:
        return
    for index, line in free:
        if index not in taken and _cjk_name(line) and heights.get(index, 1.0) >= 1.2:
            result["name"] = line.strip()
            confidence["name"] = LOW_CONFIDENCE - 0.05
            taken.add(index)
            sources["name"] = (index,)
            return


def _last_resort_name(lines, free, taken, emails, locals_, result, confidence, sources):
    """A card where no line reads as a name: one word an address spells, with a
    role beside it ("Ravikumar" over "Manager" at ravikumar@), else the name
    an address spells (``jane.doe@``); both to be checked."""
    single = _one_word_mailbox_name(lines, free, taken, locals_)
    if single is not None:
        result["name"] = lines[single]
        confidence["name"] = LOW_CONFIDENCE - 0.05
        taken.add(single)
        sources["name"] = (single,)
        return
    derived = _name_from_email(emails)
    if derived and not _placeholder(derived):
        result["name"] = derived
        confidence["name"] = 0.35
        return
    single = _given_name_by_number(lines, free, taken)
    if single is not None:
        result["name"] = lines[single].strip()
        confidence["name"] = LOW_CONFIDENCE - 0.05
        taken.add(single)
        sources["name"] = (single,)


def _given_name_by_number(lines, free, taken):
    """The index of a given name printed alone next to a phone number ("Vijay"
    between "Mob.: 9999269543" and "Shop: 011-46066047"): whom to call at a
    shop, as shops' cards print it; no everyday word nor a firm's. None if
    none, or if two lines could be it."""
    found = [
        index
        for index, line in free
        if index not in taken
        and re.fullmatch(r"\s*(?:[A-Z][a-z]{2,}|[A-Z]{3,})\s*", line)
        and has_given_name([fold(line.strip())])
        and not common_word(fold(line.strip()))
        and fold(line.strip()) not in _COMPANY_WORDS
        and any(
            0 <= other < len(lines) and len(re.findall(r"\d", lines[other])) >= 7
            for other in (index - 1, index + 1)
        )
    ]
    return found[0] if len(found) == 1 else None


def _lone_name_line(lines, free, locals_, stems):
    """The index of a name of one word beside a role that the mailbox spells
    ("Raghuvijayan" / "PROPRIETOR" at raghuvijayan104@): the person's, no
    firm's; not one the domain spells ("CHILLI" at chilli@ and
    chilli.com.vn). None if none."""
    single = _one_word_mailbox_name(lines, free, set(), locals_)
    if single is not None and _domain_match(lines[single], stems) >= 0.9:
        return None
    return single


def _one_word_mailbox_name(lines, free, taken, locals_):
    """The index of a line that is one name alone ("Ravikumar", "Nishanth.D":
    an initial after it), the whole local part of an e-mail address, and a
    role is printed next to it; None if none ("pushpajayabalan.arockiam@"
    spells a name of two words: the name the address gives)."""
    spelled = {re.sub(r"\d+$", "", local) for local in locals_ if "." not in local}
    for index, line in free:
        found = re.fullmatch(r"([A-Z][a-z]{3,}|[A-Z]{4,})(?:\s?\.\s?[A-Z]\.?)?", line)
        if (
            index in taken
            or not found
            or fold(found[1]) not in spelled
            or common_word(fold(found[1]))
            or fold(found[1]) in _COMPANY_WORDS
        ):
            continue
        if any(
            0 <= other < len(lines) and _title_score(lines[other])
            for other in (index - 1, index + 1)
        ):
            return index
    return None


def _leftover(lines, taken, letters):
    """The lines no field took, in card order, after the degrees and licences
    printed after the name (``letters``: "CFP®, ChFC")."""
    leftover = [lines[i] for i in range(len(lines)) if i not in taken]
    return ([letters.strip(" ,")] if letters else []) + leftover


# a messenger or network label ("Skype:", "LinkedIn"), or a handle: a word of
# small letters joined by dots or underscores ("gabriella.magyar-icst")
_HANDLE = re.compile(
    r"(?i)^\s*(?:skype|linkedin|twitter|instagram|facebook|wechat|weixin|whatsapp"
    r"|telegram|viber|xing|tiktok|youtube|threads|teams|signal|line\s?id)\b"
    r"|(?<![\w.@])@[\w.]{2,}"
    r"|(?<![\w.])[a-z0-9]{2,}(?:[._][a-z0-9-]{2,})+(?![\w.])"
)


def _company_may_go_on(lines, taken, heights, indexes, result):
    """Whether the company read from the lines ``indexes`` may go on in a line
    beside them that no field took (in ``taken``): one of its size ("& Logistics
    Ltd." under its first words), or a short line in capitals right under a
    wordmark in capitals ("STANFORD" / "ELECTRICAL" / "ENGINEERING")."""
    first, last = min(indexes), max(indexes)
    if any(
        _goes_on(lines, taken, heights, neighbour, first, "name" in result)
        and _may_be_company_part(lines[neighbour])
        for neighbour in (first - 1, last + 1)
        if neighbour >= 0
    ):
        return True
    below = last + 1
    return (
        len(indexes) == 1
        and below < len(lines)
        and below not in taken
        and lines[first].isupper()
        and lines[below].isupper()
        and len(_words(lines[below])) <= 2
        and not re.search(r"[\d@]", lines[below])
        and _may_be_company_part(lines[below])
    )


def _company_goes_on(lines, used, taken, heights, indexes, result, confidence):
    """A company that may go on in a line beside it is to be checked; one cut
    after a joining word ("N.B.K.R. INSTITUTE OF" / "SCIENCE & TECHNOLOGY")
    takes that line too."""
    joined = _company_joined(lines, used | taken, heights, indexes)
    if joined or _company_may_go_on(lines, used | taken, heights, indexes, result):
        confidence["company"] = min(confidence["company"], LOW_CONFIDENCE - 0.05)
    if joined:
        result["company"] = " ".join(
            result["company"] if index == "company" else lines[index]
            for index in joined
        )
        taken.update(index for index in joined if index != "company")


def _wordmark_and_its_line(lines, used, taken, heights, indexes, result, confidence):
    """A firm's own word printed as a wordmark, much larger than the card's
    lines, right over the company read, which only names what the firm is or
    does ("Aayat" / "Mobile Solutions", "GemTools" / "Import Solutions"): the
    two are the name, to be checked."""
    if len(indexes) != 1 or result["company"] != lines[indexes[0]]:
        return
    under = indexes[0]
    logo = under - 1
    words = {fold(word) for word in _words(lines[under])}
    if (
        logo < 0
        or logo in used | taken
        or len(_words(lines[logo])) != 1
        or heights.get(logo, 1.0) < 1.8
        or not 1.2 <= heights.get(under, 1.0) < heights.get(logo, 1.0)
        or not 1 <= len(words) <= 2
        or not words & _GENERIC_WORDS
        or re.search(r"[\d@:/]", lines[logo])
        or _is_name(lines[logo])
        or _cjk_name(lines[logo])
        or _title_score(lines[logo])
        or _never_company(lines[logo])
    ):
        return
    result["company"] = f"{lines[logo]} {lines[under]}"
    confidence["company"] = min(confidence["company"], LOW_CONFIDENCE - 0.05)
    taken.add(logo)


def _domain_word_below(lines, used, taken, indexes, result, stems, heights):
    """The company's word printed under a slogan between (``WHITE ELEPHANT`` /
    "Signature unisex" / "SALON" at whiteelephantsalonsalem@gmail.com): a line
    of one word two lines under the company read, which the domain or mailbox
    spells right after the company's letters, is of its name. Or further down,
    past the lines of the person's role, printed as large as the wordmark
    ("altunbaş" / "Genel Müdür Yardımcısı" / "Vice General Manager" / "metal" at
    altunbasmetal.com.tr: the wordmark's second line)."""
    if len(indexes) != 1:
        return
    letters = re.sub(r"[\W\d_]", "", fold(result["company"]))

    def spelled(below):
        word = re.sub(r"[\W\d_]", "", fold(lines[below]))
        return (
            len(letters) >= 5
            and len(word) >= 3
            and len(_words(lines[below])) == 1
            and not re.search(r"[\d@:/]", lines[below])
            and below not in used | taken
            and any(
                re.sub(r"[\W\d_]", "", fold(stem)).startswith(letters + word)
                for stem in stems
            )
        )

    below = indexes[-1] + 2
    if below < len(lines) and indexes[-1] + 1 not in used | taken and spelled(below):
        result["company"] = f"{result['company']} {lines[below].strip()}"
        taken.add(below)
        return
    size = heights.get(indexes[-1], 1.0)
    for below in range(indexes[-1] + 2, min(indexes[-1] + 5, len(lines))):
        if heights.get(below, 1.0) >= max(1.3, 0.75 * size) and spelled(below):
            result["company"] = f"{result['company']} {lines[below].strip()}"
            taken.add(below)
            return


def _company_joined(lines, taken, heights, indexes):
    """The company's parts in order ("company" for the company read from lines
    ``indexes``, and the indexes of the lines it goes on in) when it ends on a
    joining word ("N.B.K.R. INSTITUTE OF" / "SCIENCE & TECHNOLOGY") or the
    line of its size over it does ("Triumphant Institute of" / "Management
    Education Pvt. Ltd."); else None."""
    first, last = min(indexes), max(indexes)
    parts = ["company"]

    def joining(line):
        words = line.split()
        return bool(words) and (words[-1] == "&" or fold(words[-1]) in _JOINERS)

    def part(index, beside):
        return (
            0 <= index < len(lines)
            and _goes_on(lines, taken, heights, index, beside, True)
            and _may_be_company_part(lines[index])
        )

    if joining(lines[last]) and part(last + 1, last):
        parts.append(last + 1)
    if part(first - 1, first) and joining(lines[first - 1]):
        parts.insert(0, first - 1)
    return parts if len(parts) > 1 else None


def _cue_case(lines):
    """``lines``, or when the card is printed in lower case (most of its lines
    of words run in small letters: "member of technical staff", "hoffman
    estates, illinois"), its lines in title case: there small letters say
    nothing of a tagline."""
    worded = [line for line in lines if len(_alphabetic(line)) >= 2]
    lower = [line for line in worded if _runs_in_lower_case(line)]
    if len(lower) < 2 or len(lower) <= len(worded) / 2:
        return lines
    # a line in small letters that would read as a person's name stays as
    # printed: a person's name is capitalised even there
    return [
        line.title() if line.islower() and not _is_name(line.title()) else line
        for line in lines
    ]


def _as_printed(value, cue_lines, lines):
    """``value`` read from ``cue_lines`` (see ``_cue_case``), its lines back as
    ``lines`` print them."""
    for cue, line in zip(cue_lines, lines, strict=True):
        if cue != line and cue in value:
            value = value.replace(cue, line)
    return value


def _domain_wordmark(line, stems, height):
    """Whether ``line`` is the company's domain printed large as its wordmark
    ("Winz.team" over "www.winz.team"): no handle, a company."""
    host = line.strip().lower()
    return (
        height >= 1.5
        and re.fullmatch(r"[a-z0-9-]{2,}\.[a-z]{2,24}", host) is not None
        and fold(host.split(".")[0]) in stems
    )


def _glued_handle(line, spaced):
    """Whether ``line`` is one word that glues the words of another line of the
    card (``spaced``: those lines' letters) and more: a page's or a network's
    name ("SavetheChildrenNigeria" beside "Save the Children")."""
    if " " in line.strip():
        return False
    letters = re.sub(r"\W", "", fold(line))
    return len(letters) >= 10 and any(
        len(other) >= 6 and other != letters and other in letters for other in spaced
    )


def _is_handle(line):
    """Whether ``line`` is a messenger or network handle, or a web address the
    OCR misread ("https: //nje-hu/"): never a name, a title or a company (kept
    with the card's other lines)."""
    if re.match(r"(?i)\s*(?:https?\s*[:;.]|www\s*[.,])", line):
        return True
    if re.fullmatch(r"\s*(?:[A-Z][a-z]+\.)+[A-Z][a-z]+\s*", line) and _title_score(
        line
    ):
        # "Exp.Manager": a role's words glued by a dot, no handle
        return False
    if _title_score(line) and not _HANDLE.search(
        re.sub(r"(?<=\w)\.(?=[A-Z])", ". ", line)
    ):
        # "Sr.PRODUCT EXECUTIVE-- MAPPING": a role, its first word shortened
        # and glued to the next by the dot
        return False
    # "Mag.a Dr.in Eva Koller": an Austrian woman's degrees, no "dr.in" handle
    unhonoured = " ".join(
        word
        for word in _part_honorific(line).split()
        if not (re.fullmatch(r"\S+\.(?:in|a)", word) and _is_honorific(word))
    )
    return bool(_HANDLE.search(unhonoured)) and not _legal_form(line)


def _largest_line(lines, free, taken, heights, spelled=frozenset()):
    """The index of the card's largest free line when it stands out (a third
    larger than the usual line, the largest of the free lines) and may be a
    company's wordmark: one to three words of letters (four when the last
    names its trade), not only common nouns of firms, no name, title, tagline,
    street or region (a name's shape only in ``spelled``), no question ("WHO?");
    else None."""
    if not heights:
        return None
    candidates = [index for index, _line in free if index not in taken]
    if not candidates:
        return None
    index = max(candidates, key=lambda i: heights.get(i, 1.0))
    line = lines[index]
    if heights.get(index, 1.0) < 1.3 or any(
        heights.get(other, 1.0) >= heights.get(index, 1.0) - 0.05
        for other in candidates
        if other != index
    ):
        return None
    # "The Little Wood Shop": its small words not counted, nor the marks
    # around a wordmark ("+ PUBLIC GENERAL AID +")
    words = [
        word
        for word in _words(line)
        if fold(word) not in _DOMAIN_FILLERS and re.search(r"[^\W_]", word)
    ]
    # four when the last names the trade ("Wyoming Valley Appliance Repair")
    most = 4 if words and fold(words[-1]) in _GENERIC_WORDS else 3
    if not 1 <= len(words) <= most or re.search(r"[\d@/:#?]", line):
        return None
    if all(fold(word) in _GENERIC_WORDS for word in words):
        # a heading ("Serviços", "Services"): no firm's own word
        return None
    if len(re.sub(r"[\W\d_]", "", line)) < 3:
        return None
    if any(fold(lines[other]) == fold(line) for other in taken):
        # "Anuj Kumar" printed twice: the name again, no firm's
        return None
    if (
        (_is_name(line) and index not in spelled)
        or _cjk_name(line)
        or _title_score(line)
        or (_is_tagline(line) and not _lower_case_shape(line))
        or _is_street(line)
        or _is_region(line)
        or fold(line) in _NOT_TITLES
        or _never_company(line)
    ):
        return None
    return index


# a firm's name, its words capitalised: "PIZZA HUT", "UltraTech", "Bank of
# Baroda", "Smith & Sons"
_FIRM_SHAPE = re.compile(
    r"[A-Z][^\W\d_]*[A-Za-z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][^\W\d_]*[A-Za-z][\w'’.-]*|of|and|the|de|&))*"
)


# the words that begin a place's or an honour's name over a person's, not a
# firm's: "State of Illinois", "Award of Excellence", "Member of"
_NOT_FIRM_HEADS = frozenset(
    ["state", "city", "county", "republic", "kingdom", "province", "award"]
    + ["member", "winner", "certified", "licensed", "welcome", "thank", "thanks"]
)


# the same marks printed on both sides of a wordmark: "+ PUBLIC GENERAL AID +",
# "* STAR CABS *", "~ Bella Nails ~" (not "Notepad ++")
_MARKS_AROUND = re.compile(r"^([+*•·~=]+)\s+(.*\S)\s+\1$")


def _wordmark_or_line_over_name(lines, free, taken, heights, spelled, named, raw):
    """The index of the card's wordmark (see ``_largest_line``), else of the
    line over the person's name (see ``_line_over_name``), else None."""
    largest = _largest_line(lines, free, taken, heights, spelled)
    if largest is None:
        largest = _dealer_line(lines, free, taken, raw)
    if largest is None and named:
        largest = _line_over_name(lines, free, taken, named[0], raw)
    return largest


def _dealer_line(lines, free, taken, raw=None):
    """The index of a line that names a make's logo printed alone on the card
    with more words, a dealer's or a branch's name ("NISSAN" and "Nissan Miên
    Nam", "VOLKSWAGEN" and "Tom Mason Volkswagen"); else None."""
    logos = {
        fold(line.strip())
        for line in lines
        if re.fullmatch(r"[^\W\d_]{4,}", line.strip())
        and not common_word(fold(line.strip()))
    }
    for index, line in free:
        words = [fold(word) for word in _words(line)]
        if (
            index not in taken
            and 2 <= len(words) <= 4
            and set(words) & logos
            and _FIRM_SHAPE.fullmatch((raw[index] if raw else line).strip())
            and not (_title_score(line) or _is_street(line) or _is_tagline(line))
            # "CATERINA DA SILVA" and "SILVA": the person's name, printed twice
            and not any(fold(lines[other]) == fold(line) for other in taken)
        ):
            return index
    return None


def _line_over_name(lines, free, taken, name_index, raw=None):
    """The index of the line printed right over the person's name when no cue
    names the company ("PIZZA HUT" / "Jack Robertson", "Madison Yacht Sales" /
    "Paul Madison"), or over the slogan printed over it ("VIETLAND" / "mang
    đến...", its slogan): where a card prints its firm's name; else None."""
    free_indexes = {index for index, _line in free}
    above = name_index - 1
    while above >= 0 and above in taken and above not in free_indexes:
        above -= 1
    for index in (above, above - 1):
        if index < 0 or index not in free_indexes or index in taken:
            return None
        if _firm_shaped(lines[index], raw[index] if raw else lines[index]):
            return index
        if not (_is_tagline(lines[index]) or _runs_in_lower_case(lines[index])):
            return None
    return None


def _firm_shaped(line, printed):
    """Whether ``line`` (``printed`` as the card prints it) may be a firm's
    name over a person's: one to four words of letters, capitalised, no name,
    role, slogan, street, place or heading."""
    words = [word for word in _words(line) if fold(word) not in _DOMAIN_FILLERS]
    if (
        not 1 <= len(words) <= 4
        or re.search(r"[\d@/:#?|]", line)
        or len(re.sub(r"[\W\d_]", "", line)) < 4
        or all(fold(word) in _GENERIC_WORDS for word in words)
        or _only_form(line)
        # a firm's shape as printed: its words capitalised, none a speck ("He
        # H", "aaka", "© LocK" are what the OCR made of a picture)
        or not _FIRM_SHAPE.fullmatch(printed.strip())
        # "INVESTMENT", "Sun": a word alone is a firm's only when no everyday
        # word; "Award of Excellence", "State of Illinois": nor an everyday
        # word of a place or an honour
        or all(common_word(fold(word)) for word in words if fold(word) != "of")
        and (len(words) == 1 or "of" in {fold(word) for word in words})
        or fold(words[0]) in _NOT_FIRM_HEADS
    ):
        return False
    return not (
        _is_name(line)
        or _person_like(line)
        or _cjk_name(line)
        or _title_score(line)
        or _is_tagline(line)
        or _is_street(line)
        or _is_region(line)
        or fold(line) in _NOT_TITLES
        or _never_company(line)
        or _placeholder(line)
    )


# a person's name in Chinese characters ("鈴木大輔", "今井遼"): two to four of
# them, none of those that name a firm, a shop, a school or an office (会社,
# 店, 大学, 事務所...); or a foreign name in katakana, its parts apart by a
# middle dot ("ライオンズ・マイケル")
_CJK_NAME = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}"
    r"|[\u30a0-\u30fa\u30fc]{2,8}[・･][\u30a0-\u30fa\u30fc]{2,8}"
)
_CJK_FIRM_MARKS = frozenset(
    "社店院所局館園堂会團团集司行学學校部課科省庁署組業工商室廠場坊舎亭苑軒房"
)


def _cjk_name(line):
    """Whether ``line`` is a person's name printed in Chinese characters or in
    katakana (see ``_CJK_NAME``), not a firm's nor a role (one character three
    times, "小小小", is a pattern's)."""
    # "横井 裕美": a space between the family name and the given name
    text = re.sub(r"^([^\W\d_]{1,3}) ([^\W\d_]{1,3})$", r"\1\2", line.strip())
    return (
        bool(_CJK_NAME.fullmatch(text))
        and not set(text) & _CJK_FIRM_MARKS
        and not any(word in text for word in _CJK_NOT_NAMES)
        and len(set(text)) > 1
    )


def _lower_case_shape(line):
    """Whether ``line`` is a short line printed all in small letters, no word of
    a slogan and no sentence ("deepmala fancy"): as a card's largest line, a
    wordmark set in lower case by design."""
    return (
        line.islower()
        and len(_words(line)) <= 3
        and not {fold(word) for word in _words(line)} & _TAGLINE_WORDS
        and not re.search(r"[.!,]\s*$", line)
    )


def _wordmark_goes_on(lines, free, taken, heights, index):
    """The line under the wordmark on line ``index`` that goes on with it: in
    small letters too ("deepmala fancy" / "lights"), or under a wordmark of
    one word, a little smaller ("Shiv" / "Mobile Shop"); as large as the
    card's usual line by a third, one or two words, free, no name, role,
    slogan or place; else None."""
    below = index + 1
    if (
        below not in {i for i, _line in free}
        or below in taken
        or heights.get(below, 1.0) < 1.3
        or len(_words(lines[below])) > 2
        or _is_street(lines[below])
    ):
        return None
    if lines[index].islower():
        return below if _lower_case_shape(lines[below]) else None
    # "SPARK" / "Studio": a wordmark of one word and the large line under it
    # that goes on with it, no name, role or slogan
    line = lines[below]
    if (
        len(_words(lines[index])) == 1
        and heights.get(below, 1.0) < heights.get(index, 1.0)
        and not re.search(r"[\d@:/.]", line)
        # "MEBEMD" / "MeBeMD": the wordmark printed again
        and re.sub(r"\W", "", fold(line)) != re.sub(r"\W", "", fold(lines[index]))
        and not (
            _is_name(line)
            or _cjk_name(line)
            or _person_like(line)
            or _title_score(line)
            or _is_tagline(line)
            or _is_region(line)
            or _never_company(line)
        )
    ):
        return below
    return None


def _title_before(lines, taken, heights, index, stems):
    """``[index]`` of the line just above the title on line ``index`` when it
    is the title's beginning: free, of its size, only words of departments and
    regions ("REGIONAL BUSINESS DEVELOPMENT" above "EXECUTIVE"); else ``[]``."""
    before = index - 1
    if before < 0 or before in taken or not _same_size(heights, before, index):
        return []
    line = lines[before]
    words = [fold(word) for word in _words(line)]
    if (
        not 1 <= len(words) <= 5
        or re.search(r"[\d@]", line)
        or _is_tagline(line)
        or _company_score(line, stems) >= 0.5
    ):
        return []
    if all(
        word in _DEPARTMENT_WORDS or word in _REGION_WORDS or word in _DOMAIN_FILLERS
        for word in words
    ):
        return [before]
    return []


def _is_region(line):
    """Whether ``line`` names only regions or countries ("Europe, Asia, Middle
    East", "Southeast Asia", "Germany, Austria"): under a title, the rest of it.
    A country alone is an address's last line."""
    words = [fold(word) for word in _words(line)]
    countries = country_codes()
    named = [word for word in words if word not in _DOMAIN_FILLERS]
    return (
        1 <= len(named) <= 5
        and all(word in _REGION_WORDS or word in countries for word in named)
        and ("," in line or any(word in _REGION_WORDS for word in named))
    )


def _role_beside_name(result, confidence, sources, pair, index, titles, letters):
    """``(titles, letters)`` once the role printed beside the name (``pair``:
    the name's line ``index`` read as a name and a role, or None) is read: the
    person's title, no other role line then; or, where a role under it says
    more (see ``_fuller_role_under``), kept with the note's lines ("Emily
    Carter, MD" / "Pediatrician": the letters)."""
    if pair is None:
        return titles, letters
    if _fuller_role_under(pair[1], titles, index):
        return titles, ", ".join(filter(None, (letters.strip(" ,"), pair[1])))
    result["title"] = pair[1]
    confidence["title"] = _title_score(pair[1])
    sources["title"] = (index,)
    return [], letters


def _fuller_role_under(role, titles, index):
    """Whether the line right under the name's (line ``index``) names the role
    a word beside the name gave (``role``) at more length: "Chef Anand Kumar"
    / "Head Chef", or is the role of a doctor whose "MD" was that word
    (``titles``: ``(index, line)`` of the card's role lines)."""
    under = dict(titles).get(index + 1, "")
    if fold(role.replace(".", "")) == "md" and (
        (len(_words(under)) >= 2 and _title_score(under) >= 0.85)
        or (len(_words(under)) == 1 and fold(under) in _MORE_TITLE_WORDS)
    ):
        # "Rachel Adeyemi, MD" / "Staff Radiologist", "Emily Carter, MD" /
        # "Pediatrician": a doctor's degree over her role, no managing director
        # (not over "Marketing" or "Sales", a managing director's department)
        return True
    return (
        len(_words(role)) == 1
        and len(_words(under)) >= 2
        and fold(role) in {fold(word) for word in _words(under)}
        and _title_score(under) >= 0.85
    )


def _take_name(index, stacked, beside, taken, letters):
    """The name's line ``index`` (and the next, for a name printed over two)
    taken into ``taken``; ``letters`` to keep after the name, with the text
    printed beside it."""
    taken.add(index)
    if index in beside:
        return f"{beside[index][1]}, {letters.strip(' ,')}".strip(" ,")
    if index in stacked:
        taken.add(index + 1)
    return letters


def _names_in_parts(lines, free, with_role, heights, email_locals=()):
    """``(names, beside)``: the name read from each free line that prints it in
    parts, by line index (two lines, or one beside another text); ``beside``
    the lines that print it beside another text, with that text, to keep.
    ``email_locals`` (see ``_email_locals``) spell given names too."""
    given = {part for local in email_locals for part in local.split(".")}
    # a name printed a word a line ("MARIA" / "DE SOUZA"): the two lines as one
    free_indexes = {index for index, _line in free}
    stacked = {
        index: f"{line} {lines[index + 1]}"
        for index, line in free
        if index + 1 in free_indexes
        and index not in with_role
        and _stacked_name(line, lines[index + 1], heights, index, given, email_locals)
        # "JTL" / "JTL": one word printed twice (both sides of the card), no
        # given name and surname (but "THOMAS" / "THOMAS", a Keralan's)
        and (fold(line) != fold(lines[index + 1]) or has_given_name([fold(line)]))
        # a brand's word ("DELL" over "P. Selvam" at a Dell store) recurs
        and not any(
            fold(line) in {fold(word) for word in _words(other)}
            for other in lines
            if other not in (line, lines[index + 1]) and not re.search(r"[@/]", other)
        )
    }
    # "Atzori" over "Davide" at davideatzorinutrizionista@: the surname printed
    # over the given name, in the order the mailbox spells them
    stacked.update(
        (index, f"{lines[index + 1]} {line}")
        for index, line in free
        if index + 1 in free_indexes
        and index not in with_role
        and index not in stacked
        and index - 1 not in stacked
        and _surname_over_given(line, lines[index + 1], heights, index, email_locals)
    )
    # a name beside another ("Chang Sau Sheong 郑兆雄", "PANKAJ GUPTA / SHEO
    # KUMARI GUPTA"): the first in Latin letters is the card's, the other kept
    beside = {
        index: pair
        for index, line in free
        if index not in with_role
        and index not in stacked
        and not _is_name(line)
        and (pair := _name_beside(line))
    }
    # a name whose space the OCR lost: "MichaelChen", "RYANJOHNSON" over a role
    beside.update(
        (index, (unglued, ""))
        for index, line in free
        if index not in with_role
        and index not in stacked
        and index not in beside
        and (unglued := _unglued_name(lines, index, email_locals))
    )
    stacked.update({index: pair[0] for index, pair in beside.items()})
    return stacked, beside


def _unglued_name(lines, index, email_locals=()):
    """Line ``index`` of ``lines``, a name whose space the OCR lost, parted: a
    given name, then a capital ("MichaelChen"), or one word in capitals over a
    role ("RYANJOHNSON" over "OWNER/OPERATOR", see ``_unglued_caps_name``);
    else None."""
    line = lines[index].strip()
    glued = re.fullmatch(r"([A-ZÀ-Þ][a-zß-ÿ]{2,})([A-ZÀ-Þ][\w'’-]{2,})", line)
    if glued:
        unglued = f"{glued[1]} {glued[2]}"
        if has_given_name([fold(glued[1])]) and _is_name(unglued):
            return unglued
        return None
    if index + 1 < len(lines) and _title_score(lines[index + 1]) >= 0.85:
        return _unglued_caps_name(line, email_locals)
    return None


def _unglued_caps_name(line, email_locals=()):
    """``line``, one word in capitals that is a given name and a surname glued
    ("RYANJOHNSON", "MAXTAY" at guanhuat_tay@), parted ("RYAN JOHNSON"); else
    None. The surname is a known one, or the e-mail address spells it
    (``email_locals``)."""
    word = line.strip()
    if (
        not re.fullmatch(r"[A-ZÀ-Þ]{6,}", word)
        # "MARKETING": a word of its own
        or common_word(fold(word))
        or fold(word) in _GENERIC_WORDS
        or _title_score(word)
    ):
        return None
    splits = [
        (word[:cut], word[cut:])
        for cut in range(len(word) - 3, 2, -1)
        if has_given_name([fold(word[:cut])])
    ]
    if not splits:
        return None
    parts = {part for local in email_locals for part in re.split(r"[._-]", local)}
    known = [
        pair for pair in splits if fold(pair[1]) in surnames() or fold(pair[1]) in parts
    ]
    if not known:
        return None
    given, surname = known[0]
    return f"{given} {surname}" if _is_name(f"{given} {surname}") else None


# letters of no Latin script: Chinese, Japanese, Korean, Cyrillic, Greek...
_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")


def _name_beside(line):
    """``(name, other)`` when ``line`` prints a person's name beside another
    text: the same name in another script ("Chang Sau Sheong 郑兆雄"), or a
    second person's name after a slash ("PANKAJ GUPTA / SHEO KUMARI GUPTA");
    else None."""
    if _OTHER_SCRIPT.search(line):
        latin = " ".join(
            word for word in line.split() if not _OTHER_SCRIPT.search(word)
        )
        other = " ".join(word for word in line.split() if _OTHER_SCRIPT.search(word))
        if _is_name(latin):
            return latin, other
        return None
    parts = re.split(r"\s+/\s+", line)
    if len(parts) == 2 and all(_is_name(part) for part in parts):
        return parts[0], parts[1]
    # "Ali Riza YILMAZ & Ebubekir YILMAZ": two people, each a name of two words
    # or more
    parts = re.split(r"\s+&\s+", line)
    if len(parts) == 2 and all(
        len(_words(part)) >= 2 and _is_name(part) for part in parts
    ):
        return parts[0], parts[1]
    return None


def _stacked_name(line, following, heights, index, given=(), email_locals=()):
    """Whether ``line``, a given name alone ("MARIA"), and ``following``, the
    line under it, of its size, are a person's name printed a word a line
    ("DE SOUZA"): together they read as a name, and the line under it does
    not begin with a given name of its own. A part of the e-mail address
    (``given``) is a given name too ("RYO" / "IMAI" at ryo@), and so is any
    first word when the mailbox (``email_locals``) spells the two lines
    ("MARK" / "MCGUINESS" at marksmcguiness@)."""
    words = _words(line)
    # "Miguel Ángel" / "Fernández Ruiz", "Maria José" / "Pereira": given names
    # alone, two of them (not "Paul Smith" / "London": a given name and a
    # surname, a name whole, over what follows)
    givens = 1 <= len(words) <= 2 and all(
        has_given_name([fold(word)]) for word in words
    )
    # ... whose surname under them the mailbox holds ("miguel.fernandez@")
    # (not "Paul Walker" over the "WALKER" logo: the surname again)
    held = any(
        len(word) >= 3 and word in local
        for word in map(fold, _words(following))
        for local in email_locals
    ) and not {fold(word) for word in _words(following)} & {
        fold(word) for word in words
    }
    two = len(words) == 2 and givens and held
    return (
        (len(words) == 1 or two)
        and (
            has_given_name([fold(words[0])])
            or fold(words[0]) in given
            or (
                len(_words(following)) == 1
                # not over a name whose space the OCR lost ("Clínica" /
                # "FlavioRestrepo": a clinic's name)
                and not re.search(r"[^\W\d_A-Z]{2}[A-Z]", following)
                and any(
                    local.startswith(fold(words[0]))
                    and fold(_words(following)[0]) in local
                    for local in email_locals
                )
                and _mailbox_spells(f"{line} {following}", email_locals)
            )
            or _over_a_surname(words[0], following)
            or _mailbox_begins_surname(following, email_locals)
        )
        and 1 <= len(_words(following)) <= 3
        # "JOHN" / "MARY JONES": the line under it begins a name of its own; not
        # a surname alone that is a given name too ("JOHN" / "SMITH")
        and not (_given_first(following) and not _surname_alone(following))
        # "P. Selvam": a name of its own, with its initial
        and not re.search(r"\b[^\W\d_]\.", following)
        and _is_name(f"{line} {following}")
        and not _title_score(following)
        and (
            not heights
            or _same_size(heights, index, index + 1)
            # "JOHN" printed large over "Smith": a known given name over a
            # known surname alone, whatever their sizes
            or (has_given_name([fold(words[0])]) and _surname_alone(following))
            # "Miguel Ángel" printed large over "Fernández Ruiz", "Robert" over
            # "VANDEN EYNDE" at robert.vandeneynde@: given names over the
            # surnames the mailbox holds
            or (givens and held)
        )
    )


def _surname_alone(line):
    """Whether ``line`` is one word, a common surname ("SMITH", "Martin")."""
    words = _words(line)
    return len(words) == 1 and fold(words[0]) in surnames()


def _mailbox_begins_surname(following, email_locals):
    """Whether a mailbox (``email_locals``) is the first letters, four or more,
    of ``following``, a word alone under a given name no list knows
    ("NICHADA" / "CHOTAPISITKUL" at chot0005@)."""
    surname = _words(following)
    if len(surname) != 1:
        return False
    folded = fold(surname[0])
    return any(
        4 <= len(letters := re.sub(r"[\W\d_]", "", local)) < len(folded)
        and folded.startswith(letters)
        for local in email_locals
    )


def _over_a_surname(word, following):
    """Whether ``word``, a given name no list knows, is printed over a surname
    the lists know, a word alone ("Miwa" / "Yamada"): neither an everyday
    word."""
    surname = _words(following)
    return (
        len(surname) == 1
        and len(word) >= 3
        and fold(surname[0]) in surnames()
        and not common_word(fold(surname[0]))
        and not common_word(fold(word))
    )


def _surname_over_given(line, following, heights, index, email_locals=()):
    """Whether ``line`` and ``following``, a word each and of one size, are a
    surname over a given name: a mailbox (``email_locals``) spells the given
    name first, then the surname ("Atzori" / "Davide" at davideatzori...@)."""
    one, other = _words(line), _words(following)
    if not (len(one) == len(other) == 1 and _same_size(heights, index, index + 1)):
        return False
    given, surname = fold(other[0]), fold(one[0])
    return (
        len(given) >= 3
        and len(surname) >= 3
        and any(local.startswith(given + surname) for local in email_locals)
        and _is_name(f"{following} {line}")
    )


def _same_size(heights, one, other):
    """Whether lines ``one`` and ``other`` are printed at about one size: their
    boxes' heights within 30 % of the larger (a low-resolution photo measures
    a line a few pixels off)."""
    if not heights:
        return False
    first, second = heights.get(one, 0.0), heights.get(other, 1.0)
    return abs(first - second) <= 0.3 * max(first, second)


def _goes_on(lines, taken, heights, following, index, named=False):
    """Whether line ``following`` may be the rest of the title on line
    ``index``: free, of its size, a few words without digits."""
    if not heights or following >= len(lines) or following in taken:
        return False
    line = lines[following]
    return (
        _same_size(heights, following, index)
        and not re.search(r"[\d@]", line)
        # "Residence & Office:": a label of what follows
        and not line.rstrip().endswith(":")
        and len(_words(line)) <= 4
        and not _is_tagline(line)
        # once the card's name is found, a line shaped as one is not another
        and (named or not _is_name(line))
        # "Co., Ltd.": a legal form alone, no part of a role
        and not _bare_form(line)
    )


def _may_be_company_part(line):
    """``line`` may be a part of a company's name: no title, no street or office
    ("Head Office"), no comma but in a legal form (an address line has one)."""
    return not (
        _title_score(line)
        or _is_street(line)
        or fold(line) in _NOT_TITLES
        or ("," in line and not _COMPANY_FORM.search(line))
    )


def _name_from_email(emails):
    for email, _c in emails:
        local = email.split("@", 1)[0]
        parts = [part for part in re.split(r"[._-]", local) if part.isalpha()]
        # "cozynerd.consulting", "suehirorestaurant.slc": a firm's mailbox, no
        # one's name
        if (
            len(parts) >= 2
            and not any(
                fold(part).endswith(word)
                for part in parts
                for word in _COMPANY_WORDS
                if len(word) >= 6 or word == fold(part)
            )
            and all(_mailbox_name_part(part) for part in parts[:3])
        ):
            return " ".join(part.capitalize() for part in parts[:3])
    return ""


def _mailbox_name_part(part):
    """Whether ``part`` of an e-mail address's local part may be a word of the
    person's name: a given name or a surname, or a word of three letters or
    more that is no everyday word; not an initial, a rank or a role ("y.jodwig",
    "er.smalaka.mvv", "automation-gm", "your.email")."""
    word = fold(part)
    if has_given_name([word]) or word in surnames():
        return True
    return len(word) >= 3 and not common_word(word)


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


def _misread_domain(domain, hosts, letters=2, shortest=6):
    """The web address's host that ``domain`` (of an e-mail address) is a
    misreading of (up to ``letters`` letters off, dots and dashes aside; hosts of
    ``shortest`` letters or more), or None."""
    folded = fold(domain)
    for host in hosts:
        other = fold(host)
        if not re.search(r"\.[a-z]{2,24}$", host):
            continue
        if _other_suffix(domain, host):
            # "sunrise.co.in" beside "sunrise.com": the firm's two domains
            continue
        if _one_site(domain, host):
            # "stanford.edu" beside "cvi.stanford.edu": a site under the domain
            continue
        if (
            folded != other
            and len(other) >= shortest
            and _distance(folded, other) <= letters
        ):
            return host
    return None


# the endings of domains: "com", "in", "co.in", "com.au"
_SUFFIX = re.compile(r"(?:(?:co|com|net|org|ac|gov|edu|or|ne|go)\.)?[a-z]{2,6}")


def _other_suffix(domain, host):
    """Whether ``domain`` and ``host`` are one name under two endings
    ("sunrise.co.in", "sunrise.com"), both whole: two domains of a firm, no
    misreading. Not when one ending is the other cut short or a letter off
    ("sunrise.co", "sunrise.cm", "acme.com" beside "acme.com.au")."""
    mine, theirs = domain.lower().split(".", 1), host.lower().split(".", 1)
    return (
        len(mine) == len(theirs) == 2
        and mine[0] == theirs[0]
        and all(_SUFFIX.fullmatch(end) for end in (mine[1], theirs[1]))
        and _distance(mine[1], theirs[1]) >= 2
        and not mine[1].startswith(theirs[1])
        and not theirs[1].startswith(mine[1])
    )


# the free mail services' domains, and the letters OCR takes for one another
# in them ("qmail.com", "gmai1.com", "hotrnail.com")
_MAIL_DOMAINS = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com")


def _lookalike_letters(domain):
    domain = domain.lower().replace("rn", "m").replace("vv", "w")
    return domain.translate(str.maketrans("qi1|0", "glllo"))


# real domains one letter off a free mail service's: other mail services
# ("ymail.com", "mail.com" beside "gmail.com") and firms ("cloud.com" beside
# "icloud.com", "gail.com")
_OTHER_MAIL_NAMES = frozenset(["ymail", "mail", "email", "gmx", "cloud", "gail"])


def _misread_mail_domain(domain):
    """The free mail service's domain that ``domain`` is a misreading of
    ("qmail.com" for "gmail.com"; a letter lost or read twice, "gmai.com",
    "hotmaill.com"; the ending cut or misread, "gmail.co", "gmail.con"), or
    None."""
    domain = domain.lower()
    misread = _lookalike_letters(domain)
    found = next(
        (
            mail
            for mail in _MAIL_DOMAINS
            if domain != mail and misread == _lookalike_letters(mail)
        ),
        None,
    )
    if found:
        return found
    name, _dot, ending = domain.partition(".")
    if name in _OTHER_MAIL_NAMES:
        return None
    for mail in _MAIL_DOMAINS:
        mail_name = mail.split(".")[0]
        if name == mail_name and ending in ("co", "con", "cm", "om", "comm"):
            return mail
        if (
            ending == "com"
            and len(name) >= 4
            and name.isalpha()
            # a letter lost or read twice
            and abs(len(name) - len(mail_name)) == 1
            and _distance(name, mail_name) == 1
        ):
            return mail
    return None


_BROKEN_EMAIL = re.compile(r"([\w.+-]+)\s?@\s?([\w.-]{4,})")


def _word_letters(host):
    """How many letters of ``host``'s name (before its ending) everyday
    English words or firms' words of four letters or more spell, read from
    the left, the longest first ("acmelogistics": "logistics", 9)."""
    name = re.sub(r"^www\d?\.", "", host.lower()).split(".")[0]
    count = 0
    for part in re.split(r"[^a-z]+", name):
        start = 0
        while start < len(part):
            found = next(
                (
                    end
                    for end in range(len(part), start + 3, -1)
                    if part[start:end] in _COMPANY_WORDS or common_word(part[start:end])
                ),
                None,
            )
            if found:
                count += found - start
                start = found
            else:
                start += 1
    return count


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
        mail = _misread_mail_domain(domain)
        if mail and domain.lower() not in hosts:
            # not a firm's own domain its web address prints too
            # ("picloud.com")
            emails[position] = (f"{local}@{mail}", LOW_CONFIDENCE - 0.1)
            continue
        host = _misread_domain(domain, hosts)
        if host and _word_letters(domain) > _word_letters(host):
            # "acme-logistics.com" beside "www.acme-logistlcs.com": the web
            # address is the one misread (its words are none)
            websites[:] = [
                (url.replace(host, domain.lower()), LOW_CONFIDENCE - 0.1)
                if host in url
                else (url, c)
                for url, c in websites
            ]
            emails[position] = (email, LOW_CONFIDENCE - 0.1)
        elif host:
            emails[position] = (f"{local}@{host}", LOW_CONFIDENCE - 0.1)
            websites[:] = [(url, min(c, LOW_CONFIDENCE - 0.1)) for url, c in websites]
        elif _misread_domain(domain, hosts, letters=3, shortest=12):
            # "quantinvations.com" beside "www.qruantuminvations.com": three
            # letters off, which of them is right is not known; both to be
            # checked
            emails[position] = (email, LOW_CONFIDENCE - 0.1)
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


def _other_sites(websites, emails):
    """Whether the card prints web addresses on two sites (hosts of neither
    under the other), the first at no e-mail address's domain."""
    hosts = [_host(url) for url, _c in websites]
    domains = [email.split("@", 1)[1] for email, _c in emails]
    return not any(_one_site(hosts[0], domain) for domain in domains) and any(
        not _one_site(hosts[0], host) for host in hosts[1:]
    )


def _one_site(one, other):
    """Whether the hosts ``one`` and ``other`` are one site, or one is under the
    other ("cvi.stanford.edu", "stanford.edu")."""
    one, other = f".{one.lower()}", f".{other.lower()}"
    return one.endswith(other) or other.endswith(one)


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


# kana are written only in Japan, hangul only in Korea
_SCRIPT_REGIONS = (
    (re.compile(r"[\u3040-\u30ff]"), "JP"),
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), "KR"),
)


def _script_region(lines):
    """The country whose own script the card prints ("株式会社ニトリ": Japan),
    if any: what its numbers without a country code most likely belong to."""
    text = "\n".join(lines)
    return next(
        (region for found, region in _SCRIPT_REGIONS if found.search(text)), None
    )


def _country_line_region(lines, used):
    """The country of the card's address: a line naming it (alone, or last
    after a comma: ``75002 Paris, France``), else a postcode only it writes;
    as an ISO code, or None."""
    codes = country_codes()
    free = [line for index, line in enumerate(lines) if index not in used]
    for line in free:
        for part in (line, line.rsplit(",", 1)[-1]):
            key = fold(part)
            # "de", "can": a code or alias is too short to tell a country on a card
            if len(key) > 3 and key in codes:
                return codes[key]
    for line in free:
        for pattern, code in _POSTCODE_COUNTRIES:
            if pattern.search(line):
                return code
    return None


# legal forms only one country writes, at the end of the firm's line ("Kaya
# Tekstil Ltd. Şti.": Turkey; "Polmet Sp. z o.o.": Poland); a Vietnamese firm's
# before its name ("Công ty TNHH ..."). Not those other countries write too:
# "Pvt. Ltd." (India, Nepal, Pakistan), "S.R.L." (Italy, Romania, Argentina),
# "B.V." (the Netherlands, Belgium; and Indian initials: "B.V. Ramana Rao"),
# "(Pty) Ltd", "S.A. de C.V.", "Sdn Bhd", "FZE", GmbH, Ltda, SARL; nor "Oy"
# (a Cantonese name's: "Wong Kam Oy")
_FORM_COUNTRIES = (
    (re.compile(r"(?i)(?:\ba\.\s?ş\.|\bltd\.?\s*ş\s?t\s?[iİıI]\.?)\s*$"), "TR"),
    (re.compile(r"(?i)\bsp\.\s?z\s?o\.\s?o\.?\s*$"), "PL"),
    (re.compile(r"\b(?:Kft|Zrt|Nyrt)\.?\s*$"), "HU"),
    (re.compile(r"\bOyj\.?\s*$"), "FI"),
    (re.compile(r"\bApS\.?\s*$"), "DK"),
    (re.compile(r"\bPte\.?\s*Ltd\.?\s*$", re.IGNORECASE), "SG"),
    (re.compile(r"\bEIRELI\b|\bEireli\b"), "BR"),
    (re.compile(r"(?i)\bs\.\s?l\.(?:\s?u\.)?\s*$"), "ES"),
    (re.compile(r"(?i)^\s*công\s+ty\b|\btnhh\b"), "VN"),
)


def _legal_form_region(lines, used, region):
    """The country only whose firms write the legal form the card prints, as an
    ISO code, or None: none when two such countries are printed, and none when
    the card's numbers read as numbers of ``region`` (the user's own country:
    "Acme Inc. | Acme Polska Sp. z o.o." with a New York number)."""
    found = {
        code
        for index, line in enumerate(lines)
        if index not in used
        for pattern, code in _FORM_COUNTRIES
        if pattern.search(line)
    }
    if len(found) != 1:
        return None
    for index, line in enumerate(lines):
        if index in used or len(re.findall(r"\d", line)) < 6:
            continue
        if any(
            not match.raw_string.lstrip().startswith(("+", "00"))
            for match in phonenumbers.PhoneNumberMatcher(
                _fix_digits(line), region or "US", leniency=phonenumbers.Leniency.VALID
            )
        ):
            return None
    return found.pop()


def _calling_code_region(lines, used):
    """The country whose calling code the card's international numbers all
    print ("+91 98250 12345" beside "Tel: 079-2658 1234"), as an ISO code, or
    None: the country of its national numbers too."""
    regions = set()
    for index, line in enumerate(lines):
        if index in used or "+" not in line and "00" not in line:
            continue
        for match in phonenumbers.PhoneNumberMatcher(_fix_digits(line), "US"):
            if match.raw_string.lstrip().startswith(("+", "00")):
                regions.add(phonenumbers.region_code_for_number(match.number))
    regions.discard(None)
    return regions.pop() if len(regions) == 1 else None


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
        (fold(line), re.sub(r"\D", "", line), line_confidence.get(line.strip(), 1.0))
        for line in text.splitlines()
    ]
    confidence = card["confidence"]
    for field, values in _FIELD_VALUES.items():
        if field not in confidence:
            continue
        for value in values(card):
            key = re.sub(r"\D", "", value) if field == "phone" else fold(value)
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


# a line that only names what the next line holds
_LABEL_LINES = frozenset(
    ["address", "adresse", "adress", "location", "contact", "contact us", "call us"]
    + ["email", "e-mail", "mail", "phone", "telephone", "tel", "mobile", "cell"]
    + ["fax", "web", "website", "site", "whatsapp"]
)
# "cards. But", "illness. Formal": a word in lower case ends a sentence, the next
# begins (not "Mrs. Mary", "Exec. Vice President": abbreviations)
_SENTENCE_BREAK = re.compile(r"(?<![^\W\d_])[a-z]{2,}[.!?]\s+[A-Z][a-z]")


# Vietnamese surnames, folded: "NGUYÊN" (Nguyễn, its tilde lost), "Lê", "Trần"
_VIETNAMESE_SURNAMES = frozenset(
    ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang"]
    + ["bui", "do", "ho", "ngo", "duong", "ly", "trinh", "dinh", "truong", "mai"]
)


def _vietnamese_name(line):
    """Whether ``line`` reads as a Vietnamese person's name: two to four words,
    the first a Vietnamese surname, written with Vietnamese accents ("Nguyễn
    Văn An", "TRẦN THỊ HOA")."""
    words = _words(line)
    return (
        2 <= len(words) <= 4
        and fold(words[0]) in _VIETNAMESE_SURNAMES
        and _vietnamese_accents(line)
        and not re.search(r"[\d@:]", line)
    )


def _vietnamese_accents(name):
    """Whether ``name`` is written with Vietnamese accents, which the OCR often
    reads wrong ("VIỆT HẢI" read "VIÊT HÅI", "Nguyễn" read "Nguyên"): a letter
    only Vietnamese writes (ă, ơ, ư, đ, a dot below, a hook above; the "å" the
    OCR makes of "ả" beside a circumflex), or accents on a Vietnamese
    surname."""
    if not re.search(r"[^\x00-\x7f]", name):
        return False
    letters = unicodedata.normalize("NFD", name.lower())
    if re.search("[\u0323\u0309\u031b\u0306\u0111]", letters):
        return True
    if "å" in name.lower() and re.search("[âêô]", name.lower()):
        # "HÅI" beside "VIÊT"; not Swedish "Åsa"
        return True
    return bool({fold(word) for word in _words(name)} & _VIETNAMESE_SURNAMES)


def _shape_doubts(card, lines, sources):
    """Mark the name, title and company of ``card`` whose shape says they may
    be wrong: a name that is the company's too ("Delta Codex" / "DELTA
    CODEX"); a name after "Contact" (the word left out); empty brackets the OCR
    left ("Howe ( ) of the UGA"); a name and a role read from one line with
    nothing between them ("Donte Burks Owner/Operator"); a field read from a
    piece of a sentence ("Domo's CEO loves business cards. But,")."""
    confidence = card["confidence"]
    doubtful = {
        field
        for field, indexes in sources.items()
        if any(_in_prose(lines, index) for index in indexes)
    }
    if "company" in doubtful and _joins(card["company"].split()[-1]):
        # "Agriculture and Technology, pursuing a Bachelor of Science in": a
        # piece of the card's running text, no firm's name; kept with its lines,
        # in its place
        after = lines[sources["company"][-1] + 1 :]
        at = next(
            (k for k, text in enumerate(card["lines"]) if text in after),
            len(card["lines"]),
        )
        card["lines"].insert(at, card["company"])
        card["company"] = ""
        del confidence["company"]
        doubtful.discard("company")
    if card["name"] and fold(card["name"]) == fold(card["company"]):
        doubtful.add("name")
    contact = re.match(r"(?i)contact\s+(?=\S)", card["name"])
    if contact:
        card["name"] = card["name"][contact.end() :]
        doubtful.add("name")
    title_at, name_at = sources.get("title"), sources.get("name")
    if title_at and (not name_at or abs(title_at[0] - name_at[0]) > 2):
        # a role printed away from the person's name, or with none ("Founder
        # Lumo Place" four lines under the shop's name, taken for the person's)
        doubtful.add("title")
    for field in ("name", "title", "company"):
        if re.search(r"\(\s*\)|\[\s*\]", card[field]):
            doubtful.add(field)
    if re.search(r"#|\d{3}", card["title"]):
        # "Owner, License #M45678": a number with the role, to be checked (not
        # "Level 2 Support Engineer")
        doubtful.add("title")
    for field in ("name", "title"):
        if re.search(r"[^\W\d_]{2}[0-9][^\W\d_]", card[field]):
            # "Leiter Qua1itätssicherung": a digit the OCR read for a letter
            # inside a word no list knows, as printed, to be checked
            doubtful.add(field)
    if _vietnamese_accents(card["name"]):
        doubtful.add("name")
    one_line = sources.get("name")
    if (
        one_line
        and one_line == sources.get("title")
        and not re.search(r"[,:()\[\]–—]|\s-\s", lines[one_line[0]])
    ):
        doubtful.update(("name", "title"))
    for field in doubtful:
        if field in confidence:
            confidence[field] = min(confidence[field], LOW_CONFIDENCE - 0.1)


def _name_spellings(name):
    """How e-mail addresses spell ``name`` (folded letters), with each of its
    surnames: "jimitgandhi", "jgandhi", "jimitg", "gandhij", "jimit", "gandhi"..."""
    words = [re.sub(r"[\W\d_]", "", fold(word)) for word in _words(name)]
    words = [word for word in words if len(word) >= 2 and word not in NAME_PARTICLES]
    if len(words) < 2:
        return set(words)
    first = words[0]
    found = {first}
    for last in words[1:]:
        found |= {first + last, last + first, first[0] + last, first + last[0]}
        found |= {last + first[0], last}
    return found


# letters the OCR takes for one another ("igandhi@" for "jgandhi@")
_LOOKALIKES = [set("ijl1t"), set("o0ce"), set("rn"), set("uv"), set("hb"), set("s5")]
# the mailboxes of a role, not of a person
_ROLE_MAILBOXES = frozenset(
    ["info", "sales", "care", "contact", "office", "hello", "hola", "admin"]
    + ["support", "mail", "enquiries", "enquiry", "team", "service", "booking"]
    # in the languages of Europe's and Latin America's cards: "biuro@" (an
    # office, Polish), "kontakt@", "contato@", "bureau@", "ufficio@"...
    + ["biuro", "kontakt", "contato", "contacto", "contatto", "bureau", "buero"]
    + ["ufficio", "oficina", "escritorio", "iletisim", "bilgi", "vendas", "ventas"]
    + ["vendite", "verkauf", "atendimento", "sekretariat", "secretaria", "posta"]
)


def _misread_letter(first, second):
    """Whether ``first`` and ``second`` differ by one letter the OCR may have
    taken for the other."""
    if not _one_letter_off(first, second):
        return False
    a, b = next((a, b) for a, b in zip(first, second, strict=True) if a != b)
    return any(a in group and b in group for group in _LOOKALIKES)


def _email_doubts(card, lines):
    """Mark the first e-mail address when its local part is one misread letter
    off the way it would spell the card's name ("igandhi@" beside "Jimit
    Gandhi": the OCR read "j" as "i"), or its domain one letter off a word the
    card prints ("blurwave.com" beside "BLUEWAVE"). A role's mailbox ("info@", "sales@")
    spells no name."""
    if not card["emails"] or "email" not in card["confidence"]:
        return
    local, domain = card["emails"][0][0].lower().split("@", 1)
    letters = re.sub(r"[\W\d_]", "", fold(local))
    spellings = _name_spellings(card["name"]) if card["name"] else set()
    parts = {fold(re.sub(r"\d", "", part)) for part in re.split(r"[._-]", local)}
    # "rupali.a@" for "RUPALI SINHA": a part of it spells a name's word whole
    whole = parts & {fold(word) for word in _words(card["name"]) if len(word) >= 3}
    off = (
        not whole
        and letters not in _ROLE_MAILBOXES
        and letters not in spellings
        and any(
            len(spelling) >= 4 and _misread_letter(letters, spelling)
            for spelling in spellings
        )
    )
    stem = re.sub(r"\W", "", domain.split(".")[0])
    printed = {
        re.sub(r"[\W\d_]", "", fold(text))
        for line in lines
        if line.strip() and "@" not in line and "." not in line
        for text in [line, *line.split()]
    } - {"email", "mail"}
    if len(stem) >= 6 and stem not in printed and stem not in _FREE_MAIL:
        # any letter: a firm's domain rarely differs from its name by one
        off = off or any(_one_letter_off(stem, word) for word in printed)
    if off:
        card["confidence"]["email"] = min(
            card["confidence"]["email"], LOW_CONFIDENCE - 0.1
        )


def _in_prose(lines, index):
    """Whether line ``index`` of ``lines`` is a piece of running text: it ends
    on a comma or on a word that joins it to the next line ("... specializing
    in", "But,"), the line before it ends on such a word ("Christine Thurston
    is a Marriage and" / "Family Therapist": words of a sentence, not a letter
    the OCR read from a logo), or a sentence ends inside it."""
    line = lines[index].strip()
    words = line.split()
    before = lines[index - 1].split() if index else []
    return bool(
        line.endswith(",")
        or (words and _joins(words[-1]))
        or (len(before) >= 5 and _joins(before[-1]))
        or (len(words) >= 5 and _SENTENCE_BREAK.search(line))
    )


def _joins(word):
    """Whether ``word``, as printed, is a small joining word of running text:
    in lower case ("and", "of", "a"; not "Ramesh A", an initial, nor "Portland
    OR", a state), or "&"."""
    return word == "&" or (word.islower() and word in _JOINERS)


# the letters the OCR takes for one another in an address: a small l, a capital I
# (folded to i)
_L_LIKE = str.maketrans({"i": "l"})


def _person_mailbox_first(emails, name):
    """``emails`` in the order printed, but the holder's own mailbox (one that
    spells a word of their ``name``) before a role's ("office@", "info@")
    printed first: the card's holder is the contact. Any other address (an
    agency's "bookings@", a colleague's) stays where it is printed."""
    words = {fold(word) for word in _words(name) if len(fold(word)) >= 3}

    def role(email):
        return re.sub(r"[\W\d_]", "", fold(email[0].split("@")[0])) in _ROLE_MAILBOXES

    def own(email):
        parts = re.split(r"[._-]", email[0].split("@")[0].lower())
        return bool(words & {fold(part) for part in parts}) or any(
            word in fold(email[0].split("@")[0]) for word in words if len(word) >= 4
        )

    if len(emails) < 2 or not role(emails[0]):
        return emails
    mine = next((email for email in emails if own(email)), None)
    if mine is None:
        return emails
    return [mine, *(email for email in emails if email is not mine)]


def _mailbox_of_the_name(emails, name):
    """``emails``, an address whose local part spells the card's ``name`` but
    for a small l the OCR read as an i ("ipthangavelu@" beside "L.P.
    Thangavelu": lpthangavelu@) mended, to be checked."""
    if any(
        re.search(r"(?<=[A-Za-z])I", word) and re.search(r"[a-z]", word)
        for word in name.split()
    ):
        # "AIan Smith", "NeiI Patel": a capital I inside a word of small
        # letters, the name is the misread one
        return emails
    words = [re.sub(r"[^a-z]", "", fold(word)) for word in re.split(r"[\s.]+", name)]
    words = [word for word in words if word]
    if len(words) < 2:
        return emails
    spellings = {
        "".join(word[0] for word in words[:-1]) + words[-1],
        words[0] + words[-1],
        words[0][0] + words[-1],
        words[-1] + words[0],
    }
    mended = []
    for email, sure in emails:
        local, _at, domain = email.partition("@")
        letters = re.sub(r"[._-]", "", local.lower())
        for spelling in spellings:
            if (
                len(spelling) >= 5
                and letters != spelling
                and len(letters) == len(spelling)
                and letters.translate(_L_LIKE) == spelling.translate(_L_LIKE)
            ):
                chars = iter(spelling)
                local = "".join(
                    char if char in "._-" else next(chars) for char in local.lower()
                )
                email, sure = f"{local}@{domain}", min(sure, LOW_CONFIDENCE - 0.1)
                break
        mended.append((email, sure))
    return mended


# what the OCR reads a letter as, or two letters as one: "nisterben" for
# "misterben", "iamlocstiop" for "iamlocshop"
_SITE_MISREADS = (("ti", "h"), ("li", "h"), ("rn", "m"), ("cl", "d"), ("vv", "w"))


def _misread_of(read, spelled):
    """Whether ``read`` is ``spelled`` with one letter misread, or with one of
    ``_SITE_MISREADS`` (a pair of letters for one)."""
    if read == spelled or len(spelled) < 5:
        return False
    if len(read) == len(spelled):
        return _one_letter_off(read, spelled)
    return any(
        read == spelled[:at] + wrong + spelled[at + len(right) :]
        for wrong, right in _SITE_MISREADS
        for at in range(len(spelled))
        if spelled.startswith(right, at)
    )


def _accents_as_printed(company, lines):
    """``company``, a wordmark of one word the OCR read without its accents,
    spelled as another of ``lines`` prints it ("catisan", in small letters,
    over "ÇATISAN ÇATI İZOLASYON …": Çatısan), in the wordmark's case."""
    if not company.isascii() or not company.isalpha() or len(company) < 4:
        return company
    for line in lines:
        for word in _words(line):
            if word.isalpha() and not word.isascii() and fold(word) == fold(company):
                if company.islower():
                    return word.lower()
                return word.upper() if company.isupper() else word
    return company


def _site_as_spelled(url, company, emails):
    """``url`` (a web address the OCR was unsure of) with its name as the
    company's wordmark or a mailbox spells it, when it reads as that with a
    letter misread ("nisterben.co.uk" beside "MISTERBEN"; "IAMLocStiop.com"
    beside IAMLocShop@outlook.com; "www.narthwind.co.uk" beside
    jo@mail.northwind.co.uk)."""
    found = re.match(r"(?i)((?:https?://)?(?:www\d?\.)?)([a-z0-9-]+)(\..*)?$", url)
    if not found:
        return url
    head, name, tail = found[1], found[2], found[3] or ""
    spellings = [re.sub(r"[\W_]", "", fold(company))]
    spellings += [
        re.sub(r"[\W_]", "", fold(email.split("@")[0])) for email, _c in emails
    ]
    # the registered names of the e-mails' domains ("acme" of
    # "jo@mail.acme.co.uk"), no free mail's
    spellings += _email_domains(emails)
    for spelled in spellings:
        if _misread_of(name.lower(), spelled):
            return f"{head}{spelled}{tail}"
    return url


def parse_card_text(
    text, region=None, countries=None, line_confidence=None, line_heights=None
):
    """A card dict (see ``vcard.parse_card``) read from the OCR ``text`` of a
    business card, with ``confidence``: field name to a number from 0 to 1
    (fields: name, title, company, email, phone, website, address), and
    ``lines``: the lines no field took. Numbers without a country code belong to
    the country of the card's web or e-mail domain (see ``card_region``), else to
    ``region`` (an ISO country code); ``countries`` maps folded country
    names (see ``_fold``) to what ``address["country"]`` should hold;
    ``line_confidence`` maps lines of ``text`` to how sure the OCR was of them
    (0 to 1): a field read from an unsure line is to be checked;
    ``line_heights`` maps them to the height of their box against the card's
    usual line (the name and the company are printed large)."""
    lines, origins = _clean_lines(text)
    used = set()
    card = dict(_new_card(), confidence={}, lines=[])
    confidence = card["confidence"]
    emails = _find_emails(lines, used)
    websites = _find_websites(lines, used, emails)
    _agree_domains(lines, used, emails, websites)
    card_country = (
        _country_line_region(lines, used)
        or card_region(emails, websites)
        or _calling_code_region(lines, used)
    )
    phones = _find_phones(
        lines,
        used,
        card_country
        or _script_region(lines)
        or _legal_form_region(lines, used, region)
        or region,
        sure=bool(card_country),
    )
    address, address_confidence = _find_address(lines, used, countries or {})
    if address and "country" not in address and card_country:
        # the country the card's own postcode or domain says (an ISO code)
        address["country"] = card_country
    heights = {
        index: (line_heights or {}).get(origin, 1.0)
        for index, origin in enumerate(origins)
    }
    cue_lines = _cue_case(lines)
    people, people_confidence, leftover, sources = _pick_people_lines(
        cue_lines, used, emails, websites, heights if line_heights else None, origins
    )
    if cue_lines is not lines:
        # the lines as printed, in lower case
        people = {
            key: _as_printed(value, cue_lines, lines) for key, value in people.items()
        }
        leftover = [_as_printed(line, cue_lines, lines) for line in leftover]
    card["phones"] = [(number, types) for number, types, _c in phones]
    if websites and all(_social_page(url) for url, _c in websites):
        # "facebook.com/YoungstownWirelessRepair" alone: the firm's page on a
        # social network, no site of its own; kept in the note, no website
        people["note"] = "\n".join(
            filter(None, [people.get("note", ""), *(url for url, _c in websites)])
        )
        websites = []
    card["urls"] = [url for url, _c in websites]
    # the address on a business card is the company's
    card["addresses"] = [(address, ["work"])] if address else []
    card["name"] = people.get("name", "")
    card["title"] = people.get("title", "")
    # "N.A.AUTOMOBILE": the space the OCR lost after a firm's initials;
    # "NORTHWIND™", "Acme® Logistics": a trade mark's sign, no part of the name
    card["company"] = re.sub(
        r"^((?:[A-Z]\.){2,})(?=[A-Z][A-Za-z]{2,})",
        r"\1 ",
        re.sub(r"\s*[™®℠]", "", people.get("company", "")),
    )
    card["company"] = _accents_as_printed(card["company"], lines)
    card["note"] = people.get("note", "")
    card["lines"] = leftover
    _title_of_the_country(card, card_country)
    emails = _person_mailbox_first(
        _mailbox_of_the_name(emails, card["name"]), card["name"]
    )
    card["emails"] = [(email, ["work"]) for email, _c in emails]
    if emails:
        confidence["email"] = emails[0][1]
    first_phone = next((p for p in phones if p[1] != ["fax"]), None)
    if first_phone:
        confidence["phone"] = first_phone[2]
    if websites:
        confidence["website"] = websites[0][1]
        if _other_sites(websites, emails):
            # "www.acme.com" and "www.acme-events.com", no e-mail at either:
            # which is the card's own site is to be checked
            confidence["website"] = min(confidence["website"], LOW_CONFIDENCE - 0.05)
    if address:
        confidence["address"] = address_confidence
    confidence.update(people_confidence)
    _shape_doubts(card, lines, sources)
    _email_doubts(card, lines)
    if line_confidence:
        _ocr_doubts(card, text, line_confidence)
        for field, indexes in sources.items():
            # a company joined from lines: the least sure of them
            if min(line_confidence.get(origins[i], 1.0) for i in indexes) < SURE_OCR:
                confidence[field] = min(confidence[field], LOW_CONFIDENCE - 0.1)
    if card["urls"] and confidence.get("website", 1.0) < LOW_CONFIDENCE:
        card["urls"][0] = _site_as_spelled(card["urls"][0], card["company"], emails)
    if _turkish_card(lines):
        # the words of a role and of a firm's legal name, not a person's name
        # ("Sansel SAGIR" is printed so) nor a wordmark ("çatisan": Çatısan,
        # not çatışan, clashing); in a name, only a word the OCR read some
        # marks of ("DEGIRMENCIOĞLU")
        card["name"] = " ".join(map(_turkish_name_word, card["name"].split(" ")))
        card["title"] = _turkish_spelled(card["title"], card["name"])
        if len(_words(card["company"])) >= 2:
            card["company"] = _turkish_spelled(card["company"], card["name"])
    return card


# an amount at the end of a line: "2 x Espresso 3,40", "TOTAL $12.99"
_PRICE = re.compile(r"\d{1,6}[.,]\d{2}\s*(?:[€$£]|[A-Z]{1,3})?\s*$")
_TIME = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d:])"
)


# a time from and to: "09:00-21:00", "9.00 – 17.30", "10:00 AM - 7:00 PM" (the
# phone numbers' reader takes opening hours off a line with it too)
_HOURS = re.compile(rf"{_TIME.pattern}\s*(?:[-–—]|to|bis|do)\s*{_TIME.pattern}")


def _minutes(time):
    """The minutes after midnight of ``time`` as ``_TIME`` finds it."""
    hours, minutes = map(int, re.findall(r"\d+", time)[:2])
    if re.search(r"(?i)p\.?m", time) and hours < 12:
        hours += 12
    return hours * 60 + minutes


def _open_hours(found):
    """What of a time from and to (``_HOURS``'s match ``found``) is left to
    count as a message's time: nothing when it spans two hours or more, or the
    night (a shop open "09:00-21:00"); the range as it is when it is shorter
    (a call "9:00 - 9:05" in a phone's log)."""
    start, end = (_minutes(time) for time in _TIME.findall(found[0])[:2])
    return " " if end - start >= 120 or end < start else found[0]


def _austrian_engineer(name):
    """Whether ``name`` begins with "DI" or "DDI" then a given name the lists
    know and a surname ("DI MARKUS HUBER", read "Di Markus Huber")."""
    words = name.split()
    return (
        len(words) >= 3
        and fold(words[0]) in ("di", "ddi")
        and has_given_name([fold(words[1])])
    )


def _title_of_the_country(card, country):
    """Take off the name of ``card`` a title before it that only the card's
    ``country`` (an ISO code, or None) tells from a part of the name, and keep
    it with the card's other lines."""
    if country in _FRENCH_SPEAKING and _monsieur(card["name"]):
        # "M. Jean-Pierre Lambert" on a French card: Monsieur, as "Mme" is
        # Madame (an initial elsewhere: "M. Ramesh")
        card["lines"].insert(0, "M.")
        card["name"] = card["name"][2:].lstrip()
    elif country == "AT" and _austrian_engineer(card["name"]):
        # "DI MARKUS HUBER" on an Austrian card: the engineer's degree, in
        # capitals as the name is (elsewhere "DI STEFANO MARCO", a surname)
        degree, card["name"] = card["name"].split(" ", 1)
        card["lines"].insert(0, degree.upper())


# the countries where "M." before a name is Monsieur
_FRENCH_SPEAKING = frozenset(["FR", "BE", "CH", "LU", "MC"])


def _monsieur(name):
    """Whether ``name`` begins with "M." then a given name the lists know and
    a surname ("M. Jean-Pierre Lambert", "M. JEAN DUPONT"; not "M. Ramesh")."""
    words = name.split()
    return (
        len(words) >= 3
        and words[0] == "M."
        and has_given_name([fold(part) for part in words[1].split("-")][:1])
    )


def not_a_card(text, qr_codes=()):
    """What the OCR ``text`` of an image is when it is plainly no business card:
    ``receipt`` (amounts line after line, a total), ``chat`` (a conversation:
    times of messages line after line), ``document`` (a page of text), else
    None. A card's QR code (a vCard) says it is a card."""
    if any(
        code.lstrip().upper().startswith(("BEGIN:VCARD", "MECARD:"))
        for code in qr_codes
    ):
        return None
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    words = {fold(word) for line in lines for word in line.split()}
    prices = sum(1 for line in lines if _PRICE.search(line))
    if prices >= 3 and (prices >= 5 or words & _RECEIPT_WORDS):
        return "receipt"
    # "pon.-pt. 09:00-21:00": a shop's opening hours, a time from and to, are
    # no message's time
    times = sum(1 for line in lines if _TIME.search(_HOURS.sub(_open_hours, line)))
    if len(lines) >= 6 and (times >= 3 or (times >= 2 and words & _CHAT_WORDS)):
        return "chat"
    characters = sum(len(line) for line in lines)
    # a page: many lines, and long ones; a shop's crowded card has many short
    # ones ("FRIG", "AC", "TV", "GEYSER", 42 lines of 8 letters on average; an
    # insurance agent's card, 61 slogans and partners' names of 13)
    if (
        len(lines) > 90
        or (len(lines) > 40 and characters >= 15 * len(lines))
        or characters > 1800
    ):
        return "document"
    return None


def _host(url):
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0]
    return re.sub(r"^www\d?\.", "", host)


def is_own_site(card, url):
    """Whether ``url`` (of a QR code) is the card's own website: the host of its
    printed web address or of its e-mail address, not a digital card or link
    service (``qrco.de``, ``aloq.io``...)."""
    host = _host(url)
    if host in _LINK_SERVICES:
        return False
    own = {_host(printed) for printed in card["urls"]}
    own |= {email.split("@", 1)[1].lower() for email, _types in card["emails"]}
    return any(host == mine or host.endswith("." + mine) for mine in own)


def qr_is_website(card, url):
    """Whether ``url``, of the card's QR code, is its website: the card's own
    site (see ``is_own_site``), and the page the card prints, or its home, or
    any page of it when the card prints no web address; the code spells the
    printed address the OCR may have misread. A page deeper in the site
    ("yokogawa.com/bh/contact" beside the printed "www.yokogawa.com/bh") is a
    link of the card's, the printed address stays its website."""
    if not is_own_site(card, url):
        return False

    def page(address):
        path = re.sub(r"^[a-z]+://[^/]+", "", address.strip().lower())
        return _host(address), path.split("?")[0].strip("/")

    host, path = page(url)
    # the printed address as the OCR read it, a letter or two off
    return not card["urls"] or any(
        _distance(host, printed_host) <= 2
        and (not path or _distance(path, printed_path) <= 2)
        for printed_host, printed_path in map(page, card["urls"])
    )


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
