"""Conflicts as the inspector and the supervisor see them on the laptop: the local copies of HQ's
conflict records, and resolving one (pick either value or a combination), which is written as
an ordinary synced change that tells HQ which conflicts it closes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from inspector_desk.services.base import Actor, Role, require_beat, require_role, synced_fields, unit_of_work
from inspector_desk.services.base import wire_value as _wire
from inspector_desk.store.db import Database
from inspector_desk.store.ids import new_id, utcnow
from inspector_desk.store.models import (
    Address,
    Appeal,
    BeatObject,
    DvCase,
    DvCaseAccess,
    Household,
    OutboxEntry,
    RegistryEntry,
    Resident,
    SyncConflict,
)
from inspector_desk.sync.apply import (
    MODELS,
    recompute_cases,
    recompute_due,
    recompute_search,
    to_column_value,
)


@dataclass(frozen=True, slots=True)
class ConflictView:
    """One conflict: ``current_value`` is what the record shows now, ``losing_value`` the other
    side's value kept for review (values as JSON carries them: dates as ISO text)."""

    id: int
    entity: str
    entity_id: str
    beat_id: str
    field: str
    kind: str  # field | edit_on_void (an edit made while someone voided the record)
    current_value: Any
    losing_value: Any
    current_user_id: str | None
    losing_user_id: str | None
    status: str  # open | resolved
    resolution: Any
    waiting_to_sync: bool  # resolved here, the resolution not yet at HQ
    updated_at: datetime | None = None  # when this laptop received (or resolved) it, UTC
    label: str = ""  # the record as a person recognises it (a name, an address, a case number)


def _person(row: Resident | None) -> str:
    return " ".join(p for p in (row.last_name, row.first_name, row.middle_name) if p) if row else ""


def _place(session: Session, address_id: str | None, apartment: str | None = None) -> str:
    address = session.get(Address, address_id) if address_id else None
    parts = [address.street, address.house] if address is not None else []
    return ", ".join(p for p in (*parts, apartment) if p)


def _label(session: Session, c: SyncConflict) -> str:
    """The conflict's record in words: who or what it is about."""
    model = MODELS.get(c.entity)
    row = session.get(model, c.entity_id) if model is not None else None
    if isinstance(row, Resident):
        return _person(row)
    if isinstance(row, Household):
        return _place(session, row.address_id, row.apartment)
    if isinstance(row, Address):
        return _place(session, row.id)
    if isinstance(row, RegistryEntry):
        return _person(session.get(Resident, row.resident_id))
    if isinstance(row, DvCase):
        return row.number
    if isinstance(row, Appeal):
        return row.applicant_name
    if isinstance(row, BeatObject):
        return row.name
    return ""


def _view(c: SyncConflict, label: str = "") -> ConflictView:
    return ConflictView(
        id=c.id,
        entity=c.entity,
        entity_id=c.entity_id,
        beat_id=c.beat_id,
        field=c.field,
        kind=c.kind,
        current_value=c.current_value,
        losing_value=c.losing_value,
        current_user_id=c.current_user_id,
        losing_user_id=c.losing_user_id,
        status=c.status,
        resolution=c.resolution,
        waiting_to_sync=c.pending_change_id is not None,
        updated_at=c.updated_at,
        label=label,
    )


# Conflicts on these records show DV details: only to those who may see the case (its inspector,
# named co-workers, the supervisor), like every other view of a case, not to the whole beat.
DV_ENTITIES = frozenset(name for name in MODELS if name.startswith("dv_") or name == "risk_assessments")


def _hidden_dv(session: Session, actor: Actor, conflicts: list[SyncConflict]) -> set[int]:
    """Ids of the conflicts on DV records whose case ``actor`` may not see (voided cases included:
    an edit made on a voided case is exactly what its conflict is about)."""
    case_of: dict[int, str] = {}
    hidden: set[int] = set()
    for c in conflicts:
        if c.entity not in DV_ENTITIES:
            continue
        if c.entity == "dv_cases":
            case_of[c.id] = c.entity_id
            continue
        row = session.get(MODELS[c.entity], c.entity_id)
        case_id = getattr(row, "case_id", None) if row is not None else None
        if isinstance(case_id, str):
            case_of[c.id] = case_id
        else:
            hidden.add(c.id)
    if not case_of or actor.role is Role.SUPERVISOR:
        return hidden
    wanted = sorted(set(case_of.values()))
    own = set(
        session.scalars(select(DvCase.id).where(DvCase.id.in_(wanted), DvCase.owner_id == actor.user_id))
    )
    granted = set(
        session.scalars(
            select(DvCaseAccess.case_id).where(
                DvCaseAccess.case_id.in_(wanted),
                DvCaseAccess.user_id == actor.user_id,
                DvCaseAccess.deleted.is_(False),
            )
        )
    )
    return hidden | {cid for cid, case in case_of.items() if case not in own | granted}


def list_conflicts(
    db: Database, actor: Actor, *, status: str = "open", limit: int = 500
) -> list[ConflictView]:
    """Conflicts on the actor's beats (``status``: open | resolved | all), oldest first."""
    with db.read() as session:
        query = select(SyncConflict).where(SyncConflict.beat_id.in_(sorted(actor.beat_ids)))
        if status != "all":
            query = query.where(SyncConflict.status == status)
        rows = list(session.scalars(query.order_by(SyncConflict.id).limit(limit)))
        hidden = _hidden_dv(session, actor, rows)
        return [_view(c, _label(session, c)) for c in rows if c.id not in hidden]


def combine_values(current: Any, losing: Any) -> Any:
    """A combination of both values for the UI to offer: texts joined, lists merged in order."""
    if isinstance(current, list) and isinstance(losing, list):
        return current + [v for v in losing if v not in current]
    if isinstance(current, str) and isinstance(losing, str):
        return current if losing in current else f"{current}\n{losing}"
    return current if losing is None else losing if current is None else current


def resolve_conflict(db: Database, actor: Actor, conflict_id: int, value: Any) -> ConflictView:
    """Keep ``value`` (either side's, or a combination) for the conflict's field.

    Writes the field like any edit (outbox entry with a fresh stamp, audit entry) and marks the
    conflict resolved here; HQ closes its record when the change arrives, and every laptop of
    the beat receives the value and the resolution.
    """
    require_role(actor, Role.INSPECTOR, Role.SUPERVISOR)
    with unit_of_work(db, actor, "resolve_conflict") as work:
        session = work.session
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound(f"conflict {conflict_id} does not exist on this laptop")
        require_beat(actor, conflict.beat_id, record=f"conflicts:{conflict_id}")
        if _hidden_dv(session, actor, [conflict]):
            raise PermissionDenied(
                "Only the case's inspector, named co-workers and the supervisor see this case",
                record=f"conflicts:{conflict_id}",
            )
        if conflict.status != "open":
            raise ValidationError("conflict", "conflict.resolved", "This conflict has already been resolved")
        model = MODELS.get(conflict.entity)
        row = session.get(model, conflict.entity_id) if model is not None else None
        if model is None or row is None:
            raise NotFound(f"the record of conflict {conflict_id} is not on this laptop")
        require_beat(actor, row.beat_id, record=f"{conflict.entity}:{row.id}")
        if conflict.field not in synced_fields(model):
            raise ValidationError("field", "conflict.field", f"{conflict.field} cannot be set here")
        column_value = to_column_value(conflict.entity, conflict.field, value)
        stamp = work._stamp()
        setattr(row, conflict.field, column_value)
        row.field_clock = {**(row.field_clock or {}), conflict.field: stamp}
        row.updated_by = actor.user_id
        row.updated_at = work.now
        change_id = new_id()
        session.add(
            OutboxEntry(
                change_id=change_id,
                created_at=work.now,
                entity=conflict.entity,
                entity_id=row.id,
                beat_id=row.beat_id,
                op="update",
                fields={conflict.field: _wire(column_value)},
                stamps={conflict.field: stamp},
                base_rev=row.server_rev or 0,
                user_id=actor.user_id,
            )
        )
        work.audit(
            "resolve_conflict",
            row,
            changes={"conflict": conflict_id, "field": conflict.field, "value": _wire(column_value)},
        )
        conflict.status = "resolved"
        conflict.resolution = _wire(column_value)
        conflict.resolved_by = actor.user_id
        conflict.pending_change_id = change_id
        conflict.updated_at = utcnow()
        session.flush()
        if conflict.entity == "residents":
            recompute_search(session, [row.id])
            recompute_due(session, [row.id], work.now.date())
        elif conflict.entity in ("households", "addresses"):
            pass  # the residents' search text follows at the next sync of the place
        elif conflict.entity == "dv_cases":
            recompute_cases(session, [row.id])
        elif isinstance(row, Appeal):
            row.due_on = row.extended_deadline or row.deadline
        work._kinds.add(conflict.entity)
        work._ids.add(row.id)
        return _view(conflict)
