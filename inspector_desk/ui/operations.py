"""The one way the client runs work off the GUI thread (Anki's CollectionOp/QueryOp, Picard's run_task).

``runner.run(parent, op, success=..., failure=...)`` calls ``op(db)`` on a QThreadPool worker; the result
or the exception comes back on the main thread through a queued signal, where the callbacks run. The
worker never touches a widget. A write's ``Outcome.changes`` is re-broadcast as ``operation_executed``
so that views refresh only what changed.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from inspector_desk.services.base import ChangeSet

log = logging.getLogger(__name__)

# The database handle is the store's Database; the UI may not import the store, so it stays opaque.
Db = Any
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@dataclass
class _Pending:
    parent: QObject | None
    success: Success | None
    failure: Failure | None
    key: str | None
    generation: int
    description: str


@dataclass(frozen=True)
class _Delivery:
    """What a worker hands back. Always one fresh object: PySide6 (6.12, on Python 3.11, where None
    is not immortal) mis-counts references of a bare None passed through a queued ``object``
    argument, which ends in "Fatal Python error: none_dealloc"; wrapped, None never crosses alone."""

    token: int
    result: Any
    error: BaseException | None


class _Relay(QObject):
    """Lives on the main thread; a worker emits on it and Qt queues the call to the main loop."""

    done = Signal(object)


class _Task(QRunnable):
    def __init__(self, token: int, op: Callable[[Db], Any], db: Db, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._token = token
        self._op = op
        self._db = db
        self._relay = relay

    def run(self) -> None:
        try:
            delivery = _Delivery(self._token, self._op(self._db), None)
        except BaseException as exc:  # handed to the failure callback on the main thread
            delivery = _Delivery(self._token, None, exc)
        self._relay.done.emit(delivery)


class OperationRunner(QObject):
    """Runs operations for one open database and tells the views what changed."""

    operation_executed = Signal(object, object)  # ChangeSet, the widget that started the write
    busy_changed = Signal(bool)

    def __init__(self, db: Db, *, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._pool = QThreadPool(self)
        # SQLite has one writer at a time anyway; a few readers keep search and lists responsive.
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay()
        self._relay.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._tokens = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._closing = False
        self.default_failure: Failure | None = None

    # -- running -----------------------------------------------------------------------------

    def run(
        self,
        parent: QObject | None,
        op: Callable[[Db], Any],
        *,
        success: Success | None = None,
        failure: Failure | None = None,
        key: str | None = None,
        description: str = "",
    ) -> int:
        """Start ``op(db)`` in a worker. With a ``key``, only the newest run of that key reports back
        (search-as-you-type: an older, slower query never overwrites a newer answer)."""
        if self._closing:
            return 0
        token = next(self._tokens)
        generation = token
        if key is not None:
            self._latest[key] = generation
        self._pending[token] = _Pending(parent, success, failure, key, generation, description)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(token, op, self.db, self._relay))
        return token

    def run_write(
        self,
        parent: QObject | None,
        op: Callable[[Db], Any],
        *,
        success: Success | None = None,
        failure: Failure | None = None,
        description: str = "",
    ) -> int:
        """Like ``run`` for a service write: its ``Outcome.changes`` is broadcast after ``success``."""

        def done(result: Any) -> None:
            if success is not None:
                success(result)
            changes = getattr(result, "changes", None)
            if isinstance(changes, ChangeSet):
                # Never a bare None through a signal (see _Delivery): no widget asked, the runner did.
                self.operation_executed.emit(changes, parent if parent is not None else self)

        return self.run(parent, op, success=done, failure=failure, description=description)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    # -- delivering on the main thread -------------------------------------------------------

    @Slot(object)
    def _deliver(self, delivery: _Delivery) -> None:
        token, result, error = delivery.token, delivery.result, delivery.error
        pending = self._pending.pop(token, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None or self._closing:
            return
        if pending.key is not None and self._latest.get(pending.key) != pending.generation:
            return  # superseded by a newer run of the same key
        if pending.parent is not None and not shiboken6.isValid(pending.parent):
            return  # the widget that asked is gone; nobody to tell
        if error is None:
            if pending.success is not None:
                self._guarded(pending.success, result, pending)
            return
        handler = pending.failure or self.default_failure
        if handler is None:
            log.error("operation %s failed", pending.description, exc_info=error)
            return
        self._guarded(handler, error, pending)

    def _guarded(self, callback: Callable[[Any], None], value: Any, pending: _Pending) -> None:
        try:
            callback(value)
        except Exception as exc:  # a bug in a callback must not kill the event loop silently
            log.exception("callback of operation %s failed", pending.description)
            if self.default_failure is not None:
                self.default_failure(exc)

    # -- teardown ----------------------------------------------------------------------------

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until running workers finish (tests, shutdown); their results are dropped."""
        return self._pool.waitForDone(timeout_ms)

    def drain(self, timeout_ms: int = 10_000) -> None:
        """Wait for the workers and deliver what they produced (tests)."""
        self._pool.waitForDone(timeout_ms)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        self._closing = True
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._pending.clear()


class Debouncer(QObject):
    """Calls ``action`` once typing pauses for ``delay_ms``."""

    def __init__(self, delay_ms: int, action: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(action)

    def poke(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._timer.timeout.emit()


def widget_alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)
