"""The unlock lockout: 5 wrong passwords in a row lock the application for 30 minutes, and the count
survives restarts, file tampering and a clock set back.

Where the count lives
    Twice, in two files, as the same authenticated record: the counter file ``<db>.unlock`` beside
    the database, and a mirror (field ``guard``) in the key file ``<db>.key``. A record holds a
    sequence number, the count of wrong passwords in a row, the deadline of the lock (wall clock,
    UTC), the time of the last attempt and why it was locked; it carries an HMAC-SHA256 under a key
    derived from the key file's authenticated header (format, Argon2 parameters, salt). Every
    attempt writes the counter file first and then the mirror, each atomically (temporary file,
    fsync, rename).

What is detected, and what happens then
    * the counter file or the mirror deleted, edited by hand, or copied from another laptop (its
      HMAC does not match this key file);
    * the counter file replaced by an older copy (its sequence number is behind the mirror's; the
      only legitimate difference is the counter one step ahead, after a crash between the writes).
    On any of these the application **fails closed**: it is locked for 30 minutes from now, the
    reason ("the record of wrong passwords was removed or altered") is shown, and that lock is
    itself written as a fresh record so a restart does not lift it. A key file of format 2 always
    has a record (provisioning writes one); only a format-1 key file of an older release without
    either record starts a count from zero (format 2 is in the password-authenticated header, so a
    format-2 file cannot be turned into a format-1 one without breaking every unlock).
    * the clock set back: the lock's deadline is a wall-clock time, so an earlier clock makes the
      lock longer, never shorter; and an attempt made while the clock reads more than two minutes
      before the last recorded attempt is refused ("correct the date and time") without counting.
      Setting the clock *forward* does end a lock early: no local file can prevent that without a
      trusted clock; HQ's own login lockout (hq/auth.py) is the control on the server side.

Limits, said plainly
    The HMAC key is derived from data in the key file, which is not secret. Someone who reads this
    code and edits both files consistently can reset the count. That person can equally copy the
    key file and guess passwords offline, where the protection is Argon2id (128 MiB, ~1 s per guess,
    see keyfile.KdfParams) and the password policy, not this counter. The counter stops guessing
    through the application (login window and lock screen), and every clumsy or partial attempt to
    reset it locks instead of unlocking. The OS keyring is not used for the count: it may be absent
    (a server without a desktop session) and the unlock must work offline with the password alone.

Successful unlock resets the count to zero. Tests: tests/unit/security/test_lockout.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inspector_desk.domain.errors import ValidationError
from inspector_desk.security.keyfile import (
    FORMAT,
    KeyfileError,
    WrongPasswordError,
    _write_atomic,
    header_bytes,
    read_keyfile,
    unlock_key,
    write_keyfile_extra,
)

LOCK_AFTER = 5
LOCK_SECONDS = 30 * 60
CLOCK_TOLERANCE_S = 120
COUNTER_SUFFIX = ".unlock"
RECORD_FORMAT = "inspector-desk-unlock/1"
MIRROR_FIELD = "guard"

Reason = str  # "wrong_password" | "tampered"


def counter_path(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + COUNTER_SUFFIX)


@dataclass(frozen=True, slots=True)
class GuardState:
    seq: int = 0
    failures: int = 0
    locked_until: float = 0.0  # wall clock (epoch seconds); 0: not locked
    last_attempt: float = 0.0
    reason: Reason = "wrong_password"

    def locked_at(self, now: float) -> bool:
        return self.locked_until > now


class UnlockRefused(ValidationError):
    """The unlock was refused without trying the password (or after the attempt that locked).

    ``reason``: "locked" (too many wrong passwords), "tampered" (the record was removed or
    altered: locked as a precaution) or "clock" (the clock reads earlier than the last attempt).
    ``until`` is the end of the lock (UTC), ``failures`` the wrong passwords in a row."""

    def __init__(self, reason: str, until: datetime, failures: int, message: str) -> None:
        super().__init__("password", f"login.{reason}", message)
        self.reason = reason
        self.until = until
        self.failures = failures

    def __reduce__(self) -> Any:
        return (type(self), (self.reason, self.until, self.failures, self.message))


def _utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


class UnlockGuard:
    """The persistent wrong-password count of one local store."""

    def __init__(
        self,
        db_path: str | os.PathLike[str],
        *,
        clock: Callable[[], float] = time.time,
        lock_after: int = LOCK_AFTER,
        lock_seconds: int = LOCK_SECONDS,
    ) -> None:
        self.db_path = Path(db_path)
        self.clock = clock
        self.lock_after = lock_after
        self.lock_seconds = lock_seconds

    # -- records ------------------------------------------------------------------------------

    def _mac_key(self, keydata: dict[str, object]) -> bytes:
        return hashlib.sha256(b"inspector-desk unlock guard\x00" + header_bytes(keydata)).digest()

    @staticmethod
    def _body(state: GuardState) -> bytes:
        return json.dumps({"format": RECORD_FORMAT, **asdict(state)}, sort_keys=True).encode()

    def _record(self, state: GuardState, key: bytes) -> dict[str, object]:
        mac = hmac.new(key, self._body(state), hashlib.sha256).hexdigest()
        return {"format": RECORD_FORMAT, **asdict(state), "mac": mac}

    def _verify(self, raw: object, key: bytes) -> GuardState | None:
        if not isinstance(raw, dict) or raw.get("format") != RECORD_FORMAT:
            return None
        try:
            state = GuardState(
                seq=int(raw["seq"]),
                failures=int(raw["failures"]),
                locked_until=float(raw["locked_until"]),
                last_attempt=float(raw["last_attempt"]),
                reason=str(raw["reason"]),
            )
            mac = str(raw["mac"])
        except (KeyError, TypeError, ValueError):
            return None
        expected = hmac.new(key, self._body(state), hashlib.sha256).hexdigest()
        return state if hmac.compare_digest(mac, expected) else None

    def _read_counter(self) -> object:
        try:
            return json.loads(counter_path(self.db_path).read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None

    def _write(self, state: GuardState) -> GuardState:
        keydata = read_keyfile(self.db_path)
        record = self._record(state, self._mac_key(keydata))
        _write_atomic(counter_path(self.db_path), record)  # the counter first, then the mirror
        write_keyfile_extra(self.db_path, MIRROR_FIELD, record)
        return state

    def load(self) -> tuple[GuardState, bool]:
        """(the current state, whether the records were found damaged or tampered with).

        Raises KeyfileError when there is no usable key file (the unlock fails for that anyway)."""
        keydata = read_keyfile(self.db_path)
        key = self._mac_key(keydata)
        raw_counter, raw_mirror = self._read_counter(), keydata.get(MIRROR_FIELD)
        if keydata.get("format") != FORMAT and raw_counter is None and raw_mirror is None:
            return GuardState(), False  # a key file of an older release: no count kept yet
        counter, mirror = self._verify(raw_counter, key), self._verify(raw_mirror, key)
        if counter is None or mirror is None:
            return GuardState(seq=max(s.seq for s in (counter, mirror, GuardState()) if s)), True
        if counter.seq == mirror.seq or counter.seq == mirror.seq + 1:
            return counter, False
        return GuardState(seq=max(counter.seq, mirror.seq)), True

    # -- the rules ------------------------------------------------------------------------------

    def _refusal(self, state: GuardState, now: float) -> UnlockRefused | None:
        if state.last_attempt and now + CLOCK_TOLERANCE_S < state.last_attempt:
            return UnlockRefused(
                "clock",
                _utc(state.last_attempt),
                state.failures,
                "This computer's clock reads earlier than the last unlock attempt "
                f"({_utc(state.last_attempt):%Y-%m-%d %H:%M} UTC): correct the date and time.",
            )
        if state.locked_at(now):
            until = _utc(state.locked_until)
            if state.reason == "tampered":
                return UnlockRefused(
                    "tampered",
                    until,
                    state.failures,
                    "The record of wrong passwords on this laptop was removed or altered: as a "
                    f"precaution it is locked until {until:%H:%M} UTC.",
                )
            return UnlockRefused(
                "locked",
                until,
                state.failures,
                f"Locked until {until:%H:%M} UTC after {state.failures} wrong passwords in a row.",
            )
        return None

    def state(self) -> GuardState:
        """The state in force now; a tampered record is replaced by a 30-minute lock (fail closed)."""
        state, tampered = self.load()
        if tampered:
            now = self.clock()
            state = self._write(
                GuardState(
                    seq=state.seq + 1,
                    failures=self.lock_after,
                    locked_until=now + self.lock_seconds,
                    last_attempt=now,
                    reason="tampered",
                )
            )
        return state

    def check(self) -> None:
        """Raise ``UnlockRefused`` when an attempt may not be made now."""
        refusal = self._refusal(self.state(), self.clock())
        if refusal is not None:
            raise refusal

    def record_failure(self) -> GuardState:
        """Count a wrong password; the ``lock_after``-th in a row starts the lock."""
        state, now = self.state(), self.clock()
        served = state.failures >= self.lock_after and not state.locked_at(now)
        failures = (0 if served else state.failures) + 1
        locked_until = now + self.lock_seconds if failures >= self.lock_after else 0.0
        return self._write(GuardState(state.seq + 1, failures, locked_until, now, "wrong_password"))

    def reset(self) -> GuardState:
        """A fresh count (after a successful unlock, or a new key): nothing is locked."""
        try:
            previous, _ = self.load()
        except KeyfileError:
            previous = GuardState()
        return self._write(GuardState(seq=previous.seq + 1, last_attempt=self.clock()))

    def refusal_now(self) -> UnlockRefused | None:
        """The refusal an attempt would get now (for showing the lock before anyone types)."""
        try:
            return self._refusal(self.state(), self.clock())
        except KeyfileError:
            return None


def guarded_unlock(
    db_path: str | os.PathLike[str], password: str, *, guard: UnlockGuard | None = None
) -> bytes:
    """The data key, through the lockout: refused while locked; a wrong password is counted (the
    one that starts the lock raises ``UnlockRefused``, the others ``WrongPasswordError``); a right
    one resets the count. KeyfileError when the key file is missing or damaged."""
    guard = guard or UnlockGuard(db_path)
    guard.check()
    try:
        key = unlock_key(db_path, password)
    except WrongPasswordError:
        state = guard.record_failure()
        refusal = guard._refusal(state, guard.clock())
        if refusal is not None:
            raise refusal from None
        wrong = WrongPasswordError("the password is wrong")
        wrong.failures = state.failures
        wrong.attempts_left = max(0, guard.lock_after - state.failures)
        raise wrong from None
    guard.reset()
    return key


__all__ = [
    "LOCK_AFTER",
    "LOCK_SECONDS",
    "GuardState",
    "UnlockGuard",
    "UnlockRefused",
    "counter_path",
    "guarded_unlock",
]
