"""A clean re-sync from HQ after the local store was found damaged (``store.db.DatabaseDamagedError``).

Composition, like app.py: it uses the key file, the store and the sync engine's public API. Steps,
each safe to interrupt:

1. A new store is built **beside** the damaged one (``<name>.restoring``): sign-in at HQ, then its
   own new key wrapped by the user's password, then a first sync (snapshot) into it
   (``build_from_hq``, also the laptop's first sign-in, first_run.py).
   Until this succeeds nothing of the damaged store is touched, so HQ being unreachable or the
   password being wrong leaves everything as it was, and the user can try again later.
2. The damaged file, its -wal/-shm/-journal, its key file and lockout record are **moved aside**
   to ``<file>.damaged-<UTC timestamp>`` (nothing is deleted: an administrator can still examine
   them, and the key file is what opens the damaged copy).
3. The new store takes the original names.

Changes made on this laptop that HQ never received are not in the damaged file's readable part
any more; the audit log at HQ and the dialog (ui/recovery_dialog.py) say so.
"""

from __future__ import annotations

import os
import ssl
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict, Unpack

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.password_policy import check_password
from inspector_desk.security.integrity import store_files
from inspector_desk.security.keyfile import KdfParams, provision_key
from inspector_desk.services.accounts import actor_for
from inspector_desk.services.base import Actor
from inspector_desk.store.db import Database, DatabaseDamagedError, checkpoint, open_database
from inspector_desk.sync.apply import set_state
from inspector_desk.sync.credentials import CredentialStore
from inspector_desk.sync.engine import (
    DEVICE_KEY,
    ProgressCb,
    SyncEngine,
    SyncProgress,
    SyncReport,
    wipe_files,
)
from inspector_desk.sync.errors import SyncCancelled
from inspector_desk.sync.transport import Transport

RESTORING = ".restoring"


def move_aside(db_path: str | os.PathLike[str], *, now: datetime | None = None) -> list[Path]:
    """Rename the store and its files to ``<file>.damaged-<timestamp>``; returns the new paths."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    moved = []
    for path in store_files(Path(db_path)):
        if path.exists():
            target = path.with_name(f"{path.name}.damaged-{stamp}")
            os.replace(path, target)
            moved.append(target)
    return moved


@dataclass(frozen=True, slots=True)
class Recovery:
    """What ``recover_from_hq`` did: the new store (open), what was moved aside, the first sync."""

    db: Database
    moved: list[Path]
    report: SyncReport
    user_id: str


class PolicyMismatch(ValidationError):
    """HQ accepted the password, but it breaks this laptop's password rule (the key file would be
    locked by a weak password): ``rule`` is the policy's rule; nothing was written."""


class HqOptions(TypedDict, total=False):
    """How a store is built from HQ: the TLS check, the key's KDF, a progress callback, where the
    HQ session's refresh token is kept."""

    verify: ssl.SSLContext | bool | None
    kdf: KdfParams | None
    progress: ProgressCb | None
    credentials: Callable[[str], CredentialStore]


@dataclass(slots=True)
class Built:
    """A new store made from HQ (closed), its data key, and the HQ session that filled it (open:
    the caller keeps it for the sync engine or closes it)."""

    key: bytes
    transport: Transport
    user_id: str
    report: SyncReport


def build_from_hq(
    path: Path,
    hq_url: str,
    login: str,
    password: str,
    *,
    verify: ssl.SSLContext | bool | None = None,
    kdf: KdfParams | None = None,
    progress: ProgressCb | None = None,
    credentials: Callable[[str], CredentialStore] = CredentialStore,
    cancel: threading.Event | None = None,
    device_name: str | None = None,
) -> Built:
    """Sign in at HQ, then make a new store at ``path`` (a new key wrapped by the same password) and
    fill it with a first sync (snapshot).

    HQ is asked first, so a wrong password, HQ unreachable or an untrusted certificate write nothing;
    a password HQ accepts but this laptop's rule refuses raises ``PolicyMismatch``. On any failure,
    or when ``cancel`` is set, every file made is removed and the HQ session is forgotten."""
    wipe_files(path)  # leftovers of an earlier attempt that did not finish
    device = f"desk-{uuid.uuid4().hex}"
    transport = Transport(hq_url, device, credentials(f"{hq_url.rstrip('/')}#{device}"), verify=verify)
    db: Database | None = None
    try:
        if progress is not None:
            progress(SyncProgress("connect", 0, None, "Signing in at HQ"))
        me = transport.login(login, password, device_name).user
        try:
            check_password(password, login=login)
        except ValidationError as weak:
            raise PolicyMismatch(weak.field, weak.rule, weak.message) from None
        key = provision_key(path, password, kdf, login=login)
        db = open_database(path, key)
        with db.write() as session:
            set_state(session, DEVICE_KEY, device)  # the id HQ registered at the sign-in
        report = SyncEngine(db, transport, device_id=device).sync_once(progress, cancel)
        if cancel is not None and cancel.is_set():
            raise SyncCancelled("The first sync was cancelled.")
        checkpoint(db)
        db.close()
    except BaseException:
        if db is not None:
            db.close()
        transport.sign_out()
        transport.close()
        wipe_files(path)
        raise
    return Built(key, transport, me.user_id, report)


def recover_from_hq(
    db_path: str | os.PathLike[str], hq_url: str, login: str, password: str, **options: Unpack[HqOptions]
) -> Recovery:
    """Build a fresh store from HQ for ``login``, then put it in place of the damaged one.

    Raises the sync errors (``OfflineError``, ``UnauthorizedError``, ...) or the password policy's
    ``ValidationError`` before anything of the damaged store is moved."""
    path = Path(db_path)
    fresh = path.with_name(path.name + RESTORING)
    built = build_from_hq(fresh, hq_url, login, password, **options)
    built.transport.close()
    moved = move_aside(path)
    put_in_place(fresh, path)
    return Recovery(open_database(path, built.key), moved, built.report, built.user_id)


def put_in_place(source: Path, target: Path) -> None:
    """Rename the store ``source`` and its files (WAL, key file, lockout record...) to ``target``'s."""
    for old, new in zip(store_files(source), store_files(target), strict=True):
        if old.exists():
            os.replace(old, new)


def login_failure_hook(
    db_path: str | os.PathLike[str], device_id: str
) -> Callable[[Any, BaseException, str, str], tuple[Database, Actor] | None]:
    """For the login window (``on_failure``): a damaged store opens the recovery dialog, which asks
    before restoring from HQ with the login and password just typed; the new store and its actor
    are returned as a sign-in would. Other failures are left to the login window (None)."""

    def on_failure(
        parent: Any, error: BaseException, login: str, password: str
    ) -> tuple[Database, Actor] | None:
        if not isinstance(error, DatabaseDamagedError):
            return None
        from inspector_desk.ui.recovery_dialog import RecoveryDialog
        from inspector_desk.ui.settings import HQ_URL, Settings

        def restore(hq_url: str) -> tuple[Database, Actor]:
            result = recover_from_hq(db_path, hq_url, login, password)
            return result.db, actor_for(result.db, result.user_id, device_id=device_id)

        dialog = RecoveryDialog(str(error), restore, Settings().get(HQ_URL), parent)
        return dialog.result_value if dialog.exec() else None

    return on_failure


__all__ = [
    "Built",
    "PolicyMismatch",
    "Recovery",
    "build_from_hq",
    "login_failure_hook",
    "move_aside",
    "put_in_place",
    "recover_from_hq",
]
