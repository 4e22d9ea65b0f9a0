"""Applying a laptop's pushed batch: one serialised transaction, idempotent by change id, merged
field by field (``merge``), out-of-scope writes kept in quarantine, audit entries stored.

The batch is applied in bulk: the stored results of its change ids, the records it touches and
the log times of its base revisions are read in one query each, the changes are merged in
memory in order (a record changed twice in one batch sees its first change), and the records,
change-log entries and results are written with one statement each. The writer lock is held for
a handful of round trips, not a few per change.
"""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import anyio.to_thread
from sqlalchemy import Select, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from inspector_desk.domain.hlc import Hlc
from inspector_desk.hq.auth import hq_audit
from inspector_desk.hq.db import HqDatabase, Writer, bulk_insert, listed
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

RECORDS: Table = Record.__table__  # type: ignore[assignment]
LOG: Table = ChangeLogEntry.__table__  # type: ignore[assignment]
APPLIED: Table = AppliedChange.__table__  # type: ignore[assignment]
AUDIT: Table = AuditRecord.__table__  # type: ignore[assignment]
DEVICES: Table = Device.__table__  # type: ignore[assignment]
IN_CHUNK = 1000  # ids per IN (...) list
Key = tuple[str, str]


def require_field_role(caller: Caller) -> None:
    if caller.role not in ("inspector", "supervisor"):
        raise forbidden("forbidden_role", "administrators do not sync field data")


def _chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- records in memory -----------------------------------------------------------------------


@dataclass(slots=True)
class Doc:
    """A ``records`` row read once per batch, changed in memory, written back in one statement."""

    entity: str
    id: str
    beat_id: str
    fields: dict[str, Any]
    stamps: dict[str, Any]
    field_revs: dict[str, Any]
    field_devices: dict[str, Any]
    rev: int
    deleted: bool
    owner_id: str | None
    created_at: datetime
    dirty: bool = False

    def row(self, now: datetime) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "id": self.id,
            "beat_id": self.beat_id,
            "fields": self.fields,
            "stamps": self.stamps,
            "field_revs": self.field_revs,
            "field_devices": self.field_devices,
            "rev": self.rev,
            "deleted": self.deleted,
            "owner_id": self.owner_id,
            "created_at": self.created_at,
            "updated_at": now,
        }


_DOC_COLUMNS = (
    "entity",
    "id",
    "beat_id",
    "fields",
    "stamps",
    "field_revs",
    "field_devices",
    "rev",
    "deleted",
    "owner_id",
    "created_at",
)


# The statements of a push, built once (building one costs more CPU than running it).
_STATEMENTS: dict[str, tuple[Select[Any], Select[Any]]] = {}


def _lookups(session: Session) -> tuple[Select[Any], Select[Any]]:
    """(records by entity and ids, stored results by change ids) for the session's database."""
    dialect = session.get_bind().dialect.name
    if dialect not in _STATEMENTS:
        docs = select(*[RECORDS.c[name] for name in _DOC_COLUMNS]).where(
            RECORDS.c.entity == bindparam("b_entity"), RECORDS.c.id.in_(listed("b_ids", dialect))
        )
        known = select(APPLIED.c.change_id, APPLIED.c.result).where(
            APPLIED.c.change_id.in_(listed("b_ids", dialect))
        )
        _STATEMENTS[dialect] = (docs, known)
    return _STATEMENTS[dialect]


_LOG_TIMES = select(LOG.c.seq, LOG.c.at).where(LOG.c.seq.in_(bindparam("b_seqs", expanding=True)))
_DEVICE_SEEN = (
    update(DEVICES)
    .where(DEVICES.c.id == bindparam("b_device"))
    .values(clock_skew_ms=bindparam("b_skew"), last_seen_at=bindparam("b_seen"))
)


def load_docs(session: Session, keys: Iterable[Key]) -> dict[Key, Doc]:
    by_entity: dict[str, set[str]] = defaultdict(set)
    for entity, record_id in keys:
        by_entity[entity].add(record_id)
    docs: dict[Key, Doc] = {}
    for entity, ids in by_entity.items():
        for part in _chunks(sorted(ids)):
            rows = session.execute(_lookups(session)[0], {"b_entity": entity, "b_ids": json.dumps(part)})
            for row in rows:
                doc = Doc(*row)
                docs[(doc.entity, doc.id)] = doc
    return docs


def save_docs(session: Session, docs: Iterable[Doc]) -> None:
    """Insert new records and overwrite changed ones: one upsert (ON CONFLICT) for the batch."""
    now = utcnow()
    rows = [doc.row(now) for doc in docs if doc.dirty]
    if not rows:
        return
    bulk_insert(session, RECORDS, rows, upsert=True)


# --- push ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PushJob:
    """One push request as received: ``hq_now`` is HQ's clock when it arrived."""

    caller: Caller
    request: PushRequest
    hq_now: int

    @property
    def skew(self) -> int:
        return self.request.client_time_ms - self.hq_now


def accept(caller: Caller, request: PushRequest) -> PushJob:
    """Checks that need no database; the job is then applied alone or with others."""
    require_field_role(caller)
    if request.device_id != caller.device_id:
        raise ApiError(403, "device_mismatch", "device_id: differs from the device the token was issued to")
    return PushJob(caller, request, now_ms())


def push(db: HqDatabase, caller: Caller, request: PushRequest) -> PushResponse:
    return push_many(db, [accept(caller, request)])[0]


def push_many(db: HqDatabase, jobs: Sequence[PushJob]) -> list[PushResponse]:
    """Apply the jobs one after the other in ONE serialised transaction (one lock, one commit).

    The outcome is exactly that of applying them in this order in separate transactions: later
    jobs see the records, change ids and audit ids of earlier ones (they share the in-memory
    state), and nothing is visible to anyone before the commit.
    """
    changes = [c for job in jobs for c in job.request.changes]
    with db.write() as writer:
        session = writer.session
        seen = utcnow()
        session.execute(
            _DEVICE_SEEN, [{"b_device": j.caller.device_id, "b_skew": j.skew, "b_seen": seen} for j in jobs]
        )
        known: dict[str, dict[str, Any]] = {}
        for part in _chunks(sorted({c.change_id for c in changes})):
            rows = session.execute(_lookups(session)[1], {"b_ids": json.dumps(part)})
            known.update((change_id, result) for change_id, result in rows)
        fresh = [c for c in changes if c.change_id not in known]
        batch = _Batch(writer, load_docs(session, ((c.entity, c.entity_id) for c in fresh)))
        batch.load_floors(c.base_rev for c in fresh)
        applied: list[dict[str, Any]] = []
        responses: list[PushResponse] = []
        audit = _Audit(session)
        for job in jobs:
            caller, request = job.caller, job.request
            if abs(job.skew) > SKEW_TOLERANCE_MS and request.changes:
                hq_audit(
                    session,
                    "clock_skew",
                    caller.user_id,
                    device_id=caller.device_id,
                    changes={"skew_ms": job.skew},
                )
            results: list[ChangeResult] = []
            for change in request.changes:
                if change.change_id in known:
                    stored = ChangeResult.model_validate(known[change.change_id])
                    results.append(stored.model_copy(update={"duplicate": True}))
                    continue
                result = batch.apply(job, change)
                known[change.change_id] = result.model_dump(mode="json")
                applied.append(
                    {
                        "change_id": change.change_id,
                        "user_id": caller.user_id,
                        "device_id": caller.device_id,
                        "result": known[change.change_id],
                        "at": seen,
                    }
                )
                results.append(result)
            audit.add(caller, request)
            responses.append(
                PushResponse(
                    results=results,
                    audit_accepted=len(request.audit),
                    server_time_ms=job.hq_now,
                    clock_skew_ms=job.skew,
                )
            )
        save_docs(session, batch.docs.values())
        bulk_insert(session, APPLIED, applied)
        audit.write()
    return responses


class _Audit:
    """Client audit entries of the jobs: stored once each (a re-sent entry is kept once)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[str, dict[str, Any]] = {}
        self.received = utcnow()

    def add(self, caller: Caller, request: PushRequest) -> None:
        for entry in request.audit:
            if entry.id in self.rows:
                continue
            self.rows[entry.id] = {
                "id": entry.id,
                "at": entry.at.replace(tzinfo=None),
                "received_at": self.received,
                "source": "client",
                "pushed_by": caller.user_id,
                "user_id": entry.user_id,
                "device_id": entry.device_id or caller.device_id,
                "action": entry.action,
                "entity": entry.entity,
                "entity_id": entry.entity_id,
                "beat_id": entry.beat_id,
                "changes": entry.changes,
                "outcome": entry.outcome,
            }

    def write(self) -> None:
        if not self.rows:
            return
        existing: set[str] = set()
        for part in _chunks(sorted(self.rows)):
            existing.update(self.session.scalars(select(AUDIT.c.id).where(AUDIT.c.id.in_(part))))
        # pushed before (the laptop did not see the answer): kept once
        rows = [row for audit_id, row in self.rows.items() if audit_id not in existing]
        for part in _chunks(rows, 500):
            self.session.execute(insert(AUDIT), list(part))


# --- group commit ----------------------------------------------------------------------------


class PushQueue:
    """Group commit for pushes arriving at once (a shift start: hundreds of laptops).

    Every write holds HQ's single state row to its commit (that is what keeps cursors from
    skipping a late commit), so pushes are applied one transaction at a time. Instead of queueing
    on the database lock, concurrent pushes of this process queue here, on the event loop: one
    task applies everything waiting in ONE transaction (``push_many``: one lock, one commit) in a
    worker thread and hands the answers back. A waiting push holds no worker thread, so pulls
    and other requests keep being served meanwhile. If a group fails, each of its pushes is
    retried alone, so one bad push cannot fail another laptop's.
    """

    def __init__(self, db: HqDatabase, max_changes: int = 5000) -> None:
        self.db = db
        self.max_changes = max_changes
        self._pending: deque[tuple[PushJob, asyncio.Future[PushResponse]]] = deque()
        self._leader: asyncio.Task[None] | None = None
        self._own_limiter: anyio.CapacityLimiter | None = None

    def _limiter(self) -> anyio.CapacityLimiter:
        if self._own_limiter is None:  # made in the event loop that uses it
            self._own_limiter = anyio.CapacityLimiter(1)
        return self._own_limiter

    async def push(self, caller: Caller, request: PushRequest) -> PushResponse:
        job = accept(caller, request)
        answer: asyncio.Future[PushResponse] = asyncio.get_running_loop().create_future()
        self._pending.append((job, answer))
        if self._leader is None or self._leader.done():
            self._leader = asyncio.create_task(self._lead())
        return await answer

    def _take(self) -> list[tuple[PushJob, asyncio.Future[PushResponse]]]:
        group = [self._pending.popleft()]
        size = len(group[0][0].request.changes)
        while self._pending and size + len(self._pending[0][0].request.changes) <= self.max_changes:
            size += len(self._pending[0][0].request.changes)
            group.append(self._pending.popleft())
        return group

    async def _lead(self) -> None:
        while self._pending:
            group = self._take()
            try:
                # Its own thread token: the group does not queue behind the requests waiting
                # for the shared worker threads (at a shift start, hundreds of caller checks).
                outcomes = await anyio.to_thread.run_sync(
                    self._apply, [job for job, _ in group], limiter=self._limiter()
                )
            except BaseException as exc:  # cancelled (shutdown): nobody is left without an answer
                for _, answer in group:
                    if not answer.done():
                        answer.set_exception(
                            exc if isinstance(exc, Exception) else RuntimeError("HQ stopped")
                        )
                raise
            for (_, answer), outcome in zip(group, outcomes, strict=True):
                if answer.done():
                    continue  # the laptop went away; its push is applied all the same
                if isinstance(outcome, BaseException):
                    answer.set_exception(outcome)
                else:
                    answer.set_result(outcome)

    def _apply(self, jobs: list[PushJob]) -> list[PushResponse | Exception]:
        try:
            return list(push_many(self.db, jobs))
        except Exception as exc:
            if len(jobs) == 1:
                return [exc]
        outcomes: list[PushResponse | Exception] = []
        for job in jobs:
            try:
                outcomes.append(push_many(self.db, [job])[0])
            except Exception as exc:
                outcomes.append(exc)
        return outcomes


class _Batch:
    """The changes of one push, applied in order against records held in memory."""

    def __init__(self, writer: Writer, docs: dict[Key, Doc]) -> None:
        self.writer = writer
        self.docs = docs
        self.floors: dict[int, int] = {}

    def load_floors(self, revs: Iterable[int]) -> None:
        """When HQ served each base revision: an edit made on it cannot be older."""
        wanted = sorted({r for r in revs if r > 0})
        for part in _chunks(wanted):
            for seq, at in self.writer.session.execute(_LOG_TIMES, {"b_seqs": list(part)}):
                self.floors[seq] = to_ms(at)

    def _corrected_stamps(self, job: PushJob, change: Change) -> dict[str, str]:
        floor = self.floors.get(change.base_rev, 0) if change.base_rev > 0 else 0
        clock = self.writer.clock
        corrected: dict[str, str] = {}
        restamp: Hlc | None = None
        done: dict[str, str] = {}  # the fields of one change nearly always share one stamp
        for name, text in change.stamps.items():
            if text in done:
                corrected[name] = done[text]
                continue
            stamp = correct_stamp(Hlc.decode(text), skew_ms=job.skew, now_ms=job.hq_now, floor_ms=floor)
            if stamp is None:
                # Impossible even after correcting the skew: HQ's receive time orders it instead.
                restamp = restamp or clock.tick()
                stamp = restamp
            else:
                clock.observe(stamp)  # HQ's own later stamps stay after everything it stores
            corrected[name] = done[text] = stamp.encode()
        return corrected

    def _quarantine(self, caller: Caller, change: Change, reason: str) -> ChangeResult:
        self.writer.session.add(
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
            self.writer.session,
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

    def apply(self, job: PushJob, change: Change) -> ChangeResult:
        writer, caller = self.writer, job.caller
        key = (change.entity, change.entity_id)
        record = self.docs.get(key)
        beats = {change.beat_id}
        if record is not None:
            beats.add(record.beat_id)
        new_beat = change.fields.get("beat_id")
        if isinstance(new_beat, str):
            beats.add(new_beat)
        outside = sorted(b for b in beats if not caller.sees(b))
        if outside:
            return self._quarantine(
                caller, change, f"beat {', '.join(outside)} is outside the pusher's scope"
            )

        stamps = self._corrected_stamps(job, change)
        current = (
            Current(
                record.fields,
                record.stamps,
                record.field_revs,
                record.field_devices,
                record.rev,
                record.deleted,
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
            return self._quarantine(caller, change, "HQ has no such record (its insert never arrived)")

        if outcome.writes:
            prev_beat = record.beat_id if record is not None else None
            if record is None:
                record = Doc(
                    entity=change.entity,
                    id=change.entity_id,
                    beat_id=change.beat_id,
                    fields={},
                    stamps={},
                    field_revs={},
                    field_devices={},
                    rev=0,
                    deleted=False,
                    owner_id=None,
                    created_at=utcnow(),
                )
                self.docs[key] = record
            # New dicts, not in-place edits: ``current`` above (and merge results) keep theirs.
            fields, field_stamps = dict(record.fields), dict(record.stamps)
            revs, devices = dict(record.field_revs), dict(record.field_devices)
            for name, (value, stamp) in outcome.writes.items():
                fields[name] = value
                field_stamps[name] = stamp
                devices[name] = caller.device_id
            beat_id = fields.get("beat_id") if isinstance(fields.get("beat_id"), str) else record.beat_id
            assert isinstance(beat_id, str)
            seq = writer.log_later(
                "change",
                entity=change.entity,
                entity_id=change.entity_id,
                beat_id=beat_id,
                prev_beat_id=prev_beat if prev_beat not in (None, beat_id) else None,
            )
            for name in outcome.writes:
                revs[name] = seq
            record.fields, record.stamps, record.field_revs = fields, field_stamps, revs
            record.field_devices = devices
            record.beat_id = beat_id
            record.rev = seq
            record.deleted = fields.get("deleted") is True
            if change.entity == "dv_cases" and isinstance(fields.get("owner_id"), str):
                record.owner_id = str(fields["owner_id"])
            record.dirty = True
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
            writer.session.add(conflict)
            writer.session.flush()
            conflict_ids.append(conflict.id)
            writer.log_later(
                "conflict", entity="conflict", entity_id=str(conflict.id), beat_id=record.beat_id
            )

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
    writer.log_later("conflict", entity="conflict", entity_id=str(conflict.id), beat_id=conflict.beat_id)


def quarantine(writer: Writer, caller: Caller, change: Change, reason: str) -> ChangeResult:
    """Keep one change unapplied for the supervisor, audited (``final_push`` uses it too)."""
    return _Batch(writer, {})._quarantine(caller, change, reason)


def store_audit(session: Session, caller: Caller, request: PushRequest) -> None:
    """Store a push's client audit entries, each once (``final_push`` uses it too)."""
    audit = _Audit(session)
    audit.add(caller, request)
    audit.write()
