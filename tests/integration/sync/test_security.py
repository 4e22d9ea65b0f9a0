"""Attacks on HQ through the same HTTP a laptop uses: forged, expired and revoked tokens,
another beat's data by id, tampered payloads; and schemathesis over HQ's OpenAPI (no 5xx).
Each refusal is a 4xx with a message, and HQ's data is unchanged."""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx
import jwt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from sqlalchemy import func, select
from sync_support import HqServer, Org, add_resident, resident

from inspector_desk.domain.hlc import Hlc
from inspector_desk.hq.models import AppliedChange, ChangeLogEntry, Record
from inspector_desk.sync.protocol import VERSION_HEADER


def fingerprint(hq: HqServer) -> tuple[int, int, int]:
    with hq.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Record)) or 0,
            s.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0,
            s.scalar(select(func.count()).select_from(AppliedChange)) or 0,
        )


def stamp() -> str:
    return Hlc(time.time_ns() // 1_000_000, 0, "dev").encode()


def push_body(device_id: str, beat: str, fields: dict[str, Any], **change: Any) -> dict[str, Any]:
    return {
        "device_id": device_id,
        "client_time_ms": time.time_ns() // 1_000_000,
        "changes": [
            {
                "change_id": str(uuid.uuid4()),
                "entity": "residents",
                "entity_id": str(uuid.uuid4()),
                "beat_id": beat,
                "op": "update",
                "fields": fields,
                "stamps": dict.fromkeys(fields, stamp()),
                **change,
            }
        ],
    }


def test_tokens_and_tampered_payloads_get_4xx_and_change_nothing(org: Org) -> None:
    lap = org.laptop(org.a)
    rid = add_resident(lap, org.beat_a, "Target")
    lap.sync()
    other = org.laptop(org.b)
    theirs = add_resident(other, org.beat_b, "Secret")
    other.sync()
    lap.transport.refresh()
    access = lap.transport._access
    assert access is not None
    http = httpx.Client(base_url=org.hq.base_url, headers={VERSION_HEADER: "1"})
    before = fingerprint(org.hq)
    claims = jwt.decode(access, options={"verify_signature": False})
    expired = jwt.encode({**claims, "exp": int(time.time()) - 10}, org.hq.settings.secret, algorithm="HS256")
    forged = jwt.encode({**claims, "exp": int(time.time()) + 600}, "x" * 48, algorithm="HS256")
    body = push_body(lap.device_id, org.beat_a, {"notes": "evil"}, entity_id=rid, base_rev=0)
    for token, error in ((expired, "token_expired"), (forged, "invalid_token"), ("garbage", "invalid_token")):
        r = http.post("/v1/sync/push", json=body, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, r.text
        assert r.json()["error"] == error
        assert r.json()["message"]
    auth = {"Authorization": f"Bearer {access}"}
    big = "x" * 25_000
    tampered: list[dict[str, Any]] = [
        push_body(lap.device_id, org.beat_a, {"notes": big}, entity_id=rid),  # huge string
        push_body(lap.device_id, org.beat_a, {"notes": "x"}, entity_id=rid, evil=1),  # unknown field
        push_body(lap.device_id, org.beat_a, {"password_hash": "x"}, entity_id=rid),  # unknown column
        push_body(lap.device_id, org.beat_a, {"notes": "x"}, entity_id="1'; DROP TABLE records; --"),
        push_body(lap.device_id, org.beat_a, {"notes": "x"}, entity_id=rid, base_rev="many"),  # wrong type
        push_body(lap.device_id, org.beat_a, {"notes": "x"}, entity_id=rid, op="delete"),
        {**push_body(lap.device_id, org.beat_a, {"notes": "x"}, entity_id=rid), "client_time_ms": "now"},
        {"device_id": "other-device-123", "client_time_ms": 1, "changes": []},  # someone else's device
    ]
    for payload in tampered:
        r = http.post("/v1/sync/push", json=payload, headers=auth)
        assert 400 <= r.status_code < 500, (payload, r.text)
        assert r.json()["message"]
    for path, payload in (
        ("/v1/sync/pull", {"cursor": "1' OR '1'='1", "limit": 10}),
        ("/v1/sync/pull", {"cursor": None, "limit": 10**9}),
        ("/v1/sync/fetch", {"entity": "users", "ids": [rid]}),
        ("/v1/sync/snapshot", {"position": 10**12}),
    ):
        r = http.post(path, json=payload, headers=auth)
        assert 400 <= r.status_code < 500, (path, r.text)
    r = http.post("/v1/sync/push", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 400
    # Another beat's record by id answers like an unknown id: an eviction, no data.
    r = http.post("/v1/sync/fetch", json={"entity": "residents", "ids": [theirs]}, headers=auth)
    assert r.json()["items"] == [{"kind": "evict", "entity": "residents", "id": theirs}]
    assert fingerprint(org.hq) == before
    # SQL in a text value is just text, stored and served verbatim.
    lap.sync()
    from sync_support import edit_resident

    edit_resident(lap, rid, notes="'); DROP TABLE records; --")
    lap.sync()
    with org.hq.db.read() as s:
        rec = s.get(Record, ("residents", rid))
        assert rec is not None
        assert rec.fields["notes"] == "'); DROP TABLE records; --"
    row = resident(lap, rid)
    assert row is not None
    http.close()


def test_an_expired_access_token_is_refreshed_by_the_client(org: Org) -> None:
    lap = org.laptop(org.a)
    access = lap.transport._access
    assert access is not None
    claims = jwt.decode(access, options={"verify_signature": False})
    lap.transport._access = jwt.encode(
        {**claims, "exp": int(time.time()) - 10}, org.hq.settings.secret, algorithm="HS256"
    )
    old_refresh = lap.credentials.load()
    add_resident(lap, org.beat_a)
    assert lap.sync().pushed == 1
    assert lap.credentials.load() != old_refresh  # rotated and stored again


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_schemathesis_finds_no_5xx(org: Org, mode: str) -> None:
    import schemathesis
    from schemathesis.openapi import from_dict

    generation = schemathesis.GenerationMode(mode)
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a)
    lap.sync()
    lap.transport.refresh()
    headers = {VERSION_HEADER: "1", "Authorization": f"Bearer {lap.transport._access}"}
    openapi = httpx.get(f"{org.hq.base_url}/openapi.json").json()
    schema = from_dict(openapi)
    operations = [result.ok() for result in schema.get_all_operations()]
    failures: list[str] = []
    deadline = time.monotonic() + 25
    for operation in operations:
        if operation.path in ("/v1/auth/login",):
            continue  # random logins would only exercise the rate limiter and Argon2 (slow)

        @settings(
            max_examples=12,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=generation), _=st.none())
        def call(case: Any, _: None) -> None:
            if time.monotonic() > deadline:
                return
            response = case.call(base_url=org.hq.base_url, headers=headers, timeout=10)
            if response.status_code >= 500:
                where = f"{case.method} {case.path}"
                failures.append(f"{where}: {response.status_code} {response.text[:200]}")

        try:
            call()
        except Unsatisfiable:
            continue  # nothing to generate in this mode (no parameters to break)
    assert failures == []
