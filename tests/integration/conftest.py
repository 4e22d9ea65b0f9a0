"""Shared pieces of the integration tests: an in-memory keyring backend installed for the whole
session (no test touches the real OS keyring), and fresh PostgreSQL databases on 127.0.0.1:5432
(``make_pg_database``; no PostgreSQL is a failure, never a skip).

The HQ tests in ``hq/`` keep their own fixtures; the sync tests' HQ server and laptops live in
``sync/sync_support.py`` and ``sync/conftest.py``."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterator

import psycopg
import pytest
from keyring_fake import (  # tests/ is on sys.path through tests/conftest.py
    MemoryKeyring,
    memory_keyring_in_use,
)

PG_HOST = os.environ.get("INSPECTOR_TEST_PG_HOST", "127.0.0.1")


@pytest.fixture(scope="session", autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring_in_use() as backend:
        yield backend


# --- PostgreSQL


def pg_admin_conninfo() -> str:
    last: Exception | None = None
    for user in ("postgres", getpass.getuser()):
        conninfo = f"host={PG_HOST} port=5432 user={user} dbname=postgres connect_timeout=5"
        try:
            with psycopg.connect(conninfo):
                return conninfo
        except psycopg.Error as exc:
            last = exc
    raise RuntimeError(f"PostgreSQL at {PG_HOST}:5432 is required for the integration tests: {last}")


def create_pg_database(name: str) -> str:
    conninfo = pg_admin_conninfo()
    user = conninfo.split("user=")[1].split()[0]
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://{user}@{PG_HOST}:5432/{name}"


def drop_pg_database(name: str) -> None:
    with psycopg.connect(pg_admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def make_pg_database() -> Iterator[Callable[[str], str]]:
    """``make(name)`` creates a fresh database and returns its SQLAlchemy URL; dropped at the end."""
    made: list[str] = []

    def make(name: str) -> str:
        made.append(name)
        return create_pg_database(name)

    yield make
    for name in made:
        drop_pg_database(name)
