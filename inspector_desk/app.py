"""The client's composition root: finds (or builds, with --demo) the local store, unlocks it,
and hands the database and the signed-in actor to the user interface."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from platformdirs import user_data_path

from inspector_desk.demo import DEFAULT_PASSWORD, build_demo
from inspector_desk.domain.errors import NotFound, ValidationError
from inspector_desk.security.keyfile import (
    KeyfileError,
    WrongPasswordError,
    keyfile_path,
    provision_key,
    unlock_key,
)
from inspector_desk.services.accounts import actor_for, find_user
from inspector_desk.services.base import Actor
from inspector_desk.services.today import today
from inspector_desk.store.db import Database, open_database

APP_NAME = "InspectorDesk"
DEMO_RESIDENTS = 5000
DEMO_SEED = 1


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
        key = unlock_key(path, password)
    except WrongPasswordError:
        raise ValidationError("password", "login.wrong_password", "The password is wrong.") from None
    except KeyfileError as exc:
        raise ValidationError("password", "login.keyfile", str(exc)) from None
    db = open_database(path, key)
    try:
        user = find_user(db, login)
        return db, actor_for(db, user.id, device_id=_device_id())
    except NotFound:
        db.close()
        raise ValidationError("login", "login.unknown_account", f"There is no account {login!r}.") from None


def _device_id() -> str:
    import socket

    return socket.gethostname() or "laptop"


def print_summary(db: Database, actor: Actor, on: date) -> None:
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
    parser = argparse.ArgumentParser(prog="inspector-desk", description=__doc__)
    parser.add_argument("--demo", action="store_true", help="open (building on first use) the demo beat")
    parser.add_argument("--db", type=Path, help="the local database file")
    parser.add_argument("--login", default="inspector", help="the account to sign in as")
    parser.add_argument("--password", help="the password (the demo's is filled in)")
    parser.add_argument("--residents", type=int, default=DEMO_RESIDENTS, help="size of a new demo beat")
    parser.add_argument("--summary", action="store_true", help="print what is due today and exit")
    args = parser.parse_args(argv)

    demo: tuple[tuple[str, ...], str] | None = None
    if args.demo:
        path = args.db or data_dir() / "demo" / "demo.db"
        info = ensure_demo(path, residents=args.residents)
        password = args.password or info.password
        demo = (info.logins, info.password)
        print(f"Demo beat: sign in as {' or '.join(info.logins)} with the password {info.password}")
    elif args.db is not None:
        path, password = args.db, args.password
    else:
        parser.error("give --demo, or --db (and --password for --summary)")
    if args.summary:
        if not password:
            parser.error("--summary needs --password")
        db, actor = unlock(path, args.login, password)
        try:
            print_summary(db, actor, date.today())
        finally:
            db.close()
        return 0
    return run_ui(path, login=args.login, demo=demo)


def run_ui(path: Path, *, login: str, demo: tuple[tuple[str, ...], str] | None) -> int:
    """Sign in through the login window, then run the client until it is closed."""
    from inspector_desk.ui.application import run_client, run_login

    signed_in = run_login(lambda user, password: unlock(path, user, password), login=login, demo=demo)
    if signed_in is None:
        return 0
    db, actor = signed_in
    try:
        return run_client(db, actor, verify_password=lambda password: _password_opens(path, password))
    finally:
        db.close()


def _password_opens(path: Path, password: str) -> bool:
    try:
        unlock_key(path, password)
    except WrongPasswordError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
