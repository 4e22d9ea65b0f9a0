"""Appeals: deadlines in working days across Nauryz, the extension limit, answers on time or late,
scope refusals, and the list by deadline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.services import appeals as ap
from inspector_desk.store.db import Database
from inspector_desk.store.models import Appeal, AuditEntry, OutboxEntry, Resident

# Friday before Nauryz 2026: 21-23 March are holidays, and 24-25 March are the days off moved from
# the weekend, so the 15 working days run 26 March .. 15 April (10 April without the holidays).
BEFORE_NAURYZ = date(2026, 3, 20)
TODAY = date(2026, 6, 30)


def _resident(db: Database, beat_id: str, last: str = "Ivanov", first: str = "Ivan") -> str:
    with db.write() as s:
        row = Resident(beat_id=beat_id, last_name=last, first_name=first)
        s.add(row)
        s.flush()
        return row.id


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _input(world: Any, **kw: Any) -> ap.AppealInput:
    values: dict[str, Any] = {
        "beat_id": world.beat_id,
        "received_on": BEFORE_NAURYZ,
        "applicant_name": "  Saule Akhmetova ",
        "subject": "Noise from the bar at night",
    }
    values.update(kw)
    return ap.AppealInput(**values)


def _record(db: Database, world: Any, **kw: Any) -> ap.AppealRecord:
    return ap.record_appeal(db, world.inspector, _input(world, **kw), today=TODAY).record


def _raises(field: str, rule: str, fn: Callable[[], Any]) -> None:
    with pytest.raises(ValidationError) as info:
        fn()
    assert (info.value.field, info.value.rule) == (field, rule)


def _denied(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")))


def test_deadline_counts_working_days_across_nauryz(db: Database, world: Any) -> None:
    resident = _resident(db, world.beat_id)
    out = ap.record_appeal(
        db,
        world.inspector,
        _input(world, resident_id=resident, applicant_contact=" +77011234567 "),
        today=TODAY,
    )
    record = out.record
    assert (record.deadline, record.due_on, record.status) == (
        date(2026, 4, 15),
        date(2026, 4, 15),
        "registered",
    )
    assert record.applicant_name == "Saule Akhmetova"
    assert out.changes.kinds == {"appeals"}
    with db.read() as s:
        row = s.get(Appeal, record.id)
        assert row is not None
        assert (row.officer_id, row.applicant_contact, row.resident_id) == (
            world.inspector.user_id,
            "+77011234567",
            resident,
        )
        [outbox] = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == record.id))
        [audit] = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == record.id))
    assert outbox.op == "insert"
    assert outbox.fields["deadline"] == "2026-04-15"
    assert "due_on" not in outbox.fields
    assert (audit.action, audit.user_id) == ("create", world.inspector.user_id)
    # A day earlier the term ends a working day earlier.
    assert _record(db, world, received_on=date(2026, 3, 19)).deadline == date(2026, 4, 14)


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"received_on": date(2026, 7, 1)}, "received_on", "in_future"),
        ({"received_on": date(2020, 5, 5)}, "received_on", "calendar.out_of_range"),
        ({"applicant_name": "   "}, "applicant_name", "required"),
        ({"applicant_name": "x" * 201}, "applicant_name", "max_length"),
        ({"subject": ""}, "subject", "required"),
        ({"subject": "s" * 301}, "subject", "max_length"),
        ({"body": "b" * 8001}, "body", "max_length"),
        ({"resident_id": "nobody"}, "resident_id", "resident.not_found"),
        ({"beat_id": ""}, "beat_id", "required"),
    ],
)
def test_record_appeal_validation_changes_nothing(
    db: Database, world: Any, change: dict[str, Any], field: str, rule: str
) -> None:
    before = (_count(db, Appeal), _count(db, OutboxEntry), _count(db, AuditEntry))
    _raises(field, rule, lambda: ap.record_appeal(db, world.inspector, _input(world, **change), today=TODAY))
    assert (_count(db, Appeal), _count(db, OutboxEntry), _count(db, AuditEntry)) == before


def test_record_appeal_on_another_beat_is_refused_and_audited(db: Database, world: Any) -> None:
    with pytest.raises(PermissionDenied):
        ap.record_appeal(db, world.inspector, _input(world, beat_id=world.other_beat_id), today=TODAY)
    with pytest.raises(PermissionDenied):
        ap.record_appeal(db, world.admin, _input(world), today=TODAY)
    assert _count(db, Appeal) == 0
    assert [(d.action, d.user_id) for d in _denied(db)] == [
        ("record_appeal", world.inspector.user_id),
        ("record_appeal", world.admin.user_id),
    ]


def test_extension_within_two_months_with_a_reason(db: Database, world: Any) -> None:
    appeal = _record(db, world)
    # Two calendar months after receipt (20 March) is 20 May.
    _raises(
        "new_deadline",
        "appeal.extension_limit",
        lambda: ap.extend_appeal(db, world.inspector, appeal.id, date(2026, 5, 21), "need expert opinion"),
    )
    _raises(
        "new_deadline",
        "appeal.extension_before_deadline",
        lambda: ap.extend_appeal(db, world.inspector, appeal.id, date(2026, 4, 15), "x"),
    )
    _raises(
        "reason",
        "appeal.extension_reason",
        lambda: ap.extend_appeal(db, world.inspector, appeal.id, date(2026, 5, 1), " "),
    )
    before = _count(db, OutboxEntry)
    out = ap.extend_appeal(db, world.inspector, appeal.id, date(2026, 5, 20), " need expert opinion ").record
    assert (out.status, out.due_on, out.deadline, out.extended_deadline) == (
        "extended",
        date(2026, 5, 20),
        date(2026, 4, 15),
        date(2026, 5, 20),
    )
    with db.read() as s:
        entry = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == appeal.id, AuditEntry.action == "update")
        ).one()
    assert _count(db, OutboxEntry) == before + 1
    assert entry is not None
    assert entry.fields == {
        "extended_deadline": "2026-05-20",
        "extension_reason": "need expert opinion",
        "status": "extended",
    }
    assert audit.changes is not None
    assert audit.changes["status"] == ["registered", "extended"]
    with pytest.raises(PermissionDenied):
        ap.extend_appeal(db, world.other_inspector, appeal.id, date(2026, 5, 19), "mine now")
    assert [(d.action, d.entity_id) for d in _denied(db)] == [("extend_appeal", appeal.id)]


def test_answer_on_time_or_late(db: Database, world: Any) -> None:
    appeal = _record(db, world)
    _raises(
        "answer", "required", lambda: ap.answer_appeal(db, world.inspector, appeal.id, "  ", date(2026, 4, 1))
    )
    _raises(
        "answered_on",
        "appeal.answered_before_received",
        lambda: ap.answer_appeal(db, world.inspector, appeal.id, "done", date(2026, 3, 19)),
    )
    _raises(
        "answered_on",
        "in_future",
        lambda: ap.answer_appeal(db, world.inspector, appeal.id, "done", date(2026, 7, 1), today=TODAY),
    )
    on_time = ap.answer_appeal(
        db, world.inspector, appeal.id, "Talked to the owner", date(2026, 4, 15)
    ).record
    assert (on_time.status, on_time.answered_on, on_time.on_time) == ("answered", date(2026, 4, 15), True)
    _raises(
        "appeal_id",
        "appeal.answered",
        lambda: ap.answer_appeal(db, world.inspector, appeal.id, "again", date(2026, 4, 16)),
    )
    _raises(
        "appeal_id",
        "appeal.answered",
        lambda: ap.extend_appeal(db, world.inspector, appeal.id, date(2026, 5, 1), "late"),
    )
    late = _record(db, world)
    assert ap.answer_appeal(db, world.supervisor, late.id, "Sorry", date(2026, 4, 16)).record.on_time is False
    with db.read() as s:
        row = s.get(Appeal, late.id)
        assert row is not None
        assert row.answered_by == world.supervisor.user_id


def test_appeals_by_deadline(db: Database, world: Any) -> None:
    overdue = _record(db, world, received_on=date(2026, 3, 2), subject="old")  # due 27 March
    near = _record(db, world)  # due 15 April
    far = _record(db, world, received_on=date(2026, 4, 10), subject="far")
    answered = _record(db, world, received_on=date(2026, 3, 3), subject="answered")
    ap.answer_appeal(db, world.inspector, answered.id, "ok", date(2026, 3, 10))
    theirs = ap.record_appeal(
        db, world.other_inspector, _input(world, beat_id=world.other_beat_id), today=TODAY
    ).record

    on = date(2026, 4, 13)  # Monday: 14 and 15 April are the 1st and 2nd working days after it
    page = ap.appeals_by_deadline(db, world.inspector, on=on)
    assert [r.id for r in page.rows] == [overdue.id, near.id, far.id]
    by_id = {r.id: r for r in page.rows}
    assert (by_id[near.id].working_days_left, by_id[near.id].overdue) == (2, False)
    assert by_id[overdue.id].overdue
    assert by_id[overdue.id].working_days_left is not None
    assert by_id[overdue.id].working_days_left < 0
    assert by_id[near.id].officer_name == "Asel Nurlanovna"

    soon = ap.appeals_by_deadline(db, world.inspector, on=on, within_working_days=2)
    assert [r.id for r in soon.rows] == [overdue.id, near.id]
    assert [r.id for r in ap.appeals_by_deadline(db, world.inspector, on=on, within_working_days=1).rows] == [
        overdue.id
    ]
    every = ap.appeals_by_deadline(db, world.inspector, on=on, include_answered=True)
    answered_row = next(r for r in every.rows if r.id == answered.id)
    assert (answered_row.working_days_left, answered_row.overdue) == (None, False)
    first = ap.appeals_by_deadline(db, world.inspector, on=on, limit=2)
    assert first.has_more
    assert len(first.rows) == 2
    assert not ap.appeals_by_deadline(db, world.inspector, on=on, limit=2, offset=2).has_more
    assert theirs.id not in {r.id for r in every.rows}
    assert theirs.id in {r.id for r in ap.appeals_by_deadline(db, world.supervisor, on=on).rows}


def test_appeal_view_and_its_scope(db: Database, world: Any) -> None:
    resident = _resident(db, world.beat_id, "Akhmetova", "Saule")
    record = _record(db, world, resident_id=resident, body="Loud music after 23:00")
    view = ap.appeal(db, world.supervisor, record.id, on=date(2026, 4, 16))
    assert (view.resident_name, view.body, view.officer_name) == (
        "Akhmetova Saule",
        "Loud music after 23:00",
        "Asel Nurlanovna",
    )
    assert view.overdue
    assert view.working_days_left == -1
    assert view.on_time is None
    with pytest.raises(PermissionDenied):
        ap.appeal(db, world.other_inspector, record.id)
    [denied] = _denied(db)
    assert (denied.action, denied.entity, denied.entity_id, denied.user_id) == (
        "view",
        "appeals",
        record.id,
        world.other_inspector.user_id,
    )
