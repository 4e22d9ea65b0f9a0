"""HQ's database: engine and sessions for PostgreSQL or SQLite, Alembic migration on start, and
the serialised write transaction that owns the change-log counter and HQ's clock."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, Table, create_engine, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from inspector_desk.domain.hlc import Hlc, HlcClock
from inspector_desk.hq.ids import now_ms, utcnow
from inspector_desk.hq.models import ChangeLogEntry, HqState

MIGRATIONS = Path(__file__).with_name("migrations")
HQ_NODE = "hq"
_LOG: Table = ChangeLogEntry.__table__  # type: ignore[assignment]
_LOG_COLUMNS = tuple(c.name for c in _LOG.c)


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
    return create_engine(url, pool_size=10, max_overflow=20, pool_recycle=1800)


def migrate(url: str) -> None:
    """Bring the schema to the newest revision (run at every start; a no-op when current)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    command.upgrade(cfg, "head")


class Writer:
    """A write transaction that holds the HQ state row: hands out change-log seqs and stamps."""

    def __init__(self, session: Session, state: HqState) -> None:
        self.session = session
        self._state = state
        last = Hlc.decode(state.hlc_last) if state.hlc_last else None
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
            self.session.execute(insert(_LOG), self._later)
            self._later.clear()
        last = self.clock.last
        if last is not None:
            self._state.hlc_last = last.encode()


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
        self._readers = sessionmaker(reader, expire_on_commit=False)
        # SQLite: writers of this process queue on a lock, not in SQLite's busy handler, which
        # polls with sleeps of up to 100 ms and leaves the database idle meanwhile.
        self._local_writer = threading.Lock() if self.is_sqlite else contextlib.nullcontext()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._readers() as session, session.begin():
            yield session

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
            state = session.scalars(select(HqState).where(HqState.id == 1).with_for_update()).one()
            writer = Writer(session, state)
            yield writer
            writer.finish()

    def dispose(self) -> None:
        self.engine.dispose()
