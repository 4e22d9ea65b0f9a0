"""Sync benchmark, with HQ on SQLite and on PostgreSQL (127.0.0.1:5432), HQ as its own process
on loopback (``python -m inspector_desk.hq serve``; two uvicorn workers on PostgreSQL):

* bootstrap: a beat of 15,000 residents, 50,000 visits and 500 DV cases into an empty encrypted
  client (snapshot, derived columns, cursor) — target <= 5 s;
* incremental: 1,000 local edits pushed and 1,000 remote changes pulled in one sync — <= 1 s;
* shift start: 500 simulated laptops (protocol clients, no local store) syncing at once, each
  pushing 10 changes and pulling to the end — syncs/s and p95 latency, target p95 <= 2 s, no errors.

HQ is seeded straight through its store (records and change log in bulk, then ANALYZE, as
autovacuum would). Run: ``.venv/bin/python bench/sync.py`` (``--quick`` for a small smoke run,
``--backends sqlite`` or ``postgresql``, ``--parts bootstrap`` or ``shift`` for one half). The
last line printed is a JSON object with every figure and whether each target was met. The
machine's load matters a great deal: report it (``uptime``) with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import jwt
import psycopg
from sqlalchemy import Table, insert, select

from inspector_desk.domain.hlc import Hlc
from inspector_desk.hq import admin
from inspector_desk.hq.auth import hash_password
from inspector_desk.hq.db import HqDatabase, migrate
from inspector_desk.hq.models import Beat, BeatAssignment, ChangeLogEntry, Device, Record, User
from inspector_desk.hq.pull import position
from inspector_desk.services.accounts import actor_for
from inspector_desk.services.residents import ResidentUpdate, update_resident
from inspector_desk.store.db import open_database
from inspector_desk.store.models import Resident
from inspector_desk.sync.credentials import CredentialStore
from inspector_desk.sync.engine import SyncEngine
from inspector_desk.sync.protocol import VERSION_HEADER, Change, PushRequest, SnapshotRequest
from inspector_desk.sync.transport import Transport

TARGETS = {"bootstrap_s": 5.0, "incremental_s": 1.0, "shift_p95_s": 2.0}
PASSWORD = "Bench-Passw0rd!"
SECRET = "b" * 48
ROOT = Path(__file__).resolve().parent.parent
RECORDS: Table = Record.__table__  # type: ignore[assignment]
CHANGE_LOG: Table = ChangeLogEntry.__table__  # type: ignore[assignment]


class MemoryBackend:
    """The benchmark keeps refresh tokens in memory (no OS keyring involved)."""

    priority = 0

    def get_password(self, service: str, username: str) -> None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- HQ --------------------------------------------------------------------------------------------


def pg_database(name: str) -> str:
    for user in ("postgres", os.environ.get("USER", "postgres")):
        conninfo = f"host=127.0.0.1 port=5432 user={user} dbname=postgres connect_timeout=5"
        try:
            with psycopg.connect(conninfo, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')
            return f"postgresql+psycopg://{user}@127.0.0.1:5432/{name}"
        except psycopg.Error:
            continue
    raise SystemExit("PostgreSQL at 127.0.0.1:5432 is needed for the PostgreSQL half of the benchmark")


def start_hq(url: str, folder: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "INSPECTOR_HQ_SECRET": SECRET, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "inspector_desk.hq", "--database-url", url, "--data-dir", str(folder)]
    cmd += ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/v1/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("HQ did not start")


def _stamp(seq: int) -> str:
    return Hlc(now_ms() - 86_400_000, seq % 999_999, "seed").encode()


def resident_fields(beat: str, i: int) -> dict[str, Any]:
    return {
        "household_id": None,
        "iin": None,
        "last_name": random.choice(("Ахметов", "Иванов", "Сейткали", "Нурланов", "Ким", "Омаров")),
        "first_name": random.choice(("Ерлан", "Асель", "Данияр", "Мария", "Айгерим", "Болат")),
        "middle_name": None,
        "birth_date": (date(1950, 1, 1) + timedelta(days=i % 20000)).isoformat(),
        "sex": "M" if i % 2 else "F",
        "phones": [f"+7701{i:07d}"],
        "notes": None,
        "deleted": False,
        "void_reason": None,
        "beat_id": beat,
    }


def visit_fields(beat: str, resident_id: str, i: int) -> dict[str, Any]:
    return {
        "kind": "prevention",
        "topic": None,
        "visited_at": (datetime(2025, 1, 1) + timedelta(minutes=37 * i)).isoformat(),
        "resident_id": resident_id,
        "household_id": None,
        "dv_case_id": None,
        "outcome": "met",
        "notes": "checked the flat",
        "officer_id": "officer",
        "deleted": False,
        "void_reason": None,
        "beat_id": beat,
    }


def case_fields(beat: str, victim: str, offender: str, i: int) -> dict[str, Any]:
    return {
        "number": f"DV-2025-{i:04d}",
        "victim_id": victim,
        "offender_id": offender,
        "household_id": None,
        "owner_id": "officer",
        "status": "open",
        "opened_on": "2025-03-01",
        "summary": "family conflict",
        "closure_state": None,
        "closure_reason": None,
        "closure_requested_by": None,
        "closure_requested_at": None,
        "closure_decided_by": None,
        "closure_decided_at": None,
        "closure_decision_note": None,
        "closed_on": None,
        "deleted": False,
        "void_reason": None,
        "beat_id": beat,
    }


def seed_records(db: HqDatabase, items: list[tuple[str, str, str, dict[str, Any]]]) -> int:
    """Insert (entity, id, beat, fields) as HQ records with change-log entries; returns position."""
    with db.write() as writer:
        seq = writer.position
        now = datetime.utcnow()
        records, logs = [], []
        for entity, rid, beat, fields in items:
            seq += 1
            stamp = _stamp(seq)
            records.append(
                {
                    "entity": entity,
                    "id": rid,
                    "beat_id": beat,
                    "fields": fields,
                    "stamps": dict.fromkeys(fields, stamp),
                    "field_revs": dict.fromkeys(fields, seq),
                    "field_devices": dict.fromkeys(fields, "seed"),
                    "rev": seq,
                    "deleted": False,
                    "owner_id": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            logs.append(
                {"seq": seq, "kind": "change", "entity": entity, "entity_id": rid, "beat_id": beat, "at": now}
            )
        for start in range(0, len(records), 5000):
            writer.session.execute(insert(RECORDS), records[start : start + 5000])
            writer.session.execute(insert(CHANGE_LOG), logs[start : start + 5000])
        writer._state.seq = seq
    # A real HQ has planner statistics (autovacuum analyses a table after bulk changes within a
    # minute); without them PostgreSQL misjudges a beat's size right after the seeding.
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE records" if db.is_sqlite else "ANALYZE records, change_log")
        conn.commit()
    return seq


def seed_beat(db: HqDatabase, beat: str, residents: int, visits: int, cases: int) -> int:
    ids = [str(uuid.uuid4()) for _ in range(residents)]
    items: list[tuple[str, str, str, dict[str, Any]]] = [
        ("residents", rid, beat, resident_fields(beat, i)) for i, rid in enumerate(ids)
    ]
    items += [
        ("visits", str(uuid.uuid4()), beat, visit_fields(beat, ids[i % residents], i)) for i in range(visits)
    ]
    items += [
        ("dv_cases", str(uuid.uuid4()), beat, case_fields(beat, ids[2 * i], ids[2 * i + 1], i))
        for i in range(cases)
    ]
    return seed_records(db, items)


# --- bootstrap and incremental ---------------------------------------------------------------------


def laptop(base: str, folder: Path, login: str) -> tuple[SyncEngine, Any]:
    path = folder / f"{login}-{uuid.uuid4().hex[:6]}.db"
    db = open_database(path, secrets.token_bytes(32))
    device = f"bench-{uuid.uuid4().hex[:12]}"
    transport = Transport(base, device, CredentialStore(device, backend=MemoryBackend()))  # type: ignore[arg-type]
    engine = SyncEngine(db, transport, pull_page=5000)
    engine.sign_in(login, PASSWORD)
    return engine, db


def bootstrap_and_incremental(
    base: str, db: HqDatabase, beat: str, folder: Path, n: dict[str, int]
) -> dict[str, Any]:
    seed_beat(db, beat, n["residents"], n["visits"], n["cases"])
    engine, local = laptop(base, folder, "insp")
    t0 = time.perf_counter()
    report = engine.sync_once(reconcile=False)
    boot = time.perf_counter() - t0
    records = report.pulled
    out: dict[str, Any] = {"bootstrap_s": round(boot, 3), "bootstrap_records": records}
    # HQ alone serving the same pages (measured after, so the bootstrap ran on a cold cache).
    out["hq_snapshot_serve_s"] = round(snapshot_serve_time(base), 3)
    out["bootstrap_records_per_s"] = round(records / boot)
    t0 = time.perf_counter()
    engine.sync_once(reconcile=True)
    out["reconcile_s"] = round(time.perf_counter() - t0, 3)

    # 1,000 local edits through the services, 1,000 remote changes by another device.
    with local.read() as s:
        ids = list(s.scalars(select(Resident.id).limit(2 * n["edits"])))
    me = engine.status().user_id
    assert me is not None
    actor = actor_for(local, me, device_id=engine.device_id)
    for rid in ids[: n["edits"]]:
        update_resident(local, actor, rid, ResidentUpdate(notes="seen at the evening round"))
    remote_changes(base, db, beat, ids[n["edits"] :])
    pushing = 0.0
    real_push = engine.transport.push

    def timed_push(request: PushRequest) -> Any:
        nonlocal pushing
        started = time.perf_counter()
        try:
            return real_push(request)
        finally:
            pushing += time.perf_counter() - started

    engine.transport.push = timed_push  # type: ignore[method-assign]
    t0 = time.perf_counter()
    report = engine.sync_once(reconcile=False)
    out["incremental_s"] = round(time.perf_counter() - t0, 3)
    out["incremental_hq_push_s"] = round(pushing, 3)
    out["incremental_pushed"] = report.pushed
    out["incremental_pulled"] = report.pulled
    local.close()
    return out


def snapshot_serve_time(base: str) -> float:
    """HQ alone: every snapshot page of the beat fetched and parsed, nothing applied."""
    device = f"bench-{uuid.uuid4().hex[:12]}"
    transport = Transport(base, device, CredentialStore(device, backend=MemoryBackend()))  # type: ignore[arg-type]
    transport.login("insp2", PASSWORD)
    t0 = time.perf_counter()
    position, after, more = None, None, True
    while more:
        page = transport.snapshot(SnapshotRequest(protocol=1, position=position, after=after, limit=5000))
        position, after, more = page.position, page.next, page.has_more
    transport.close()
    return time.perf_counter() - t0


def remote_changes(base: str, db: HqDatabase, beat: str, ids: list[str]) -> None:
    """Another inspector's laptop edits ``ids`` (pushed over HTTP, on the revisions HQ has)."""
    with db.read() as s:
        revs = dict(
            s.execute(
                select(Record.id, Record.rev).where(Record.entity == "residents", Record.id.in_(ids))
            ).all()
        )
    device = f"bench-{uuid.uuid4().hex[:12]}"
    transport = Transport(base, device, CredentialStore(device, backend=MemoryBackend()))  # type: ignore[arg-type]
    transport.login("insp2", PASSWORD)
    stamp = Hlc(now_ms(), 0, device).encode()
    changes = [
        Change(
            change_id=str(uuid.uuid4()),
            entity="residents",
            entity_id=rid,
            beat_id=beat,
            op="update",
            fields={"notes": "changed on another laptop"},
            stamps={"notes": stamp},
            base_rev=revs[rid],
        )
        for rid in ids
    ]
    for start in range(0, len(changes), 500):
        transport.push(
            PushRequest(
                protocol=1, device_id=device, client_time_ms=now_ms(), changes=changes[start : start + 500]
            )
        )
    transport.close()


# --- shift start: many laptops at once -------------------------------------------------------------


def seed_laptops(db: HqDatabase, unit_id: str, count: int) -> list[tuple[str, str, str]]:
    """``count`` inspectors, each with a beat and a device; returns (user, device, beat)."""
    pw = hash_password(PASSWORD)
    now = datetime.utcnow()
    rows = []
    with db.write() as writer:
        s = writer.session
        tag = uuid.uuid4().hex[:6]
        for i in range(count):
            uid, did, bid = str(uuid.uuid4()), f"sim-{tag}-{i:04d}", str(uuid.uuid4())
            s.add(Beat(id=bid, code=f"S{tag}-{i:04d}", name=f"Sim {i}", unit_id=unit_id, created_at=now))
            s.add(
                User(
                    id=uid,
                    login=f"sim-{tag}-{i}",
                    full_name="Sim",
                    role="inspector",
                    unit_id=unit_id,
                    password_hash=pw,
                    failed_attempts=0,
                    revoked=False,
                    created_at=now,
                )
            )
            rows.append((uid, did, bid))
        s.flush()
        for uid, did, bid in rows:
            s.add(BeatAssignment(user_id=uid, beat_id=bid))
            s.add(Device(id=did, user_id=uid, name="sim", revoked=False, created_at=now))
    return rows


def token(user_id: str, device_id: str) -> str:
    issued = int(time.time())
    claims = {
        "sub": user_id,
        "role": "inspector",
        "dev": device_id,
        "iat": issued,
        "exp": issued + 3600,
        "jti": "b",
    }
    return jwt.encode(claims, SECRET, algorithm="HS256")


class Wire:
    """A minimal HTTP/1.1 client on one kept-alive connection: the 500 simulated laptops share
    one Python process, and httpx's async client costs more CPU there than HQ spends answering
    (the figures would measure the simulator). The requests are byte for byte what a laptop
    sends; only the client is lighter."""

    def __init__(self, host: str, port: int, headers: dict[str, str]) -> None:
        self.host, self.port = host, port
        self.head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def post(self, path: str, body: bytes) -> tuple[int, bytes]:
        # Like the real client (Transport): one retry when a kept-alive connection was closed.
        try:
            return await self._post(path, body)
        except (ConnectionError, asyncio.IncompleteReadError):
            await self.close()
            return await self._post(path, body)

    async def _post(self, path: str, body: bytes) -> tuple[int, bytes]:
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        writer.write(
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n{self.head}\r\n".encode()
            + body
        )
        await writer.drain()
        status = int((await reader.readuntil(b"\r\n")).split()[1])
        length = 0
        while (line := await reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
            elif name.strip().lower() == b"transfer-encoding":
                raise ConnectionError("chunked answers are not expected from HQ")
        return status, await reader.readexactly(length)

    async def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def one_laptop(
    base: str, user: str, device: str, beat: str, cursor: str, start: asyncio.Event
) -> tuple[float, str | None]:
    host, port = base.removeprefix("http://").split(":")
    wire = Wire(host, int(port), {VERSION_HEADER: "1", "Authorization": f"Bearer {token(user, device)}"})
    changes = []
    for _ in range(10):
        rid = str(uuid.uuid4())
        fields = resident_fields(beat, random.randrange(10_000))
        changes.append(
            {
                "change_id": str(uuid.uuid4()),
                "entity": "residents",
                "entity_id": rid,
                "beat_id": beat,
                "op": "insert",
                "fields": fields,
                "stamps": dict.fromkeys(fields, Hlc(now_ms(), 0, device).encode()),
            }
        )
    await start.wait()
    t0 = time.perf_counter()
    try:
        body = {"device_id": device, "client_time_ms": now_ms(), "changes": changes}
        status, _ = await wire.post("/v1/sync/push", json.dumps(body).encode())
        if status != 200:
            return time.perf_counter() - t0, f"push {status}"
        more = True
        while more:
            status, answer = await wire.post(
                "/v1/sync/pull", json.dumps({"cursor": cursor, "limit": 1000}).encode()
            )
            if status != 200:
                return time.perf_counter() - t0, f"pull {status}"
            page = json.loads(answer)
            cursor, more = page["cursor"], page["has_more"]
    except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
        return time.perf_counter() - t0, type(exc).__name__
    finally:
        await wire.close()
    return time.perf_counter() - t0, None


async def shift_start(base: str, laptops: list[tuple[str, str, str]], cursor: str) -> dict[str, Any]:
    start = asyncio.Event()
    tasks = [asyncio.create_task(one_laptop(base, u, d, b, cursor, start)) for u, d, b in laptops]
    await asyncio.sleep(0.2)
    t0 = time.perf_counter()
    start.set()
    results = await asyncio.gather(*tasks)
    wall = time.perf_counter() - t0
    latencies = sorted(r[0] for r in results)
    errors = [r[1] for r in results if r[1] is not None]
    return {
        "laptops": len(laptops),
        "wall_s": round(wall, 3),
        "syncs_per_s": round(len(laptops) / wall, 1),
        "p50_s": round(statistics.median(latencies), 3),
        "p95_s": round(latencies[int(0.95 * (len(latencies) - 1))], 3),
        "max_s": round(latencies[-1], 3),
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
    }


# --- main ------------------------------------------------------------------------------------------


def run_backend(backend: str, n: dict[str, int], folder: Path, parts: set[str]) -> dict[str, Any]:
    name = f"inspector_sync_bench_{os.getpid()}"
    url = f"sqlite:///{folder / 'hq.db'}" if backend == "sqlite" else pg_database(name)
    migrate(url)
    db = HqDatabase(url)
    unit = admin.create_unit(db, "Bench unit")
    beat = admin.create_beat(db, "BENCH-1", "Bench beat", "Bench unit")
    for login in ("insp", "insp2"):
        admin.create_user(db, login, "Bench inspector", "inspector", PASSWORD, "Bench unit")
        admin.assign_beat(db, login, "BENCH-1")
    proc, base = start_hq(url, folder, workers=1 if backend == "sqlite" else 2)
    try:
        result: dict[str, Any] = {"backend": backend}
        met: dict[str, bool] = {}
        if "bootstrap" in parts:
            result.update(bootstrap_and_incremental(base, db, beat, folder, n))
            met["bootstrap"] = result["bootstrap_s"] <= TARGETS["bootstrap_s"]
            met["incremental"] = result["incremental_s"] <= TARGETS["incremental_s"]
        if "shift" in parts:
            sims = seed_laptops(db, unit, n["laptops"])
            with db.read() as s:
                cursor = str(position(s))
            cpu = time.process_time()
            shift = result["shift_start"] = asyncio.run(shift_start(base, sims, cursor))
            # The simulated laptops share one Python process: its CPU time shows whether the
            # figures measure HQ or the simulator.
            shift["simulator_cpu_s"] = round(time.process_time() - cpu, 3)
            met["shift_start"] = shift["p95_s"] <= TARGETS["shift_p95_s"] and shift["errors"] == 0
        result["targets_met"] = met
        return result
    finally:
        proc.terminate()
        proc.wait(20)
        db.dispose()
        if backend == "postgresql":
            with psycopg.connect(
                "host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True
            ) as c:
                c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--quick", action="store_true", help="small numbers, for a smoke run")
    parser.add_argument(
        "--parts", default="bootstrap,shift", help="bootstrap (with incremental) and/or shift (start)"
    )
    args = parser.parse_args(argv)
    parts = set(args.parts.split(","))
    random.seed(7)
    n = {"residents": 15_000, "visits": 50_000, "cases": 500, "edits": 1_000, "laptops": 500}
    if args.quick:
        n = {"residents": 600, "visits": 2_000, "cases": 20, "edits": 50, "laptops": 20}
    results: dict[str, Any] = {"targets": TARGETS, "sizes": n}
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory(prefix=f"sync-bench-{backend}-") as tmp:
            print(f"{backend}: running", file=sys.stderr, flush=True)
            results[backend] = run_backend(backend, n, Path(tmp), parts)
            print(json.dumps(results[backend]), file=sys.stderr, flush=True)
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
