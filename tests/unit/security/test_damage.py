"""A tampered database file is found when it is opened and reported as damaged, never as a wrong
password; the damaged file is left exactly as it was (recovery moves it aside, see
tests/integration/security/test_recovery.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from security_support import LOGIN, PASSWORD, make_store

from inspector_desk.app import unlock
from inspector_desk.domain.errors import ValidationError
from inspector_desk.recovery import move_aside
from inspector_desk.store.db import DatabaseDamagedError, checkpoint


def flip_middle(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2 + 37)
        data = fh.read(8)
        fh.seek(size // 2 + 37)
        fh.write(bytes(b ^ 0x5A for b in data))


def truncate(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def empty(path: Path) -> None:
    path.write_bytes(b"")


def flip_page_one(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.seek(100)
        fh.write(b"\x00\x01\x02\x03")


@pytest.mark.parametrize("damage", [flip_middle, truncate, empty, flip_page_one, "swap", "missing"])
def test_a_damaged_file_is_reported_as_damaged_not_a_wrong_password(tmp_path: Path, damage: object) -> None:
    path = make_store(tmp_path)
    db, _ = unlock(path, LOGIN, PASSWORD)
    checkpoint(db)
    db.close()
    if damage == "swap":
        (tmp_path / "other").mkdir()
        shutil.copyfile(make_store(tmp_path / "other"), path)  # another laptop's (valid) store
    elif damage == "missing":
        path.unlink()
    else:
        assert callable(damage)
        damage(path)
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(DatabaseDamagedError) as caught:
        unlock(path, LOGIN, PASSWORD)
    assert not isinstance(caught.value, ValidationError)
    assert "damaged or was altered" in str(caught.value)
    # Nothing was written to it (no migration, no repair attempt, no new empty store).
    assert (path.read_bytes() if path.exists() else None) == before
    # The right password was right: the lockout did not count it.
    from inspector_desk.security.lockout import UnlockGuard

    assert UnlockGuard(path).state().failures == 0


def test_an_intact_file_opens_with_the_page_check(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    db, actor = unlock(path, LOGIN, PASSWORD)
    assert actor.full_name == "Asel Nurlanovna"
    db.close()


def test_moving_aside_keeps_every_file_under_a_dated_name(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    (tmp_path / "beat.db-wal").write_bytes(b"wal")
    moved = move_aside(path)
    names = sorted(p.name.split(".damaged-")[0] for p in moved)
    assert names == ["beat.db", "beat.db-wal", "beat.db.key", "beat.db.unlock"]
    assert all(p.exists() and ".damaged-" in p.name for p in moved)
    assert not path.exists()
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in moved)
