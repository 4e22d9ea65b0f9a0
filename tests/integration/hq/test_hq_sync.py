"""The HQ server over real HTTP, on SQLite and PostgreSQL: auth, push/merge, pull, snapshot,
reassignment, reconcile, scope attacks and tampered payloads."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import httpx
from conftest import PASSWORD, Hq, Laptop, Org, change, resident_fields, stamp
from sqlalchemy import func, select

from inspector_desk.hq import admin
from inspector_desk.hq.models import ChangeLogEntry, Conflict, QuarantineEntry, Record, User
from inspector_desk.sync.protocol import VERSION_HEADER, holdings_digest


def new_id() -> str:
    return str(uuid.uuid4())


def insert_resident(lap: Laptop, beat: str, **more: Any) -> tuple[str, int]:
    rid = new_id()
    res = lap.push(
        [change("residents", rid, beat, resident_fields(beat, **more), op="insert", at=stamp(-60_000))]
    )
    assert res["results"][0]["status"] == "applied", res
    return rid, res["results"][0]["rev"]


def record(hq: Hq, entity: str, rid: str) -> Record | None:
    with hq.db.read() as s:
        return s.get(Record, (entity, rid))


def log_count(hq: Hq, rid: str) -> int:
    with hq.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(ChangeLogEntry).where(ChangeLogEntry.entity_id == rid))
            or 0
        )


# --- auth -------------------------------------------------------------------------------------


def test_login_refresh_and_me(org: Org) -> None:
    lap = org.laptop(org.a)
    assert lap.tokens["user"]["role"] == "inspector"
    assert [b["id"] for b in lap.tokens["user"]["beats"]] == [org.beat_a]
    me = lap.http.get("/v1/me")
    assert me.status_code == 200, me.text
    assert me.json()["login"] == org.a
    body = {"refresh_token": lap.tokens["refresh_token"], "device_id": lap.device_id}
    r = lap.http.post("/v1/auth/refresh", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["access_token"] != lap.tokens["access_token"]
    # A refresh token works once: a replayed one is refused and cuts the device's sessions.
    again = lap.http.post("/v1/auth/refresh", json=body)
    assert again.status_code == 401
    assert again.json()["error"] == "refresh_reused"
    # Forged and missing tokens.
    forged = lap.http.get(
        "/v1/me", headers={"Authorization": "Bearer " + lap.tokens["access_token"][:-3] + "abc"}
    )
    assert forged.status_code == 401
    assert forged.json()["error"] == "invalid_token"
    assert httpx.get(org.hq.base_url + "/v1/me", headers={VERSION_HEADER: "1"}).status_code == 401


def test_lockout_after_five_failures(org: Org) -> None:
    http = httpx.Client(base_url=org.hq.base_url, headers={VERSION_HEADER: "1"})
    body = {"login": org.a, "password": "wrong-Passw0rd", "device_id": "device-lockout"}
    codes = [http.post("/v1/auth/login", json=body).status_code for _ in range(5)]
    assert codes == [401] * 5
    good = http.post("/v1/auth/login", json={**body, "password": PASSWORD})
    assert good.status_code == 429
    assert good.json()["error"] == "locked"
    with org.hq.db.read() as s:
        user = s.scalars(select(User).where(User.login == org.a)).one()
        assert user.locked_until is not None
    admin.reset_password(org.hq.db, org.a, "N3w-Passw0rd!")
    assert http.post("/v1/auth/login", json={**body, "password": "N3w-Passw0rd!"}).status_code == 200
    http.close()


def test_revoked_device_and_user(org: Org) -> None:
    lap = org.laptop(org.a)
    assert lap.pull()["items"] == []
    admin.revoke_device(org.hq.db, lap.device_id)
    r = lap.post("/v1/sync/pull", {"cursor": None})
    assert r.status_code == 403
    assert r.json()["error"] == "revoked"
    again = httpx.post(
        org.hq.base_url + "/v1/auth/login",
        json={"login": org.a, "password": PASSWORD, "device_id": lap.device_id},
        headers={VERSION_HEADER: "1"},
    )
    assert again.status_code == 403
    assert again.json()["error"] == "revoked"
    other = org.laptop(org.b)
    admin.revoke_user(org.hq.db, org.b)
    assert other.post("/v1/sync/pull", {}).json()["error"] == "revoked"


def test_upgrade_required_applies_nothing(org: Org) -> None:
    lap = org.laptop(org.a)
    rid = new_id()
    body = {
        "device_id": lap.device_id,
        "client_time_ms": time.time_ns() // 1_000_000,
        "changes": [change("residents", rid, org.beat_a, resident_fields(org.beat_a), op="insert")],
    }
    for version in ("0", None):
        headers = {VERSION_HEADER: version} if version is not None else {}
        http = httpx.Client(
            base_url=org.hq.base_url, headers={"Authorization": lap.http.headers["Authorization"]}
        )
        if version is None:
            http.headers.pop(VERSION_HEADER, None)
        r = http.post("/v1/sync/push", json=body, headers=headers)
        assert r.status_code == 426
        assert r.json()["error"] == "upgrade_required"
        assert r.json()["min_version"] == 1
        http.close()
    assert record(org.hq, "residents", rid) is None
    assert log_count(org.hq, rid) == 0


# --- push and merge ---------------------------------------------------------------------------


def test_push_is_idempotent(org: Org) -> None:
    lap = org.laptop(org.a)
    rid = new_id()
    batch = [
        change("residents", rid, org.beat_a, resident_fields(org.beat_a), op="insert"),
        change("residents", rid, org.beat_a, {"notes": "second"}, base_rev=0),
    ]
    first = lap.push(batch)
    second = lap.push(batch)
    strip = [{k: v for k, v in r.items() if k != "duplicate"} for r in second["results"]]
    assert strip == [{k: v for k, v in r.items() if k != "duplicate"} for r in first["results"]]
    assert all(r["duplicate"] for r in second["results"])
    assert not any(r["duplicate"] for r in first["results"])
    assert log_count(org.hq, rid) == 2  # insert + update, not repeated
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.fields["notes"] == "second"


def test_different_fields_merge(org: Org) -> None:
    a, s = org.laptop(org.a), org.laptop(org.s)
    rid, rev = insert_resident(a, org.beat_a)
    ra = a.push(
        [change("residents", rid, org.beat_a, {"notes": "from A"}, base_rev=rev, at=stamp(-2000, "A"))]
    )
    rs = s.push(
        [change("residents", rid, org.beat_a, {"phones": ["+77011234567"]}, base_rev=rev, at=stamp(-1000))]
    )
    assert ra["results"][0]["status"] == "applied"
    assert rs["results"][0]["status"] == "merged"
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.fields["notes"] == "from A"
    assert rec.fields["phones"] == ["+77011234567"]


def test_same_field_conflict_is_kept_and_served_to_both(org: Org) -> None:
    a, s = org.laptop(org.a), org.laptop(org.s)
    rid, rev = insert_resident(a, org.beat_a)
    a.pull_all()
    s.pull_all()
    a.push([change("residents", rid, org.beat_a, {"notes": "A's note"}, base_rev=rev, at=stamp(-3000, "A"))])
    res = s.push(
        [change("residents", rid, org.beat_a, {"notes": "S's note"}, base_rev=rev, at=stamp(-1000, "S"))]
    )
    result = res["results"][0]
    assert result["status"] == "conflict"
    assert len(result["conflict_ids"]) == 1
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.fields["notes"] == "S's note"  # the later stamp is current
    for lap in (a, s):
        items = lap.pull_all()
        conflicts = [i["conflict"] for i in items if i["kind"] == "conflict"]
        assert [(c["current_value"], c["losing_value"]) for c in conflicts] == [("S's note", "A's note")]
        states = [i for i in items if i["kind"] == "upsert" and i["id"] == rid]
        assert states[-1]["fields"]["notes"] == "S's note"
    listed = s.http.get("/v1/conflicts").json()["items"]
    assert [c["id"] for c in listed] == result["conflict_ids"]
    # Resolving is a change: everyone converges on the chosen value.
    r = a.post(f"/v1/conflicts/{result['conflict_ids'][0]}/resolve", {"value": "A and S agreed"})
    assert r.status_code == 200, r.text
    assert r.json()["conflict"]["status"] == "resolved"
    for lap in (a, s):
        items = lap.pull_all()
        assert [i["fields"]["notes"] for i in items if i["kind"] == "upsert"] == ["A and S agreed"]
        assert [i["conflict"]["status"] for i in items if i["kind"] == "conflict"] == ["resolved"]
    assert s.http.get("/v1/conflicts").json()["items"] == []


def test_append_only_entities_never_conflict(org: Org) -> None:
    a, s = org.laptop(org.a), org.laptop(org.s)
    vid = new_id()
    visit = {
        "kind": "prevention",
        "topic": None,
        "visited_at": "2026-01-02T10:00:00",
        "resident_id": None,
        "household_id": None,
        "dv_case_id": None,
        "outcome": "met",
        "notes": "ok",
        "officer_id": "x",
        "deleted": False,
        "void_reason": None,
        "beat_id": org.beat_a,
    }
    rev = a.push([change("visits", vid, org.beat_a, visit, op="insert")])["results"][0]["rev"]
    r1 = a.push([change("visits", vid, org.beat_a, {"notes": "A"}, base_rev=rev, at=stamp(-2000))])
    r2 = s.push([change("visits", vid, org.beat_a, {"notes": "S"}, base_rev=rev, at=stamp(-1000))])
    assert r1["results"][0]["status"] == "applied"
    assert r2["results"][0]["status"] != "conflict"
    assert r2["results"][0]["conflict_ids"] == []
    with org.hq.db.read() as ses:
        assert ses.scalar(select(func.count()).select_from(Conflict).where(Conflict.entity_id == vid)) == 0


def test_edit_on_voided_record_is_a_conflict(org: Org) -> None:
    a, s = org.laptop(org.a), org.laptop(org.s)
    rid, rev = insert_resident(a, org.beat_a)
    voided = s.push(
        [
            change(
                "residents",
                rid,
                org.beat_a,
                {"deleted": True, "void_reason": "duplicate"},
                op="void",
                base_rev=rev,
            )
        ]
    )
    assert voided["results"][0]["status"] == "applied"
    edit = a.push([change("residents", rid, org.beat_a, {"notes": "visited today"}, base_rev=rev)])
    result = edit["results"][0]
    assert result["status"] == "conflict"
    with org.hq.db.read() as ses:
        conflict = ses.get(Conflict, result["conflict_ids"][0])
        assert conflict is not None
        assert (conflict.kind, conflict.losing_value) == ("edit_on_void", "visited today")
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.deleted
    assert rec.fields["notes"] is None


def test_out_of_scope_write_is_quarantined_and_shown_to_supervisor(org: Org) -> None:
    a, b, s = org.laptop(org.a), org.laptop(org.b), org.laptop(org.s)
    rid, rev = insert_resident(a, org.beat_a)
    # Inspector B writes into beat A: an edit of A's resident, and a new row claimed for beat A.
    attack = b.push(
        [
            change("residents", rid, org.beat_b, {"notes": "B was here"}, base_rev=rev),
            change("residents", new_id(), org.beat_a, resident_fields(org.beat_a), op="insert"),
        ]
    )
    assert [r["status"] for r in attack["results"]] == ["quarantined", "quarantined"]
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.fields["notes"] is None
    shown = s.http.get("/v1/quarantine").json()["items"]
    assert {q["change_id"] for q in shown} == {c["change_id"] for c in attack["results"]}
    assert all(q["user_id"] for q in shown)
    assert b.http.get("/v1/quarantine").status_code == 403
    with org.hq.db.read() as ses:
        assert (
            ses.scalar(
                select(func.count()).select_from(QuarantineEntry).where(QuarantineEntry.entity_id == rid)
            )
            == 1
        )


def test_other_beats_token_reads_and_writes_nothing(org: Org) -> None:
    a, b, s = org.laptop(org.a), org.laptop(org.b), org.laptop(org.s)
    rid, rev = insert_resident(a, org.beat_a, notes="secret")
    a.push([change("residents", rid, org.beat_a, {"notes": "A1"}, base_rev=rev, at=stamp(-2000))])
    s.push([change("residents", rid, org.beat_a, {"notes": "S1"}, base_rev=rev, at=stamp(-1000))])
    # Pull, snapshot, fetch by id, conflicts: nothing of beat A.
    assert b.pull_all() == []
    snap = b.post("/v1/sync/snapshot", {}).json()
    assert snap["items"] == []
    fetched = b.post("/v1/sync/fetch", {"entity": "residents", "ids": [rid]}).json()["items"]
    assert fetched == [{"kind": "evict", "entity": "residents", "id": rid}]
    assert b.http.get("/v1/conflicts?status=all").json()["items"] == []
    with org.hq.db.read() as ses:
        conflict_id = ses.scalars(select(Conflict.id).where(Conflict.entity_id == rid)).first()
    assert b.post(f"/v1/conflicts/{conflict_id}/resolve", {"value": "B"}).status_code == 404
    # Moving A's record into B's beat is refused too.
    move = b.push([change("residents", rid, org.beat_a, {"beat_id": org.beat_b}, base_rev=rev)])
    assert move["results"][0]["status"] == "quarantined"
    recon = b.post("/v1/sync/reconcile", {"ids": {"residents": [[rid, 1]]}}).json()
    assert recon["entities"][0]["purge"] == [rid]
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.beat_id == org.beat_a


def test_tampered_payloads_get_4xx_naming_the_field(org: Org) -> None:
    a = org.laptop(org.a)
    rid, rev = insert_resident(a, org.beat_a)
    before = log_count(org.hq, rid)
    bad_json = a.http.post(
        "/v1/sync/push", content=b'{"changes": [', headers={"Content-Type": "application/json"}
    )
    assert bad_json.status_code == 400
    assert bad_json.json()["error"] == "invalid_json"
    good = change("residents", rid, org.beat_a, {"notes": "x"}, base_rev=rev)
    cases = {
        "changes.0.base_rev": {**good, "base_rev": "abc"},
        "changes.0.entity": {**good, "entity": "users"},
        "changes.0.fields": {**good, "fields": {"password_hash": "x"}, "stamps": {"password_hash": stamp()}},
        "changes.0.evil": {**good, "evil": 1},
        "changes.0": {**good, "fields": {"notes": "x" * 30_000}},
        "changes.0.stamps.notes": {**good, "stamps": {"notes": "yesterday"}},
    }
    for field, bad in cases.items():
        r = a.push_raw([bad])
        assert r.status_code == 422, (field, r.text)
        body = r.json()
        assert body["error"] == "invalid_request"
        assert body["field"].startswith(field), (field, body)
    huge = a.http.post("/v1/sync/push", content=b"[" + b"1," * 1_500_000 + b"1]")
    assert huge.status_code == 413
    assert huge.json()["field"] == "body"
    bad_cursor = a.post("/v1/sync/pull", {"cursor": "'; DROP TABLE records; --"})
    assert bad_cursor.status_code == 422
    assert bad_cursor.json()["field"] == "cursor"
    # SQL in a string is data, stored as typed.
    sql = "Robert'); DROP TABLE records;--"
    assert (
        a.push([change("residents", rid, org.beat_a, {"notes": sql}, base_rev=rev)])["results"][0]["status"]
        == "applied"
    )
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.fields["notes"] == sql
    assert log_count(org.hq, rid) == before + 1


# --- pull, snapshot, reconcile ----------------------------------------------------------------


def test_pull_pages_and_resumes_from_cursor(org: Org) -> None:
    a, reader = org.laptop(org.a), org.laptop(org.s)
    assert reader.pull_all() == []  # the supervisor's beats are granted, still empty
    start = reader.cursor
    ids = [new_id() for _ in range(25)]
    a.push(
        [
            change("residents", i, org.beat_a, resident_fields(org.beat_a, last_name=f"N{n}"), op="insert")
            for n, i in enumerate(ids)
        ]
    )
    first = reader.pull(limit=10)
    assert len(first["items"]) == 10
    assert first["has_more"]
    # An interrupted client repeats the page from its stored cursor: the same items come back.
    assert reader.pull(limit=10, cursor=start)["items"] == first["items"]
    reader.cursor = first["cursor"]
    rest = reader.pull_all(limit=10)
    got = [i["id"] for i in first["items"] + rest]
    assert got == ids
    # New changes only after the cursor.
    a.push([change("residents", ids[3], org.beat_a, {"notes": "later"}, base_rev=1)])
    later = reader.pull_all()
    assert [(i["id"], i["fields"]["notes"]) for i in later] == [(ids[3], "later")]


def test_snapshot_then_incremental(org: Org) -> None:
    a = org.laptop(org.a)
    ids = sorted(new_id() for _ in range(7))
    a.push([change("residents", i, org.beat_a, resident_fields(org.beat_a), op="insert") for i in ids])
    fresh = org.laptop(org.a)
    items: list[dict[str, Any]] = []
    body: dict[str, Any] = {"limit": 3}
    position = None
    while True:
        page = fresh.post("/v1/sync/snapshot", body).json()
        position = page["position"] if position is None else position
        assert page["position"] == position
        items.extend(page["items"])
        if not page["has_more"]:
            break
        # A change committed while the snapshot is being paged shows up in the pull that follows.
        if len(items) == 3:
            a.push([change("residents", ids[0], org.beat_a, {"notes": "during snapshot"}, base_rev=1)])
        body = {"limit": 3, "position": position, "after": page["next"]}
    assert sorted(i["id"] for i in items) == ids
    fresh.cursor = page["cursor"]
    after = fresh.pull_all()
    assert [(i["id"], i["fields"]["notes"]) for i in after] == [(ids[0], "during snapshot")]


def test_reassign_resident_evicts_and_delivers(org: Org) -> None:
    a, b = org.laptop(org.a), org.laptop(org.b)
    hid = new_id()
    household = {
        "address_id": None,
        "apartment": "12",
        "notes": None,
        "deleted": False,
        "void_reason": None,
        "beat_id": org.beat_a,
    }
    a.push([change("households", hid, org.beat_a, household, op="insert")])
    rid, _ = insert_resident(a, org.beat_a, household_id=hid)
    spouse, _ = insert_resident(a, org.beat_a, household_id=hid, last_name="Abenova")
    stay, _ = insert_resident(a, org.beat_a, last_name="Stays")
    a.pull_all()
    b.pull_all()
    moved = admin.admin_reassign_resident(org.hq.db, rid, f"B-{org.tag}", with_household=True)
    assert moved == {"residents": 2, "households": 1}
    evicted = a.pull_all()
    assert sorted((i["kind"], i["id"]) for i in evicted) == sorted(("evict", x) for x in (hid, rid, spouse))
    got = b.pull_all()
    assert sorted(i["id"] for i in got if i["kind"] == "upsert") == sorted((hid, rid, spouse))
    assert all(i["beat_id"] == org.beat_b for i in got)
    rec = record(org.hq, "residents", stay)
    assert rec is not None
    assert rec.beat_id == org.beat_a
    # The old laptop's late edit of the moved resident is refused into quarantine, not lost.
    late = a.push([change("residents", rid, org.beat_a, {"notes": "late"}, base_rev=1)])
    assert late["results"][0]["status"] == "quarantined"


def test_reassign_beat_moves_scope(org: Org) -> None:
    a = org.laptop(org.a)
    ids = sorted(insert_resident(a, org.beat_a)[0] for _ in range(4))
    a.pull_all()
    b = org.laptop(org.b)
    b.pull_all()  # B's cursor is now past every one of these records
    admin.admin_reassign_beat(org.hq.db, f"A-{org.tag}", org.b)
    assert a.pull_all() == [{"kind": "evict_beat", "beat_id": org.beat_a}]
    got = b.pull_all(limit=3)  # the grant expands into pages of the beat's records
    assert sorted(i["id"] for i in got) == ids
    assert (
        a.post("/v1/sync/fetch", {"entity": "residents", "ids": ids[:1]}).json()["items"][0]["kind"]
        == "evict"
    )


def test_supervisor_reassigns_case_within_unit(org: Org) -> None:
    a, b, s = org.laptop(org.a), org.laptop(org.b), org.laptop(org.s)
    case_id, inc_id = new_id(), new_id()
    case_fields = {
        "number": "DV-1",
        "victim_id": "v",
        "offender_id": "o",
        "household_id": None,
        "owner_id": "a",
        "status": "open",
        "opened_on": "2026-01-01",
        "summary": None,
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
        "beat_id": org.beat_a,
    }
    incident = {
        "case_id": case_id,
        "occurred_at": "2026-01-01T20:00:00",
        "kind": "threat",
        "description": "d",
        "reported_by": "a",
        "deleted": False,
        "void_reason": None,
        "beat_id": org.beat_a,
    }
    a.push(
        [
            change("dv_cases", case_id, org.beat_a, case_fields, op="insert"),
            change("dv_incidents", inc_id, org.beat_a, incident, op="insert"),
        ]
    )
    a.pull_all()
    b.pull_all()
    with org.hq.db.read() as ses:
        b_id = ses.scalars(select(User.id).where(User.login == org.b)).one()
    denied = a.post("/v1/reassign", {"kind": "case", "target_id": case_id, "to_beat_id": org.beat_b})
    assert denied.status_code == 403
    r = s.post(
        "/v1/reassign", {"kind": "case", "target_id": case_id, "to_beat_id": org.beat_b, "to_user_id": b_id}
    )
    assert r.status_code == 200, r.text
    assert r.json()["moved"] == {"dv_cases": 1, "dv_incidents": 1}
    assert sorted(i["kind"] for i in a.pull_all()) == ["evict", "evict"]
    got = {i["id"]: i for i in b.pull_all()}
    assert set(got) == {case_id, inc_id}
    assert got[case_id]["fields"]["owner_id"] == b_id


def test_reconcile_finds_missing_and_foreign(org: Org) -> None:
    a = org.laptop(org.a)
    r1, rev1 = insert_resident(a, org.beat_a)
    r2, rev2 = insert_resident(a, org.beat_a)
    held = [(r1, rev1)]
    foreign = new_id()
    digest = {"residents": {"count": 2, "digest": holdings_digest([*held, (foreign, 5)])}}
    first = a.post("/v1/sync/reconcile", {"digests": digest}).json()["entities"][0]
    assert not first["match"]
    assert first["hq_count"] == 2
    second = a.post("/v1/sync/reconcile", {"ids": {"residents": [[r1, rev1], [foreign, 5]]}}).json()[
        "entities"
    ][0]
    assert second["missing"] == [r2]
    assert second["purge"] == [foreign]
    good = {"residents": {"count": 2, "digest": holdings_digest([(r1, rev1), (r2, rev2)])}}
    assert a.post("/v1/sync/reconcile", {"digests": good}).json()["entities"][0]["match"]


# --- clocks -----------------------------------------------------------------------------------

DAY = 24 * 3600 * 1000


def test_a_laptop_months_ahead_does_not_win(org: Org) -> None:
    fast, right = org.laptop(org.a), org.laptop(org.s)
    fast.clock_offset_ms = 90 * DAY
    rid, rev = insert_resident(right, org.beat_a)
    # True order: fast edits 5 s ago, right edits 2 s ago; fast's stamp says three months ahead.
    fast.push(
        [
            change(
                "residents",
                rid,
                org.beat_a,
                {"notes": "fast"},
                base_rev=rev,
                at=stamp(90 * DAY - 5000, "fast"),
            )
        ]
    )
    res = right.push(
        [change("residents", rid, org.beat_a, {"notes": "right"}, base_rev=rev, at=stamp(-2000, "right"))]
    )
    assert res["results"][0]["status"] == "conflict"
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.fields["notes"] == "right"
    assert int(rec.stamps["notes"][:13]) <= time.time_ns() // 1_000_000
    with org.hq.db.read() as ses:
        c = ses.get(Conflict, res["results"][0]["conflict_ids"][0])
        assert c is not None
        assert c.losing_value == "fast"
    assert abs(res["clock_skew_ms"]) < 5000


def test_a_laptop_months_behind_does_not_lose(org: Org) -> None:
    slow, right = org.laptop(org.a), org.laptop(org.s)
    slow.clock_offset_ms = -90 * DAY
    rid, rev = insert_resident(right, org.beat_a)
    right.push(
        [change("residents", rid, org.beat_a, {"notes": "right"}, base_rev=rev, at=stamp(-5000, "right"))]
    )
    res = slow.push(
        [
            change(
                "residents",
                rid,
                org.beat_a,
                {"notes": "slow"},
                base_rev=rev,
                at=stamp(-90 * DAY - 2000, "slow"),
            )
        ]
    )
    assert res["results"][0]["status"] == "conflict"
    assert res["clock_skew_ms"] < -89 * DAY
    rec = record(org.hq, "residents", rid)
    assert rec is not None
    assert rec.fields["notes"] == "slow"  # it truly was the later edit
    from inspector_desk.hq.models import Device

    with org.hq.db.read() as ses:
        dev = ses.get(Device, slow.device_id)
        assert dev is not None
        assert dev.clock_skew_ms is not None
        assert dev.clock_skew_ms < -89 * DAY


def test_audit_entries_are_pushed_once(org: Org) -> None:
    a = org.laptop(org.a)
    entry = {
        "id": new_id(),
        "at": "2026-01-02T10:00:00",
        "user_id": None,
        "action": "view",
        "entity": "dv_cases",
        "entity_id": "c1",
        "beat_id": org.beat_a,
        "changes": {"k": "v"},
        "outcome": "ok",
    }
    assert a.push([], audit=[entry])["audit_accepted"] == 1
    assert a.push([], audit=[entry])["audit_accepted"] == 1
    from inspector_desk.hq.models import AuditRecord

    with org.hq.db.read() as ses:
        assert (
            ses.scalar(select(func.count()).select_from(AuditRecord).where(AuditRecord.id == entry["id"]))
            == 1
        )


def test_health_and_openapi(hq: Hq) -> None:
    assert httpx.get(hq.base_url + "/v1/health").json()["status"] == "ok"
    spec = httpx.get(hq.base_url + "/openapi.json").json()
    assert "/v1/sync/push" in spec["paths"]
    assert json.dumps(spec)
