"""Finding residents as people type: the keys the index holds and the ranked, paged query.

Names, streets and typed queries are folded by ``domain.search_text.fold`` to one Latin
skeleton, so Cyrillic, Kazakh and Latin spellings of a name meet (Ахметов, Akhmetov, Ahmetov).
Ranking has two tiers: first residents whose folded full name starts with the query (served in
name order straight from the ``name_key`` index), then every other match of the trigram
full-text index (substrings of names, IIN, phone digits, street and house), in index order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from inspector_desk.domain.collation import collation_key
from inspector_desk.domain.search_text import fold, fold_digits
from inspector_desk.store.schema_extras import FTS_TABLE

# One past the greatest character a folded key holds: the end of a prefix range.
_KEY_END = "\x7f"
_TRIGRAM = 3
# Up to this many beats (an inspector's laptop), walk the scope's part of the indexes and probe
# the matches; a whole unit (a supervisor's) is cheaper the other way round.
_SMALL_SCOPE = 3


def name_key(last_name: str, first_name: str, middle_name: str | None) -> str:
    """The folded full name residents are sorted and prefix-searched by."""
    return fold(" ".join(p for p in (last_name, first_name, middle_name) if p))


def sort_name(last_name: str, first_name: str, middle_name: str | None) -> str:
    """The full name as an alphabetical collation key, for sorting lists."""
    return collation_key(" ".join(p for p in (last_name, first_name, middle_name) if p))


def phone_search_forms(e164: str) -> list[str]:
    """Digits of a phone as people type them: +7 701… is also dialled 8 701…."""
    digits = fold_digits(e164)
    forms = [digits]
    if len(digits) == 11 and digits.startswith("7"):
        forms.append("8" + digits[1:])
    return forms


def search_text(
    *,
    last_name: str,
    first_name: str,
    middle_name: str | None,
    iin: str | None,
    phones: Iterable[str],
    street: str | None,
    house: str | None,
    apartment: str | None,
) -> str:
    """Everything a resident can be found by, folded, as one line for the trigram index."""
    parts = [name_key(last_name, first_name, middle_name)]
    if iin:
        parts.append(iin)
    for phone in phones:
        parts.extend(phone_search_forms(phone))
    if street:
        parts.append(fold(street))
    if house:
        parts.append(fold(house))
    if apartment:
        parts.append(fold(apartment))
    return " ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A typed query split into folded words (``words``) and digit runs (``digits``)."""

    words: tuple[str, ...]
    digits: tuple[str, ...]

    @property
    def prefix(self) -> str | None:
        """The folded name prefix for tier one, when the query is words only."""
        if self.words and not self.digits:
            return " ".join(self.words)
        return None

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.digits


_PHONE_PUNCT = re.compile(r"[\s()+\-.]")


def parse_query(query: str) -> ParsedQuery:
    words: list[str] = []
    digits: list[str] = []
    # "+7 (701) 123-45-67" or "8701 123 45 67" typed whole: one digit run.
    squeezed = _PHONE_PUNCT.sub("", query)
    if squeezed.isdigit():
        return ParsedQuery((), (squeezed,))
    for raw in query.split():
        token = _PHONE_PUNCT.sub("", raw)
        if token.isdigit():
            digits.append(token)
            continue
        folded = fold(raw)
        words.extend(w for w in folded.split() if w)
    return ParsedQuery(tuple(words), tuple(digits))


def _fts_match(tokens: Sequence[str]) -> str:
    return " AND ".join(f'"{t}"' for t in tokens)


def search_resident_ids(
    session: Session,
    query: str,
    beat_ids: Iterable[str],
    *,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[str], bool]:
    """Ids of live residents on ``beat_ids`` matching ``query``, best first; and whether more follow."""
    parsed = parse_query(query)
    beats = sorted(beat_ids)
    if parsed.is_empty or not beats:
        return [], False
    want = offset + limit + 1
    beat_params = {f"b{i}": b for i, b in enumerate(beats)}
    beat_in = ", ".join(f":b{i}" for i in range(len(beats)))

    small = len(beats) <= _SMALL_SCOPE
    found: list[str] = []
    prefix = parsed.prefix
    if prefix is not None:
        name_index = "ix_residents_beat_name" if small else "ix_residents_name_key"
        found = list(
            session.execute(
                text(
                    f"SELECT id FROM residents INDEXED BY {name_index} "
                    "WHERE name_key >= :lo AND name_key < :hi AND deleted = 0 "
                    f"AND beat_id IN ({beat_in}) ORDER BY name_key LIMIT :n"
                ),
                {"lo": prefix, "hi": prefix + _KEY_END, "n": want, **beat_params},
            ).scalars()
        )
    if len(found) < want:
        tokens = [*parsed.words, *parsed.digits]
        long_tokens = [t for t in tokens if len(t) >= _TRIGRAM]
        if long_tokens:
            params: dict[str, object] = {"q": _fts_match(long_tokens), "n": want - len(found), **beat_params}
            short = [t for t in tokens if len(t) < _TRIGRAM]
            short_sql = "".join(f" AND search_text LIKE :s{i}" for i in range(len(short)))
            params.update({f"s{i}": f"%{t}%" for i, t in enumerate(short)})
            exclude_sql = ""
            if prefix is not None:
                exclude_sql = " AND NOT (r.name_key >= :lo AND r.name_key < :hi)"
                params.update({"lo": prefix, "hi": prefix + _KEY_END})
            if small:
                # The matches become an ephemeral index the beat's map entries are probed against.
                sql = (
                    "SELECT r.id FROM resident_search_map m INDEXED BY ix_search_map_beat "
                    "JOIN residents r ON r.id = m.resident_id "
                    f"WHERE m.beat_id IN ({beat_in}) AND m.fts_rowid IN "
                    f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q{short_sql}) "
                    f"AND r.deleted = 0{exclude_sql} ORDER BY m.fts_rowid LIMIT :n"
                )
            else:
                sql = (
                    f"SELECT r.id FROM {FTS_TABLE} f "
                    "JOIN resident_search_map m ON m.fts_rowid = f.rowid "
                    "JOIN residents r ON r.id = m.resident_id "
                    f"WHERE {FTS_TABLE} MATCH :q AND m.beat_id IN ({beat_in}) "
                    f"AND r.deleted = 0{short_sql.replace('search_text', 'f.search_text')}{exclude_sql} "
                    "ORDER BY f.rowid LIMIT :n"
                )
            found.extend(session.execute(text(sql), params).scalars())
    page = found[offset : offset + limit]
    return page, len(found) > offset + limit
