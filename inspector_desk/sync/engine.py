"""The client sync engine: push the outbox, pull HQ's changes, keep the laptop in step.

Pure Python (no Qt): the UI runs ``SyncEngine.sync_once`` in a worker thread with its own
engine and reads ``status()`` for the status bar. Every step is crash-safe:

* push: a batch of outbox entries is sent; only after HQ answered are they marked pushed, in
  one local transaction with the audit entries sent along and any record re-fetched because its
  change lost or merged at HQ. A kill before that re-sends the batch; HQ answers the same
  results (``duplicate``) and applies nothing twice.
* pull: each page (or snapshot page on the first sync) is applied together with the new cursor
  in one local transaction, so an interrupted pull resumes where it stopped.
* evictions purge after the outbox was pushed and never a row with outbox entries.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import func, select, update

from inspector_desk.security.integrity import store_files
from inspector_desk.services.audit import record_role_change
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import (
    AuditEntry,
    Beat,
    BeatAssignment,
    OutboxEntry,
    SyncConflict,
    Unit,
    User,
)
from inspector_desk.sync.apply import (
    SPECS,
    Applier,
    get_state,
    restore_indexes,
    set_indexes_aside,
    set_state,
    sync_session,
)
from inspector_desk.sync.backoff import Backoff
from inspector_desk.sync.errors import (
    OfflineError,
    PasswordResetError,
    RevokedError,
    ServerError,
    SyncBusy,
    SyncCancelled,
    SyncError,
    UnauthorizedError,
    UpgradeRequiredError,
)
from inspector_desk.sync.protocol import (
    MAX_BATCH,
    MAX_PAGE,
    AuditIn,
    BeatEviction,
    Change,
    ConflictItem,
    EntityDigest,
    Eviction,
    FetchRequest,
    Me,
    PullResponse,
    PushRequest,
    PushResponse,
    ReconcileRequest,
    RecordState,
    SnapshotKey,
    SnapshotRequest,
    holdings_digest,
)
from inspector_desk.sync.transport import SnapshotPage, Transport

log = logging.getLogger(__name__)

CURSOR_KEY = "sync.cursor"
SNAPSHOT_KEY = "sync.snapshot"
USER_KEY = "sync.user"
LAST_SUCCESS_KEY = "sync.last_success"
LAST_RECONCILE_KEY = "sync.last_reconcile"
DEVICE_KEY = "sync.device_id"
RECONCILE_EVERY_S = 24 * 3600
SNAPSHOT_COMMIT_RECORDS = 20_000  # records of a first sync applied per local transaction

Phase = Literal["connect", "push", "snapshot", "pull", "reconcile", "done"]


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """A step of a running sync, for a progress bar: ``done`` of ``total`` (None: unknown)."""

    phase: Phase
    done: int
    total: int | None
    message: str


@dataclass(slots=True)
class SyncReport:
    """What one ``sync_once`` did."""

    pushed: int = 0
    push_results: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    audit_pushed: int = 0
    snapshot: bool = False
    pulled: int = 0
    pages: int = 0
    evicted: int = 0
    deferred_evictions: int = 0
    conflicts_received: int = 0
    reconciled: bool = False
    repaired: int = 0
    invalid: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar shows."""

    online: bool
    last_success: datetime | None
    pending_changes: int
    conflicts_open: int
    last_error: str | None
    error_code: str | None
    signed_in: bool
    running: bool
    next_attempt_in: float
    user_id: str | None


ProgressCb = Callable[[SyncProgress], None]


def device_id_of(db: Database) -> str:
    """This laptop's device id (made once, kept in the store; the HLC node of its edits)."""
    with db.write() as session:
        value = get_state(session, DEVICE_KEY)
        if value is None:
            value = f"desk-{uuid.uuid4().hex}"
            set_state(session, DEVICE_KEY, value)
        return value


def apply_me(session: Any, me: Me) -> None:
    """Make the local copy of the account, its unit and beats match HQ's ``/v1/me``."""
    units = {b.unit_id for b in me.beats if b.unit_id} | ({me.unit_id} if me.unit_id else set())
    for unit_id in units:
        if session.get(Unit, unit_id) is None:
            session.add(Unit(id=unit_id, name=unit_id))
    session.flush()
    for info in me.beats:
        beat = session.get(Beat, info.id)
        if beat is None:
            clash = session.scalar(select(Beat).where(Beat.code == info.code))
            if clash is not None:
                clash.code = f"{clash.code}~{clash.id[:8]}"  # a stale local beat gives way to HQ's
                session.flush()
            session.add(Beat(id=info.id, code=info.code, name=info.name, unit_id=info.unit_id))
        else:
            beat.code, beat.name, beat.unit_id = info.code, info.name, info.unit_id
    session.flush()
    user = session.get(User, me.user_id)
    if user is None:
        clash = session.scalar(select(User).where(User.login == me.login))
        if clash is not None:
            clash.login = f"{clash.login}~{clash.id[:8]}"
            session.flush()
        session.add(
            User(id=me.user_id, login=me.login, full_name=me.full_name, role=me.role, unit_id=me.unit_id)
        )
    else:
        if user.role != me.role:
            device = get_state(session, DEVICE_KEY) or "local"
            record_role_change(session, user.id, user.role, me.role, device)
        user.login, user.full_name, user.role, user.unit_id = me.login, me.full_name, me.role, me.unit_id
        user.active = True
    session.flush()
    wanted = {b.id for b in me.beats} if me.role == "inspector" else set()
    have = set(session.scalars(select(BeatAssignment.beat_id).where(BeatAssignment.user_id == me.user_id)))
    for beat_id in have - wanted:
        session.delete(session.get(BeatAssignment, (me.user_id, beat_id)))
    for beat_id in wanted - have:
        session.add(BeatAssignment(user_id=me.user_id, beat_id=beat_id))


def wipe_files(db_path: Path) -> list[Path]:
    """Delete the local store, its WAL/SHM, key file and lockout record; returns what was removed."""
    removed = []
    for path in store_files(db_path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


class SyncEngine:
    """Syncs one local store with HQ. One ``sync_once`` at a time (others get ``SyncBusy``)."""

    def __init__(
        self,
        db: Database,
        transport: Transport,
        *,
        device_id: str | None = None,
        push_batch: int = 500,
        pull_page: int = 2000,
        snapshot_page: int = MAX_PAGE,
        backoff: Backoff | None = None,
        on_wipe: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.transport = transport
        self.device_id = device_id or transport.device_id
        self.push_batch = max(1, min(push_batch, MAX_BATCH))
        self.pull_page = max(1, min(pull_page, MAX_PAGE))
        self.snapshot_page = max(1, min(snapshot_page, MAX_PAGE))
        self.backoff = backoff or Backoff()
        self.on_wipe = on_wipe
        self._lock = threading.Lock()
        self._running = False
        self._online = False
        self._last_error: SyncError | None = None
        self._next_attempt_at = 0.0
        self.wiped = False

    # -- sign-in --------------------------------------------------------------------------------

    def sign_in(self, login: str, password: str, device_name: str | None = None) -> Me:
        """Sign in at HQ (the refresh token goes to the keyring) and provision the local account."""
        tokens = self.transport.login(login, password, device_name)
        with self.db.write() as session:
            apply_me(session, tokens.user)
            set_state(session, USER_KEY, tokens.user.model_dump_json())
        self._online = True
        return tokens.user

    def sign_out(self) -> None:
        self.transport.sign_out()

    # -- status ---------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        if self.wiped:  # the store is gone: opening it again would create an empty file
            return SyncStatus(
                online=True,
                last_success=None,
                pending_changes=0,
                conflicts_open=0,
                last_error=self._last_error.message if self._last_error else "This laptop was revoked.",
                error_code="revoked",
                signed_in=False,
                running=False,
                next_attempt_in=float("inf"),
                user_id=None,
            )
        with self.db.read() as session:
            pending = session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.pushed_at.is_(None))
            )
            conflicts = session.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.status == "open")
            )
            last = get_state(session, LAST_SUCCESS_KEY)
            user = get_state(session, USER_KEY)
        err = self._last_error
        return SyncStatus(
            online=self._online,
            last_success=datetime.fromisoformat(last) if last else None,
            pending_changes=int(pending or 0),
            conflicts_open=int(conflicts or 0),
            last_error=err.message if err is not None else None,
            error_code=err.code if err is not None else None,
            signed_in=self.transport.signed_in,
            running=self._running,
            next_attempt_in=max(0.0, self._next_attempt_at - time.monotonic()),
            user_id=json.loads(user)["user_id"] if user else None,
        )

    def due(self) -> bool:
        """Is an automatic attempt due now (backoff after failures)?"""
        return time.monotonic() >= self._next_attempt_at

    # -- the sync ---------------------------------------------------------------------------------

    def sync_once(
        self,
        progress_cb: ProgressCb | None = None,
        cancel: threading.Event | None = None,
        *,
        reconcile: bool | None = None,
    ) -> SyncReport:
        """Push, pull (snapshot first time), reconcile when asked or a day since the last one.

        Raises a ``SyncError`` subclass on failure (the outbox is always kept); after
        ``RevokedError`` the local store has been wiped (``wiped`` is True).
        """
        if self.wiped:
            raise RevokedError("This laptop was revoked and its data wiped.", wiped=True)
        if not self._lock.acquire(blocking=False):
            raise SyncBusy("A sync is already running.")
        self._running = True
        started = time.monotonic()
        report = SyncReport()
        try:
            self._sync(report, progress_cb or (lambda _p: None), cancel or threading.Event(), reconcile)
        except RevokedError as exc:
            self._online = True
            self._last_error = exc
            self._next_attempt_at = float("inf")
            try:
                self._wipe(exc)
            except OSError as failure:  # a file that cannot be deleted must not hide the revocation
                log.error("revoked: the wipe failed: %s", failure)
            raise
        except SyncError as exc:
            self._failed(exc)
            raise
        except Exception as exc:
            err = SyncError(
                "The sync stopped on an unexpected problem; it will be tried again.", detail=repr(exc)
            )
            self._failed(err)
            raise err from exc
        else:
            self._online = True
            self._last_error = None
            self.backoff.succeeded()
            self._next_attempt_at = 0.0
            with self.db.write() as session:
                set_state(session, LAST_SUCCESS_KEY, utcnow().isoformat())
        finally:
            report.seconds = time.monotonic() - started
            self._running = False
            self._lock.release()
        return report

    def _failed(self, exc: SyncError) -> None:
        self._last_error = exc
        if isinstance(exc, OfflineError):
            self._online = False
        elif not isinstance(exc, SyncCancelled):
            self._online = not isinstance(exc, ServerError)
        if isinstance(exc, UpgradeRequiredError | UnauthorizedError):
            self._next_attempt_at = float("inf")  # needs the user (update / sign in), not a retry
        elif not isinstance(exc, SyncCancelled):
            self._next_attempt_at = time.monotonic() + self.backoff.failed()

    def _sync(
        self, report: SyncReport, progress: ProgressCb, cancel: threading.Event, reconcile: bool | None
    ) -> None:
        progress(SyncProgress("connect", 0, None, "Connecting to HQ"))
        me = self.transport.me()
        with self.db.write() as session:
            known = get_state(session, USER_KEY)
            if known is None or json.loads(known) != json.loads(me.model_dump_json()):
                apply_me(session, me)
                set_state(session, USER_KEY, me.model_dump_json())
        self._online = True
        self._push(report, progress, cancel)
        with sync_session(self.db) as session:
            applier = Applier(session, frozenset(b.id for b in me.beats))
            applier.run_deferred()
            applier.finish()
            report.evicted += applier.stats.evicted
        self._pull(report, progress, cancel)
        with self.db.read() as session:
            last = get_state(session, LAST_RECONCILE_KEY)
        stale = last is None or time.time() - float(last) > RECONCILE_EVERY_S
        if reconcile or (reconcile is None and stale):
            self._reconcile(report, progress, cancel)
        progress(SyncProgress("done", 1, 1, "Synced"))

    # -- push ---------------------------------------------------------------------------------------

    def _check(self, cancel: threading.Event) -> None:
        if cancel.is_set():
            raise SyncCancelled("The sync was cancelled; what was done so far is kept.")

    def _pending_count(self) -> int:
        with self.db.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(
                        OutboxEntry.pushed_at.is_(None), func.coalesce(OutboxEntry.result, "") != "invalid"
                    )
                )
                or 0
            )

    def _push(
        self, report: SyncReport, progress: ProgressCb, cancel: threading.Event, *, final: bool = False
    ) -> None:
        """Send the outbox in batches; ``final``: as a revoked laptop's final push (quarantined at HQ)."""
        total = self._pending_count()
        while True:
            self._check(cancel)
            changes, audit, invalid, resolves = self._next_batch()
            if invalid:
                report.invalid += len(invalid)
                with self.db.write() as session:
                    session.execute(
                        update(OutboxEntry).where(OutboxEntry.seq.in_(invalid)).values(result="invalid")
                    )
            if not changes and not audit:
                if not invalid:
                    return
                continue
            for change in changes:
                ids = resolves.get(change.change_id)
                if ids:
                    change.resolves = ids
            request = PushRequest(
                device_id=self.device_id,
                client_time_ms=time.time_ns() // 1_000_000,
                changes=changes,
                audit=audit,
                protocol=self.transport.protocol_version,
            )
            response = self.transport.final_push(request) if final else self.transport.push(request)
            refetch = [] if final else self._refetch(changes, response)
            self._mark_pushed(changes, audit, response, refetch)
            report.pushed += len(changes)
            report.audit_pushed += len(audit)
            for result in response.results:
                report.push_results[result.status] = report.push_results.get(result.status, 0) + 1
                report.duplicates += int(result.duplicate)
            progress(SyncProgress("push", report.pushed, total, f"Sent {report.pushed} of {total} changes"))

    def _next_batch(self) -> tuple[list[Change], list[AuditIn], list[int], dict[str, list[int]]]:
        with self.db.read() as session:
            rows = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.pushed_at.is_(None), func.coalesce(OutboxEntry.result, "") != "invalid")
                .order_by(OutboxEntry.seq)
                .limit(self.push_batch)
            ).all()
            audit_rows = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.synced.is_(False))
                .order_by(AuditEntry.at)
                .limit(self.push_batch)
            ).all()
            change_ids = [r.change_id for r in rows]
            resolves: dict[str, list[int]] = {}
            if change_ids:
                for conflict_id, change_id in session.execute(
                    select(SyncConflict.id, SyncConflict.pending_change_id).where(
                        SyncConflict.pending_change_id.in_(change_ids)
                    )
                ):
                    resolves.setdefault(str(change_id), []).append(conflict_id)
        changes: list[Change] = []
        invalid: list[int] = []
        for row in rows:
            try:
                changes.append(
                    Change(
                        change_id=row.change_id,
                        entity=row.entity,  # type: ignore[arg-type]
                        entity_id=row.entity_id,
                        beat_id=row.beat_id,
                        op=row.op,  # type: ignore[arg-type]
                        fields=row.fields,
                        stamps=row.stamps,
                        base_rev=row.base_rev or 0,
                        user_id=row.user_id,
                        created_at=row.created_at,
                    )
                )
            except ValidationError as exc:
                log.error("outbox entry %s cannot be sent: %s", row.change_id, exc)
                invalid.append(row.seq)
        audit: list[AuditIn] = []
        for entry in audit_rows:
            try:
                audit.append(
                    AuditIn(
                        id=entry.id,
                        at=entry.at,
                        user_id=entry.user_id,
                        device_id=entry.device_id,
                        action=entry.action,
                        entity=entry.entity,
                        entity_id=entry.entity_id,
                        beat_id=entry.beat_id,
                        changes=entry.changes,
                        outcome=entry.outcome,
                    )
                )
            except ValidationError as exc:
                log.error("audit entry %s cannot be sent: %s", entry.id, exc)
        return changes, audit, invalid, resolves

    def _refetch(self, changes: list[Change], response: PushResponse) -> list[RecordState]:
        """HQ's state of records whose change did not simply apply: it may differ from ours."""
        wanted: dict[str, set[str]] = {}
        for change, result in zip(changes, response.results, strict=False):
            if result.status != "applied" or result.duplicate:
                wanted.setdefault(change.entity, set()).add(change.entity_id)
        states: list[RecordState] = []
        for entity, ids in wanted.items():
            ordered = sorted(ids)
            for start in range(0, len(ordered), MAX_PAGE):
                fetched = self.transport.fetch(
                    FetchRequest(
                        entity=entity,  # type: ignore[arg-type]
                        ids=ordered[start : start + MAX_PAGE],
                        protocol=self.transport.protocol_version,
                    )
                )
                states.extend(item for item in fetched.items if isinstance(item, RecordState))
        return states

    def _mark_pushed(
        self, changes: list[Change], audit: list[AuditIn], response: PushResponse, refetch: list[RecordState]
    ) -> None:
        now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
        by_id = {r.change_id: r for r in response.results}
        marks: list[tuple[str, str, str]] = []
        revs: dict[str, list[tuple[int, str, int]]] = {}
        for change in changes:
            result = by_id.get(change.change_id)
            if result is None:
                continue  # HQ did not answer for it: sent again next time
            marks.append((now, result.status, change.change_id))
            if result.status == "applied" and not result.duplicate and result.rev:
                revs.setdefault(change.entity, []).append((result.rev, change.entity_id, result.rev))
        with sync_session(self.db) as session:
            # One executemany per statement: a batch of 500 marks in milliseconds.
            cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.executemany(
                    "UPDATE sync_outbox SET pushed_at = ?, result = ? WHERE change_id = ?", marks
                )
                for entity, rows in revs.items():
                    table = SPECS[entity].table.name
                    cursor.executemany(
                        f"UPDATE {table} SET server_rev = ? WHERE id = ? AND server_rev < ?",  # noqa: S608
                        rows,
                    )
            finally:
                cursor.close()
            if audit:
                session.execute(
                    update(AuditEntry).where(AuditEntry.id.in_([a.id for a in audit])).values(synced=True)
                )
            if refetch:
                applier = Applier(session)
                applier.records(refetch, force=True)
                applier.finish()

    # -- pull ---------------------------------------------------------------------------------------

    def _pull(self, report: SyncReport, progress: ProgressCb, cancel: threading.Event) -> None:
        with self.db.read() as session:
            cursor = get_state(session, CURSOR_KEY)
        if cursor is None:
            cursor = self._snapshot(report, progress, cancel)
        # The next page is requested while this one is applied: HQ's serving and the laptop's
        # writing overlap. Crash safety is unchanged: the cursor saved is the applied page's.
        with _Prefetch() as prefetch:
            upcoming = prefetch.submit(self.transport.pull, cursor, self.pull_page)
            while True:
                self._check(cancel)
                page = upcoming.result()
                if page.has_more:
                    upcoming = prefetch.submit(self.transport.pull, page.cursor, self.pull_page)
                self._apply_pull_page(page, report)
                progress(SyncProgress("pull", report.pulled, None, f"Received {report.pulled} records"))
                if not page.has_more:
                    return

    def _apply_pull_page(self, page: PullResponse, report: SyncReport) -> None:
        with sync_session(self.db) as session:
            applier = Applier(session, frozenset(page.scope_beats))
            states: list[RecordState] = []
            for item in page.items:
                if isinstance(item, RecordState):
                    states.append(item)
                    continue
                if states:
                    applier.records(states)
                    states = []
                if isinstance(item, Eviction):
                    applier.evict(item.entity, item.id)
                elif isinstance(item, BeatEviction):
                    applier.evict_beat(item.beat_id)
                elif isinstance(item, ConflictItem):
                    applier.conflict(item.conflict)
            if states:
                applier.records(states)
            applier.finish()
            set_state(session, CURSOR_KEY, page.cursor)
        report.pages += 1
        report.pulled += sum(1 for i in page.items if isinstance(i, RecordState))
        report.evicted += applier.stats.evicted
        report.deferred_evictions += applier.stats.deferred
        report.conflicts_received += applier.stats.conflicts

    def _snapshot(self, report: SyncReport, progress: ProgressCb, cancel: threading.Event) -> str:
        report.snapshot = True
        with self.db.read() as session:
            saved = get_state(session, SNAPSHOT_KEY)
        position: int | None = None
        after: SnapshotKey | None = None
        if saved:
            data = json.loads(saved)
            position = data["position"]
            after = SnapshotKey.model_validate(data["after"]) if data.get("after") else None

        def request(position: int | None, after: SnapshotKey | None) -> SnapshotPage:
            body = SnapshotRequest(
                position=position,
                after=after,
                limit=self.snapshot_page,
                protocol=self.transport.protocol_version,
            )
            return self.transport.snapshot(body)

        with _Prefetch() as prefetch:
            upcoming = prefetch.submit(request, position, after)
            while True:
                self._check(cancel)
                # Several pages per local transaction, each with its resume point: every commit
                # rewrites the (encrypted) index pages it touched, so fewer commits write less.
                # An interruption still resumes after the last page committed.
                applied = pages = 0
                failure: BaseException | None = None
                with sync_session(self.db) as session:
                    while True:
                        try:
                            page = upcoming.result()
                        except Exception as exc:
                            if not pages:
                                raise
                            failure = exc  # the pages applied so far are kept (committed)
                            break
                        more = page.has_more and page.next is not None
                        if more:
                            upcoming = prefetch.submit(request, page.position, page.next)
                        if more and not saved and not report.pages and not pages:
                            # A first sync of several pages: the big tables' secondary indexes are
                            # built once at its end (the last page's transaction), not row by row.
                            set_indexes_aside(session)
                        applier = Applier(session, frozenset(page.scope_beats))
                        applier.records(page.items)
                        applier.finish()
                        if not more:
                            restore_indexes(session)  # also after a resumed first sync
                        if more:
                            assert page.next is not None
                            state = {"position": page.position, "after": page.next.model_dump(mode="json")}
                            set_state(session, SNAPSHOT_KEY, json.dumps(state))
                        else:
                            set_state(session, SNAPSHOT_KEY, None)
                            set_state(session, CURSOR_KEY, page.cursor)
                        applied += len(page.items)
                        pages += 1
                        if not more or applied >= SNAPSHOT_COMMIT_RECORDS or cancel.is_set():
                            break
                report.pages += pages
                report.pulled += applied
                if failure is not None:
                    raise failure
                progress(SyncProgress("snapshot", report.pulled, None, f"Received {report.pulled} records"))
                if not more:
                    return page.cursor

    # -- reconcile ------------------------------------------------------------------------------------

    def _holdings(self) -> dict[str, dict[str, int]]:
        """entity -> {id: server_rev} of the rows HQ should know (no pending outbox entries)."""
        held: dict[str, dict[str, int]] = {}
        with self.db.read() as session:
            pending = {
                (e, i)
                for e, i in session.execute(
                    select(OutboxEntry.entity, OutboxEntry.entity_id).where(OutboxEntry.pushed_at.is_(None))
                )
            }
            for entity, spec in SPECS.items():
                rows = session.execute(select(spec.table.c.id, spec.table.c.server_rev))
                held[entity] = {i: r or 0 for i, r in rows if (entity, i) not in pending}
        return held

    def _reconcile(self, report: SyncReport, progress: ProgressCb, cancel: threading.Event) -> None:
        self._check(cancel)
        progress(SyncProgress("reconcile", 0, None, "Checking this laptop against HQ"))
        held = self._holdings()
        digests = {
            entity: EntityDigest(count=len(pairs), digest=holdings_digest(pairs.items()))
            for entity, pairs in held.items()
        }
        first = self.transport.reconcile(
            ReconcileRequest(digests=digests, protocol=self.transport.protocol_version)  # type: ignore[arg-type]
        )
        differing = [e.entity for e in first.entities if not e.match]
        if differing:
            second = self.transport.reconcile(
                ReconcileRequest(
                    ids={e: sorted(held[e].items()) for e in differing},
                    protocol=self.transport.protocol_version,
                )
            )
            states: list[RecordState] = []
            for entity in second.entities:
                for start in range(0, len(entity.missing), MAX_PAGE):
                    fetched = self.transport.fetch(
                        FetchRequest(
                            entity=entity.entity,
                            ids=entity.missing[start : start + MAX_PAGE],
                            protocol=self.transport.protocol_version,
                        )
                    )
                    states.extend(i for i in fetched.items if isinstance(i, RecordState))
            with sync_session(self.db) as session:
                applier = Applier(session, None)
                applier.records(states, force=True)
                for entity in second.entities:
                    for row_id in entity.purge:
                        applier.evict(entity.entity, row_id, cascade=False)
                applier.finish()
                report.repaired += len(states) + applier.stats.evicted
                report.evicted += applier.stats.evicted
        with self.db.write() as session:
            set_state(session, LAST_RECONCILE_KEY, str(time.time()))
        report.reconciled = True

    # -- revocation -----------------------------------------------------------------------------------

    def _wipe(self, exc: RevokedError) -> None:
        """Revoked at HQ: push what can still be pushed, then delete the store and its key."""
        try:
            try:
                self._push(SyncReport(), lambda _p: None, threading.Event())
            except (RevokedError, UnauthorizedError):
                # HQ refuses this device now: the outbox goes as a final push, quarantined at HQ.
                self._push(SyncReport(), lambda _p: None, threading.Event(), final=True)
        except SyncError as again:
            log.warning("revoked: the outbox could not be pushed before the wipe: %s", again.message)
        self.transport.sign_out()
        path = Path(self.db.path)
        self.db.close()
        removed = wipe_files(path)
        log.warning("revoked at HQ: wiped %s", ", ".join(str(p) for p in removed))
        self.wiped = True
        exc.wiped = True
        exc.message = "This account or laptop has been revoked at HQ: its data was removed from this laptop."
        if isinstance(exc, PasswordResetError):
            exc.message = (
                "Your password was reset at HQ: this laptop's data was removed. Sign in with the new "
                "password to set it up again from HQ."
            )
        if self.on_wipe is not None:
            self.on_wipe()


class _Prefetch:
    """One background thread fetching the next page; abandoned requests are not waited for."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-prefetch")

    def __enter__(self) -> ThreadPoolExecutor:
        return self._pool

    def __exit__(self, *_exc: object) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def engine_for(
    db: Database,
    hq_url: str,
    *,
    device_id: str | None = None,
    credentials_account: str | None = None,
    **kwargs: Any,
) -> SyncEngine:
    """The usual construction: device id from the store, refresh token in the keyring."""
    from inspector_desk.sync.credentials import CredentialStore

    device = device_id or device_id_of(db)
    store = CredentialStore(credentials_account or f"{hq_url.rstrip('/')}#{device}")
    return SyncEngine(db, Transport(hq_url, device, store), device_id=device, **kwargs)


__all__ = [
    "SyncEngine",
    "SyncProgress",
    "SyncReport",
    "SyncStatus",
    "apply_me",
    "device_id_of",
    "engine_for",
    "wipe_files",
]
