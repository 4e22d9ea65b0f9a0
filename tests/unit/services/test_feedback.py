"""Residents' feedback: recording with its validation, audit and outbox, scope, and the summary."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.services import feedback as fb
from inspector_desk.store.db import Database
from inspector_desk.store.models import AuditEntry, Feedback, OutboxEntry, Resident

TODAY = date(2026, 5, 31)


def _resident(db: Database, beat_id: str, last: str = "Ivanov", first: str = "Ivan") -> str:
    with db.write() as s:
        row = Resident(beat_id=beat_id, last_name=last, first_name=first)
        s.add(row)
        s.flush()
        return row.id


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _record(db: Database, actor: Any, **kw: Any) -> fb.FeedbackRecord:
    values: dict[str, Any] = {"received_on": date(2026, 5, 10), "rating": 5}
    values.update(kw)
    return fb.record_feedback(db, actor, fb.FeedbackInput(**values), today=TODAY).record


def test_record_feedback_about_a_resident(db: Database, world: Any) -> None:
    resident = _resident(db, world.beat_id)
    out = fb.record_feedback(
        db,
        world.inspector,
        fb.FeedbackInput(
            received_on=date(2026, 5, 10), rating=" 4 ", comment="  Came quickly  ", resident_id=resident
        ),
        today=TODAY,
    )
    record = out.record
    assert (record.beat_id, record.rating, record.comment, record.officer_id) == (
        world.beat_id,
        4,
        "Came quickly",
        world.inspector.user_id,
    )
    with db.read() as s:
        [entry] = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == record.id))
        [audit] = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == record.id))
    assert (entry.op, entry.entity, entry.fields["rating"]) == ("insert", "feedback", 4)
    assert (audit.action, audit.user_id) == ("create", world.inspector.user_id)


def test_beat_defaults_to_the_inspectors_only_beat_a_supervisor_names_it(db: Database, world: Any) -> None:
    assert _record(db, world.inspector).beat_id == world.beat_id
    with pytest.raises(ValidationError) as info:
        _record(db, world.supervisor)
    assert (info.value.field, info.value.rule) == ("beat_id", "required")
    assert _record(db, world.supervisor, beat_id=world.other_beat_id).beat_id == world.other_beat_id


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"rating": 0}, "rating", "feedback.rating_range"),
        ({"rating": 6}, "rating", "feedback.rating_range"),
        ({"rating": "five"}, "rating", "feedback.rating_range"),
        ({"rating": True}, "rating", "feedback.rating_range"),
        ({"rating": " "}, "rating", "required"),
        ({"received_on": date(2026, 6, 1)}, "received_on", "in_future"),
        ({"comment": "c" * 4001}, "comment", "max_length"),
        ({"resident_id": "nobody"}, "resident_id", "resident.not_found"),
    ],
)
def test_record_feedback_validation_changes_nothing(
    db: Database, world: Any, change: dict[str, Any], field: str, rule: str
) -> None:
    before = (_count(db, Feedback), _count(db, OutboxEntry), _count(db, AuditEntry))
    with pytest.raises(ValidationError) as info:
        _record(db, world.inspector, **change)
    assert (info.value.field, info.value.rule) == (field, rule)
    assert (_count(db, Feedback), _count(db, OutboxEntry), _count(db, AuditEntry)) == before


def test_feedback_outside_scope_is_refused_and_audited(db: Database, world: Any) -> None:
    stranger = _resident(db, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        _record(db, world.inspector, resident_id=stranger)
    with pytest.raises(PermissionDenied):
        _record(db, world.inspector, beat_id=world.other_beat_id)
    with pytest.raises(PermissionDenied):
        _record(db, world.admin, beat_id=world.beat_id)
    assert _count(db, Feedback) == 0
    with db.read() as s:
        denied = list(s.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")))
    assert [d.action for d in denied] == ["record_feedback"] * 3


def test_feedback_summary(db: Database, world: Any) -> None:
    _record(db, world.inspector, rating=5, comment="great")
    _record(db, world.inspector, rating=4)
    _record(db, world.inspector, rating=4, received_on=date(2026, 5, 1))
    _record(db, world.inspector, rating=1, comment="rude", received_on=date(2026, 5, 31))
    _record(db, world.inspector, rating=2, received_on=date(2026, 4, 30))  # before the period
    _record(db, world.other_inspector, rating=1)  # another beat
    voided = _record(db, world.inspector, rating=1)
    with db.write() as s:
        row = s.get(Feedback, voided.id)
        assert row is not None
        row.deleted = True

    summary = fb.feedback_summary(db, world.inspector, date(2026, 5, 1), date(2026, 5, 31))
    assert (summary.count, summary.average, summary.with_comment) == (4, 3.5, 2)
    assert summary.by_rating == {1: 1, 2: 0, 3: 0, 4: 2, 5: 1}
    assert fb.feedback_summary(db, world.supervisor, date(2026, 5, 1), date(2026, 5, 31)).count == 5
    empty = fb.feedback_summary(db, world.inspector, date(2025, 1, 1), date(2025, 1, 31))
    assert (empty.count, empty.average) == (0, None)
    with pytest.raises(ValidationError) as info:
        fb.feedback_summary(db, world.inspector, date(2026, 5, 31), date(2026, 5, 1))
    assert (info.value.field, info.value.rule) == ("until", "date_range")
