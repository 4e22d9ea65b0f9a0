"""A real HQ for the integration tests: uvicorn on 127.0.0.1 on a free port, talked to over HTTP
with httpx, once on an SQLite file and once on the PostgreSQL at 127.0.0.1:5432 (a fresh database
per test session, dropped at the end; no PostgreSQL is a failure, never a skip)."""

from __future__ import annotations

import getpass
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import uvicorn

from inspector_desk.domain.hlc import Hlc
from inspector_desk.hq import admin
from inspector_desk.hq.app import create_app
from inspector_desk.hq.config import Settings
from inspector_desk.hq.db import HqDatabase, migrate
from inspector_desk.sync.protocol import PROTOCOL_VERSION, VERSION_HEADER

PASSWORD = "Corr3ct-Horse-Battery"
PG_HOST = os.environ.get("INSPECTOR_TEST_PG_HOST", "127.0.0.1")


def _pg_admin_conninfo() -> str:
    last: Exception | None = None
    for user in ("postgres", getpass.getuser()):
        conninfo = f"host={PG_HOST} port=5432 user={user} dbname=postgres connect_timeout=5"
        try:
            with psycopg.connect(conninfo):
                return conninfo
        except psycopg.Error as exc:
            last = exc
    raise RuntimeError(f"PostgreSQL at {PG_HOST}:5432 is required for the HQ tests: {last}")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    conninfo = _pg_admin_conninfo()
    name = f"inspector_hq_test_{os.getpid()}"
    user = conninfo.split("user=")[1].split()[0]
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://{user}@{PG_HOST}:5432/{name}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Hq:
    backend: str
    base_url: str
    db: HqDatabase
    settings: Settings


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def hq(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hq]:
    folder = tmp_path_factory.mktemp(f"hq-{request.param}")
    url = f"sqlite:///{folder / 'hq.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    migrate(url)
    settings = Settings(database_url=url, secret="t" * 48, data_dir=Path(folder), max_body_bytes=2_000_000)
    db = HqDatabase(url)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("HQ did not start")
        time.sleep(0.02)
    yield Hq(request.param, f"http://127.0.0.1:{port}", db, settings)
    server.should_exit = True
    thread.join(10)
    db.dispose()


def stamp(offset_ms: int = 0, node: str = "dev") -> str:
    return Hlc(time.time_ns() // 1_000_000 + offset_ms, 0, node).encode()


def change(
    entity: str,
    entity_id: str,
    beat_id: str,
    fields: dict[str, Any],
    *,
    op: str = "update",
    base_rev: int = 0,
    at: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    when = at or stamp()
    return {
        "change_id": str(uuid.uuid4()),
        "entity": entity,
        "entity_id": entity_id,
        "beat_id": beat_id,
        "op": op,
        "fields": fields,
        "stamps": dict.fromkeys(fields, when),
        "base_rev": base_rev,
        **extra,
    }


def resident_fields(beat_id: str, last_name: str = "Abenov", **more: Any) -> dict[str, Any]:
    return {
        "household_id": None,
        "iin": None,
        "last_name": last_name,
        "first_name": "Arman",
        "middle_name": None,
        "birth_date": "1980-01-02",
        "sex": "M",
        "phones": [],
        "notes": None,
        "deleted": False,
        "void_reason": None,
        "beat_id": beat_id,
        **more,
    }


class Laptop:
    """One signed-in device talking to HQ over HTTP."""

    def __init__(self, hq: Hq, login: str, password: str = PASSWORD, device_id: str | None = None) -> None:
        self.hq = hq
        self.device_id = device_id or f"dev-{uuid.uuid4().hex[:12]}"
        self.http = httpx.Client(
            base_url=hq.base_url, timeout=30, headers={VERSION_HEADER: str(PROTOCOL_VERSION)}
        )
        self.clock_offset_ms = 0
        self.cursor: str | None = None
        r = self.http.post(
            "/v1/auth/login", json={"login": login, "password": password, "device_id": self.device_id}
        )
        assert r.status_code == 200, r.text
        self.tokens = r.json()
        self.http.headers["Authorization"] = f"Bearer {self.tokens['access_token']}"

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.http.post(path, json=body)

    def push(self, changes: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        r = self.push_raw(changes, **extra)
        assert r.status_code == 200, r.text
        return r.json()

    def push_raw(self, changes: list[dict[str, Any]], **extra: Any) -> httpx.Response:
        body = {
            "device_id": self.device_id,
            "client_time_ms": time.time_ns() // 1_000_000 + self.clock_offset_ms,
            "changes": changes,
            **extra,
        }
        return self.post("/v1/sync/push", body)

    def pull(self, limit: int = 500, cursor: str | None = None) -> dict[str, Any]:
        r = self.post(
            "/v1/sync/pull", {"cursor": cursor if cursor is not None else self.cursor, "limit": limit}
        )
        assert r.status_code == 200, r.text
        return r.json()

    def pull_all(self, limit: int = 500) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        while True:
            page = self.pull(limit)
            items.extend(page["items"])
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return items

    def close(self) -> None:
        self.http.close()


@dataclass
class Org:
    """A fresh unit with beats A and B, inspectors a (beat A) and b (beat B), supervisor s."""

    hq: Hq
    tag: str
    unit_id: str
    beat_a: str
    beat_b: str
    a: str
    b: str
    s: str
    laptops: list[Laptop] = field(default_factory=list)

    def laptop(self, login: str, **kw: Any) -> Laptop:
        lap = Laptop(self.hq, login, **kw)
        self.laptops.append(lap)
        return lap


@pytest.fixture
def org(hq: Hq) -> Iterator[Org]:
    tag = uuid.uuid4().hex[:8]
    db = hq.db
    unit = admin.create_unit(db, f"unit-{tag}")
    beat_a = admin.create_beat(db, f"A-{tag}", "Beat A", f"unit-{tag}")
    beat_b = admin.create_beat(db, f"B-{tag}", "Beat B", f"unit-{tag}")
    admin.create_user(db, f"a-{tag}", "Inspector A", "inspector", PASSWORD, f"unit-{tag}")
    admin.create_user(db, f"b-{tag}", "Inspector B", "inspector", PASSWORD, f"unit-{tag}")
    admin.create_user(db, f"s-{tag}", "Supervisor S", "supervisor", PASSWORD, f"unit-{tag}")
    admin.assign_beat(db, f"a-{tag}", f"A-{tag}")
    admin.assign_beat(db, f"b-{tag}", f"B-{tag}")
    result = Org(hq, tag, unit, beat_a, beat_b, f"a-{tag}", f"b-{tag}", f"s-{tag}")
    yield result
    for lap in result.laptops:
        lap.close()
