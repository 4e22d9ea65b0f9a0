"""What every use case stands on: the acting user and their scope, the unit of work, and the
recorder that writes a row's audit entry and sync-outbox entry in the same transaction.

A write service looks like::

    def log_visit(db: Database, actor: Actor, data: VisitInput) -> Outcome[VisitRecord]:
        with unit_of_work(db, actor) as work:
            ...validate through domain/, raising ValidationError...
            visit = Visit(...)
            work.insert(visit)
            return work.outcome(to_record(visit))

Anything raised inside the block rolls the whole transaction back: rows, audit, outbox.
A refusal (``PermissionDenied``) is then written to the audit log in a transaction of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import NotFound, PermissionDenied
from inspector_desk.domain.hlc import Hlc, HlcClock
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import AuditEntry, OutboxEntry, SyncedRow, SyncState

T = TypeVar("T")
R = TypeVar("R", bound=SyncedRow)

# Bookkeeping columns of SyncedRow: not fields a person edits, never in a change's "fields".
BOOKKEEPING = frozenset(
    {"id", "created_at", "created_by", "updated_at", "updated_by", "field_clock", "server_rev"}
)


class Role(StrEnum):
    INSPECTOR = "inspector"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in user as the services see them: role and the beats in their scope."""

    user_id: str
    role: Role
    beat_ids: frozenset[str]
    unit_id: str | None = None
    device_id: str = "local"
    full_name: str = ""

    def in_scope(self, beat_id: str) -> bool:
        return beat_id in self.beat_ids


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What a write changed: the kinds of records (table names) and their ids."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """A write's result: the record as committed and what the UI should refresh."""

    record: T
    changes: ChangeSet


def wire_value(value: Any) -> Any:
    """A column value as JSON carries it (dates as ISO text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [wire_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): wire_value(v) for k, v in value.items()}
    return value


def synced_fields(model: type[SyncedRow] | SyncedRow) -> list[str]:
    """The fields of a synced model that travel to HQ, in declaration order."""
    cls = model if isinstance(model, type) else type(model)
    mapper = inspect(cls)
    return [
        attr.key
        for attr in mapper.column_attrs
        if attr.key not in BOOKKEEPING and attr.key not in cls.LOCAL_FIELDS
    ]


def require_role(actor: Actor, *roles: Role) -> None:
    if actor.role not in roles:
        raise PermissionDenied(f"this needs the role {' or '.join(r.value for r in roles)}")


def require_beat(actor: Actor, beat_id: str, record: str | None = None) -> None:
    """Refuse a record outside the actor's beats (their beats, or their unit's for a supervisor)."""
    if not actor.in_scope(beat_id):
        raise PermissionDenied("this record belongs to a beat outside your scope", record=record)


HLC_KEY = "hlc_last"


class Work:
    """One transaction of one actor: writes rows with their audit and outbox entries."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self.now = utcnow()
        self._kinds: set[str] = set()
        self._ids: set[str] = set()
        self._clock: HlcClock | None = None

    # -- reading -------------------------------------------------------------------------

    def get(self, model: type[R], row_id: str) -> R:
        """A live row in the actor's scope, or NotFound / PermissionDenied."""
        row = self.session.get(model, row_id)
        if row is None or row.deleted:
            raise NotFound(f"{model.__tablename__} {row_id} does not exist or was voided")
        require_beat(self.actor, row.beat_id, record=f"{model.__tablename__}:{row_id}")
        return row

    # -- writing -------------------------------------------------------------------------

    def _stamp(self) -> str:
        if self._clock is None:
            state = self.session.get(SyncState, HLC_KEY)
            last = Hlc.decode(state.value) if state is not None else None
            self._clock = HlcClock(
                node=self.actor.device_id,
                now_ms=lambda: int(utcnow().timestamp() * 1000),
                last=last,
            )
        stamp = self._clock.tick().encode()
        self.session.merge(SyncState(key=HLC_KEY, value=stamp))
        return stamp

    def insert(self, row: R) -> R:
        """Add a new row: stamps, field clock, outbox 'insert' and audit 'create'."""
        row.created_by = row.updated_by = self.actor.user_id
        row.created_at = row.updated_at = self.now
        if row.deleted is None:
            row.deleted = False
        self.session.add(row)
        self.session.flush()
        fields = {name: wire_value(getattr(row, name)) for name in synced_fields(row)}
        stamp = self._stamp()
        row.field_clock = dict.fromkeys(fields, stamp)
        self._outbox(row, "insert", fields, row.field_clock)
        self.audit("create", row, changes={"after": fields})
        return row

    def update(self, row: R, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Set the fields that really change; returns {field: (before, after)}."""
        allowed = set(synced_fields(row)) | type(row).LOCAL_FIELDS
        diff: dict[str, tuple[Any, Any]] = {}
        for name, value in values.items():
            if name not in allowed:
                raise ValueError(f"{type(row).__name__} has no editable field {name!r}")
            before = getattr(row, name)
            if before != value:
                diff[name] = (before, value)
                setattr(row, name, value)
        synced = {k: v for k, v in diff.items() if k not in type(row).LOCAL_FIELDS}
        if not synced:
            return diff
        if "beat_id" in synced:
            require_beat(self.actor, row.beat_id, record=f"{type(row).__tablename__}:{row.id}")
        row.updated_by = self.actor.user_id
        row.updated_at = self.now
        stamp = self._stamp()
        row.field_clock = {**(row.field_clock or {}), **dict.fromkeys(synced, stamp)}
        fields = {k: wire_value(after) for k, (_before, after) in synced.items()}
        self._outbox(row, "update", fields, dict.fromkeys(synced, stamp))
        self.audit(
            "update",
            row,
            changes={k: [wire_value(b), wire_value(a)] for k, (b, a) in synced.items()},
        )
        return diff

    def void(self, row: SyncedRow, reason: str, *, action: str = "void") -> None:
        """Mark a row voided (never deleted) with the reason; synced like any change."""
        row.deleted = True
        row.void_reason = reason
        row.updated_by = self.actor.user_id
        row.updated_at = self.now
        stamp = self._stamp()
        row.field_clock = {**(row.field_clock or {}), "deleted": stamp, "void_reason": stamp}
        fields = {"deleted": True, "void_reason": reason}
        self._outbox(row, "void", fields, dict.fromkeys(fields, stamp))
        self.audit(action, row, changes={"void_reason": reason})

    def _outbox(self, row: SyncedRow, op: str, fields: dict[str, Any], stamps: dict[str, Any]) -> None:
        self.session.add(
            OutboxEntry(
                created_at=self.now,
                entity=type(row).__tablename__,
                entity_id=row.id,
                beat_id=row.beat_id,
                op=op,
                fields=fields,
                stamps=stamps,
                base_rev=row.server_rev or 0,
                user_id=self.actor.user_id,
            )
        )
        self._kinds.add(type(row).__tablename__)
        self._ids.add(row.id)

    def audit(
        self,
        action: str,
        row: SyncedRow | None = None,
        *,
        entity: str | None = None,
        entity_id: str | None = None,
        beat_id: str | None = None,
        changes: dict[str, Any] | None = None,
        outcome: str = "ok",
    ) -> None:
        self.session.add(
            audit_entry(
                self.actor,
                action,
                entity=type(row).__tablename__ if row is not None else entity,
                entity_id=row.id if row is not None else entity_id,
                beat_id=row.beat_id if row is not None else beat_id,
                changes=changes,
                outcome=outcome,
                at=self.now,
            )
        )

    def outcome(self, record: T) -> Outcome[T]:
        return Outcome(record, ChangeSet(frozenset(self._kinds), frozenset(self._ids)))


def audit_entry(
    actor: Actor,
    action: str,
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    beat_id: str | None = None,
    changes: dict[str, Any] | None = None,
    outcome: str = "ok",
    at: datetime | None = None,
) -> AuditEntry:
    # Round-trip through JSON so the entry holds plain values whatever the caller passed.
    plain = json.loads(json.dumps(wire_value(changes))) if changes is not None else None
    return AuditEntry(
        at=at or utcnow(),
        user_id=actor.user_id,
        device_id=actor.device_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        beat_id=beat_id,
        changes=plain,
        outcome=outcome,
    )


def record_refusal(db: Database, actor: Actor, action: str, exc: PermissionDenied) -> None:
    """Write a refused attempt to the audit log (its own transaction: the work rolled back)."""
    entity, _, entity_id = (exc.record or "").partition(":")
    with db.write() as session:
        session.add(
            audit_entry(
                actor,
                action,
                entity=entity or None,
                entity_id=entity_id or None,
                changes={"reason": str(exc)},
                outcome="denied",
            )
        )


@contextmanager
def unit_of_work(db: Database, actor: Actor, action: str = "write") -> Iterator[Work]:
    """One transaction; refusals are audited after the rollback, then re-raised."""
    try:
        with db.write() as session:
            yield Work(session, actor)
    except PermissionDenied as exc:
        record_refusal(db, actor, action, exc)
        raise


def scope_filter(actor: Actor) -> list[str]:
    """The actor's beat ids as a list for ``IN`` clauses (empty scope sees nothing)."""
    return sorted(actor.beat_ids)


def ids_in_scope(session: Session, model: type[SyncedRow], ids: Iterable[str], actor: Actor) -> list[str]:
    """Those of ``ids`` that are live rows in the actor's scope."""
    rows = session.execute(
        select(model.id).where(
            model.id.in_(list(ids)), model.beat_id.in_(scope_filter(actor)), model.deleted.is_(False)
        )
    )
    return [r[0] for r in rows]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """A page of a list: the rows and whether more follow."""

    rows: list[T] = field(default_factory=list)
    has_more: bool = False
