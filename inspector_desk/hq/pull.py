"""What laptops read: pages of the change log for their scope (full current state per record,
evictions when something left the scope), the first-sync snapshot, fetch by id and reconcile."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import and_, or_, select, tuple_
from sqlalchemy.orm import Session

from inspector_desk.hq.db import HqDatabase
from inspector_desk.hq.errors import invalid
from inspector_desk.hq.ids import now_ms
from inspector_desk.hq.models import ChangeLogEntry, Conflict, HqState, Record
from inspector_desk.hq.push import require_field_role
from inspector_desk.hq.scope import Caller
from inspector_desk.sync.protocol import (
    BeatEviction,
    ConflictItem,
    ConflictOut,
    Eviction,
    FetchResponse,
    PullResponse,
    ReconcileEntity,
    ReconcileRequest,
    ReconcileResponse,
    RecordState,
    SnapshotKey,
    SnapshotResponse,
    holdings_digest,
)

Key = tuple[str, str]


def record_state(record: Record) -> RecordState:
    return RecordState(
        entity=record.entity,  # type: ignore[arg-type]
        id=record.id,
        beat_id=record.beat_id,
        rev=record.rev,
        deleted=record.deleted,
        fields=record.fields,
        stamps=record.stamps,
    )


def conflict_out(conflict: Conflict) -> ConflictOut:
    return ConflictOut.model_validate(conflict, from_attributes=True)


def position(session: Session) -> int:
    """The newest committed change-log seq: writers hold the state row until they commit, so
    the committed value never runs ahead of a row still to commit."""
    return session.scalars(select(HqState.seq).where(HqState.id == 1)).one()


# --- cursor ------------------------------------------------------------------------------------
# "N": every entry up to N is delivered. "N:entity:id": entries before N are delivered, and N is
# a beat granted to the caller whose records are delivered up to (entity, id).


def parse_cursor(text: str | None) -> tuple[int, Key | None]:
    if not text:
        return 0, None
    parts = text.split(":")
    try:
        seq = int(parts[0])
    except ValueError:
        raise invalid("cursor", "not a cursor this server issued") from None
    if seq < 0 or len(parts) not in (1, 3):
        raise invalid("cursor", "not a cursor this server issued")
    return seq, (parts[1], parts[2]) if len(parts) == 3 else None


def _records_of_beat(session: Session, beat_id: str, after: Key | None, limit: int) -> list[Record]:
    query = select(Record).where(Record.beat_id == beat_id)
    if after is not None:
        query = query.where(tuple_(Record.entity, Record.id) > after)
    return list(session.scalars(query.order_by(Record.entity, Record.id).limit(limit)))


def pull(db: HqDatabase, caller: Caller, cursor: str | None, limit: int) -> PullResponse:
    require_field_role(caller)
    done, partial = parse_cursor(cursor)
    items: list[Any] = []
    sent: set[Key] = set()
    scope = sorted(caller.beats)

    def add_records(records: list[Record]) -> None:
        for record in records:
            sent.add((record.entity, record.id))
            items.append(record_state(record))

    with db.read() as session:
        if partial is not None:
            grant = session.get(ChangeLogEntry, done)
            if grant is None or grant.kind != "scope" or grant.user_id != caller.user_id:
                raise invalid("cursor", "not a cursor this server issued")
            if caller.sees(grant.beat_id):
                assert grant.beat_id is not None
                page = _records_of_beat(session, grant.beat_id, partial, limit + 1)
                add_records(page[:limit])
                if len(page) > limit:
                    last = page[limit - 1]
                    return _page(items, f"{done}:{last.entity}:{last.id}", True, scope)
        has_more = False
        # Read the position first: an entry committing after this read is beyond it, so jumping
        # the cursor to it below can never pass over an entry this page did not see.
        pos = position(session)
        visible = or_(
            and_(
                ChangeLogEntry.kind.in_(("change", "conflict")),
                or_(ChangeLogEntry.beat_id.in_(scope), ChangeLogEntry.prev_beat_id.in_(scope)),
            ),
            and_(ChangeLogEntry.kind == "scope", ChangeLogEntry.user_id == caller.user_id),
        )
        entries = list(
            session.scalars(
                select(ChangeLogEntry)
                .where(ChangeLogEntry.seq > done, ChangeLogEntry.seq <= pos, visible)
                .order_by(ChangeLogEntry.seq)
                .limit(limit + 1)
            )
        )
        if len(entries) > limit:
            entries, has_more = entries[:limit], True
        records = _load_records(session, [e for e in entries if e.kind == "change"])
        conflicts = _load_conflicts(session, [e for e in entries if e.kind == "conflict"])
        for entry in entries:
            if len(items) >= limit:
                has_more = True
                break
            if entry.kind == "change":
                key = (entry.entity or "", entry.entity_id or "")
                record = records.get(key)
                if key in sent or record is None:
                    pass
                elif caller.sees(record.beat_id):
                    add_records([record])
                else:
                    sent.add(key)
                    items.append(Eviction(entity=record.entity, id=record.id))  # type: ignore[arg-type]
            elif entry.kind == "conflict":
                conflict = conflicts.get(entry.entity_id or "")
                if conflict is not None and caller.sees(conflict.beat_id):
                    items.append(ConflictItem(conflict=conflict_out(conflict)))
            elif entry.action == "revoke":
                if not caller.sees(entry.beat_id):  # regranted since: nothing to purge
                    items.append(BeatEviction(beat_id=entry.beat_id or ""))
            elif caller.sees(entry.beat_id):
                assert entry.beat_id is not None
                room = limit - len(items)
                page = _records_of_beat(session, entry.beat_id, None, room + 1)
                add_records(page[:room])
                if len(page) > room:
                    last = page[room - 1]
                    return _page(items, f"{entry.seq}:{last.entity}:{last.id}", True, scope)
            done = entry.seq
        if not has_more:
            # Everything visible up to the position is delivered: move the cursor there so the
            # next pull does not rescan other beats' entries.
            done = max(done, pos)
        return _page(items, str(done), has_more, scope)


def _page(items: list[Any], cursor: str, has_more: bool, scope: list[str]) -> PullResponse:
    return PullResponse(
        items=items, cursor=cursor, has_more=has_more, scope_beats=scope, server_time_ms=now_ms()
    )


def _load_records(session: Session, entries: list[ChangeLogEntry]) -> dict[Key, Record]:
    by_entity: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        by_entity[entry.entity or ""].add(entry.entity_id or "")
    found: dict[Key, Record] = {}
    for entity, ids in by_entity.items():
        for record in session.scalars(select(Record).where(Record.entity == entity, Record.id.in_(ids))):
            found[(record.entity, record.id)] = record
    return found


def _load_conflicts(session: Session, entries: list[ChangeLogEntry]) -> dict[str, Conflict]:
    ids = {int(e.entity_id or 0) for e in entries}
    if not ids:
        return {}
    return {str(c.id): c for c in session.scalars(select(Conflict).where(Conflict.id.in_(ids)))}


def snapshot(
    db: HqDatabase, caller: Caller, at: int | None, after: SnapshotKey | None, limit: int
) -> SnapshotResponse:
    """Every record in scope, paged by (entity, id). Records may be newer than ``position``;
    the pull that follows from ``position`` re-sends them, so nothing is missed or reverted."""
    require_field_role(caller)
    scope = sorted(caller.beats)
    with db.read() as session:
        pos = position(session) if at is None else at
        if at is not None and at > position(session):
            raise invalid("position", "ahead of this server's change log")
        query = select(Record).where(Record.beat_id.in_(scope))
        if after is not None:
            query = query.where(tuple_(Record.entity, Record.id) > (after.entity, after.id))
        page = list(session.scalars(query.order_by(Record.entity, Record.id).limit(limit + 1)))
        more = len(page) > limit
        page = page[:limit]
        nxt = SnapshotKey(entity=page[-1].entity, id=page[-1].id) if more else None  # type: ignore[arg-type]
        return SnapshotResponse(
            position=pos,
            cursor=str(pos),
            items=[record_state(r) for r in page],
            next=nxt,
            has_more=more,
            scope_beats=scope,
        )


def fetch(db: HqDatabase, caller: Caller, entity: str, ids: list[str]) -> FetchResponse:
    """Current state of the given records; an eviction for any not in the caller's scope (so a
    guessed id answers exactly like an unknown one: nothing leaks)."""
    require_field_role(caller)
    with db.read() as session:
        found = {
            r.id: r
            for r in session.scalars(select(Record).where(Record.entity == entity, Record.id.in_(ids)))
        }
        items: list[RecordState | Eviction] = []
        for record_id in ids:
            record = found.get(record_id)
            if record is not None and caller.sees(record.beat_id):
                items.append(record_state(record))
            else:
                items.append(Eviction(entity=entity, id=record_id))  # type: ignore[arg-type]
        return FetchResponse(items=items)


def reconcile(db: HqDatabase, caller: Caller, request: ReconcileRequest) -> ReconcileResponse:
    require_field_role(caller)
    scope = sorted(caller.beats)
    out: list[ReconcileEntity] = []
    with db.read() as session:
        pos = position(session)
        for entity in sorted(set(request.digests) | set(request.ids)):
            rows = session.execute(
                select(Record.id, Record.rev).where(Record.entity == entity, Record.beat_id.in_(scope))
            )
            pairs: dict[str, int] = {row[0]: row[1] for row in rows}
            digest = holdings_digest(pairs.items())
            claimed = request.digests.get(entity)
            result = ReconcileEntity(
                entity=entity,
                match=claimed is not None and claimed.digest == digest and claimed.count == len(pairs),
                hq_count=len(pairs),
                hq_digest=digest,
            )
            if entity in request.ids:
                held = dict(request.ids[entity])
                result.missing = sorted(i for i, rev in pairs.items() if held.get(i, -1) < rev)
                result.purge = sorted(i for i in held if i not in pairs)
                result.match = not result.missing and not result.purge and len(held) == len(pairs)
            out.append(result)
    return ReconcileResponse(entities=out, position=pos)
