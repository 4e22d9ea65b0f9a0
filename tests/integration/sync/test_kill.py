"""Crash safety: the client's sync SIGKILLed at random points of a push and of a pull,
repeatedly, then resumed (no duplicates, no losses); and HQ restarted in the middle of a push."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func, select, text
from sync_support import (
    PASSWORD,
    Laptop,
    Org,
    add_resident,
    edit_resident,
    hq_state,
    letters,
    local_state,
    pending,
)

from inspector_desk.hq.models import AppliedChange, ChangeLogEntry
from inspector_desk.store.models import OutboxEntry
from inspector_desk.sync.apply import INDEXES_ASIDE_KEY, get_state
from inspector_desk.sync.errors import SyncError

CHILD = Path(__file__).with_name("sync_child.py")
ROOT = Path(__file__).resolve().parents[3]


def run_child(lap: Laptop, *, kill_after: int | None, batch: int, rng: random.Random) -> bool:
    """Run one sync of ``lap`` in a subprocess; SIGKILL it after ``kill_after`` progress lines
    (plus a random few milliseconds). Returns True when it finished on its own."""
    args = {
        "path": str(lap.path),
        "base_url": lap.hq.base_url,
        "device_id": lap.device_id,
        "login": lap.login,
        "password": PASSWORD,
        "push_batch": batch,
        "pull_page": batch,
    }
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), json.dumps(args)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    lines = 0
    for line in proc.stdout:
        if line.startswith(("push", "pull", "snapshot")):
            lines += 1
        if kill_after is not None and lines >= kill_after:
            time.sleep(rng.random() * 0.03)
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(60)
    return proc.returncode == 0


def change_ids_at_hq(org: Org, ids: list[str]) -> int:
    with org.hq.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(AppliedChange).where(AppliedChange.change_id.in_(ids)))
            or 0
        )


def log_entries(org: Org, rids: list[str]) -> int:
    with org.hq.db.read() as s:
        return (
            s.scalar(
                select(func.count()).select_from(ChangeLogEntry).where(ChangeLogEntry.entity_id.in_(rids))
            )
            or 0
        )


def test_kill_during_push_and_pull_then_resume(org: Org) -> None:
    rng = random.Random(int(os.environ.get("KILL_SEED", "7")))
    writer = org.laptop(org.a)
    reader = org.laptop(org.a2)
    rids = [add_resident(writer, org.beat_a, "Person" + letters(i).lower()) for i in range(120)]
    for rid in rids[:60]:
        edit_resident(writer, rid, notes=f"note {rid[-4:]}")
    with writer.db.read() as s:
        change_ids = list(s.scalars(select(OutboxEntry.change_id)))
    assert len(change_ids) == 180
    # Push, killed at random progress points.
    kills = 0
    for _ in range(6):
        if run_child(writer, kill_after=rng.randint(1, 12), batch=10, rng=rng):
            break
        kills += 1
    assert run_child(writer, kill_after=None, batch=10, rng=rng)
    assert pending(writer) == 0
    assert change_ids_at_hq(org, change_ids) == 180  # every change once, none lost
    assert log_entries(org, rids) == 180  # none applied twice
    # Pull (first sync: snapshot pages, then log pages), killed at random points.
    for _ in range(6):
        if run_child(reader, kill_after=rng.randint(1, 10), batch=15, rng=rng):
            break
        kills += 1
    assert run_child(reader, kill_after=None, batch=15, rng=rng)
    # The indexes set aside during the (several times interrupted) first sync are all back.
    with writer.db.read() as s, reader.db.read() as r:
        schema = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        assert r.execute(text(schema)).all() == s.execute(text(schema)).all()
        assert get_state(r, INDEXES_ASIDE_KEY) is None
    # More remote changes, pulled incrementally with kills.
    for rid in rids[60:]:
        edit_resident(writer, rid, notes="second round")
    writer.sync()
    for _ in range(5):
        if run_child(reader, kill_after=rng.randint(1, 4), batch=15, rng=rng):
            break
        kills += 1
    assert run_child(reader, kill_after=None, batch=15, rng=rng)
    assert kills >= 3
    expected = hq_state(org.hq, "residents", {org.beat_a})
    assert len(expected) == 120
    assert local_state(writer) == expected
    assert local_state(reader) == expected
    with reader.db.read() as s:
        from inspector_desk.store.models import Resident

        assert s.scalar(select(func.count()).select_from(Resident).where(Resident.name_key == "")) == 0


def test_hq_restarted_in_the_middle_of_a_push(org: Org) -> None:
    lap = org.laptop(org.a, push_batch=5)
    rids = [add_resident(lap, org.beat_a, "Restart" + letters(i).lower()) for i in range(150)]
    with lap.db.read() as s:
        change_ids = list(s.scalars(select(OutboxEntry.change_id)))
    errors: list[SyncError] = []

    def sync() -> None:
        try:
            lap.sync()
        except SyncError as exc:
            errors.append(exc)

    worker = threading.Thread(target=sync)
    worker.start()
    deadline = time.monotonic() + 20
    while pending(lap) == 150 and time.monotonic() < deadline:
        time.sleep(0.01)
    org.hq.restart()
    worker.join(60)
    assert 0 < pending(lap) < 150 or errors == []  # interrupted mid-push (or it finished first)
    lap.sync()
    assert pending(lap) == 0
    assert change_ids_at_hq(org, change_ids) == 150
    assert log_entries(org, rids) == 150
    assert local_state(lap) == hq_state(org.hq, "residents", {org.beat_a})
