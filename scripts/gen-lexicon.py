#!/usr/bin/env python3
"""Regenerates folio's built-in restore data under data/ from Debian packages.

    apt-get install wbritish hunspell-hu hunspell-pl hunspell-sk
    python3 scripts/gen-lexicon.py

Writes, sorted by UTF-8 bytes so the Rust side can binary-search the embedded text without
building an index (`folio check` must start in well under 100 ms):

  data/en-words.txt      the SCOWL-derived British English word list (wbritish), one word a line,
                         with the place names of data/en-places.txt and the peoples' names
                         of data/en-peoples.txt that it lacks
  data/cee-lexicon.tsv   `stripped<TAB>spelling`: words with letters outside ASCII, keyed on the
                         spelling left when those letters are deleted ("Rkosi" -> "Rákosi")

Kept: names (capitalised entries) from every source, every entry of the English list (its
loanwords: régime, Dürer) and Hungarian common words. An entry is kept only when (a) its key has at least 4 characters for a name or a word of the English list
("cafs": cafés), 5 for another common word (shorter keys match abbreviations and typos in English text), (b) the key is not itself an English word, and (c) no other word in any of the
sources strips to the same key, is spelt that way, or is spelt that way without its accents
(ambiguous keys cannot be restored without guessing).

Sources and licences (texts copied to data/licenses/):
  wbritish (SCOWL, Kevin Atkinson et al.): permissive, see data/licenses/SCOWL.txt
  hunspell-hu (László Németh): GPL-3+ or LGPL-3+ or MPL-2.0+; used under MPL-2.0
  hunspell-pl (Marek Futrega): GPL or LGPL or MPL or Apache-2.0 or CC-SA; used under Apache-2.0
  hunspell-sk (sk-spell): GPL-2 or LGPL-2.1 or MPL-1.1; used under MPL-1.1
The Czech (GPL-2) and German (GPL-2+) Hunspell dictionaries are GPL-only and folio is
MIT/Apache-2.0, so they are not embedded; German and Czech names SCOWL lists (Dürer, Dvořák
...) come in through the English list.
"""

import os
import re
import shutil
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
EN = "/usr/share/dict/british-english"
# Place names English writes in ASCII that wbritish lacks ("Romania"), kept by hand.
EN_PLACES = os.path.join(DATA, "en-places.txt")
# English words that keep their accents ("façade"), which wbritish writes plain, kept by hand.
EN_LOANWORDS = os.path.join(DATA, "en-loanwords.txt")
# Peoples' names and adjectives English writes in ASCII that wbritish lacks ("Slovenes"),
# kept by hand.
EN_PEOPLES = os.path.join(DATA, "en-peoples.txt")
HUNSPELL = "/usr/share/hunspell"
LANGUAGES = ["hu_HU", "pl_PL", "sk_SK"]
LICENSES = {
    "SCOWL.txt": "/usr/share/doc/wbritish/copyright",
    "MPL-2.0.txt": "/usr/share/common-licenses/MPL-2.0",
    "MPL-1.1.txt": "/usr/share/common-licenses/MPL-1.1",
    "Apache-2.0.txt": "/usr/share/common-licenses/Apache-2.0",
}
# Shortest keys kept: a short key matches abbreviations and typos in English text ("csv"
# would become Hungarian "csávó"), so common words need longer keys than names.
MIN_KEY_NAME = 4
MIN_KEY_WORD = 5
# An English word with its accents ("cafés", "décor") is a word of the text's own language,
# so its key is as safe as a name's. Not shorter: "rou" (roué) is Romanian "Roșu" as often.
MIN_KEY_LOANWORD = 4


def strip(word):
    """The spelling left when every non-ASCII character is deleted."""
    return "".join(c for c in word if ord(c) < 128)


def fold(word):
    """The word with its accents removed ("Kádár" -> "Kadar"); ASCII words are unchanged."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def utf8_sorted(items):
    return sorted(items, key=lambda s: s.encode("utf-8"))


def hunspell_words(lang):
    aff = open(os.path.join(HUNSPELL, lang + ".aff"), encoding="latin-1").read()
    found = re.search(r"^SET\s+(\S+)", aff, re.M)
    encoding = found.group(1) if found else "utf-8"
    encoding = {"ISO8859-2": "iso-8859-2", "UTF-8": "utf-8"}.get(encoding, encoding)
    with open(os.path.join(HUNSPELL, lang + ".dic"), encoding=encoding) as f:
        next(f)  # the first line is the entry count
        for line in f:
            word = line.split("/")[0].split("\t")[0].strip()
            if word:
                yield unicodedata.normalize("NFC", word)


def main():
    os.makedirs(os.path.join(DATA, "licenses"), exist_ok=True)
    english = [w.strip() for w in open(EN, encoding="utf-8") if w.strip()]
    for kept_by_hand in (EN_PLACES, EN_PEOPLES, EN_LOANWORDS):
        english += [
            w.strip()
            for w in open(kept_by_hand, encoding="utf-8")
            if w.strip() and not w.startswith("#")
        ]
    english = [unicodedata.normalize("NFC", w) for w in english]
    english_set = set(english)
    english_lower = {w.lower() for w in english}
    with open(os.path.join(DATA, "en-words.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(utf8_sorted(set(english))) + "\n")

    spellings = {}
    # English common words with their accents ("café"), which English prose is in.
    english_loanwords = set()
    # Spellings a key must not collide with: every plain-ASCII word of any source ("Janek" is
    # a Polish name as well as "Janíček" stripped) and every word with its accents folded
    # ("Kadar" is "Kádár" flattened as well as "Kadżar" stripped).
    plain = set()
    sources = [("en", w) for w in english] + [
        (lang, w) for lang in LANGUAGES for w in hunspell_words(lang)
    ]
    for _, word in sources:
        plain.add(fold(word))
    for lang, word in sources:
        if word.isascii() or not all(c.isalpha() or c == "'" for c in word):
            continue
        # Names from every source, loanwords from the English list, common words from
        # Hungarian only: Polish and Slovak common words would add 7 MB for words an English
        # text rarely quotes.
        if not (word[0].isupper() or lang in ("en", "hu_HU")):
            continue
        # A Hungarian adjective in -i of a name in -o ("Franciscói", of San Francisco), which
        # Hungarian writes in lower case: capitalised, it is no name, and its key is a Latin
        # genitive an English text quotes ("Francisci", "Aquini"), which it had become.
        if lang == "hu_HU" and word[0].isupper() and word.endswith("ói"):
            continue
        key = strip(word)
        spellings.setdefault(key, set()).add(word)
        if lang == "en":
            english_loanwords.add(word)
    kept = []
    for key, words in spellings.items():
        word = next(iter(words))
        shortest = MIN_KEY_NAME if word[0].isupper() else MIN_KEY_WORD
        if word in english_loanwords and not word[0].isupper():
            shortest = MIN_KEY_LOANWORD
        if len(key) < shortest or len(words) != 1:
            continue
        if key in english_set or key.lower() in english_lower or key in plain:
            continue
        kept.append(key + "\t" + word)
    with open(os.path.join(DATA, "cee-lexicon.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(utf8_sorted(kept)) + "\n")
    for name, path in LICENSES.items():
        shutil.copyfile(path, os.path.join(DATA, "licenses", name))
    print(f"en-words.txt: {len(english_set)} words; cee-lexicon.tsv: {len(kept)} entries",
          file=sys.stderr)


if __name__ == "__main__":
    main()
