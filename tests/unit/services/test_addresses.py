"""Addresses and households: creation and partial updates with their audit/outbox entries, refusals,
the household view, streets and the walking order of a round."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.services.addresses import (
    AddressInput,
    AddressUpdate,
    HouseholdInput,
    HouseholdUpdate,
    create_address,
    create_household,
    household,
    households_on_streets,
    list_households,
    list_streets,
    update_address,
    update_household,
)
from inspector_desk.services.registry import RegistryInput, add_registry_entry
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.services.visits import VisitInput, log_visit
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import Address, AuditEntry, Household, OutboxEntry, Resident


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def rows_for(db: Database, model: Any, entity_id: str) -> list[Any]:
    with db.read() as s:
        return list(s.scalars(select(model).where(model.entity_id == entity_id)))


def test_create_address_trims_and_records(db: Database, world: Any) -> None:
    out = create_address(
        db, world.inspector, AddressInput(world.beat_id, "  Абая   даңғылы ", " 12а ", "Алматы", 3, " угол ")
    )
    rec = out.record
    assert (rec.street, rec.house, rec.locality, rec.walk_order, rec.notes) == (
        "Абая даңғылы",
        "12а",
        "Алматы",
        3,
        "угол",
    )
    [audit] = rows_for(db, AuditEntry, rec.id)
    assert (audit.action, audit.entity) == ("create", "addresses")
    [box] = rows_for(db, OutboxEntry, rec.id)
    assert box.op == "insert"
    assert box.fields["street"] == "Абая даңғылы"
    assert out.changes.kinds == frozenset({"addresses"})


@pytest.mark.parametrize(
    ("data", "field", "rule"),
    [
        ({"street": " "}, "street", "required"),
        ({"house": ""}, "house", "required"),
        ({"house": "1" * 21}, "house", "max_length"),
        ({"walk_order": -1}, "walk_order", "range"),
        ({"notes": "x" * 4001}, "notes", "max_length"),
    ],
)
def test_create_address_refuses_bad_input(
    db: Database, world: Any, data: dict[str, Any], field: str, rule: str
) -> None:
    full = {"street": "Абая", "house": "12", **data}
    before = (count(db, Address), count(db, AuditEntry), count(db, OutboxEntry))
    with pytest.raises(ValidationError) as err:
        create_address(db, world.inspector, AddressInput(beat_id=world.beat_id, **full))
    assert (err.value.field, err.value.rule) == (field, rule)
    assert (count(db, Address), count(db, AuditEntry), count(db, OutboxEntry)) == before


def test_duplicate_address_and_household_refused(db: Database, world: Any) -> None:
    a = create_address(db, world.inspector, AddressInput(world.beat_id, "Абая", "12")).record
    with pytest.raises(ValidationError) as err:
        create_address(db, world.inspector, AddressInput(world.beat_id, "Абая", "12"))
    assert err.value.rule == "address.duplicate"
    create_household(db, world.inspector, HouseholdInput(a.id, "5"))
    with pytest.raises(ValidationError) as err2:
        create_household(db, world.inspector, HouseholdInput(a.id, " 5 "))
    assert (err2.value.field, err2.value.rule) == ("apartment", "household.duplicate")
    # The same house number on the other beat is another building.
    create_address(db, world.other_inspector, AddressInput(world.other_beat_id, "Абая", "12"))


def test_address_on_other_beat_refused_and_audited(db: Database, world: Any) -> None:
    with pytest.raises(PermissionDenied):
        create_address(db, world.inspector, AddressInput(world.other_beat_id, "Абая", "1"))
    with db.read() as s:
        denied = list(s.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")))
    assert [d.action for d in denied] == ["create_address"]
    assert count(db, Address) == 0


def test_admin_may_not_create_address(db: Database, world: Any) -> None:
    with pytest.raises(PermissionDenied):
        create_address(db, world.admin, AddressInput(world.beat_id, "Абая", "1"))


def test_update_address_partial_and_reindexes_residents(db: Database, world: Any) -> None:
    a = create_address(db, world.inspector, AddressInput(world.beat_id, "Абая", "12", notes="n")).record
    h = create_household(db, world.inspector, HouseholdInput(a.id, "7")).record
    rid = register_resident(
        db, world.inspector, ResidentInput(world.beat_id, "Ким", "Ольга", household_id=h.id)
    ).record.id
    rec = update_address(db, world.inspector, a.id, AddressUpdate(house="14", notes=None)).record
    assert (rec.street, rec.house, rec.notes) == ("Абая", "14", None)
    update = [e for e in rows_for(db, AuditEntry, a.id) if e.action == "update"]
    assert update[0].changes == {"house": ["12", "14"], "notes": ["n", None]}
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        assert " 14 " in f" {r.search_text} "
    with pytest.raises(ValidationError) as err:
        update_address(db, world.inspector, a.id, AddressUpdate(street=""))
    assert (err.value.field, err.value.rule) == ("street", "required")


def test_update_address_of_other_beat_refused(db: Database, world: Any) -> None:
    a = create_address(db, world.other_inspector, AddressInput(world.other_beat_id, "Абая", "1")).record
    with pytest.raises(PermissionDenied):
        update_address(db, world.inspector, a.id, AddressUpdate(house="2"))
    with db.read() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")).one()
    assert (denied.entity, denied.entity_id) == ("addresses", a.id)


def test_update_household_moves_it_within_the_beat(db: Database, world: Any) -> None:
    a1 = create_address(db, world.inspector, AddressInput(world.beat_id, "Абая", "1")).record
    a2 = create_address(db, world.inspector, AddressInput(world.beat_id, "Тимирязева", "2")).record
    other = create_address(db, world.other_inspector, AddressInput(world.other_beat_id, "Абая", "1")).record
    h = create_household(db, world.inspector, HouseholdInput(a1.id, "3")).record
    rec = update_household(db, world.inspector, h.id, HouseholdUpdate(address_id=a2.id, apartment="4")).record
    assert (rec.address_id, rec.apartment, rec.address_line) == (a2.id, "4", "Тимирязева 2, 4")
    with pytest.raises(ValidationError) as err:
        update_household(db, world.supervisor, h.id, HouseholdUpdate(address_id=other.id))
    assert err.value.rule == "household.other_beat"
    with db.read() as s:
        row = s.get(Household, h.id)
        assert row is not None
        assert row.address_id == a2.id


def test_household_view(db: Database, world: Any) -> None:
    insp = world.inspector
    a = create_address(db, insp, AddressInput(world.beat_id, "Абая", "12")).record
    h = create_household(db, insp, HouseholdInput(a.id, "45")).record
    dad = register_resident(
        db,
        insp,
        ResidentInput(world.beat_id, "Ким", "Виктор", birth_date=date(1980, 1, 1), household_id=h.id),
    ).record.id
    register_resident(
        db, insp, ResidentInput(world.beat_id, "Ким", "Анна", birth_date=date(2015, 6, 1), household_id=h.id)
    )
    add_registry_entry(db, insp, RegistryInput(dad, "official_warning", "warning no. 5", date.today()))
    log_visit(db, insp, VisitInput("door_to_door", utcnow() - timedelta(hours=2), "met", household_id=h.id))
    view = household(db, insp, h.id)
    assert view.address_line == "Абая 12, 45"
    assert [m.full_name for m in view.members] == ["Ким Виктор", "Ким Анна"]
    assert [m.categories for m in view.members] == [("official_warning",), ()]
    assert [m.age for m in household(db, insp, h.id, on=date(2026, 1, 1)).members] == [46, 10]
    assert view.last_visit is not None
    assert view.last_visit.kind == "door_to_door"
    with pytest.raises(PermissionDenied):
        household(db, world.other_inspector, h.id)
    assert list_households(db, insp, a.id)[0].id == h.id


def test_streets_and_round_in_walking_order(db: Database, world: Any) -> None:
    insp = world.inspector

    def add(street: str, house: str, order: int, apts: list[str | None]) -> None:
        a = create_address(db, insp, AddressInput(world.beat_id, street, house, walk_order=order)).record
        for apt in apts:
            create_household(db, insp, HouseholdInput(a.id, apt))

    add("Абая", "12", 2, ["10", "2"])
    add("Абая", "2", 1, [None])
    add("Сатпаева", "5", 2, ["1"])
    add("Жандосова", "1", 0, ["1"])
    create_address(db, world.other_inspector, AddressInput(world.other_beat_id, "Чужая", "1"))
    assert list_streets(db, insp) == ["Абая", "Жандосова", "Сатпаева"]
    stops = households_on_streets(db, insp, ["Абая", "Сатпаева"])
    assert [s.address_line for s in stops] == ["Абая 2", "Абая 12, 2", "Абая 12, 10", "Сатпаева 5, 1"]
    assert households_on_streets(db, insp, ["Чужая"]) == []
