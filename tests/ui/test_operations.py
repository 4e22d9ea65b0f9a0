"""The operation runner: results on the main thread, errors to the failure callback, stale searches
dropped, callbacks skipped for a destroyed widget, writes broadcast their ChangeSet."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QObject

from inspector_desk.services.base import ChangeSet, Outcome
from inspector_desk.ui.operations import OperationRunner


def test_success_and_failure_are_delivered_on_the_main_thread(qtbot: Any) -> None:
    runner = OperationRunner("db")
    main = threading.get_ident()
    seen: list[Any] = []
    runner.run(
        None,
        lambda db: (db, threading.get_ident()),
        success=lambda r: seen.append((r, threading.get_ident())),
    )
    runner.run(None, lambda db: 1 / 0, failure=lambda e: seen.append(type(e).__name__))
    qtbot.waitUntil(lambda: len(seen) == 2)
    ok = next(s for s in seen if isinstance(s, tuple))
    (db, worker), delivered = ok
    assert db == "db"
    assert worker != main
    assert delivered == main
    assert "ZeroDivisionError" in seen
    assert not runner.busy
    runner.shutdown()


def test_an_older_run_of_the_same_key_is_dropped(qtbot: Any) -> None:
    runner = OperationRunner(None)
    seen: list[str] = []
    runner.run(None, lambda _db: time.sleep(0.2) or "slow", success=seen.append, key="search")
    runner.run(None, lambda _db: "fast", success=seen.append, key="search")
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert seen == ["fast"]
    runner.shutdown()


def test_a_destroyed_parent_gets_no_callback(qtbot: Any) -> None:
    runner = OperationRunner(None)
    owner = QObject()
    seen: list[str] = []
    runner.run(owner, lambda _db: time.sleep(0.1) or "late", success=seen.append)
    import shiboken6

    shiboken6.delete(owner)
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert seen == []
    runner.shutdown()


def test_a_write_broadcasts_what_changed(qtbot: Any) -> None:
    runner = OperationRunner(None)
    changes = ChangeSet(frozenset({"visits"}), frozenset({"v1"}))
    with qtbot.waitSignal(runner.operation_executed) as signal:
        runner.run_write(None, lambda _db: Outcome("record", changes))
    assert signal.args[0] == changes
    runner.shutdown()
