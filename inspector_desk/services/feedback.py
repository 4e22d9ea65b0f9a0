"""Residents' feedback on the police of the beat: recorded as given, summarised for an objective
evaluation of the inspector's work (counts and ratings that trace back to records).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from inspector_desk.domain.errors import NotFound, ValidationError
from inspector_desk.services.base import (
    Actor,
    Outcome,
    Role,
    require_beat,
    require_role,
    scope_filter,
    unit_of_work,
)
from inspector_desk.services.fields import optional_text
from inspector_desk.store.db import Database
from inspector_desk.store.models import Feedback, Resident

COMMENT_MAX = 4000
RATINGS = range(1, 6)


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedbackInput:
    received_on: date
    rating: int | str
    comment: str | None = None
    resident_id: str | None = None
    # Needed only when neither the resident nor the actor's single beat tells which beat it is about.
    beat_id: str | None = None


@dataclass(frozen=True, slots=True)
class FeedbackRecord:
    id: str
    beat_id: str
    received_on: date
    rating: int
    comment: str | None
    resident_id: str | None
    officer_id: str


@dataclass(frozen=True, slots=True)
class FeedbackSummary:
    since: date
    until: date
    count: int
    average: float | None
    by_rating: dict[int, int]  # 1..5 -> count (every rating present, 0 when none)
    with_comment: int


def _rating(value: int | str) -> int:
    if isinstance(value, bool):
        raise ValidationError("rating", "feedback.rating_range", "Give a rating from 1 to 5")
    if isinstance(value, str):
        value = value.strip()
        if not value:
            raise ValidationError("rating", "required", "Give a rating from 1 to 5")
        if not value.isdigit():
            raise ValidationError("rating", "feedback.rating_range", "Give a rating from 1 to 5")
        value = int(value)
    if value not in RATINGS:
        raise ValidationError("rating", "feedback.rating_range", "Give a rating from 1 to 5")
    return value


def record_feedback(
    db: Database, actor: Actor, data: FeedbackInput, *, today: date | None = None
) -> Outcome[FeedbackRecord]:
    today = today or date.today()
    with unit_of_work(db, actor, "record_feedback") as work:
        require_role(actor, Role.INSPECTOR, Role.SUPERVISOR)
        if data.received_on is None:
            raise ValidationError("received_on", "required", "The date is required")
        if data.received_on > today:
            raise ValidationError("received_on", "in_future", "The date may not be in the future")
        rating = _rating(data.rating)
        comment = optional_text(data.comment, "comment", COMMENT_MAX, multiline=True)
        resident: Resident | None = None
        if data.resident_id:
            try:
                resident = work.get(Resident, data.resident_id)
            except NotFound:
                raise ValidationError(
                    "resident_id", "resident.not_found", "This resident does not exist or was voided"
                ) from None
        if data.beat_id:
            beat_id = data.beat_id
        elif resident is not None:
            beat_id = resident.beat_id
        elif len(actor.beat_ids) == 1:
            beat_id = next(iter(actor.beat_ids))
        else:
            raise ValidationError("beat_id", "required", "Choose the beat the feedback is about")
        require_beat(actor, beat_id, record=f"beats:{beat_id}")
        row = Feedback(
            beat_id=beat_id,
            resident_id=resident.id if resident is not None else None,
            received_on=data.received_on,
            rating=rating,
            comment=comment,
            officer_id=actor.user_id,
        )
        work.insert(row)
        return work.outcome(
            FeedbackRecord(
                row.id, row.beat_id, row.received_on, row.rating, row.comment, row.resident_id, row.officer_id
            )
        )


def feedback_summary(db: Database, actor: Actor, since: date, until: date) -> FeedbackSummary:
    """Ratings received on the actor's beats from ``since`` to ``until`` (both included)."""
    if until < since:
        raise ValidationError("until", "date_range", "The end of the period is before its start")
    with db.read() as s:
        rows = s.execute(
            select(Feedback.rating, func.count(), func.count(Feedback.comment))
            .where(
                Feedback.beat_id.in_(scope_filter(actor)),
                Feedback.deleted.is_(False),
                Feedback.received_on >= since,
                Feedback.received_on <= until,
            )
            .group_by(Feedback.rating)
        ).all()
    by_rating = dict.fromkeys(RATINGS, 0)
    with_comment = 0
    for rating, n, commented in rows:
        by_rating[int(rating)] = int(n)
        with_comment += int(commented)
    count = sum(by_rating.values())
    average = round(sum(r * n for r, n in by_rating.items()) / count, 2) if count else None
    return FeedbackSummary(since, until, count, average, by_rating, with_comment)
