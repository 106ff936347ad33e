"""A person's full name into the parts a phone book files it by. Pure functions, no
ORM: Odoo keeps one ``name`` per partner, and a vCard's ``N`` wants the family name
apart so that phones sort and index the contact under it.
"""

# Lower-case words that belong to a surname ("van der Berg", "de la Cruz") rather
# than to the given name; the card scan also accepts them uncapitalised in a name.
NAME_PARTICLES = frozenset(
    [
        "al",
        "bin",
        "binti",
        "bint",
        "ben",
        "ibn",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "la",
        "las",
        "le",
        "los",
        "st",
        "st.",
        "ten",
        "ter",
        "van",
        "von",
        "y",
        "zu",
    ]
)
# "y" joins two surnames (Ruiz y Picasso), and so does a Catalan "i" in small
# letters (Puig i Ferrer), a Portuguese "e" (Costa e Silva): the surname starts
# with the word before
_JOINING_PARTICLES = frozenset(["y", "i", "e"])
_PREFIXES = frozenset(
    ["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."]
)
_SUFFIXES = frozenset(
    ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."]
)


def split_name(name):
    """``(prefix, given, family, suffix)`` of the full ``name``: the family name
    starts at its first particle (Ludwig | van Beethoven, Maria | de la Cruz), else
    is the last word; "Family, Given" is read as written. A single word is a given
    name, as phones store someone known by one name."""
    words = (name or "").replace(",", " , ").split()
    prefix, suffix = [], []
    while len(words) > 1 and words[0].lower() in _PREFIXES:
        prefix.append(words.pop(0))
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        suffix.insert(0, words.pop())
        while words and words[-1] == ",":
            words.pop()
    if "," in words:
        comma = words.index(",")
        family = words[:comma]
        given = [word for word in words[comma + 1 :] if word != ","]
        return _join(prefix), _join(given), _join(family), _join(suffix)
    start = len(words) - 1 if len(words) > 1 else len(words)
    for index in range(1, len(words) - 1):
        word = words[index].lower()
        if word in NAME_PARTICLES or words[index] in ("i", "e"):
            if word in _JOINING_PARTICLES:
                index = max(index - 1, 1)
            start = index
            break
    return _join(prefix), _join(words[:start]), _join(words[start:]), _join(suffix)


def _join(words):
    return " ".join(words)
