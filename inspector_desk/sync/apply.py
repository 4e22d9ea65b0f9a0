"""Applying what HQ sends to the local store: full record states, evictions and conflicts, and
then the derived local columns (``LOCAL_FIELDS``) of every row they touch.

Rules (see README.md beside this module):

* HQ's state is authoritative after a merge, field by field, except for a field that still has
  a change waiting in the outbox: that local value is kept (HQ merges it when it is pushed, and
  the record comes back). A state older than the row's ``server_rev`` is skipped, unless the
  caller forces it (re-fetching a record whose pushed change lost at HQ).
  Stamps are copied from HQ, not compared: HQ re-stamps edits of laptops with a wrong clock, so
  a local stamp can be "newer" than HQ's stamp of the value that really won.
* Dangling references are tolerated: a reassigned case may name a victim whose resident record
  stays on another beat. Sync transactions therefore run with ``PRAGMA foreign_keys = OFF``
  (``sync_session``); no placeholder rows are invented, and the services' reads treat a missing
  parent as unknown. Local writes by the services keep foreign keys on.
* An eviction purges the row and its children (``protocol.REFERENCES``) unless they are still
  in scope, and never a row with outbox entries: that purge is deferred until they are pushed.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Protocol

from pydantic_core import to_json
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Integer,
    Select,
    Table,
    bindparam,
    delete,
    exists,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from inspector_desk.domain.risk import RiskLevel, next_review_due
from inspector_desk.domain.search_text import fold
from inspector_desk.resources import risk_policy
from inspector_desk.services.base import synced_fields
from inspector_desk.services.registry import (
    REGISTRY_VISIT_KINDS,
    REGISTRY_VISIT_OUTCOME,
    active_on,
    compute_next_visit_due,
)
from inspector_desk.store import search
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import (
    SYNCED_MODELS,
    Address,
    Appeal,
    CaseReview,
    DvCase,
    Household,
    OutboxEntry,
    RegistryEntry,
    Resident,
    RiskAssessment,
    SyncConflict,
    SyncedRow,
    SyncState,
    Visit,
)
from inspector_desk.store.schema_extras import CREATE_STATEMENTS, FTS_TABLE
from inspector_desk.sync.protocol import REFERENCES, ConflictOut


class StateLike(Protocol):
    """A record's full state from HQ: ``protocol.RecordState``, or the lighter struct a snapshot
    page is decoded into (``transport.WireRecordState``)."""

    @property
    def entity(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def beat_id(self) -> str: ...
    @property
    def rev(self) -> int: ...
    @property
    def deleted(self) -> bool: ...
    @property
    def fields(self) -> dict[str, Any]: ...
    @property
    def stamps(self) -> dict[str, str]: ...


MODELS: dict[str, type[SyncedRow]] = {m.__tablename__: m for m in SYNCED_MODELS}
CHUNK = 500
ID_CHUNK = 4000  # ids per IN (...) lookup; well under SQLite's variable limit
DEFERRED_KEY = "sync.deferred_evictions"
BULK_SEARCH_INDEX = 200  # new residents in one page from which search indexing runs once per page
_FTS_INSERT_TRIGGER = "residents_fts_insert"
_FTS_INSERT_SQL = next(
    sql for sql in CREATE_STATEMENTS if sql.startswith(f"CREATE TRIGGER {_FTS_INSERT_TRIGGER} ")
)

# parent entity -> [(child entity, reference field)]
CHILDREN: dict[str, list[tuple[str, str]]] = defaultdict(list)
for _child, _refs in REFERENCES.items():
    for _field, _parent in _refs.items():
        CHILDREN[_parent].append((_child, _field))


def _chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- wire values to column values ---------------------------------------------------------------


def _to_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(str(value))
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _to_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _to_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _to_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _to_str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value) if isinstance(value, dict | list) else str(value)


def _same(value: Any) -> Any:
    return value


# Native SQLite values, exactly as SQLAlchemy stores them (dates and times as ISO text with a
# space and microseconds, JSON as json.dumps, booleans as 0/1): the bulk insert of a first sync
# writes them with the DB-API directly, which is several times faster than the ORM's binding.
_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


_PLAIN_DATETIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d{6})?")


def _native_datetime(value: Any) -> str | None:
    if isinstance(value, str) and _PLAIN_DATETIME.fullmatch(value):
        # A valid zone-less ISO time (checked by parsing) is rewritten as text, not re-formatted.
        datetime.fromisoformat(value)
        text = f"{value[:10]} {value[11:]}"
        return text if len(text) == 26 else f"{text}.000000"
    parsed = _to_datetime(value)
    return parsed.strftime(_DATETIME_FORMAT) if parsed is not None else None


def _native_date(value: Any) -> str | None:
    parsed = _to_date(value)
    return parsed.isoformat() if parsed is not None else None


def _native_bool(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def _native_json(value: Any) -> str | None:
    return None if value is None else _json(value)


def _json(value: Any) -> str:
    """JSON text for a column (pydantic-core's encoder: several times faster than ``json``)."""
    return to_json(value).decode()


@lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=200_000)
def _names(last_name: str, first_name: str, middle_name: str | None) -> tuple[str, str]:
    return (
        search.name_key(last_name, first_name, middle_name),
        search.sort_name(last_name, first_name, middle_name),
    )


def search_columns(
    last: str,
    first: str,
    middle: str | None,
    iin: str | None,
    phones: Any,
    street: str | None,
    house: str | None,
    apartment: str | None,
) -> tuple[str, str, str]:
    """(name_key, sort_name, search_text) as ``store.search`` makes them, with folding cached: a
    first sync folds tens of thousands of names, most of them repeated."""
    key, sort = _names(last or "", first or "", middle)
    parts = [key]
    if iin:
        parts.append(iin)
    for phone in phones if isinstance(phones, list) else ():
        parts.extend(search.phone_search_forms(phone))
    for text in (street, house, apartment):
        if text:
            parts.append(_fold(text))
    return key, sort, " ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """How one synced table is written: its synced fields with converters, and its columns."""

    name: str
    model: type[SyncedRow]
    table: Table
    fields: tuple[str, ...]
    convert: dict[str, Callable[[Any], Any]]
    native: dict[str, Callable[[Any], Any]]
    defaults: dict[str, Any]
    columns: tuple[str, ...]
    insert_sql: str
    local_defaults: dict[str, Any]  # scalar defaults of the other columns (new LOCAL_FIELDS)

    def value(self, name: str, raw: Any) -> Any:
        try:
            return self.convert[name](raw)
        except (ValueError, TypeError):
            return self.defaults.get(name)


def _spec(model: type[SyncedRow]) -> EntitySpec:
    table: Table = model.__table__  # type: ignore[attr-defined]
    names = tuple(synced_fields(model))
    convert: dict[str, Callable[[Any], Any]] = {}
    native: dict[str, Callable[[Any], Any]] = {}
    defaults: dict[str, Any] = {}
    for column in table.c:
        kind = column.type
        if isinstance(kind, DateTime):
            convert[column.name], native[column.name] = _to_datetime, _native_datetime
        elif isinstance(kind, Date):
            convert[column.name], native[column.name] = _to_date, _native_date
        elif isinstance(kind, Boolean):
            convert[column.name], native[column.name] = _to_bool, _native_bool
        elif isinstance(kind, Integer):
            convert[column.name], native[column.name] = _to_int, _to_int
        elif isinstance(kind, JSON):
            convert[column.name], native[column.name] = _same, _native_json
        else:
            convert[column.name], native[column.name] = _to_str, _to_str
    for name in names:
        column = table.c[name]
        kind = column.type
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            defaults[name] = default.arg  # type: ignore[attr-defined]
        elif isinstance(kind, JSON) and not column.nullable:
            defaults[name] = [] if name == "phones" else {}
        else:
            defaults[name] = None
    defaults["deleted"] = False
    columns = tuple(c.name for c in table.c)
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "  # noqa: S608 - names from our own models
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    local_defaults = {
        c.name: native[c.name](c.default.arg)  # type: ignore[attr-defined]
        for c in table.c
        if c.default is not None and getattr(c.default, "is_scalar", False)
    }
    return EntitySpec(
        model.__tablename__, model, table, names, convert, native, defaults, columns, sql, local_defaults
    )


SPECS: dict[str, EntitySpec] = {name: _spec(model) for name, model in MODELS.items()}
_PLANS: dict[str, tuple[tuple[tuple[str, Callable[[Any], Any], Any], ...], dict[str, Any]]] = {}


def _insert_plan(
    spec: EntitySpec,
) -> tuple[tuple[tuple[str, Callable[[Any], Any], Any], ...], dict[str, Any]]:
    """For bulk inserts: (synced field, native converter, native default) per field, and a row
    of every column in table order holding its local default (filled in, then sent as is)."""
    if spec.name not in _PLANS:
        plan = tuple((n, spec.native[n], spec.native[n](spec.defaults.get(n))) for n in spec.fields)
        _PLANS[spec.name] = (plan, {c: spec.local_defaults.get(c) for c in spec.columns})
    return _PLANS[spec.name]


def to_column_value(entity: str, name: str, raw: Any) -> Any:
    """A wire (JSON) value of ``entity.name`` as the local column holds it."""
    return SPECS[entity].value(name, raw)


# --- the sync transaction -----------------------------------------------------------------------


@contextmanager
def sync_session(db: Database) -> Iterator[Session]:
    """A write transaction with foreign keys off (dangling references are legal in sync)."""
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Must be set outside a transaction (SQLite ignores it inside one): the DB-API
        # connection is in autocommit mode (isolation_level None), so this runs on its own.
        raw.execute("PRAGMA foreign_keys = OFF")
        # What a sync transaction writes can be had again from HQ (a page is refetched from the
        # cursor saved with it; a pushed batch is answered again as duplicates), so its commit
        # need not wait for the disk: in WAL mode a power cut can only lose the last commits,
        # never corrupt the file, and the next service write (synchronous FULL) makes them durable.
        synchronous = raw.execute("PRAGMA synchronous").fetchone()[0]
        raw.execute("PRAGMA synchronous = NORMAL")
        try:
            immediate = conn.execution_options(sqlite_immediate=True)
            with Session(bind=immediate, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute(f"PRAGMA synchronous = {int(synchronous)}")
            raw.execute("PRAGMA foreign_keys = ON")


# --- secondary indexes set aside during a first sync --------------------------------------------

INDEXES_ASIDE_KEY = "sync.indexes_aside"
# The big tables of a beat. Their secondary indexes are dropped for a multi-page first sync and
# built once at its end: one sorted build per index costs far less than tens of thousands of
# random B-tree inserts (and writes fuller, fewer encrypted pages). Kept: unique indexes (they
# enforce a rule) and the ones this module's own queries look rows up by while applying.
ASIDE_TABLES = ("residents", "visits")
KEEP_INDEXES = frozenset({"ix_residents_household_id", "ix_visits_resident", "ix_visits_household"})


def set_indexes_aside(session: Session) -> list[str]:
    """Drop the secondary indexes of ``ASIDE_TABLES`` (but ``KEEP_INDEXES`` and unique ones) in
    this transaction, their CREATE statements kept in ``sync_state`` for ``restore_indexes``.
    Already aside (a resumed first sync): nothing more is dropped. Returns the names dropped."""
    if get_state(session, INDEXES_ASIDE_KEY) is not None:
        return []
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        places = ", ".join("?" for _ in ASIDE_TABLES)
        cursor.execute(
            "SELECT il.name FROM sqlite_master m, pragma_index_list(m.name) il "  # noqa: S608
            f"WHERE m.type = 'table' AND m.name IN ({places}) AND il.origin = 'c' AND il.[unique] = 0",
            ASIDE_TABLES,
        )
        names = sorted({row[0] for row in cursor.fetchall()} - KEEP_INDEXES)
        if not names:
            return []
        cursor.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({', '.join('?' for _ in names)})",  # noqa: S608, E501
            names,
        )
        statements = {name: sql for name, sql in cursor.fetchall() if sql}
        set_state(session, INDEXES_ASIDE_KEY, json.dumps([statements[n] for n in sorted(statements)]))
        session.flush()
        for name in sorted(statements):
            cursor.execute(f'DROP INDEX "{name}"')
        return sorted(statements)
    finally:
        cursor.close()


def restore_indexes(session: Session) -> int:
    """Build the indexes ``set_indexes_aside`` dropped (in this transaction); returns how many."""
    saved = get_state(session, INDEXES_ASIDE_KEY)
    if saved is None:
        return 0
    statements: list[str] = json.loads(saved)
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        for sql in statements:
            cursor.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
    finally:
        cursor.close()
    set_state(session, INDEXES_ASIDE_KEY, None)
    session.flush()
    return len(statements)


def get_state(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return row.value if row is not None else None


def set_state(session: Session, key: str, value: str | None) -> None:
    row = session.get(SyncState, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


@dataclass(slots=True)
class ApplyStats:
    upserted: int = 0
    skipped: int = 0
    evicted: int = 0
    deferred: int = 0
    conflicts: int = 0


@dataclass(slots=True)
class Applier:
    """Applies items within one sync transaction; ``finish()`` recomputes derived columns."""

    session: Session
    scope_beats: frozenset[str] | None = None
    today: date = field(default_factory=date.today)
    stats: ApplyStats = field(default_factory=ApplyStats)
    _search: set[str] = field(default_factory=set)
    _households: set[str] = field(default_factory=set)
    _addresses: set[str] = field(default_factory=set)
    _due: set[str] = field(default_factory=set)
    _due_households: set[str] = field(default_factory=set)
    _cases: set[str] = field(default_factory=set)
    _deferred: dict[str, list[str]] | None = None

    # -- records ---------------------------------------------------------------------------

    def pending_fields(self, entity: str, ids: Sequence[str]) -> dict[str, set[str]]:
        """id -> fields with a change still waiting in the outbox."""
        found: dict[str, set[str]] = defaultdict(set)
        for part in _chunks(list(ids)):
            rows = self.session.execute(
                select(OutboxEntry.entity_id, OutboxEntry.fields).where(
                    OutboxEntry.entity == entity,
                    OutboxEntry.entity_id.in_(part),
                    OutboxEntry.pushed_at.is_(None),
                )
            )
            for entity_id, fields in rows:
                found[entity_id].update(fields or {})
        return found

    def records(self, states: Iterable[StateLike], *, force: bool = False) -> None:
        by_entity: dict[str, dict[str, StateLike]] = defaultdict(dict)
        for state in states:
            if state.entity in SPECS:
                by_entity[state.entity][state.id] = state  # a later state of the same id wins
        for entity, group in by_entity.items():
            self._records(SPECS[entity], group, force=force)

    def _records(self, spec: EntitySpec, group: dict[str, StateLike], *, force: bool) -> None:
        table = spec.table
        ids = list(group)
        existing: dict[str, tuple[int, dict[str, Any]]] = {}
        cursor = self._cursor()
        try:
            # The ids go in as one JSON text (json_each), not as thousands of bound parameters.
            cursor.execute(
                f"SELECT id, server_rev, field_clock FROM {table.name} "  # noqa: S608 - our own table
                "WHERE id IN (SELECT value FROM json_each(?))",
                (_json(ids),),
            )
            for row_id, rev, clock in cursor.fetchall():
                existing[row_id] = (rev or 0, json.loads(clock) if clock else {})
        finally:
            cursor.close()
        pending = self.pending_fields(spec.name, [i for i in ids if i in existing])
        now = utcnow()
        stamp = now.strftime(_DATETIME_FORMAT)
        new_rows: list[StateLike] = []
        updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        for row_id, state in group.items():
            self._undefer(spec.name, row_id)
            if row_id not in existing:
                new_rows.append(state)
                continue
            rev, clock = existing[row_id]
            if not force and state.rev <= rev:
                self.stats.skipped += 1
                continue
            keep = pending.get(row_id, set())
            values = {
                name: spec.value(name, state.fields[name])
                for name in spec.fields
                if name in state.fields and name not in keep
            }
            if "beat_id" in values and not values["beat_id"]:
                values["beat_id"] = state.beat_id
            if spec.name == "appeals" and ("deadline" in values or "extended_deadline" in values):
                self._appeal_due(row_id, values)
            row = {name: spec.native[name](value) for name, value in values.items()}
            new_clock = {**clock, **{k: v for k, v in state.stamps.items() if k not in keep}}
            row.update(field_clock=_json(new_clock), server_rev=max(state.rev, rev), updated_at=stamp)
            names = tuple(row)
            updates[names].append((*row.values(), row_id))
            self.stats.upserted += 1
            self._touched(spec.name, row_id, state.fields, row_id)
        if updates:
            # Rows with the same set of columns (nearly always all of them) in one executemany.
            cursor = self._cursor()
            try:
                for names, params in updates.items():
                    assignments = ", ".join(f"{n} = ?" for n in names)
                    cursor.executemany(f"UPDATE {table.name} SET {assignments} WHERE id = ?", params)  # noqa: S608
            finally:
                cursor.close()
        if new_rows:
            self._insert(spec, new_rows, stamp)

    def _insert(self, spec: EntitySpec, states: list[StateLike], stamp: str) -> None:
        """Insert rows this laptop does not have, in bulk through the DB-API (see _native_*)."""
        plan, blank = _insert_plan(spec)
        places = self._places(states) if spec.name == "residents" else {}
        rows: list[tuple[Any, ...]] = []
        for state in states:
            fields = state.fields
            values = blank.copy()  # every column, in table order, with its local default
            for name, convert, fallback in plan:
                raw = fields.get(name)
                if raw is None:
                    values[name] = fallback
                elif convert is _to_str and type(raw) is str:
                    values[name] = raw
                else:
                    try:
                        values[name] = convert(raw)
                    except (ValueError, TypeError):
                        values[name] = fallback
            values["beat_id"] = values.get("beat_id") or state.beat_id
            values["deleted"] = int(bool(fields.get("deleted", state.deleted)))
            values["id"] = state.id
            values["field_clock"] = _json(state.stamps)
            values["server_rev"] = state.rev
            values["created_at"] = values["updated_at"] = stamp
            values["created_by"] = values["updated_by"] = None
            if spec.name == "residents":
                street, house, apartment = places.get(
                    str(fields.get("household_id") or ""), (None, None, None)
                )
                values["name_key"], values["sort_name"], values["search_text"] = search_columns(
                    str(fields.get("last_name") or ""),
                    str(fields.get("first_name") or ""),
                    fields.get("middle_name"),
                    fields.get("iin"),
                    fields.get("phones"),
                    street,
                    house,
                    apartment,
                )
                values["next_visit_due"] = None
                self._due.add(state.id)
            elif spec.name == "dv_cases":
                values["risk_level"] = values["next_review_due"] = None
                self._cases.add(state.id)
            elif spec.name == "appeals":
                values["due_on"] = values.get("extended_deadline") or values.get("deadline") or stamp[:10]
            else:
                self._touched(spec.name, state.id, fields, None)
            rows.append(tuple(values.values()))
        cursor = self._cursor()
        try:
            if spec.name == "residents" and len(rows) >= BULK_SEARCH_INDEX:
                self._insert_residents_indexing_once(cursor, spec.insert_sql, rows, [s.id for s in states])
            else:
                cursor.executemany(spec.insert_sql, rows)
        finally:
            cursor.close()
        self.stats.upserted += len(rows)

    def _cursor(self) -> Any:
        """A DB-API cursor on this transaction's connection (bulk statements skip the ORM)."""
        return self.session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    @staticmethod
    def _insert_residents_indexing_once(
        cursor: Any, sql: str, rows: list[tuple[Any, ...]], ids: list[str]
    ) -> None:
        """Insert many residents (a first sync) and index them for search in two statements.

        The insert trigger indexes one row at a time, which costs as much as the insert itself;
        here it is set aside for this insert and its two statements run once for all the rows,
        with the same outcome. All in this transaction: a crash rolls the trigger back with it.
        """
        cursor.execute(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}")
        cursor.executemany(sql, rows)
        cursor.execute(
            "INSERT INTO resident_search_map(resident_id, beat_id) "
            "SELECT id, beat_id FROM residents WHERE id IN (SELECT value FROM json_each(?))",
            (_json(ids),),
        )
        cursor.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, search_text) "  # noqa: S608 - the store's own table
            "SELECT m.fts_rowid, CASE WHEN r.deleted THEN '' ELSE r.search_text END "
            "FROM resident_search_map m JOIN residents r ON r.id = m.resident_id "
            "WHERE m.resident_id IN (SELECT value FROM json_each(?))",
            (_json(ids),),
        )
        cursor.execute(_FTS_INSERT_SQL)

    def _places(self, states: list[StateLike]) -> dict[str, tuple[str | None, str | None, str | None]]:
        """household id -> (street, house, apartment) for the households these residents name."""
        homes = sorted({h for s in states if isinstance(h := s.fields.get("household_id"), str)})
        found: dict[str, tuple[str | None, str | None, str | None]] = {}
        for part in _chunks(homes, ID_CHUNK):
            rows = self.session.execute(
                select(Household.id, Address.street, Address.house, Household.apartment)
                .outerjoin(Address, Address.id == Household.address_id)
                .where(Household.id.in_(part))
            )
            for hid, street, house, apartment in rows:
                found[hid] = (street, house, apartment)
        return found

    def _appeal_due(self, row_id: str, values: dict[str, Any]) -> None:
        if "deadline" in values and "extended_deadline" in values:
            values["due_on"] = values["extended_deadline"] or values["deadline"]
            return
        row = self.session.execute(
            select(Appeal.deadline, Appeal.extended_deadline).where(Appeal.id == row_id)
        ).one()
        deadline = values.get("deadline", row[0])
        extended = values.get("extended_deadline", row[1])
        values["due_on"] = extended or deadline

    def _touched(self, entity: str, row_id: str, fields: dict[str, Any], _old: str | None) -> None:
        """Remember what derived columns the change of this row affects."""
        if entity == "residents":
            self._search.add(row_id)
            self._due.add(row_id)
        elif entity == "households":
            self._households.add(row_id)
        elif entity == "addresses":
            self._addresses.add(row_id)
        elif entity == "registry_entries":
            if isinstance(fields.get("resident_id"), str):
                self._due.add(fields["resident_id"])
        elif entity == "visits":
            if isinstance(fields.get("resident_id"), str):
                self._due.add(fields["resident_id"])
            elif isinstance(fields.get("household_id"), str):
                self._due_households.add(fields["household_id"])
        elif entity == "dv_cases":
            self._cases.add(row_id)
        elif entity in ("risk_assessments", "dv_reviews") and isinstance(fields.get("case_id"), str):
            self._cases.add(fields["case_id"])

    # -- evictions -----------------------------------------------------------------------------

    def _load_deferred(self) -> dict[str, list[str]]:
        if self._deferred is None:
            text = get_state(self.session, DEFERRED_KEY)
            self._deferred = json.loads(text) if text else {}
        return self._deferred

    def _undefer(self, entity: str, row_id: str) -> None:
        deferred = self._load_deferred()
        ids = deferred.get(entity)
        if ids and row_id in ids:
            ids.remove(row_id)

    def _defer(self, entity: str, row_id: str) -> None:
        ids = self._load_deferred().setdefault(entity, [])
        if row_id not in ids:
            ids.append(row_id)
        self.stats.deferred += 1

    def has_pending(self, entity: str, row_id: str) -> bool:
        return (
            self.session.scalar(
                select(OutboxEntry.seq)
                .where(
                    OutboxEntry.entity == entity,
                    OutboxEntry.entity_id == row_id,
                    OutboxEntry.pushed_at.is_(None),
                )
                .limit(1)
            )
            is not None
        )

    def evict(self, entity: str, row_id: str, *, cascade: bool = True) -> None:
        spec = SPECS.get(entity)
        if spec is None:
            return
        if self.has_pending(entity, row_id):
            self._defer(entity, row_id)  # pushed first, purged at the next sync
            return
        self._undefer(entity, row_id)
        table = spec.table
        row = self.session.execute(
            select(table.c.beat_id, table.c.id).where(table.c.id == row_id)
        ).one_or_none()
        if row is None:
            return
        if cascade:
            for child, ref in CHILDREN.get(entity, ()):
                child_table = SPECS[child].table
                query = select(child_table.c.id).where(child_table.c[ref] == row_id)
                if self.scope_beats is not None:
                    query = query.where(child_table.c.beat_id.not_in(sorted(self.scope_beats)))
                for (child_id,) in self.session.execute(query).all():
                    self.evict(child, child_id)
        self._remember_parents(entity, row_id)
        self.session.execute(delete(table).where(table.c.id == row_id))
        self.session.execute(
            delete(SyncConflict).where(SyncConflict.entity == entity, SyncConflict.entity_id == row_id)
        )
        self.stats.evicted += 1

    def _remember_parents(self, entity: str, row_id: str) -> None:
        # The parent's derived columns may depend on the purged child (a visit, an assessment).
        if entity in ("registry_entries", "visits", "risk_assessments", "dv_reviews"):
            model = MODELS[entity]
            table: Table = model.__table__  # type: ignore[attr-defined]
            cols = [c for c in ("resident_id", "household_id", "case_id") if c in table.c]
            row = self.session.execute(select(*[table.c[c] for c in cols]).where(table.c.id == row_id)).one()
            self._touched(entity, row_id, dict(zip(cols, row, strict=True)), row_id)

    def evict_beat(self, beat_id: str) -> None:
        if self.scope_beats is not None and beat_id in self.scope_beats:
            return  # still (or again) in scope
        for entity, spec in SPECS.items():
            ids = [
                r[0]
                for r in self.session.execute(select(spec.table.c.id).where(spec.table.c.beat_id == beat_id))
            ]
            for row_id in ids:
                self.evict(entity, row_id, cascade=False)
        self.session.execute(delete(SyncConflict).where(SyncConflict.beat_id == beat_id))

    def run_deferred(self) -> None:
        """Purge what was deferred, now that its outbox entries may have been pushed."""
        deferred = self._load_deferred()
        for entity, ids in list(deferred.items()):
            for row_id in list(ids):
                self.evict(entity, row_id)

    # -- conflicts -------------------------------------------------------------------------------

    def conflict(self, item: ConflictOut) -> None:
        row = self.session.get(SyncConflict, item.id)
        if row is None:
            row = SyncConflict(id=item.id)
            self.session.add(row)
        row.entity = item.entity
        row.entity_id = item.entity_id
        row.beat_id = item.beat_id
        row.field = item.field
        row.kind = item.kind
        row.current_value = item.current_value
        row.losing_value = item.losing_value
        row.current_user_id = item.current_user_id
        row.losing_user_id = item.losing_user_id
        if item.status == "resolved":
            row.status = "resolved"
            row.resolution = item.resolution
            row.resolved_by = item.resolved_by
            row.pending_change_id = None
        elif row.pending_change_id is None:
            row.status = "open"
        row.updated_at = utcnow()
        self.stats.conflicts += 1

    # -- derived columns -------------------------------------------------------------------------

    def finish(self) -> None:
        if self._deferred is not None:
            live = {k: v for k, v in self._deferred.items() if v}
            set_state(self.session, DEFERRED_KEY, json.dumps(live) if live else None)
        self.session.flush()
        residents: set[str] = set(self._search)
        if self._households or self._addresses:
            hh = set(self._households)
            for part in _chunks(sorted(self._addresses)):
                hh.update(self.session.scalars(select(Household.id).where(Household.address_id.in_(part))))
            for part in _chunks(sorted(hh)):
                residents.update(
                    self.session.scalars(select(Resident.id).where(Resident.household_id.in_(part)))
                )
        if residents:
            recompute_search(self.session, sorted(residents))
        due = set(self._due)
        for part in _chunks(sorted(self._due_households)):
            due.update(self.session.scalars(select(Resident.id).where(Resident.household_id.in_(part))))
        if due:
            recompute_due(self.session, sorted(due), self.today)
        if self._cases:
            recompute_cases(self.session, sorted(self._cases))


def recompute_search(session: Session, resident_ids: Sequence[str]) -> None:
    """``name_key`` and ``search_text`` of the residents, from their names and their place."""
    table: Table = Resident.__table__  # type: ignore[assignment]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("rid"))
        .values(name_key=bindparam("nk"), sort_name=bindparam("sn"), search_text=bindparam("st"))
    )
    for part in _chunks(resident_ids):
        rows = session.execute(
            select(
                Resident.id,
                Resident.last_name,
                Resident.first_name,
                Resident.middle_name,
                Resident.iin,
                Resident.phones,
                Address.street,
                Address.house,
                Household.apartment,
                Resident.name_key,
                Resident.search_text,
                Resident.sort_name,
            )
            .outerjoin(Household, Household.id == Resident.household_id)
            .outerjoin(Address, Address.id == Household.address_id)
            .where(Resident.id.in_(part))
        ).all()
        params = []
        for (
            rid,
            last,
            first,
            middle,
            iin,
            phones,
            street,
            house,
            apartment,
            old_key,
            old_text,
            old_sort,
        ) in rows:
            key, sort, text = search_columns(last, first, middle, iin, phones, street, house, apartment)
            if key != old_key or text != old_text or sort != old_sort:
                params.append({"rid": rid, "nk": key, "sn": sort, "st": text})
        if params:
            session.execute(stmt, params)


def _json_ids(ids: Sequence[str]) -> Select[tuple[Any]]:
    """The ids as a subquery over ONE bound JSON text: an ``IN`` list of thousands of bound
    parameters costs more to render than the lookup it serves."""
    return select(literal_column("value")).select_from(func.json_each(bindparam(None, _json(list(ids)))))


def recompute_due(session: Session, resident_ids: Sequence[str], on: date) -> None:
    """``next_visit_due`` of the residents (the registry rule of ``services.registry``)."""
    counting = (
        Visit.deleted.is_(False),
        Visit.kind.in_(sorted(REGISTRY_VISIT_KINDS)),
        Visit.outcome == REGISTRY_VISIT_OUTCOME,
    )
    rtable: Table = Resident.__table__  # type: ignore[assignment]
    stmt = update(rtable).where(rtable.c.id == bindparam("rid")).values(next_visit_due=bindparam("due"))
    in_force = (active_on(on), RegistryEntry.ended_reason.is_(None))
    # Only a resident on the registry has a due date, and only one that has (or had) one can
    # change: the others (most residents; every one of a first sync's visits pages) are skipped
    # in the query, with the same outcome.
    may_change = or_(
        Resident.next_visit_due.is_not(None),
        exists().where(RegistryEntry.resident_id == Resident.id, *in_force),
    )
    for part in _chunks(resident_ids, ID_CHUNK):
        people = session.execute(
            select(Resident.id, Resident.household_id, Resident.deleted, Resident.next_visit_due).where(
                Resident.id.in_(_json_ids(part)), may_change
            )
        ).all()
        if not people:
            continue
        entries: dict[str, list[tuple[str, date]]] = defaultdict(list)
        for rid, category, start in session.execute(
            select(RegistryEntry.resident_id, RegistryEntry.category, RegistryEntry.start_date).where(
                RegistryEntry.resident_id.in_(_json_ids([rid for rid, _, _, _ in people])), *in_force
            )
        ):
            entries[rid].append((category, start))
        scheduled = [rid for rid, _, deleted, _ in people if rid in entries and not deleted]
        own: dict[str, datetime] = {}
        if scheduled:
            own = dict(
                session.execute(  # type: ignore[arg-type]
                    select(Visit.resident_id, func.max(Visit.visited_at))
                    .where(Visit.resident_id.in_(scheduled), *counting)
                    .group_by(Visit.resident_id)
                ).all()
            )
        homes = sorted({h for rid, h, _, _ in people if h and rid in entries})
        shared: dict[str, datetime] = {}
        for hpart in _chunks(homes):
            shared.update(
                session.execute(  # type: ignore[arg-type]
                    select(Visit.household_id, func.max(Visit.visited_at))
                    .where(
                        Visit.household_id.in_(hpart), func.coalesce(Visit.resident_id, "") == "", *counting
                    )
                    .group_by(Visit.household_id)
                ).all()
            )
        params = []
        for rid, household_id, deleted, old in people:
            due: date | None = None
            mine = entries.get(rid)
            if mine and not deleted:
                times = [t for t in (own.get(rid), shared.get(household_id) if household_id else None) if t]
                last = max(times).date() if times else None
                try:
                    due = compute_next_visit_due([c for c, _ in mine], [s for _, s in mine], last)
                except ValueError:
                    due = None  # an unknown category (newer client at HQ): no schedule here
            if due != old:
                params.append({"rid": rid, "due": due})
        if params:
            session.execute(stmt, params)


def recompute_cases(session: Session, case_ids: Sequence[str]) -> None:
    """``risk_level`` (newest live assessment) and ``next_review_due`` of the cases."""
    policy = risk_policy()
    table: Table = DvCase.__table__  # type: ignore[assignment]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("cid"))
        .values(risk_level=bindparam("lvl"), next_review_due=bindparam("due"))
    )
    for part in _chunks(case_ids):
        cases = session.execute(
            select(
                DvCase.id, DvCase.status, DvCase.opened_on, DvCase.risk_level, DvCase.next_review_due
            ).where(DvCase.id.in_(part))
        ).all()
        newest: dict[str, tuple[datetime, str | None]] = {}
        for cid, final, at in session.execute(
            select(RiskAssessment.case_id, RiskAssessment.final_level, RiskAssessment.assessed_at).where(
                RiskAssessment.case_id.in_(part), RiskAssessment.deleted.is_(False)
            )
        ):
            if at is not None and (cid not in newest or at > newest[cid][0]):
                newest[cid] = (at, final)
        reviews: dict[str, datetime] = dict(
            session.execute(
                select(CaseReview.case_id, func.max(CaseReview.reviewed_at))
                .where(CaseReview.case_id.in_(part), CaseReview.deleted.is_(False))
                .group_by(CaseReview.case_id)
            ).all()
        )
        params = []
        for cid, status, opened_on, old_level, old_due in cases:
            level: str | None = newest[cid][1] if cid in newest else None
            due: date | None
            if status == "closed":
                due = None
            elif level is None:
                due = opened_on
            else:
                points = [p.date() for p in (reviews.get(cid), newest[cid][0]) if p is not None]
                try:
                    due = next_review_due(policy, RiskLevel(level), max(points, default=opened_on))
                except (ValueError, KeyError):
                    due = opened_on
            if level != old_level or due != old_due:
                params.append({"cid": cid, "lvl": level, "due": due})
        if params:
            session.execute(stmt, params)
