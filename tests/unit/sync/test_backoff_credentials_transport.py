"""The pieces of the sync client that need no HQ: backoff, the keyring and its fallback, and the
mapping of HQ's answers to the user-facing errors (over httpx's mock transport)."""

from __future__ import annotations

import json
import random
from typing import Any

import httpx
import keyring.errors
import pytest
from keyring_fake import MemoryKeyring

from inspector_desk.sync.backoff import Backoff
from inspector_desk.sync.credentials import NO_KEYRING, SERVICE, CredentialStore
from inspector_desk.sync.errors import (
    OfflineError,
    RequestRejected,
    RevokedError,
    ServerError,
    UnauthorizedError,
    UpgradeRequiredError,
)
from inspector_desk.sync.protocol import VERSION_HEADER
from inspector_desk.sync.transport import Transport

# --- backoff -------------------------------------------------------------------------------------


def test_backoff_doubles_with_jitter_up_to_the_ceiling_and_resets() -> None:
    b = Backoff(base=2, factor=2, ceiling=30, jitter=0.5, rng=random.Random(1))
    assert b.delay() == 0.0
    caps = []
    for _ in range(7):
        delay = b.failed()
        caps.append(b.cap())
        assert b.cap() * 0.5 <= delay <= b.cap()
    assert caps == [2, 4, 8, 16, 30, 30, 30]
    b.succeeded()
    assert b.delay() == 0.0
    many = Backoff(base=1, ceiling=10, rng=random.Random(2))
    for _ in range(5000):
        many.failed()
    assert many.cap() == 10  # no overflow after thousands of failures


def test_backoff_jitter_spreads_laptops() -> None:
    delays = set()
    for seed in range(50):
        b = Backoff(base=5, jitter=0.5, rng=random.Random(seed))
        b.failed()
        b.failed()
        delays.add(round(b.delay(), 3))
    assert len(delays) > 40
    assert min(delays) >= 5.0
    assert max(delays) <= 10.0


def test_backoff_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="Backoff"):
        Backoff(base=0)
    with pytest.raises(ValueError, match="Backoff"):
        Backoff(jitter=2)


# --- credentials ----------------------------------------------------------------------------------


Dict = MemoryKeyring


class Broken(Dict):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


def test_refresh_token_goes_to_the_keyring_under_inspector_desk() -> None:
    backend = Dict()
    store = CredentialStore("hq#dev", backend=backend)
    assert store.persistent
    assert store.warning is None
    store.save("token-1")
    assert backend.items == {(SERVICE, "hq#dev"): "token-1"}
    assert CredentialStore("hq#dev", backend=backend).load() == "token-1"  # survives a restart
    store.clear()
    assert backend.items == {}
    store.clear()  # clearing twice is fine


def test_without_a_keyring_the_token_stays_in_memory_only(tmp_path: Any, monkeypatch: Any) -> None:
    from keyring.backends import fail

    monkeypatch.chdir(tmp_path)
    store = CredentialStore("hq#dev", backend=fail.Keyring())
    assert not store.persistent
    assert store.warning == NO_KEYRING
    store.save("token-2")
    assert store.load() == "token-2"
    assert list(tmp_path.iterdir()) == []  # never a file
    assert CredentialStore("hq#dev", backend=fail.Keyring()).load() is None  # next run: sign in again


def test_a_keyring_that_fails_falls_back_to_memory() -> None:
    store = CredentialStore("hq#dev", backend=Broken())
    store.save("token-3")
    assert not store.persistent
    assert store.warning == NO_KEYRING
    assert store.load() == "token-3"


# --- transport --------------------------------------------------------------------------------------

ME = {"user_id": "u1", "login": "a", "full_name": "A", "role": "inspector", "unit_id": None, "beats": []}
TOKENS = {
    "access_token": "acc-2",
    "expires_in": 900,
    "refresh_token": "r" * 40,
    "refresh_expires_in": 3600,
    "user": ME,
    "server_time_ms": 1,
}


def transport(handler: Any, token: str | None = "r" * 30) -> tuple[Transport, Dict]:
    backend = Dict()
    store = CredentialStore("acct", backend=backend)
    if token:
        store.save(token)
    client = httpx.Client(base_url="http://hq.test", transport=httpx.MockTransport(handler))
    return Transport("http://hq.test", "device-0001", store, client=client), backend


def answer(status: int, error: str = "", **extra: Any) -> httpx.Response:
    return httpx.Response(status, json={"error": error, "message": f"{error} words", **extra})


def test_every_request_carries_the_version_and_an_expired_token_is_refreshed() -> None:
    seen: list[tuple[str, str | None, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(
            (request.url.path, request.headers.get(VERSION_HEADER), request.headers.get("Authorization"))
        )
        if request.url.path == "/v1/auth/refresh":
            return httpx.Response(200, json=TOKENS)
        if request.headers.get("Authorization") == "Bearer acc-2":
            return httpx.Response(200, json=ME)
        return answer(401, "token_expired")

    t, backend = transport(handler)
    t._access = "acc-1"
    assert t.me().user_id == "u1"
    assert [s[0] for s in seen] == ["/v1/me", "/v1/auth/refresh", "/v1/me"]
    assert all(s[1] == "1" for s in seen)
    assert backend.items[(SERVICE, "acct")] == "r" * 40  # the rotated refresh token is kept


@pytest.mark.parametrize(
    ("response", "error", "words"),
    [
        (answer(426, "upgrade_required", min_version=2), UpgradeRequiredError, "newer version"),
        (answer(403, "revoked"), RevokedError, "revoked"),
        (answer(403, "out_of_scope"), RequestRejected, "out_of_scope words"),
        (answer(422, "invalid_request"), RequestRejected, "invalid_request words"),
        (answer(500, "internal"), ServerError, "HQ had a problem"),
        (httpx.Response(502, text="<html>bad gateway</html>"), ServerError, "HQ had a problem"),
        (answer(401, "refresh_reused"), UnauthorizedError, "sign in again"),
    ],
)
def test_answers_become_errors_with_words(
    response: httpx.Response, error: type[Exception], words: str
) -> None:
    t, _ = transport(lambda _r: response)
    t._access = "acc"
    with pytest.raises(error) as caught:
        t.me()
    assert words in caught.value.message  # type: ignore[attr-defined]
    if isinstance(caught.value, UpgradeRequiredError):
        assert caught.value.min_version == 2


def test_a_refresh_that_fails_clears_the_token_and_asks_to_sign_in() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/auth/refresh":
            return answer(401, "invalid_token")
        return answer(401, "token_expired")

    t, backend = transport(handler)
    with pytest.raises(UnauthorizedError, match="sign in again"):
        t.me()
    assert backend.items == {}
    assert not t.signed_in


def test_no_network_is_offline() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    t, _ = transport(handler)
    t._access = "acc"
    with pytest.raises(OfflineError, match="offline"):
        t.me()


def test_login_sends_the_device_and_keeps_the_refresh_token() -> None:
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=TOKENS)

    t, backend = transport(handler, token=None)
    t.login("a", "pw")
    assert bodies[0]["device_id"] == "device-0001"
    assert bodies[0]["protocol"] == 1
    assert backend.items[(SERVICE, "acct")] == "r" * 40


SNAPSHOT_ITEM = {
    "kind": "upsert",
    "entity": "residents",
    "id": "r1",
    "beat_id": "b1",
    "rev": 7,
    "deleted": False,
    "fields": {"last_name": "Ким", "phones": ["+77010000001"], "notes": None},
    "stamps": {"last_name": "1760000000000-000000-hq"},
}
SNAPSHOT = {
    "items": [SNAPSHOT_ITEM],
    "position": 12,
    "cursor": "12",
    "next": {"entity": "residents", "id": "r1"},
    "has_more": True,
    "scope_beats": ["b1"],
}


def test_snapshot_pages_are_decoded_as_the_protocol_models_read_them() -> None:
    from inspector_desk.sync.protocol import RecordState, SnapshotRequest, SnapshotResponse

    t, _ = transport(lambda _r: httpx.Response(200, json=SNAPSHOT))
    t._access = "acc"
    page = t.snapshot(SnapshotRequest(position=None, after=None, limit=10))
    model = SnapshotResponse.model_validate(SNAPSHOT)
    assert (page.position, page.cursor, page.has_more, page.scope_beats) == (12, "12", True, ["b1"])
    assert page.next == model.next
    (item,) = page.items
    expected = RecordState.model_validate(SNAPSHOT_ITEM)
    for name in ("entity", "id", "beat_id", "rev", "deleted", "fields", "stamps", "kind"):
        assert getattr(item, name) == getattr(expected, name)


def test_the_snapshot_decoder_mirrors_every_member_of_the_protocol_models() -> None:
    """The msgspec structs copy the pydantic models' members: a member added to one and not the
    other would refuse every snapshot page HQ sends (unknown fields are refused)."""
    import msgspec

    from inspector_desk.sync import transport as wire
    from inspector_desk.sync.protocol import RecordState, SnapshotResponse

    for struct, model in ((wire.WireRecordState, RecordState), (wire.SnapshotPage, SnapshotResponse)):
        assert {f.name for f in msgspec.structs.fields(struct)} == set(model.model_fields), struct.__name__


@pytest.mark.parametrize(
    "broken",
    [
        {**SNAPSHOT, "surprise": 1},
        {**SNAPSHOT, "items": [{**SNAPSHOT_ITEM, "entity": "secrets"}]},
        {**SNAPSHOT, "items": [{**SNAPSHOT_ITEM, "extra": True}]},
        {**SNAPSHOT, "items": [{**SNAPSHOT_ITEM, "rev": "seven"}]},
        {**SNAPSHOT, "items": [{**SNAPSHOT_ITEM, "stamps": {"last_name": 5}}]},
        {**SNAPSHOT, "next": {"entity": "residents"}},
        {k: v for k, v in SNAPSHOT.items() if k != "cursor"},
    ],
)
def test_a_snapshot_page_of_another_shape_is_a_server_error(broken: dict[str, Any]) -> None:
    from inspector_desk.sync.protocol import SnapshotRequest

    t, _ = transport(lambda _r: httpx.Response(200, content=json.dumps(broken).encode()))
    t._access = "acc"
    with pytest.raises(ServerError, match="does not understand"):
        t.snapshot(SnapshotRequest(position=None, after=None, limit=10))
