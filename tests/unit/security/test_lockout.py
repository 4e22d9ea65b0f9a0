"""Brute force through the application: real unlock attempts (inspector_desk.app.unlock), restarts
simulated by new objects and a new process, and real tampering with the files that keep the count."""

from __future__ import annotations

import base64
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from security_support import LOGIN, PASSWORD, make_store

from inspector_desk.app import unlock
from inspector_desk.domain.errors import ValidationError
from inspector_desk.security.keyfile import (
    FORMAT,
    FORMAT_V1,
    WrongPasswordError,
    keyfile_path,
    read_keyfile,
    unlock_key,
)
from inspector_desk.security.lockout import (
    LOCK_SECONDS,
    UnlockGuard,
    UnlockRefused,
    counter_path,
    guarded_unlock,
)

WRONG = "Wrong-Horse-1"


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def fail(path: Path, times: int) -> list[ValidationError]:
    errors = []
    for _ in range(times):
        with pytest.raises(ValidationError) as caught:
            unlock(path, LOGIN, WRONG)
        errors.append(caught.value)
    return errors


def test_five_wrong_passwords_lock_and_the_sixth_is_refused_even_when_right(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    errors = fail(path, 5)
    assert [e.rule for e in errors] == ["login.wrong_password"] * 4 + ["login.locked"]
    assert "1 more wrong attempt" in errors[3].message
    locked = errors[4]
    assert isinstance(locked, UnlockRefused)
    assert locked.failures == 5
    assert "Locked until" in locked.message
    # The right password during the lock: refused without being tried.
    with pytest.raises(UnlockRefused) as again:
        unlock(path, LOGIN, PASSWORD)
    assert again.value.until == locked.until


def test_the_lock_survives_a_restart_of_the_application(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    fail(path, 5)
    # A new process is a restarted application: nothing in memory carries over.
    code = (
        "import sys\n"
        "from inspector_desk.app import unlock\n"
        "from inspector_desk.security.lockout import UnlockRefused\n"
        "try:\n"
        f"    unlock(__import__('pathlib').Path(sys.argv[1]), {LOGIN!r}, {PASSWORD!r})\n"
        "except UnlockRefused as exc:\n"
        "    print('REFUSED', exc.failures, exc.reason)\n"
        "else:\n"
        "    print('OPENED')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "REFUSED 5 locked", out.stderr


def test_the_lock_ends_after_30_minutes_and_a_right_password_resets_the_count(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    clock = Clock()
    for _ in range(4):
        with pytest.raises(WrongPasswordError):
            guarded_unlock(path, WRONG, guard=UnlockGuard(path, clock=clock))
    with pytest.raises(UnlockRefused):
        guarded_unlock(path, WRONG, guard=UnlockGuard(path, clock=clock))
    clock.now += LOCK_SECONDS - 60
    with pytest.raises(UnlockRefused):
        guarded_unlock(path, PASSWORD, guard=UnlockGuard(path, clock=clock))
    clock.now += 61
    assert guarded_unlock(path, PASSWORD, guard=UnlockGuard(path, clock=clock))
    assert UnlockGuard(path, clock=clock).state().failures == 0
    # The count starts again from zero: four wrong ones do not lock.
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPasswordError) as caught:
            guarded_unlock(path, WRONG, guard=UnlockGuard(path, clock=clock))
        assert caught.value.attempts_left == left


def test_a_clock_set_back_does_not_shorten_the_lock(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    clock = Clock()
    for _ in range(5):
        with pytest.raises((WrongPasswordError, UnlockRefused)):
            guarded_unlock(path, WRONG, guard=UnlockGuard(path, clock=clock))
    clock.now -= 3600  # an hour back: before the last attempt
    with pytest.raises(UnlockRefused) as caught:
        guarded_unlock(path, PASSWORD, guard=UnlockGuard(path, clock=clock))
    assert caught.value.reason == "clock"
    assert "clock" in caught.value.message


ATTACKS = ["delete", "edit", "older_copy", "other_laptop", "mirror_removed", "garbage"]


@pytest.mark.parametrize("attack", ATTACKS)
def test_tampering_with_the_count_locks_instead_of_unlocking(tmp_path: Path, attack: str) -> None:
    path = make_store(tmp_path)
    counter = counter_path(path)
    older = counter.read_bytes()
    fail(path, 3)
    if attack == "delete":
        counter.unlink()
    elif attack == "edit":
        data = json.loads(counter.read_text())
        data["failures"] = 0
        counter.write_text(json.dumps(data))
    elif attack == "older_copy":
        counter.write_bytes(older)  # a copy taken before the wrong attempts, with a valid HMAC
    elif attack == "other_laptop":
        (tmp_path / "other").mkdir()
        other = make_store(tmp_path / "other")
        shutil.copyfile(counter_path(other), counter)
    elif attack == "mirror_removed":
        data = read_keyfile(path)
        del data["guard"]
        keyfile_path(path).write_text(json.dumps(data))
    else:
        counter.write_bytes(os.urandom(200))
    with pytest.raises(UnlockRefused) as caught:
        unlock(path, LOGIN, PASSWORD)
    assert caught.value.reason == "tampered"
    assert "removed or altered" in caught.value.message
    # The precautionary lock is itself recorded: a restart (new objects) does not lift it.
    with pytest.raises(UnlockRefused):
        unlock(path, LOGIN, PASSWORD)
    assert UnlockGuard(path).state().reason == "tampered"


def test_a_crash_between_the_two_writes_is_not_taken_for_tampering(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    mirror_before = read_keyfile(path)["guard"]
    fail(path, 1)
    # The counter file was written, the mirror not yet (the process died in between).
    data = read_keyfile(path)
    data["guard"] = mirror_before
    keyfile_path(path).write_text(json.dumps(data))
    state = UnlockGuard(path).state()
    assert (state.failures, state.reason) == (1, "wrong_password")
    db, _actor = unlock(path, LOGIN, PASSWORD)
    db.close()


def test_a_key_file_of_the_older_format_opens_and_is_upgraded(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    key = unlock_key(path, PASSWORD)
    # Rewrite the key file as release 1 wrote it (format 1, no lockout records).
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    params = {"time_cost": 1, "memory_kib": 8192, "parallelism": 1}
    header = {"format": FORMAT_V1, "kdf": "argon2id", **params, "salt": base64.b64encode(salt).decode()}
    kek = hash_secret_raw(PASSWORD.encode(), salt, 1, 8192, 1, 32, Type.ID)
    aad = json.dumps(header, sort_keys=True).encode()
    wrapped = AESGCM(kek).encrypt(nonce, key, aad)
    b64 = base64.b64encode
    keyfile_path(path).write_text(
        json.dumps({**header, "nonce": b64(nonce).decode(), "wrapped": b64(wrapped).decode()})
    )
    counter_path(path).unlink()
    db, _actor = unlock(path, LOGIN, PASSWORD)
    db.close()
    assert read_keyfile(path)["format"] == FORMAT
    assert counter_path(path).exists()
    # Now guarded like any other: deleting the counter locks.
    counter_path(path).unlink()
    with pytest.raises(UnlockRefused):
        unlock(path, LOGIN, PASSWORD)


def test_a_format_2_key_file_cannot_be_passed_off_as_format_1(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    data = read_keyfile(path)
    data["format"] = FORMAT_V1
    del data["guard"]
    keyfile_path(path).write_text(json.dumps(data))
    counter_path(path).unlink()
    # The format is authenticated: the right password no longer unwraps, so nothing is gained.
    with pytest.raises(ValidationError) as caught:
        unlock(path, LOGIN, PASSWORD)
    assert caught.value.rule == "login.wrong_password"
