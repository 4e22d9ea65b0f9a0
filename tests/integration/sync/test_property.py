"""Property: random offline edits on three laptops, synced in random orders with random
interruptions, always converge; and no edit is lost: every value written (and not overwritten
by someone who had seen it) is either the current value or kept in a conflict record."""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_support import Laptop, Org, add_resident, edit_resident, hq_state, letters, local_state

from inspector_desk.hq.models import Conflict
from inspector_desk.store.models import SyncConflict
from inspector_desk.sync.engine import SyncProgress
from inspector_desk.sync.errors import SyncCancelled

FIELDS = ("notes", "middle_name")

edit = st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 1), st.sampled_from(FIELDS))
sync = st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 3), st.just(""))
steps = st.lists(st.one_of(edit, edit, sync), min_size=3, max_size=14)


@dataclass
class Write:
    n: int
    laptop: int
    resident: int
    field: str
    value: str
    superseded: bool = False


@dataclass
class Model:
    writes: list[Write] = field(default_factory=list)
    attempted: set[int] = field(default_factory=set)  # writes whose laptop tried a sync since
    seen: dict[int, set[int]] = field(default_factory=lambda: {0: set(), 1: set(), 2: set()})


def interrupted_sync(lap: Laptop, after: int) -> None:
    """Sync, cancelled after ``after`` push progress steps (0: not cancelled)."""
    cancel = threading.Event()
    count = 0

    def progress(p: SyncProgress) -> None:
        nonlocal count
        if p.phase == "push":
            count += 1
            if after and count >= after:
                cancel.set()

    with contextlib.suppress(SyncCancelled):
        lap.sync(progress_cb=progress, cancel=cancel, reconcile=False)


@settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=steps)
def test_random_edits_and_syncs_converge_and_lose_nothing(
    org: Org, plan: list[tuple[str, int, int, str]]
) -> None:
    if not org.laptops:
        for login in (org.a, org.a2, org.s):
            org.laptop(login, push_batch=1)
    laps = org.laptops
    residents = [add_resident(laps[0], org.beat_a, "Prop" + letters(len(plan) * 7 + i)) for i in range(2)]
    for lap in (*laps, *laps):
        lap.sync(reconcile=False)
    for lap in laps:
        lap.refresh_actor()
    model = Model()
    for kind, who, arg, name in plan:
        if kind == "edit":
            n = len(model.writes)
            value = f"value {n}" if name == "notes" else letters(n + 100)
            for w in model.writes:
                if w.resident == arg and w.field == name and (w.laptop == who or w.n in model.seen[who]):
                    w.superseded = True
            model.writes.append(Write(n, who, arg, name, value))
            edit_resident(laps[who], residents[arg], **{name: value})
        else:
            model.attempted.update(w.n for w in model.writes if w.laptop == who)
            model.seen[who] = set(model.attempted)
            interrupted_sync(laps[who], arg)
    for lap in (*laps, *laps):
        lap.sync(reconcile=False)

    at_hq = hq_state(org.hq, "residents", {org.beat_a})
    for lap in laps:
        mine = local_state(lap)
        for rid in residents:
            assert mine[rid] == at_hq[rid]
    with org.hq.db.read() as s:
        conflicts = s.scalars(select(Conflict).where(Conflict.entity_id.in_(residents))).all()
        kept = {(c.entity_id, c.field, v) for c in conflicts for v in (c.current_value, c.losing_value)}
        hq_conflicts = sorted((c.id, c.status) for c in conflicts)
    for w in model.writes:
        if w.superseded:
            continue
        rid = residents[w.resident]
        assert at_hq[rid][w.field] == w.value or (rid, w.field, w.value) in kept, w
    for lap in laps:
        with lap.db.read() as s:
            local = s.scalars(select(SyncConflict).where(SyncConflict.entity_id.in_(residents))).all()
            assert sorted((c.id, c.status) for c in local) == hq_conflicts
