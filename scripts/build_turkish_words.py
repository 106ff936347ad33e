"""Write ``tools/data/turkish_words.txt.gz``, the Turkish words the card scan
knows a Turkish role or legal name by, and whose letters it puts back when the
OCR read them without their cedilla, breve or dots ("YURTDIŞI IS GELİŞTİRME" →
"İŞ", "Uluslararasi" → "Uluslararası"; ``tools.card_text._turkish_spelled``).

The words are those of the wordfreq package's Turkish list (its data is built from
Wikipedia, subtitles, news, books, the web and social media; MIT licence, the
data CC BY-SA 4.0), of two kinds, sorted, one a line:

- the words that write a letter of Turkish's own (ç ğ ı ö ş ü, â î û) and are at
  least ten times as frequent as every other word spelled with the same letters
  without them, the bare spelling too: "iş" (work) over "is", "müdürü" over
  "muduru"; not "ön" (front), as "on" (ten) is common too; nor a word whose only
  mark is a first dotless ı ("ınstitute": INSTITUTE lowered the Turkish way);
  nor "saç" (hair), as "sac" (sheet metal) is the steel trade's word;
- the words without such a letter that are Turkish's more than English's: at
  least one in a million Turkish words, and less than three times as frequent in
  English ("genel", "metal", "makina"; not "group", "customer", "design").

The add-on reads the file, not the package. A developer runs this with the
package of ``test-requirements.txt``:

    python3 scripts/build_turkish_words.py

``tests/test_card_text.py`` checks that the file is what this writes.
"""

import collections
import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tools" / "data" / "turkish_words.txt.gz"
# each Turkish letter to the letter the OCR reads it as when it loses its mark
BARE = str.maketrans("çğıöşüâîû", "cgiosuaiu")
# how much more frequent the marked spelling must be than any other
MARGIN = 10
# the marked words whose bare spelling is a trade's own word
NOT_PUT_BACK = frozenset(["saç"])
# a word without marks: how frequent in Turkish, and how much more frequent in
# English it may not be
PLAIN_FREQUENCY = 1e-6
ENGLISH_MARGIN = 3


def turkish_words():
    """The sorted words (see the module's description)."""
    from wordfreq import top_n_list, word_frequency

    spellings = collections.defaultdict(list)
    plain = []
    for word in top_n_list("tr", 1_000_000):
        if not word.isalpha():
            continue
        frequency = word_frequency(word, "tr")
        spellings[word.translate(BARE)].append((frequency, word))
        if (
            word.translate(BARE) == word
            and frequency >= PLAIN_FREQUENCY
            and word_frequency(word, "en") < ENGLISH_MARGIN * frequency
        ):
            plain.append(word)
    found = []
    for bare, words in spellings.items():
        words.sort(reverse=True)
        (frequency, word), others = words[0], words[1:]
        rival = max((other for other, _word in others), default=0.0)
        if (
            word != bare
            and frequency >= MARGIN * rival
            and word not in NOT_PUT_BACK
            # "ınstitute", "ısland": an English word its capital I lowered the
            # Turkish way, in the list's web text
            and not (word[0] == "ı" and word[1:] == bare[1:])
        ):
            found.append(word)
    return sorted(set(found) | set(plain))


def content():
    return "\n".join(turkish_words()).encode("utf-8")


def main():
    # mtime 0: the same words give the same bytes
    OUT.write_bytes(gzip.compress(content(), compresslevel=9, mtime=0))
    sys.stdout.write(f"{OUT}\n")


if __name__ == "__main__":
    main()
