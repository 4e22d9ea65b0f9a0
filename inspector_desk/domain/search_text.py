"""Search folding: names and addresses typed in Cyrillic (Russian or Kazakh) or Latin (passport
transliteration, Kazakh Latin alphabets) reduce to one Latin skeleton, at index time and query time alike.

The skeleton is for matching only, never for display. It trades precision for recall: different
spellings of one name must meet ("Ахметов", "Akhmetov", "Ahmetov" -> "ahmetov"), and the few
unrelated names that happen to collide are told apart by the person reading the result list.
"""

from __future__ import annotations

import re
import unicodedata

# Every apostrophe-like mark people type; the 2017 Kazakh Latin alphabet used "s'", "c'" for ш, ч.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032", "'"))

# Letters whose diacritic carries the sound and must not be simply stripped (ş is "sh", not "s").
_BEFORE_DECOMPOSITION = str.maketrans(
    {"ş": "sh", "ç": "ch", "ı": "i", "ŋ": "n", "ß": "ss", "ø": "o", "æ": "ae"}
)

# Applied after diacritics are stripped (so й -> и and ё -> е already). Kazakh letters fold to
# their nearest Russian sound first (қ -> к ...), and both transliterate the same way.
_CYRILLIC = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "ґ": "g", "д": "d", "е": "e",
        "є": "e", "ж": "j", "з": "z", "и": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
        "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    }
)  # fmt: skip

# Latin spelling variants reduced to the skeleton, in order; applied until nothing changes, which
# is what makes fold() idempotent. Each rule only shortens a word or removes a letter (c, x, w,
# q, y) that no rule produces, so the loop ends.
_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"shch|sch", "sh"),  # Щербаков: Shcherbakov, Scherbakov
        (r"kh", "h"),  # Ахметов: Akhmetov, Ahmetov
        (r"zh", "j"),  # Жанна: Zhanna, Janna
        (r"gh", "g"),  # Ғалым: Ghalym, Galym
        (r"ph", "f"),
        (r"c(?!h)", "ts"),  # Цой: Tsoi, Coi; "ch" stays for Ч
        (r"x", "ks"),
        (r"w", "v"),
        (r"q", "k"),  # Қайрат: Qairat, Kairat
        (r"y", "i"),  # й, ы, і: Sergey, Shynar
        (r"ie", "e"),  # Е written "ye": Yerlan, Sergeyev, Ananyev
        (r"([a-z])\1+", r"\1"),  # doubled letters: Aliya/Alia, Zhanna/Жана, Iuliia/Yulia
    )
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """The search skeleton of ``text``: lowercase ASCII letters, digits and single spaces.

    Punctuation separates words (a hyphenated surname gives two words); apostrophes, ь and ъ
    are dropped. ё folds to е (Фёдоров = Федоров = Fedorov; "Fyodorov" stays apart).
    """
    text = unicodedata.normalize("NFKC", text.translate(_APOSTROPHES)).casefold()
    text = text.translate(_BEFORE_DECOMPOSITION)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.casefold().translate(_CYRILLIC)
    text = text.replace("s'", "sh").replace("c'", "ch").replace("'", "")
    return " ".join(_fold_word(word) for word in _NOT_ALNUM.split(text) if word)


def _fold_word(word: str) -> str:
    while True:
        folded = word
        for pattern, replacement in _LATIN_RULES:
            folded = pattern.sub(replacement, folded)
        if folded == word:
            return folded
        word = folded


def fold_digits(text: str) -> str:
    """Only the digits of ``text`` (any script's decimal digits, as ASCII): for phones and IINs."""
    return "".join(str(unicodedata.decimal(c)) for c in text if c.isdecimal())
