"""The client's composition root: finds (or builds, with --demo) the local store, unlocks it,
and hands the database and the signed-in actor to the user interface."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_path

from inspector_desk.domain.errors import NotFound, ValidationError
from inspector_desk.security.keyfile import (
    KeyfileError,
    WrongPasswordError,
    keyfile_path,
    provision_key,
)
from inspector_desk.security.lockout import UnlockGuard, UnlockRefused, guarded_unlock

if TYPE_CHECKING:
    from inspector_desk.services.base import Actor
    from inspector_desk.store.db import Database

# Only what the unlock's first step (Argon2, slow on purpose) needs is imported above: the store,
# services and user interface load while it runs (run_ui_signed_in; bench/ui.py cold start).

APP_NAME = "InspectorDesk"
DEMO_RESIDENTS = 5000
DEMO_SEED = 1
LAPTOP_DB = "laptop.db"  # the laptop's store, in data_dir(); set up from HQ at the first sign-in


@dataclass(frozen=True, slots=True)
class DemoInfo:
    path: Path
    logins: tuple[str, ...]
    password: str


def data_dir() -> Path:
    """Where user data lives: the platform's user data folder, never the install folder."""
    return user_data_path(APP_NAME, appauthor=False)


def ensure_demo(path: Path, *, residents: int = DEMO_RESIDENTS) -> DemoInfo:
    """Build the demo beat at ``path`` on first use; later runs reuse it."""
    # Imported here: the demo builder is large and a normal start never needs it.
    from inspector_desk.demo import DEFAULT_PASSWORD, build_demo

    if not path.exists():
        print(f"Building the demo beat ({residents:,} residents) in {path} …", flush=True)
        keyfile_path(path).unlink(missing_ok=True)
        key = provision_key(path, DEFAULT_PASSWORD)
        try:
            build_demo(path, residents=residents, seed=DEMO_SEED, key=key)
        except BaseException:
            # A half-built demo is useless: remove it so the next run starts clean.
            for leftover in (path, keyfile_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise
    return DemoInfo(path, ("inspector", "supervisor"), DEFAULT_PASSWORD)


def unlock(path: Path, login: str, password: str) -> tuple[Database, Actor]:
    """Open the store with the password and sign ``login`` in (offline: the local accounts).

    Refusals are ValidationErrors naming the field, so the login window says them in its language.
    """
    try:
        key = guarded_unlock(path, password)
    except UnlockRefused as refused:
        _queue_failure(path, login, refused.rule)
        raise
    except WrongPasswordError as wrong:
        _queue_failure(path, login, "wrong_password")
        # The store stays closed: the failed sign-in waits beside it for the next unlock's audit log.
        refusal = ValidationError("password", "login.wrong_password", _wrong_password_text(wrong))
        refusal.attempts_left = wrong.attempts_left  # type: ignore[attr-defined]  # shown by the login window
        raise refusal from None
    except KeyfileError as exc:
        _queue_failure(path, login, "keyfile")
        raise ValidationError("password", "login.keyfile", str(exc)) from None
    from inspector_desk.security.integrity import ensure_intact
    from inspector_desk.services.accounts import actor_for, find_user
    from inspector_desk.services.audit import FAILED, LOGIN, drain_pending, record_event
    from inspector_desk.store.db import open_database

    # The key came from the key file, so a file it cannot read is damaged, never a wrong password.
    ensure_intact(path, key)  # pages' HMACs (quick) and any damage an earlier full check found
    db = open_database(path, key, key_verified=True)
    drain_pending(db, path)
    try:
        user = find_user(db, login)
        actor = actor_for(db, user.id, device_id=_device_id())
    except NotFound:
        record_event(db, login, LOGIN, FAILED, device_id=_device_id(), detail={"reason": "unknown_account"})
        db.close()
        raise ValidationError("login", "login.unknown_account", f"There is no account {login!r}.") from None
    record_event(db, actor, LOGIN)
    return db, actor


def _queue_failure(path: Path, login: str, reason: str) -> None:
    """A failed sign-in for the audit log: it waits beside the closed store for the next unlock."""
    from inspector_desk.services.audit import FAILED, LOGIN, queue_event  # after Argon2: see imports

    queue_event(path, login, LOGIN, FAILED, device_id=_device_id(), reason=reason)


def _wrong_password_text(wrong: WrongPasswordError) -> str:
    if wrong.attempts_left is None:
        return "The password is wrong."
    left = wrong.attempts_left
    return f"The password is wrong: {left} more wrong attempt(s) lock the application for 30 minutes."


def _device_id() -> str:
    import socket

    return socket.gethostname() or "laptop"


def print_summary(db: Database, actor: Actor, on: date) -> None:
    from inspector_desk.services.today import today

    view = today(db, actor, on=on)
    print(f"Signed in as {actor.full_name} ({actor.role.value}), {len(actor.beat_ids)} beat(s)")
    print(f"Today, {on.isoformat()}:")
    print(f"  visits due or overdue      {len(view.due_visits):>6}")
    print(f"  DV cases due for review    {len(view.cases_due):>6}")
    print(f"  protective orders ending   {len(view.expiring_orders):>6}")
    print(f"  appeals near deadline      {len(view.appeals_due):>6}")
    for visit in view.due_visits[:5]:
        print(f"    {visit.due_on.isoformat()}  {visit.full_name}, {visit.address}")


def main(argv: Sequence[str] | None = None) -> int:
    # In the frozen bundle a worker process of the demo build starts as this executable: run it and exit.
    multiprocessing.freeze_support()
    parser = argparse.ArgumentParser(prog="inspector-desk", description=__doc__)
    parser.add_argument("--demo", action="store_true", help="open (building on first use) the demo beat")
    parser.add_argument("--db", type=Path, help="the local database file")
    parser.add_argument("--login", default=None, help="the account to sign in as")
    parser.add_argument("--password", help="the password (the demo's is filled in)")
    parser.add_argument("--residents", type=int, default=DEMO_RESIDENTS, help="size of a new demo beat")
    parser.add_argument("--summary", action="store_true", help="print what is due today and exit")
    parser.add_argument("--page", default=None, help="the page to open on (today, residents, visits, ...)")
    parser.add_argument("--self-test", action="store_true", help="check this installation works, then exit")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--check-start", action="store_true", help="say how a start goes (first sign-in or unlock), then exit"
    )
    args = parser.parse_args(argv)
    laptop = not args.demo and args.db is None  # the laptop's own store in the user data folder
    args.login = args.login or ("" if laptop else "inspector")
    if args.self_test or args.version:
        from inspector_desk import selftest

        if args.version:
            print(f"Inspector Desk {selftest.app_version()}")
            return 0
        return selftest.run()

    if args.check_start and args.demo:
        print(f"{start_mode(args.db, demo=True)} {args.db or data_dir() / 'demo' / 'demo.db'}")
        return 0
    demo: tuple[tuple[str, ...], str] | None = None
    if args.demo:
        path = args.db or data_dir() / "demo" / "demo.db"
        info = ensure_demo(path, residents=args.residents)
        password = args.password or info.password
        demo = (info.logins, info.password)
        print(f"Demo beat: sign in as {' or '.join(info.logins)} with the password {info.password}")
    else:
        path, password = args.db or data_dir() / LAPTOP_DB, args.password
    if args.check_start:
        print(f"{start_mode(path, demo=args.demo)} {path}")
        return 0
    if start_mode(path, demo=args.demo) == "first-sign-in":
        if args.summary:
            print(f"inspector-desk: {path}: no store yet: start the app to sign in at HQ", file=sys.stderr)
            return 2
        return run_first_sign_in(path, login=args.login, page=args.page)
    if args.summary:
        if not password:
            parser.error("--summary needs --password")
        from inspector_desk.store.db import StoreError

        try:
            db, actor = unlock(path, args.login, password)
        except (StoreError, ValidationError) as exc:
            print(f"inspector-desk: {path}: {exc}", file=sys.stderr)
            return 2
        try:
            print_summary(db, actor, date.today())
        finally:
            db.close()
        return 0
    hq = None
    if args.demo:  # a local HQ seeded with the demo unit: sync works with nothing to set up
        from inspector_desk.demo_hq import start_for_demo

        hq = start_for_demo(path, demo[1] if demo else password)
    hq_url = hq.url if hq is not None else None
    try:
        if args.password:
            return run_ui_signed_in(
                path, login=args.login, password=password, demo=demo, page=args.page, hq_url=hq_url
            )
        return run_ui(path, login=args.login, demo=demo, page=args.page, hq_url=hq_url)
    finally:
        if hq is not None:
            hq.stop()


def _connected(unlock_fn: Any, hq_url: str | None, engines: dict[str, Any]) -> Any:
    """``unlock_fn`` that also signs the laptop in at the demo's HQ (same login and password)."""

    def unlock_and_connect(user: str, password: str) -> tuple[Database, Actor]:
        db, actor = unlock_fn(user, password)
        if hq_url:
            from inspector_desk.demo_hq import connect

            engines["engine"] = connect(db, hq_url, user, password)
        return db, actor

    return unlock_and_connect


def _sync_setup(hq_url: str | None, engines: dict[str, Any]) -> Any:
    if not hq_url:
        return None
    from inspector_desk.ui.sync_controller import SyncSetup

    return SyncSetup(hq_url, engines.get("engine"))


def start_mode(path: Path | None, *, demo: bool = False) -> str:
    """How a start with this store goes: "demo", "first-sign-in" (no store: HQ sets the laptop up)
    or "unlock" (offline, with the password)."""
    if demo:
        return "demo"
    if path is not None and path.exists():
        return "unlock"  # the usual start: no need to load the sync stack to know it
    from inspector_desk.first_run import needs_first_sign_in  # the sync stack: only when it is needed

    return "first-sign-in" if path is None or needs_first_sign_in(path) else "unlock"


def run_first_sign_in(path: Path, *, login: str = "", page: str | None = None) -> int:
    """No store yet: the first sign-in window sets the laptop up from HQ (first_run.py), then the
    client opens syncing with that HQ. Later starts unlock offline with the same password (run_ui)."""
    from inspector_desk import first_run
    from inspector_desk.sync.credentials import CredentialStore
    from inspector_desk.ui.application import run_first_sign_in as first_sign_in_window
    from inspector_desk.ui.sync_controller import SyncSetup

    def provision(url: str, user: str, password: str, progress: Any, cancel: Any) -> Any:
        return first_run.first_sign_in(
            path, url, user, password, progress=progress, cancel=cancel, device_id=_device_id()
        )

    result = first_sign_in_window(
        provision,
        login=login,
        hq_url=first_run.default_hq_url(),
        discard=first_run.discard,
        no_keyring=CredentialStore("probe").warning is not None,
    )
    if result is None:
        return 0
    try:
        return _client(path, result.db, result.actor, page=page, sync=SyncSetup(result.hq_url, result.engine))
    finally:
        result.engine.transport.close()


def run_ui(
    path: Path,
    *,
    login: str,
    demo: tuple[tuple[str, ...], str] | None,
    page: str | None = None,
    hq_url: str | None = None,
) -> int:
    """Sign in through the login window, then run the client until it is closed."""
    from inspector_desk.recovery import login_failure_hook
    from inspector_desk.ui.application import run_login

    engines: dict[str, Any] = {}
    opener = _connected(lambda user, password: unlock(path, user, password), hq_url, engines)
    recover = login_failure_hook(path, _device_id())  # a damaged store: offer the re-sync from HQ
    signed_in = run_login(
        opener,
        login=login,
        demo=demo,
        demo_hq=hq_url or "",
        on_failure=recover,
        refusal=UnlockGuard(path).refusal_now,  # a lock from an earlier run is shown at once
    )
    if signed_in is None:
        return 0
    db, actor = signed_in
    return _client(path, db, actor, page=page, sync=_sync_setup(hq_url, engines))


def _client(path: Path, db: Database, actor: Actor, *, page: str | None, sync: Any) -> int:
    """The main window over the unlocked store until it is closed (then the store is closed)."""
    from inspector_desk.security.integrity import check_in_background
    from inspector_desk.security.password_change import password_changer
    from inspector_desk.ui.application import run_client

    tune_for_desktop(db)
    try:
        return run_client(
            db,
            actor,
            verify_password=lambda password: _password_opens(path, password),
            change_password=password_changer(path, db, actor),
            page_check=lambda: check_in_background(db),
            page=page,
            sync=sync,
        )
    finally:
        db.close()


def run_ui_signed_in(
    path: Path,
    *,
    login: str,
    password: str,
    demo: tuple[tuple[str, ...], str] | None,
    page: str | None,
    hq_url: str | None = None,
) -> int:
    """The password was given on the command line: unlock (Argon2, slow on purpose) on a thread while
    the user interface is imported and Qt starts; a refusal falls back to the login window."""
    import threading

    from inspector_desk.ui.heap import pause_collector, resume_collector

    pause_collector()  # until the main window is built (ui/heap.py)
    outcome: dict[str, Any] = {}
    engines: dict[str, Any] = {}
    opener = _connected(lambda user, secret: unlock(path, user, secret), hq_url, engines)

    def work() -> None:
        try:
            outcome["signed_in"] = opener(login, password)
        except Exception as exc:  # handed to the main thread below
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="unlock", daemon=True)
    worker.start()
    from inspector_desk.ui.application import ensure_app

    ensure_app()
    worker.join()
    if "signed_in" not in outcome:
        print(f"inspector-desk: {outcome.get('error')}; sign in in the window", file=sys.stderr)
        resume_collector()
        return run_ui(path, login=login, demo=demo, page=page, hq_url=hq_url)
    db, actor = outcome["signed_in"]
    return _client(path, db, actor, page=page, sync=_sync_setup(hq_url, engines))


# The desktop client's decrypted page cache per database connection: the store's 128 MB suits a
# batch job, but the client's reads (a worker pool, each with its own connection) would hold several
# times that once a 200,000-resident list was scrolled through (600 MB resident). Searches are as
# fast with 16 MB (bench/ui.py: RSS and search figures).
DESKTOP_PAGE_CACHE_KIB = 16 * 1024


def tune_for_desktop(db: Database) -> None:
    """Bound the page cache of every connection the desktop client opens (see above)."""
    from sqlalchemy import event

    def _cache(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA cache_size = -{DESKTOP_PAGE_CACHE_KIB}")

    event.listen(db.engine, "connect", _cache)
    db.engine.dispose()  # the connections opened while signing in: new ones take the bound


def _password_opens(path: Path, password: str) -> bool:
    """The lock screen's check, counted by the same lockout as the sign-in (``UnlockRefused``
    propagates: the lock screen says until when)."""
    try:
        guarded_unlock(path, password)
    except WrongPasswordError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
