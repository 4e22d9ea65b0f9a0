"""Alphabetical order of names as a Kazakh or Russian reader expects it.

SQLite compares text by code point, which puts the Kazakh letters (ә ғ қ ң ө ұ ү һ і) after
я. ``collation_key`` maps each letter to its place in the Kazakh Cyrillic alphabet (Russian's
is a subsequence of it, so one order serves both), Latin letters after Cyrillic, digits and
word breaks first, so an indexed column of keys sorts lists correctly.
"""

from __future__ import annotations

KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC_BASE = 0x0100
_LATIN_BASE = _CYRILLIC_BASE + len(KAZAKH_ALPHABET)

_MAP: dict[str, str] = {ch: chr(_CYRILLIC_BASE + i) for i, ch in enumerate(KAZAKH_ALPHABET)}
_MAP.update({ch: chr(_LATIN_BASE + i) for i, ch in enumerate(_LATIN)})
# Ukrainian and Latin look-alikes people type for Kazakh letters.
_MAP.update({"і": _MAP["і"], "ї": _MAP["і"], "є": _MAP["е"], "ä": _MAP["ә"], "ö": _MAP["ө"], "ü": _MAP["ү"]})
_BREAKS = frozenset(" -‐–—'’.,")


def collation_key(text: str) -> str:
    """A key whose code-point order is the alphabetical order of ``text``."""
    out: list[str] = []
    for ch in text.casefold():
        mapped = _MAP.get(ch)
        if mapped is not None:
            out.append(mapped)
        elif ch.isdigit():
            out.append(ch)
        elif (ch in _BREAKS or ch.isspace()) and out and out[-1] != " ":
            out.append(" ")
    return "".join(out).strip()
