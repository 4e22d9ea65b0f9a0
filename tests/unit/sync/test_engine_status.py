"""The engine without HQ: status and backoff after failures, one sync at a time, the device id,
and the files a revocation wipe removes."""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import Any

import pytest

from inspector_desk.security.keyfile import keyfile_path
from inspector_desk.store.db import Database
from inspector_desk.sync.backoff import Backoff
from inspector_desk.sync.engine import SyncEngine, device_id_of, wipe_files
from inspector_desk.sync.errors import OfflineError, SyncBusy, UpgradeRequiredError


class StubTransport:
    """Stands in for Transport: every call raises ``error`` (or blocks on ``gate``)."""

    device_id = "device-0001"
    protocol_version = 1
    signed_in = True

    def __init__(self, error: Exception, gate: threading.Event | None = None) -> None:
        self.error = error
        self.gate = gate
        self.entered = threading.Event()

    def me(self) -> Any:
        self.entered.set()
        if self.gate is not None:
            self.gate.wait(10)
        raise self.error


def test_offline_failure_backs_off_and_is_reported_in_words(db: Database) -> None:
    engine = SyncEngine(
        db,
        StubTransport(OfflineError("HQ cannot be reached: working offline.")),  # type: ignore[arg-type]
        backoff=Backoff(base=60, rng=random.Random(1)),
    )
    with pytest.raises(OfflineError):
        engine.sync_once()
    status = engine.status()
    assert not status.online
    assert status.error_code == "offline"
    assert status.last_error == "HQ cannot be reached: working offline."
    assert 30 <= status.next_attempt_in <= 60
    assert not engine.due()
    assert status.last_success is None


def test_upgrade_required_waits_for_the_user(db: Database) -> None:
    engine = SyncEngine(db, StubTransport(UpgradeRequiredError("update")))  # type: ignore[arg-type]
    with pytest.raises(UpgradeRequiredError):
        engine.sync_once()
    assert engine.status().next_attempt_in == float("inf")


def test_one_sync_at_a_time(db: Database) -> None:
    gate = threading.Event()
    stub = StubTransport(OfflineError("x"), gate)
    engine = SyncEngine(db, stub)  # type: ignore[arg-type]
    failures: list[Exception] = []

    def run() -> None:
        try:
            engine.sync_once()
        except OfflineError as exc:
            failures.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    stub.entered.wait(10)
    assert engine.status().running
    with pytest.raises(SyncBusy):
        engine.sync_once()
    gate.set()
    worker.join(10)
    assert not engine.status().running
    assert len(failures) == 1


def test_device_id_is_made_once(db: Database) -> None:
    first = device_id_of(db)
    assert first == device_id_of(db)
    assert first.startswith("desk-")


def test_wipe_removes_the_store_its_journal_and_its_key(tmp_path: Path) -> None:
    db_path = tmp_path / "beat.db"
    files = [db_path, tmp_path / "beat.db-wal", tmp_path / "beat.db-shm", keyfile_path(db_path)]
    for f in files:
        f.write_bytes(b"x")
    (tmp_path / "other.txt").write_text("kept")
    assert sorted(wipe_files(db_path)) == sorted(files)
    assert [p.name for p in tmp_path.iterdir()] == ["other.txt"]
