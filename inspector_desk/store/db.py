"""Opening the local store: an SQLCipher file, keyed, tuned and migrated to the newest schema.

One ``Database`` per open file holds the engine and two session factories: ``read()`` for
queries and ``write()`` for a unit of work that takes SQLite's write lock at its start
(``BEGIN IMMEDIATE``), so two writers queue on the busy timeout instead of failing halfway.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The local database cannot be used; the message says why in words."""


class WrongKeyError(StoreError):
    """The key does not open this file (wrong password, or not an Inspector Desk database)."""


class DatabaseDamagedError(StoreError):
    """The file was altered, truncated or replaced: the right key no longer reads it (SQLCipher
    checks an HMAC on every page). Never a wrong password: the caller has verified the key."""


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the application."""


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    path: Path
    encrypted: bool
    cipher_version: str | None
    schema_revision: str | None


class Database:
    """An open local store. Thread-safe: each unit of work gets its own session."""

    def __init__(self, engine: Engine, path: Path, encrypted: bool) -> None:
        self.engine = engine
        self.path = path
        self.encrypted = encrypted
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (a consistent snapshot until it ends)."""
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: committed when the block ends, rolled back on any error."""
        with self._write() as session, session.begin():
            yield session

    def info(self) -> DatabaseInfo:
        from inspector_desk.store.migrate import current_revision

        with self.engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA cipher_version").scalar() if self.encrypted else None
            return DatabaseInfo(self.path, self.encrypted, version, current_revision(conn))

    def close(self) -> None:
        self.engine.dispose()


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError(f"the database key must be {KEY_BYTES} bytes")
    # A raw key (x'..') skips SQLCipher's own PBKDF2: the key is already random, and the
    # password-to-key derivation lives in security/, where it is slow on purpose.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _make_engine(path: Path, key: bytes | None) -> Engine:
    key_sql = _key_pragma(key) if key is not None else None
    module: Any = sqlcipher3.dbapi2 if key is not None else sqlite3

    def connect() -> Any:
        conn = module.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        # Transactions are begun explicitly by the "begin" listener below.
        conn.isolation_level = None
        if key_sql is not None:
            # A wrong key is reported to the user by WrongKeyError, not by SQLCipher's log.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(key_sql)
        return conn

    engine = create_engine(
        "sqlite://",
        creator=connect,
        # The dialect must know the real DB-API module, or its errors are not translated.
        module=module,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
        # The most recently used connection has the warmest page cache: with SQLCipher a cold
        # cache means decrypting every page again, so reuse it rather than rotate.
        pool_use_lifo=True,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _tune(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed visit survives a power cut, not just a crash of the app.
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA temp_store = MEMORY")
            cur.execute("PRAGMA cache_size = -131072")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


_DB_ERRORS = (DatabaseError, sqlite3.DatabaseError, sqlcipher3.dbapi2.DatabaseError)


def damaged_error(path: Path, what: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        f"{path.name} is damaged or was altered ({what}): it cannot be trusted; the file was left as it is"
    )


def _missing(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return not path.exists() or (path.stat().st_size == 0 and not wal.exists())


def _check_key(engine: Engine, path: Path, *, key_verified: bool) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except _DB_ERRORS as exc:
        engine.dispose()
        if key_verified:
            raise damaged_error(path, str(getattr(exc, "orig", exc))) from exc
        raise WrongKeyError(
            f"{path.name} could not be opened: the key is wrong or the file is not an "
            "Inspector Desk database (the file was left as it is)"
        ) from exc


def open_database(
    path: str | os.PathLike[str],
    key: bytes | None,
    *,
    migrate: bool = True,
    key_verified: bool = False,
) -> Database:
    """Open (or create) the store at ``path`` with the 32-byte ``key`` and bring its schema up.

    ``key=None`` opens a plain SQLite file: only for tests and benchmarks that say why (a
    comparison with the encrypted store, for instance). A wrong key raises ``WrongKeyError``
    and leaves the file untouched; a file from a newer release raises ``NewerSchemaError``.
    ``key_verified``: the key is known to be this file's (it was unwrapped from the key file), so a
    file it cannot read, or a missing one, is ``DatabaseDamagedError`` (security/integrity.py checks
    the pages' HMACs).
    """
    db_path = Path(path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if key_verified and _missing(db_path):
        # SQLite would quietly start a new, empty store here: the data it had is gone.
        raise damaged_error(db_path, "the file is missing or empty")
    engine = _make_engine(db_path, key)
    _check_key(engine, db_path, key_verified=key_verified)
    db = Database(engine, db_path, encrypted=key is not None)
    if migrate:
        from inspector_desk.store.migrate import upgrade_to_head

        try:
            upgrade_to_head(engine)
        except Exception:
            engine.dispose()
            raise
    return db


def is_plaintext_sqlite(path: str | os.PathLike[str]) -> bool:
    """True when the file starts with SQLite's clear-text header (so it is not encrypted)."""
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def checkpoint(db: Database) -> None:
    """Fold the WAL into the main file (before a copy or a backup)."""
    with db.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
