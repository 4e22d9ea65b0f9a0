"""HQ's database: engine and sessions for PostgreSQL or SQLite, Alembic migration on start, and
the serialised write transaction that owns the change-log counter and HQ's clock."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from pydantic_core import to_json
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Connection,
    DateTime,
    Engine,
    Integer,
    Select,
    String,
    Table,
    bindparam,
    cast,
    column,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session, sessionmaker

from inspector_desk.domain.hlc import Hlc, HlcClock
from inspector_desk.hq.ids import now_ms, utcnow
from inspector_desk.hq.models import ChangeLogEntry, HqState

MIGRATIONS = Path(__file__).with_name("migrations")
HQ_NODE = "hq"
_LOG: Table = ChangeLogEntry.__table__  # type: ignore[assignment]
_LOG_COLUMNS = tuple(c.name for c in _LOG.c)
_STATE: Table = HqState.__table__  # type: ignore[assignment]
_LOCK_STATE = select(_STATE.c.seq, _STATE.c.hlc_last).where(_STATE.c.id == 1).with_for_update()
_SAVE_STATE = (
    update(_STATE).where(_STATE.c.id == 1).values(seq=bindparam("b_seq"), hlc_last=bindparam("b_hlc"))
)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_setup(dbapi_conn: Any, _record: Any) -> None:
            # pysqlite's own transaction handling would BEGIN DEFERRED; we issue BEGIN ourselves.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            # Writers take the write lock up front (see HqDatabase.write), readers do not.
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    # No pre-ping: it costs a round trip on every checkout (two per request). A connection that
    # died with the server fails one request; SQLAlchemy then invalidates the pool, and laptops
    # retry a failed sync. Idle connections are recycled before servers or proxies drop them.
    # The pool holds a connection for every thread that can use one at once (the worker threads
    # and the push group's own), so a burst does not open and close overflow connections: each
    # new PostgreSQL connection is a server process to start, and cost more than the requests.
    return create_engine(url, pool_size=16, max_overflow=16, pool_recycle=1800)


# PostgreSQL types of the columns a bulk insert reads from its JSON rows, most specific first.
_PG_TYPES: tuple[tuple[type[Any], str], ...] = (
    (JSON, "jsonb"),
    (DateTime, "timestamp"),
    (BigInteger, "bigint"),
    (Integer, "integer"),
    (Boolean, "boolean"),
    (String, "varchar"),
)
_BULK_SQL: dict[tuple[str, bool], tuple[str, tuple[str, ...]]] = {}


def _pg_bulk_sql(table: Table, upsert: bool) -> tuple[str, tuple[str, ...]]:
    """``INSERT ... SELECT FROM jsonb_to_recordset(rows)`` for ``table`` (with ``ON CONFLICT
    (primary key) DO UPDATE`` of every other column but ``created_at`` when ``upsert``)."""
    key = (table.name, upsert)
    if key not in _BULK_SQL:
        names = tuple(c.name for c in table.c)
        kinds = [next(kind for base, kind in _PG_TYPES if isinstance(c.type, base)) for c in table.c]
        columns = ", ".join(names)
        record = ", ".join(f"{name} {kind}" for name, kind in zip(names, kinds, strict=True))
        sql = (
            f"INSERT INTO {table.name} ({columns}) "  # noqa: S608 - names from our own models
            f"SELECT {columns} FROM jsonb_to_recordset(%(rows)s::jsonb) AS r({record})"
        )
        if upsert:
            keys = [c.name for c in table.primary_key.columns]
            kept = {*keys, "created_at"}
            updates = ", ".join(f"{n} = excluded.{n}" for n in names if n not in kept)
            sql += f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"
        _BULK_SQL[key] = (sql, names)
    return _BULK_SQL[key]


def bulk_insert(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], *, upsert: bool = False
) -> None:
    """Insert many rows (every column given) with ONE statement and ONE parameter on PostgreSQL:
    the rows as one JSON text, turned back into rows by the server, instead of an executemany
    that costs a statement execution with its own parameter processing per row. SQLite: an
    executemany. ``upsert`` overwrites the rows whose primary key exists (every column but the
    key and ``created_at``); the rows must not repeat a key."""
    if not rows:
        return
    if session.get_bind().dialect.name != "postgresql":
        stmt: Any = insert(table)
        if upsert:
            stmt = sqlite.insert(table)
            keys = [c.name for c in table.primary_key.columns]
            kept = {*keys, "created_at"}
            stmt = stmt.on_conflict_do_update(
                index_elements=keys,
                set_={c.name: stmt.excluded[c.name] for c in table.c if c.name not in kept},
            )
        for start in range(0, len(rows), 500):
            session.execute(stmt, list(rows[start : start + 500]))
        return
    sql, names = _pg_bulk_sql(table, upsert)
    # pydantic-core's encoder: several times faster than ``json`` on these (mostly JSON) rows.
    text = to_json([{name: row[name] for name in names} for row in rows]).decode()
    session.connection().exec_driver_sql(sql, {"rows": text})


def listed(name: str, dialect: str) -> Select[Any]:
    """``SELECT`` of the strings in the JSON array bound as ``name``: for ``column IN (...)``
    with many values as ONE parameter. An expanding ``IN`` renders a placeholder per value,
    and parsing and binding those costs more than the lookup they serve."""
    param = bindparam(name, type_=String)
    if dialect == "postgresql":
        return select(func.jsonb_array_elements_text(cast(param, JSONB)))
    return select(column("value", String)).select_from(func.json_each(param))


def migrate(url: str) -> None:
    """Bring the schema to the newest revision (run at every start; a no-op when current)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    command.upgrade(cfg, "head")


@dataclass(slots=True)
class StateRow:
    """The new values of the locked state row, written once by ``Writer.finish``."""

    seq: int
    hlc_last: str | None


class Writer:
    """A write transaction that holds the HQ state row: hands out change-log seqs and stamps.

    The row's new values (seq, HLC) are written once, at ``finish``, in one UPDATE: nothing reads
    them back through SQL before the commit (``position`` is the writer's own count)."""

    def __init__(self, session: Session, seq: int, hlc_last: str | None) -> None:
        self.session = session
        self._state = StateRow(seq, hlc_last)
        self._read = (seq, hlc_last)
        last = Hlc.decode(hlc_last) if hlc_last else None
        self.clock = HlcClock(HQ_NODE, now_ms, last)
        self._later: list[dict[str, Any]] = []

    @property
    def position(self) -> int:
        return self._state.seq

    def log(self, kind: str, **values: Any) -> int:
        """Append a change-log entry with the next sequence number; returns the number."""
        self._state.seq += 1
        seq = self._state.seq
        self.session.add(ChangeLogEntry(seq=seq, kind=kind, at=utcnow(), **values))
        return seq

    def log_later(self, kind: str, **values: Any) -> int:
        """Like ``log``, but the entry is written with the others in one statement at ``finish``
        (for bulk writers that do not read the log back within the transaction)."""
        self._state.seq += 1
        seq = self._state.seq
        row = dict.fromkeys(_LOG_COLUMNS)
        row.update(values, seq=seq, kind=kind, at=utcnow())
        self._later.append(row)
        return seq

    def finish(self) -> None:
        if self._later:
            bulk_insert(self.session, _LOG, self._later)
            self._later.clear()
        last = self.clock.last
        if last is not None:
            self._state.hlc_last = last.encode()
        if (self._state.seq, self._state.hlc_last) != self._read:
            self.session.execute(_SAVE_STATE, {"b_seq": self._state.seq, "b_hlc": self._state.hlc_last})


class HqDatabase:
    """One engine and one sessionmaker for the process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # PostgreSQL reads run each statement on its own (autocommit): the default READ
        # COMMITTED gives every statement a fresh snapshot anyway, and BEGIN/COMMIT would cost
        # two round trips per read. SQLite keeps one (snapshot) transaction per read.
        reader = (
            self.engine if self.is_sqlite else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        self._reader = reader
        self._readers = sessionmaker(reader, expire_on_commit=False)
        # SQLite: writers of this process queue on a lock, not in SQLite's busy handler, which
        # polls with sleeps of up to 100 ms and leaves the database idle meanwhile.
        self._local_writer = threading.Lock() if self.is_sqlite else contextlib.nullcontext()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._readers() as session, session.begin():
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """Like ``read``, for Core statements only: a bare connection, without the ORM
        session's bookkeeping (the per-request caller check runs on every request)."""
        with self._reader.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """A serialised write transaction.

        The state row is locked first (``SELECT ... FOR UPDATE`` on PostgreSQL, ``BEGIN
        IMMEDIATE`` on SQLite) and held to commit, so seq N+1 is handed out only after the
        transaction that took N has committed or rolled back: a reader that has seen N can never
        miss a row that commits later with a smaller number.
        """
        bind = self.engine
        if self.is_sqlite:
            bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        with self._local_writer, Session(bind, expire_on_commit=False) as session, session.begin():
            seq, hlc_last = session.execute(_LOCK_STATE).one()
            writer = Writer(session, seq, hlc_last)
            yield writer
            writer.finish()

    def dispose(self) -> None:
        self.engine.dispose()
