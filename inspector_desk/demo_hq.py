"""The demo's local HQ (composition root, like ``app.py``: it may import both HQ and the client).

``main.py --demo`` builds the demo laptop store first (``app.ensure_demo``), then
``start_demo_hq`` serves HQ on 127.0.0.1 (a free port, uvicorn in a background thread of this
process, SQLite in the demo folder) with the same unit, beats, accounts and records:

* **Seeding from the laptop's store**, so both sides hold the same data by construction: units,
  beats, accounts (same ids; every account gets the demo password, hashed with Argon2id as HQ
  always does) and beat assignments; every synced row as an HQ record with a change-log entry.
* **The laptop adopts HQ's revisions** in the same step: each row's ``server_rev`` becomes its
  record's revision and the pull cursor HQ's position. The first sync then has nothing to fetch
  (it takes a second, not a 40,000-record download), and an edit made before it merges cleanly
  instead of raising a conflict against the seed.
* Seeded once: a token written to the HQ folder and to the laptop's sync state ties the two; when
  either was rebuilt, HQ is seeded again from the laptop.

HQ's data outlives the run (what the demo laptops synced stays); the server stops with the process.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select

from inspector_desk.domain.hlc import Hlc
from inspector_desk.hq.app import create_app
from inspector_desk.hq.auth import hash_password
from inspector_desk.hq.config import Settings, load_secret
from inspector_desk.hq.db import HqDatabase, migrate
from inspector_desk.hq.models import Beat as HqBeat
from inspector_desk.hq.models import BeatAssignment as HqAssignment
from inspector_desk.hq.models import ChangeLogEntry, Record
from inspector_desk.hq.models import Unit as HqUnit
from inspector_desk.hq.models import User as HqUser
from inspector_desk.services.base import wire_value
from inspector_desk.store.db import Database, open_database
from inspector_desk.store.models import Beat, BeatAssignment, Unit, User
from inspector_desk.sync.apply import SPECS, get_state, set_state
from inspector_desk.sync.engine import CURSOR_KEY, LAST_RECONCILE_KEY, SNAPSHOT_KEY
from inspector_desk.sync.protocol import ENTITY_FIELDS

log = logging.getLogger(__name__)

TOKEN_KEY = "demo.hq_token"
TOKEN_FILE = "demo-seed.json"
RECORDS: Table = Record.__table__  # type: ignore[assignment]
CHANGE_LOG: Table = ChangeLogEntry.__table__  # type: ignore[assignment]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class DemoHq:
    """A running demo HQ: ``url`` to sync with; ``stop()`` ends it (also at process exit)."""

    url: str
    folder: Path
    db: HqDatabase
    seeded: dict[str, int]  # records seeded this start, per entity (empty when reused)
    _server: Any
    _thread: threading.Thread

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.should_exit = True
            self._thread.join(15)
        self.db.dispose()


# --- seeding ------------------------------------------------------------------------------------


def _seeded_token(folder: Path) -> str | None:
    path = folder / TOKEN_FILE
    try:
        return str(json.loads(path.read_text())["token"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def needs_seeding(folder: Path, store: Database) -> bool:
    """True unless HQ in ``folder`` was seeded from this very laptop store."""
    token = _seeded_token(folder)
    if token is None or not (folder / "hq.db").exists():
        return True
    with store.read() as session:
        return get_state(session, TOKEN_KEY) != token


def _accounts(hq: HqDatabase, store: Database, password: str) -> None:
    """The store's unit, beats, accounts and assignments at HQ, with the same ids."""
    hashed = hash_password(password)  # one Argon2id hash: the demo's accounts share the password
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.read() as session:
        units = [(u.id, u.name) for u in session.scalars(select(Unit))]
        beats = [(b.id, b.code, b.name, b.unit_id) for b in session.scalars(select(Beat))]
        users = [(u.id, u.login, u.full_name, u.role, u.unit_id) for u in session.scalars(select(User))]
        assignments = [(a.user_id, a.beat_id) for a in session.scalars(select(BeatAssignment))]
    with hq.write() as writer:
        s = writer.session
        for unit_id, unit_name in units:
            s.add(HqUnit(id=unit_id, name=unit_name, created_at=now))
        s.flush()
        for beat_id, code, beat_name, beat_unit in beats:
            s.add(HqBeat(id=beat_id, code=code, name=beat_name, unit_id=beat_unit, created_at=now))
        for user_id, login, full_name, role, user_unit in users:
            s.add(
                HqUser(
                    id=user_id,
                    login=login,
                    full_name=full_name,
                    role=role,
                    unit_id=user_unit,
                    password_hash=hashed,
                    failed_attempts=0,
                    revoked=False,
                    created_at=now,
                )
            )
        s.flush()
        for user_id, beat_id in assignments:
            s.add(HqAssignment(user_id=user_id, beat_id=beat_id))


def _records(hq: HqDatabase, store: Database) -> tuple[dict[str, int], dict[str, list[tuple[int, str]]], int]:
    """Every synced row of the store as an HQ record with its change-log entry (in bulk, straight
    through SQLite: the demo HQ always runs on it). Returns counts, (rev, id) per entity, position."""
    counts: dict[str, int] = {}
    revs: dict[str, list[tuple[int, str]]] = {}
    now = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    stamp_ms = int(time.time() * 1000) - 86_400_000  # a day ago: any edit made from now on is later
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    record_sql = (
        f"INSERT INTO {RECORDS.name} (entity, id, beat_id, fields, stamps, field_revs, field_devices, rev, "  # noqa: S608
        "deleted, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    log_sql = f"INSERT INTO {CHANGE_LOG.name} (seq, kind, entity, entity_id, beat_id, at) VALUES (?, 'change', ?, ?, ?, ?)"  # noqa: S608, E501
    with hq.write() as writer:
        seq = writer.position
        cursor = writer.session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            for entity, spec in SPECS.items():
                names = sorted(ENTITY_FIELDS[entity])
                devices = dumps(dict.fromkeys(names, "demo"))
                columns = [spec.table.c.id, spec.table.c.deleted, *(spec.table.c[n] for n in names)]
                with store.read() as session:
                    rows = session.execute(select(*columns).order_by(spec.table.c.id)).all()
                records: list[tuple[Any, ...]] = []
                logs: list[tuple[Any, ...]] = []
                mine: list[tuple[int, str]] = []
                for row in rows:
                    seq += 1
                    fields = {n: wire_value(row[i + 2]) for i, n in enumerate(names)}
                    stamp = Hlc(stamp_ms, seq % 999_999, "demo").encode()
                    beat_id = str(fields["beat_id"])
                    owner = fields.get("owner_id") if entity == "dv_cases" else None
                    records.append(
                        (entity, row[0], beat_id, dumps(fields), dumps(dict.fromkeys(names, stamp)),
                         dumps(dict.fromkeys(names, seq)), devices, seq, int(bool(row[1])), owner, now, now)
                    )  # fmt: skip
                    logs.append((seq, entity, row[0], beat_id, now))
                    mine.append((seq, row[0]))
                cursor.executemany(record_sql, records)
                cursor.executemany(log_sql, logs)
                counts[entity], revs[entity] = len(records), mine
        finally:
            cursor.close()
        writer._state.seq = seq
        return counts, revs, seq


def _adopt(store: Database, revs: dict[str, list[tuple[int, str]]], position: int, token: str) -> None:
    """The laptop's rows take HQ's revisions and its cursor HQ's position: it is in step."""
    with store.write() as session:
        cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            for entity, pairs in revs.items():
                table = SPECS[entity].table.name
                cursor.executemany(f"UPDATE {table} SET server_rev = ? WHERE id = ?", pairs)  # noqa: S608
        finally:
            cursor.close()
        set_state(session, CURSOR_KEY, str(position))
        set_state(session, SNAPSHOT_KEY, None)
        set_state(session, LAST_RECONCILE_KEY, None)  # the first sync compares both sides once
        set_state(session, TOKEN_KEY, token)


def seed_from_store(folder: Path, store_path: Path, key: bytes | None, password: str) -> dict[str, int]:
    """A fresh HQ database in ``folder`` holding what the laptop store at ``store_path`` holds,
    and the store marked in step with it. Returns the records seeded per entity."""
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in ("hq.db", "hq.db-wal", "hq.db-shm", TOKEN_FILE):
        (folder / leftover).unlink(missing_ok=True)
    url = f"sqlite:///{folder / 'hq.db'}"
    migrate(url)
    hq = HqDatabase(url)
    store = open_database(store_path, key)
    try:
        _accounts(hq, store, password)
        counts, revs, position = _records(hq, store)
        token = uuid.uuid4().hex
        _adopt(store, revs, position, token)
        (folder / TOKEN_FILE).write_text(json.dumps({"token": token, "store": str(store_path)}))
    finally:
        store.close()
        hq.dispose()
    return counts


# --- serving ------------------------------------------------------------------------------------


def start_demo_hq(
    folder: Path, store_path: Path, key: bytes | None, password: str, *, echo: bool = True
) -> DemoHq:
    """Seed HQ from the laptop store when needed, then serve it on 127.0.0.1 (a free port)."""

    def say(text: str) -> None:
        if echo:
            print(text, flush=True)
        else:
            log.info("%s", text)

    seeded: dict[str, int] = {}
    store = open_database(store_path, key)
    try:
        fresh = needs_seeding(folder, store)
    finally:
        store.close()
    if fresh:
        started = time.perf_counter()
        say(f"Setting up the demo HQ from the demo beat in {folder} …")
        seeded = seed_from_store(folder, store_path, key, password)
        say(f"  {sum(seeded.values()):,} records in {time.perf_counter() - started:.1f} s")
    import uvicorn

    url = f"sqlite:///{folder / 'hq.db'}"
    migrate(url)
    db = HqDatabase(url)
    settings = Settings(database_url=url, secret=load_secret(folder), data_dir=folder)
    port = free_port()
    config = uvicorn.Config(create_app(settings, db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="demo-hq", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            db.dispose()
            raise RuntimeError("the demo HQ did not start")
        time.sleep(0.02)
    hq = DemoHq(f"http://127.0.0.1:{port}", folder, db, seeded, server, thread)
    say(f"Demo HQ running at {hq.url} (data in {folder})")
    return hq


# --- the demo laptop's side ---------------------------------------------------------------------


def start_for_demo(store_path: Path, password: str) -> DemoHq | None:
    """The demo's HQ beside the demo store (``<demo folder>/hq``); None, said on the console,
    when it cannot run (the laptop then works offline as usual)."""
    from inspector_desk.security.keyfile import KeyfileError, unlock_key

    try:
        key = unlock_key(store_path, password)
        return start_demo_hq(store_path.parent / "hq", store_path, key, password)
    except (KeyfileError, OSError, RuntimeError) as exc:
        print(f"The demo HQ could not start ({exc}); the demo works offline.", flush=True)
        return None


def connect(db: Database, hq_url: str, login: str, password: str) -> Any:
    """A sync engine for the demo store, signed in at the demo HQ with the laptop's login and
    password (the same accounts on both sides). A refusal is logged; the engine then shows
    "not signed in" and the Sync page offers to sign in."""
    from inspector_desk.sync.engine import device_id_of, engine_for
    from inspector_desk.sync.errors import SyncError

    # One keyring entry per demo laptop, whatever port the demo HQ got this time.
    engine = engine_for(db, hq_url, credentials_account=f"demo-hq#{device_id_of(db)}")
    try:
        engine.sign_in(login, password)
    except SyncError as exc:
        log.warning("demo HQ sign-in refused: %s (%s)", exc.message, exc.detail)
    return engine
