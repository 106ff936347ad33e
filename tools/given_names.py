"""Given names of many countries, for the card scan to tell a person's name from
the other short lines of a card (a tagline, a street, a team's name).

The names are those of Faker's person providers (MIT licence), of every locale
whose names are written in Latin script (and the romanised Japanese ones, and the
Hindi ones, romanised as Indian cards print them: "विजय" as "Vijay"): about
sixteen thousand, folded as ``country_names.fold`` folds them. They are read once
per process, when the first card is scanned (about 0.6 s and 20 MB).
"""

import functools
import importlib
import logging
import pkgutil
import re

from . import card_text_data
from .country_names import fold

_logger = logging.getLogger(__name__)

# words that are given names somewhere but, on a business card, far more often
# mean something else ("Sales", "Art Director", "Grace Logistics")
_CARD_WORDS = frozenset(
    [
        "art",
        "bay",
        "bill",
        "case",
        "cash",
        "chase",
        "city",
        "crystal",
        "dale",
        "dean",
        "design",
        "diamond",
        "east",
        "faith",
        "floor",
        "general",
        "global",
        "grace",
        "grant",
        "green",
        "group",
        "handy",
        "hill",
        "hope",
        "joy",
        "king",
        "lane",
        "major",
        "mark",
        "media",
        "north",
        "park",
        "press",
        "price",
        "red",
        "royal",
        "silver",
        "south",
        "star",
        "trade",
        "true",
        "victory",
        "west",
        "will",
    ]
)


# Devanagari, romanised as names are printed on Indian cards ("सुनील" Sunil,
# "विजय" Vijay): its vowels, the vowel signs after a consonant, the nasals after
# a vowel, its consonants; a long "ī" or "ū" printed "i" or "ee", "u" or "oo"
# ("संदीप" Sandip, Sandeep)
_VOWELS = dict(
    zip(
        "अआइईउऊऋएऐओऔ",
        ["a", "a", "i", "I", "u", "U", "ri", "e", "ai", "o", "au"],
        strict=True,
    )
)
_SIGNS = dict(
    zip("ािीुूृेैोौ", ["a", "i", "I", "u", "U", "ri", "e", "ai", "o", "au"], strict=True)
)
_NASALS = dict(zip("ंँः", ["n", "n", "h"], strict=True))
_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
        [
            "k",
            "kh",
            "g",
            "gh",
            "n",
            "ch",
            "chh",
            "j",
            "jh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "p",
            "ph",
            "b",
            "bh",
            "m",
            "y",
            "r",
            "l",
            "v",
            "sh",
            "sh",
            "s",
            "h",
        ],
        strict=True,
    )
)
_VIRAMA = "\u094d"


def _romanised(name):
    """A Hindi ``name`` in Latin letters as cards print it, the last short "a"
    left unsaid ("अमित" amit, "सुनीता" sunita, "संदीप" sandip and sandeep); ()
    when it has other letters."""
    name = name.replace("\u093c", "")  # the nukta: "ज़" as "ज"
    letters = []
    for position, char in enumerate(name):
        following = name[position + 1 : position + 2]
        if char in _VOWELS:
            letters.append(_VOWELS[char])
        elif char in _CONSONANTS:
            letters.append(_CONSONANTS[char])
            if following != _VIRAMA and following not in _SIGNS:
                # the short "a" every consonant carries
                letters.append("a")
        elif char in _SIGNS:
            letters.append(_SIGNS[char])
        elif char in _NASALS:
            letters.append(_NASALS[char])
        elif char != _VIRAMA:
            return ()
    text = "".join(letters)
    if text.endswith("a") and not name.endswith("ा") and len(text) > 3:
        text = text[:-1]
    return {
        text.replace("I", "i").replace("U", "u"),
        text.replace("I", "ee").replace("U", "oo"),
    }


@functools.cache
def given_names():
    """The folded given names (a frozenset); empty when Faker is missing."""
    try:
        providers = importlib.import_module("faker.providers.person")
    except ImportError:
        _logger.warning("Faker is not installed: the card scan reads names without it")
        return frozenset()
    names = set()
    for module in pkgutil.iter_modules(providers.__path__):
        provider = getattr(
            importlib.import_module(f"{providers.__name__}.{module.name}"),
            "Provider",
            None,
        )
        for attribute in dir(provider):
            if not attribute.startswith(("first_names", "first_romanized_names")):
                continue
            values = getattr(provider, attribute)
            if isinstance(values, (tuple, list, dict, set, frozenset)):
                names.update(fold(name) for name in values if isinstance(name, str))
                if module.name == "hi_IN":
                    for name in values:
                        names.update(_romanised(name))
    # nor the words the parser reads as a title, a company, a street...
    vocabulary = set(_CARD_WORDS)
    for value in vars(card_text_data).values():
        if isinstance(value, frozenset):
            vocabulary.update(word for word in value if isinstance(word, str))
    return frozenset(
        name
        for name in names
        if re.fullmatch(r"[a-z][a-z'-]{2,}", name) and name not in vocabulary
    )


def has_given_name(words):
    """Whether one of ``words`` (folded) is a known given name."""
    known = given_names()
    return any(word.strip(".") in known for word in words)
