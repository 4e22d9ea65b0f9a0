"""The full-text index follows the residents table inside the same transaction: inserts, edits,
voids, moves between beats and purges."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, update

from inspector_desk.services.residents import ResidentInput, register_resident, search_residents
from inspector_desk.store.db import Database
from inspector_desk.store.models import Resident


def _found(db: Database, actor: Any, query: str) -> list[str]:
    return [r.id for r in search_residents(db, actor, query).rows]


def test_a_resident_moved_to_another_beat_is_found_there_only(db: Database, world: Any) -> None:
    rid = register_resident(
        db, world.inspector, ResidentInput(beat_id=world.beat_id, last_name="Тұрсынов", first_name="Ерболат")
    ).record.id
    assert _found(db, world.inspector, "турсын") == [rid]
    with db.write() as s:  # what sync's reassignment does to the row
        s.execute(update(Resident).where(Resident.id == rid).values(beat_id=world.other_beat_id))
    assert _found(db, world.inspector, "турсын") == []
    assert _found(db, world.other_inspector, "турсын") == [rid]
    assert _found(db, world.other_inspector, "Tursynov Erbolat") == [rid]


def test_a_purged_resident_leaves_the_index(db: Database, world: Any) -> None:
    rid = register_resident(
        db,
        world.inspector,
        ResidentInput(beat_id=world.beat_id, last_name="Мұхамеджанов", first_name="Арман"),
    ).record.id
    assert _found(db, world.supervisor, "мухамед") == [rid]
    with db.write() as s:  # sync's eviction purges rows that left the laptop's scope
        s.execute(delete(Resident).where(Resident.id == rid))
    assert _found(db, world.supervisor, "мухамед") == []
    assert _found(db, world.supervisor, "хамедж") == []
