"""Residents: registration with IIN/phone checks, partial updates, moves, voiding, the filtered list
and the resident card — with their audit and outbox entries, scope refusals and no partial writes."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from inspector_desk.domain.iin import Sex, make_iin
from inspector_desk.services.addresses import AddressInput, HouseholdInput, create_address, create_household
from inspector_desk.services.base import Actor
from inspector_desk.services.registry import RegistryInput, add_registry_entry
from inspector_desk.services.residents import (
    ResidentFilter,
    ResidentInput,
    ResidentUpdate,
    list_residents,
    move_resident,
    register_resident,
    resident_card,
    search_residents,
    update_resident,
    void_resident,
)
from inspector_desk.services.visits import VisitInput, log_visit
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import AuditEntry, DvCase, OutboxEntry, Resident

IIN_M = make_iin(date(1985, 3, 4), Sex.MALE, 12)
IIN_F = make_iin(date(1990, 7, 21), Sex.FEMALE, 77)


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def audits(db: Database, entity_id: str | None = None, outcome: str | None = None) -> list[AuditEntry]:
    with db.read() as s:
        q = select(AuditEntry).order_by(AuditEntry.at)
        if entity_id is not None:
            q = q.where(AuditEntry.entity_id == entity_id)
        if outcome is not None:
            q = q.where(AuditEntry.outcome == outcome)
        return list(s.scalars(q))


def outbox(db: Database, entity_id: str) -> list[OutboxEntry]:
    with db.read() as s:
        return list(
            s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == entity_id).order_by(OutboxEntry.seq))
        )


def household(
    db: Database, actor: Actor, beat_id: str, street: str = "Абая", house: str = "12", apt: str = "45"
) -> str:
    address = create_address(db, actor, AddressInput(beat_id, street, house)).record
    return create_household(db, actor, HouseholdInput(address.id, apt)).record.id


def resident(db: Database, actor: Actor, beat_id: str, **kw: Any) -> str:
    data = {"last_name": "Ахметов", "first_name": "Қайрат", **kw}
    return register_resident(db, actor, ResidentInput(beat_id=beat_id, **data)).record.id


# --- register ----------------------------------------------------------------------------------


def test_register_fills_birth_date_and_sex_from_iin_and_writes_audit_and_outbox(
    db: Database, world: Any
) -> None:
    hid = household(db, world.inspector, world.beat_id)
    out = register_resident(
        db,
        world.inspector,
        ResidentInput(
            world.beat_id,
            "  Ахметов ",
            "Қайрат",
            "Серікұлы",
            iin=IIN_M[:6] + " " + IIN_M[6:],
            phones=("8 701 123 45 67", "", "+7 (701) 123-45-67", "8 727 250 00 00"),
            household_id=hid,
            notes="note",
        ),
    )
    rec = out.record
    assert rec.last_name == "Ахметов"
    assert rec.iin == IIN_M
    assert rec.birth_date == date(1985, 3, 4)
    assert rec.sex == "M"
    assert rec.phones == ("+77011234567", "+77272500000")
    assert "residents" in out.changes.kinds
    with db.read() as s:
        row = s.get(Resident, rec.id)
        assert row is not None
        assert row.name_key == "ahmetov kairat serikuli"
        assert "abaia" in row.search_text
        assert "87011234567" in row.search_text
    [entry] = audits(db, rec.id)
    assert entry.action == "create"
    assert entry.user_id == world.inspector.user_id
    assert entry.changes is not None
    assert entry.changes["after"]["iin"] == IIN_M
    [box] = outbox(db, rec.id)
    assert box.op == "insert"
    assert box.fields["last_name"] == "Ахметов"
    # Derived local columns never travel to HQ.
    assert "search_text" not in box.fields
    assert "name_key" not in box.fields


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"last_name": "  "}, "last_name", "required"),
        ({"first_name": ""}, "first_name", "required"),
        ({"last_name": "Ахметов1"}, "last_name", "name.characters"),
        ({"first_name": "x" * 101}, "first_name", "max_length"),
        ({"iin": "12345"}, "iin", "iin.format"),
        ({"iin": IIN_M[:11] + str((int(IIN_M[11]) + 1) % 10)}, "iin", "iin.check_digit"),
        ({"iin": IIN_M, "birth_date": date(1985, 3, 5)}, "birth_date", "iin.mismatch"),
        ({"iin": IIN_M, "sex": "F"}, "sex", "iin.mismatch"),
        ({"sex": "X"}, "sex", "choice"),
        ({"birth_date": date.today() + timedelta(days=1)}, "birth_date", "not_future"),
        ({"birth_date": date(1850, 1, 1)}, "birth_date", "range"),
        ({"phones": ("+77011234567", "12")}, "phones[1]", "phone.invalid"),
        ({"phones": tuple(f"+7701123456{i}" for i in range(6))}, "phones", "max_count"),
        ({"notes": "n" * 4001}, "notes", "max_length"),
    ],
)
def test_register_refuses_bad_input_naming_field_and_rule(
    db: Database, world: Any, changes: dict[str, Any], field: str, rule: str
) -> None:
    before = (count(db, Resident), count(db, AuditEntry), count(db, OutboxEntry))
    data: dict[str, Any] = {"last_name": "Ахметов", "first_name": "Қайрат", **changes}
    with pytest.raises(ValidationError) as err:
        register_resident(db, world.inspector, ResidentInput(beat_id=world.beat_id, **data))
    assert (err.value.field, err.value.rule) == (field, rule)
    assert (count(db, Resident), count(db, AuditEntry), count(db, OutboxEntry)) == before


def test_iin_and_matching_birth_date_and_sex_are_accepted(db: Database, world: Any) -> None:
    rec = register_resident(
        db,
        world.inspector,
        ResidentInput(world.beat_id, "Сейітова", "Әйгерім", iin=IIN_F, birth_date=date(1990, 7, 21), sex="f"),
    ).record
    assert (rec.birth_date, rec.sex) == (date(1990, 7, 21), "F")


def test_iin_unique_names_holder_in_scope_but_not_outside(db: Database, world: Any) -> None:
    resident(db, world.inspector, world.beat_id, iin=IIN_M)
    with pytest.raises(ValidationError) as err:
        resident(db, world.inspector, world.beat_id, last_name="Другой", iin=IIN_M)
    assert err.value.rule == "iin.unique"
    assert "Ахметов" in err.value.message
    with pytest.raises(ValidationError) as err2:
        resident(db, world.other_inspector, world.other_beat_id, last_name="Другой", iin=IIN_M)
    assert err2.value.rule == "iin.unique"
    assert "Ахметов" not in err2.value.message


def test_iin_of_a_voided_resident_may_be_reused(db: Database, world: Any) -> None:
    rid = resident(db, world.inspector, world.beat_id, iin=IIN_M)
    void_resident(db, world.inspector, rid, "duplicate entry")
    assert resident(db, world.inspector, world.beat_id, iin=IIN_M) != rid


def test_register_on_other_beat_is_refused_and_audited(db: Database, world: Any) -> None:
    before = count(db, Resident)
    with pytest.raises(PermissionDenied):
        resident(db, world.inspector, world.other_beat_id)
    assert count(db, Resident) == before
    denied = audits(db, outcome="denied")
    assert [(d.action, d.user_id) for d in denied] == [("register_resident", world.inspector.user_id)]


def test_admin_may_not_register(db: Database, world: Any) -> None:
    with pytest.raises(PermissionDenied):
        resident(db, world.admin, world.beat_id)


def test_household_must_be_in_scope_and_on_the_same_beat(db: Database, world: Any) -> None:
    other_hid = household(db, world.other_inspector, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        resident(db, world.inspector, world.beat_id, household_id=other_hid)
    # The supervisor sees both beats, but a household belongs to one.
    with pytest.raises(ValidationError) as err:
        resident(db, world.supervisor, world.beat_id, household_id=other_hid)
    assert (err.value.field, err.value.rule) == ("household_id", "household.other_beat")
    assert count(db, Resident) == 0


# --- update, move, void ------------------------------------------------------------------------


def test_update_changes_only_given_fields_and_reindexes(db: Database, world: Any) -> None:
    rid = resident(db, world.inspector, world.beat_id, middle_name="Серікұлы", phones=("87011234567",))
    out = update_resident(db, world.inspector, rid, ResidentUpdate(last_name="Ахметжанов", middle_name=None))
    rec = out.record
    assert (rec.last_name, rec.first_name, rec.middle_name) == ("Ахметжанов", "Қайрат", None)
    assert rec.phones == ("+77011234567",)
    with db.read() as s:
        row = s.get(Resident, rid)
        assert row is not None
        assert row.name_key == "ahmetjanov kairat"
    update = [a for a in audits(db, rid) if a.action == "update"]
    assert len(update) == 1
    assert update[0].changes == {"last_name": ["Ахметов", "Ахметжанов"], "middle_name": ["Серікұлы", None]}
    box = outbox(db, rid)[-1]
    assert box.op == "update"
    assert box.fields == {"last_name": "Ахметжанов", "middle_name": None}
    assert search_residents(db, world.inspector, "Ахметжанов").rows[0].id == rid


def test_update_with_iin_fills_birth_and_sex_and_checks_them(db: Database, world: Any) -> None:
    rid = resident(db, world.inspector, world.beat_id, birth_date=date(1970, 1, 1), sex="F")
    rec = update_resident(db, world.inspector, rid, ResidentUpdate(iin=IIN_M)).record
    assert (rec.birth_date, rec.sex) == (date(1985, 3, 4), "M")
    with pytest.raises(ValidationError) as err:
        update_resident(db, world.inspector, rid, ResidentUpdate(birth_date=date(1985, 3, 5)))
    assert (err.value.field, err.value.rule) == ("birth_date", "iin.mismatch")
    with pytest.raises(ValidationError) as err2:
        update_resident(db, world.inspector, rid, ResidentUpdate(first_name=" "))
    assert (err2.value.field, err2.value.rule) == ("first_name", "required")


def test_update_without_changes_writes_nothing(db: Database, world: Any) -> None:
    rid = resident(db, world.inspector, world.beat_id)
    before = (count(db, AuditEntry), count(db, OutboxEntry))
    update_resident(db, world.inspector, rid, ResidentUpdate(last_name="Ахметов"))
    assert (count(db, AuditEntry), count(db, OutboxEntry)) == before


def test_update_of_other_beats_resident_is_refused_and_audited(db: Database, world: Any) -> None:
    rid = resident(db, world.other_inspector, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        update_resident(db, world.inspector, rid, ResidentUpdate(last_name="Х"))
    [denied] = audits(db, rid, outcome="denied")
    assert denied.action == "update_resident"


def test_move_resident_changes_address_search_and_refuses_other_beat(db: Database, world: Any) -> None:
    h1 = household(db, world.inspector, world.beat_id, "Абая", "12", "1")
    h2 = household(db, world.inspector, world.beat_id, "Сейфуллина", "7", "3")
    rid = resident(db, world.inspector, world.beat_id, household_id=h1)
    rec = move_resident(db, world.inspector, rid, h2).record
    assert rec.household_id == h2
    assert [r.id for r in search_residents(db, world.inspector, "Сейфуллина 7").rows] == [rid]
    assert search_residents(db, world.inspector, "Абая 12").rows == []
    assert outbox(db, rid)[-1].fields == {"household_id": h2}
    other = household(db, world.other_inspector, world.other_beat_id)
    with pytest.raises(ValidationError) as err:
        move_resident(db, world.supervisor, rid, other)
    assert err.value.rule == "household.other_beat"
    assert move_resident(db, world.inspector, rid, None).record.household_id is None


def test_void_resident_needs_reason_and_hides_them(db: Database, world: Any) -> None:
    rid = resident(db, world.inspector, world.beat_id)
    with pytest.raises(ValidationError) as err:
        void_resident(db, world.inspector, rid, "  ")
    assert (err.value.field, err.value.rule) == ("reason", "required")
    void_resident(db, world.inspector, rid, "entered twice")
    assert outbox(db, rid)[-1].op == "void"
    assert audits(db, rid)[-1].action == "void"
    assert search_residents(db, world.inspector, "Ахметов").rows == []
    assert list_residents(db, world.inspector).rows == []
    with pytest.raises(NotFound):
        resident_card(db, world.inspector, rid)


# --- list ------------------------------------------------------------------------------------


def _make_list_world(db: Database, world: Any) -> dict[str, str]:
    insp = world.inspector
    h1 = household(db, insp, world.beat_id, "Абая", "12", "1")
    h2 = household(db, insp, world.beat_id, "Жандосова", "3", None)
    ids = {
        "old": resident(
            db,
            insp,
            world.beat_id,
            last_name="Бекова",
            first_name="Айгүл",
            birth_date=date(1950, 5, 1),
            household_id=h1,
        ),
        "mid": resident(
            db,
            insp,
            world.beat_id,
            last_name="Ахметов",
            first_name="Ерлан",
            birth_date=date(1985, 1, 1),
            household_id=h2,
        ),
        "kid": resident(
            db,
            insp,
            world.beat_id,
            last_name="Волков",
            first_name="Иван",
            birth_date=date(2012, 2, 2),
            household_id=h1,
        ),
        "none": resident(db, insp, world.beat_id, last_name="Гусев", first_name="Олег"),
    }
    resident(db, world.other_inspector, world.other_beat_id, last_name="Абаев", first_name="Чужой")
    start = date.today() - timedelta(days=10)
    add_registry_entry(db, insp, RegistryInput(ids["mid"], "parole", "court ruling", start))
    add_registry_entry(
        db, insp, RegistryInput(ids["kid"], "juvenile_at_risk", "commission", start - timedelta(days=40))
    )
    return ids


def test_list_residents_sorts_filters_and_pages(db: Database, world: Any) -> None:
    ids = _make_list_world(db, world)
    insp = world.inspector
    names = [r.id for r in list_residents(db, insp).rows]
    # Alphabetical as a Russian or Kazakh reader expects: Ахметов, Бекова, Волков, Гусев.
    assert names == [ids["mid"], ids["old"], ids["kid"], ids["none"]]
    assert [r.id for r in list_residents(db, insp, sort="name", descending=True).rows] == names[::-1]
    births = [r.id for r in list_residents(db, insp, sort="birth_date").rows]
    assert births == [ids["old"], ids["mid"], ids["kid"], ids["none"]]
    due = [r.id for r in list_residents(db, insp, sort="next_visit_due").rows]
    assert due[:2] == [ids["kid"], ids["mid"]]  # earlier registration: due sooner; no date last
    by_address = [r.id for r in list_residents(db, insp, sort="address").rows]
    # Абая 12 (its residents by name: Бекова, Волков), then Жандосова 3; no address last.
    assert by_address == [ids["old"], ids["kid"], ids["mid"], ids["none"]]
    page1 = list_residents(db, insp, limit=3)
    page2 = list_residents(db, insp, limit=3, offset=3)
    assert page1.has_more
    assert not page2.has_more
    assert [r.id for r in page1.rows + page2.rows] == names
    only = lambda f: {r.id for r in list_residents(db, insp, f).rows}  # noqa: E731
    assert only(ResidentFilter(category="parole")) == {ids["mid"]}
    assert only(ResidentFilter(age_max=17)) == {ids["kid"]}
    assert only(ResidentFilter(age_min=18, age_max=60)) == {ids["mid"]}
    assert only(ResidentFilter(street="Абая")) == {ids["old"], ids["kid"]}
    assert only(ResidentFilter(inspector_id=world.inspector.user_id)) == set(ids.values())
    assert only(ResidentFilter(beat_id=world.other_beat_id)) == set()
    row = next(r for r in list_residents(db, insp).rows if r.id == ids["mid"])
    assert row.categories == ("parole",)
    assert row.address == "Жандосова 3"


def test_list_residents_dv_flag_and_filter(db: Database, world: Any) -> None:
    ids = _make_list_world(db, world)
    with db.write() as s:
        s.add(
            DvCase(
                beat_id=world.beat_id,
                number="DV-1",
                victim_id=ids["old"],
                offender_id=ids["mid"],
                owner_id=world.inspector.user_id,
                status="open",
                opened_on=date.today(),
                field_clock={},
            )
        )
    insp = world.inspector
    assert {r.id for r in list_residents(db, insp, ResidentFilter(has_open_dv_case=True)).rows} == {
        ids["old"],
        ids["mid"],
    }
    assert {r.id for r in list_residents(db, insp, ResidentFilter(has_open_dv_case=False)).rows} == {
        ids["kid"],
        ids["none"],
    }
    flagged = {r.id for r in list_residents(db, insp).rows if r.has_open_dv_case}
    assert flagged == {ids["old"], ids["mid"]}
    card = resident_card(db, insp, ids["mid"])
    assert [(c.number, c.role) for c in card.dv_cases] == [("DV-1", "offender")]
    # Need-to-know: another inspector of the unit... the supervisor sees it, HQ admin does not.
    assert resident_card(db, world.supervisor, ids["mid"]).dv_cases
    assert resident_card(db, world.admin, ids["mid"]).dv_cases == ()


def test_list_residents_refuses_bad_sort_and_page(db: Database, world: Any) -> None:
    with pytest.raises(ValidationError) as err:
        list_residents(db, world.inspector, sort="iin")
    assert (err.value.field, err.value.rule) == ("sort", "choice")
    with pytest.raises(ValidationError) as err2:
        list_residents(db, world.inspector, limit=0)
    assert err2.value.field == "limit"


# --- the card --------------------------------------------------------------------------------


def test_resident_card_gathers_everything_and_audits_the_view(db: Database, world: Any) -> None:
    insp = world.inspector
    hid = household(db, insp, world.beat_id)
    rid = resident(db, insp, world.beat_id, iin=IIN_M, household_id=hid, phones=("87011234567",))
    wife = resident(
        db, insp, world.beat_id, last_name="Ахметова", first_name="Әйгерім", iin=IIN_F, household_id=hid
    )
    add_registry_entry(
        db, insp, RegistryInput(rid, "unspent_conviction", "verdict", date.today() - timedelta(days=5))
    )
    log_visit(db, insp, VisitInput("prevention", utcnow() - timedelta(days=1), "met", resident_id=rid))
    log_visit(
        db, insp, VisitInput("door_to_door", utcnow() - timedelta(days=2), "not_home", household_id=hid)
    )
    update_resident(db, insp, rid, ResidentUpdate(notes="works nights"))
    card = resident_card(db, insp, rid, on=date.today())
    assert card.resident.iin == IIN_M
    assert card.age == age_of(date(1985, 3, 4))
    assert card.address == "Абая 12, 45"
    assert [m.resident_id for m in card.members] == [wife]
    assert card.categories == ("unspent_conviction",)
    assert card.registry[0].active
    assert [v.kind for v in card.visits] == ["prevention", "door_to_door"]
    assert card.next_visit_due == (date.today() - timedelta(days=1)) + timedelta(days=90)
    assert [h.action for h in card.history] == ["update", "create"]
    assert card.history[0].fields == ("notes",)
    assert card.history[0].user_name == "Asel Nurlanovna"
    views = [a for a in audits(db, rid) if a.action == "view"]
    assert len(views) == 1
    assert views[0].outcome == "ok"


def age_of(born: date) -> int:
    today = date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def test_resident_card_refuses_another_beats_resident_and_audits(db: Database, world: Any) -> None:
    rid = resident(db, world.other_inspector, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        resident_card(db, world.inspector, rid)
    [denied] = audits(db, rid, outcome="denied")
    assert denied.action == "view_resident"
    assert denied.user_id == world.inspector.user_id
    assert not [a for a in audits(db, rid) if a.action == "view"]


def test_resident_card_of_unknown_id_is_not_found(db: Database, world: Any) -> None:
    with pytest.raises(NotFound):
        resident_card(db, world.inspector, "no-such-id")


def test_visited_at_in_card_is_the_logged_time(db: Database, world: Any) -> None:
    rid = resident(db, world.inspector, world.beat_id)
    when = datetime(2026, 1, 5, 9, 30)
    log_visit(db, world.inspector, VisitInput("reception", when, "met", resident_id=rid))
    assert resident_card(db, world.inspector, rid).visits[0].visited_at == when
