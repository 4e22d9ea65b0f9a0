"""A clean re-sync from HQ after the local store was found damaged (``store.db.DatabaseDamagedError``).

Composition, like app.py: it uses the key file, the store and the sync engine's public API. Steps,
each safe to interrupt:

1. A new store is built **beside** the damaged one (``<name>.restoring``, with its own new key
   wrapped by the user's password): sign-in at HQ, then a first sync (snapshot) into it.
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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inspector_desk.security.integrity import store_files
from inspector_desk.security.keyfile import KdfParams, provision_key
from inspector_desk.services.accounts import actor_for
from inspector_desk.services.base import Actor
from inspector_desk.store.db import Database, DatabaseDamagedError, checkpoint, open_database
from inspector_desk.sync.credentials import CredentialStore
from inspector_desk.sync.engine import ProgressCb, SyncEngine, SyncReport, device_id_of, wipe_files
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


def recover_from_hq(
    db_path: str | os.PathLike[str],
    hq_url: str,
    login: str,
    password: str,
    *,
    verify: ssl.SSLContext | bool | None = None,
    kdf: KdfParams | None = None,
    progress: ProgressCb | None = None,
    credentials: Callable[[str], CredentialStore] = CredentialStore,
) -> Recovery:
    """Build a fresh store from HQ for ``login``, then put it in place of the damaged one.

    Raises the sync errors (``OfflineError``, ``UnauthorizedError``, ...) or the password policy's
    ``ValidationError`` before anything of the damaged store is moved."""
    path = Path(db_path)
    fresh = path.with_name(path.name + RESTORING)
    wipe_files(fresh)  # leftovers of an earlier attempt that did not finish
    key = provision_key(fresh, password, kdf, login=login)
    db = open_database(fresh, key)
    transport: Transport | None = None
    try:
        device = device_id_of(db)
        transport = Transport(hq_url, device, credentials(f"{hq_url.rstrip('/')}#{device}"), verify=verify)
        engine = SyncEngine(db, transport, device_id=device)
        me = engine.sign_in(login, password)
        report = engine.sync_once(progress)
        checkpoint(db)
    except BaseException:
        db.close()
        if transport is not None:
            transport.close()
        wipe_files(fresh)
        raise
    db.close()
    transport.close()
    moved = move_aside(path)
    for source, target in zip(store_files(fresh), store_files(path), strict=True):
        if source.exists():
            os.replace(source, target)
    return Recovery(open_database(path, key), moved, report, me.user_id)


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


__all__ = ["Recovery", "login_failure_hook", "move_aside", "recover_from_hq"]
