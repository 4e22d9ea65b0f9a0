"""The audit log beyond data writes: sign-in (right, wrong, unknown account, queued while the store is
closed), lock and unlock events, role changes from HQ, and the supervisor's scoped, filtered, paged,
itself-audited read; the log stays append-only."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError, IntegrityError

from inspector_desk import app
from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.security.keyfile import FAST_TEST_KDF, provision_key
from inspector_desk.services import audit
from inspector_desk.services import dv_cases as dv
from inspector_desk.services.accounts import create_user
from inspector_desk.services.audit import AuditFilters
from inspector_desk.services.base import Role
from inspector_desk.services.residents import (
    ResidentInput,
    ResidentUpdate,
    register_resident,
    update_resident,
)
from inspector_desk.store.db import Database, open_database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import AuditEntry, User
from inspector_desk.sync.engine import apply_me
from inspector_desk.sync.protocol import BeatInfo, Me
from tests.audit_support import audit_entries

PASSWORD = "Str0ng-enough-pass"
TODAY = date(2026, 3, 16)


def resident(db: Database, actor: Any, beat_id: str, last: str, first: str = "Arman") -> str:
    data = ResidentInput(beat_id=beat_id, last_name=last, first_name=first)
    return register_resident(db, actor, data, today=TODAY).record.id


# --- events ---------------------------------------------------------------------------------------


def test_event_of_a_signed_in_user_has_time_user_device_event_and_outcome(db: Database, world: Any) -> None:
    audit.record_event(db, world.inspector, audit.LOCK)
    audit.record_event(db, world.inspector, audit.UNLOCK, audit.FAILED)
    lock, failed = audit_entries(db, user_id=world.inspector.user_id)
    assert (lock.action, lock.outcome, lock.device_id) == ("lock", "ok", "laptop-a")
    assert (failed.action, failed.outcome) == ("unlock", "failed")
    assert abs(lock.at - utcnow()) < timedelta(minutes=1)  # stored in UTC


def test_failed_sign_in_of_an_unknown_account_keeps_the_typed_login(db: Database, world: Any) -> None:
    audit.record_event(db, "intruder'; --", audit.LOGIN, audit.FAILED, device_id="laptop-x")
    audit.record_event(db, "boris", audit.LOGIN, audit.FAILED, device_id="laptop-x")
    stranger, boris = audit_entries(db, action="login")
    assert stranger.user_id is None
    assert stranger.changes == {"login": "intruder'; --"}
    assert boris.user_id == world.other_inspector.user_id
    with pytest.raises(ValueError, match="outcome"):
        audit.record_event(db, world.inspector, audit.LOGIN, "maybe")


def _store(tmp_path: Path) -> Path:
    """A store keyed by a password (the real unlock path), with one inspector account."""
    path = tmp_path / "laptop.db"
    key = provision_key(path, PASSWORD, FAST_TEST_KDF)
    db = open_database(path, key)
    create_user(db, "aseke", "Asel Nurlanovna", Role.INSPECTOR)
    db.close()
    return path


def test_sign_in_right_wrong_and_unknown_are_all_in_the_log(tmp_path: Path) -> None:
    path = _store(tmp_path)
    with pytest.raises(ValidationError) as wrong:
        app.unlock(path, "aseke", "not the password")
    assert wrong.value.field == "password"
    # The store could not be opened: the failure waits beside it, without the password typed.
    queued = audit.pending_path(path).read_text()
    assert "aseke" in queued
    assert "not the password" not in queued
    with pytest.raises(ValidationError) as unknown:
        app.unlock(path, "mallory", PASSWORD)
    assert unknown.value.field == "login"
    db, actor = app.unlock(path, "aseke", PASSWORD)
    try:
        log = audit_entries(db, action="login")
        assert [(e.outcome, e.user_id) for e in log] == [
            ("failed", actor.user_id),  # the wrong password, moved in from the queue
            ("failed", None),  # mallory
            ("ok", actor.user_id),
        ]
        assert log[0].changes == {"login": "aseke", "reason": "wrong_password", "queued": True}
        assert log[1].changes == {"login": "mallory", "reason": "unknown_account"}
        assert not audit.pending_path(path).exists()
    finally:
        db.close()


def test_role_change_from_hq_is_audited(db: Database, world: Any) -> None:
    me = Me(
        user_id=world.other_inspector.user_id,
        login="boris",
        full_name="Boris Ivanov",
        role="supervisor",
        unit_id=world.unit_id,
        beats=[BeatInfo(id=world.other_beat_id, code="ALM-02", name="Beat 2", unit_id=world.unit_id)],
    )
    with db.write() as s:
        apply_me(s, me)
    with db.write() as s:
        apply_me(s, me)  # unchanged: no second entry
    (entry,) = audit_entries(db, action="role_change")
    assert entry.user_id == world.other_inspector.user_id
    assert entry.changes == {"role": ["inspector", "supervisor"]}
    with db.read() as s:
        user = s.get(User, world.other_inspector.user_id)
        assert user is not None
        assert user.role == "supervisor"


def test_the_log_is_append_only(db: Database, world: Any) -> None:
    audit.record_event(db, world.inspector, audit.LOCK)
    with pytest.raises((IntegrityError, DatabaseError), match="append-only"), db.write() as s:
        s.execute(text("UPDATE audit_log SET outcome = 'ok', action = 'nothing'"))
    with pytest.raises((IntegrityError, DatabaseError), match="append-only"), db.write() as s:
        s.execute(text("DELETE FROM audit_log"))
    assert [e.action for e in audit_entries(db)] == ["lock"]


# --- the supervisor's read ---------------------------------------------------------------------------


def test_inspector_is_refused_and_the_refusal_is_audited(db: Database, world: Any) -> None:
    for call in (
        lambda: audit.list_audit(db, world.inspector, AuditFilters()),
        lambda: audit.audit_detail(db, world.inspector, "x"),
        lambda: audit.audit_users(db, world.inspector),
    ):
        with pytest.raises(PermissionDenied):
            call()
    denied = audit_entries(db, action="view_audit", outcome="denied")
    assert len(denied) == 3
    assert {e.user_id for e in denied} == {world.inspector.user_id}


def test_supervisor_sees_the_unit_filters_and_pages(db: Database, world: Any) -> None:
    rid = resident(db, world.inspector, world.beat_id, "Akhmetov")
    update_resident(db, world.inspector, rid, ResidentUpdate(notes="dog in the yard"))
    resident(db, world.other_inspector, world.other_beat_id, "Serikov")
    audit.record_event(db, world.inspector, audit.LOCK)
    audit.record_event(db, "nobody", audit.LOGIN, audit.FAILED)
    outsider = create_user(db, "far", "Other Unit", Role.INSPECTOR)
    with db.write() as s:
        s.add(AuditEntry(user_id=outsider, action="lock", outcome="ok"))

    page = audit.list_audit(db, world.supervisor, AuditFilters())
    events = [(r.event, r.user_name) for r in page.rows]
    assert ("lock", "Asel Nurlanovna") in events
    assert ("login", "nobody") in events
    assert ("lock", "Other Unit") not in events
    admin_page = audit.list_audit(db, world.admin, AuditFilters())
    assert ("lock", "Other Unit") in [(r.event, r.user_name) for r in admin_page.rows]

    only_updates = audit.list_audit(db, world.supervisor, AuditFilters(event="update")).rows
    assert [(r.event, r.record_label) for r in only_updates] == [("update", "Akhmetov Arman")]
    by_name = audit.list_audit(db, world.supervisor, AuditFilters(record="ахметов")).rows
    assert {r.event for r in by_name} == {"create", "update"}
    assert {r.entity_id for r in by_name} == {rid}
    failed = audit.list_audit(db, world.supervisor, AuditFilters(outcome="failed")).rows
    assert [r.user_name for r in failed] == ["nobody"]
    boris = audit.list_audit(db, world.supervisor, AuditFilters(user_id=world.other_inspector.user_id)).rows
    assert {r.user_id for r in boris} == {world.other_inspector.user_id}
    today = date.today()
    assert audit.list_audit(db, world.supervisor, AuditFilters(until=today - timedelta(days=2))).rows == []
    assert audit.list_audit(db, world.supervisor, AuditFilters(since=today - timedelta(days=1))).rows

    detail = audit.audit_detail(db, world.supervisor, only_updates[0].id)
    assert [(c.field, c.before, c.after) for c in detail.changes] == [("notes", None, "dog in the yard")]

    # Pages: newest first, no entry twice, every entry once.
    everything = audit.list_audit(db, world.supervisor, AuditFilters(), limit=500).rows
    seen: list[str] = []
    cursor = None
    while True:
        part = audit.list_audit(db, world.supervisor, AuditFilters(), cursor, limit=2)
        seen.extend(r.id for r in part.rows)
        if not part.has_more:
            break
        cursor = part.next
    assert len(seen) == len(set(seen))
    assert set(seen) >= {r.id for r in everything}
    # Each query's first page was an audited view of the log; the next pages were not.
    views = audit_entries(db, action="view_audit", user_id=world.supervisor.user_id)
    assert len(views) == 9
    assert views[1].changes == {"filters": {"event": "update"}}


def test_bad_filters_name_the_field(db: Database, world: Any) -> None:
    with pytest.raises(ValidationError) as err:
        audit.list_audit(db, world.supervisor, AuditFilters(outcome="maybe"))
    assert err.value.field == "outcome"
    with pytest.raises(ValidationError) as err:
        audit.list_audit(db, world.supervisor, AuditFilters(since=date(2026, 3, 2), until=date(2026, 3, 1)))
    assert err.value.field == "until"
    with pytest.raises(ValidationError) as err:
        audit.list_audit(db, world.supervisor, AuditFilters(record="x" * 1000))
    assert err.value.field == "record"


def test_admin_sees_dv_changes_without_their_values(db: Database, world: Any) -> None:
    victim = resident(db, world.inspector, world.beat_id, "Victim")
    offender = resident(db, world.inspector, world.beat_id, "Offender")
    case = dv.open_case(
        db,
        world.inspector,
        dv.CaseInput(victim_id=victim, offender_id=offender, opened_on=TODAY, summary="secret"),
    ).record
    with db.read() as s:
        entry_id = s.scalar(
            select(AuditEntry.id).where(AuditEntry.entity == "dv_cases", AuditEntry.entity_id == case.id)
        )
        assert entry_id is not None
    sup = audit.audit_detail(db, world.supervisor, entry_id)
    assert ("summary", None, "secret") in [(c.field, c.before, c.after) for c in sup.changes]
    adm = audit.audit_detail(db, world.admin, entry_id)
    assert adm.redacted
    assert "secret" not in repr(adm.changes)
    assert "summary" in [c.field for c in adm.changes]


def test_audit_rows_count(db: Database, world: Any) -> None:
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    audit.list_audit(db, world.supervisor)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == (before or 0) + 1


def test_the_period_is_in_the_laptops_calendar_days(db: Database, world: Any) -> None:
    # 20:00 UTC on the 15th is 01:00 on the 16th in Almaty (UTC+5).
    with db.write() as s:
        s.add(AuditEntry(at=datetime(2026, 3, 15, 20, 0), user_id=world.inspector.user_id, action="lock"))
    day = date(2026, 3, 16)
    almaty = AuditFilters(event="lock", since=day, until=day, utc_offset_minutes=300)
    assert len(audit.list_audit(db, world.supervisor, almaty).rows) == 1
    utc = AuditFilters(event="lock", since=day, until=day)
    assert audit.list_audit(db, world.supervisor, utc).rows == []
    with pytest.raises(ValidationError) as err:
        audit.list_audit(db, world.supervisor, AuditFilters(utc_offset_minutes=24 * 60))
    assert err.value.field == "utc_offset_minutes"


def test_a_typed_login_that_is_not_text_is_kept_as_escapes(db: Database, world: Any) -> None:
    """HQ refuses NUL anywhere in a push: a raw one in the log would stop the log from syncing."""
    audit.record_event(db, "root\x00\u202e😀", audit.LOGIN, audit.FAILED)
    (entry,) = audit_entries(db, action="login")
    assert entry.changes == {"login": "root\\u0000\\u202e😀"}
