"""Write ``tools/data/world_words.txt.gz``, the everyday words of the languages
the cards of the trade fairs are printed in besides English, that the card scan
tells a word of its own from a role's word the OCR misread or printed short of a
letter with (``tools.given_names.everyday_abroad``): "programme", "projet",
"comercial" are words, "Markting" and "Direotor" are not.

The words are those of the wordfreq package's lists (its data is built from
Wikipedia, subtitles, news, books, the web and social media; MIT licence, the
data CC BY-SA 4.0) of German, French, Spanish, Portuguese, Italian, Polish,
Turkish, Dutch, Swedish, Danish, Norwegian, Finnish, Czech, Croatian and
Serbian, Romanian, Hungarian, Indonesian and Malay that are at least three in a
million words of their language, of letters only, folded as the add-on
compares words (``tools.country_names.fold``: no accents, lower case), three
Latin letters at least (not "søren", whose ø has no plain letter), sorted, one a
line. Given names and surnames among them ("müller", "rosa") are told apart when
the scan reads them, by its name lists.
The add-on reads the file, not the package. A developer runs this with the
package of ``test-requirements.txt``:

    python3 scripts/build_world_words.py

``tests/test_card_text.py`` checks that the file is what this writes.
"""

import gzip
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tools" / "data" / "world_words.txt.gz"
LANGUAGES = ("de", "fr", "es", "pt", "it", "pl", "tr", "nl", "sv", "da", "nb", "fi")
LANGUAGES += ("cs", "sh", "ro", "hu", "id", "ms")
# three in a million words of the language
FREQUENCY = 3e-6


def _fold():
    spec = importlib.util.spec_from_file_location(
        "country_names", ROOT / "tools" / "country_names.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fold


def world_words():
    """The sorted words (see the module's description)."""
    from wordfreq import top_n_list, word_frequency

    fold = _fold()
    found = set()
    for language in LANGUAGES:
        for word in top_n_list(language, 100_000):
            if word_frequency(word, language) < FREQUENCY:
                break
            folded = fold(word)
            if (
                word.isalpha()
                and len(folded) >= 3
                and folded.isalpha()
                and folded.isascii()
            ):
                found.add(folded)
    return sorted(found)


def content():
    return "\n".join(world_words()).encode("ascii")


def main():
    # mtime 0: the same words give the same bytes
    OUT.write_bytes(gzip.compress(content(), compresslevel=9, mtime=0))
    sys.stdout.write(f"{OUT}\n")


if __name__ == "__main__":
    main()
