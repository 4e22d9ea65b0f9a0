"""Reassignment, upgrade required and revocation, end to end with real laptops and HQ."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sync_support import Org, add_resident, edit_resident, pending, resident

from inspector_desk.hq import admin
from inspector_desk.hq.models import QuarantineEntry, Record
from inspector_desk.security.keyfile import keyfile_path
from inspector_desk.services.dv_cases import CaseInput, assess_risk, open_case
from inspector_desk.store.models import DvCase
from inspector_desk.sync.errors import RevokedError, UpgradeRequiredError


def test_reassignment_pushes_the_old_laptops_edit_then_purges(org: Org) -> None:
    old, new = org.laptop(org.a), org.laptop(org.b)
    rid = add_resident(old, org.beat_a, "Moving")
    stays = add_resident(old, org.beat_a, "Staying")
    old.sync()
    new.sync()
    assert resident(new, rid) is None
    edit_resident(old, rid, notes="seen on Tuesday")  # offline, not yet pushed
    admin.admin_reassign_resident(org.hq.db, rid, f"B-{org.tag}", with_household=False)
    report = old.sync()
    # The edit reached HQ first (kept whole in quarantine for the supervisor: the resident is no
    # longer on the old laptop's beats), then the resident was purged from the old laptop.
    assert report.push_results == {"quarantined": 1}
    with org.hq.db.read() as s:
        kept = s.scalars(select(QuarantineEntry).where(QuarantineEntry.entity_id == rid)).all()
        assert [q.change["fields"] for q in kept] == [{"notes": "seen on Tuesday"}]
    assert resident(old, rid) is None
    assert resident(old, stays) is not None
    assert pending(old) == 0
    new.sync()
    moved = resident(new, rid)
    assert moved is not None
    assert moved.beat_id == org.beat_b
    assert moved.name_key.startswith("moving")


def test_pending_edit_defers_the_purge_until_pushed(org: Org) -> None:
    lap = org.laptop(org.a)
    rid = add_resident(lap, org.beat_a, "Deferred")
    lap.sync()
    admin.admin_reassign_resident(org.hq.db, rid, f"B-{org.tag}", with_household=False)

    # An edit made while the sync runs (between its push and its pull) must not be purged.
    real_pull = lap.engine._pull

    def edit_then_pull(*args: object) -> None:
        edit_resident(lap, rid, notes="typed during sync")
        real_pull(*args)  # type: ignore[arg-type]

    lap.engine._pull = edit_then_pull  # type: ignore[method-assign]
    report = lap.sync()
    lap.engine._pull = real_pull  # type: ignore[method-assign]
    assert report.deferred_evictions == 1
    assert resident(lap, rid) is not None
    assert pending(lap) == 1
    lap.sync()  # pushed (quarantined at HQ), then purged
    assert pending(lap) == 0
    assert resident(lap, rid) is None


def test_reassigned_case_with_dangling_references(org: Org) -> None:
    a, b = org.laptop(org.a), org.laptop(org.b)
    victim = add_resident(a, org.beat_a, "Victim", "Aigul")
    offender = add_resident(a, org.beat_a, "Offender", "Bolat")
    case = open_case(a.db, a.actor, CaseInput(victim_id=victim, offender_id=offender, opened_on=date.today()))
    case_id = case.record.id
    assess_risk(a.db, a.actor, case_id, {"cs_injured": True})
    a.sync()
    admin.admin_reassign_case(org.hq.db, case_id, f"B-{org.tag}", org.b)
    b.sync()  # the case arrives; its victim and offender stay on beat A, out of b's scope
    with b.db.read() as s:
        got = s.get(DvCase, case_id)
        assert got is not None
        assert got.victim_id == victim
        assert got.risk_level is not None  # recomputed from the assessment that moved with it
        assert got.next_review_due is not None
    assert resident(b, victim) is None
    a.sync()
    with a.db.read() as s:
        assert s.get(DvCase, case_id) is None
    assert resident(a, victim) is not None


def test_upgrade_required_keeps_the_outbox(org: Org) -> None:
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a)
    lap.transport.protocol_version = 0  # an application older than HQ accepts
    with pytest.raises(UpgradeRequiredError) as caught:
        lap.sync()
    assert "update" in caught.value.message.lower()
    assert pending(lap) == 1
    status = lap.engine.status()
    assert status.error_code == "upgrade_required"
    assert status.pending_changes == 1
    assert not lap.engine.due()  # no automatic retry: it needs the user
    with org.hq.db.read() as s:
        assert s.scalars(select(Record).where(Record.beat_id == org.beat_a)).all() == []
    lap.transport.protocol_version = 1
    lap.sync()
    assert pending(lap) == 0


def test_revoked_device_pushes_then_wipes(org: Org) -> None:
    lap = org.laptop(org.a)
    keyfile_path(lap.path).write_text("{}")  # the wrapped key lives beside the store
    rid = add_resident(lap, org.beat_a, "Unsent")
    wiped: list[bool] = []
    lap.engine.on_wipe = lambda: wiped.append(True)
    # Revoked between the push and the pull of one sync: the push still delivers the change.
    real_pull = lap.engine._pull

    def revoke_then_pull(*args: object) -> None:
        admin.revoke_device(org.hq.db, lap.device_id)
        real_pull(*args)  # type: ignore[arg-type]

    lap.engine._pull = revoke_then_pull  # type: ignore[method-assign]
    with pytest.raises(RevokedError) as caught:
        lap.sync()
    assert caught.value.wiped
    assert wiped == [True]
    with org.hq.db.read() as s:
        assert s.get(Record, ("residents", rid)) is not None
    for suffix in ("", "-wal", "-shm"):
        assert not lap.path.with_name(lap.path.name + suffix).exists()
    assert not keyfile_path(lap.path).exists()
    assert lap.credentials.load() is None
    with pytest.raises(RevokedError):
        lap.sync()


def test_revoked_at_contact_with_unsent_changes_still_wipes(org: Org) -> None:
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a, "Never sent")
    admin.revoke_user(org.hq.db, org.a)
    with pytest.raises(RevokedError) as caught:
        lap.sync()
    assert caught.value.wiped
    assert not lap.path.exists()
