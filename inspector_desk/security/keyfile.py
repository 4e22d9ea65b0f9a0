"""The database key, wrapped by the user's password: unlock works offline and without a keyring.

The SQLCipher file is keyed by a random 256-bit data key. That key is stored beside the
database only wrapped (AES-256-GCM) under a key derived from the password with Argon2id, so
the file on disk never holds anything that opens the store without the password. Changing the
password re-wraps the same data key: the database itself is not re-encrypted.
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

KEYFILE_SUFFIX = ".key"
FORMAT = "inspector-desk-keyfile/1"


class KeyfileError(Exception):
    """The key file is missing, damaged or of an unknown format."""


class WrongPasswordError(KeyfileError):
    """The password does not unwrap the key."""


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


def _header(params: KdfParams, salt: bytes) -> dict[str, object]:
    return {"format": FORMAT, "kdf": "argon2id", **asdict(params), "salt": _b64(salt)}


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


def _wrap(path: Path, key: bytes, password: str, params: KdfParams) -> None:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    header = _header(params, salt)
    wrapped = AESGCM(_derive(password, salt, params)).encrypt(nonce, key, _aad(header))
    _write_atomic(path, {**header, "nonce": _b64(nonce), "wrapped": _b64(wrapped)})


def provision_key(db_path: str | os.PathLike[str], password: str, params: KdfParams | None = None) -> bytes:
    """Make a new random data key for ``db_path`` and store it wrapped by ``password``."""
    path = keyfile_path(db_path)
    if path.exists():
        raise KeyfileError(f"{path.name} already exists: this database already has a key")
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    _wrap(path, key, password, params or KdfParams())
    return key


def unlock_key(db_path: str | os.PathLike[str], password: str) -> bytes:
    """The data key of ``db_path``, or WrongPasswordError / KeyfileError."""
    path = keyfile_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("kdf") != "argon2id":
            raise KeyfileError(f"{path.name} is not an Inspector Desk key file")
        params = KdfParams(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))
        salt = base64.b64decode(data["salt"])
        nonce = base64.b64decode(data["nonce"])
        wrapped = base64.b64decode(data["wrapped"])
    except FileNotFoundError as exc:
        raise KeyfileError(f"the key file {path.name} is missing") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise KeyfileError(f"the key file {path.name} is damaged") from exc
    header = _header(params, salt)
    try:
        return AESGCM(_derive(password, salt, params)).decrypt(nonce, wrapped, _aad(header))
    except InvalidTag as exc:
        raise WrongPasswordError("the password is wrong") from exc


def change_password(
    db_path: str | os.PathLike[str], old_password: str, new_password: str, params: KdfParams | None = None
) -> None:
    """Re-wrap the same data key under a new password (the database is not re-encrypted)."""
    key = unlock_key(db_path, old_password)
    _wrap(keyfile_path(db_path), key, new_password, params or KdfParams())
