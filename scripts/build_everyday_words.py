"""Write ``tools/data/everyday_words.txt.gz``, the everyday English words the card
scan tells slogans from names with (``tools.given_names.common_word``).

The words are the lower-case words of the web2 word list (Webster's Second New
International Dictionary, 1934, as FreeBSD ships it in ``/usr/share/dict``),
through the english-words package (MIT licence), that the list does not also
print with a capital, as a proper noun ("Long", "Lemon", "Cook"), sorted, one a
line. The add-on reads the file, not the package. A developer runs this with the
package of ``test-requirements.txt``:

    python3 scripts/build_everyday_words.py

``tests/test_card_text.py`` checks that the file is what this writes.
"""

import gzip
import sys
from pathlib import Path

OUT = (
    Path(__file__).resolve().parent.parent / "tools" / "data" / "everyday_words.txt.gz"
)


def everyday_words():
    """The sorted words (see the module's description)."""
    from english_words import get_english_words_set

    listed = get_english_words_set(["web2"])
    proper = {word.lower() for word in listed if not word.islower()}
    return sorted(word for word in listed if word.islower() and word not in proper)


def content():
    return "\n".join(everyday_words()).encode("ascii")


def main():
    # mtime 0: the same words give the same bytes
    OUT.write_bytes(gzip.compress(content(), compresslevel=9, mtime=0))
    sys.stdout.write(f"{OUT}\n")


if __name__ == "__main__":
    main()
