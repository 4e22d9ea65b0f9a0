"""Two laptops and a real HQ over HTTP: offline edits merge, the same field makes a conflict
on both sides, and resolving it converges everyone."""

from __future__ import annotations

from sqlalchemy import select
from sync_support import (
    Org,
    add_resident,
    edit_resident,
    hq_state,
    local_conflicts,
    local_state,
    notes_conflict,
    pending,
    resident,
)

from inspector_desk.hq.models import AuditRecord
from inspector_desk.store.models import AuditEntry


def test_offline_edits_to_different_fields_merge(org: Org) -> None:
    one, two = org.laptop(org.a), org.laptop(org.a2)
    rid = add_resident(one, org.beat_a, "Abenov")
    report = one.sync()
    assert report.pushed == 1
    assert report.audit_pushed >= 1
    assert pending(one) == 0
    # The audit entries went along and are marked synced (the only column that may change).
    with one.db.read() as s:
        entries = s.scalars(select(AuditEntry)).all()
        assert entries
        assert all(e.synced for e in entries)
    with org.hq.db.read() as s:
        at_hq = s.scalars(select(AuditRecord).where(AuditRecord.entity_id == rid)).all()
        assert [(a.source, a.action) for a in at_hq] == [("client", "create")]
    two.sync()
    got = resident(two, rid)
    assert got is not None
    assert got.last_name == "Abenov"
    assert got.name_key == "abenov arman"
    # Both offline: one edits the notes, the other the phones.
    two.refresh_actor()
    edit_resident(one, rid, notes="dog in the yard")
    edit_resident(two, rid, phones=["+77011234567"])
    one.sync()
    two.sync()
    one.sync()
    for lap in (one, two):
        row = resident(lap, rid)
        assert row is not None
        assert row.notes == "dog in the yard"
        assert row.phones == ["+77011234567"]
        assert "77011234567" in row.search_text
        assert local_conflicts(lap) == []
    assert local_state(one) == local_state(two) == hq_state(org.hq, "residents", {org.beat_a})


def test_same_field_conflict_on_both_sides_then_resolution_converges(org: Org) -> None:
    from inspector_desk.sync.conflicts import list_conflicts, resolve_conflict

    one, two, rid = notes_conflict(org, "from one", "from two")  # two's edit wins, one's is kept aside
    one.sync()
    for lap in (one, two):
        row = resident(lap, rid)
        assert row is not None
        assert row.notes == "from two"
        conflicts = list_conflicts(lap.db, lap.actor)
        assert len(conflicts) == 1
        assert conflicts[0].field == "notes"
        assert {conflicts[0].current_value, conflicts[0].losing_value} == {"from one", "from two"}
    cid = list_conflicts(one.db, one.actor)[0].id
    view = resolve_conflict(one.db, one.actor, cid, "from one and two")
    assert view.waiting_to_sync
    assert one.engine.status().conflicts_open == 0
    one.sync()
    two.sync()
    for lap in (one, two):
        row = resident(lap, rid)
        assert row is not None
        assert row.notes == "from one and two"
        assert list_conflicts(lap.db, lap.actor) == []
        done = list_conflicts(lap.db, lap.actor, status="resolved")
        assert [c.resolution for c in done] == ["from one and two"]
        assert not done[0].waiting_to_sync
    assert local_state(one) == local_state(two) == hq_state(org.hq, "residents", {org.beat_a})
