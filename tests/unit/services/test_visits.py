"""Visits: logging with its rules (subject, household match, DV follow-up, topic, no future), the
registry clock it moves, voiding, and the reads: a resident's visits, the beat's log, "Today"."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.services.addresses import AddressInput, HouseholdInput, create_address, create_household
from inspector_desk.services.registry import RegistryInput, add_registry_entry, end_registry_entry
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.services.visits import (
    VisitInput,
    due_visits,
    list_visits,
    log_visit,
    next_due_after_visit,
    visits_of_resident,
    void_visit,
)
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import AuditEntry, DvCase, OutboxEntry, Resident, Visit

TODAY = date.today()


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def home(db: Database, actor: Any, beat_id: str, house: str = "12") -> str:
    a = create_address(db, actor, AddressInput(beat_id, "Абая", house)).record
    return create_household(db, actor, HouseholdInput(a.id, "1")).record.id


def person(
    db: Database, actor: Any, beat_id: str, household_id: str | None = None, last: str = "Омаров"
) -> str:
    return register_resident(
        db, actor, ResidentInput(beat_id, last, "Дәурен", household_id=household_id)
    ).record.id


def due_of(db: Database, rid: str) -> date | None:
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        return r.next_visit_due


def dv_case(db: Database, world: Any, victim: str, offender: str, beat_id: str, status: str = "open") -> str:
    with db.write() as s:
        case = DvCase(
            beat_id=beat_id,
            number="DV-9",
            victim_id=victim,
            offender_id=offender,
            owner_id=world.inspector.user_id,
            status=status,
            opened_on=TODAY,
            field_clock={},
        )
        s.add(case)
        s.flush()
        return case.id


def test_log_visit_writes_row_audit_outbox_and_moves_the_clock(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "b", TODAY - timedelta(days=40)))
    when = utcnow() - timedelta(hours=3)
    out = log_visit(db, world.inspector, VisitInput("prevention", when, "met", resident_id=rid, notes=" ok "))
    rec = out.record
    assert (rec.kind, rec.outcome, rec.notes, rec.officer_id, rec.beat_id) == (
        "prevention",
        "met",
        "ok",
        world.inspector.user_id,
        world.beat_id,
    )
    assert rec.counts_for_registry
    assert rec.next_visit_due == when.date() + timedelta(days=30) == due_of(db, rid)
    assert rec.residents_updated == (rid,)
    with db.read() as s:
        [audit] = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == rec.id)).all()
        [box] = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == rec.id)).all()
    assert (audit.action, audit.entity, audit.user_id) == ("create", "visits", world.inspector.user_id)
    assert box.op == "insert"
    assert box.fields["visited_at"] == when.isoformat()


def test_household_visit_moves_every_members_clock(db: Database, world: Any) -> None:
    hid = home(db, world.inspector, world.beat_id)
    a = person(db, world.inspector, world.beat_id, hid, "Омаров")
    b = person(db, world.inspector, world.beat_id, hid, "Омарова")
    for rid in (a, b):
        add_registry_entry(
            db, world.inspector, RegistryInput(rid, "family_in_difficulty", "b", TODAY - timedelta(days=60))
        )
    when = utcnow() - timedelta(hours=1)
    out = log_visit(db, world.inspector, VisitInput("door_to_door", when, "met", household_id=hid))
    assert set(out.record.residents_updated) == {a, b}
    assert out.record.next_visit_due is None
    assert due_of(db, a) == due_of(db, b) == when.date() + timedelta(days=30)
    # The household visit appears among each member's visits.
    assert [v.id for v in visits_of_resident(db, world.inspector, a).rows] == [out.record.id]


def test_visit_naming_a_resident_and_household_counts_only_for_that_resident(
    db: Database, world: Any
) -> None:
    hid = home(db, world.inspector, world.beat_id)
    a = person(db, world.inspector, world.beat_id, hid, "Омаров")
    b = person(db, world.inspector, world.beat_id, hid, "Омарова")
    start = TODAY - timedelta(days=60)
    for rid in (a, b):
        add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "b", start))
    log_visit(db, world.inspector, VisitInput("prevention", utcnow(), "met", resident_id=a, household_id=hid))
    assert due_of(db, a) == utcnow().date() + timedelta(days=30)
    assert due_of(db, b) == start + timedelta(days=30)


@pytest.mark.parametrize(
    ("data", "field", "rule"),
    [
        ({"kind": "party"}, "kind", "choice"),
        ({"kind": ""}, "kind", "required"),
        ({"outcome": "maybe"}, "outcome", "choice"),
        ({"kind": "preventive_talk"}, "topic", "visit.topic_required"),
        ({"topic": "weather"}, "topic", "choice"),
        ({"visited_at": utcnow() + timedelta(hours=1)}, "visited_at", "visit.in_future"),
        ({"resident_id": None}, "resident_id", "visit.subject_required"),
        ({"kind": "dv_follow_up"}, "dv_case_id", "required"),
        ({"notes": "x" * 4001}, "notes", "max_length"),
    ],
)
def test_log_visit_refuses_bad_input(
    db: Database, world: Any, data: dict[str, Any], field: str, rule: str
) -> None:
    rid = person(db, world.inspector, world.beat_id)
    full: dict[str, Any] = {
        "kind": "prevention",
        "visited_at": utcnow(),
        "outcome": "met",
        "resident_id": rid,
        **data,
    }
    before = (count(db, Visit), count(db, AuditEntry), count(db, OutboxEntry))
    with pytest.raises(ValidationError) as err:
        log_visit(db, world.inspector, VisitInput(**full))
    assert (err.value.field, err.value.rule) == (field, rule)
    assert (count(db, Visit), count(db, AuditEntry), count(db, OutboxEntry)) == before


def test_resident_must_live_in_the_named_household(db: Database, world: Any) -> None:
    h1 = home(db, world.inspector, world.beat_id, "1")
    h2 = home(db, world.inspector, world.beat_id, "2")
    rid = person(db, world.inspector, world.beat_id, h1)
    with pytest.raises(ValidationError) as err:
        log_visit(
            db, world.inspector, VisitInput("prevention", utcnow(), "met", resident_id=rid, household_id=h2)
        )
    assert (err.value.field, err.value.rule) == ("household_id", "visit.household_mismatch")
    assert count(db, Visit) == 0


def test_dv_follow_up_names_a_case_on_the_beat(db: Database, world: Any) -> None:
    victim = person(db, world.inspector, world.beat_id, last="Омарова")
    offender = person(db, world.inspector, world.beat_id)
    case_id = dv_case(db, world, victim, offender, world.beat_id)
    rec = log_visit(
        db,
        world.inspector,
        VisitInput("dv_follow_up", utcnow(), "met", resident_id=victim, dv_case_id=case_id),
    ).record
    assert rec.dv_case_id == case_id
    other_v = person(db, world.other_inspector, world.other_beat_id)
    other_case = dv_case(db, world, other_v, other_v, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        log_visit(
            db,
            world.inspector,
            VisitInput("dv_follow_up", utcnow(), "met", resident_id=victim, dv_case_id=other_case),
        )
    with pytest.raises(ValidationError) as err:
        log_visit(
            db,
            world.supervisor,
            VisitInput("dv_follow_up", utcnow(), "met", resident_id=victim, dv_case_id=other_case),
        )
    assert (err.value.field, err.value.rule) == ("dv_case_id", "visit.other_beat")


def test_visit_to_other_beat_refused_and_audited_admin_refused(db: Database, world: Any) -> None:
    rid = person(db, world.other_inspector, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        log_visit(db, world.inspector, VisitInput("prevention", utcnow(), "met", resident_id=rid))
    with db.read() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")).one()
    assert (denied.action, denied.entity_id) == ("log_visit", rid)
    with pytest.raises(PermissionDenied):
        log_visit(db, world.admin, VisitInput("prevention", utcnow(), "met", resident_id=rid))
    assert count(db, Visit) == 0


def test_void_visit_restores_the_clock_and_only_by_its_officer_or_supervisor(
    db: Database, world: Any
) -> None:
    rid = person(db, world.inspector, world.beat_id)
    start = TODAY - timedelta(days=10)
    add_registry_entry(db, world.inspector, RegistryInput(rid, "protective_order", "b", start))
    vid = log_visit(db, world.inspector, VisitInput("prevention", utcnow(), "met", resident_id=rid)).record.id
    assert due_of(db, rid) == utcnow().date() + timedelta(days=7)
    with pytest.raises(ValidationError) as err:
        void_visit(db, world.inspector, vid, "")
    assert (err.value.field, err.value.rule) == ("reason", "required")
    with pytest.raises(PermissionDenied):
        void_visit(db, world.other_inspector, vid, "not mine")
    rec = void_visit(db, world.supervisor, vid, "wrong person").record
    assert rec.next_visit_due == start + timedelta(days=7) == due_of(db, rid)
    with db.read() as s:
        box = s.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == vid).order_by(OutboxEntry.seq)
        ).all()[-1]
    assert (box.op, box.fields) == ("void", {"deleted": True, "void_reason": "wrong person"})
    assert visits_of_resident(db, world.inspector, rid).rows == []


def test_inspector_may_not_void_a_colleagues_visit(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    vid = log_visit(
        db, world.supervisor, VisitInput("prevention", utcnow(), "met", resident_id=rid)
    ).record.id
    with pytest.raises(PermissionDenied):
        void_visit(db, world.inspector, vid, "mine?")
    with db.read() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")).one().entity_id == vid


def test_visits_of_resident_pages_and_refuses_other_beat(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    now = utcnow()
    for i in range(5):
        log_visit(
            db, world.inspector, VisitInput("reception", now - timedelta(days=i), "met", resident_id=rid)
        )
    p1 = visits_of_resident(db, world.inspector, rid, limit=3)
    p2 = visits_of_resident(db, world.inspector, rid, limit=3, offset=3)
    assert p1.has_more
    assert not p2.has_more
    times = [v.visited_at for v in p1.rows + p2.rows]
    assert times == sorted(times, reverse=True)
    assert len(times) == 5
    assert p1.rows[0].officer_name == "Asel Nurlanovna"
    other = person(db, world.other_inspector, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        visits_of_resident(db, world.inspector, other)


def test_list_visits_by_period_kind_officer(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    other = person(db, world.other_inspector, world.other_beat_id)
    log_visit(db, world.inspector, VisitInput("reception", datetime(2026, 3, 1, 10), "met", resident_id=rid))
    log_visit(
        db, world.inspector, VisitInput("prevention", datetime(2026, 3, 2, 23, 59), "met", resident_id=rid)
    )
    log_visit(
        db, world.supervisor, VisitInput("prevention", datetime(2026, 3, 3, 0, 0), "met", resident_id=rid)
    )
    log_visit(
        db, world.other_inspector, VisitInput("prevention", datetime(2026, 3, 2), "met", resident_id=other)
    )
    page = list_visits(db, world.inspector, since=date(2026, 3, 1), until=date(2026, 3, 2))
    assert [v.kind for v in page.rows] == ["prevention", "reception"]
    assert [
        v.kind
        for v in list_visits(
            db, world.inspector, since=date(2026, 3, 1), until=date(2026, 3, 3), kind="reception"
        ).rows
    ] == ["reception"]
    mine = list_visits(
        db,
        world.supervisor,
        since=date(2026, 3, 1),
        until=date(2026, 3, 3),
        officer_id=world.supervisor.user_id,
    )
    assert len(mine.rows) == 1
    assert len(list_visits(db, world.supervisor, since=date(2026, 3, 1), until=date(2026, 3, 3)).rows) == 4


def test_due_visits_most_overdue_first_within_horizon(db: Database, world: Any) -> None:
    insp = world.inspector
    late = person(db, insp, world.beat_id, last="Поздний")
    soon = person(db, insp, world.beat_id, last="Скорый")
    later = person(db, insp, world.beat_id, last="Нескорый")
    ended = person(db, insp, world.beat_id, last="Снятый")
    person(db, insp, world.beat_id, last="Безучёта")
    add_registry_entry(db, insp, RegistryInput(late, "protective_order", "b", TODAY - timedelta(days=20)))
    add_registry_entry(db, insp, RegistryInput(soon, "parole", "b", TODAY - timedelta(days=27)))
    add_registry_entry(db, insp, RegistryInput(later, "unspent_conviction", "b", TODAY))
    eid = add_registry_entry(
        db, insp, RegistryInput(ended, "parole", "b", TODAY - timedelta(days=60))
    ).record.id
    end_registry_entry(db, insp, eid, TODAY, "moved away")
    today = due_visits(db, insp, on=TODAY)
    assert [d.resident_id for d in today] == [late]
    assert today[0].days_overdue == 13
    assert today[0].categories == ("protective_order",)
    week = due_visits(db, insp, on=TODAY, horizon_days=7)
    assert [(d.resident_id, d.days_overdue) for d in week] == [(late, 13), (soon, -3)]
    assert due_visits(db, world.other_inspector, on=TODAY, horizon_days=365) == []
    with pytest.raises(ValidationError):
        due_visits(db, insp, on=TODAY, horizon_days=-1)


def test_next_due_after_visit_previews_without_writing(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    assert (
        next_due_after_visit(db, world.inspector, rid, visited_on=TODAY, kind="prevention", outcome="met")
        is None
    )
    add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "b", TODAY - timedelta(days=10)))
    before = count(db, AuditEntry)
    assert next_due_after_visit(
        db, world.inspector, rid, visited_on=TODAY, kind="prevention", outcome="met"
    ) == TODAY + timedelta(days=30)
    assert next_due_after_visit(
        db, world.inspector, rid, visited_on=TODAY, kind="prevention", outcome="not_home"
    ) == TODAY + timedelta(days=20)
    assert count(db, AuditEntry) == before
