"""The HQ web application: FastAPI routes over the sync, auth, conflict and reassignment modules,
with the protocol-version gate, a body-size cap and errors that name the offending field."""

from __future__ import annotations

import gc
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from inspector_desk.hq.auth import Auth, me_of
from inspector_desk.hq.config import Settings
from inspector_desk.hq.conflicts import list_conflicts, list_quarantine, resolve_conflict
from inspector_desk.hq.db import HqDatabase
from inspector_desk.hq.errors import ApiError, forbidden, not_found
from inspector_desk.hq.final_push import final_push
from inspector_desk.hq.models import Record, User
from inspector_desk.hq.pull import Page, fetch_page, position, pull_page, reconcile, snapshot_page
from inspector_desk.hq.push import PushQueue
from inspector_desk.hq.reassign import reassign_beat, reassign_case, reassign_resident
from inspector_desk.hq.refusals import AUDITED_STATUSES, audit_foreign_fetch, audit_refusal
from inspector_desk.hq.scope import Caller
from inspector_desk.sync.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    VERSION_HEADER,
    ConflictList,
    ErrorBody,
    ErrorDetail,
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
    QuarantineList,
    ReassignRequest,
    ReassignResponse,
    ReconcileRequest,
    ReconcileResponse,
    RefreshRequest,
    ResolveRequest,
    ResolveResponse,
    SnapshotRequest,
    SnapshotResponse,
    TokenResponse,
)

log = logging.getLogger("inspector_desk.hq")
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
UNVERSIONED = ("/v1/health", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc")


def error_body(error: str, message: str, **extra: Any) -> dict[str, Any]:
    return ErrorBody(error=error, message=message, **extra).model_dump(exclude_none=True)


# An escaped NUL in JSON text: \u0000 preceded by an even number of backslashes.
_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000", re.IGNORECASE)


def _has_nul(body: bytes) -> bool:
    """A NUL in the body, raw or escaped. The regex runs only where an escape can be (a plain
    substring search first): run over every body it cost more than the rest of the gate."""
    if b"\x00" in body:
        return True
    return (b"\\u0000" in body or b"\\U0000" in body) and _NUL.search(body) is not None


class GateMiddleware:
    """Before any route runs: refuse an incompatible protocol version (426: nothing applied, the
    laptop keeps its outbox) and a body over the size cap (413), read without trusting headers."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if path.startswith("/v1/") and path not in UNVERSIONED:
            refusal = self._version_refusal(headers.get(VERSION_HEADER.lower()))
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await self._too_large()(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._too_large()(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if _has_nul(body) or b"%00" in scope.get("query_string", b""):
            # PostgreSQL text cannot hold NUL: refuse it here, in words, for every field at once.
            nul_body = error_body("nul_character", "text may not contain NUL characters", field="body")
            await JSONResponse(nul_body, 422)(scope, receive, send)
            return
        delivered = False

        async def replay() -> MutableMapping[str, Any]:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self) -> JSONResponse:
        return JSONResponse(
            error_body("body_too_large", f"body: larger than {self.max_body} bytes", field="body"), 413
        )

    @staticmethod
    def _version_refusal(value: str | None) -> JSONResponse | None:
        if value is None or not value.strip().isdigit():
            return JSONResponse(
                error_body(
                    "upgrade_required",
                    f"this client does not send a valid {VERSION_HEADER}: update the application",
                    min_version=MIN_PROTOCOL_VERSION,
                ),
                426,
            )
        version = int(value)
        if version < MIN_PROTOCOL_VERSION:
            return JSONResponse(
                error_body(
                    "upgrade_required",
                    f"protocol {version} is no longer supported: update the application "
                    f"(needs {MIN_PROTOCOL_VERSION} or newer); unsent changes stay on the laptop",
                    min_version=MIN_PROTOCOL_VERSION,
                ),
                426,
            )
        if version > PROTOCOL_VERSION:
            return JSONResponse(
                error_body("hq_too_old", f"HQ speaks protocol {PROTOCOL_VERSION}, the client {version}"), 400
            )
        return None


def _loc(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "header", "path")]
    return ".".join(parts) or "body"


def _caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
    auth: Auth = request.app.state.auth
    caller = auth.caller(authorization)
    request.state.caller = caller  # a refusal of this request is audited under the caller's name
    return caller


def _raw(page: Page[Any]) -> Response:
    """Pages of records go out as the JSON text HQ holds (``hq.pull``), not re-validated by
    FastAPI: ``response_model`` still documents them in the OpenAPI schema."""
    return Response(page.body(), media_type="application/json")


# Module level: routes' annotations are strings (PEP 563) that FastAPI resolves in this module.
Authed = Annotated[Caller, Depends(_caller)]


def create_app(settings: Settings, db: HqDatabase | None = None) -> FastAPI:
    database = db or HqDatabase(settings.database_url)
    auth = Auth(database, settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        yield

    app = FastAPI(title="Inspector Desk HQ", version=str(PROTOCOL_VERSION), lifespan=lifespan)
    app.add_middleware(GateMiddleware, max_body=settings.max_body_bytes)
    app.state.db = database
    app.state.auth = auth
    pushes = PushQueue(database)  # concurrent pushes share one transaction (group commit)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        caller = getattr(request.state, "caller", None)
        if caller is not None and exc.status in AUDITED_STATUSES:
            route = getattr(request.scope.get("route"), "name", "") or "unknown"
            await run_in_threadpool(audit_refusal, database, caller, route, request.url.path, exc)
        return JSONResponse(
            error_body(exc.error, exc.message, field=exc.field, min_version=exc.min_version), exc.status
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = []
        for err in exc.errors():
            field = _loc(tuple(err.get("loc", ())))
            msg = str(err.get("msg", "invalid"))
            if err.get("type") == "value_error":
                # Our validators word errors as "<field path>: <rule>": fold the path into the field.
                msg = msg.removeprefix("Value error, ")
                head, sep, rest = msg.partition(": ")
                if sep and " " not in head:
                    field, msg = (f"{field}.{head}" if field != "body" else head), rest
            details.append(ErrorDetail(field=field, rule=str(err.get("type", "invalid")), message=msg))
        if any(d.rule == "json_invalid" for d in details):
            return JSONResponse(
                error_body("invalid_json", "body: not valid JSON", field="body", details=details), 400
            )
        first = details[0] if details else ErrorDetail(field="body", rule="invalid", message="invalid")
        body = error_body(
            "invalid_request", f"{first.field}: {first.message}", field=first.field, details=details
        )
        return JSONResponse(json.loads(json.dumps(body, default=str)), 422)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(error_body("internal", "HQ failed to handle the request; it was logged"), 500)

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        with database.read() as session:
            pos = position(session)
        return {
            "status": "ok",
            "protocol": PROTOCOL_VERSION,
            "min_protocol": MIN_PROTOCOL_VERSION,
            "position": pos,
        }

    @app.post("/v1/auth/login", response_model=TokenResponse)
    def login(body: LoginRequest) -> TokenResponse:
        return auth.login(body.login, body.password, body.device_id, body.device_name)

    @app.post("/v1/auth/refresh", response_model=TokenResponse)
    def refresh(body: RefreshRequest) -> TokenResponse:
        return auth.refresh(body.refresh_token, body.device_id)

    @app.get("/v1/me", response_model=Me)
    def me(who: Authed) -> Me:
        with database.read() as session:
            user = session.get(User, who.user_id)
            assert user is not None
            return me_of(session, user)

    @app.post("/v1/sync/push", response_model=PushResponse)
    async def sync_push(body: PushRequest, who: Authed) -> Response:
        # Sent as pydantic writes it: the answer is HQ's own model, built and checked in ``push``.
        answer = await pushes.push(who, body)
        return Response(answer.model_dump_json(), media_type="application/json")

    @app.post("/v1/sync/final-push", response_model=FinalPushResponse)
    def sync_final_push(body: FinalPushRequest) -> FinalPushResponse:
        """A revoked laptop's outbox before its wipe, signed by its refresh token: quarantined."""
        return final_push(database, body)

    @app.post("/v1/sync/pull", response_model=PullResponse)
    def sync_pull(body: PullRequest, who: Authed) -> Response:
        return _raw(pull_page(database, who, body.cursor, body.limit))

    @app.get("/v1/sync/pull", response_model=PullResponse)
    def sync_pull_get(
        who: Authed,
        cursor: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> Response:
        return _raw(pull_page(database, who, cursor, limit))

    @app.post("/v1/sync/snapshot", response_model=SnapshotResponse)
    def sync_snapshot(body: SnapshotRequest, who: Authed) -> Response:
        return _raw(snapshot_page(database, who, body.position, body.after, body.limit))

    @app.post("/v1/sync/fetch", response_model=FetchResponse)
    def sync_fetch(body: FetchRequest, who: Authed) -> Response:
        audit_foreign_fetch(database, who, body.entity, body.ids)
        return _raw(fetch_page(database, who, body.entity, body.ids))

    @app.post("/v1/sync/reconcile", response_model=ReconcileResponse)
    def sync_reconcile(body: ReconcileRequest, who: Authed) -> ReconcileResponse:
        return reconcile(database, who, body)

    @app.get("/v1/conflicts", response_model=ConflictList)
    def conflicts(
        who: Authed,
        status: Annotated[str, Query(pattern="^(open|resolved|all)$")] = "open",
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> ConflictList:
        return list_conflicts(database, who, status, limit)

    @app.post("/v1/conflicts/{conflict_id}/resolve", response_model=ResolveResponse)
    def resolve(
        conflict_id: Annotated[int, Path(ge=1, le=2**31 - 1)], body: ResolveRequest, who: Authed
    ) -> ResolveResponse:
        return resolve_conflict(database, who, conflict_id, body.value)

    @app.get("/v1/quarantine", response_model=QuarantineList)
    def quarantine(who: Authed, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> QuarantineList:
        return list_quarantine(database, who, limit)

    @app.post("/v1/reassign", response_model=ReassignResponse)
    def reassign(body: ReassignRequest, who: Authed) -> ReassignResponse:
        if who.role != "supervisor":
            raise forbidden("forbidden_role", "reassignment is for the supervisor of the unit")
        with database.write() as writer:
            session = writer.session
            if body.to_beat_id is not None and not who.sees(body.to_beat_id):
                raise forbidden("out_of_scope", "to_beat_id: not a beat of your unit")
            if body.to_user_id is not None:
                target = session.get(User, body.to_user_id)
                if target is None or target.unit_id != who.unit_id:
                    raise forbidden("out_of_scope", "to_user_id: not a member of your unit")
            moved: dict[str, int]
            if body.kind == "beat":
                if not who.sees(body.target_id) or body.to_user_id is None:
                    raise forbidden("out_of_scope", "target_id: not a beat of your unit (or no to_user_id)")
                moved = {"scope_changes": reassign_beat(writer, body.target_id, body.to_user_id)}
            else:
                entity = "residents" if body.kind == "resident" else "dv_cases"
                record = session.get(Record, (entity, body.target_id))
                if record is None or not who.sees(record.beat_id):
                    raise not_found(f"target_id: no {entity} {body.target_id} in your unit")
                if body.kind == "resident":
                    if body.to_beat_id is None:
                        raise ApiError(422, "invalid_request", "to_beat_id: required", field="to_beat_id")
                    moved = reassign_resident(
                        writer, body.target_id, body.to_beat_id, with_household=body.with_household
                    )
                else:
                    moved = reassign_case(writer, body.target_id, body.to_beat_id, body.to_user_id)
            return ReassignResponse(moved=moved, position=writer.position)

    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers: settings from the environment (set by ``serve --workers``)."""
    from inspector_desk.hq.config import load_settings

    app = create_app(load_settings())
    settle_heap()
    return app


def settle_heap() -> None:
    """Before serving: what is loaded by now (modules, the app, the engine) lives as long as
    the process, so the collector leaves it out of its scans. Its full collections otherwise
    walk all of it again and again under the allocations of a busy server."""
    gc.collect()
    gc.freeze()
