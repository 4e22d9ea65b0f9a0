"""The prevention registry: adding and ending entries, the legal terms of protective orders and special
requirements, and the next registry visit recomputed from categories and visits."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.services.registry import (
    RegistryInput,
    add_registry_entry,
    end_registry_entry,
    recompute_next_visit_due,
)
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.services.visits import VisitInput, log_visit
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import AuditEntry, OutboxEntry, RegistryEntry, Resident

TODAY = date.today()


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def person(db: Database, actor: Any, beat_id: str) -> str:
    return register_resident(db, actor, ResidentInput(beat_id, "Омаров", "Дәурен")).record.id


def due_of(db: Database, rid: str) -> date | None:
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        return r.next_visit_due


def test_add_entry_sets_next_visit_due_and_writes_audit_and_outbox(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    start = TODAY - timedelta(days=3)
    out = add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "  Court ruling 12  ", start))
    rec = out.record
    assert (rec.category, rec.basis, rec.start_date, rec.end_date) == (
        "parole",
        "Court ruling 12",
        start,
        None,
    )
    assert rec.next_visit_due == start + timedelta(days=30)
    assert due_of(db, rid) == start + timedelta(days=30)
    with db.read() as s:
        [audit] = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == rec.id)).all()
        [box] = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == rec.id)).all()
        # The resident's derived due date is local: no outbox entry for the resident.
        assert not s.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == rid, OutboxEntry.op == "update")
        ).all()
    assert (audit.action, audit.entity) == ("create", "registry_entries")
    assert box.fields["category"] == "parole"
    assert box.beat_id == world.beat_id


def test_most_demanding_category_wins(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    add_registry_entry(
        db, world.inspector, RegistryInput(rid, "unspent_conviction", "v", TODAY - timedelta(days=100))
    )
    assert due_of(db, rid) == TODAY - timedelta(days=100) + timedelta(days=90)
    add_registry_entry(db, world.inspector, RegistryInput(rid, "protective_order", "order 7", TODAY))
    # Registration under a new category is itself a contact: the clock restarts from it.
    assert due_of(db, rid) == TODAY + timedelta(days=7)


def test_protective_order_runs_30_days(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    rec = add_registry_entry(db, world.inspector, RegistryInput(rid, "protective_order", "b", TODAY)).record
    assert rec.end_date == TODAY + timedelta(days=30)
    rid2 = person(db, world.inspector, world.beat_id)
    with pytest.raises(ValidationError) as err:
        add_registry_entry(
            db,
            world.inspector,
            RegistryInput(rid2, "protective_order", "b", TODAY, TODAY + timedelta(days=60)),
        )
    assert (err.value.field, err.value.rule) == ("end_date", "measure.protective_order_term")


def test_special_requirements_need_3_to_12_months(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    start = TODAY - timedelta(days=1)
    for end in (None, start + timedelta(days=30), start + timedelta(days=400)):
        with pytest.raises(ValidationError) as err:
            add_registry_entry(
                db, world.inspector, RegistryInput(rid, "special_requirements", "b", start, end)
            )
        assert (err.value.field, err.value.rule) == ("end_date", "measure.special_requirements_term")
    ok = add_registry_entry(
        db,
        world.inspector,
        RegistryInput(rid, "special_requirements", "b", start, start + timedelta(days=180)),
    )
    assert ok.record.end_date == start + timedelta(days=180)


@pytest.mark.parametrize(
    ("data", "field", "rule"),
    [
        ({"category": "vip"}, "category", "choice"),
        ({"basis": " "}, "basis", "required"),
        ({"basis": "x" * 2001}, "basis", "max_length"),
        ({"start_date": None}, "start_date", "required"),
        ({"start_date": TODAY + timedelta(days=1)}, "start_date", "not_future"),
        ({"end_date": TODAY - timedelta(days=10)}, "end_date", "date_order"),
    ],
)
def test_add_entry_refuses_bad_input(
    db: Database, world: Any, data: dict[str, Any], field: str, rule: str
) -> None:
    rid = person(db, world.inspector, world.beat_id)
    full: dict[str, Any] = {
        "category": "parole",
        "basis": "b",
        "start_date": TODAY - timedelta(days=1),
        **data,
    }
    before = (count(db, RegistryEntry), count(db, AuditEntry), count(db, OutboxEntry))
    with pytest.raises(ValidationError) as err:
        add_registry_entry(db, world.inspector, RegistryInput(resident_id=rid, **full))
    assert (err.value.field, err.value.rule) == (field, rule)
    assert (count(db, RegistryEntry), count(db, AuditEntry), count(db, OutboxEntry)) == before
    assert due_of(db, rid) is None


def test_one_open_entry_per_category(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "b", TODAY))
    with pytest.raises(ValidationError) as err:
        add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "again", TODAY))
    assert (err.value.field, err.value.rule) == ("category", "registry.duplicate")


def test_other_beat_resident_refused_and_audited(db: Database, world: Any) -> None:
    rid = person(db, world.other_inspector, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        add_registry_entry(db, world.inspector, RegistryInput(rid, "parole", "b", TODAY))
    with db.read() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")).one()
    assert (denied.action, denied.entity_id) == ("add_registry_entry", rid)
    assert count(db, RegistryEntry) == 0
    with pytest.raises(PermissionDenied):
        add_registry_entry(db, world.admin, RegistryInput(rid, "parole", "b", TODAY))


def test_end_entry_clears_due_and_needs_reason(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    entry = add_registry_entry(
        db, world.inspector, RegistryInput(rid, "parole", "b", TODAY - timedelta(days=50))
    )
    eid = entry.record.id
    with pytest.raises(ValidationError) as err:
        end_registry_entry(db, world.inspector, eid, TODAY, "  ")
    assert (err.value.field, err.value.rule) == ("reason", "required")
    with pytest.raises(ValidationError) as err2:
        end_registry_entry(db, world.inspector, eid, TODAY + timedelta(days=1), "r")
    assert (err2.value.field, err2.value.rule) == ("end_date", "not_future")
    with pytest.raises(ValidationError) as err3:
        end_registry_entry(db, world.inspector, eid, TODAY - timedelta(days=60), "r")
    assert (err3.value.field, err3.value.rule) == ("end_date", "date_order")
    assert due_of(db, rid) is not None
    rec = end_registry_entry(db, world.inspector, eid, TODAY, "parole term served").record
    assert (rec.end_date, rec.ended_reason, rec.next_visit_due) == (TODAY, "parole term served", None)
    assert due_of(db, rid) is None
    with db.read() as s:
        box = s.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == eid).order_by(OutboxEntry.seq)
        ).all()[-1]
    assert box.fields == {"end_date": TODAY.isoformat(), "ended_reason": "parole term served"}
    with pytest.raises(ValidationError) as err4:
        end_registry_entry(db, world.inspector, eid, TODAY, "again")
    assert err4.value.rule == "registry.already_ended"


def test_end_entry_of_other_beat_refused(db: Database, world: Any) -> None:
    rid = person(db, world.other_inspector, world.other_beat_id)
    eid = add_registry_entry(db, world.other_inspector, RegistryInput(rid, "parole", "b", TODAY)).record.id
    with pytest.raises(PermissionDenied):
        end_registry_entry(db, world.inspector, eid, TODAY, "not mine")


def test_recompute_counts_only_met_personal_visits(db: Database, world: Any) -> None:
    rid = person(db, world.inspector, world.beat_id)
    start = TODAY - timedelta(days=20)
    add_registry_entry(db, world.inspector, RegistryInput(rid, "administrative_supervision", "b", start))
    assert due_of(db, rid) == start + timedelta(days=14)
    log_visit(
        db,
        world.inspector,
        VisitInput("prevention", utcnow() - timedelta(days=2), "not_home", resident_id=rid),
    )
    log_visit(
        db, world.inspector, VisitInput("reception", utcnow() - timedelta(days=2), "met", resident_id=rid)
    )
    assert due_of(db, rid) == start + timedelta(days=14)
    visit = log_visit(
        db, world.inspector, VisitInput("prevention", utcnow() - timedelta(hours=1), "met", resident_id=rid)
    )
    visited = visit.record.visited_at.date()
    assert due_of(db, rid) == visited + timedelta(days=14)
    with db.write() as s:
        assert recompute_next_visit_due(s, rid) == visited + timedelta(days=14)
