"""Conflicts and quarantine as people see them: lists in the caller's scope, and resolving a
conflict online (the resolution is written as a change like any other, so it syncs)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from inspector_desk.hq.auth import hq_audit
from inspector_desk.hq.db import HQ_NODE, HqDatabase
from inspector_desk.hq.errors import forbidden, not_found
from inspector_desk.hq.ids import utcnow
from inspector_desk.hq.models import Conflict, QuarantineEntry, Record
from inspector_desk.hq.pull import conflict_out
from inspector_desk.hq.scope import Caller
from inspector_desk.sync.protocol import ConflictList, QuarantineList, QuarantineOut, ResolveResponse


def list_conflicts(db: HqDatabase, caller: Caller, status: str, limit: int) -> ConflictList:
    with db.read() as session:
        query = select(Conflict).where(Conflict.beat_id.in_(sorted(caller.beats)))
        if status != "all":
            query = query.where(Conflict.status == status)
        rows = session.scalars(query.order_by(Conflict.id).limit(limit))
        return ConflictList(items=[conflict_out(c) for c in rows])


def resolve_conflict(db: HqDatabase, caller: Caller, conflict_id: int, value: Any) -> ResolveResponse:
    if caller.role not in ("inspector", "supervisor"):
        raise forbidden("forbidden_role", "conflicts are resolved by the inspector or the supervisor")
    with db.write() as writer:
        session = writer.session
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or not caller.sees(conflict.beat_id):
            raise not_found(f"conflict {conflict_id} does not exist or is outside your scope")
        record = session.get(Record, (conflict.entity, conflict.entity_id))
        assert record is not None
        rev = record.rev
        if conflict.status == "open" and record.fields.get(conflict.field) != value:
            stamp = writer.clock.tick().encode()
            rev = writer.log("change", entity=record.entity, entity_id=record.id, beat_id=record.beat_id)
            record.fields = {**record.fields, conflict.field: value}
            record.stamps = {**record.stamps, conflict.field: stamp}
            record.field_revs = {**record.field_revs, conflict.field: rev}
            record.field_devices = {**record.field_devices, conflict.field: HQ_NODE}
            record.rev = rev
            record.updated_at = utcnow()
        if conflict.status == "open":
            conflict.status = "resolved"
            conflict.resolved_by = caller.user_id
            conflict.resolved_at = utcnow()
            conflict.resolution = value
            writer.log("conflict", entity="conflict", entity_id=str(conflict.id), beat_id=conflict.beat_id)
            hq_audit(
                session,
                "resolve_conflict",
                caller.user_id,
                device_id=caller.device_id,
                entity=conflict.entity,
                entity_id=conflict.entity_id,
                beat_id=conflict.beat_id,
                changes={"field": conflict.field, "value": value},
            )
        session.flush()
        return ResolveResponse(conflict=conflict_out(conflict), rev=rev)


def list_quarantine(db: HqDatabase, caller: Caller, limit: int) -> QuarantineList:
    """Supervisors see writes pushed by their unit's people or aimed at their unit's beats."""
    if caller.role not in ("supervisor", "admin"):
        raise forbidden("forbidden_role", "quarantine is for supervisors")
    with db.read() as session:
        query = select(QuarantineEntry)
        if caller.role == "supervisor":
            query = query.where(
                or_(
                    QuarantineEntry.unit_id == caller.unit_id,
                    QuarantineEntry.beat_id.in_(sorted(caller.beats)),
                )
            )
        rows = session.scalars(query.order_by(QuarantineEntry.id.desc()).limit(limit))
        return QuarantineList(items=[QuarantineOut.model_validate(q, from_attributes=True) for q in rows])
