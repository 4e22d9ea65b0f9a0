"""The prevention registry (профилактический учёт): putting a resident on it under a category and
taking them off; and ``recompute_next_visit_due``, the one place a resident's next registry visit is set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.schedule import (
    MeasureKind,
    RegistryCategory,
    next_visit_due,
    validate_measure_dates,
)
from inspector_desk.domain.visits import VisitKind, VisitOutcome
from inspector_desk.resources import visit_policy
from inspector_desk.services.base import Actor, Outcome, Role, Work, require_role, unit_of_work
from inspector_desk.services.fields import require_text
from inspector_desk.store.db import Database
from inspector_desk.store.models import RegistryEntry, Resident, Visit

BASIS_MAX = 2000
REASON_MAX = 1000

# The rule for which visits count towards the registry's visit frequency: a personal contact, so
# only a door-to-door round, a prevention visit or a DV follow-up, and only when the person was met
# (a closed door or a refusal is recorded but the visit is still owed). Receptions at the office
# and preventive talks (often to a group) do not count. A visit logged to a household (no resident
# named) counts for everyone living in that household now.
REGISTRY_VISIT_KINDS: frozenset[str] = frozenset(
    {VisitKind.DOOR_TO_DOOR.value, VisitKind.PREVENTION.value, VisitKind.DV_FOLLOW_UP.value}
)
REGISTRY_VISIT_OUTCOME = VisitOutcome.MET.value

# Registry categories whose term is fixed by law, checked like the DV case's measures.
_TERM_RULES = {
    RegistryCategory.PROTECTIVE_ORDER: MeasureKind.PROTECTIVE_ORDER,
    RegistryCategory.SPECIAL_REQUIREMENTS: MeasureKind.SPECIAL_REQUIREMENTS,
}


def counts_for_registry(kind: str, outcome: str) -> bool:
    """Whether a visit of this kind and outcome counts as a registry visit (see the rule above)."""
    return kind in REGISTRY_VISIT_KINDS and outcome == REGISTRY_VISIT_OUTCOME


# --- derived state ---------------------------------------------------------------------------


def active_on(on: date) -> ColumnElement[bool]:
    """Live registry entries in force on ``on``."""
    return and_(
        RegistryEntry.deleted.is_(False),
        RegistryEntry.start_date <= on,
        or_(RegistryEntry.end_date.is_(None), RegistryEntry.end_date >= on),
    )


def active_categories(session: Session, resident_ids: Iterable[str], on: date) -> dict[str, tuple[str, ...]]:
    """resident id -> the registry categories in force for them on ``on`` (sorted; absent: none)."""
    ids = sorted(set(resident_ids))
    found: dict[str, set[str]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(RegistryEntry.resident_id, RegistryEntry.category).where(
                RegistryEntry.resident_id.in_(ids[start : start + 500]), active_on(on)
            )
        )
        for resident_id, category in rows:
            found.setdefault(resident_id, set()).add(category)
    return {rid: tuple(sorted(cats)) for rid, cats in found.items()}


def last_registry_visit(session: Session, resident_id: str, household_id: str | None) -> date | None:
    """Date of the newest live visit that counts for the registry: to the person, or to their household."""
    counting = and_(
        Visit.deleted.is_(False),
        Visit.kind.in_(sorted(REGISTRY_VISIT_KINDS)),
        Visit.outcome == REGISTRY_VISIT_OUTCOME,
    )
    newest = session.scalar(
        select(func.max(Visit.visited_at)).where(Visit.resident_id == resident_id, counting)
    )
    if household_id is not None:
        # Visits naming a resident count only for that resident. The coalesce keeps SQLite on
        # ix_visits_household: a bare "resident_id IS NULL" would lead it to ix_visits_resident.
        shared = session.scalar(
            select(func.max(Visit.visited_at)).where(
                Visit.household_id == household_id, func.coalesce(Visit.resident_id, "") == "", counting
            )
        )
        if shared is not None and (newest is None or shared > newest):
            newest = shared
    # Visit times are stored in UTC; the date is close enough for a frequency counted in days.
    return newest.date() if newest is not None else None


def compute_next_visit_due(
    categories: Iterable[str], starts: Iterable[date], last_visit: date | None
) -> date | None:
    """The due date from the domain rule; registering under a category is itself a contact, so the
    newest start date restarts the clock like a visit does (a visit before it does not count)."""
    cats = [RegistryCategory(c) for c in categories]
    start_dates = list(starts)
    if not cats or not start_dates:
        return None
    registered_since = max(start_dates)
    last = last_visit if last_visit is not None and last_visit > registered_since else None
    return next_visit_due(visit_policy(), cats, last, registered_since)


def recompute_next_visit_due(session: Session, resident_id: str, *, on: date | None = None) -> date | None:
    """Set ``residents.next_visit_due`` from the categories in force on ``on`` (today) and the last
    counting visit; returns it. Called by every service that changes either, and by sync."""
    on = on or date.today()
    resident = session.get(Resident, resident_id)
    if resident is None:
        return None
    # An entry ended by hand owes no more visits, even on its last day in force.
    entries = session.execute(
        select(RegistryEntry.category, RegistryEntry.start_date).where(
            RegistryEntry.resident_id == resident_id, active_on(on), RegistryEntry.ended_reason.is_(None)
        )
    ).all()
    due: date | None = None
    if entries and not resident.deleted:
        due = compute_next_visit_due(
            [c for c, _ in entries],
            [s for _, s in entries],
            last_registry_visit(session, resident_id, resident.household_id),
        )
    # A local column (never synced): set directly, no audit or outbox entry belongs to it.
    if resident.next_visit_due != due:
        resident.next_visit_due = due
    return due


# --- writes ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegistryInput:
    resident_id: str
    category: str
    basis: str
    start_date: date | None
    end_date: date | None = None


@dataclass(frozen=True, slots=True)
class RegistryRecord:
    id: str
    resident_id: str
    beat_id: str
    category: str
    basis: str
    start_date: date
    end_date: date | None
    ended_reason: str | None
    next_visit_due: date | None


def _record(e: RegistryEntry, due: date | None) -> RegistryRecord:
    return RegistryRecord(
        e.id, e.resident_id, e.beat_id, e.category, e.basis, e.start_date, e.end_date, e.ended_reason, due
    )


def add_registry_entry(
    db: Database, actor: Actor, data: RegistryInput, *, today: date | None = None
) -> Outcome[RegistryRecord]:
    """Put a resident on the registry under one category (one open entry per category).

    A protective order runs 30 days (its end is filled in); court's special requirements need an
    end 3 to 12 months after the start. Other categories may stay open-ended.
    """
    today = today or date.today()
    with unit_of_work(db, actor, "add_registry_entry") as work:
        require_role(actor, Role.INSPECTOR, Role.SUPERVISOR)
        resident = work.get(Resident, data.resident_id)
        category = _category(data.category)
        basis = require_text(data.basis, "basis", BASIS_MAX, multiline=True)
        start, end = _checked_terms(category, data.start_date, data.end_date, today)
        _refuse_duplicate(work.session, resident.id, category, start)
        entry = work.insert(
            RegistryEntry(
                beat_id=resident.beat_id,
                resident_id=resident.id,
                category=category.value,
                basis=basis,
                start_date=start,
                end_date=end,
            )
        )
        due = recompute_next_visit_due(work.session, resident.id, on=today)
        return work.outcome(_record(entry, due))


@dataclass(frozen=True, slots=True)
class RegistryUpdate:
    """A correction of an entry still in force: its category, basis and dates as they should read."""

    category: str
    basis: str
    start_date: date | None
    end_date: date | None = None


def _checked_terms(
    category: RegistryCategory, start: date | None, end: date | None, today: date
) -> tuple[date, date | None]:
    """The entry's dates checked (start given and not in the future, end not before it, the legal
    term of protective orders and special requirements); the end date to store."""
    if start is None:
        raise ValidationError("start_date", "required", "The start date is required")
    if start > today:
        raise ValidationError("start_date", "not_future", "The start date may not be in the future")
    if end is not None and end < start:
        raise ValidationError("end_date", "date_order", "The end date may not be before the start date")
    if category in _TERM_RULES:
        end = validate_measure_dates(_TERM_RULES[category], start, end)
    return start, end


def _category(value: str) -> RegistryCategory:
    try:
        return RegistryCategory(value)
    except ValueError:
        raise ValidationError("category", "choice", "Choose a registry category from the list") from None


def _entry_in_force(work: Work, actor: Actor, entry_id: str, today: date) -> RegistryEntry:
    """The entry an inspector or supervisor may still change: one that has not ended by ``today``."""
    require_role(actor, Role.INSPECTOR, Role.SUPERVISOR)
    entry = work.get(RegistryEntry, entry_id)
    if entry.ended_reason is not None or (entry.end_date is not None and entry.end_date < today):
        raise ValidationError("entry_id", "registry.already_ended", "This registry entry has already ended")
    return entry


def update_registry_entry(
    db: Database, actor: Actor, entry_id: str, data: RegistryUpdate, *, today: date | None = None
) -> Outcome[RegistryRecord]:
    """Correct an entry that is still in force (an ended one is history: add a new entry instead)."""
    today = today or date.today()
    with unit_of_work(db, actor, "update_registry_entry") as work:
        entry = _entry_in_force(work, actor, entry_id, today)
        category = _category(data.category)
        basis = require_text(data.basis, "basis", BASIS_MAX, multiline=True)
        start, end = _checked_terms(category, data.start_date, data.end_date, today)
        if category.value != entry.category:
            _refuse_duplicate(work.session, entry.resident_id, category, start, exclude=entry.id)
        work.update(entry, {"category": category.value, "basis": basis, "start_date": start, "end_date": end})
        due = recompute_next_visit_due(work.session, entry.resident_id, on=today)
        return work.outcome(_record(entry, due))


def _refuse_duplicate(
    session: Session, resident_id: str, category: RegistryCategory, start: date, exclude: str | None = None
) -> None:
    """One open entry per category and resident."""
    open_same = session.scalars(
        select(RegistryEntry.id).where(
            RegistryEntry.resident_id == resident_id,
            RegistryEntry.category == category.value,
            RegistryEntry.deleted.is_(False),
            or_(RegistryEntry.end_date.is_(None), RegistryEntry.end_date >= start),
            RegistryEntry.ended_reason.is_(None),
        )
    ).all()
    if any(found != exclude for found in open_same):
        raise ValidationError(
            "category", "registry.duplicate", "The resident is already on the registry in this category"
        )


def end_registry_entry(
    db: Database,
    actor: Actor,
    entry_id: str,
    end_date: date | None,
    reason: str,
    *,
    today: date | None = None,
) -> Outcome[RegistryRecord]:
    """Take a resident off the registry in one category from ``end_date`` (today or earlier)."""
    today = today or date.today()
    with unit_of_work(db, actor, "end_registry_entry") as work:
        entry = _entry_in_force(work, actor, entry_id, today)
        if end_date is None:
            raise ValidationError("end_date", "required", "The end date is required")
        if end_date > today:
            raise ValidationError("end_date", "not_future", "The end date may not be in the future")
        if end_date < entry.start_date:
            raise ValidationError("end_date", "date_order", "The end date may not be before the start date")
        ended_reason = require_text(reason, "reason", REASON_MAX, multiline=True)
        work.update(entry, {"end_date": end_date, "ended_reason": ended_reason})
        due = recompute_next_visit_due(work.session, entry.resident_id, on=today)
        return work.outcome(_record(entry, due))
