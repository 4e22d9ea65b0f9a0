"""Domestic-violence prevention cases: opening, incidents, risk assessment, measures, reviews, closure,
and the need-to-know reads (every view of a case is audited; the SQL filters are shared with caseload).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased

from inspector_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from inspector_desk.domain.risk import RiskLevel, final_level, next_review_due, score_assessment
from inspector_desk.domain.schedule import MeasureKind, validate_measure_dates
from inspector_desk.resources import risk_policy
from inspector_desk.services.base import (
    Actor,
    Outcome,
    Page,
    Role,
    Work,
    require_role,
    scope_filter,
    unit_of_work,
)
from inspector_desk.services.fields import optional_text, require_text
from inspector_desk.store.db import Database
from inspector_desk.store.models import (
    BeatAssignment,
    CaseReview,
    DvCase,
    DvCaseAccess,
    DvCaseChild,
    Household,
    Incident,
    Measure,
    Resident,
    RiskAssessment,
    User,
    Visit,
)

OPEN = "open"
MONITORING = "monitoring"
CLOSED = "closed"
ACTIVE_STATUSES = (OPEN, MONITORING)

CLOSURE_REQUESTED = "requested"
CLOSURE_APPROVED = "approved"
CLOSURE_REJECTED = "rejected"

# Levels an inspector may close on their own; above them a supervisor must approve.
SELF_CLOSABLE = frozenset({RiskLevel.LOW, RiskLevel.MEDIUM})

NOTES_MAX = 4000
KIND_MAX = 40
ISSUER_MAX = 200
MAX_CHILDREN = 20
# Laptop clocks drift; an entry "just now" must not be refused as future.
FUTURE_TOLERANCE = timedelta(minutes=5)
DEFAULT_PAGE = 50


# --- inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseInput:
    victim_id: str
    offender_id: str
    children_ids: tuple[str, ...] = ()
    household_id: str | None = None
    summary: str | None = None
    opened_on: date
    # A supervisor opening a case names the inspector who will own it (an inspector owns theirs).
    owner_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class IncidentInput:
    occurred_at: datetime
    kind: str
    description: str


@dataclass(frozen=True, slots=True, kw_only=True)
class MeasureInput:
    kind: str
    start_date: date
    end_date: date | None = None
    issued_by: str | None = None
    notes: str | None = None


# --- records -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: str
    beat_id: str
    number: str
    victim_id: str
    offender_id: str
    children_ids: tuple[str, ...]
    household_id: str | None
    owner_id: str
    status: str
    opened_on: date
    summary: str | None
    risk_level: str | None
    next_review_due: date | None
    closure_state: str | None
    closure_reason: str | None
    closed_on: date | None


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    id: str
    case_id: str
    occurred_at: datetime
    kind: str
    description: str
    reported_by: str


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    id: str
    case_id: str
    answers: Mapping[str, Any]
    score: int
    computed_level: str
    final_level: str
    override_reason: str | None
    assessed_by: str
    assessed_at: datetime
    answered: int
    total: int
    next_review_due: date | None


@dataclass(frozen=True, slots=True)
class MeasureRecord:
    id: str
    case_id: str
    kind: str
    start_date: date
    end_date: date | None
    issued_by: str | None
    notes: str | None
    ended_on: date | None
    ended_reason: str | None
    # Calendar days from the view's day to the end (0 on the last day); None when open-ended or over.
    days_left: int | None = None


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    id: str
    case_id: str
    reviewed_at: datetime
    reviewer_id: str
    notes: str
    next_review_due: date | None


@dataclass(frozen=True, slots=True)
class AccessRecord:
    id: str
    case_id: str
    user_id: str
    user_name: str


@dataclass(frozen=True, slots=True)
class PartyView:
    resident_id: str
    role: str  # victim | offender | child
    full_name: str
    birth_date: date | None


@dataclass(frozen=True, slots=True)
class CaseView:
    id: str
    beat_id: str
    number: str
    status: str
    opened_on: date
    summary: str | None
    owner_id: str
    owner_name: str
    household_id: str | None
    victim: PartyView
    offender: PartyView
    children: tuple[PartyView, ...]
    risk_level: str | None
    next_review_due: date | None
    closure_state: str | None
    closure_reason: str | None
    closure_decision_note: str | None
    closed_on: date | None
    incidents: tuple[IncidentRecord, ...]
    assessments: tuple[AssessmentRecord, ...]
    measures: tuple[MeasureRecord, ...]
    reviews: tuple[ReviewRecord, ...]
    access: tuple[AccessRecord, ...]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    at: datetime
    kind: str  # opened | incident | assessment | measure_started | measure_ended | review | visit | closure_*
    summary: str
    ref_id: str
    by: str | None


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: str
    number: str
    beat_id: str
    status: str
    risk_level: str | None
    next_review_due: date | None
    opened_on: date
    owner_id: str
    owner_name: str
    victim_name: str
    closure_state: str | None


@dataclass(frozen=True, slots=True)
class CaseDue:
    case_id: str
    number: str
    risk_level: str | None
    next_review_due: date
    days_overdue: int  # 0 when due on the day asked about
    owner_id: str
    owner_name: str
    victim_name: str


@dataclass(frozen=True, slots=True)
class MeasureDue:
    measure_id: str
    case_id: str
    case_number: str
    kind: str
    start_date: date
    end_date: date
    days_left: int
    owner_id: str
    owner_name: str
    victim_name: str


# --- small validators --------------------------------------------------------------------------


def _not_future_date(value: date, field: str, today: date) -> None:
    if value > today:
        raise ValidationError(field, "in_future", "The date may not be in the future")


def _not_future_time(value: datetime, field: str, now: datetime) -> None:
    if value > now + FUTURE_TOLERANCE:
        raise ValidationError(field, "in_future", "The time may not be in the future")


def _resident(work: Work, resident_id: str | None, field: str) -> Resident:
    if not resident_id:
        raise ValidationError(field, "required", "Choose a resident")
    try:
        return work.get(Resident, resident_id)
    except NotFound:
        raise ValidationError(
            field, "resident.not_found", "This resident does not exist or was voided"
        ) from None


def _known(day: date | None) -> date:
    # The query's filter excludes NULL dates; this only narrows the type.
    assert day is not None
    return day


def _full_name(last: str, first: str, middle: str | None) -> str:
    return " ".join(p for p in (last, first, middle) if p)


def _user_name(session: Session, user_id: str | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.full_name if user is not None else ""


# --- need to know ------------------------------------------------------------------------------


def visible_case_filter(actor: Actor) -> ColumnElement[bool]:
    """Live cases this actor may see: their own, granted ones, or (supervisor) every case of the unit."""
    base = and_(DvCase.beat_id.in_(scope_filter(actor)), DvCase.deleted.is_(False))
    if actor.role is Role.SUPERVISOR:
        return base
    granted = exists().where(
        DvCaseAccess.case_id == DvCase.id,
        DvCaseAccess.user_id == actor.user_id,
        DvCaseAccess.deleted.is_(False),
    )
    return and_(base, or_(DvCase.owner_id == actor.user_id, granted))


def _may_see(session: Session, actor: Actor, case: DvCase) -> bool:
    # Beat scope was checked by Work.get; this is the need-to-know layer on top of it.
    if actor.role is Role.ADMIN:
        return False
    if case.owner_id == actor.user_id or actor.role is Role.SUPERVISOR:
        return True
    granted = session.scalar(
        select(DvCaseAccess.id)
        .where(
            DvCaseAccess.case_id == case.id,
            DvCaseAccess.user_id == actor.user_id,
            DvCaseAccess.deleted.is_(False),
        )
        .limit(1)
    )
    return granted is not None


def _denied(case_id: str, message: str) -> PermissionDenied:
    return PermissionDenied(message, record=f"dv_cases:{case_id}")


def _case(work: Work, case_id: str) -> DvCase:
    """A case the actor may see (NotFound, or PermissionDenied which unit_of_work audits)."""
    case = work.get(DvCase, case_id)
    if not _may_see(work.session, work.actor, case):
        raise _denied(
            case.id,
            "DV cases are need-to-know: only the case's inspector, their supervisor "
            "and named co-workers may see it",
        )
    return case


def visible_case(work: Work, case_id: str) -> DvCase:
    """A case the actor may see, for other services that link to one (a DV follow-up visit)."""
    return _case(work, case_id)


def _case_for_field_work(work: Work, case_id: str) -> DvCase:
    case = _case(work, case_id)
    require_role(work.actor, Role.INSPECTOR, Role.SUPERVISOR)
    if case.status == CLOSED:
        raise ValidationError("case_id", "dv.case_closed", "The case is closed")
    return case


def _require_owner_or_supervisor(actor: Actor, case: DvCase) -> None:
    if actor.role is not Role.SUPERVISOR and actor.user_id != case.owner_id:
        raise _denied(case.id, "only the case's inspector or the supervisor may do this")


def _require_supervisor(actor: Actor, case: DvCase) -> None:
    if actor.role is not Role.SUPERVISOR:
        raise _denied(case.id, "only the supervisor of the unit may do this")


def _inspector_of_beat(session: Session, user_id: str, beat_id: str) -> bool:
    found = session.scalar(
        select(User.id)
        .join(BeatAssignment, BeatAssignment.user_id == User.id)
        .where(
            User.id == user_id,
            User.active.is_(True),
            User.role == Role.INSPECTOR.value,
            BeatAssignment.beat_id == beat_id,
        )
    )
    return found is not None


# --- review schedule ---------------------------------------------------------------------------


def _last_review_point(session: Session, case: DvCase) -> date:
    """The latest of the case's reviews and assessments (an assessment is a review of the risk)."""
    last_review = session.scalar(
        select(func.max(CaseReview.reviewed_at)).where(
            CaseReview.case_id == case.id, CaseReview.deleted.is_(False)
        )
    )
    last_assessment = session.scalar(
        select(func.max(RiskAssessment.assessed_at)).where(
            RiskAssessment.case_id == case.id, RiskAssessment.deleted.is_(False)
        )
    )
    points = [p.date() for p in (last_review, last_assessment) if p is not None]
    return max(points, default=case.opened_on)


def _schedule_review(work: Work, case: DvCase) -> date | None:
    """Recompute the case's next review: the level's interval after its last review point.

    A case not yet assessed stays due from the day it was opened: it needs an assessment first.
    """
    work.session.flush()
    if case.status == CLOSED:
        due: date | None = None
    elif case.risk_level is None:
        due = case.opened_on
    else:
        due = next_review_due(
            risk_policy(), RiskLevel(case.risk_level), _last_review_point(work.session, case)
        )
    work.update(case, {"next_review_due": due})
    return due


# --- writes ------------------------------------------------------------------------------------


def _next_number(session: Session, beat_id: str, year: int) -> str:
    prefix = f"DV-{year}-"
    # Numbers are zero-padded, so the text maximum is the numeric maximum; voided cases keep theirs.
    last = session.scalar(
        select(func.max(DvCase.number)).where(DvCase.beat_id == beat_id, DvCase.number.like(prefix + "%"))
    )
    seq = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
    return f"{prefix}{seq:06d}"


def open_case(
    db: Database, actor: Actor, data: CaseInput, *, today: date | None = None
) -> Outcome[CaseRecord]:
    """Open a case on the victim's beat; number DV-<year>-<seq> per beat; owned by the inspector."""
    today = today or date.today()
    with unit_of_work(db, actor, "open_case") as work:
        require_role(actor, Role.INSPECTOR, Role.SUPERVISOR)
        victim = _resident(work, data.victim_id, "victim_id")
        offender = _resident(work, data.offender_id, "offender_id")
        if victim.id == offender.id:
            raise ValidationError("offender_id", "dv.victim_is_offender", "The offender cannot be the victim")
        if len(data.children_ids) > MAX_CHILDREN:
            raise ValidationError("children_ids", "max_items", f"At most {MAX_CHILDREN} children")
        children: list[Resident] = []
        for i, child_id in enumerate(data.children_ids):
            field = f"children_ids[{i}]"
            child = _resident(work, child_id, field)
            if child.id in (victim.id, offender.id) or child.id in {c.id for c in children}:
                raise ValidationError(
                    field, "dv.child_duplicate", "This person is already a party to the case"
                )
            children.append(child)
        household_id = data.household_id or victim.household_id
        if household_id is not None:
            try:
                work.get(Household, household_id)
            except NotFound:
                raise ValidationError(
                    "household_id", "household.not_found", "This household does not exist or was voided"
                ) from None
        summary = optional_text(data.summary, "summary", NOTES_MAX, multiline=True)
        if data.opened_on is None:
            raise ValidationError("opened_on", "required", "The opening date is required")
        _not_future_date(data.opened_on, "opened_on", today)

        if actor.role is Role.INSPECTOR:
            if data.owner_id not in (None, actor.user_id):
                raise ValidationError(
                    "owner_id", "dv.owner_self", "An inspector opens cases in their own name"
                )
            owner_id = actor.user_id
        else:
            owner_id = _supervisor_owner(work.session, data.owner_id, victim.beat_id)

        case = DvCase(
            beat_id=victim.beat_id,
            number=_next_number(work.session, victim.beat_id, data.opened_on.year),
            victim_id=victim.id,
            offender_id=offender.id,
            household_id=household_id,
            owner_id=owner_id,
            status=OPEN,
            opened_on=data.opened_on,
            summary=summary,
            # Not assessed yet: due at once for its first risk assessment.
            risk_level=None,
            next_review_due=data.opened_on,
        )
        work.insert(case)
        for child in children:
            work.insert(DvCaseChild(beat_id=case.beat_id, case_id=case.id, resident_id=child.id))
        return work.outcome(_case_record(case, tuple(c.id for c in children)))


def _supervisor_owner(session: Session, owner_id: str | None, beat_id: str) -> str:
    if owner_id:
        if not _inspector_of_beat(session, owner_id, beat_id):
            raise ValidationError(
                "owner_id", "dv.owner_not_inspector", "The owner must be an inspector of the beat"
            )
        return owner_id
    inspectors = list(
        session.scalars(
            select(User.id)
            .join(BeatAssignment, BeatAssignment.user_id == User.id)
            .where(
                BeatAssignment.beat_id == beat_id, User.role == Role.INSPECTOR.value, User.active.is_(True)
            )
        )
    )
    if len(inspectors) != 1:
        raise ValidationError("owner_id", "required", "Choose the inspector who will own the case")
    return inspectors[0]


def record_incident(db: Database, actor: Actor, case_id: str, data: IncidentInput) -> Outcome[IncidentRecord]:
    with unit_of_work(db, actor, "record_incident") as work:
        case = _case_for_field_work(work, case_id)
        if data.occurred_at is None:
            raise ValidationError("occurred_at", "required", "When did it happen?")
        _not_future_time(data.occurred_at, "occurred_at", work.now)
        incident = Incident(
            beat_id=case.beat_id,
            case_id=case.id,
            occurred_at=data.occurred_at,
            kind=require_text(data.kind, "kind", KIND_MAX),
            description=require_text(data.description, "description", NOTES_MAX, multiline=True),
            reported_by=actor.user_id,
        )
        work.insert(incident)
        return work.outcome(_incident_record(incident))


def _parse_level(value: str | RiskLevel | None) -> RiskLevel | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return RiskLevel(value.strip() if isinstance(value, str) else value)
    except ValueError:
        raise ValidationError("override_level", "risk.unknown_level", "Unknown risk level") from None


def assess_risk(
    db: Database,
    actor: Actor,
    case_id: str,
    answers: Mapping[str, bool | str],
    override_level: str | None = None,
    override_reason: str | None = None,
) -> Outcome[AssessmentRecord]:
    """Score the questionnaire; the officer may raise (never lower) the level with a reason."""
    with unit_of_work(db, actor, "assess_risk") as work:
        case = _case_for_field_work(work, case_id)
        if not answers:
            raise ValidationError("answers", "required", "Answer the questionnaire")
        policy = risk_policy()
        scored = score_assessment(policy, answers)
        reason = optional_text(override_reason, "override_reason", NOTES_MAX, multiline=True)
        level = final_level(scored.computed_level, _parse_level(override_level), reason)
        if level is scored.computed_level:
            reason = None  # an override that changes nothing needs no reason on file
        assessment = RiskAssessment(
            beat_id=case.beat_id,
            case_id=case.id,
            answers=dict(answers),
            score=scored.score,
            computed_level=scored.computed_level.value,
            final_level=level.value,
            override_reason=reason,
            assessed_by=actor.user_id,
            assessed_at=work.now,
        )
        work.insert(assessment)
        work.update(case, {"risk_level": level.value})
        due = _schedule_review(work, case)
        return work.outcome(_assessment_record(assessment, scored.answered, scored.total, due))


def add_measure(db: Database, actor: Actor, case_id: str, data: MeasureInput) -> Outcome[MeasureRecord]:
    with unit_of_work(db, actor, "add_measure") as work:
        case = _case_for_field_work(work, case_id)
        try:
            kind = MeasureKind((data.kind or "").strip())
        except ValueError:
            raise ValidationError("kind", "measure.unknown_kind", "Choose the kind of measure") from None
        if data.start_date is None:
            raise ValidationError("start_date", "required", "The start date is required")
        end = validate_measure_dates(kind, data.start_date, data.end_date)
        measure = Measure(
            beat_id=case.beat_id,
            case_id=case.id,
            kind=kind.value,
            start_date=data.start_date,
            end_date=end,
            issued_by=optional_text(data.issued_by, "issued_by", ISSUER_MAX),
            notes=optional_text(data.notes, "notes", NOTES_MAX, multiline=True),
        )
        work.insert(measure)
        return work.outcome(_measure_record(measure))


def end_measure(
    db: Database, actor: Actor, measure_id: str, ended_on: date, reason: str, *, today: date | None = None
) -> Outcome[MeasureRecord]:
    """End a measure early (the court lifted it, the referral finished); its record stays."""
    today = today or date.today()
    with unit_of_work(db, actor, "end_measure") as work:
        measure = work.get(Measure, measure_id)
        _case_for_field_work(work, measure.case_id)
        if measure.ended_on is not None:
            raise ValidationError("measure_id", "measure.already_ended", "This measure has already ended")
        if ended_on is None:
            raise ValidationError("ended_on", "required", "The end date is required")
        if ended_on < measure.start_date:
            raise ValidationError(
                "ended_on", "measure.end_before_start", "The measure cannot end before it started"
            )
        if measure.end_date is not None and ended_on > measure.end_date:
            raise ValidationError(
                "ended_on", "measure.already_expired", "The measure ran out before this date"
            )
        _not_future_date(ended_on, "ended_on", today)
        work.update(
            measure,
            {"ended_on": ended_on, "ended_reason": require_text(reason, "reason", NOTES_MAX, multiline=True)},
        )
        return work.outcome(_measure_record(measure))


def record_review(
    db: Database, actor: Actor, case_id: str, notes: str, reviewed_at: datetime
) -> Outcome[ReviewRecord]:
    """Append a review; the next one falls due after the interval of the case's risk level."""
    with unit_of_work(db, actor, "record_review") as work:
        case = _case_for_field_work(work, case_id)
        if reviewed_at is None:
            raise ValidationError("reviewed_at", "required", "When was the case reviewed?")
        _not_future_time(reviewed_at, "reviewed_at", work.now)
        review = CaseReview(
            beat_id=case.beat_id,
            case_id=case.id,
            reviewed_at=reviewed_at,
            reviewer_id=actor.user_id,
            notes=require_text(notes, "notes", NOTES_MAX, multiline=True),
        )
        work.insert(review)
        due = _schedule_review(work, case)
        return work.outcome(_review_record(review, due))


def set_case_status(db: Database, actor: Actor, case_id: str, status: str) -> Outcome[CaseRecord]:
    """Move a live case between open and monitoring (closing goes through request_closure)."""
    with unit_of_work(db, actor, "set_case_status") as work:
        case = _case_for_field_work(work, case_id)
        _require_owner_or_supervisor(actor, case)
        if status not in ACTIVE_STATUSES:
            raise ValidationError(
                "status", "dv.status", "A case is open or monitoring; close it by a closure request"
            )
        work.update(case, {"status": status})
        return work.outcome(_case_record(case, _children_ids(work.session, case.id)))


def _close(work: Work, case: DvCase, on: date, note: str | None) -> None:
    work.update(
        case,
        {
            "status": CLOSED,
            "closure_state": CLOSURE_APPROVED,
            "closure_decided_by": work.actor.user_id,
            "closure_decided_at": work.now,
            "closure_decision_note": note,
            "closed_on": on,
            "next_review_due": None,
        },
    )


def request_closure(
    db: Database, actor: Actor, case_id: str, reason: str, *, today: date | None = None
) -> Outcome[CaseRecord]:
    """Close with a reason: at once for low/medium risk or a supervisor; otherwise await approval.

    A case never assessed counts as needing approval: its risk is unknown.
    """
    today = today or date.today()
    with unit_of_work(db, actor, "request_closure") as work:
        case = _case_for_field_work(work, case_id)
        _require_owner_or_supervisor(actor, case)
        text = require_text(reason, "reason", NOTES_MAX, multiline=True)
        if case.closure_state == CLOSURE_REQUESTED:
            raise ValidationError("case_id", "dv.closure_pending", "Closure is already awaiting approval")
        work.update(
            case,
            {
                "closure_state": CLOSURE_REQUESTED,
                "closure_reason": text,
                "closure_requested_by": actor.user_id,
                "closure_requested_at": work.now,
                "closure_decided_by": None,
                "closure_decided_at": None,
                "closure_decision_note": None,
            },
        )
        level = RiskLevel(case.risk_level) if case.risk_level else None
        if actor.role is Role.SUPERVISOR or level in SELF_CLOSABLE:
            _close(work, case, today, None)
        return work.outcome(_case_record(case, _children_ids(work.session, case.id)))


def approve_closure(
    db: Database, actor: Actor, case_id: str, note: str | None = None, *, today: date | None = None
) -> Outcome[CaseRecord]:
    today = today or date.today()
    with unit_of_work(db, actor, "approve_closure") as work:
        case = _case(work, case_id)
        _require_supervisor(actor, case)
        if case.closure_state != CLOSURE_REQUESTED or case.status == CLOSED:
            raise ValidationError("case_id", "dv.no_closure_request", "No closure request awaits a decision")
        _close(work, case, today, optional_text(note, "note", NOTES_MAX, multiline=True))
        return work.outcome(_case_record(case, _children_ids(work.session, case.id)))


def reject_closure(db: Database, actor: Actor, case_id: str, note: str) -> Outcome[CaseRecord]:
    with unit_of_work(db, actor, "reject_closure") as work:
        case = _case(work, case_id)
        _require_supervisor(actor, case)
        if case.closure_state != CLOSURE_REQUESTED or case.status == CLOSED:
            raise ValidationError("case_id", "dv.no_closure_request", "No closure request awaits a decision")
        work.update(
            case,
            {
                "closure_state": CLOSURE_REJECTED,
                "closure_decided_by": actor.user_id,
                "closure_decided_at": work.now,
                "closure_decision_note": require_text(note, "note", NOTES_MAX, multiline=True),
            },
        )
        return work.outcome(_case_record(case, _children_ids(work.session, case.id)))


def grant_case_access(db: Database, actor: Actor, case_id: str, user_id: str) -> Outcome[AccessRecord]:
    """Name a co-worker who may see the case (it does not widen their beats: HQ decides those)."""
    with unit_of_work(db, actor, "grant_case_access") as work:
        case = _case(work, case_id)
        _require_owner_or_supervisor(actor, case)
        user = work.session.get(User, user_id) if user_id else None
        if user is None or not user.active:
            raise ValidationError("user_id", "user.not_found", "No such active account")
        if user.role not in (Role.INSPECTOR.value, Role.SUPERVISOR.value):
            raise ValidationError("user_id", "dv.access_role", "Only inspectors and supervisors work cases")
        if user.id == case.owner_id:
            raise ValidationError("user_id", "dv.access_owner", "The case's inspector already sees it")
        existing = work.session.scalar(
            select(DvCaseAccess).where(
                DvCaseAccess.case_id == case.id,
                DvCaseAccess.user_id == user.id,
                DvCaseAccess.deleted.is_(False),
            )
        )
        if existing is not None:
            raise ValidationError("user_id", "dv.access_exists", "This person already has access")
        access = DvCaseAccess(beat_id=case.beat_id, case_id=case.id, user_id=user.id)
        work.insert(access)
        return work.outcome(AccessRecord(access.id, case.id, user.id, user.full_name))


def reassign_case(db: Database, actor: Actor, case_id: str, new_owner_id: str) -> Outcome[CaseRecord]:
    with unit_of_work(db, actor, "reassign_case") as work:
        case = _case(work, case_id)
        _require_supervisor(actor, case)
        if not new_owner_id or not _inspector_of_beat(work.session, new_owner_id, case.beat_id):
            raise ValidationError(
                "new_owner_id", "dv.owner_not_inspector", "The new owner must be an inspector of the beat"
            )
        work.update(case, {"owner_id": new_owner_id})
        return work.outcome(_case_record(case, _children_ids(work.session, case.id)))


# --- reads -------------------------------------------------------------------------------------


def case_view(db: Database, actor: Actor, case_id: str, *, on: date | None = None) -> CaseView:
    """Everything on the case screen; each call is an audited "view" (DV views are audited)."""
    on = on or date.today()
    with unit_of_work(db, actor, "view") as work:
        case = _case(work, case_id)
        work.audit("view", case)
        s = work.session
        children = _parties(s, _children_ids(s, case.id), "child")
        victim = _parties(s, [case.victim_id], "victim")[0]
        offender = _parties(s, [case.offender_id], "offender")[0]
        incidents = s.scalars(
            select(Incident)
            .where(Incident.case_id == case.id, Incident.deleted.is_(False))
            .order_by(Incident.occurred_at)
        )
        assessments = s.scalars(
            select(RiskAssessment)
            .where(RiskAssessment.case_id == case.id, RiskAssessment.deleted.is_(False))
            .order_by(RiskAssessment.assessed_at)
        )
        measures = s.scalars(
            select(Measure)
            .where(Measure.case_id == case.id, Measure.deleted.is_(False))
            .order_by(Measure.start_date)
        )
        reviews = s.scalars(
            select(CaseReview)
            .where(CaseReview.case_id == case.id, CaseReview.deleted.is_(False))
            .order_by(CaseReview.reviewed_at)
        )
        access = s.execute(
            select(DvCaseAccess.id, DvCaseAccess.user_id, User.full_name)
            .outerjoin(User, User.id == DvCaseAccess.user_id)
            .where(DvCaseAccess.case_id == case.id, DvCaseAccess.deleted.is_(False))
        )
        total = len(risk_policy().questions)
        return CaseView(
            id=case.id,
            beat_id=case.beat_id,
            number=case.number,
            status=case.status,
            opened_on=case.opened_on,
            summary=case.summary,
            owner_id=case.owner_id,
            owner_name=_user_name(s, case.owner_id),
            household_id=case.household_id,
            victim=victim,
            offender=offender,
            children=tuple(children),
            risk_level=case.risk_level,
            next_review_due=case.next_review_due,
            closure_state=case.closure_state,
            closure_reason=case.closure_reason,
            closure_decision_note=case.closure_decision_note,
            closed_on=case.closed_on,
            incidents=tuple(_incident_record(i) for i in incidents),
            assessments=tuple(_assessment_record(a, len(a.answers or {}), total, None) for a in assessments),
            measures=tuple(_measure_record(m, on) for m in measures),
            reviews=tuple(_review_record(r, None) for r in reviews),
            access=tuple(AccessRecord(a_id, case.id, uid, name or "") for a_id, uid, name in access),
        )


def _at(day: date) -> datetime:
    return datetime.combine(day, time.min)


def case_timeline(db: Database, actor: Actor, case_id: str) -> list[TimelineEvent]:
    """Everything that happened in the case, oldest first (an audited view too)."""
    with unit_of_work(db, actor, "view_timeline") as work:
        case = _case(work, case_id)
        work.audit("view_timeline", case)
        s = work.session
        events = [TimelineEvent(_at(case.opened_on), "opened", case.number, case.id, case.created_by)]
        for i in s.scalars(select(Incident).where(Incident.case_id == case.id, Incident.deleted.is_(False))):
            events.append(TimelineEvent(i.occurred_at, "incident", i.kind, i.id, i.reported_by))
        for a in s.scalars(
            select(RiskAssessment).where(RiskAssessment.case_id == case.id, RiskAssessment.deleted.is_(False))
        ):
            events.append(
                TimelineEvent(
                    a.assessed_at, "assessment", f"{a.final_level} (score {a.score})", a.id, a.assessed_by
                )
            )
        for m in s.scalars(select(Measure).where(Measure.case_id == case.id, Measure.deleted.is_(False))):
            events.append(TimelineEvent(_at(m.start_date), "measure_started", m.kind, m.id, m.created_by))
            if m.ended_on is not None:
                events.append(
                    TimelineEvent(
                        _at(m.ended_on), "measure_ended", f"{m.kind}: {m.ended_reason}", m.id, m.updated_by
                    )
                )
        for r in s.scalars(
            select(CaseReview).where(CaseReview.case_id == case.id, CaseReview.deleted.is_(False))
        ):
            events.append(TimelineEvent(r.reviewed_at, "review", r.notes[:200], r.id, r.reviewer_id))
        for v in s.scalars(select(Visit).where(Visit.dv_case_id == case.id, Visit.deleted.is_(False))):
            events.append(TimelineEvent(v.visited_at, "visit", f"{v.kind}: {v.outcome}", v.id, v.officer_id))
        # The row holds the latest closure round; earlier rounds are in the audit log.
        if case.closure_requested_at is not None:
            events.append(
                TimelineEvent(
                    case.closure_requested_at,
                    "closure_requested",
                    case.closure_reason or "",
                    case.id,
                    case.closure_requested_by,
                )
            )
        if case.closure_decided_at is not None and case.closure_state in (CLOSURE_APPROVED, CLOSURE_REJECTED):
            events.append(
                TimelineEvent(
                    case.closure_decided_at,
                    f"closure_{case.closure_state}",
                    case.closure_decision_note or "",
                    case.id,
                    case.closure_decided_by,
                )
            )
        order = {"opened": 0, "closure_requested": 8, "closure_approved": 9, "closure_rejected": 9}
        events.sort(key=lambda e: (e.at, order.get(e.kind, 5)))
        return events


_RISK_RANK = sql_case(
    (DvCase.risk_level == RiskLevel.EXTREME.value, 3),
    (DvCase.risk_level == RiskLevel.HIGH.value, 2),
    (DvCase.risk_level == RiskLevel.MEDIUM.value, 1),
    (DvCase.risk_level == RiskLevel.LOW.value, 0),
    else_=4,  # never assessed: the most urgent, it needs an assessment
)


def list_cases(
    db: Database,
    actor: Actor,
    *,
    status: str | None = None,
    risk_level: str | None = None,
    owner_id: str | None = None,
    limit: int = DEFAULT_PAGE,
    offset: int = 0,
) -> Page[CaseRow]:
    """The cases this actor may see, the riskiest first."""
    owner = aliased(User)
    victim = aliased(Resident)
    query = (
        select(
            DvCase.id,
            DvCase.number,
            DvCase.beat_id,
            DvCase.status,
            DvCase.risk_level,
            DvCase.next_review_due,
            DvCase.opened_on,
            DvCase.owner_id,
            owner.full_name,
            victim.last_name,
            victim.first_name,
            victim.middle_name,
            DvCase.closure_state,
        )
        .outerjoin(owner, owner.id == DvCase.owner_id)
        .join(victim, victim.id == DvCase.victim_id)
        .where(visible_case_filter(actor))
    )
    if status is not None:
        query = query.where(DvCase.status == status)
    if risk_level is not None:
        query = query.where(DvCase.risk_level == risk_level)
    if owner_id is not None:
        query = query.where(DvCase.owner_id == owner_id)
    query = (
        query.order_by(_RISK_RANK.desc(), DvCase.next_review_due, DvCase.number)
        .limit(limit + 1)
        .offset(offset)
    )
    with db.read() as s:
        rows = [
            CaseRow(
                id=r[0],
                number=r[1],
                beat_id=r[2],
                status=r[3],
                risk_level=r[4],
                next_review_due=r[5],
                opened_on=r[6],
                owner_id=r[7],
                owner_name=r[8] or "",
                victim_name=_full_name(r[9], r[10], r[11]),
                closure_state=r[12],
            )
            for r in s.execute(query)
        ]
    return Page(rows[:limit], len(rows) > limit)


def review_due_filter(on: date, *, overdue_only: bool = False) -> ColumnElement[bool]:
    """Live open/monitoring cases whose review is due on ``on`` (or, overdue_only, before it)."""
    due = DvCase.next_review_due < on if overdue_only else DvCase.next_review_due <= on
    return and_(DvCase.deleted.is_(False), DvCase.status.in_(ACTIVE_STATUSES), due)


def cases_due_for_review(
    db: Database, actor: Actor, *, on: date, owner_id: str | None = None
) -> list[CaseDue]:
    """Visible cases due for review on ``on``, most overdue first."""
    owner = aliased(User)
    victim = aliased(Resident)
    query = (
        select(
            DvCase.id,
            DvCase.number,
            DvCase.risk_level,
            DvCase.next_review_due,
            DvCase.owner_id,
            owner.full_name,
            victim.last_name,
            victim.first_name,
            victim.middle_name,
        )
        .outerjoin(owner, owner.id == DvCase.owner_id)
        .join(victim, victim.id == DvCase.victim_id)
        .where(visible_case_filter(actor), review_due_filter(on))
        .order_by(DvCase.next_review_due, _RISK_RANK.desc(), DvCase.number)
    )
    if owner_id is not None:
        query = query.where(DvCase.owner_id == owner_id)
    with db.read() as s:
        return [
            CaseDue(
                case_id=r[0],
                number=r[1],
                risk_level=r[2],
                next_review_due=_known(r[3]),
                days_overdue=(on - _known(r[3])).days,
                owner_id=r[4],
                owner_name=r[5] or "",
                victim_name=_full_name(r[6], r[7], r[8]),
            )
            for r in s.execute(query)
        ]


def active_measure_filter(on: date) -> ColumnElement[bool]:
    """Live measures in force on ``on`` (started, not ended early, not run out)."""
    return and_(
        Measure.deleted.is_(False),
        Measure.start_date <= on,
        or_(Measure.ended_on.is_(None), Measure.ended_on > on),
        or_(Measure.end_date.is_(None), Measure.end_date >= on),
    )


def expiring_measure_filter(on: date, within_days: int, kinds: Iterable[str]) -> ColumnElement[bool]:
    """Measures in force on ``on`` of these kinds whose end falls in [on, on + within_days]."""
    kind_values = sorted({str(k) for k in kinds})
    return and_(
        active_measure_filter(on),
        Measure.kind.in_(kind_values) if kind_values else false(),
        Measure.end_date.is_not(None),
        Measure.end_date <= on + timedelta(days=within_days),
    )


def expiring_measures(
    db: Database,
    actor: Actor,
    *,
    on: date,
    within_days: int = 3,
    kinds: Iterable[str] = (MeasureKind.PROTECTIVE_ORDER,),
    owner_id: str | None = None,
) -> list[MeasureDue]:
    """Measures of visible cases that run out within ``within_days`` of ``on``, soonest first."""
    owner = aliased(User)
    victim = aliased(Resident)
    query = (
        select(
            Measure.id,
            Measure.case_id,
            DvCase.number,
            Measure.kind,
            Measure.start_date,
            Measure.end_date,
            DvCase.owner_id,
            owner.full_name,
            victim.last_name,
            victim.first_name,
            victim.middle_name,
        )
        .join(DvCase, DvCase.id == Measure.case_id)
        .outerjoin(owner, owner.id == DvCase.owner_id)
        .join(victim, victim.id == DvCase.victim_id)
        .where(visible_case_filter(actor), expiring_measure_filter(on, within_days, kinds))
        .order_by(Measure.end_date, DvCase.number)
    )
    if owner_id is not None:
        query = query.where(DvCase.owner_id == owner_id)
    with db.read() as s:
        return [
            MeasureDue(
                measure_id=r[0],
                case_id=r[1],
                case_number=r[2],
                kind=r[3],
                start_date=r[4],
                end_date=_known(r[5]),
                days_left=(_known(r[5]) - on).days,
                owner_id=r[6],
                owner_name=r[7] or "",
                victim_name=_full_name(r[8], r[9], r[10]),
            )
            for r in s.execute(query)
        ]


# --- grouped counts for caseload (the same filters as the lists above) ------------------------


def _owned_in_scope(owner_ids: Iterable[str], beat_ids: Iterable[str]) -> ColumnElement[bool]:
    owners = sorted(set(owner_ids))
    beats = sorted(set(beat_ids))
    return and_(
        DvCase.owner_id.in_(owners) if owners else false(),
        DvCase.beat_id.in_(beats) if beats else false(),
        DvCase.deleted.is_(False),
    )


def open_cases_by_level(
    session: Session, owner_ids: Iterable[str], beat_ids: Iterable[str]
) -> dict[str, dict[str, int]]:
    """owner -> {risk level or "unassessed": open/monitoring cases} (list_cases by owner and level)."""
    rows = session.execute(
        select(DvCase.owner_id, DvCase.risk_level, func.count())
        .where(_owned_in_scope(owner_ids, beat_ids), DvCase.status.in_(ACTIVE_STATUSES))
        .group_by(DvCase.owner_id, DvCase.risk_level)
    )
    out: dict[str, dict[str, int]] = {}
    for owner_id, level, n in rows:
        out.setdefault(owner_id, {})[level or "unassessed"] = n
    return out


def review_overdue_counts(
    session: Session, owner_ids: Iterable[str], beat_ids: Iterable[str], on: date
) -> dict[str, int]:
    """owner -> cases overdue for review on ``on`` (cases_due_for_review rows with days_overdue > 0)."""
    rows = session.execute(
        select(DvCase.owner_id, func.count())
        .where(_owned_in_scope(owner_ids, beat_ids), review_due_filter(on, overdue_only=True))
        .group_by(DvCase.owner_id)
    )
    return {str(owner_id): int(n) for owner_id, n in rows}


def expiring_measure_counts(
    session: Session,
    owner_ids: Iterable[str],
    beat_ids: Iterable[str],
    on: date,
    within_days: int,
    kinds: Iterable[str] = (MeasureKind.PROTECTIVE_ORDER,),
) -> dict[str, int]:
    """owner -> measures ending within ``within_days`` (the rows of expiring_measures per owner)."""
    rows = session.execute(
        select(DvCase.owner_id, func.count())
        .select_from(Measure)
        .join(DvCase, DvCase.id == Measure.case_id)
        .where(_owned_in_scope(owner_ids, beat_ids), expiring_measure_filter(on, within_days, kinds))
        .group_by(DvCase.owner_id)
    )
    return {str(owner_id): int(n) for owner_id, n in rows}


# --- mapping -----------------------------------------------------------------------------------


def _children_ids(session: Session, case_id: str) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(DvCaseChild.resident_id)
            .where(DvCaseChild.case_id == case_id, DvCaseChild.deleted.is_(False))
            .order_by(DvCaseChild.created_at, DvCaseChild.id)
        )
    )


def _parties(session: Session, resident_ids: Iterable[str], role: str) -> list[PartyView]:
    ids = list(resident_ids)
    if not ids:
        return []
    rows = {
        r.id: r
        for r in session.execute(
            select(
                Resident.id,
                Resident.last_name,
                Resident.first_name,
                Resident.middle_name,
                Resident.birth_date,
            ).where(Resident.id.in_(ids))
        )
    }
    out = []
    for rid in ids:
        r = rows.get(rid)
        name = _full_name(r.last_name, r.first_name, r.middle_name) if r is not None else ""
        out.append(PartyView(rid, role, name, r.birth_date if r is not None else None))
    return out


def _case_record(case: DvCase, children: tuple[str, ...]) -> CaseRecord:
    return CaseRecord(
        id=case.id,
        beat_id=case.beat_id,
        number=case.number,
        victim_id=case.victim_id,
        offender_id=case.offender_id,
        children_ids=children,
        household_id=case.household_id,
        owner_id=case.owner_id,
        status=case.status,
        opened_on=case.opened_on,
        summary=case.summary,
        risk_level=case.risk_level,
        next_review_due=case.next_review_due,
        closure_state=case.closure_state,
        closure_reason=case.closure_reason,
        closed_on=case.closed_on,
    )


def _incident_record(i: Incident) -> IncidentRecord:
    return IncidentRecord(i.id, i.case_id, i.occurred_at, i.kind, i.description, i.reported_by)


def _assessment_record(a: RiskAssessment, answered: int, total: int, due: date | None) -> AssessmentRecord:
    return AssessmentRecord(
        id=a.id,
        case_id=a.case_id,
        answers=dict(a.answers or {}),
        score=a.score,
        computed_level=a.computed_level,
        final_level=a.final_level,
        override_reason=a.override_reason,
        assessed_by=a.assessed_by,
        assessed_at=a.assessed_at,
        answered=answered,
        total=total,
        next_review_due=due,
    )


def _measure_record(m: Measure, on: date | None = None) -> MeasureRecord:
    days_left: int | None = None
    if (
        on is not None
        and m.end_date is not None
        and (m.ended_on is None or m.ended_on > on)
        and m.end_date >= on
    ):
        days_left = (m.end_date - on).days
    return MeasureRecord(
        id=m.id,
        case_id=m.case_id,
        kind=m.kind,
        start_date=m.start_date,
        end_date=m.end_date,
        issued_by=m.issued_by,
        notes=m.notes,
        ended_on=m.ended_on,
        ended_reason=m.ended_reason,
        days_left=days_left,
    )


def _review_record(r: CaseReview, due: date | None) -> ReviewRecord:
    return ReviewRecord(r.id, r.case_id, r.reviewed_at, r.reviewer_id, r.notes, due)


__all__ = [
    "AccessRecord",
    "AssessmentRecord",
    "CaseDue",
    "CaseInput",
    "CaseRecord",
    "CaseRow",
    "CaseView",
    "IncidentInput",
    "IncidentRecord",
    "MeasureDue",
    "MeasureInput",
    "MeasureRecord",
    "PartyView",
    "ReviewRecord",
    "TimelineEvent",
    "active_measure_filter",
    "add_measure",
    "approve_closure",
    "assess_risk",
    "case_timeline",
    "case_view",
    "cases_due_for_review",
    "end_measure",
    "expiring_measure_counts",
    "expiring_measure_filter",
    "expiring_measures",
    "grant_case_access",
    "list_cases",
    "open_case",
    "open_cases_by_level",
    "reassign_case",
    "record_incident",
    "record_review",
    "reject_closure",
    "request_closure",
    "review_due_filter",
    "review_overdue_counts",
    "set_case_status",
    "visible_case_filter",
]
