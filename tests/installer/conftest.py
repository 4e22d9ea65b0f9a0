"""The installer tests: the self-test from source (quick) and the PyInstaller bundle built once per
session (slow). Bundle tests (marked ``bundle``) run after every other test of the session, so the long
build never holds up the quick feedback of the rest of the suite.

Also here: laptop stores of another schema version (older: downgraded by Alembic; newer: stamped with
a revision this release does not know), made through the services as an inspector's laptop holds them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from inspector_desk.domain.iin import Sex, make_iin
from inspector_desk.security.keyfile import FAST_TEST_KDF, provision_key, unlock_key
from inspector_desk.services import accounts
from inspector_desk.services.base import Role
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.store.db import Database, open_database
from inspector_desk.store.migrate import alembic_config

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Laptop-Pass-2026!"
OLDEST = "0001"
FUTURE = "9999_from_a_newer_release"
SELF_TEST_STEPS = (
    "ok encrypted database",
    "ok records",
    "ok main window shown",
    "ok report ",
    "ok report preview in the window",
    "self-test passed",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Bundle tests last; the order is otherwise kept."""
    last = [item for item in items if item.get_closest_marker("bundle") is not None]
    if last:
        items[:] = [item for item in items if item.get_closest_marker("bundle") is None] + last


def run_app(
    args: list[str], *, exe: Path | None = None, timeout: float = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Start Inspector Desk as a person would (offscreen): the bundle's ``exe``, else ``main.py``."""
    command_line = [str(exe)] if exe is not None else [sys.executable, str(ROOT / "main.py")]
    return subprocess.run(
        [*command_line, *args],
        cwd=ROOT if exe is None else exe.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_self_test_passed(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Inspector Desk ")
    for step, line in zip(SELF_TEST_STEPS, lines[1:], strict=True):
        assert line.startswith(step), (step, result.stdout)
    assert "FAILED" not in result.stdout


def summary_args(path: Path) -> list[str]:
    return ["--db", str(path), "--password", PASSWORD, "--login", "aseke", "--summary"]


def make_store(path: Path) -> None:
    """A laptop's store with an inspector and one resident, made through the services."""
    key = provision_key(path, PASSWORD, FAST_TEST_KDF)
    db = open_database(path, key)
    unit = accounts.create_unit(db, "Almaly district police")
    beat = accounts.create_beat(db, "ALM-01", "Beat 1", unit)
    user = accounts.create_user(db, "aseke", "Asel Nurlanovna", Role.INSPECTOR, unit_id=unit, beat_ids=[beat])
    data = ResidentInput(
        beat_id=beat, last_name="Абенов", first_name="Нурлан", iin=make_iin(date(1985, 4, 12), Sex.MALE, 1)
    )
    register_resident(db, accounts.actor_for(db, user), data)
    db.close()


@contextmanager
def open_as_is(path: Path) -> Iterator[Database]:
    """The store opened without migrating it (to look at what a run left, or to set it up), closed
    after the block."""
    db = open_database(path, unlock_key(path, PASSWORD), migrate=False)
    try:
        yield db
    finally:
        db.close()


def stored_revision(path: Path) -> str | None:
    with open_as_is(path) as db:
        return db.info().schema_revision


def resident_names(path: Path) -> list[str]:
    with open_as_is(path) as db, db.read() as s:
        return list(s.execute(text("SELECT last_name FROM residents")).scalars())


@pytest.fixture
def older_store(tmp_path: Path) -> Path:
    """A store at the first schema revision, records included (an install of the first release)."""
    path = tmp_path / "older.db"
    make_store(path)
    cfg = alembic_config()
    with open_as_is(path) as db, db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, OLDEST)
    assert stored_revision(path) == OLDEST
    return path


@pytest.fixture
def newer_store(tmp_path: Path) -> Path:
    """A store last written by a release newer than this one."""
    path = tmp_path / "newer.db"
    make_store(path)
    with open_as_is(path) as db, db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = :rev"), {"rev": FUTURE})
    return path
