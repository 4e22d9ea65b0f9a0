"""The laptop's audit log reaches HQ through the real sync engine over HTTP (SQLite and PostgreSQL):
a DV case view, a refused view, a change, a lock and a failed unlock arrive with time, user, device,
event, record and outcome; each once; and neither side lets an entry be changed afterwards."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sync_support import Org, add_resident

from inspector_desk.domain.errors import PermissionDenied
from inspector_desk.hq.models import AuditRecord
from inspector_desk.services import audit
from inspector_desk.services import dv_cases as dv
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import AuditEntry
from inspector_desk.sync.protocol import AuditIn, PushRequest


def test_audit_entries_reach_hq_once_and_stay_as_written(org: Org) -> None:
    a, a2 = org.laptop(org.a), org.laptop(org.a2)
    victim = add_resident(a, org.beat_a, "Secretova", "Aigul")
    offender = add_resident(a, org.beat_a, "Offenderov", "Bek")
    case = dv.open_case(
        a.db, a.actor, dv.CaseInput(victim_id=victim, offender_id=offender, opened_on=utcnow().date())
    )
    dv.case_view(a.db, a.actor, case.record.id)
    audit.record_event(a.db, a.actor, audit.LOCK)
    audit.record_event(a.db, a.actor, audit.UNLOCK, audit.FAILED)
    a.sync()
    a2.sync()
    # Inspector a2 works the same beat but is not on the case: refused, and the refusal travels too.
    with pytest.raises(PermissionDenied):
        dv.case_view(a2.db, a2.refresh_actor(), case.record.id)
    report = a2.sync()
    assert report.audit_pushed >= 1

    local: list[AuditEntry] = []
    for lap in (a, a2):
        with lap.db.read() as s:
            rows = list(s.scalars(select(AuditEntry)))
        assert rows
        assert all(e.synced for e in rows)
        local.extend(rows)
    with org.hq.db.read() as s:
        held = {
            r.id: r for r in s.scalars(select(AuditRecord).where(AuditRecord.id.in_([e.id for e in local])))
        }
    assert set(held) == {e.id for e in local}
    for e in local:
        r = held[e.id]
        assert (r.user_id, r.device_id, r.action, r.entity, r.entity_id, r.outcome) == (
            e.user_id,
            e.device_id,
            e.action,
            e.entity,
            e.entity_id,
            e.outcome,
        )
        assert r.at == e.at
        assert r.source == "client"
    kinds = {(r.action, r.outcome, r.device_id) for r in held.values()}
    assert ("view", "ok", a.device_id) in kinds
    assert ("lock", "ok", a.device_id) in kinds
    assert ("unlock", "failed", a.device_id) in kinds
    assert ("view", "denied", a2.device_id) in kinds

    # Pushed again, altered: HQ keeps the entry as first received.
    view = next(e for e in local if e.action == "view" and e.outcome == "ok")
    altered = AuditIn(
        id=view.id, at=view.at, user_id=view.user_id, device_id=view.device_id, action="nothing", outcome="ok"
    )
    a.transport.push(
        PushRequest(
            device_id=a.device_id,
            client_time_ms=int(utcnow().timestamp() * 1000),
            audit=[altered],
            protocol=a.transport.protocol_version,
        )
    )
    with org.hq.db.read() as s:
        stored = s.get(AuditRecord, view.id)
        assert stored is not None
        assert (stored.action, stored.entity_id) == ("view", case.record.id)
    # And neither database lets an entry be edited or deleted.
    with pytest.raises(DBAPIError, match="append-only"), org.hq.db.read() as s:
        s.execute(text("UPDATE audit SET outcome = 'ok' WHERE id = :id"), {"id": view.id})
    with pytest.raises((IntegrityError, DBAPIError), match="append-only"), a.db.write() as s:
        s.execute(text("UPDATE audit_log SET action = 'nothing' WHERE id = :id"), {"id": view.id})


def test_sign_in_events_of_the_laptop_are_sent(org: Org) -> None:
    a = org.laptop(org.a)
    audit.record_event(a.db, "mallory", audit.LOGIN, audit.FAILED, device_id=a.device_id)
    audit.record_event(a.db, a.actor, audit.LOGIN)
    a.sync()
    with org.hq.db.read() as s:
        rows: list[Any] = list(
            s.scalars(
                select(AuditRecord).where(AuditRecord.device_id == a.device_id, AuditRecord.action == "login")
            )
        )
    by_outcome = {r.outcome: r for r in rows if r.source == "client"}
    assert by_outcome["failed"].user_id is None
    assert by_outcome["failed"].changes == {"login": "mallory"}
    assert by_outcome["ok"].user_id == a.actor.user_id
