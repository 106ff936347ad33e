"""The countries people write on cards: names in many languages, ISO codes (two and
three letters) and the informal names and abbreviations address books keep
(``USA``, ``U.S.A.``, ``United States of America``, ``UK``, ``Deutschland``). Pure
functions, no ORM: ``mtap.contact.card`` maps the ISO code to a ``res.country``.

Names come from the CLDR data of ``babel`` (an Odoo requirement) in the languages of
``NAME_LANGUAGES`` and the user's; CLDR's territory aliases give the three-letter
codes; ``ALIASES`` adds what neither has.
"""

import re
import unicodedata
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

# languages whose country names are recognised for everyone
NAME_LANGUAGES = (
    "en",
    "fr",
    "de",
    "es",
    "it",
    "nl",
    "pt",
    "sv",
    "da",
    "nb",
    "fi",
    "pl",
    "cs",
)
# the languages of the phone books of the whole world: a card names its country
# in its own script (Россия, 日本, Ελλάδα); only their names that are not plain
# ASCII are looked up (see ``own_script_codes``), so no word of a Latin-script
# card becomes a country
OWN_SCRIPT_LANGUAGES = (
    "ru",
    "uk",
    "bg",
    "sr",
    "el",
    "tr",
    "hu",
    "ro",
    "hr",
    "sk",
    "sl",
    "et",
    "lv",
    "lt",
    "ja",
    "zh",
    "zh_Hant",
    "ko",
    "ar",
    "he",
    "th",
    "vi",
    "id",
    "hi",
)

# folded alias (see ``fold``) -> ISO 3166 code
ALIASES = {
    "usa": "US",
    "us": "US",
    "unitedstatesofamerica": "US",
    "unitedstatesamerica": "US",
    "america": "US",
    "etatsunisdamerique": "US",
    "vereinigtestaatenvonamerika": "US",
    "uk": "GB",
    "greatbritain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northernireland": "GB",
    "unitedkingdomofgreatbritainandnorthernireland": "GB",
    "holland": "NL",
    "thenetherlands": "NL",
    "brd": "DE",
    "bundesrepublikdeutschland": "DE",
    "federalrepublicofgermany": "DE",
    "uae": "AE",
    "emirates": "AE",
    "ksa": "SA",
    "korea": "KR",
    "southkorea": "KR",
    "republicofkorea": "KR",
    "korearepublicof": "KR",
    "northkorea": "KP",
    "koreademocraticpeoplesrepublicof": "KP",
    "iranislamicrepublicof": "IR",
    "tanzaniaunitedrepublicof": "TZ",
    "moldovarepublicof": "MD",
    "russia": "RU",
    "russianfederation": "RU",
    "czechrepublic": "CZ",
    "czechia": "CZ",
    "slovakrepublic": "SK",
    "ivorycoast": "CI",
    "cotedivoire": "CI",
    "macedonia": "MK",
    "northmacedonia": "MK",
    "burma": "MM",
    "swaziland": "SZ",
    "eswatini": "SZ",
    "turkey": "TR",
    "turkiye": "TR",
    "vatican": "VA",
    "vaticancity": "VA",
    "holysee": "VA",
    "prc": "CN",
    "peoplesrepublicofchina": "CN",
    "mainlandchina": "CN",
    "hongkongsar": "HK",
    "macausar": "MO",
    "laos": "LA",
    "vietnam": "VN",
    "syria": "SY",
    "iran": "IR",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "palestine": "PS",
    "capeverde": "CV",
    "easttimor": "TL",
    "drc": "CD",
    "drcongo": "CD",
    "democraticrepublicofthecongo": "CD",
    "congokinshasa": "CD",
    "republicofthecongo": "CG",
    "congobrazzaville": "CG",
    "bosnia": "BA",
    "thebahamas": "BS",
    "thegambia": "GM",
    "thephilippines": "PH",
    "schweizerischeeidgenossenschaft": "CH",
    "confederationsuisse": "CH",
}


# letters that Unicode does not split into a base letter and an accent
UNSPLIT = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"}
    | {"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
    # Turkish dotless "ı" ("Uzmanı", "Yardımcısı"); "İ" splits into "I" and a dot
    | {"ı": "i"}
)


def fold(text):
    """``text`` compared loosely: lower case, no accents, no spaces or punctuation
    (``U.S.A.`` and ``usa``, ``Côte d'Ivoire`` and ``cotedivoire``, ``Łódź`` and
    ``lodz`` are equal). The one fold of the add-on's lookups: country and state
    names, and the card scan's comparisons."""
    text = unicodedata.normalize("NFKD", (text or "").translate(UNSPLIT))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", "", text.casefold())


@lru_cache(maxsize=16)
def country_codes(languages=()):
    """Folded country name, three-letter code or alias -> ISO 3166 two-letter code,
    in the languages of ``languages`` (Odoo or CLDR codes, e.g. ``fr_BE``; first
    come first served when two names fold alike), then of ``NAME_LANGUAGES``."""
    result = {}

    def add(name, code):
        key = fold(name)
        if key:
            result.setdefault(key, code)

    for language in (*languages, *NAME_LANGUAGES):
        try:
            locale = Locale.parse(language)
        except (ValueError, TypeError, UnknownLocaleError):
            continue
        for code, name in locale.territories.items():
            if len(code) == 2 and code.isalpha():
                add(name, code)
    for alias, replacements in get_global("territory_aliases").items():
        # USA, DEU, GBR; UK
        if alias.isalpha() and len(alias) in (2, 3) and replacements:
            add(alias, replacements[0])
    for alias, code in ALIASES.items():
        add(alias, code)
    return result


@lru_cache(maxsize=1)
def own_script_codes():
    """Folded country name -> ISO 3166 two-letter code, for the names that are not
    plain ASCII in the languages of ``OWN_SCRIPT_LANGUAGES``. Separate from
    ``country_codes`` and loaded on the first name it is needed for: most phone
    books never need it."""
    result = {}
    for language in OWN_SCRIPT_LANGUAGES:
        try:
            locale = Locale.parse(language)
        except (ValueError, TypeError, UnknownLocaleError):
            continue
        for code, name in locale.territories.items():
            if len(code) == 2 and code.isalpha() and not name.isascii():
                key = fold(name)
                if key:
                    result.setdefault(key, code)
    return result
