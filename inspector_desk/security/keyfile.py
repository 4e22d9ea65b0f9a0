"""The database key, wrapped by the user's password: unlock works offline and without a keyring.

The SQLCipher file is keyed by a random 256-bit data key. That key is stored beside the
database only wrapped (AES-256-GCM) under a key derived from the password with Argon2id, so
the file on disk never holds anything that opens the store without the password. Changing the
password re-wraps the same data key: the database itself is not re-encrypted.

Format 2 (written since the unlock lockout, ``security/lockout.py``) differs from format 1 only in
its name, which is part of the authenticated header: a format-2 file cannot be passed off as an
older, unguarded one without breaking the unwrap. Format-1 files still open, and are rewritten as
format 2 (same salt and key, new nonce: no second key derivation) on their first successful unlock.
Fields outside the header (``guard``: the lockout's mirror record) are kept when the key is re-wrapped.

New passwords follow ``domain.password_policy`` (checked before anything is written).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.password_policy import check_password

KEYFILE_SUFFIX = ".key"
FORMAT = "inspector-desk-keyfile/2"
FORMAT_V1 = "inspector-desk-keyfile/1"
_FORMATS = (FORMAT, FORMAT_V1)
# The fields the wrap writes; anything else in the file (the lockout's mirror) is carried along.
_WRAP_FIELDS = frozenset(
    {"format", "kdf", "time_cost", "memory_kib", "parallelism", "salt", "nonce", "wrapped"}
)


class KeyfileError(Exception):
    """The key file is missing, damaged or of an unknown format."""


class WrongPasswordError(KeyfileError):
    """The password does not unwrap the key. Through the lockout, ``failures`` counts the wrong
    passwords in a row and ``attempts_left`` the ones before the lock (None: not counted)."""

    failures: int | None = None
    attempts_left: int | None = None


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: ~0.5-1 s on a 2-core laptop of 2026, 128 MiB so GPUs gain little."""

    time_cost: int = 8
    memory_kib: int = 128 * 1024
    parallelism: int = 2


# Only for tests that unlock many times; never used by the application.
FAST_TEST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def keyfile_path(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + KEYFILE_SUFFIX)


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _header(params: KdfParams, salt: bytes, fmt: str = FORMAT) -> dict[str, object]:
    return {"format": fmt, "kdf": "argon2id", **asdict(params), "salt": _b64(salt)}


def header_bytes(data: dict[str, object]) -> bytes:
    """The authenticated header of a key file's ``data`` (what the lockout binds its records to)."""
    params = KdfParams(
        int(str(data["time_cost"])), int(str(data["memory_kib"])), int(str(data["parallelism"]))
    )
    return _aad(_header(params, base64.b64decode(str(data["salt"])), str(data["format"])))


def read_keyfile(db_path: str | os.PathLike[str]) -> dict[str, object]:
    """The key file's fields as stored (KeyfileError when it is missing or not JSON)."""
    path = keyfile_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeyfileError(f"the key file {path.name} is missing") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise KeyfileError(f"the key file {path.name} is damaged") from exc
    if not isinstance(data, dict):
        raise KeyfileError(f"the key file {path.name} is damaged")
    return data


def write_keyfile_extra(db_path: str | os.PathLike[str], name: str, value: object) -> None:
    """Set one field outside the authenticated header (the wrap itself is left as it is)."""
    if name in _WRAP_FIELDS:
        raise ValueError(f"{name} is part of the wrapped key")
    data = read_keyfile(db_path)
    data[name] = value
    _write_atomic(keyfile_path(db_path), data)


def _aad(header: dict[str, object]) -> bytes:
    # The KDF parameters are authenticated: lowering them in the file breaks the unwrap.
    return json.dumps(header, sort_keys=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _write_atomic(path: Path, payload: dict[str, object]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    if hasattr(os, "chmod"):
        os.chmod(path, 0o600)


def _seal(
    path: Path, key: bytes, kek: bytes, salt: bytes, params: KdfParams, extra: dict[str, object]
) -> None:
    nonce = secrets.token_bytes(12)
    header = _header(params, salt)
    wrapped = AESGCM(kek).encrypt(nonce, key, _aad(header))
    _write_atomic(path, {**extra, **header, "nonce": _b64(nonce), "wrapped": _b64(wrapped)})


def _wrap(path: Path, key: bytes, password: str, params: KdfParams, extra: dict[str, object]) -> None:
    salt = secrets.token_bytes(16)
    _seal(path, key, _derive(password, salt, params), salt, params, extra)


def _extra(data: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in data.items() if k not in _WRAP_FIELDS}


def provision_key(
    db_path: str | os.PathLike[str],
    password: str,
    params: KdfParams | None = None,
    *,
    login: str | None = None,
) -> bytes:
    """Make a new random data key for ``db_path`` and store it wrapped by ``password``.

    The password must follow the policy (``ValidationError`` on the field "password" otherwise)."""
    path = keyfile_path(db_path)
    if path.exists():
        raise KeyfileError(f"{path.name} already exists: this database already has a key")
    check_password(password, login=login)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    _wrap(path, key, password, params or KdfParams(), {})
    _reset_guard(db_path)  # a new key starts with a clean, authenticated count
    return key


def _reset_guard(db_path: str | os.PathLike[str]) -> None:
    """The lockout's records are bound to the header: after a (re)wrap they are written afresh."""
    from inspector_desk.security.lockout import UnlockGuard

    UnlockGuard(db_path).reset()


def _open(db_path: str | os.PathLike[str], password: str) -> tuple[bytes, bytes, dict[str, object]]:
    """(data key, key-encryption key, stored fields), or WrongPasswordError / KeyfileError."""
    path = keyfile_path(db_path)
    data = read_keyfile(db_path)
    try:
        if data.get("format") not in _FORMATS or data.get("kdf") != "argon2id":
            raise KeyfileError(f"{path.name} is not an Inspector Desk key file")
        params = KdfParams(
            int(str(data["time_cost"])), int(str(data["memory_kib"])), int(str(data["parallelism"]))
        )
        salt = base64.b64decode(str(data["salt"]))
        nonce = base64.b64decode(str(data["nonce"]))
        wrapped = base64.b64decode(str(data["wrapped"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyfileError(f"the key file {path.name} is damaged") from exc
    header = _header(params, salt, str(data["format"]))
    kek = _derive(password, salt, params)
    try:
        key = AESGCM(kek).decrypt(nonce, wrapped, _aad(header))
    except InvalidTag as exc:
        raise WrongPasswordError("the password is wrong") from exc
    if data["format"] != FORMAT:
        # Format 1: rewritten as format 2 with the same salt and key (no second derivation).
        _seal(path, key, kek, salt, params, _extra(data))
        _reset_guard(db_path)
        data = read_keyfile(db_path)
    return key, kek, data


def unlock_key(db_path: str | os.PathLike[str], password: str) -> bytes:
    """The data key of ``db_path``, or WrongPasswordError / KeyfileError.

    Not counted by the lockout: the application unlocks through ``lockout.guarded_unlock``."""
    return _open(db_path, password)[0]


def change_password(
    db_path: str | os.PathLike[str],
    old_password: str,
    new_password: str,
    params: KdfParams | None = None,
    *,
    login: str | None = None,
) -> None:
    """Re-wrap the same data key under a new password (the database is not re-encrypted).

    The new password must follow the policy and differ from the old one (``ValidationError``)."""
    check_password(new_password, login=login, field="new_password")
    if new_password == old_password:
        raise ValidationError(
            "new_password", "password.unchanged", "the new password must differ from the old one"
        )
    key, _kek, data = _open(db_path, old_password)
    _wrap(keyfile_path(db_path), key, new_password, params or KdfParams(), _extra(data))
    _reset_guard(db_path)
