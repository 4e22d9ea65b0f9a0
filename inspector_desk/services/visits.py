"""Visits, rounds, receptions and preventive talks: logging them (append-only; a mistake is voided),
and the reads for a resident's visits, the beat's visit log and "Today" (registry visits due)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.domain.visits import PreventiveTopic, VisitKind, VisitOutcome, validate_visit
from inspector_desk.services.addresses import (
    NOTES_MAX,
    REASON_MAX,
    address_line,
    chunks,
    full_name,
    live_in_scope,
    require_field_role,
    scoped_read,
)
from inspector_desk.services.base import Actor, Outcome, Page, Role, scope_filter, unit_of_work
from inspector_desk.services.dv_cases import visible_case
from inspector_desk.services.fields import optional_text, require_text
from inspector_desk.services.registry import (
    active_categories,
    active_on,
    compute_next_visit_due,
    counts_for_registry,
    last_registry_visit,
    recompute_next_visit_due,
)
from inspector_desk.store.db import Database
from inspector_desk.store.models import Address, Household, RegistryEntry, Resident, User, Visit

PAGE_MAX = 500
DUE_MAX = 2000


@dataclass(frozen=True, slots=True)
class VisitInput:
    """A visit as the form gives it; ``visited_at`` is UTC (naive) or timezone-aware."""

    kind: str
    visited_at: datetime
    outcome: str
    resident_id: str | None = None
    household_id: str | None = None
    dv_case_id: str | None = None
    topic: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class VisitRecord:
    id: str
    beat_id: str
    kind: str
    topic: str | None
    visited_at: datetime
    outcome: str
    resident_id: str | None
    household_id: str | None
    dv_case_id: str | None
    notes: str | None
    officer_id: str
    counts_for_registry: bool
    # The named resident's next registry visit after this one (None: not on the registry).
    next_visit_due: date | None
    # Everyone whose next registry visit was recomputed (the resident, or the household's members).
    residents_updated: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: str
    beat_id: str
    kind: str
    topic: str | None
    visited_at: datetime
    outcome: str
    notes: str | None
    officer_id: str
    officer_name: str | None
    resident_id: str | None
    resident_name: str | None
    household_id: str | None
    address: str
    dv_case_id: str | None
    counts_for_registry: bool


@dataclass(frozen=True, slots=True)
class DueVisit:
    resident_id: str
    beat_id: str
    full_name: str
    address: str
    phone: str | None
    categories: tuple[str, ...]
    due_on: date
    days_overdue: int  # negative: due within the horizon, not yet overdue


def _utc_naive(value: datetime) -> datetime:
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _choice(enum: type[Any], value: str | None, field: str) -> Any:
    if value is None or not str(value).strip():
        raise ValidationError(field, "required", "This field is required")
    try:
        return enum(str(value).strip())
    except ValueError:
        raise ValidationError(field, "choice", "Choose a value from the list") from None


def household_member_ids(session: Session, household_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Resident.id).where(Resident.household_id == household_id, Resident.deleted.is_(False))
        )
    )


def _affected_residents(session: Session, visit: Visit) -> list[str]:
    """Whose registry clock a visit moves: the named resident, or everyone in the visited household."""
    if visit.resident_id is not None:
        return [visit.resident_id]
    if visit.household_id is not None:
        return household_member_ids(session, visit.household_id)
    return []


def _record(visit: Visit, due: date | None, updated: Sequence[str]) -> VisitRecord:
    return VisitRecord(
        id=visit.id,
        beat_id=visit.beat_id,
        kind=visit.kind,
        topic=visit.topic,
        visited_at=visit.visited_at,
        outcome=visit.outcome,
        resident_id=visit.resident_id,
        household_id=visit.household_id,
        dv_case_id=visit.dv_case_id,
        notes=visit.notes,
        officer_id=visit.officer_id,
        counts_for_registry=counts_for_registry(visit.kind, visit.outcome),
        next_visit_due=due,
        residents_updated=tuple(updated),
    )


# --- writes ----------------------------------------------------------------------------------


def log_visit(
    db: Database, actor: Actor, data: VisitInput, *, today: date | None = None
) -> Outcome[VisitRecord]:
    """Record a visit to a resident and/or a household; the beat is theirs.

    When both are given the resident must live in that household. A DV follow-up names its case.
    A counting visit (see ``registry.counts_for_registry``) moves the next registry visit of the
    named resident, or of everyone in the household when no resident is named.
    """
    with unit_of_work(db, actor, "log_visit") as work:
        require_field_role(actor)
        kind = _choice(VisitKind, data.kind, "kind")
        outcome = _choice(VisitOutcome, data.outcome, "outcome")
        topic = _choice(PreventiveTopic, data.topic, "topic") if data.topic and data.topic.strip() else None
        if data.visited_at is None:
            raise ValidationError("visited_at", "required", "The visit time is required")
        visited_at = _utc_naive(data.visited_at)
        validate_visit(kind, visited_at=visited_at, now=work.now, topic=topic)
        notes = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        if not data.resident_id and not data.household_id:
            raise ValidationError(
                "resident_id", "visit.subject_required", "Name the resident or the household visited"
            )
        beat_id: str | None = None
        if data.resident_id:
            resident = work.get(Resident, data.resident_id)
            beat_id = resident.beat_id
            if data.household_id and resident.household_id != data.household_id:
                raise ValidationError(
                    "household_id", "visit.household_mismatch", "The resident does not live in this household"
                )
        if data.household_id:
            household = work.get(Household, data.household_id)
            beat_id = household.beat_id
        if kind is VisitKind.DV_FOLLOW_UP and not data.dv_case_id:
            raise ValidationError("dv_case_id", "required", "A DV follow-up names its case")
        if data.dv_case_id:
            case = visible_case(work, data.dv_case_id)  # need-to-know, not only the beat
            if case.beat_id != beat_id:
                raise ValidationError("dv_case_id", "visit.other_beat", "The case is on another beat")
        assert beat_id is not None
        visit = work.insert(
            Visit(
                beat_id=beat_id,
                kind=kind.value,
                topic=topic.value if topic else None,
                visited_at=visited_at,
                resident_id=data.resident_id or None,
                household_id=data.household_id or None,
                dv_case_id=data.dv_case_id or None,
                outcome=outcome.value,
                notes=notes,
                officer_id=actor.user_id,
            )
        )
        affected = _affected_residents(work.session, visit)
        dues = {rid: recompute_next_visit_due(work.session, rid, on=today) for rid in affected}
        due = dues.get(visit.resident_id) if visit.resident_id else None
        return work.outcome(_record(visit, due, affected))


def void_visit(
    db: Database, actor: Actor, visit_id: str, reason: str, *, today: date | None = None
) -> Outcome[VisitRecord]:
    """Void a visit logged by mistake (visits are never edited); an inspector voids only their own."""
    with unit_of_work(db, actor, "void_visit") as work:
        require_field_role(actor)
        visit = work.get(Visit, visit_id)
        if actor.role is Role.INSPECTOR and visit.officer_id != actor.user_id:
            raise PermissionDenied(
                "only the officer who logged a visit, or a supervisor, may void it",
                record=f"visits:{visit.id}",
            )
        text = require_text(reason, "reason", REASON_MAX, multiline=True)
        work.void(visit, text)
        work.session.flush()
        affected = _affected_residents(work.session, visit)
        dues = {rid: recompute_next_visit_due(work.session, rid, on=today) for rid in affected}
        due = dues.get(visit.resident_id) if visit.resident_id else None
        return work.outcome(_record(visit, due, affected))


# --- reads -----------------------------------------------------------------------------------


def visit_rows(session: Session, visits: Sequence[Visit]) -> list[VisitRow]:
    """Display rows for these visits, in their order: officer and resident names, the address."""
    officer_ids = sorted({v.officer_id for v in visits})
    resident_ids = sorted({v.resident_id for v in visits if v.resident_id})
    household_ids = sorted({v.household_id for v in visits if v.household_id})
    officers: dict[str, str] = {}
    residents: dict[str, tuple[str, str | None]] = {}
    places: dict[str, str] = {}
    for part in chunks(officer_ids):
        officers.update(session.execute(select(User.id, User.full_name).where(User.id.in_(part))).all())
    for part in chunks(resident_ids):
        for r in session.execute(
            select(
                Resident.id,
                Resident.last_name,
                Resident.first_name,
                Resident.middle_name,
                Resident.household_id,
            ).where(Resident.id.in_(part))
        ):
            residents[r.id] = (full_name(r.last_name, r.first_name, r.middle_name), r.household_id)
    household_ids = sorted(set(household_ids) | {h for _, h in residents.values() if h})
    for part in chunks(household_ids):
        for hid, street, house, apartment in session.execute(
            select(Household.id, Address.street, Address.house, Household.apartment)
            .join(Address, Address.id == Household.address_id)
            .where(Household.id.in_(part))
        ):
            places[hid] = address_line(street, house, apartment)
    rows = []
    for v in visits:
        name, home = residents.get(v.resident_id or "", (None, None))
        place = v.household_id or home
        rows.append(
            VisitRow(
                id=v.id,
                beat_id=v.beat_id,
                kind=v.kind,
                topic=v.topic,
                visited_at=v.visited_at,
                outcome=v.outcome,
                notes=v.notes,
                officer_id=v.officer_id,
                officer_name=officers.get(v.officer_id),
                resident_id=v.resident_id,
                resident_name=name,
                household_id=v.household_id,
                address=places.get(place or "", ""),
                dv_case_id=v.dv_case_id,
                counts_for_registry=counts_for_registry(v.kind, v.outcome),
            )
        )
    return rows


def resident_visit_rows(
    session: Session, resident_id: str, household_id: str | None, *, limit: int, offset: int
) -> tuple[list[VisitRow], bool]:
    """A resident's visits, newest first: those naming them and those to their household as a whole.

    Two index range scans (ix_visits_resident, ix_visits_household) merged here, rather than an OR
    the planner might answer with a scan of the visits table.
    """
    want = offset + limit + 1
    found = list(
        session.scalars(
            select(Visit)
            .where(Visit.resident_id == resident_id, Visit.deleted.is_(False))
            .order_by(Visit.visited_at.desc())
            .limit(want)
        )
    )
    if household_id is not None:
        found.extend(
            session.scalars(
                select(Visit)
                # "resident_id IS NULL" wrapped in coalesce so SQLite cannot answer it from
                # ix_visits_resident (every household-only visit in the store) instead of this household's.
                .where(
                    Visit.household_id == household_id,
                    func.coalesce(Visit.resident_id, "") == "",
                    Visit.deleted.is_(False),
                )
                .order_by(Visit.visited_at.desc())
                .limit(want)
            )
        )
    found.sort(key=lambda v: (v.visited_at, v.id), reverse=True)
    page = found[offset : offset + limit]
    return visit_rows(session, page), len(found) > offset + limit


def _page(limit: int, offset: int) -> None:
    if limit < 1 or limit > PAGE_MAX:
        raise ValidationError("limit", "range", f"A page holds 1 to {PAGE_MAX} rows")
    if offset < 0:
        raise ValidationError("offset", "range", "The offset may not be negative")


def visits_of_resident(
    db: Database, actor: Actor, resident_id: str, *, limit: int = 50, offset: int = 0
) -> Page[VisitRow]:
    _page(limit, offset)
    with scoped_read(db, actor, "view_resident_visits") as session:
        resident = live_in_scope(session, actor, Resident, resident_id)
        rows, more = resident_visit_rows(
            session, resident.id, resident.household_id, limit=limit, offset=offset
        )
        return Page(rows, more)


def _day_start(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return _utc_naive(value)
    return datetime.combine(value, time.min)


def list_visits(
    db: Database,
    actor: Actor,
    *,
    since: date | datetime,
    until: date | datetime,
    kind: str | None = None,
    officer_id: str | None = None,
    beat_id: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[VisitRow]:
    """The visits of the actor's beats from ``since`` up to ``until`` (a date includes that whole day;
    a datetime is an exclusive bound), newest first."""
    _page(limit, offset)
    start = _day_start(since)
    end = _day_start(until + timedelta(days=1)) if not isinstance(until, datetime) else _utc_naive(until)
    beats = scope_filter(actor)
    if beat_id is not None:
        beats = [b for b in beats if b == beat_id]
    if not beats:
        return Page([], False)
    query = select(Visit).where(
        Visit.beat_id.in_(beats), Visit.visited_at >= start, Visit.visited_at < end, Visit.deleted.is_(False)
    )
    if kind is not None:
        query = query.where(Visit.kind == _choice(VisitKind, kind, "kind").value)
    if officer_id is not None:
        query = query.where(Visit.officer_id == officer_id)
    with db.read() as session:
        visits = list(
            session.scalars(
                query.order_by(Visit.visited_at.desc(), Visit.id.desc()).limit(limit + 1).offset(offset)
            )
        )
        return Page(visit_rows(session, visits[:limit]), len(visits) > limit)


def due_visits(
    db: Database,
    actor: Actor,
    *,
    on: date,
    horizon_days: int = 0,
    limit: int = 500,
    beat_id: str | None = None,
) -> list[DueVisit]:
    """Residents on the registry whose next visit is due by ``on + horizon_days``, most overdue first.

    Served by ix_residents_due (beat_id, next_visit_due). A stored due date whose categories have all
    ended since it was computed is skipped by the EXISTS check, so "Today" never lists someone who
    is no longer on the registry.
    """
    if horizon_days < 0 or horizon_days > 366:
        raise ValidationError("horizon_days", "range", "The horizon is 0 to 366 days")
    if limit < 1 or limit > DUE_MAX:
        raise ValidationError("limit", "range", f"At most {DUE_MAX} rows")
    beats = scope_filter(actor)
    if beat_id is not None:
        beats = [b for b in beats if b == beat_id]
    if not beats:
        return []
    cutoff = on + timedelta(days=horizon_days)
    on_registry = exists().where(
        RegistryEntry.resident_id == Resident.id, active_on(on), RegistryEntry.ended_reason.is_(None)
    )
    query = (
        select(
            Resident.id,
            Resident.beat_id,
            Resident.last_name,
            Resident.first_name,
            Resident.middle_name,
            Resident.phones,
            Resident.next_visit_due,
            Address.street,
            Address.house,
            Household.apartment,
        )
        .outerjoin(Household, Household.id == Resident.household_id)
        .outerjoin(Address, Address.id == Household.address_id)
        .where(
            Resident.beat_id.in_(beats),
            Resident.next_visit_due.is_not(None),
            Resident.next_visit_due <= cutoff,
            Resident.deleted.is_(False),
            on_registry,
        )
        .order_by(Resident.next_visit_due, Resident.sort_name)
        .limit(limit)
    )
    with db.read() as session:
        rows = session.execute(query).all()
        categories = active_categories(session, [r.id for r in rows], on)
    return [
        DueVisit(
            resident_id=r.id,
            beat_id=r.beat_id,
            full_name=full_name(r.last_name, r.first_name, r.middle_name),
            address=address_line(r.street, r.house, r.apartment),
            phone=r.phones[0] if r.phones else None,
            categories=categories.get(r.id, ()),
            due_on=r.next_visit_due,
            days_overdue=(on - r.next_visit_due).days,
        )
        for r in rows
    ]


def next_due_after_visit(
    db: Database,
    actor: Actor,
    resident_id: str,
    *,
    visited_on: date,
    kind: str,
    outcome: str,
    on: date | None = None,
) -> date | None:
    """The resident's next registry visit if a visit like this were logged (for the visit form,
    before saving); None when they are not on the registry."""
    on = on or date.today()
    with scoped_read(db, actor, "view_resident") as session:
        resident = live_in_scope(session, actor, Resident, resident_id)
        entries = session.execute(
            select(RegistryEntry.category, RegistryEntry.start_date).where(
                and_(
                    RegistryEntry.resident_id == resident.id,
                    active_on(on),
                    RegistryEntry.ended_reason.is_(None),
                )
            )
        ).all()
        if not entries:
            return None
        last = last_registry_visit(session, resident.id, resident.household_id)
    if counts_for_registry(kind, outcome) and (last is None or visited_on > last):
        last = visited_on
    return compute_next_visit_due([c for c, _ in entries], [s for _, s in entries], last)
