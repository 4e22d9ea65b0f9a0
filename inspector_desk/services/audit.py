"""The audit log beyond data writes: events that happen outside a service write (sign-in, unlock,
lock, role and password changes), failed sign-ins queued while the store cannot be opened, and the
supervisor's audit screen (a filtered, paged, scoped read that is itself audited).

Every entry has the time, the user (or the login typed, for an unknown account), the device, the
event, the record and the outcome; entries are append-only here (triggers) and at HQ (triggers),
and sync pushes each one once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from inspector_desk.services.base import Actor, Role, audit_entry, record_refusal
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import SYNCED_MODELS, Appeal, AuditEntry, Beat, DvCase, Resident, User
from inspector_desk.store.search import search_resident_ids

# Events that originate outside a data write.
LOGIN = "login"
UNLOCK = "unlock"
LOCK = "lock"
ROLE_CHANGE = "role_change"
PASSWORD_CHANGE = "password_change"
VIEW_AUDIT = "view_audit"

OK = "ok"
DENIED = "denied"
FAILED = "failed"
OUTCOMES = (OK, DENIED, FAILED)

PAGE_SIZE = 100
PAGE_MAX = 500
RECORD_QUERY_MAX = 200
# A record search by name matches at most this many residents (a name, not a list of everyone).
NAME_MATCH_MAX = 200
# Records whose details are DV data: an administrator (who may not see DV cases) sees the field
# names of a change, never the values.
DV_ENTITIES = frozenset(
    {"dv_cases", "dv_case_children", "dv_case_access", "dv_incidents", "risk_assessments", "dv_measures",
     "dv_reviews"}
)  # fmt: skip
PENDING_SUFFIX = ".events"
# The tables an audit entry's record can be in (data, accounts, reports).
RECORD_TABLES = sorted({m.__tablename__ for m in SYNCED_MODELS} | {"users", "beats", "reports"})


Who = Actor | str


# --- writing events --------------------------------------------------------------------------


def record_event(
    db: Database,
    who: Who,
    event: str,
    outcome: str = OK,
    *,
    record: tuple[str, str] | None = None,
    detail: Mapping[str, Any] | None = None,
    device_id: str | None = None,
    at: datetime | None = None,
) -> None:
    """Write one event to the audit log in its own transaction.

    ``who`` is the signed-in actor, or the login as typed when nobody is signed in (a failed
    sign-in): a known login is recorded with its user id, an unknown one with no user id and the
    typed login in the detail. ``record`` is (table, id) when the event concerns one record.
    """
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}")
    entity, entity_id = record if record is not None else (None, None)
    with db.write() as session:
        session.add(_entry(session, who, event, outcome, entity, entity_id, detail, device_id, at))


def _entry(
    session: Session,
    who: Who,
    event: str,
    outcome: str,
    entity: str | None,
    entity_id: str | None,
    detail: Mapping[str, Any] | None,
    device_id: str | None,
    at: datetime | None,
) -> AuditEntry:
    changes = dict(detail) if detail else None
    if isinstance(who, Actor):
        actor = who if device_id is None else _with_device(who, device_id)
        return audit_entry(
            actor, event, entity=entity, entity_id=entity_id, changes=changes, outcome=outcome, at=at
        )
    login = who.strip()[:80]
    user_id = session.scalar(select(User.id).where(User.login == login)) if login else None
    login = typed_text(login)
    stranger = Actor(
        user_id=user_id or "", role=Role.INSPECTOR, beat_ids=frozenset(), device_id=device_id or "local"
    )
    entry = audit_entry(
        stranger,
        event,
        entity=entity,
        entity_id=entity_id,
        changes={"login": login, **(changes or {})},
        outcome=outcome,
        at=at,
    )
    entry.user_id = user_id
    return entry


def typed_text(text: str) -> str:
    """What someone typed, kept as evidence but made safe to store and sync: characters that are not
    printable (NUL, ESC, direction overrides, lone surrogates) are written as escapes (``\\u0000``);
    HQ refuses NUL in any text, so one raw NUL would stop the whole log from syncing."""
    return "".join(
        c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else f"\\u{ord(c):04x}" for c in text
    )


def _with_device(actor: Actor, device_id: str) -> Actor:
    return Actor(actor.user_id, actor.role, actor.beat_ids, actor.unit_id, device_id, actor.full_name)


def record_role_change(session: Session, user_id: str, before: str, after: str, device_id: str) -> None:
    """A role changed when HQ's account data reached this laptop (inside the caller's transaction)."""
    actor = Actor(user_id=user_id, role=Role(after), beat_ids=frozenset(), device_id=device_id)
    session.add(
        audit_entry(
            actor,
            ROLE_CHANGE,
            entity="users",
            entity_id=user_id,
            changes={"role": [before, after]},
        )
    )


# --- events while the store is closed ------------------------------------------------------------


def pending_path(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + PENDING_SUFFIX)


def queue_event(
    db_path: str | os.PathLike[str], login: str, event: str, outcome: str, *, device_id: str, reason: str
) -> None:
    """Remember an event that happened while the store could not be opened (a wrong password):
    a line of JSON beside the database with no secret in it (time, typed login, device, reason);
    ``drain_pending`` moves it into the audit log at the next successful unlock."""
    line = json.dumps(
        {
            "at": utcnow().isoformat(),
            "login": login.strip()[:80],
            "event": event[:40],
            "outcome": outcome,
            "device_id": device_id[:64],
            "reason": reason[:200],
        },
        ensure_ascii=True,
    )
    path = pending_path(db_path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, (line + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)


def drain_pending(db: Database, db_path: str | os.PathLike[str]) -> int:
    """Write the queued events into the audit log (one transaction), then remove the queue."""
    path = pending_path(db_path)
    try:
        lines = path.read_text(encoding="ascii", errors="replace").splitlines()
    except FileNotFoundError:
        return 0
    count = 0
    with db.write() as session:
        for line in lines:
            try:
                item = json.loads(line)
                at = datetime.fromisoformat(str(item["at"]))
                outcome = str(item.get("outcome", FAILED))
                session.add(
                    _entry(
                        session,
                        str(item.get("login", "")),
                        str(item.get("event", LOGIN)),
                        outcome if outcome in OUTCOMES else FAILED,
                        None,
                        None,
                        {"reason": str(item.get("reason", "")), "queued": True},
                        str(item.get("device_id", "local")),
                        at,
                    )
                )
                count += 1
            except (ValueError, KeyError, TypeError):
                # A damaged line is itself worth recording: someone edited the queue.
                session.add(
                    _entry(
                        session, "", LOGIN, FAILED, None, None, {"reason": "damaged queue entry"}, None, None
                    )
                )
    path.unlink(missing_ok=True)
    return count


# --- reading: the supervisor's audit screen --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditFilters:
    """What the audit screen narrows to; every field is optional."""

    user_id: str | None = None
    event: str | None = None
    record: str | None = None  # a record id, a DV case number, or a resident's name
    outcome: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    # The days are the laptop's calendar days: its offset from UTC (times are stored in UTC).
    utc_offset_minutes: int = 0


@dataclass(frozen=True, slots=True)
class AuditCursor:
    """Where the next page starts. Entry ids are UUIDv7, ordered by when they were written: the
    primary key's index gives newest-first pages without sorting the whole log (a sign-in failure
    queued while the store was closed is listed when it was written, with the time it happened)."""

    id: str


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: str
    at: datetime  # UTC
    user_id: str | None
    user_name: str  # the account's name, or the login typed for an unknown account
    device_id: str | None
    event: str
    entity: str | None
    entity_id: str | None
    record_label: str  # a resident's name, a DV case number, or "table id"
    outcome: str


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class AuditDetail:
    row: AuditRow
    changes: tuple[FieldChange, ...]
    redacted: bool = False


@dataclass(frozen=True, slots=True)
class AuditPage:
    rows: list[AuditRow] = field(default_factory=list)
    has_more: bool = False
    next: AuditCursor | None = None


@dataclass(frozen=True, slots=True)
class AuditUser:
    id: str
    name: str


def _require_auditor(db: Database, actor: Actor) -> None:
    if actor.role not in (Role.SUPERVISOR, Role.ADMIN):
        exc = PermissionDenied("the audit log is for supervisors and administrators", record="audit_log:")
        record_refusal(db, actor, VIEW_AUDIT, exc)
        raise exc


def _scope(actor: Actor) -> ColumnElement[bool] | None:
    """Supervisor: entries of their unit's people, of their unit's beats, and of nobody signed in
    (failed sign-ins on this laptop). Administrator: everything."""
    if actor.role is Role.ADMIN:
        return None
    unit_users = select(User.id).where(User.unit_id == actor.unit_id)
    return or_(
        AuditEntry.user_id.in_(unit_users),
        AuditEntry.user_id.is_(None),
        AuditEntry.beat_id.in_(sorted(actor.beat_ids)),
    )


def _check(filters: AuditFilters) -> None:
    if filters.outcome is not None and filters.outcome not in OUTCOMES:
        raise ValidationError("outcome", "choice", f"One of {', '.join(OUTCOMES)}")
    if filters.since is not None and filters.until is not None and filters.since > filters.until:
        raise ValidationError("until", "before_since", "The end of the period is before its start")
    if not -14 * 60 <= filters.utc_offset_minutes <= 14 * 60:
        raise ValidationError("utc_offset_minutes", "range", "A UTC offset is at most 14 hours")
    if filters.record is not None and len(filters.record) > RECORD_QUERY_MAX:
        raise ValidationError("record", "max_length", f"At most {RECORD_QUERY_MAX} characters")
    if filters.record is not None and "\x00" in filters.record:
        raise ValidationError("record", "control_character", "The text may not contain NUL characters")


def _record_ids(session: Session, actor: Actor, text: str) -> list[str]:
    """Record ids a typed text stands for: the id itself, a DV case number, residents by name or
    IIN (and the DV cases and appeals they are in)."""
    ids = {text}
    ids.update(session.scalars(select(DvCase.id).where(DvCase.number == text)))
    beats = actor.beat_ids if actor.role is not Role.ADMIN else frozenset(session.scalars(select(Beat.id)))
    people, _more = search_resident_ids(session, text, beats, limit=NAME_MATCH_MAX, offset=0)
    if people:
        ids.update(people)
        ids.update(
            session.scalars(
                select(DvCase.id).where(or_(DvCase.victim_id.in_(people), DvCase.offender_id.in_(people)))
            )
        )
        ids.update(session.scalars(select(Appeal.id).where(Appeal.resident_id.in_(people))))
    return sorted(ids)


def _conditions(session: Session, actor: Actor, filters: AuditFilters) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    scope = _scope(actor)
    if scope is not None:
        where.append(scope)
    if filters.user_id:
        where.append(AuditEntry.user_id == filters.user_id)
    if filters.event:
        where.append(AuditEntry.action == filters.event)
    if filters.outcome:
        where.append(AuditEntry.outcome == filters.outcome)
    shift = timedelta(minutes=filters.utc_offset_minutes)
    if filters.since is not None:
        where.append(AuditEntry.at >= datetime.combine(filters.since, time.min) - shift)
    if filters.until is not None:
        where.append(AuditEntry.at < datetime.combine(filters.until + timedelta(days=1), time.min) - shift)
    text = (filters.record or "").strip()
    if text:
        # Naming the tables too lets the (entity, entity_id, at) index answer the lookup.
        where.append(AuditEntry.entity.in_(RECORD_TABLES))
        where.append(AuditEntry.entity_id.in_(_record_ids(session, actor, text)))
    return where


def list_audit(
    db: Database,
    actor: Actor,
    filters: AuditFilters | None = None,
    after: AuditCursor | None = None,
    *,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """A page of the audit log in the actor's scope, newest first. Opening the log (the first page
    of a query) is itself an audit entry; an inspector is refused, and that is audited too."""
    filters = filters or AuditFilters()
    _require_auditor(db, actor)
    _check(filters)
    if limit < 1 or limit > PAGE_MAX:
        raise ValidationError("limit", "range", f"A page holds 1 to {PAGE_MAX} rows")
    with db.read() as session:
        where = _conditions(session, actor, filters)
        if after is not None:
            where.append(AuditEntry.id < after.id)
        entries = list(
            session.scalars(select(AuditEntry).where(*where).order_by(AuditEntry.id.desc()).limit(limit + 1))
        )
        more = len(entries) > limit
        entries = entries[:limit]
        rows = _rows(session, entries)
    if after is None:
        record_event(db, actor, VIEW_AUDIT, detail={"filters": _filter_detail(filters)})
    nxt = AuditCursor(entries[-1].id) if more and entries else None
    return AuditPage(rows, more, nxt)


def audit_detail(db: Database, actor: Actor, entry_id: str) -> AuditDetail:
    """One entry with its before/after values (DV values hidden from an administrator)."""
    _require_auditor(db, actor)
    with db.read() as session:
        where = [AuditEntry.id == entry_id]
        scope = _scope(actor)
        if scope is not None:
            where.append(scope)
        entry = session.scalar(select(AuditEntry).where(*where))
        if entry is None:
            raise NotFound(f"no audit entry {entry_id} in your scope")
        row = _rows(session, [entry])[0]
        redacted = actor.role is Role.ADMIN and (entry.entity or "") in DV_ENTITIES
        return AuditDetail(row, _field_changes(entry.action, entry.changes or {}, redacted), redacted)


def audit_users(db: Database, actor: Actor) -> list[AuditUser]:
    """The people whose entries the actor may filter by (their unit's, or everyone for an admin)."""
    _require_auditor(db, actor)
    with db.read() as session:
        query = select(User.id, User.full_name).order_by(User.full_name)
        if actor.role is Role.SUPERVISOR:
            query = query.where(User.unit_id == actor.unit_id)
        return [AuditUser(uid, name) for uid, name in session.execute(query)]


def audit_events(db: Database, actor: Actor) -> list[str]:
    """The event kinds present in the log (for the filter)."""
    _require_auditor(db, actor)
    with db.read() as session:
        return sorted(session.scalars(select(AuditEntry.action).distinct()))


def _filter_detail(filters: AuditFilters) -> dict[str, Any]:
    values = {
        "user_id": filters.user_id,
        "event": filters.event,
        "record": filters.record,
        "outcome": filters.outcome,
        "since": filters.since.isoformat() if filters.since else None,
        "until": filters.until.isoformat() if filters.until else None,
    }
    return {k: v for k, v in values.items() if v}


def _rows(session: Session, entries: Sequence[AuditEntry]) -> list[AuditRow]:
    user_ids = sorted({e.user_id for e in entries if e.user_id})
    names = (
        dict(session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids))).all())
        if user_ids
        else {}
    )
    labels = _labels(session, entries)
    rows = []
    for e in entries:
        if e.user_id:
            who = names.get(e.user_id, e.user_id)
        else:
            who = str((e.changes or {}).get("login", "")) if isinstance(e.changes, dict) else ""
        rows.append(
            AuditRow(
                id=e.id,
                at=e.at,
                user_id=e.user_id,
                user_name=who,
                device_id=e.device_id,
                event=e.action,
                entity=e.entity,
                entity_id=e.entity_id,
                record_label=labels.get(
                    (e.entity or "", e.entity_id or ""), _plain_label(e.entity, e.entity_id)
                ),
                outcome=e.outcome,
            )
        )
    return rows


def _plain_label(entity: str | None, entity_id: str | None) -> str:
    return " ".join(p for p in (entity, entity_id) if p)


def _labels(session: Session, entries: Sequence[AuditEntry]) -> dict[tuple[str, str], str]:
    wanted: dict[str, set[str]] = {}
    for e in entries:
        if e.entity and e.entity_id:
            wanted.setdefault(e.entity, set()).add(e.entity_id)
    labels: dict[tuple[str, str], str] = {}
    people = wanted.get(Resident.__tablename__)
    if people:
        for rid, last, first, middle in session.execute(
            select(Resident.id, Resident.last_name, Resident.first_name, Resident.middle_name).where(
                Resident.id.in_(people)
            )
        ):
            labels[(Resident.__tablename__, rid)] = " ".join(p for p in (last, first, middle) if p)
    cases = wanted.get(DvCase.__tablename__)
    if cases:
        for cid, number in session.execute(select(DvCase.id, DvCase.number).where(DvCase.id.in_(cases))):
            labels[(DvCase.__tablename__, cid)] = number
    return labels


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _field_changes(action: str, changes: Mapping[str, Any], redacted: bool) -> tuple[FieldChange, ...]:
    out: list[FieldChange] = []
    if action == "create" and isinstance(changes.get("after"), dict):
        for name, value in sorted(changes["after"].items()):
            out.append(FieldChange(name, None, _shown(value)))
    else:
        for name, value in sorted(changes.items()):
            if action == "update" and isinstance(value, list) and len(value) == 2:
                out.append(FieldChange(name, _shown(value[0]), _shown(value[1])))
            else:
                out.append(FieldChange(name, None, _shown(value)))
    if redacted:
        return tuple(
            FieldChange(c.field, None if c.before is None else "…", None if c.after is None else "…")
            for c in out
        )
    return tuple(out)
