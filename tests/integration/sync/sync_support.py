"""The sync tests' world: a real HQ served by uvicorn on 127.0.0.1 (restartable), a fresh unit
with beats and accounts per test, and laptops: real encrypted client stores (copies of the
migrated template) signed in through a ``SyncEngine``; plus service writes and comparisons."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import select

from inspector_desk.hq import admin
from inspector_desk.hq.app import create_app
from inspector_desk.hq.config import Settings
from inspector_desk.hq.db import HqDatabase, migrate
from inspector_desk.hq.models import Record
from inspector_desk.services.accounts import actor_for
from inspector_desk.services.addresses import UNSET
from inspector_desk.services.base import Actor, wire_value
from inspector_desk.services.residents import (
    ResidentInput,
    ResidentUpdate,
    register_resident,
    update_resident,
)
from inspector_desk.store.db import Database, open_database
from inspector_desk.store.models import OutboxEntry, Resident, SyncConflict
from inspector_desk.sync.apply import SPECS
from inspector_desk.sync.credentials import CredentialStore
from inspector_desk.sync.engine import SyncEngine, SyncReport
from inspector_desk.sync.transport import Transport

PASSWORD = "Corr3ct-Horse-Battery"
TEST_KEY = bytes(range(32))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class HqServer:
    """HQ on uvicorn in a thread of this process; ``restart()`` stops and starts it on the same
    port and database (what a crash and restart of the server looks like to laptops)."""

    def __init__(self, backend: str, url: str, folder: Path) -> None:
        self.backend = backend
        self.url = url
        migrate(url)
        self.settings = Settings(
            database_url=url, secret="t" * 48, data_dir=folder, max_body_bytes=20_000_000
        )
        self.db = HqDatabase(url)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        app = create_app(self.settings, self.db)
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", backlog=4096)
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("HQ did not start")
            time.sleep(0.02)
        self._server, self._thread = server, thread

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(15)
        self._server = self._thread = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        self.db.dispose()


# --- organisation and laptops -----------------------------------------------------------------


class Laptop:
    """A laptop: an encrypted client store, signed in at HQ through a sync engine."""

    def __init__(self, path: Path, hq: HqServer, login: str, **engine_kw: Any) -> None:
        self.path = path
        self.hq = hq
        self.login = login
        self.db: Database = open_database(path, TEST_KEY)
        self.device_id = f"dev-{uuid.uuid4().hex[:16]}"
        self.credentials = CredentialStore(f"{hq.base_url}#{self.device_id}")
        self.transport = Transport(hq.base_url, self.device_id, self.credentials)
        self.engine = SyncEngine(self.db, self.transport, **engine_kw)
        self.me = self.engine.sign_in(login, PASSWORD)
        self.actor: Actor = actor_for(self.db, self.me.user_id, device_id=self.device_id)

    def sync(self, **kw: Any) -> SyncReport:
        return self.engine.sync_once(**kw)

    def refresh_actor(self) -> Actor:
        self.actor = actor_for(self.db, self.me.user_id, device_id=self.device_id)
        return self.actor

    def close(self) -> None:
        self.transport.close()
        self.db.close()


@dataclass
class Org:
    """A fresh unit at HQ: beats A and B; inspectors a and a2 on beat A, b on beat B; supervisor s."""

    hq: HqServer
    tag: str
    folder: Path
    template: Path
    beat_a: str
    beat_b: str
    a: str
    a2: str
    b: str
    s: str
    laptops: list[Laptop] = field(default_factory=list)

    def laptop(self, login: str, **engine_kw: Any) -> Laptop:
        path = self.folder / f"{login}-{len(self.laptops)}.db"
        shutil.copyfile(self.template, path)
        lap = Laptop(path, self.hq, login, **engine_kw)
        self.laptops.append(lap)
        return lap


def make_org(hq: HqServer, folder: Path, template: Path) -> Org:
    tag = uuid.uuid4().hex[:8]
    db = hq.db
    unit = f"unit-{tag}"
    admin.create_unit(db, unit)
    beat_a = admin.create_beat(db, f"A-{tag}", "Beat A", unit)
    beat_b = admin.create_beat(db, f"B-{tag}", "Beat B", unit)
    for login, role in ((f"a-{tag}", "inspector"), (f"a2-{tag}", "inspector"), (f"b-{tag}", "inspector")):
        admin.create_user(db, login, f"Inspector {login}", role, PASSWORD, unit)
    admin.create_user(db, f"s-{tag}", "Supervisor", "supervisor", PASSWORD, unit)
    admin.assign_beat(db, f"a-{tag}", f"A-{tag}")
    admin.assign_beat(db, f"a2-{tag}", f"A-{tag}")
    admin.assign_beat(db, f"b-{tag}", f"B-{tag}")
    return Org(hq, tag, folder, template, beat_a, beat_b, f"a-{tag}", f"a2-{tag}", f"b-{tag}", f"s-{tag}")


# --- writes and comparisons ---------------------------------------------------------------


def add_resident(lap: Laptop, beat_id: str, last: str = "Abenov", first: str = "Arman", **kw: Any) -> str:
    return register_resident(
        lap.db, lap.actor, ResidentInput(beat_id=beat_id, last_name=last, first_name=first, **kw)
    ).record.id


def edit_resident(lap: Laptop, rid: str, **kw: Any) -> None:
    update_resident(lap.db, lap.actor, rid, ResidentUpdate(**{k: kw.get(k, UNSET) for k in kw}))


def notes_conflict(org: Org, one_notes: str, two_notes: str, *names: str) -> tuple[Laptop, Laptop, str]:
    """Two laptops of beat A edit the notes of the same resident; two's edit is the later. After both
    synced, HQ shows two's notes and one's wait in a conflict. Returns (one, two, the resident's id)."""
    one, two = org.laptop(org.a), org.laptop(org.a2)
    rid = add_resident(one, org.beat_a, *names)
    one.sync()
    two.sync()
    two.refresh_actor()
    edit_resident(one, rid, notes=one_notes)
    edit_resident(two, rid, notes=two_notes)
    one.sync()
    two.sync()
    return one, two, rid


def resident(lap: Laptop, rid: str) -> Resident | None:
    with lap.db.read() as s:
        return s.get(Resident, rid)


def pending(lap: Laptop) -> int:
    with lap.db.read() as s:
        return len(s.scalars(select(OutboxEntry.seq).where(OutboxEntry.pushed_at.is_(None))).all())


def local_conflicts(lap: Laptop) -> list[SyncConflict]:
    with lap.db.read() as s:
        return list(s.scalars(select(SyncConflict).order_by(SyncConflict.id)))


def local_state(lap: Laptop, entity: str = "residents") -> dict[str, dict[str, Any]]:
    """id -> synced fields as wire values, of every local row of ``entity``."""
    spec = SPECS[entity]
    with lap.db.read() as s:
        rows = s.execute(select(spec.table)).mappings().all()
        return {r["id"]: {f: wire_value(r[f]) for f in spec.fields} for r in rows}


def hq_state(hq: HqServer, entity: str, beats: set[str]) -> dict[str, dict[str, Any]]:
    with hq.db.read() as s:
        rows = s.scalars(select(Record).where(Record.entity == entity, Record.beat_id.in_(sorted(beats))))
        return {r.id: {f: r.fields.get(f) for f in SPECS[entity].fields} for r in rows}


def letters(n: int) -> str:
    """A name made of letters for the number ``n`` (names may not hold digits)."""
    out = ""
    n += 26
    while n:
        n, r = divmod(n, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
    return out.capitalize()
