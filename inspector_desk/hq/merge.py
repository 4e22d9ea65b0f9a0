"""Pure merge rules of a pushed change against HQ's current record (no I/O, unit-tested alone).

Three-way, per field, against the base revision the edit was made on: a field HQ has not changed
since that base takes the incoming value; a field both sides changed to different values keeps
the later stamp as current and the other value in a conflict record. Causal order comes from
revisions, not clocks, so a wrong laptop clock can only matter for truly concurrent edits, and
there it is corrected first (``correct_stamp``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from inspector_desk.domain.hlc import Hlc

# Laptop clocks within this of HQ's are taken as they are (network latency is well below it).
SKEW_TOLERANCE_MS = 5_000

Status = Literal["applied", "merged", "conflict", "missing"]


def correct_stamp(stamp: Hlc, *, skew_ms: int, now_ms: int, floor_ms: int) -> Hlc | None:
    """The stamp moved to HQ's time line, or None when it cannot be true (HQ then re-stamps it).

    ``skew_ms`` is the laptop clock minus HQ's, measured on this push: a laptop months ahead
    would otherwise win every concurrent edit, and one months behind lose every one. After the
    shift a stamp must still fall between the moment HQ served the base revision (the edit was
    made on it, so it cannot be older; ``floor_ms``) and now (it cannot be in the future). A
    stamp outside that window (the clock was fixed between edit and push, or the laptop's
    logical clock ran ahead of its wall clock) gets HQ's receive time instead: still ordered,
    never favoured by a wrong clock.
    """
    wall = stamp.wall_ms
    if abs(skew_ms) > SKEW_TOLERANCE_MS:
        wall -= skew_ms
    if wall > now_ms + SKEW_TOLERANCE_MS or wall < floor_ms - SKEW_TOLERANCE_MS:
        return None
    wall = min(max(wall, 0), now_ms)
    return Hlc(wall, stamp.counter, stamp.node)


@dataclass(frozen=True, slots=True)
class Current:
    """HQ's record as the merge sees it."""

    fields: Mapping[str, Any]
    stamps: Mapping[str, str]
    field_revs: Mapping[str, int]
    field_devices: Mapping[str, str]
    rev: int
    deleted: bool

    def changed_since(self, name: str, base: int, device: str) -> bool:
        """Did someone else change ``name`` after ``base``? The pusher's own earlier writes are
        causally before this one (its outbox is pushed in order), so they never count."""
        return self.field_revs.get(name, 0) > base and self.field_devices.get(name) != device


@dataclass(frozen=True, slots=True)
class Incoming:
    op: str  # insert | update | void
    fields: Mapping[str, Any]
    stamps: Mapping[str, str]  # already corrected to HQ's time line
    base_rev: int
    device: str


@dataclass(frozen=True, slots=True)
class FieldConflict:
    field: str
    kind: Literal["field", "edit_on_void"]
    current_value: Any
    current_stamp: str | None
    losing_value: Any
    losing_stamp: str | None
    incoming_won: bool


@dataclass(slots=True)
class MergeResult:
    status: Status
    # field -> (value, stamp) to write; empty when nothing changes at HQ.
    writes: dict[str, tuple[Any, str]] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)


def _later(a: str, b: str | None) -> bool:
    """Is stamp ``a`` later than ``b``? (Encoded stamps are compared decoded, not as text.)"""
    return b is None or Hlc.decode(a) > Hlc.decode(b)


def merge(current: Current | None, incoming: Incoming, *, append_only: bool) -> MergeResult:
    if current is None:
        if incoming.op != "insert":
            return MergeResult("missing")
        return MergeResult(
            "applied", {name: (value, incoming.stamps[name]) for name, value in incoming.fields.items()}
        )

    # A re-insert of a known id (a replay after HQ lost its idempotency row, or the same
    # record created twice) is an update made without a base: everything HQ has is concurrent.
    base = 0 if incoming.op == "insert" else incoming.base_rev
    if (
        current.deleted
        and incoming.op == "update"
        and "deleted" not in incoming.fields
        and not append_only
        and current.changed_since("deleted", base, incoming.device)
    ):
        # Someone voided the record while this edit was made: applying it would edit a voided
        # row, dropping it would lose it. It is kept as a conflict for a person to decide.
        conflicts = [
            FieldConflict(
                name,
                "edit_on_void",
                current.fields.get(name),
                current.stamps.get(name),
                value,
                incoming.stamps[name],
                incoming_won=False,
            )
            for name, value in incoming.fields.items()
            if current.fields.get(name) != value
        ]
        return MergeResult("conflict" if conflicts else "applied", {}, conflicts)

    result = MergeResult("applied")
    for name, value in incoming.fields.items():
        stamp = incoming.stamps[name]
        here = current.fields.get(name)
        here_stamp = current.stamps.get(name)
        if name in current.fields and here == value:
            continue  # both sides agree: nothing to write, nothing to report
        changed_here = name in current.fields and current.changed_since(name, base, incoming.device)
        if not changed_here:
            result.writes[name] = (value, stamp)
            continue
        incoming_wins = _later(stamp, here_stamp)
        if incoming_wins:
            result.writes[name] = (value, stamp)
        if append_only:
            continue  # append-only rows never raise conflicts: the later stamp simply holds
        if incoming_wins:
            result.conflicts.append(
                FieldConflict(name, "field", value, stamp, here, here_stamp, incoming_won=True)
            )
        else:
            result.conflicts.append(
                FieldConflict(name, "field", here, here_stamp, value, stamp, incoming_won=False)
            )
    if result.conflicts:
        result.status = "conflict"
    elif result.writes and any(current.changed_since(n, base, incoming.device) for n in current.field_revs):
        result.status = "merged"  # someone else changed other fields meanwhile: both kept
    return result
