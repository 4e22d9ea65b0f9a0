"""The wrapped database key: unlocks with the password only, detects tampering, re-wraps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector_desk.security.keyfile import (
    FAST_TEST_KDF,
    KdfParams,
    KeyfileError,
    WrongPasswordError,
    change_password,
    keyfile_path,
    provision_key,
    unlock_key,
)
from inspector_desk.store.db import WrongKeyError, open_database


def test_key_unlocks_with_the_password_and_opens_the_database(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    key = provision_key(db_path, "Correct-Horse-9", FAST_TEST_KDF)
    open_database(db_path, key).close()
    again = unlock_key(db_path, "Correct-Horse-9")
    assert again == key
    open_database(db_path, again).close()


def test_wrong_password_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    provision_key(db_path, "Correct-Horse-9", FAST_TEST_KDF)
    with pytest.raises(WrongPasswordError):
        unlock_key(db_path, "correct-horse-9")


def test_keyfile_holds_no_key_in_clear(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    key = provision_key(db_path, "Correct-Horse-9", FAST_TEST_KDF)
    raw = keyfile_path(db_path).read_bytes()
    assert key not in raw
    assert key.hex().encode() not in raw


def test_weakened_kdf_parameters_are_detected(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    provision_key(db_path, "Correct-Horse-9", KdfParams(time_cost=2, memory_kib=8192, parallelism=1))
    path = keyfile_path(db_path)
    data = json.loads(path.read_text())
    data["time_cost"] = 1
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPasswordError):
        unlock_key(db_path, "Correct-Horse-9")


def test_damaged_or_missing_keyfile_says_so(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    with pytest.raises(KeyfileError, match="missing"):
        unlock_key(db_path, "x")
    keyfile_path(db_path).write_text("{not json")
    with pytest.raises(KeyfileError, match="damaged"):
        unlock_key(db_path, "x")


def test_provision_refuses_to_replace_an_existing_key(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    provision_key(db_path, "Correct-Horse-9", FAST_TEST_KDF)
    with pytest.raises(KeyfileError, match="already"):
        provision_key(db_path, "Other-Horse-99", FAST_TEST_KDF)


def test_password_change_rewraps_without_reencrypting(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    key = provision_key(db_path, "Correct-Horse-9", FAST_TEST_KDF)
    open_database(db_path, key).close()
    before = db_path.read_bytes()
    change_password(db_path, "Correct-Horse-9", "Battery-Staple-7", FAST_TEST_KDF)
    assert db_path.read_bytes() == before
    with pytest.raises(WrongPasswordError):
        unlock_key(db_path, "Correct-Horse-9")
    assert unlock_key(db_path, "Battery-Staple-7") == key


def test_a_random_key_does_not_open_the_database(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    key = provision_key(db_path, "Correct-Horse-9", FAST_TEST_KDF)
    open_database(db_path, key).close()
    with pytest.raises(WrongKeyError):
        open_database(db_path, bytes(32))
