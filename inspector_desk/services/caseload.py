"""Caseload figures per inspector and for the unit, as printed on the supervisor's reports.

Each figure comes from a named, grouped query (one GROUP BY per figure for all inspectors at once)
whose filter is the one the matching list screen uses, so a report's number equals the screen's rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.schedule import MeasureKind
from inspector_desk.services.appeals import appeal_counts
from inspector_desk.services.base import Actor, Role
from inspector_desk.services.dv_cases import (
    expiring_measure_counts,
    open_cases_by_level,
    review_overdue_counts,
)
from inspector_desk.store.db import Database
from inspector_desk.store.models import BeatAssignment, RegistryEntry, Resident, User, Visit

# "Protective orders ending soon" on the caseload report: a week ahead.
ORDERS_ENDING_WITHIN_DAYS = 7


@dataclass(frozen=True, slots=True)
class InspectorCaseload:
    inspector_id: str
    inspector_name: str
    beat_ids: tuple[str, ...]
    residents: int
    registry_persons: int  # distinct persons with any category active on ``on``
    registry_by_category: Mapping[str, int]  # category -> distinct persons
    visits_done: int  # visits logged by the inspector in the period
    visits_due: int  # residents whose next registry visit falls in the period
    visits_overdue: int  # residents whose next registry visit was due before ``on``
    dv_open_by_level: Mapping[str, int]  # low|medium|high|extreme|unassessed -> open/monitoring cases
    protective_orders_ending: int  # within ORDERS_ENDING_WITHIN_DAYS of ``on``
    cases_overdue_review: int
    appeals_received: int
    appeals_answered_on_time: int
    appeals_overdue: int

    @property
    def dv_open(self) -> int:
        return sum(self.dv_open_by_level.values())


@dataclass(frozen=True, slots=True)
class CaseloadTotals:
    """The unit's figures: beat figures once per beat, officer figures summed over inspectors."""

    inspectors: int
    residents: int
    registry_persons: int
    registry_by_category: Mapping[str, int] = field(default_factory=dict)
    visits_done: int = 0
    visits_due: int = 0
    visits_overdue: int = 0
    dv_open_by_level: Mapping[str, int] = field(default_factory=dict)
    protective_orders_ending: int = 0
    cases_overdue_review: int = 0
    appeals_received: int = 0
    appeals_answered_on_time: int = 0
    appeals_overdue: int = 0

    @property
    def dv_open(self) -> int:
        return sum(self.dv_open_by_level.values())


# --- filters shared with the list screens -------------------------------------------------------


def _in(column: InstrumentedAttribute[str], values: Iterable[str]) -> ColumnElement[bool]:
    items = sorted(set(values))
    # An empty IN list would be a warning and a full scan; nothing in scope matches nothing.
    return column.in_(items) if items else false()


def residents_filter(beat_ids: Iterable[str]) -> ColumnElement[bool]:
    """Live residents of these beats."""
    return and_(_in(Resident.beat_id, beat_ids), Resident.deleted.is_(False))


def overdue_visit_filter(on: date) -> ColumnElement[bool]:
    """Residents whose next registry visit was due before ``on`` (the "Today" overdue list)."""
    return and_(Resident.deleted.is_(False), Resident.next_visit_due < on)


def visits_due_filter(start: date, end: date) -> ColumnElement[bool]:
    """Residents whose next registry visit falls from ``start`` to ``end`` (both included)."""
    return and_(Resident.deleted.is_(False), Resident.next_visit_due >= start, Resident.next_visit_due <= end)


def active_registry_filter(on: date) -> ColumnElement[bool]:
    """Registry entries in force on ``on``: started, and not ended before it (end date included)."""
    return and_(
        RegistryEntry.deleted.is_(False),
        RegistryEntry.start_date <= on,
        or_(RegistryEntry.end_date.is_(None), RegistryEntry.end_date >= on),
    )


def visits_in_period_filter(start: date, end: date) -> ColumnElement[bool]:
    """Live visits from ``start`` 00:00 to the end of ``end``."""
    return and_(
        Visit.deleted.is_(False),
        Visit.visited_at >= datetime.combine(start, time.min),
        Visit.visited_at < datetime.combine(end + timedelta(days=1), time.min),
    )


# --- grouped counts --------------------------------------------------------------------------------


def _counts(rows: Iterable[tuple[str, int]]) -> dict[str, int]:
    return {str(key): int(n) for key, n in rows}


def resident_counts(session: Session, beat_ids: Iterable[str]) -> dict[str, int]:
    """beat -> live residents."""
    rows = session.execute(
        select(Resident.beat_id, func.count()).where(residents_filter(beat_ids)).group_by(Resident.beat_id)
    )
    return _counts(rows)


def overdue_visit_counts(session: Session, beat_ids: Iterable[str], on: date) -> dict[str, int]:
    """beat -> residents overdue for a registry visit on ``on``."""
    rows = session.execute(
        select(Resident.beat_id, func.count())
        .where(_in(Resident.beat_id, beat_ids), overdue_visit_filter(on))
        .group_by(Resident.beat_id)
    )
    return _counts(rows)


def overdue_visit_count(session: Session, beat_ids: Iterable[str], on: date) -> int:
    """Residents of these beats overdue for a registry visit on ``on``."""
    return sum(overdue_visit_counts(session, beat_ids, on).values())


def visits_due_counts(session: Session, beat_ids: Iterable[str], start: date, end: date) -> dict[str, int]:
    """beat -> residents whose next registry visit falls in [start, end]."""
    rows = session.execute(
        select(Resident.beat_id, func.count())
        .where(_in(Resident.beat_id, beat_ids), visits_due_filter(start, end))
        .group_by(Resident.beat_id)
    )
    return _counts(rows)


def registry_counts(session: Session, beat_ids: Iterable[str], on: date) -> dict[str, dict[str, int]]:
    """beat -> {category: distinct persons with that category active on ``on``}."""
    rows = session.execute(
        select(
            RegistryEntry.beat_id,
            RegistryEntry.category,
            func.count(func.distinct(RegistryEntry.resident_id)),
        )
        .where(_in(RegistryEntry.beat_id, beat_ids), active_registry_filter(on))
        .group_by(RegistryEntry.beat_id, RegistryEntry.category)
    )
    out: dict[str, dict[str, int]] = {}
    for beat_id, category, n in rows:
        out.setdefault(beat_id, {})[category] = int(n)
    return out


def registry_person_counts(session: Session, beat_ids: Iterable[str], on: date) -> dict[str, int]:
    """beat -> distinct persons with any category active on ``on`` (a person counts once)."""
    rows = session.execute(
        select(RegistryEntry.beat_id, func.count(func.distinct(RegistryEntry.resident_id)))
        .where(_in(RegistryEntry.beat_id, beat_ids), active_registry_filter(on))
        .group_by(RegistryEntry.beat_id)
    )
    return _counts(rows)


def visits_done_counts(
    session: Session, officer_ids: Iterable[str], beat_ids: Iterable[str], start: date, end: date
) -> dict[str, int]:
    """officer -> visits they logged on these beats in [start, end]."""
    rows = session.execute(
        select(Visit.officer_id, func.count())
        .where(
            _in(Visit.officer_id, officer_ids),
            _in(Visit.beat_id, beat_ids),
            visits_in_period_filter(start, end),
        )
        .group_by(Visit.officer_id)
    )
    return _counts(rows)


# --- the report ---------------------------------------------------------------------------------


def _inspectors(session: Session, actor: Actor) -> list[tuple[str, str, tuple[str, ...]]]:
    """(inspector id, name, their beats within the actor's scope), by name."""
    if actor.role is Role.INSPECTOR:
        me = session.get(User, actor.user_id)
        name = me.full_name if me is not None else actor.full_name
        return [(actor.user_id, name, tuple(sorted(actor.beat_ids)))]
    rows = session.execute(
        select(User.id, User.full_name, BeatAssignment.beat_id)
        .join(BeatAssignment, BeatAssignment.user_id == User.id)
        .where(
            _in(BeatAssignment.beat_id, actor.beat_ids),
            User.role == Role.INSPECTOR.value,
            User.active.is_(True),
        )
        .order_by(User.full_name, User.id, BeatAssignment.beat_id)
    )
    found: dict[str, tuple[str, list[str]]] = {}
    for user_id, name, beat_id in rows:
        found.setdefault(user_id, (name, []))[1].append(beat_id)
    return [(uid, name, tuple(beats)) for uid, (name, beats) in found.items()]


def _sum_beats(per_beat: Mapping[str, int], beats: Sequence[str]) -> int:
    return sum(per_beat.get(b, 0) for b in beats)


def caseload(
    db: Database, actor: Actor, *, period_start: date, period_end: date, on: date
) -> list[InspectorCaseload]:
    """One row per inspector in the actor's scope (an inspector sees only their own row)."""
    if period_end < period_start:
        raise ValidationError("period_end", "date_range", "The end of the period is before its start")
    with db.read() as s:
        inspectors = _inspectors(s, actor)
        beats = sorted({b for _, _, bs in inspectors for b in bs})
        ids = [uid for uid, _, _ in inspectors]
        residents = resident_counts(s, beats)
        registry = registry_counts(s, beats, on)
        registry_persons = registry_person_counts(s, beats, on)
        due = visits_due_counts(s, beats, period_start, period_end)
        overdue = overdue_visit_counts(s, beats, on)
        done = visits_done_counts(s, ids, beats, period_start, period_end)
        dv_open = open_cases_by_level(s, ids, beats)
        orders = expiring_measure_counts(
            s, ids, beats, on, ORDERS_ENDING_WITHIN_DAYS, (MeasureKind.PROTECTIVE_ORDER,)
        )
        reviews = review_overdue_counts(s, ids, beats, on)
        appeals = appeal_counts(s, ids, beats, period_start=period_start, period_end=period_end, on=on)

    out = []
    for uid, name, own in inspectors:
        by_category: dict[str, int] = {}
        for beat_id in own:
            for category, n in registry.get(beat_id, {}).items():
                by_category[category] = by_category.get(category, 0) + n
        received, on_time, late = appeals.get(uid, (0, 0, 0))
        out.append(
            InspectorCaseload(
                inspector_id=uid,
                inspector_name=name,
                beat_ids=own,
                residents=_sum_beats(residents, own),
                registry_persons=_sum_beats(registry_persons, own),
                registry_by_category=by_category,
                visits_done=done.get(uid, 0),
                visits_due=_sum_beats(due, own),
                visits_overdue=_sum_beats(overdue, own),
                dv_open_by_level=dict(dv_open.get(uid, {})),
                protective_orders_ending=orders.get(uid, 0),
                cases_overdue_review=reviews.get(uid, 0),
                appeals_received=received,
                appeals_answered_on_time=on_time,
                appeals_overdue=late,
            )
        )
    return out


def _add(into: dict[str, int], more: Mapping[str, int]) -> None:
    for key, n in more.items():
        into[key] = into.get(key, 0) + n


def unit_totals(rows: Sequence[InspectorCaseload]) -> CaseloadTotals:
    """The unit's line of the report.

    Figures of the beat (residents, registry, visits due and overdue) count each beat once, even
    when two inspectors share it; figures of the officer (visits done, DV cases, appeals) add up.
    """
    by_category: dict[str, int] = {}
    by_level: dict[str, int] = {}
    seen_beats: set[frozenset[str]] = set()
    beat_rows: list[InspectorCaseload] = []
    for row in rows:
        _add(by_level, row.dv_open_by_level)
        beats = frozenset(row.beat_ids)
        if beats not in seen_beats:
            seen_beats.add(beats)
            beat_rows.append(row)
            _add(by_category, row.registry_by_category)
    return CaseloadTotals(
        inspectors=len(rows),
        residents=sum(r.residents for r in beat_rows),
        registry_persons=sum(r.registry_persons for r in beat_rows),
        registry_by_category=by_category,
        visits_done=sum(r.visits_done for r in rows),
        visits_due=sum(r.visits_due for r in beat_rows),
        visits_overdue=sum(r.visits_overdue for r in beat_rows),
        dv_open_by_level=by_level,
        protective_orders_ending=sum(r.protective_orders_ending for r in rows),
        cases_overdue_review=sum(r.cases_overdue_review for r in rows),
        appeals_received=sum(r.appeals_received for r in rows),
        appeals_answered_on_time=sum(r.appeals_answered_on_time for r in rows),
        appeals_overdue=sum(r.appeals_overdue for r in rows),
    )
