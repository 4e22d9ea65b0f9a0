"""Citizens' appeals received at the beat ("hearing mode"): registered with a legal deadline counted in
working days, extended within the law's limit, answered; listed by how close their deadline is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, false, func, select
from sqlalchemy.orm import Session, aliased

from inspector_desk.domain.appeals import appeal_deadline, validate_extension
from inspector_desk.domain.calendar import CalendarRangeError
from inspector_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from inspector_desk.resources import work_calendar
from inspector_desk.services.base import (
    Actor,
    Outcome,
    Page,
    Role,
    record_refusal,
    require_beat,
    require_role,
    scope_filter,
    unit_of_work,
)
from inspector_desk.services.fields import optional_text, require_text
from inspector_desk.store.db import Database
from inspector_desk.store.models import Appeal, Resident, User

REGISTERED = "registered"
EXTENDED = "extended"
ANSWERED = "answered"
OPEN_STATUSES = (REGISTERED, EXTENDED)

NAME_MAX = 200
CONTACT_MAX = 200
SUBJECT_MAX = 300
TEXT_MAX = 8000
REASON_MAX = 4000
DEFAULT_PAGE = 50


@dataclass(frozen=True, slots=True, kw_only=True)
class AppealInput:
    beat_id: str
    received_on: date
    applicant_name: str
    applicant_contact: str | None = None
    resident_id: str | None = None
    subject: str
    body: str | None = None


@dataclass(frozen=True, slots=True)
class AppealRecord:
    id: str
    beat_id: str
    received_on: date
    applicant_name: str
    subject: str
    status: str
    deadline: date
    extended_deadline: date | None
    due_on: date
    answered_on: date | None
    # Answered on or before the deadline in force; None while unanswered.
    on_time: bool | None


@dataclass(frozen=True, slots=True)
class AppealRow:
    id: str
    beat_id: str
    received_on: date
    applicant_name: str
    subject: str
    status: str
    due_on: date
    officer_id: str
    officer_name: str
    answered_on: date | None
    # Working days after ``on`` up to the deadline (negative when overdue); None once answered
    # or when the deadline lies outside the years the holiday calendar covers.
    working_days_left: int | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class AppealView:
    id: str
    beat_id: str
    received_on: date
    applicant_name: str
    applicant_contact: str | None
    resident_id: str | None
    resident_name: str | None
    subject: str
    body: str | None
    officer_id: str
    officer_name: str
    status: str
    deadline: date
    extended_deadline: date | None
    extension_reason: str | None
    due_on: date
    answer: str | None
    answered_on: date | None
    answered_by: str | None
    working_days_left: int | None
    overdue: bool
    on_time: bool | None


def _on_time(appeal: Appeal) -> bool | None:
    return None if appeal.answered_on is None else appeal.answered_on <= appeal.due_on


def _record(a: Appeal) -> AppealRecord:
    return AppealRecord(
        id=a.id,
        beat_id=a.beat_id,
        received_on=a.received_on,
        applicant_name=a.applicant_name,
        subject=a.subject,
        status=a.status,
        deadline=a.deadline,
        extended_deadline=a.extended_deadline,
        due_on=a.due_on,
        answered_on=a.answered_on,
        on_time=_on_time(a),
    )


def record_appeal(
    db: Database, actor: Actor, data: AppealInput, *, today: date | None = None
) -> Outcome[AppealRecord]:
    """Register an appeal; its deadline is the 15th working day after receipt."""
    today = today or date.today()
    with unit_of_work(db, actor, "record_appeal") as work:
        require_role(actor, Role.INSPECTOR, Role.SUPERVISOR)
        if not data.beat_id:
            raise ValidationError("beat_id", "required", "Choose the beat")
        require_beat(actor, data.beat_id, record=f"beats:{data.beat_id}")
        if data.received_on is None:
            raise ValidationError("received_on", "required", "The date of receipt is required")
        if data.received_on > today:
            raise ValidationError("received_on", "in_future", "The date of receipt may not be in the future")
        resident_id = None
        if data.resident_id:
            try:
                resident_id = work.get(Resident, data.resident_id).id
            except NotFound:
                raise ValidationError(
                    "resident_id", "resident.not_found", "This resident does not exist or was voided"
                ) from None
        try:
            deadline = appeal_deadline(data.received_on, work_calendar())
        except CalendarRangeError as exc:
            raise ValidationError("received_on", "calendar.out_of_range", str(exc)) from None
        appeal = Appeal(
            beat_id=data.beat_id,
            received_on=data.received_on,
            applicant_name=require_text(data.applicant_name, "applicant_name", NAME_MAX),
            applicant_contact=optional_text(
                data.applicant_contact, "applicant_contact", CONTACT_MAX, multiline=True
            ),
            resident_id=resident_id,
            subject=require_text(data.subject, "subject", SUBJECT_MAX),
            body=optional_text(data.body, "body", TEXT_MAX, multiline=True),
            officer_id=actor.user_id,
            deadline=deadline,
            status=REGISTERED,
            due_on=deadline,
        )
        work.insert(appeal)
        return work.outcome(_record(appeal))


def extend_appeal(
    db: Database, actor: Actor, appeal_id: str, new_deadline: date, reason: str
) -> Outcome[AppealRecord]:
    """Move the deadline later, with a reason, to at most two months after receipt."""
    with unit_of_work(db, actor, "extend_appeal") as work:
        require_role(actor, Role.INSPECTOR, Role.SUPERVISOR)
        appeal = work.get(Appeal, appeal_id)
        if appeal.status == ANSWERED:
            raise ValidationError("appeal_id", "appeal.answered", "The appeal has already been answered")
        if new_deadline is None:
            raise ValidationError("new_deadline", "required", "The new deadline is required")
        validate_extension(appeal.received_on, appeal.due_on, new_deadline, reason)
        work.update(
            appeal,
            {
                "extended_deadline": new_deadline,
                "extension_reason": require_text(reason, "reason", REASON_MAX, multiline=True),
                "status": EXTENDED,
                "due_on": new_deadline,
            },
        )
        return work.outcome(_record(appeal))


def answer_appeal(
    db: Database, actor: Actor, appeal_id: str, answer: str, answered_on: date, *, today: date | None = None
) -> Outcome[AppealRecord]:
    """Record the answer; the record says whether it came within the deadline in force."""
    today = today or date.today()
    with unit_of_work(db, actor, "answer_appeal") as work:
        require_role(actor, Role.INSPECTOR, Role.SUPERVISOR)
        appeal = work.get(Appeal, appeal_id)
        if appeal.status == ANSWERED:
            raise ValidationError("appeal_id", "appeal.answered", "The appeal has already been answered")
        text = require_text(answer, "answer", TEXT_MAX, multiline=True)
        if answered_on is None:
            raise ValidationError("answered_on", "required", "The date of the answer is required")
        if answered_on < appeal.received_on:
            raise ValidationError(
                "answered_on", "appeal.answered_before_received", "The answer cannot predate the appeal"
            )
        if answered_on > today:
            raise ValidationError("answered_on", "in_future", "The date may not be in the future")
        work.update(
            appeal,
            {"answer": text, "answered_on": answered_on, "answered_by": actor.user_id, "status": ANSWERED},
        )
        return work.outcome(_record(appeal))


# --- reads -------------------------------------------------------------------------------------


def _working_days_left(due_on: date, on: date) -> int | None:
    try:
        return work_calendar().working_days_between(on, due_on)
    except CalendarRangeError:
        return None


def _overdue(due_on: date, answered_on: date | None, on: date) -> bool:
    return answered_on > due_on if answered_on is not None else on > due_on


def appeals_by_deadline(
    db: Database,
    actor: Actor,
    *,
    on: date,
    within_working_days: int | None = None,
    include_answered: bool = False,
    limit: int = DEFAULT_PAGE,
    offset: int = 0,
) -> Page[AppealRow]:
    """Appeals of the actor's beats, nearest deadline first (overdue ones lead).

    ``within_working_days``: only those due no later than that many working days after ``on``.
    """
    officer = aliased(User)
    query = (
        select(
            Appeal.id,
            Appeal.beat_id,
            Appeal.received_on,
            Appeal.applicant_name,
            Appeal.subject,
            Appeal.status,
            Appeal.due_on,
            Appeal.officer_id,
            officer.full_name,
            Appeal.answered_on,
        )
        .outerjoin(officer, officer.id == Appeal.officer_id)
        .where(Appeal.beat_id.in_(scope_filter(actor)), Appeal.deleted.is_(False))
    )
    if not include_answered:
        query = query.where(Appeal.status.in_(OPEN_STATUSES))
    if within_working_days is not None:
        try:
            horizon = work_calendar().add_working_days(on, within_working_days)
        except CalendarRangeError as exc:
            raise ValidationError("within_working_days", "calendar.out_of_range", str(exc)) from None
        query = query.where(Appeal.due_on <= horizon)
    query = query.order_by(Appeal.due_on, Appeal.received_on, Appeal.id).limit(limit + 1).offset(offset)
    with db.read() as s:
        rows = [
            AppealRow(
                id=r[0],
                beat_id=r[1],
                received_on=r[2],
                applicant_name=r[3],
                subject=r[4],
                status=r[5],
                due_on=r[6],
                officer_id=r[7],
                officer_name=r[8] or "",
                answered_on=r[9],
                working_days_left=None if r[9] is not None else _working_days_left(r[6], on),
                overdue=_overdue(r[6], r[9], on),
            )
            for r in s.execute(query)
        ]
    return Page(rows[:limit], len(rows) > limit)


def appeal(db: Database, actor: Actor, appeal_id: str, *, on: date | None = None) -> AppealView:
    on = on or date.today()
    with db.read() as s:
        row = s.get(Appeal, appeal_id)
        if row is None or row.deleted:
            raise NotFound(f"appeal {appeal_id} does not exist or was voided")
        view = _view(s, row, on) if actor.in_scope(row.beat_id) else None
    if view is None:
        # Audited after the read transaction: the refusal is a write of its own.
        denied = PermissionDenied(
            "this record belongs to a beat outside your scope", record=f"appeals:{appeal_id}"
        )
        record_refusal(db, actor, "view", denied)
        raise denied
    return view


def _view(s: Session, row: Appeal, on: date) -> AppealView:
    resident = s.get(Resident, row.resident_id) if row.resident_id else None
    officer = s.get(User, row.officer_id)
    return AppealView(
        id=row.id,
        beat_id=row.beat_id,
        received_on=row.received_on,
        applicant_name=row.applicant_name,
        applicant_contact=row.applicant_contact,
        resident_id=row.resident_id,
        resident_name=(
            " ".join(p for p in (resident.last_name, resident.first_name, resident.middle_name) if p)
            if resident is not None
            else None
        ),
        subject=row.subject,
        body=row.body,
        officer_id=row.officer_id,
        officer_name=officer.full_name if officer is not None else "",
        status=row.status,
        deadline=row.deadline,
        extended_deadline=row.extended_deadline,
        extension_reason=row.extension_reason,
        due_on=row.due_on,
        answer=row.answer,
        answered_on=row.answered_on,
        answered_by=row.answered_by,
        working_days_left=None if row.answered_on is not None else _working_days_left(row.due_on, on),
        overdue=_overdue(row.due_on, row.answered_on, on),
        on_time=_on_time(row),
    )


# --- grouped counts for caseload (the same filters as appeals_by_deadline) --------------------


def _by_officer(officer_ids: Iterable[str], beat_ids: Iterable[str]) -> ColumnElement[bool]:
    officers = sorted(set(officer_ids))
    beats = sorted(set(beat_ids))
    return and_(
        Appeal.officer_id.in_(officers) if officers else false(),
        Appeal.beat_id.in_(beats) if beats else false(),
        Appeal.deleted.is_(False),
    )


def overdue_appeal_filter(on: date) -> ColumnElement[bool]:
    """Unanswered appeals whose deadline in force passed before ``on``.

    The same rows appeals_by_deadline marks overdue (with include_answered=False).
    """
    return and_(Appeal.deleted.is_(False), Appeal.status.in_(OPEN_STATUSES), Appeal.due_on < on)


def appeal_counts(
    session: Session,
    officer_ids: Iterable[str],
    beat_ids: Iterable[str],
    *,
    period_start: date,
    period_end: date,
    on: date,
) -> dict[str, tuple[int, int, int]]:
    """officer -> (received in the period, answered on time in the period, unanswered and overdue on on)."""
    scope = _by_officer(officer_ids, beat_ids)
    out: dict[str, list[int]] = {}
    received = session.execute(
        select(Appeal.officer_id, func.count())
        .where(scope, Appeal.received_on >= period_start, Appeal.received_on <= period_end)
        .group_by(Appeal.officer_id)
    )
    for officer_id, n in received:
        out.setdefault(officer_id, [0, 0, 0])[0] = n
    on_time = session.execute(
        select(Appeal.officer_id, func.count())
        .where(
            scope,
            Appeal.status == ANSWERED,
            Appeal.answered_on >= period_start,
            Appeal.answered_on <= period_end,
            Appeal.answered_on <= Appeal.due_on,
        )
        .group_by(Appeal.officer_id)
    )
    for officer_id, n in on_time:
        out.setdefault(officer_id, [0, 0, 0])[1] = n
    overdue = session.execute(
        select(Appeal.officer_id, func.count())
        .where(scope, overdue_appeal_filter(on))
        .group_by(Appeal.officer_id)
    )
    for officer_id, n in overdue:
        out.setdefault(officer_id, [0, 0, 0])[2] = n
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}
