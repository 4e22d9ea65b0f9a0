"""A first sync inserts residents in bulk and indexes them for search once per page (the insert
trigger set aside): the search index must come out exactly as the per-row trigger makes it, and
the trigger must be back for every later write."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import text

from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.store.db import Database, open_database
from inspector_desk.store.search import search_resident_ids
from inspector_desk.sync.apply import (
    BULK_SEARCH_INDEX,
    KEEP_INDEXES,
    Applier,
    restore_indexes,
    set_indexes_aside,
    sync_session,
)
from inspector_desk.sync.protocol import RecordState

STAMP = "1760000000000-000000-hq"
NAMES = (("Ахметов", "Ерлан"), ("Сейткали", "Асель"), ("Ким", "Мария"), ("Омаров", "Болат"))


def resident(rid: str, beat: str, i: int, *, deleted: bool = False) -> RecordState:
    last, first = NAMES[i % len(NAMES)]
    fields: dict[str, Any] = {
        "household_id": None,
        "iin": None,
        "last_name": f"{last}{i}",
        "first_name": first,
        "middle_name": None,
        "birth_date": "1980-01-02",
        "sex": "M",
        "phones": [f"+7701{i:07d}"],
        "notes": None,
        "deleted": deleted,
        "void_reason": "moved away" if deleted else None,
        "beat_id": beat,
    }
    return RecordState(
        entity="residents",
        id=rid,
        beat_id=beat,
        rev=i + 1,
        deleted=deleted,
        fields=fields,
        stamps=dict.fromkeys(fields, STAMP),
    )


def index_rows(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT m.resident_id, m.beat_id, f.search_text FROM resident_search_map m "
                "JOIN resident_fts f ON f.rowid = m.fts_rowid ORDER BY m.resident_id"
            )
        )
        return [(r[0], r[1], r[2]) for r in rows]


def apply_page(db: Database, states: list[RecordState]) -> None:
    with sync_session(db) as session:
        applier = Applier(session, None)
        applier.records(states)
        applier.finish()


def test_bulk_indexing_matches_the_trigger_and_restores_it(
    db: Database, world: Any, template_db: Path, tmp_path: Path
) -> None:
    beat = world.beat_id
    count = BULK_SEARCH_INDEX + 50
    states = [resident(str(uuid.uuid4()), beat, i, deleted=(i % 17 == 0)) for i in range(count)]
    apply_page(db, states)  # one page: the bulk path
    bulk = index_rows(db)

    # The same residents in small pages (below the threshold: the trigger indexes each row).
    other_path = tmp_path / "other.db"
    shutil.copyfile(template_db, other_path)
    other = open_database(other_path, bytes(range(32)))  # the key of tests/conftest.py
    try:
        for start in range(0, count, BULK_SEARCH_INDEX // 4):
            apply_page(other, states[start : start + BULK_SEARCH_INDEX // 4])
        assert index_rows(other) == bulk
    finally:
        other.close()

    assert len(bulk) == count
    voided = {s.id for s in states if s.deleted}
    assert all((text_ == "") == (rid in voided) for rid, _, text_ in bulk)
    with db.read() as session:
        found, _ = search_resident_ids(session, "Сейткали5", [beat])
    assert states[5].id in found  # substring search: Сейткали53 etc. match too

    # The trigger is back: a resident registered through the services is found at once.
    me = world.inspector
    data = ResidentInput(last_name="Жумабаев", first_name="Нурлан", beat_id=beat)
    rid = register_resident(db, me, data).record.id
    with db.read() as session:
        found, _ = search_resident_ids(session, "Жумабаев", [beat])
    assert found == [rid]


def index_sql(db: Database) -> dict[str, str]:
    with db.read() as session:
        rows = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        )
        return {r[0]: r[1] for r in rows}


def test_indexes_set_aside_for_a_first_sync_come_back_as_they_were(db: Database, world: Any) -> None:
    before = index_sql(db)
    beat = world.beat_id
    states = [resident(str(uuid.uuid4()), beat, i) for i in range(BULK_SEARCH_INDEX + 10)]
    with sync_session(db) as session:
        dropped = set_indexes_aside(session)
        assert set_indexes_aside(session) == []  # already aside (a resumed first sync): no more
        applier = Applier(session, None)
        applier.records(states[:100])
        applier.finish()
    assert dropped
    assert not KEEP_INDEXES & set(dropped)
    assert not any(before[name].startswith("CREATE UNIQUE") for name in dropped)
    aside = index_sql(db)
    assert set(before) - set(aside) == set(dropped)  # committed as it is: a resume finds them aside
    apply_page(db, states[100:])
    with sync_session(db) as session:
        assert restore_indexes(session) == len(dropped)
        assert restore_indexes(session) == 0
    assert index_sql(db) == before
    with db.read() as session:
        found, _ = search_resident_ids(session, "Сейткали5", [beat])
    assert states[5].id in found
