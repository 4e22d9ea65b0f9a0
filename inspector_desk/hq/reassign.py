"""Moving work between people and beats: a beat to another inspector, a resident (optionally with
their household) or a DV case to another beat. Every move is written to the change log, so the old
laptops receive evictions and the new ones the full current state, whatever their cursors."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import delete, select

from inspector_desk.hq.db import HQ_NODE, Writer
from inspector_desk.hq.errors import invalid, not_found
from inspector_desk.hq.ids import utcnow
from inspector_desk.hq.models import Beat, BeatAssignment, Conflict, Record, User
from inspector_desk.hq.scope import all_scopes, log_scope_changes

# What moves with a resident, a household and a case: (child entity, field referencing the parent).
RESIDENT_CHILDREN = (
    ("registry_entries", "resident_id"),
    ("visits", "resident_id"),
    ("appeals", "resident_id"),
    ("feedback", "resident_id"),
)
HOUSEHOLD_CHILDREN = (("residents", "household_id"), ("visits", "household_id"))
CASE_CHILDREN = (
    ("dv_case_children", "case_id"),
    ("dv_case_access", "case_id"),
    ("dv_incidents", "case_id"),
    ("risk_assessments", "case_id"),
    ("dv_measures", "case_id"),
    ("dv_reviews", "case_id"),
    ("visits", "dv_case_id"),
)


def reassign_beat(writer: Writer, beat_id: str, to_user_id: str) -> int:
    """The beat now belongs to ``to_user_id`` alone; returns the number of scope entries."""
    session = writer.session
    if session.get(Beat, beat_id) is None:
        raise not_found(f"beat {beat_id} does not exist")
    user = session.get(User, to_user_id)
    if user is None or user.role != "inspector":
        raise invalid("to_user_id", "must be an inspector")
    before = all_scopes(session)
    session.execute(delete(BeatAssignment).where(BeatAssignment.beat_id == beat_id))
    session.add(BeatAssignment(user_id=to_user_id, beat_id=beat_id))
    return log_scope_changes(writer, before)


def _children(writer: Writer, parent_ids: set[str], links: tuple[tuple[str, str], ...]) -> list[Record]:
    if not parent_ids:
        return []
    found: list[Record] = []
    for entity, field in links:
        found.extend(
            writer.session.scalars(
                select(Record).where(
                    Record.entity == entity, Record.fields[field].as_string().in_(sorted(parent_ids))
                )
            )
        )
    return found


def move_records(writer: Writer, records: list[Record], to_beat_id: str) -> dict[str, int]:
    """Set ``beat_id`` of each record (HQ-stamped) and log the move with its previous beat."""
    moved: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for record in records:
        key = (record.entity, record.id)
        if key in seen or record.beat_id == to_beat_id:
            continue
        seen.add(key)
        old = record.beat_id
        stamp = writer.clock.tick().encode()
        seq = writer.log(
            "change", entity=record.entity, entity_id=record.id, beat_id=to_beat_id, prev_beat_id=old
        )
        record.fields = {**record.fields, "beat_id": to_beat_id}
        record.stamps = {**record.stamps, "beat_id": stamp}
        record.field_revs = {**record.field_revs, "beat_id": seq}
        record.field_devices = {**record.field_devices, "beat_id": HQ_NODE}
        record.beat_id = to_beat_id
        record.rev = seq
        record.updated_at = utcnow()
        for conflict in writer.session.scalars(
            select(Conflict).where(Conflict.entity == record.entity, Conflict.entity_id == record.id)
        ):
            conflict.beat_id = to_beat_id
            writer.log(
                "conflict",
                entity="conflict",
                entity_id=str(conflict.id),
                beat_id=to_beat_id,
                prev_beat_id=old,
            )
        moved[record.entity] += 1
    return dict(moved)


def _get(writer: Writer, entity: str, record_id: str) -> Record:
    record = writer.session.get(Record, (entity, record_id))
    if record is None:
        raise not_found(f"{entity} {record_id} does not exist")
    return record


def _check_beat(writer: Writer, beat_id: str) -> None:
    if writer.session.get(Beat, beat_id) is None:
        raise not_found(f"beat {beat_id} does not exist")


def reassign_resident(
    writer: Writer, resident_id: str, to_beat_id: str, *, with_household: bool = False
) -> dict[str, int]:
    _check_beat(writer, to_beat_id)
    resident = _get(writer, "residents", resident_id)
    records = [resident]
    households: set[str] = set()
    household_id = resident.fields.get("household_id")
    if with_household and isinstance(household_id, str):
        records.append(_get(writer, "households", household_id))
        households.add(household_id)
    members = _children(writer, households, HOUSEHOLD_CHILDREN)
    records.extend(members)
    resident_ids = {resident_id} | {r.id for r in members if r.entity == "residents"}
    records.extend(_children(writer, resident_ids, RESIDENT_CHILDREN))
    return move_records(writer, records, to_beat_id)


def reassign_case(
    writer: Writer, case_id: str, to_beat_id: str | None, to_owner_id: str | None
) -> dict[str, int]:
    case = _get(writer, "dv_cases", case_id)
    moved: dict[str, int] = {}
    if to_owner_id is not None and case.fields.get("owner_id") != to_owner_id:
        owner = writer.session.get(User, to_owner_id)
        if owner is None or owner.role not in ("inspector", "supervisor"):
            raise invalid("to_user_id", "the new owner must be an inspector or a supervisor")
        stamp = writer.clock.tick().encode()
        seq = writer.log("change", entity=case.entity, entity_id=case.id, beat_id=case.beat_id)
        case.fields = {**case.fields, "owner_id": to_owner_id}
        case.stamps = {**case.stamps, "owner_id": stamp}
        case.field_revs = {**case.field_revs, "owner_id": seq}
        case.field_devices = {**case.field_devices, "owner_id": HQ_NODE}
        case.owner_id = to_owner_id
        case.rev = seq
        moved["dv_cases"] = 1
    if to_beat_id is not None:
        _check_beat(writer, to_beat_id)
        records = [case, *_children(writer, {case_id}, CASE_CHILDREN)]
        for entity, count in move_records(writer, records, to_beat_id).items():
            moved[entity] = max(moved.get(entity, 0), count)
    return moved
