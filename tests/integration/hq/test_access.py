"""Another beat's records through every HQ endpoint, over real HTTP on SQLite and PostgreSQL: a token
of beat B (and of another unit's supervisor, and of an administrator) asks for and writes to beat A's
records by id. Each attempt is refused (4xx with words naming the reason, or, where the protocol
answers per record, a quarantine or an eviction that reads like an unknown id), HQ's audit gets a
"denied" entry under the caller's name, and beat A's data is unchanged. HQ's audit is append-only."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import PASSWORD, Laptop, Org, change, resident_fields, stamp
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from inspector_desk.hq import admin
from inspector_desk.hq.models import AuditRecord, Conflict, Record, User
from inspector_desk.sync.protocol import PROTOCOL_VERSION, VERSION_HEADER


def new_id() -> str:
    return str(uuid.uuid4())


def user_id(org: Org, login: str) -> str:
    with org.hq.db.read() as s:
        found = s.scalar(select(User.id).where(User.login == login))
        assert found is not None
        return str(found)


def denied(org: Org, login: str) -> int:
    uid = user_id(org, login)
    with org.hq.db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(AuditRecord)
                .where(AuditRecord.user_id == uid, AuditRecord.outcome == "denied")
            )
            or 0
        )


def snapshot(org: Org) -> dict[tuple[str, str], Any]:
    with org.hq.db.read() as s:
        rows = s.scalars(select(Record).where(Record.beat_id == org.beat_a))
        return {(r.entity, r.id): (r.rev, r.deleted, r.beat_id, dict(r.fields)) for r in rows}


@pytest.fixture
def beat_a(org: Org) -> dict[str, Any]:
    """Beat A's records at HQ: a resident, a DV case on them, and an open conflict on the resident."""
    a, s = org.laptop(org.a), org.laptop(org.s)
    rid = new_id()
    res = a.push(
        [change("residents", rid, org.beat_a, resident_fields(org.beat_a), op="insert", at=stamp(-60_000))]
    )
    rev = res["results"][0]["rev"]
    case_id = new_id()
    case_fields = {
        "number": "DV-1",
        "victim_id": rid,
        "offender_id": rid,
        "owner_id": org.a,
        "status": "open",
        "opened_on": "2026-03-01",
        "summary": "confidential",
        "deleted": False,
        "void_reason": None,
        "beat_id": org.beat_a,
    }
    res = a.push([change("dv_cases", case_id, org.beat_a, case_fields, op="insert", at=stamp(-50_000))])
    assert res["results"][0]["status"] == "applied", res
    a.push([change("residents", rid, org.beat_a, {"notes": "A"}, base_rev=rev, at=stamp(-3000, "A"))])
    conflict = s.push(
        [change("residents", rid, org.beat_a, {"notes": "S"}, base_rev=rev, at=stamp(-1000, "S"))]
    )
    (conflict_id,) = conflict["results"][0]["conflict_ids"]
    return {"resident": rid, "rev": rev, "case": case_id, "conflict": conflict_id}


def attempts(org: Org, ids: dict[str, Any]) -> dict[str, Callable[[Laptop], httpx.Response]]:
    rid, case_id, rev = ids["resident"], ids["case"], ids["rev"]

    def push(*changes: dict[str, Any]) -> Callable[[Laptop], httpx.Response]:
        return lambda lap: lap.push_raw(list(changes))

    return {
        "fetch resident": lambda lap: lap.post("/v1/sync/fetch", {"entity": "residents", "ids": [rid]}),
        "fetch case": lambda lap: lap.post("/v1/sync/fetch", {"entity": "dv_cases", "ids": [case_id]}),
        "resolve conflict": lambda lap: lap.post(f"/v1/conflicts/{ids['conflict']}/resolve", {"value": "B"}),
        "reassign resident": lambda lap: lap.post(
            "/v1/reassign", {"kind": "resident", "target_id": rid, "to_beat_id": org.beat_b}
        ),
        "reassign case": lambda lap: lap.post(
            "/v1/reassign", {"kind": "case", "target_id": case_id, "to_beat_id": org.beat_b}
        ),
        "reassign beat": lambda lap: lap.post(
            "/v1/reassign", {"kind": "beat", "target_id": org.beat_a, "to_user_id": org.b}
        ),
        "quarantine list": lambda lap: lap.http.get("/v1/quarantine"),
        "push update": push(change("residents", rid, org.beat_a, {"notes": "hacked"}, base_rev=rev)),
        "push update claiming own beat": push(
            change("residents", rid, org.beat_b, {"notes": "hacked"}, base_rev=rev)
        ),
        "push move to own beat": push(
            change("residents", rid, org.beat_a, {"beat_id": org.beat_b}, base_rev=rev)
        ),
        "push void": push(
            change(
                "residents", rid, org.beat_a, {"deleted": True, "void_reason": "x"}, op="void", base_rev=rev
            )
        ),
        "push case summary": push(change("dv_cases", case_id, org.beat_a, {"summary": "hacked"}, base_rev=1)),
        "push insert into beat A": push(
            change("residents", new_id(), org.beat_a, resident_fields(org.beat_a), op="insert")
        ),
    }


def check_refused(org: Org, login: str, name: str, r: httpx.Response) -> None:
    if r.status_code == 200 and name.startswith("push"):
        results = r.json()["results"]
        assert [x["status"] for x in results] == ["quarantined"], (name, r.text)
        assert results[0]["message"], name
    elif r.status_code == 200 and name.startswith("fetch"):
        assert [i["kind"] for i in r.json()["items"]] == ["evict"], (name, r.text)
    else:
        assert 400 <= r.status_code < 500, (name, r.status_code, r.text)
        body = r.json()
        assert body["error"], (name, body)
        assert body["message"], (name, body)


def test_beat_b_token_is_refused_beat_a_everywhere_and_audited(org: Org, beat_a: dict[str, Any]) -> None:
    b = org.laptop(org.b)
    before = snapshot(org)
    # Reads that filter by scope: nothing of beat A at all.
    assert b.pull_all() == []
    assert b.post("/v1/sync/snapshot", {}).json()["items"] == []
    assert b.http.get("/v1/conflicts?status=all").json()["items"] == []
    recon = b.post("/v1/sync/reconcile", {"ids": {"residents": [[beat_a["resident"], 1]]}}).json()
    assert recon["entities"][0]["purge"] == [beat_a["resident"]]
    for name, attempt in attempts(org, beat_a).items():
        count = denied(org, org.b)
        check_refused(org, org.b, name, attempt(b))
        assert denied(org, org.b) == count + 1, f"{name}: not audited"
    assert snapshot(org) == before
    with org.hq.db.read() as s:
        conflict = s.get(Conflict, beat_a["conflict"])
        assert conflict is not None
        assert conflict.status == "open"


def test_another_units_supervisor_and_an_admin_are_refused(org: Org, beat_a: dict[str, Any]) -> None:
    tag = uuid.uuid4().hex[:8]
    admin.create_unit(org.hq.db, f"other-{tag}")
    admin.create_beat(org.hq.db, f"O-{tag}", "Other beat", f"other-{tag}")
    admin.create_user(org.hq.db, f"os-{tag}", "Other Supervisor", "supervisor", PASSWORD, f"other-{tag}")
    admin.create_user(org.hq.db, f"adm-{tag}", "Admin", "admin", PASSWORD)
    before = snapshot(org)
    for login in (f"os-{tag}", f"adm-{tag}"):
        lap = org.laptop(login)
        for name, attempt in attempts(org, beat_a).items():
            count = denied(org, login)
            response = attempt(lap)
            if name == "quarantine list":
                # A supervisor sees their own unit's quarantine, an administrator every one: not A's data.
                assert response.status_code == 200
                if login.startswith("os"):
                    assert {q["user_id"] for q in response.json()["items"]} <= {user_id(org, login)}
                continue
            if login.startswith("adm") and response.status_code == 403:
                assert response.json()["error"] == "forbidden_role", name
            else:
                check_refused(org, login, name, response)
            assert denied(org, login) == count + 1, f"{login} {name}: not audited"
    assert snapshot(org) == before


def test_messages_say_what_was_refused(org: Org, beat_a: dict[str, Any]) -> None:
    b = org.laptop(org.b)
    r = b.post(f"/v1/conflicts/{beat_a['conflict']}/resolve", {"value": "B"})
    assert r.status_code == 404
    assert "outside your scope" in r.json()["message"]
    r = b.post(
        "/v1/reassign", {"kind": "resident", "target_id": beat_a["resident"], "to_beat_id": org.beat_b}
    )
    assert r.status_code == 403
    assert "supervisor" in r.json()["message"]
    with org.hq.db.read() as s:
        entry = s.scalars(
            select(AuditRecord)
            .where(AuditRecord.user_id == user_id(org, org.b), AuditRecord.action == "api:reassign")
            .order_by(AuditRecord.at.desc())
        ).first()
    assert entry is not None
    assert entry.changes is not None
    assert entry.changes["status"] == 403
    assert entry.changes["path"] == "/v1/reassign"


def test_hq_audit_is_append_only(org: Org) -> None:
    a = org.laptop(org.a)
    entry = {
        "id": new_id(),
        "at": "2026-03-02T10:00:00",
        "action": "view",
        "entity": "dv_cases",
        "outcome": "ok",
    }
    assert a.push([], audit=[entry])["audit_accepted"] == 1
    # Sent again with other words: the entry HQ holds stays as first received.
    a.push([], audit=[{**entry, "action": "nothing", "outcome": "denied"}])
    with org.hq.db.read() as s:
        stored = s.get(AuditRecord, entry["id"])
        assert stored is not None
        assert (stored.action, stored.outcome) == ("view", "ok")
    for statement in (
        "UPDATE audit SET action = 'nothing' WHERE id = :id",
        "DELETE FROM audit WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="append-only"), org.hq.db.read() as s:
            s.execute(text(statement), {"id": entry["id"]})
    with org.hq.db.read() as s:
        stored = s.get(AuditRecord, entry["id"])
        assert stored is not None
        assert stored.action == "view"


def test_sign_in_with_an_unknown_login_is_audited_with_the_typed_login(org: Org) -> None:
    login = f"nobody-{uuid.uuid4().hex[:8]}"
    r = httpx.post(
        org.hq.base_url + "/v1/auth/login",
        json={"login": login, "password": "Wrong-password-1", "device_id": f"dev-{uuid.uuid4().hex[:12]}"},
        headers={VERSION_HEADER: str(PROTOCOL_VERSION)},
    )
    assert r.status_code == 401
    assert r.json()["message"] == "login or password is wrong"
    with org.hq.db.read() as s:
        entries = [
            e
            for e in s.scalars(
                select(AuditRecord).where(AuditRecord.action == "login", AuditRecord.user_id.is_(None))
            )
            if (e.changes or {}).get("login") == login
        ]
    assert [e.outcome for e in entries] == ["denied"]
