"""The HQ backup restore test of docs/deploy-hq.md, run for real: installer/hq/restore_test.sh against an
HQ database on the PostgreSQL at 127.0.0.1:5432, with the system's pg_dump, pg_restore and psql. A fresh
dump restores table for table; a backup older than the live data is caught, naming the table."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from inspector_desk.hq import admin
from inspector_desk.hq.db import HqDatabase, migrate

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "hq" / "restore_test.sh"
PASSWORD = "Corr3ct-Horse-Battery"
NAME = f"inspector_hq_backup_{os.getpid()}"


@pytest.fixture
def hq_database(make_pg_database: Callable[[str], str]) -> Iterator[tuple[str, HqDatabase]]:
    """An HQ database at the newest schema with a unit, two beats, an inspector and a supervisor."""
    url = make_pg_database(NAME)
    migrate(url)
    db = HqDatabase(url)
    admin.create_unit(db, "Almaly LPS")
    admin.create_beat(db, "AL-07", "Beat 7", "Almaly LPS")
    admin.create_beat(db, "AL-08", "Beat 8", "Almaly LPS")
    admin.create_user(db, "ivanov", "Ivanov I.", "inspector", PASSWORD, unit="Almaly LPS")
    admin.create_user(db, "petrova", "Petrova A.", "supervisor", PASSWORD, unit="Almaly LPS")
    admin.assign_beat(db, "ivanov", "AL-07")
    yield url, db
    db.dispose()


def libpq_env(url: str) -> dict[str, str]:
    """PGHOST/PGPORT/PGUSER from the SQLAlchemy URL, as an operator sets them for the script."""
    rest = url.split("://", 1)[1]
    user, host_port = rest.split("/", 1)[0].split("@")
    host, port = host_port.split(":")
    return {**os.environ, "PGHOST": host, "PGPORT": port, "PGUSER": user}


def restore_test(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(SCRIPT), *args, NAME], env=libpq_env(url), capture_output=True, text=True, timeout=300
    )


def database_exists(url: str, name: str) -> bool:
    conninfo = url.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(conninfo) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def test_a_fresh_dump_restores_table_for_table(hq_database: tuple[str, HqDatabase]) -> None:
    url, _db = hq_database

    result = restore_test(url)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("ok") and "public.users" in line and line.endswith(" 2 rows") for line in lines
    )
    assert any(
        line.startswith("ok") and "public.beats" in line and line.endswith(" 2 rows") for line in lines
    )
    assert not [line for line in lines if line.startswith("DIFFERS")]
    assert lines[-1].startswith("restore test passed: ")
    assert "schema revision " in lines[-1]
    assert not database_exists(url, f"{NAME}_restore_test")  # the scratch copy is dropped


def test_a_backup_that_misses_later_writes_is_caught_naming_the_table(
    hq_database: tuple[str, HqDatabase], tmp_path: Path
) -> None:
    url, db = hq_database
    backup = tmp_path / "hq-nightly.dump"
    dumped = subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(backup), NAME],
        env=libpq_env(url),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert dumped.returncode == 0, dumped.stderr
    admin.create_beat(db, "AL-09", "Beat 9", "Almaly LPS")  # written after the backup

    result = restore_test(url, "--dump", str(backup))

    assert result.returncode == 1
    differs = [line for line in result.stdout.splitlines() if line.startswith("DIFFERS")]
    assert any("public.beats" in line and "3 rows live, 2 restored" in line for line in differs)
    assert "FAILED: " in result.stdout
    assert not database_exists(url, f"{NAME}_restore_test")


def test_the_nightly_backup_writes_a_dump_and_proves_it_restores(
    hq_database: tuple[str, HqDatabase], tmp_path: Path
) -> None:
    url, _db = hq_database
    backups = tmp_path / "backups"
    old = backups / f"{NAME}-20200101T023000Z.dump"
    backups.mkdir()
    old.write_bytes(b"an expired backup")
    os.utime(old, (0, 0))  # 1970: far past the 14 days kept

    result = subprocess.run(
        ["sh", str(ROOT / "installer" / "hq" / "backup.sh"), NAME],
        env={**libpq_env(url), "BACKUP_DIR": str(backups), "KEEP_DAYS": "14"},
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    dumps = sorted(backups.glob(f"{NAME}-*.dump"))
    assert len(dumps) == 1
    assert dumps[0] != old
    assert dumps[0].stat().st_mode & 0o077 == 0  # personal data: readable by its owner only
    assert "restore test passed" in result.stdout
