"""Applying a laptop's pushed batch: one serialised transaction, idempotent by change id, merged
field by field (``merge``), out-of-scope writes kept in quarantine, audit entries stored."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from inspector_desk.domain.hlc import Hlc
from inspector_desk.hq.auth import hq_audit
from inspector_desk.hq.db import HqDatabase, Writer
from inspector_desk.hq.errors import ApiError, forbidden
from inspector_desk.hq.ids import now_ms, to_ms, utcnow
from inspector_desk.hq.merge import SKEW_TOLERANCE_MS, Current, Incoming, correct_stamp, merge
from inspector_desk.hq.models import (
    AppliedChange,
    AuditRecord,
    ChangeLogEntry,
    Conflict,
    Device,
    QuarantineEntry,
    Record,
)
from inspector_desk.hq.scope import Caller
from inspector_desk.sync.protocol import APPEND_ONLY, Change, ChangeResult, PushRequest, PushResponse


def require_field_role(caller: Caller) -> None:
    if caller.role not in ("inspector", "supervisor"):
        raise forbidden("forbidden_role", "administrators do not sync field data")


def push(db: HqDatabase, caller: Caller, request: PushRequest) -> PushResponse:
    require_field_role(caller)
    if request.device_id != caller.device_id:
        raise ApiError(403, "device_mismatch", "device_id: differs from the device the token was issued to")
    hq_now = now_ms()
    skew = request.client_time_ms - hq_now
    results: list[ChangeResult] = []
    with db.write() as writer:
        session = writer.session
        device = session.get(Device, caller.device_id)
        if device is not None:
            device.clock_skew_ms = skew
            device.last_seen_at = utcnow()
        if abs(skew) > SKEW_TOLERANCE_MS and request.changes:
            hq_audit(
                session, "clock_skew", caller.user_id, device_id=caller.device_id, changes={"skew_ms": skew}
            )
        ids = [c.change_id for c in request.changes]
        known: dict[str, dict[str, Any]] = {
            row.change_id: row.result
            for row in session.scalars(select(AppliedChange).where(AppliedChange.change_id.in_(ids)))
        }
        for change in request.changes:
            if change.change_id in known:
                stored = ChangeResult.model_validate(known[change.change_id])
                results.append(stored.model_copy(update={"duplicate": True}))
                continue
            result = _apply(writer, caller, change, skew, hq_now)
            known[change.change_id] = result.model_dump(mode="json")
            session.add(
                AppliedChange(
                    change_id=change.change_id,
                    user_id=caller.user_id,
                    device_id=caller.device_id,
                    result=known[change.change_id],
                    at=utcnow(),
                )
            )
            results.append(result)
        accepted = _store_audit(writer, caller, request)
    return PushResponse(results=results, audit_accepted=accepted, server_time_ms=hq_now, clock_skew_ms=skew)


def _store_audit(writer: Writer, caller: Caller, request: PushRequest) -> int:
    if not request.audit:
        return 0
    session = writer.session
    ids = [a.id for a in request.audit]
    existing = set(session.scalars(select(AuditRecord.id).where(AuditRecord.id.in_(ids))))
    received = utcnow()
    for entry in request.audit:
        if entry.id in existing:
            continue  # pushed before (the laptop did not see the answer): kept once
        existing.add(entry.id)
        session.add(
            AuditRecord(
                id=entry.id,
                at=entry.at.replace(tzinfo=None),
                received_at=received,
                source="client",
                pushed_by=caller.user_id,
                user_id=entry.user_id,
                device_id=entry.device_id or caller.device_id,
                action=entry.action,
                entity=entry.entity,
                entity_id=entry.entity_id,
                beat_id=entry.beat_id,
                changes=entry.changes,
                outcome=entry.outcome,
            )
        )
    return len(request.audit)


def _quarantine(writer: Writer, caller: Caller, change: Change, reason: str) -> ChangeResult:
    writer.session.add(
        QuarantineEntry(
            at=utcnow(),
            user_id=caller.user_id,
            unit_id=caller.unit_id,
            device_id=caller.device_id,
            change_id=change.change_id,
            entity=change.entity,
            entity_id=change.entity_id,
            beat_id=change.beat_id,
            reason=reason,
            change=change.model_dump(mode="json"),
        )
    )
    hq_audit(
        writer.session,
        "quarantine",
        caller.user_id,
        device_id=caller.device_id,
        entity=change.entity,
        entity_id=change.entity_id,
        beat_id=change.beat_id,
        changes={"reason": reason},
        outcome="denied",
    )
    return ChangeResult(change_id=change.change_id, status="quarantined", message=reason)


def _corrected_stamps(writer: Writer, change: Change, skew: int, hq_now: int) -> dict[str, str]:
    floor = 0
    if change.base_rev > 0:
        base = writer.session.get(ChangeLogEntry, change.base_rev)
        if base is not None:
            floor = to_ms(base.at)
    corrected: dict[str, str] = {}
    restamp: Hlc | None = None
    for name, text in change.stamps.items():
        stamp = correct_stamp(Hlc.decode(text), skew_ms=skew, now_ms=hq_now, floor_ms=floor)
        if stamp is None:
            # Impossible even after correcting the skew: HQ's receive time orders it instead.
            restamp = restamp or writer.clock.tick()
            stamp = restamp
        else:
            writer.clock.observe(stamp)  # HQ's own later stamps stay after everything it stores
        corrected[name] = stamp.encode()
    return corrected


def _apply(writer: Writer, caller: Caller, change: Change, skew: int, hq_now: int) -> ChangeResult:
    session = writer.session
    record = session.get(Record, (change.entity, change.entity_id))
    beats = {change.beat_id}
    if record is not None:
        beats.add(record.beat_id)
    new_beat = change.fields.get("beat_id")
    if isinstance(new_beat, str):
        beats.add(new_beat)
    outside = sorted(b for b in beats if not caller.sees(b))
    if outside:
        return _quarantine(writer, caller, change, f"beat {', '.join(outside)} is outside the pusher's scope")

    stamps = _corrected_stamps(writer, change, skew, hq_now)
    current = (
        Current(
            record.fields, record.stamps, record.field_revs, record.field_devices, record.rev, record.deleted
        )
        if record is not None
        else None
    )
    outcome = merge(
        current,
        Incoming(change.op, change.fields, stamps, change.base_rev, caller.device_id),
        append_only=change.entity in APPEND_ONLY,
    )
    if outcome.status == "missing":
        return _quarantine(writer, caller, change, "HQ has no such record (its insert never arrived)")

    if outcome.writes:
        prev_beat = record.beat_id if record is not None else None
        if record is None:
            record = Record(
                entity=change.entity,
                id=change.entity_id,
                beat_id=change.beat_id,
                fields={},
                stamps={},
                field_revs={},
                field_devices={},
                rev=0,
                deleted=False,
                created_at=utcnow(),
            )
            session.add(record)
        fields, field_stamps, revs = dict(record.fields), dict(record.stamps), dict(record.field_revs)
        devices = dict(record.field_devices)
        for name, (value, stamp) in outcome.writes.items():
            fields[name] = value
            field_stamps[name] = stamp
            devices[name] = caller.device_id
        beat_id = fields.get("beat_id") if isinstance(fields.get("beat_id"), str) else record.beat_id
        assert isinstance(beat_id, str)
        seq = writer.log(
            "change",
            entity=change.entity,
            entity_id=change.entity_id,
            beat_id=beat_id,
            prev_beat_id=prev_beat if prev_beat not in (None, beat_id) else None,
        )
        for name in outcome.writes:
            revs[name] = seq
        # New dicts, not in-place edits: the ORM only notices a JSON column when it is reassigned.
        record.fields, record.stamps, record.field_revs = fields, field_stamps, revs
        record.field_devices = devices
        record.beat_id = beat_id
        record.rev = seq
        record.deleted = fields.get("deleted") is True
        if change.entity == "dv_cases" and isinstance(fields.get("owner_id"), str):
            record.owner_id = str(fields["owner_id"])
        record.updated_at = utcnow()
    assert record is not None

    conflict_ids: list[int] = []
    author = change.user_id or caller.user_id
    for found in outcome.conflicts:
        conflict = Conflict(
            entity=change.entity,
            entity_id=change.entity_id,
            beat_id=record.beat_id,
            field=found.field,
            kind=found.kind,
            current_value=found.current_value,
            current_stamp=found.current_stamp,
            losing_value=found.losing_value,
            losing_stamp=found.losing_stamp,
            base_rev=change.base_rev,
            rev=record.rev,
            current_user_id=author if found.incoming_won else None,
            losing_user_id=None if found.incoming_won else author,
            losing_change_id=None if found.incoming_won else change.change_id,
            status="open",
            created_at=utcnow(),
        )
        session.add(conflict)
        session.flush()
        conflict_ids.append(conflict.id)
        writer.log("conflict", entity="conflict", entity_id=str(conflict.id), beat_id=record.beat_id)

    for conflict_id in change.resolves:
        resolve_by_change(writer, caller, conflict_id, change)

    message = None
    if outcome.status == "conflict":
        message = f"conflicting fields kept for review: {', '.join(c.field for c in outcome.conflicts)}"
    return ChangeResult(
        change_id=change.change_id,
        status=outcome.status,
        rev=record.rev,
        conflict_ids=conflict_ids,
        message=message,
    )


def resolve_by_change(writer: Writer, caller: Caller, conflict_id: int, change: Change) -> None:
    """A pushed change that says it resolves a conflict closes it (the resolution is the change)."""
    conflict = writer.session.get(Conflict, conflict_id)
    if (
        conflict is None
        or conflict.status != "open"
        or conflict.entity != change.entity
        or conflict.entity_id != change.entity_id
        or not caller.sees(conflict.beat_id)
    ):
        return  # not this record's, or already closed: the change itself has been applied
    conflict.status = "resolved"
    conflict.resolved_by = caller.user_id
    conflict.resolved_at = utcnow()
    conflict.resolution = change.fields.get(conflict.field, conflict.current_value)
    writer.log("conflict", entity="conflict", entity_id=str(conflict.id), beat_id=conflict.beat_id)
