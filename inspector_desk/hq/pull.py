"""What laptops read: pages of the change log for their scope (full current state per record,
evictions when something left the scope), the first-sync snapshot, fetch by id and reconcile.

Record states are served as the JSON text the database holds: each record's ``fields`` and
``stamps`` are read as text and spliced into the answer (``Page``), never decoded into Python
objects and encoded again. They were validated when they were pushed. ``pull``, ``snapshot``
and ``fetch`` return the protocol models (parsed from that same text); the web app sends the
text itself (``*_page``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import (
    BindParameter,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    select,
    true,
    tuple_,
    union,
)
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
    SnapshotKey,
    SnapshotResponse,
    holdings_digest,
)

Key = tuple[str, str]
StateRow = Sequence[Any]  # a row of STATE_COLUMNS
M = TypeVar("M", bound=BaseModel)
RECORDS: Table = Record.__table__  # type: ignore[assignment]
LOG: Table = ChangeLogEntry.__table__  # type: ignore[assignment]
STATE: Table = HqState.__table__  # type: ignore[assignment]
IN_CHUNK = 1000

# A record state as served: (entity, id, beat_id, rev, deleted, fields as JSON text, stamps as text).
STATE_COLUMNS = (
    RECORDS.c.entity,
    RECORDS.c.id,
    RECORDS.c.beat_id,
    RECORDS.c.rev,
    RECORDS.c.deleted,
    cast(RECORDS.c.fields, Text).label("fields_json"),
    cast(RECORDS.c.stamps, Text).label("stamps_json"),
)


def state_json(row: StateRow) -> str:
    """One ``RecordState`` as JSON text, from a row of ``STATE_COLUMNS``."""
    entity, record_id, beat_id, rev, deleted, fields_json, stamps_json = row
    return (
        f'{{"kind":"upsert","entity":{encode_basestring(entity)},"id":{encode_basestring(record_id)},'
        f'"beat_id":{encode_basestring(beat_id)},"rev":{int(rev)},"deleted":{"true" if deleted else "false"},'
        f'"fields":{fields_json},"stamps":{stamps_json}}}'
    )


@dataclass(slots=True)
class Page(Generic[M]):
    """An answer whose ``items`` are JSON texts, with the other members of ``model`` in ``rest``."""

    model: type[M]
    items: list[str] = field(default_factory=list)
    rest: dict[str, Any] = field(default_factory=dict)

    def body(self) -> bytes:
        tail = json.dumps(self.rest, separators=(",", ":"), ensure_ascii=False)[1:] if self.rest else "}"
        return f'{{"items":[{",".join(self.items)}]{"," if self.rest else ""}{tail}'.encode()

    def parse(self) -> M:
        return self.model.model_validate_json(self.body())


@dataclass(frozen=True, slots=True)
class _Entry:
    seq: int
    kind: str
    entity: str | None
    entity_id: str | None
    beat_id: str | None
    action: str | None


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


def states_of_beats(session: Session, beats: Sequence[str], after: Key | None, limit: int) -> list[StateRow]:
    """The first ``limit`` records of the beats after ``after`` in (entity, id) order, as rows of
    ``STATE_COLUMNS`` (the (beat_id, entity, id) index walks them in that order)."""
    order = (RECORDS.c.entity, RECORDS.c.id)
    query = select(*STATE_COLUMNS).where(RECORDS.c.beat_id.in_(beats))
    if after is not None:
        query = query.where(tuple_(*order) > after)
    return list(session.execute(query.order_by(*order).limit(limit)))


def _records_of_beat(session: Session, beat_id: str, after: Key | None, limit: int) -> list[StateRow]:
    return states_of_beats(session, [beat_id], after, limit)


def _visible_seqs() -> Select[Any]:
    """The seqs of the entries the caller sees after ``done``, up to the position: the first
    ``limit`` of each kind, each walked in seq order on its own index ((beat_id, seq),
    (prev_beat_id, seq), (user_id, seq)). One filter over the log in seq order instead reads
    every other laptop's entries after the cursor: at a shift start, each pull read the
    thousands that the other laptops had just pushed. The beats are bound one parameter each
    (an expanding IN), so the planner sees the values and picks the beat index for a small beat
    even when its statistics say one big beat holds nearly every entry."""
    done: BindParameter[Any] = bindparam("done")
    limit: BindParameter[Any] = bindparam("limit")
    upto = select(STATE.c.seq).where(STATE.c.id == 1).scalar_subquery()
    in_window = (LOG.c.seq > done, LOG.c.seq <= upto)
    records_or_conflicts = LOG.c.kind.in_(("change", "conflict"))
    scope: BindParameter[Any] = bindparam("scope", expanding=True)
    walks = [
        select(LOG.c.seq).where(column.in_(scope), records_or_conflicts, *in_window)
        for column in (LOG.c.beat_id, LOG.c.prev_beat_id)
    ]
    walks.append(
        select(LOG.c.seq).where(LOG.c.user_id == bindparam("user"), LOG.c.kind == "scope", *in_window)
    )
    parts = [walk.order_by(LOG.c.seq).limit(limit).subquery() for walk in walks]
    return union(*[select(part.c.seq) for part in parts])  # type: ignore[return-value]


def _pull_query() -> Select[Any]:
    """ONE statement reads the position, the entries up to it and the current state of their
    records (one snapshot: an entry committing later is beyond the position, so jumping the
    cursor to it can never pass over an entry a page did not see). The page of entries is cut
    (LIMIT) before records are joined; the outer join from the state row answers the position
    even when there is nothing new. Built once, with parameters: ``done`` (the
    cursor's seq), ``scope`` (the caller's beats), ``user`` (the caller) and ``limit``."""
    page_of_entries = (
        select(LOG.c.seq, LOG.c.kind, LOG.c.entity, LOG.c.entity_id, LOG.c.beat_id, LOG.c.action)
        .where(LOG.c.seq.in_(_visible_seqs()))
        .order_by(LOG.c.seq)
        .limit(bindparam("limit"))
        .subquery("page")
    )
    e = page_of_entries.c
    return (
        select(STATE.c.seq, e.seq, e.kind, e.entity, e.entity_id, e.beat_id, e.action, *STATE_COLUMNS)
        .select_from(
            STATE.outerjoin(page_of_entries, true()).outerjoin(
                RECORDS,
                and_(e.kind == "change", RECORDS.c.entity == e.entity, RECORDS.c.id == e.entity_id),
            )
        )
        .where(STATE.c.id == 1)
        .order_by(e.seq)
    )


PULL_QUERY = _pull_query()


def pull(db: HqDatabase, caller: Caller, cursor: str | None, limit: int) -> PullResponse:
    return pull_page(db, caller, cursor, limit).parse()


def pull_page(db: HqDatabase, caller: Caller, cursor: str | None, limit: int) -> Page[PullResponse]:
    require_field_role(caller)
    done, partial = parse_cursor(cursor)
    items: list[str] = []
    sent: set[Key] = set()
    scope = sorted(caller.beats)

    def add_records(rows: Iterable[StateRow]) -> None:
        for row in rows:
            sent.add((row[0], row[1]))
            items.append(state_json(row))

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
                    return _page(items, f"{done}:{last[0]}:{last[1]}", True, scope)
        has_more = False
        rows = list(
            session.execute(
                PULL_QUERY,
                {"done": done, "scope": scope, "user": caller.user_id, "limit": limit + 1},
            )
        )
        pos = int(rows[0][0])
        entries = [_Entry(*row[1:7]) for row in rows if row[1] is not None]
        if len(entries) > limit:
            entries, has_more = entries[:limit], True
        records = {(r[7], r[8]): r[7:] for r in rows if r[7] is not None}
        conflicts = _load_conflicts(session, [e.entity_id or "0" for e in entries if e.kind == "conflict"])
        for entry in entries:
            if len(items) >= limit:
                has_more = True
                break
            if entry.kind == "change":
                key = (entry.entity or "", entry.entity_id or "")
                row = records.get(key)
                if key in sent or row is None:
                    pass
                elif caller.sees(row[2]):
                    add_records([row])
                else:
                    sent.add(key)
                    items.append(Eviction(entity=row[0], id=row[1]).model_dump_json())
            elif entry.kind == "conflict":
                conflict = conflicts.get(entry.entity_id or "")
                if conflict is not None and caller.sees(conflict.beat_id):
                    items.append(ConflictItem(conflict=conflict_out(conflict)).model_dump_json())
            elif entry.action == "revoke":
                if not caller.sees(entry.beat_id):  # regranted since: nothing to purge
                    items.append(BeatEviction(beat_id=entry.beat_id or "").model_dump_json())
            elif caller.sees(entry.beat_id):
                assert entry.beat_id is not None
                room = limit - len(items)
                page = _records_of_beat(session, entry.beat_id, None, room + 1)
                add_records(page[:room])
                if len(page) > room:
                    last = page[room - 1]
                    return _page(items, f"{entry.seq}:{last[0]}:{last[1]}", True, scope)
            done = entry.seq
        if not has_more:
            # Everything visible up to the position is delivered: move the cursor there so the
            # next pull does not rescan other beats' entries.
            done = max(done, pos)
        return _page(items, str(done), has_more, scope)


def _page(items: list[str], cursor: str, has_more: bool, scope: list[str]) -> Page[PullResponse]:
    rest = {"cursor": cursor, "has_more": has_more, "scope_beats": scope, "server_time_ms": now_ms()}
    return Page(PullResponse, items, rest)


def load_states(session: Session, keys: Iterable[Key]) -> dict[Key, StateRow]:
    """(entity, id) -> a row of ``STATE_COLUMNS``, for the keys that exist."""
    by_entity: dict[str, set[str]] = defaultdict(set)
    for entity, record_id in keys:
        by_entity[entity].add(record_id)
    found: dict[Key, StateRow] = {}
    for entity, ids in by_entity.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), IN_CHUNK):
            part = ordered[start : start + IN_CHUNK]
            query = select(*STATE_COLUMNS).where(RECORDS.c.entity == entity, RECORDS.c.id.in_(part))
            for row in session.execute(query):
                found[(row[0], row[1])] = row
    return found


def _load_conflicts(session: Session, ids: list[str]) -> dict[str, Conflict]:
    wanted = {int(i) for i in ids}
    if not wanted:
        return {}
    return {str(c.id): c for c in session.scalars(select(Conflict).where(Conflict.id.in_(wanted)))}


def snapshot(
    db: HqDatabase, caller: Caller, at: int | None, after: SnapshotKey | None, limit: int
) -> SnapshotResponse:
    return snapshot_page(db, caller, at, after, limit).parse()


def snapshot_page(
    db: HqDatabase, caller: Caller, at: int | None, after: SnapshotKey | None, limit: int
) -> Page[SnapshotResponse]:
    """Every record in scope, paged by (entity, id). Records may be newer than ``position``;
    the pull that follows from ``position`` re-sends them, so nothing is missed or reverted."""
    require_field_role(caller)
    scope = sorted(caller.beats)
    with db.read() as session:
        pos = position(session) if at is None else at
        if at is not None and at > position(session):
            raise invalid("position", "ahead of this server's change log")
        rows = states_of_beats(session, scope, (after.entity, after.id) if after else None, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = {"entity": rows[-1][0], "id": rows[-1][1]} if more else None
    rest = {"position": pos, "cursor": str(pos), "next": nxt, "has_more": more, "scope_beats": scope}
    return Page(SnapshotResponse, [state_json(r) for r in rows], rest)


def fetch(db: HqDatabase, caller: Caller, entity: str, ids: list[str]) -> FetchResponse:
    return fetch_page(db, caller, entity, ids).parse()


def fetch_page(db: HqDatabase, caller: Caller, entity: str, ids: list[str]) -> Page[FetchResponse]:
    """Current state of the given records; an eviction for any not in the caller's scope (so a
    guessed id answers exactly like an unknown one: nothing leaks)."""
    require_field_role(caller)
    with db.read() as session:
        found = load_states(session, ((entity, i) for i in ids))
    items: list[str] = []
    for record_id in ids:
        row = found.get((entity, record_id))
        if row is not None and caller.sees(row[2]):
            items.append(state_json(row))
        else:
            items.append(Eviction(entity=entity, id=record_id).model_dump_json())  # type: ignore[arg-type]
    return Page(FetchResponse, items)


def reconcile(db: HqDatabase, caller: Caller, request: ReconcileRequest) -> ReconcileResponse:
    require_field_role(caller)
    scope = sorted(caller.beats)
    out: list[ReconcileEntity] = []
    with db.read() as session:
        pos = position(session)
        for entity in sorted(set(request.digests) | set(request.ids)):
            rows = session.execute(
                select(RECORDS.c.id, RECORDS.c.rev).where(
                    RECORDS.c.entity == entity, RECORDS.c.beat_id.in_(scope)
                )
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
