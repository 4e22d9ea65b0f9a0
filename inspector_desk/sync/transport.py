"""HTTP to HQ with httpx: the protocol version on every request, the access token refreshed
when it expires (the refresh token rotates and is kept by ``CredentialStore``), and HQ's
answers turned into the typed errors of ``sync.errors``. Thread-safe for one caller at a time
per request; the engine serialises its own use."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

import httpx
import msgspec
from pydantic import BaseModel, Field, ValidationError

from inspector_desk.security.tls import is_untrusted_certificate, plain_http_refusal, verify_for
from inspector_desk.sync.credentials import CredentialStore
from inspector_desk.sync.errors import (
    InsecureConnectionError,
    OfflineError,
    PasswordResetError,
    RequestRejected,
    RevokedError,
    ServerError,
    SyncError,
    UnauthorizedError,
    UntrustedCertificateError,
    UpgradeRequiredError,
)
from inspector_desk.sync.protocol import (
    PROTOCOL_VERSION,
    VERSION_HEADER,
    BeatEviction,
    ConflictItem,
    ConflictList,
    EntityName,
    Eviction,
    FetchRequest,
    FetchResponse,
    FinalPushRequest,
    FinalPushResponse,
    LoginRequest,
    Me,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    ReconcileRequest,
    ReconcileResponse,
    RecordState,
    RefreshRequest,
    ResolveRequest,
    ResolveResponse,
    SnapshotKey,
    SnapshotRequest,
    TokenResponse,
)

T = TypeVar("T")


# Pages of records are validated for shape, not value by value: HQ validated every value when it
# was pushed, and checking tens of thousands of JSON values again is most of a first sync's
# parsing time. The models are subclasses, so ``isinstance(item, RecordState)`` still holds.
class FastRecordState(RecordState):
    fields: dict[str, Any]


FastPullItem = Annotated[
    FastRecordState | Eviction | BeatEviction | ConflictItem, Field(discriminator="kind")
]


class FastPullResponse(PullResponse):
    items: list[FastPullItem]  # type: ignore[assignment]


class FastFetchResponse(FetchResponse):
    items: list[Annotated[FastRecordState | Eviction, Field(discriminator="kind")]]  # type: ignore[assignment]


# A first sync's snapshot pages (5,000 records each, tens of thousands in all) are decoded by
# msgspec into plain structs: the same shape checks as the models above (unknown keys refused,
# entity names, types of every member; field values as they come), at a fraction of the CPU.
# It matters beyond its own time: the next page is decoded in the prefetch thread while this one
# is written, and a decoder holding the GIL slowed the writing as much as it cost itself.
class WireRecordState(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """A ``RecordState`` of a snapshot page, as ``Applier.records`` reads it."""

    entity: EntityName
    id: str
    beat_id: str
    rev: int
    deleted: bool
    fields: dict[str, Any]
    stamps: dict[str, str]
    kind: Literal["upsert"] = "upsert"


class SnapshotPage(msgspec.Struct, forbid_unknown_fields=True):
    """A ``SnapshotResponse`` whose items are ``WireRecordState`` structs (its ``next`` is the
    protocol's own ``SnapshotKey``, checked by pydantic: one small object per page)."""

    position: int
    cursor: str
    items: list[WireRecordState]
    next: SnapshotKey | None
    has_more: bool
    scope_beats: list[str]


def _protocol_model(kind: type[Any], value: Any) -> Any:
    if kind is SnapshotKey:
        return SnapshotKey.model_validate(value)  # its ValidationError is a ValueError: refused
    raise TypeError(f"no decoder for {kind!r}")  # only SnapshotKey is a custom type here


_SNAPSHOT_DECODER = msgspec.json.Decoder(SnapshotPage, dec_hook=_protocol_model)


def decode_snapshot(body: bytes) -> SnapshotPage:
    """A snapshot page from HQ's JSON; ``msgspec.ValidationError`` (a ``DecodeError``) if it is
    not one."""
    return _SNAPSHOT_DECODER.decode(body)


# Access tokens are refreshed on these 401 answers; other 401s mean "sign in again".
_REFRESHABLE = frozenset({"token_expired", "invalid_token", "missing_token"})


class Transport:
    """One laptop's connection to one HQ."""

    def __init__(
        self,
        base_url: str,
        device_id: str,
        credentials: CredentialStore,
        *,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        protocol_version: int = PROTOCOL_VERSION,
        verify: ssl.SSLContext | bool | None = None,
    ) -> None:
        """``verify``: True (public CAs) or an SSLContext (``security.tls.verify_for``); None takes
        the CA bundle of ``INSPECTOR_DESK_CA_BUNDLE`` if set. Certificates are always checked."""
        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self.credentials = credentials
        self.protocol_version = protocol_version
        # A client given by the caller (tests, a custom set-up) brings its own transport and TLS rules.
        self._insecure = plain_http_refusal(self.base_url) if client is None else None
        self._http = client or httpx.Client(
            base_url=self.base_url, timeout=timeout, verify=verify_for() if verify is None else verify
        )
        self._access: str | None = None
        self._lock = threading.Lock()
        self.user: Me | None = None
        self.last_server_time_ms: int | None = None

    # -- session ----------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self._access is not None or self.credentials.load() is not None

    def login(self, login: str, password: str, device_name: str | None = None) -> TokenResponse:
        body = LoginRequest(
            protocol=self.protocol_version,
            login=login,
            password=password,
            device_id=self.device_id,
            device_name=device_name,
        )
        tokens = self._send("POST", "/v1/auth/login", body, TokenResponse.model_validate_json, auth=False)
        self._accept(tokens)
        return tokens

    def refresh(self) -> TokenResponse:
        with self._lock:
            token = self.credentials.load()
            if token is None:
                raise UnauthorizedError("Sign in to HQ to sync.")
            body = RefreshRequest(
                protocol=self.protocol_version, refresh_token=token, device_id=self.device_id
            )
            try:
                tokens = self._send(
                    "POST", "/v1/auth/refresh", body, TokenResponse.model_validate_json, auth=False
                )
            except UnauthorizedError:
                self.credentials.clear()
                self._access = None
                raise
            self._accept(tokens)
            return tokens

    def sign_out(self) -> None:
        self._access = None
        self.credentials.clear()

    def _accept(self, tokens: TokenResponse) -> None:
        self._access = tokens.access_token
        self.user = tokens.user
        self.last_server_time_ms = tokens.server_time_ms
        self.credentials.save(tokens.refresh_token)

    def close(self) -> None:
        self._http.close()

    # -- API ----------------------------------------------------------------------------------

    def me(self) -> Me:
        self.user = self._call("GET", "/v1/me", None, Me.model_validate_json)
        return self.user

    def push(self, request: PushRequest) -> PushResponse:
        return self._call("POST", "/v1/sync/push", request, PushResponse.model_validate_json)

    def final_push(self, request: PushRequest) -> FinalPushResponse:
        """A revoked (or password-reset) laptop's outbox before its wipe, signed by the refresh
        token still in the keyring: HQ keeps it in quarantine for the supervisor."""
        token = self.credentials.load()
        if token is None:
            raise UnauthorizedError("No HQ session is kept on this laptop: the outbox cannot be sent.")
        body = FinalPushRequest.model_validate({**request.model_dump(), "refresh_token": token})
        return self._send(
            "POST", "/v1/sync/final-push", body, FinalPushResponse.model_validate_json, auth=False
        )

    def pull(self, cursor: str | None, limit: int) -> PullResponse:
        return self._call(
            "POST",
            "/v1/sync/pull",
            PullRequest(protocol=self.protocol_version, cursor=cursor, limit=limit),
            FastPullResponse.model_validate_json,
        )

    def snapshot(self, request: SnapshotRequest) -> SnapshotPage:
        return self._call("POST", "/v1/sync/snapshot", request, decode_snapshot)

    def fetch(self, request: FetchRequest) -> FetchResponse:
        return self._call("POST", "/v1/sync/fetch", request, FastFetchResponse.model_validate_json)

    def reconcile(self, request: ReconcileRequest) -> ReconcileResponse:
        return self._call("POST", "/v1/sync/reconcile", request, ReconcileResponse.model_validate_json)

    def conflicts(self, status: str = "open") -> ConflictList:
        return self._call("GET", f"/v1/conflicts?status={status}", None, ConflictList.model_validate_json)

    def resolve(self, conflict_id: int, value: Any) -> ResolveResponse:
        body = ResolveRequest(protocol=self.protocol_version, value=value)
        return self._call(
            "POST", f"/v1/conflicts/{int(conflict_id)}/resolve", body, ResolveResponse.model_validate_json
        )

    # -- plumbing -----------------------------------------------------------------------------

    def _call(self, method: str, path: str, body: BaseModel | None, parse: Callable[[bytes], T]) -> T:
        if self._access is None:
            self.refresh()
        try:
            return self._send(method, path, body, parse, auth=True)
        except _Refresh:
            self.refresh()
            try:
                return self._send(method, path, body, parse, auth=True)
            except _Refresh as again:
                raise UnauthorizedError("HQ did not accept this session: sign in again.") from again

    def _send(
        self,
        method: str,
        path: str,
        body: BaseModel | None,
        parse: Callable[[bytes], T],
        *,
        auth: bool,
    ) -> T:
        headers = {VERSION_HEADER: str(self.protocol_version), "Content-Type": "application/json"}
        if auth and self._access is not None:
            headers["Authorization"] = f"Bearer {self._access}"
        content = body.model_dump_json().encode() if body is not None else None
        if self._insecure is not None:
            raise InsecureConnectionError(self._insecure)
        try:
            try:
                response = self._http.request(method, path, content=content, headers=headers)
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
                # A kept-alive connection HQ had just closed: one immediate retry on a fresh one.
                # Safe for every call: pushes are idempotent by change id, the rest only read.
                response = self._http.request(method, path, content=content, headers=headers)
        except httpx.TimeoutException as exc:
            raise OfflineError("HQ did not answer in time: working offline.", detail=str(exc)) from exc
        except httpx.TransportError as exc:
            if is_untrusted_certificate(exc):
                raise UntrustedCertificateError(
                    "HQ's certificate is not trusted by this laptop, so nothing was sent: ask the "
                    "administrator for HQ's CA certificate and choose it in Settings, HQ CA bundle.",
                    detail=str(exc),
                ) from exc
            raise OfflineError("HQ cannot be reached: working offline.", detail=str(exc)) from exc
        if response.status_code == 200:
            try:
                return parse(response.content)
            except (ValidationError, msgspec.DecodeError) as exc:
                raise ServerError(
                    "HQ sent an answer this application does not understand.", detail=str(exc)
                ) from exc
        raise self._error(response, auth=auth)

    def _error(self, response: httpx.Response, *, auth: bool) -> Exception:
        status = response.status_code
        try:
            data = response.json()
            error = str(data.get("error", "")) if isinstance(data, dict) else ""
            message = str(data.get("message", "")) if isinstance(data, dict) else ""
            min_version = data.get("min_version") if isinstance(data, dict) else None
        except ValueError:
            error, message, min_version = "", response.text[:200], None
        detail = f"HTTP {status} {error}: {message}"
        if status == 426 or error == "upgrade_required":
            return UpgradeRequiredError(
                "HQ needs a newer version of Inspector Desk: update the application. "
                "Your unsent changes stay on this laptop.",
                min_version=min_version if isinstance(min_version, int) else None,
                detail=detail,
            )
        if status == 403 and error == "password_reset":
            return PasswordResetError(
                "Your password was reset at HQ: this laptop's data is removed and set up again from HQ "
                "when you sign in with the new password.",
                detail=detail,
            )
        if status == 403 and error == "revoked":
            return RevokedError("This account or laptop has been revoked at HQ.", detail=detail)
        if status == 401:
            if auth and error in _REFRESHABLE:
                return _Refresh(detail)
            if error == "bad_credentials":
                return UnauthorizedError("The login or password is wrong.", detail=detail)
            return UnauthorizedError("Your HQ session has ended: sign in again.", detail=detail)
        if status == 429:
            return UnauthorizedError(message or "Too many attempts: try again later.", detail=detail)
        if status >= 500:
            return ServerError("HQ had a problem handling the sync; it will be tried again.", detail=detail)
        return RequestRejected(
            message or f"HQ refused the request ({status}).", status=status, error=error, detail=detail
        )


class _Refresh(SyncError):
    """Internal: the access token needs refreshing."""
