"""Keeps this laptop in step with HQ without ever blocking the window: ``SyncController`` runs
``SyncEngine.sync_once`` on its own worker (the engine opens its own database sessions), and
decides when:

* when HQ becomes reachable (Qt's network reachability, where the platform has a backend);
* periodically: every ``PERIOD_S`` after a success, and after a failure when the engine's
  exponential backoff with jitter allows (``SyncEngine.due`` / ``next_attempt_in``);
* ``CHANGE_DELAY_MS`` after the last local change (a ChangeSet from the operation runner);
* on "Sync now" (F5), whatever the backoff says.

Widgets read ``controller.state`` (a ``SyncState``) and listen to ``changed``; nothing here
touches a widget. An attempt that needs the person (signed out, upgrade required) stops the
automatic attempts until they act.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from inspector_desk.services.accounts import list_users
from inspector_desk.services.base import Actor, ChangeSet
from inspector_desk.sync.errors import RevokedError, SyncBusy, SyncError
from inspector_desk.ui.operations import Db, OperationRunner

if TYPE_CHECKING:
    # The sync engine (httpx, the pydantic protocol) is imported only when a sync is set up, off the
    # GUI thread: the window's first start never waits for it (bench/ui.py cold start).
    from inspector_desk.sync.conflicts import ConflictView
    from inspector_desk.sync.engine import SyncEngine, SyncProgress, SyncReport, SyncStatus

log = logging.getLogger(__name__)

PERIOD_S = 300  # a quiet laptop still pulls HQ's changes every five minutes
CHANGE_DELAY_MS = 5000  # after the last local change
# Errors that need the person, not another attempt.
NEEDS_USER = frozenset(
    {"unauthorized", "upgrade_required", "revoked", "password_reset", "certificate", "insecure"}
)

EngineFactory = Callable[[str], "SyncEngine"]


@dataclass(frozen=True, slots=True)
class SyncState:
    """Everything the status bar and the Sync page show."""

    hq_url: str = ""
    status: SyncStatus | None = None
    progress: SyncProgress | None = None
    running: bool = False
    error: SyncError | None = None  # the last attempt's failure (None after a success)
    account: str = ""  # "Full name (login)" of the HQ account this laptop syncs as
    network_down: bool = False  # Qt reports no network at all
    conflicts: int = 0  # open conflicts this person may decide (DV ones only for who may see the case)
    keyring_warning: str | None = None

    @property
    def configured(self) -> bool:
        return bool(self.hq_url)

    @property
    def signed_in(self) -> bool:
        return self.status is not None and self.status.signed_in


@dataclass(frozen=True, slots=True)
class SyncSetup:
    """What the composition root may hand the window: an HQ address that overrides the settings'
    (the demo's local HQ) and an engine already signed in there."""

    hq_url: str = ""
    engine: SyncEngine | None = None


class OtherAccount(Exception):
    """The HQ account is not the one of the person signed in on this laptop (``login``)."""

    def __init__(self, login: str) -> None:
        super().__init__(f"sign in to HQ as {login}")
        self.login = login


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits on it and Qt queues the call."""

    progressed = Signal(object)


class SyncController(QObject):
    changed = Signal()  # ``state`` changed
    synced = Signal(object)  # SyncReport of a successful attempt
    wiped = Signal(str)  # revoked at HQ: the local store is gone (the message)

    def __init__(
        self,
        db: Db,
        actor: Actor,
        app_runner: OperationRunner | None = None,
        *,
        hq_url: str = "",
        engine: SyncEngine | None = None,
        make_engine: EngineFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.engine = engine
        self._given = engine  # made by the caller, who closes it
        self._make_engine = make_engine
        # Own workers: a long sync never holds up searches, and never shows the window busy.
        self.runner = OperationRunner(db, max_threads=2, parent=self)
        self.runner.default_failure = lambda exc: log.error("sync worker failed", exc_info=exc)
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._cancel = threading.Event()
        self._closing = False
        self._again = False  # a change arrived during a sync: go again after it
        self.state = SyncState(hq_url=hq_url.strip())
        self._users: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._automatic)
        self._changes = QTimer(self)
        self._changes.setSingleShot(True)
        self._changes.setInterval(CHANGE_DELAY_MS)
        self._changes.timeout.connect(self._automatic)
        # The window's runner: its writes' ChangeSets start a debounced sync, and a sync that
        # brought changes in tells the pages through it.
        self.app_runner = app_runner
        if app_runner is not None:
            app_runner.operation_executed.connect(self._on_local_changes)
        self._sync_after_refresh = False
        self.wiped_store = False  # revoked at HQ: the database is gone
        self._network: Any = None

    @property
    def change_delay_ms(self) -> int:
        """How long after the last local change a sync starts."""
        return self._changes.interval()

    @change_delay_ms.setter
    def change_delay_ms(self, value: int) -> None:
        self._changes.setInterval(value)

    # -- lifetime -----------------------------------------------------------------------------

    def start(self) -> None:
        """Build the engine (off the GUI thread), watch the network, and try a first sync."""
        self._watch_network()
        if self.engine is not None:
            self._engine_ready(self.engine)
        elif self.state.configured:
            self._build_engine(self.state.hq_url)
        else:
            self.changed.emit()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        self._closing = True
        self._cancel.set()
        self._timer.stop()
        self._changes.stop()
        self.runner.shutdown(timeout_ms)
        if self.engine is not None and self.engine is not self._given:
            self.engine.transport.close()  # its HTTP connections; the session stays in the keyring

    # -- the engine ---------------------------------------------------------------------------

    def _factory(self) -> EngineFactory:
        if self._make_engine is not None:
            return self._make_engine
        db = self.db

        def make(url: str) -> SyncEngine:
            from inspector_desk.sync.engine import engine_for  # in the worker: see the imports above

            return engine_for(db, url)

        return make

    def _build_engine(self, url: str) -> None:
        factory = self._factory()
        self.runner.run(
            self, lambda _db: factory(url), success=self._engine_ready, failure=self._engine_failed
        )

    def _engine_ready(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.state = replace(self.state, keyring_warning=engine.transport.credentials.warning)
        self.refresh(then_sync=True)

    def _engine_failed(self, error: BaseException) -> None:
        log.error("cannot prepare sync with %s", self.state.hq_url, exc_info=error)
        message = error if isinstance(error, SyncError) else SyncError(str(error))
        self.state = replace(self.state, error=message)
        self.changed.emit()

    def set_hq_url(self, url: str) -> None:
        """A new HQ address (settings): a new engine; the old session does not carry over."""
        url = url.strip()
        if url == self.state.hq_url:
            return
        self._timer.stop()
        if self.engine is not None and self.engine is not self._given and not self.state.running:
            self.engine.transport.close()
        self.engine = None
        self.state = SyncState(hq_url=url, network_down=self.state.network_down)
        if url:
            self._build_engine(url)
        else:
            self.changed.emit()

    # -- signing in and out ---------------------------------------------------------------------

    def sign_in_op(self, url: str, login: str, password: str) -> Callable[[Db], SyncEngine]:
        """The work of signing in (for a worker): an engine for ``url`` (this one when the
        address is unchanged), ``sign_in``; returns the engine. Raises ``SyncError``s."""
        current = self.engine if url.strip() == self.state.hq_url else None
        factory = self._factory()
        me, own = self.actor.user_id, self.own_login()

        def op(_db: Db) -> SyncEngine:
            # The laptop syncs the scope of the person who unlocked it, under their own HQ account.
            if own and login != own:
                raise OtherAccount(own)
            engine = current or factory(url.strip())
            if engine.sign_in(login, password).user_id != me:
                engine.sign_out()
                raise OtherAccount(own or login)
            return engine

        return op

    def signed_in(self, engine: SyncEngine, url: str) -> None:
        """After ``sign_in_op`` succeeded: use that engine and sync at once."""
        self.engine = engine
        self.state = replace(
            self.state,
            hq_url=url.strip(),
            error=None,
            keyring_warning=engine.transport.credentials.warning,
        )
        self._users.clear()
        self.refresh()
        # The person asked: sync at once, whatever the backoff of the signed-out engine says.
        if self.state.running:
            self._again = True
        else:
            self._run_sync()

    def sign_out(self) -> None:
        engine = self.engine
        if engine is None:
            return
        self._timer.stop()
        self.runner.run(self, lambda _db: engine.sign_out(), success=lambda _r: self.refresh())

    # -- when to sync -------------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync whatever the backoff says; False when there is nothing to sync with (no
        HQ address, or not signed in: the person has to act first)."""
        if self.engine is None or self._closing or not self.state.signed_in:
            return False
        if self.state.running:
            self._again = True
            return True
        self._run_sync()
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _automatic(self) -> None:
        engine = self.engine
        if engine is None or self._closing:
            return
        if self.state.running:
            self._again = True
            return
        code = self.state.status.error_code if self.state.status else None
        if code in NEEDS_USER or (self.state.status is not None and not self.state.status.signed_in):
            return
        if not engine.due():
            self._schedule()
            return
        self._run_sync()

    def _on_local_changes(self, _changes: ChangeSet, initiator: object) -> None:
        if initiator is self:
            return  # what a sync itself brought in
        self.refresh()
        self._changes.start()

    def _schedule(self) -> None:
        """The next automatic attempt: after the backoff delay, or the period after a success."""
        self._timer.stop()
        status = self.state.status
        if self.engine is None or self._closing or status is None or not status.signed_in:
            return
        if status.error_code in NEEDS_USER:
            return
        wait = status.next_attempt_in if status.error_code else 0.0
        if math.isinf(wait):
            return
        delay = wait if status.error_code else PERIOD_S
        self._timer.start(int(max(1.0, delay) * 1000))

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6
            return
        if QNetworkInformation.instance() is None:
            loaded = QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
            if not loaded:
                log.info("no network reachability backend: periodic attempts only")
                return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._network = info
        info.reachabilityChanged.connect(self._on_reachability)
        self._on_reachability(info.reachability())

    @Slot(object)
    def _on_reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        levels = QNetworkInformation.Reachability
        down = reachability in (levels.Disconnected, levels.Local)
        was_down = self.state.network_down
        self.state = replace(self.state, network_down=down)
        self.changed.emit()
        if was_down and not down:
            log.info("network is back: syncing")
            code = self.state.status.error_code if self.state.status else None
            if code not in NEEDS_USER:
                self.sync_now()

    # -- running --------------------------------------------------------------------------------

    def _run_sync(self) -> None:
        engine = self.engine
        assert engine is not None
        self._timer.stop()
        self._changes.stop()
        self._cancel = cancel = threading.Event()
        self._again = False
        self.state = replace(self.state, running=True, progress=None)
        self.changed.emit()
        relay = self._relay

        def op(_db: Db) -> SyncReport:
            return engine.sync_once(relay.progressed.emit, cancel)

        self.runner.run(self, op, success=self._sync_done, failure=self._sync_failed, description="sync")

    @Slot(object)
    def _on_progress(self, progress: SyncProgress) -> None:
        if self.state.running:
            self.state = replace(self.state, progress=progress)
            self.changed.emit()

    def _sync_done(self, report: SyncReport) -> None:
        self.state = replace(self.state, running=False, progress=None, error=None)
        if report.pulled or report.evicted or report.conflicts_received or report.repaired:
            from inspector_desk.sync.protocol import ENTITY_FIELDS

            # Every page refreshes what it shows of the kinds a sync may have touched.
            self._broadcast(ChangeSet(kinds=frozenset(ENTITY_FIELDS)))
        self.synced.emit(report)
        self.refresh()

    def _sync_failed(self, error: BaseException) -> None:
        self.state = replace(self.state, running=False, progress=None)
        if isinstance(error, SyncBusy):
            self.refresh()
            return
        if isinstance(error, RevokedError) and error.wiped:
            self.wiped_store = True
            self.state = replace(self.state, error=error)
            self.changed.emit()
            self.wiped.emit(error.message)
            return
        if not isinstance(error, SyncError):
            log.error("sync failed", exc_info=error)
            error = SyncError(str(error))
        log.info("sync failed: %s (%s)", error.message, error.detail)
        self.state = replace(self.state, error=error)
        self.refresh()

    def _broadcast(self, changes: ChangeSet) -> None:
        if self.app_runner is not None:
            self.app_runner.operation_executed.emit(changes, self)

    # -- status ---------------------------------------------------------------------------------

    def refresh(self, *, then_sync: bool = False) -> None:
        """Read the engine's status (counts from the database) off the GUI thread."""
        engine = self.engine
        if engine is None or self._closing:
            self.changed.emit()
            return
        self._sync_after_refresh = self._sync_after_refresh or then_sync
        users = self._users
        need_users = not users

        actor = self.actor

        def op(db: Db) -> tuple[SyncStatus, dict[str, str], int]:
            from inspector_desk.sync.conflicts import list_conflicts

            status = engine.status()
            names = users
            if engine.wiped:
                return status, names, 0
            if need_users:
                people = list_users(db)
                names = {u.id: f"{u.full_name} ({u.login})" for u in people}
                names.update({f"login:{u.id}": u.login for u in people})
            mine = len(list_conflicts(db, actor)) if status.conflicts_open else 0
            return status, names, mine

        def done(result: tuple[SyncStatus, dict[str, str], int]) -> None:
            status, names, mine = result
            self._users = names
            account = names.get(status.user_id or "", "") if status.signed_in else ""
            self.state = replace(self.state, status=status, account=account, conflicts=mine)
            self.changed.emit()
            if self.state.running:
                return
            if status.signed_in and status.user_id not in (None, self.actor.user_id):
                # A session of another person of this laptop (kept in the keyring): not theirs to use.
                log.info("the HQ session belongs to another account: signing out of HQ")
                self.sign_out()
                return
            if self._again or self._sync_after_refresh:
                self._again = self._sync_after_refresh = False
                self._automatic()
            else:
                self._schedule()

        self.runner.run(self, op, success=done, key="sync-status", description="sync status")

    def user_name(self, user_id: str | None) -> str:
        return self._users.get(user_id or "", "")

    def own_login(self) -> str:
        """The login of the person signed in on this laptop ("" until the first status read)."""
        return self._users.get(f"login:{self.actor.user_id}", "")

    # -- conflicts --------------------------------------------------------------------------------

    def load_conflicts(self, done: Callable[[list[ConflictView]], None]) -> None:
        from inspector_desk.sync.conflicts import list_conflicts

        actor = self.actor
        self.runner.run(self, lambda db: list_conflicts(db, actor), success=done, key="sync-conflicts")

    def resolve(
        self,
        conflict_id: int,
        value: Any,
        done: Callable[[ConflictView], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Keep ``value`` for the conflict (a synced change), then sync it soon like any edit."""
        from inspector_desk.sync.conflicts import resolve_conflict

        actor = self.actor

        def success(view: ConflictView) -> None:
            done(view)
            self._broadcast(ChangeSet(frozenset({view.entity}), frozenset({view.entity_id})))
            self.refresh()
            self._changes.start()

        self.runner.run(
            self, lambda db: resolve_conflict(db, actor, conflict_id, value), success=success, failure=failed
        )
