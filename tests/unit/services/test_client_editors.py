"""Service writes behind the client's editors: correcting a registry entry, registering a door (address
and household in one transaction), and paging the residents list after a row (keyset)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.services.addresses import DwellingInput, register_dwelling
from inspector_desk.services.registry import (
    RegistryInput,
    RegistryUpdate,
    add_registry_entry,
    end_registry_entry,
    update_registry_entry,
)
from inspector_desk.services.residents import ResidentInput, list_residents, register_resident
from inspector_desk.store.db import Database
from inspector_desk.store.models import Address, AuditEntry, Household, OutboxEntry, RegistryEntry

TODAY = date.today()


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def person(db: Database, actor: Any, beat_id: str, last: str = "Омаров") -> str:
    return register_resident(db, actor, ResidentInput(beat_id, last, "Дәурен")).record.id


def test_correcting_an_entry_changes_it_with_audit_and_outbox(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    start = TODAY - timedelta(days=20)
    entry = add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "Ruling 1", start)).record
    fixed = update_registry_entry(
        db, world.inspector, entry.id, RegistryUpdate("parole", "Ruling 12", start - timedelta(days=5))
    ).record
    assert (fixed.basis, fixed.start_date) == ("Ruling 12", start - timedelta(days=5))
    assert fixed.next_visit_due == start - timedelta(days=5) + timedelta(days=30)
    with db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == entry.id)).all()
        ops = s.scalars(select(OutboxEntry.op).where(OutboxEntry.entity_id == entry.id)).all()
    assert sorted(actions) == ["create", "update"]
    assert sorted(ops) == ["insert", "update"]


def test_a_correction_is_checked_like_a_new_entry(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    parole = add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "b", TODAY)).record
    add_registry_entry(db, world.inspector, RegistryInput(rid, "official_warning", "b", TODAY))
    bad = [
        (RegistryUpdate("parole", "b", TODAY + timedelta(days=1)), "start_date", "not_future"),
        (RegistryUpdate("parole", "b", TODAY, TODAY - timedelta(days=1)), "end_date", "date_order"),
        (RegistryUpdate("parole", " ", TODAY), "basis", "required"),
        (RegistryUpdate("vip", "b", TODAY), "category", "choice"),
        (RegistryUpdate("official_warning", "b", TODAY), "category", "registry.duplicate"),
    ]
    for update, field, rule in bad:
        with pytest.raises(ValidationError) as err:
            update_registry_entry(db, world.inspector, parole.id, update)
        assert (err.value.field, err.value.rule) == (field, rule)
    with db.read() as s:
        row = s.get(RegistryEntry, parole.id)
        assert row is not None
        assert (row.category, row.start_date) == ("parole", TODAY)


def test_an_ended_entry_is_not_corrected(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    start = TODAY - timedelta(days=10)
    entry = add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "b", start)).record
    end_registry_entry(db, world.inspector, entry.id, TODAY, "Term served")
    with pytest.raises(ValidationError) as err:
        update_registry_entry(db, world.inspector, entry.id, RegistryUpdate("parole", "c", start))
    assert err.value.rule == "registry.already_ended"


def test_an_entry_of_another_beat_is_refused(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    entry = add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "b", TODAY)).record
    with pytest.raises(PermissionDenied):
        update_registry_entry(db, world.other_inspector, entry.id, RegistryUpdate("parole", "x", TODAY))


def test_a_new_door_registers_its_address_once(db: Database, world: Any) -> None:
    first = register_dwelling(
        db, world.inspector, DwellingInput(world.beat_id, "  Абая  ", "12", apartment="4", walk_order=3)
    ).record
    second = register_dwelling(db, world.inspector, DwellingInput(world.beat_id, "Абая", "12", "5")).record
    assert first.address_id == second.address_id
    assert (first.address_line, second.address_line) == ("Абая 12, 4", "Абая 12, 5")
    assert (count(db, Address), count(db, Household)) == (1, 2)
    with db.read() as s:
        entities = s.scalars(select(OutboxEntry.entity).order_by(OutboxEntry.seq)).all()
    assert entities == ["addresses", "households", "households"]


def test_a_door_already_there_or_a_bad_one_writes_nothing(db: Database, world: Any) -> None:
    register_dwelling(db, world.inspector, DwellingInput(world.beat_id, "Абая", "12", "4"))
    before = (count(db, Address), count(db, Household), count(db, OutboxEntry))
    for data, field in (
        (DwellingInput(world.beat_id, "Абая", "12", "4"), "apartment"),
        (DwellingInput(world.beat_id, "Сейфуллина", " ", "1"), "house"),
        (DwellingInput(world.beat_id, "", "3"), "street"),
    ):
        with pytest.raises(ValidationError) as err:
            register_dwelling(db, world.inspector, data)
        assert err.value.field == field
    assert (count(db, Address), count(db, Household), count(db, OutboxEntry)) == before
    with pytest.raises(PermissionDenied):
        register_dwelling(db, world.inspector, DwellingInput(world.other_beat_id, "Абая", "1"))


def test_paging_after_a_row_continues_the_name_order(db: Database, world: Any) -> None:
    names = ["Ахметов", "Бекова", "Ахметов", "Жумабаев", "Ким", "Ли", "Ахметов", "Омаров"]
    for name in names:
        person(db, world.inspector, world.beat_id, name)
    for descending in (False, True):
        whole = [r.id for r in list_residents(db, world.inspector, limit=50, descending=descending).rows]
        first = list_residents(db, world.inspector, limit=3, descending=descending).rows
        rest = list_residents(db, world.inspector, limit=50, after=first[-1].id, descending=descending).rows
        assert [r.id for r in first] + [r.id for r in rest] == whole
    with pytest.raises(ValidationError) as err:
        list_residents(db, world.inspector, sort="birth_date", after=whole[0])
    assert err.value.field == "after"


def test_rows_read_again_by_id_keep_order_and_scope(db: Database, world: Any) -> None:
    from inspector_desk.services.residents import resident_rows, void_resident

    mine = [person(db, world.inspector, world.beat_id, name) for name in ("Ким", "Ли", "Пак")]
    theirs = person(db, world.other_inspector, world.other_beat_id, "Цой")
    void_resident(db, world.inspector, mine[1], "Entered twice")
    rows = resident_rows(db, world.inspector, [mine[2], theirs, mine[1], mine[0]])
    assert [r.id for r in rows] == [mine[2], mine[0]]  # order kept; voided and other beat left out
    assert rows[0].full_name == "Пак Дәурен"
