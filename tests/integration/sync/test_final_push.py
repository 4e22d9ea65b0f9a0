"""Revocation and password reset with an expired access token: the laptop's unsent edits reach HQ
as a final push (kept in quarantine, never applied, audited) before the laptop wipes itself; and
attacks on the final-push endpoint over real HTTP."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import jwt
import pytest
from sqlalchemy import select, update
from sync_support import PASSWORD, HqServer, Laptop, Org, add_resident, edit_resident

from inspector_desk.hq import admin
from inspector_desk.hq.ids import new_id, utcnow
from inspector_desk.hq.models import AuditRecord, Device, QuarantineEntry, Record, RefreshToken
from inspector_desk.security.keyfile import keyfile_path
from inspector_desk.store.models import OutboxEntry
from inspector_desk.sync.errors import PasswordResetError, RevokedError
from inspector_desk.sync.protocol import (
    PROTOCOL_VERSION,
    VERSION_HEADER,
    FinalPushRequest,
    FinalPushResponse,
    QuarantineList,
)

ACCESS_TTL_S = 1  # HQ's access tokens live one second here: revocation finds them expired
HEADERS = {VERSION_HEADER: str(PROTOCOL_VERSION)}
DEVICE_REASON = "pushed by a revoked device before its wipe"
RESET_REASON = "pushed before the laptop's wipe after a password reset"


@pytest.fixture(scope="module")
def hq_server(hq_server: HqServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HqServer]:
    """For this module (and its ``org``): HQ on the database of the shared ``hq_server`` (SQLite,
    then PostgreSQL) whose access tokens live ACCESS_TTL_S, served on its own port as a second
    HQ worker would be."""
    server = HqServer(hq_server.backend, hq_server.url, tmp_path_factory.mktemp("final-push"))
    server.settings = dataclasses.replace(server.settings, access_ttl_s=ACCESS_TTL_S)
    server.start()
    yield server
    server.close()


# --- helpers ----------------------------------------------------------------------------------


def unsent(lap: Laptop) -> list[str]:
    with lap.db.read() as s:
        return list(s.scalars(select(OutboxEntry.change_id).where(OutboxEntry.pushed_at.is_(None))))


def wait_until_expired(lap: Laptop) -> None:
    """Until the laptop's access token has expired at HQ (its lifetime is ACCESS_TTL_S)."""
    assert lap.transport._access is not None
    exp = jwt.decode(lap.transport._access, options={"verify_signature": False})["exp"]
    assert exp <= time.time() + ACCESS_TTL_S + 1  # this HQ's short lifetime is in force
    time.sleep(max(0.0, exp - time.time()) + 1.05)
    assert time.time() > exp


def edits_offline(org: Org, lap: Laptop) -> tuple[str, str, list[str]]:
    """A resident synced to HQ, then (offline) renamed, and a new resident: two unsent changes."""
    synced = add_resident(lap, org.beat_a, "Synced")
    lap.sync()
    edit_resident(lap, synced, last_name="Renamed")
    new = add_resident(lap, org.beat_a, "Unsent")
    changes = unsent(lap)
    assert len(changes) == 2
    return synced, new, changes


def quarantine_seen_by(hq: HqServer, login: str) -> QuarantineList:
    """The quarantine listing as the supervisor sees it over HTTP."""
    with httpx.Client(base_url=hq.base_url, headers=HEADERS) as http:
        tokens = http.post(
            "/v1/auth/login", json={"login": login, "password": PASSWORD, "device_id": f"sup-{login}"}
        ).json()
        answer = http.get("/v1/quarantine", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert answer.status_code == 200, answer.text
    return QuarantineList.model_validate_json(answer.content)


def quarantined(hq: HqServer, change_ids: list[str]) -> list[QuarantineEntry]:
    with hq.db.read() as s:
        return list(s.scalars(select(QuarantineEntry).where(QuarantineEntry.change_id.in_(change_ids))))


def final_push_audit(hq: HqServer, device_id: str) -> list[AuditRecord]:
    with hq.db.read() as s:
        rows = s.scalars(
            select(AuditRecord)
            .where(AuditRecord.action == "final_push", AuditRecord.device_id == device_id)
            .order_by(AuditRecord.at)
        )
        return list(rows)


def final_push_body(lap: Laptop, token: str, device_id: str | None = None) -> dict[str, Any]:
    """The laptop's outbox as a final-push request (as its engine would build it)."""
    changes, audit, _invalid, _resolves = lap.engine._next_batch()
    request = FinalPushRequest(
        device_id=device_id or lap.device_id,
        client_time_ms=time.time_ns() // 1_000_000,
        changes=changes,
        audit=audit,
        refresh_token=token,
    )
    return request.model_dump(mode="json")


def post_final(hq: HqServer, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{hq.base_url}/v1/sync/final-push", json=body, headers=HEADERS)


def token_of(lap: Laptop) -> str:
    """The refresh token the laptop keeps in the keyring."""
    token = lap.credentials.load()
    assert token is not None
    return token


def assert_wiped(lap: Laptop) -> None:
    for suffix in ("", "-wal", "-shm"):
        assert not lap.path.with_name(lap.path.name + suffix).exists()
    assert not keyfile_path(lap.path).exists()
    assert lap.credentials.load() is None


# --- the laptop's last contact -----------------------------------------------------------------


def test_revoked_device_with_expired_token_pushes_its_outbox_to_quarantine_then_wipes(org: Org) -> None:
    lap = org.laptop(org.a)
    keyfile_path(lap.path).write_text("{}")  # the wrapped key lives beside the store
    synced, new, changes = edits_offline(org, lap)
    admin.revoke_device(org.hq.db, lap.device_id)
    wait_until_expired(lap)

    with pytest.raises(RevokedError) as caught:
        lap.sync()
    assert caught.value.wiped
    assert_wiped(lap)

    # HQ kept both edits for the supervisor, and applied neither.
    items = {q.change_id: q for q in quarantine_seen_by(org.hq, org.s).items}
    assert set(changes) <= set(items)
    assert {items[c].reason for c in changes} == {DEVICE_REASON}
    assert {items[c].device_id for c in changes} == {lap.device_id}
    assert items[changes[0]].change["fields"]["last_name"] == "Renamed"
    with org.hq.db.read() as s:
        assert s.get(Record, ("residents", new)) is None
        kept = s.get(Record, ("residents", synced))
        assert kept is not None
        assert kept.fields["last_name"] == "Synced"
    [audit] = final_push_audit(org.hq, lap.device_id)
    assert audit.outcome == "ok"
    assert audit.changes == {"reason": DEVICE_REASON, "quarantined": 2, "duplicates": 0, "audit": 2}


def test_password_reset_with_expired_token_pushes_its_outbox_to_quarantine_then_wipes(org: Org) -> None:
    lap = org.laptop(org.a)
    _synced, new, changes = edits_offline(org, lap)
    admin.reset_password(org.hq.db, org.a, "N3w-Password-Given")
    wait_until_expired(lap)

    with pytest.raises(PasswordResetError) as caught:
        lap.sync()
    assert caught.value.wiped
    assert "new password" in caught.value.message
    assert_wiped(lap)

    items = {q.change_id: q for q in quarantine_seen_by(org.hq, org.s).items}
    assert {items[c].reason for c in changes} == {RESET_REASON}
    with org.hq.db.read() as s:
        assert s.get(Record, ("residents", new)) is None
    assert [a.outcome for a in final_push_audit(org.hq, lap.device_id)] == ["ok"]


def test_revoked_account_with_a_live_access_token_also_pushes_before_the_wipe(org: Org) -> None:
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a, "Unsent")
    changes = unsent(lap)
    admin.revoke_user(org.hq.db, org.a)
    with pytest.raises(RevokedError) as caught:
        lap.sync()
    assert caught.value.wiped
    assert [q.reason for q in quarantined(org.hq, changes)] == ["pushed by a revoked account before its wipe"]


# --- attacks on the endpoint ----------------------------------------------------------------


def test_a_random_token_is_refused(org: Org) -> None:
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a, "Unsent")
    admin.revoke_device(org.hq.db, lap.device_id)
    answer = post_final(org.hq, final_push_body(lap, "x" * 43))
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_token"
    assert answer.json()["field"] == "refresh_token"
    assert quarantined(org.hq, unsent(lap)) == []
    assert [a.outcome for a in final_push_audit(org.hq, lap.device_id)] == ["denied"]


def test_a_device_that_is_not_revoked_must_use_the_normal_push(org: Org) -> None:
    lap = org.laptop(org.a)
    rid = add_resident(lap, org.beat_a, "Unsent")
    answer = post_final(org.hq, final_push_body(lap, token_of(lap)))
    assert answer.status_code == 409
    assert answer.json()["error"] == "not_revoked"
    assert "normal push" in answer.json()["message"]
    assert quarantined(org.hq, unsent(lap)) == []
    # The token is still good for the ordinary sync, which applies the change.
    lap.sync()
    with org.hq.db.read() as s:
        assert s.get(Record, ("residents", rid)) is not None


def test_another_devices_token_is_refused(org: Org) -> None:
    mine, other = org.laptop(org.a), org.laptop(org.a2)
    add_resident(mine, org.beat_a, "Unsent")
    admin.revoke_device(org.hq.db, mine.device_id)
    admin.revoke_device(org.hq.db, other.device_id)
    answer = post_final(org.hq, final_push_body(mine, token_of(other)))
    assert answer.status_code == 401
    assert "not a token of this device" in answer.json()["message"]
    assert quarantined(org.hq, unsent(mine)) == []


def test_replayed_final_push_keeps_each_change_once_and_the_token_opens_nothing_else(org: Org) -> None:
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a, "First")
    add_resident(lap, org.beat_a, "Second")
    changes = unsent(lap)
    admin.revoke_device(org.hq.db, lap.device_id)
    token = token_of(lap)
    body = final_push_body(lap, token)

    first = FinalPushResponse.model_validate_json(post_final(org.hq, body).content)
    again = FinalPushResponse.model_validate_json(post_final(org.hq, body).content)
    assert [r.status for r in first.results] == ["quarantined", "quarantined"]
    assert [(r.status, r.duplicate) for r in again.results] == [("quarantined", True)] * 2
    with pytest.raises(RevokedError):
        lap.sync()  # the engine's own final push: answered as duplicates
    assert len(quarantined(org.hq, changes)) == 2
    assert_wiped(lap)
    # Still revoked for everything else: refresh and the normal push.
    refresh = httpx.post(
        f"{org.hq.base_url}/v1/auth/refresh",
        json={"refresh_token": token, "device_id": lap.device_id},
        headers=HEADERS,
    )
    assert refresh.status_code == 403
    assert refresh.json()["error"] == "revoked"


def test_a_final_push_after_the_30_day_window_is_refused(org: Org) -> None:
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a, "Unsent")
    with org.hq.db.write() as writer:
        # The token was issued 32 days ago and an administrator revoked the device 31 days ago
        # (the audit is append-only: the revocation is recorded as it would have been then).
        session, now = writer.session, utcnow()
        session.execute(
            update(RefreshToken)
            .where(RefreshToken.device_id == lap.device_id)
            .values(created_at=now - timedelta(days=32), revoked=True)
        )
        session.execute(update(Device).where(Device.id == lap.device_id).values(revoked=True))
        session.add(
            AuditRecord(
                id=new_id(),
                at=now - timedelta(days=31),
                source="hq",
                action="revoke_device",
                device_id=lap.device_id,
            )
        )
    answer = post_final(org.hq, final_push_body(lap, token_of(lap)))
    assert answer.status_code == 403
    assert answer.json()["error"] == "final_push_expired"
    assert "30 days" in answer.json()["message"]
    assert quarantined(org.hq, unsent(lap)) == []
