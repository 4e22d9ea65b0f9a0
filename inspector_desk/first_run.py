"""A laptop's first sign-in: no local store yet, so HQ sets it up (composition, like app.py and
recovery.py: key file, store, sync engine and audit log wired together; the window is
ui/first_signin.py).

Steps (``first_sign_in``), each leaving nothing behind when it fails or is cancelled:

1. Sign in at HQ with the address, login and password typed (TLS rules of security/tls.py: the
   certificate is verified, against the configured CA bundle if there is one; plain http only to
   this computer). A wrong password, HQ unreachable or an untrusted certificate stop here.
2. The password must also pass this laptop's rule (domain/password_policy.py), because it locks the
   database's key: a password HQ accepts but the rule refuses is said in words (``PolicyMismatch``).
3. A new store is made **beside** the final name (``<name>.first-sign-in``), its random data key
   wrapped by the same password (Argon2id), and filled by a first sync from HQ (snapshot).
4. Only then are its files renamed to the final name: a crash or a cancel before that leaves no store
   that a later start would take for a finished one. The sign-in is the store's first audit entry.

Later starts find the store and unlock it offline with the password (app.unlock).
"""

from __future__ import annotations

import os
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspector_desk.recovery import PolicyMismatch, build_from_hq, put_in_place
from inspector_desk.security.integrity import store_files
from inspector_desk.security.keyfile import KdfParams, keyfile_path
from inspector_desk.security.tls import verify_for
from inspector_desk.services.accounts import actor_for
from inspector_desk.services.audit import LOGIN, record_event
from inspector_desk.services.base import Actor
from inspector_desk.store.db import Database, open_database
from inspector_desk.sync.credentials import CredentialStore
from inspector_desk.sync.engine import ProgressCb, SyncEngine, SyncReport, wipe_files
from inspector_desk.sync.errors import SyncCancelled

PENDING = ".first-sign-in"
ENV_HQ_URL = "INSPECTOR_DESK_HQ_URL"


def needs_first_sign_in(db_path: str | os.PathLike[str]) -> bool:
    """No store here yet (neither the database nor its key file): HQ must set the laptop up."""
    path = Path(db_path)
    return not path.exists() and not keyfile_path(path).exists()


def default_hq_url(setting: str = "") -> str:
    """The HQ address to offer: the setting, else ``INSPECTOR_DESK_HQ_URL`` (set by an installer)."""
    return setting.strip() or os.environ.get(ENV_HQ_URL, "").strip()


def pending_path(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + PENDING)


@dataclass(slots=True)
class FirstSignIn:
    """The new store (open), the person signed in, and a sync engine signed in at HQ."""

    db: Database
    actor: Actor
    engine: SyncEngine
    hq_url: str
    report: SyncReport


def first_sign_in(
    db_path: str | os.PathLike[str],
    hq_url: str,
    login: str,
    password: str,
    *,
    progress: ProgressCb | None = None,
    cancel: threading.Event | None = None,
    verify: ssl.SSLContext | bool | None = None,
    kdf: KdfParams | None = None,
    device_id: str | None = None,
    credentials: Callable[[str], CredentialStore] = CredentialStore,
) -> FirstSignIn:
    """Set this laptop up from HQ at ``db_path`` (see the module's steps).

    Raises the sync errors (``OfflineError``, ``UnauthorizedError``, ``UntrustedCertificateError``,
    ``InsecureConnectionError``, ``SyncCancelled``...), ``PolicyMismatch``, or ``TlsSetupError`` for a
    CA bundle that cannot be used; in every case no file of the store is left behind."""
    path = Path(db_path)
    if not needs_first_sign_in(path):
        raise FileExistsError(f"{path} already holds a store: unlock it with the password")
    url = hq_url.strip().rstrip("/")
    verify = verify_for() if verify is None else verify  # a broken CA bundle: before anything is made
    sessions: list[CredentialStore] = []

    def keep(account: str) -> CredentialStore:
        store = credentials(account)
        sessions.append(store)  # without a keyring, the session lives only in this object
        return store

    pending = pending_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    built = build_from_hq(
        pending,
        url,
        login,
        password,
        verify=verify,
        kdf=kdf,
        progress=progress,
        credentials=keep,
        cancel=cancel,
        device_name=socket.gethostname() or None,
    )
    db: Database | None = None
    try:
        put_in_place(pending, path)
        db = open_database(path, built.key, key_verified=True)
        actor = actor_for(db, built.user_id, device_id=device_id or built.transport.device_id)
        if cancel is not None and cancel.is_set():
            raise SyncCancelled("The first sign-in was cancelled.")
        record_event(db, actor, LOGIN)
    except BaseException:
        if db is not None:
            db.close()
        built.transport.sign_out()
        built.transport.close()
        for leftover in (pending, path):
            wipe_files(leftover)
        raise
    engine = SyncEngine(db, built.transport, device_id=built.transport.device_id)
    return FirstSignIn(db, actor, engine, url, built.report)


def leftovers(db_path: str | os.PathLike[str]) -> list[Path]:
    """Files of the store (or of an unfinished first sign-in) present at ``db_path``."""
    return [p for base in (Path(db_path), pending_path(db_path)) for p in store_files(base) if p.exists()]


def discard(result: FirstSignIn) -> None:
    """Undo a finished first sign-in that the person cancelled at the last moment."""
    path = result.db.path
    result.db.close()
    result.engine.transport.sign_out()
    result.engine.transport.close()
    wipe_files(Path(path))


__all__ = [
    "ENV_HQ_URL",
    "FirstSignIn",
    "PolicyMismatch",
    "default_hq_url",
    "discard",
    "first_sign_in",
    "leftovers",
    "needs_first_sign_in",
    "pending_path",
]
