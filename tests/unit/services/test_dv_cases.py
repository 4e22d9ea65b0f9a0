"""DV prevention cases: writes with their validation, audit and outbox; need-to-know refusals through
every service; risk override, review schedule, measure terms, closure rules; the reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.services import dv_cases as dv
from inspector_desk.services.accounts import actor_for, create_user
from inspector_desk.services.base import Actor, Role
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import (
    Address,
    AuditEntry,
    CaseReview,
    DvCase,
    DvCaseChild,
    Household,
    Measure,
    OutboxEntry,
    Resident,
    RiskAssessment,
    Visit,
)
from tests.audit_support import audit_entries

OPENED = date(2026, 3, 2)
# Scores of the policy in resources/policy/risk_questionnaire.json (thresholds 5 / 10 / 16).
LOW_ANSWERS: dict[str, bool | str] = {"cs_injured": True}  # 1
MEDIUM_ANSWERS: dict[str, bool | str] = {
    "cs_injured": True,
    "cs_separation": True,
    "cs_escalation": True,
}  # 5
HIGH_ANSWERS: dict[str, bool | str] = {
    **MEDIUM_ANSWERS,
    "hv_sexual_violence": True,
    "hv_order_breached": True,
    "of_firearm_access": True,
}  # 11
EXTREME_ANSWERS: dict[str, bool | str] = {
    **HIGH_ANSWERS,
    "hv_strangulation": True,
    "hv_threat_to_kill": True,
}  # 17


# --- helpers --------------------------------------------------------------------------------------


def _resident(db: Database, beat_id: str, last: str = "Ivanov", first: str = "Ivan", **kw: Any) -> str:
    with db.write() as s:
        row = Resident(beat_id=beat_id, last_name=last, first_name=first, **kw)
        s.add(row)
        s.flush()
        return row.id


def _household(db: Database, beat_id: str) -> str:
    with db.write() as s:
        address = Address(beat_id=beat_id, street="Abay", house="10")
        s.add(address)
        s.flush()
        household = Household(beat_id=beat_id, address_id=address.id, apartment="5")
        s.add(household)
        s.flush()
        return household.id


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _outbox(db: Database, entity: str, entity_id: str) -> list[OutboxEntry]:
    with db.read() as s:
        return list(
            s.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.entity == entity, OutboxEntry.entity_id == entity_id)
                .order_by(OutboxEntry.seq)
            )
        )


def _case(db: Database, world: Any, actor: Actor | None = None, **kw: Any) -> dv.CaseRecord:
    victim = _resident(db, world.beat_id, "Nurlanova", "Aigerim")
    offender = _resident(db, world.beat_id, "Nurlanov", "Serik")
    data = dv.CaseInput(victim_id=victim, offender_id=offender, opened_on=kw.pop("opened_on", OPENED), **kw)
    return dv.open_case(db, actor or world.inspector, data).record


def _assessed(db: Database, world: Any, answers: dict[str, bool | str]) -> dv.CaseRecord:
    case = _case(db, world)
    dv.assess_risk(db, world.inspector, case.id, answers)
    return case


def _same_beat_inspector(db: Database, world: Any, login: str = "carol") -> Actor:
    uid = create_user(
        db, login, "Carol Sadykova", Role.INSPECTOR, unit_id=world.unit_id, beat_ids=[world.beat_id]
    )
    return actor_for(db, uid, device_id=f"laptop-{login}")


def _raises(exc: type[ValidationError], field: str, rule: str, fn: Callable[[], Any]) -> None:
    with pytest.raises(exc) as info:
        fn()
    assert (info.value.field, info.value.rule) == (field, rule)


# --- open_case ------------------------------------------------------------------------------------


def test_open_case_numbers_per_beat_and_writes_audit_and_outbox(db: Database, world: Any) -> None:
    child = _resident(db, world.beat_id, "Nurlanov", "Timur")
    victim = _resident(db, world.beat_id, "Nurlanova", "Aigerim")
    offender = _resident(db, world.beat_id, "Nurlanov", "Serik")
    out = dv.open_case(
        db,
        world.inspector,
        dv.CaseInput(
            victim_id=victim,
            offender_id=offender,
            children_ids=(child,),
            summary="  beaten  ",
            opened_on=OPENED,
        ),
    )
    case = out.record
    assert case.number == "DV-2026-000001"
    assert (case.status, case.owner_id, case.summary, case.children_ids) == (
        "open",
        world.inspector.user_id,
        "beaten",
        (child,),
    )
    # Not assessed yet: due for its first assessment at once.
    assert (case.risk_level, case.next_review_due) == (None, OPENED)
    assert {"dv_cases", "dv_case_children"} <= out.changes.kinds
    assert _case(db, world).number == "DV-2026-000002"

    [created] = audit_entries(db, entity="dv_cases", entity_id=case.id, action="create")
    assert created.user_id == world.inspector.user_id
    assert created.outcome == "ok"
    assert created.changes is not None
    assert created.changes["after"]["victim_id"] == victim
    [entry] = _outbox(db, "dv_cases", case.id)
    assert entry.op == "insert"
    assert entry.fields["number"] == "DV-2026-000001"
    # Derived columns stay local: sync recomputes them.
    assert "risk_level" not in entry.fields
    assert "next_review_due" not in entry.fields
    assert _count(db, DvCaseChild) == 1


def test_case_numbers_restart_per_beat_and_year(db: Database, world: Any) -> None:
    assert _case(db, world).number == "DV-2026-000001"
    assert _case(db, world, opened_on=date(2025, 12, 30)).number == "DV-2025-000001"
    victim = _resident(db, world.other_beat_id)
    offender = _resident(db, world.other_beat_id)
    other = dv.open_case(
        db, world.other_inspector, dv.CaseInput(victim_id=victim, offender_id=offender, opened_on=OPENED)
    ).record
    assert other.number == "DV-2026-000001"


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"offender_id": "victim"}, "offender_id", "dv.victim_is_offender"),
        ({"victim_id": ""}, "victim_id", "required"),
        ({"victim_id": "no-such-id"}, "victim_id", "resident.not_found"),
        ({"children_ids": ("victim",)}, "children_ids[0]", "dv.child_duplicate"),
        ({"children_ids": ("nope",)}, "children_ids[0]", "resident.not_found"),
        ({"opened_on": date(2999, 1, 1)}, "opened_on", "in_future"),
        ({"summary": "x" * 4001}, "summary", "max_length"),
        ({"household_id": "nope"}, "household_id", "household.not_found"),
        ({"owner_id": "someone-else"}, "owner_id", "dv.owner_self"),
    ],
)
def test_open_case_validation_changes_nothing(
    db: Database, world: Any, change: dict[str, Any], field: str, rule: str
) -> None:
    victim = _resident(db, world.beat_id)
    offender = _resident(db, world.beat_id)
    values: dict[str, Any] = {"victim_id": victim, "offender_id": offender, "opened_on": OPENED}
    for key, value in change.items():
        if value == "victim":
            value = victim
        elif value == ("victim",):
            value = (victim,)
        values[key] = value
    before = (_count(db, DvCase), _count(db, OutboxEntry), _count(db, AuditEntry))
    _raises(ValidationError, field, rule, lambda: dv.open_case(db, world.inspector, dv.CaseInput(**values)))
    assert (_count(db, DvCase), _count(db, OutboxEntry), _count(db, AuditEntry)) == before


def test_open_case_with_a_resident_of_another_beat_is_refused_and_audited(db: Database, world: Any) -> None:
    victim = _resident(db, world.beat_id)
    stranger = _resident(db, world.other_beat_id)
    with pytest.raises(PermissionDenied):
        dv.open_case(
            db, world.inspector, dv.CaseInput(victim_id=victim, offender_id=stranger, opened_on=OPENED)
        )
    assert _count(db, DvCase) == 0
    [denied] = audit_entries(db, outcome="denied")
    assert (denied.action, denied.entity, denied.entity_id) == ("open_case", "residents", stranger)


def test_supervisor_opens_a_case_owned_by_the_beats_inspector_admin_cannot(db: Database, world: Any) -> None:
    household = _household(db, world.beat_id)
    case = _case(db, world, world.supervisor, household_id=household)
    assert case.owner_id == world.inspector.user_id
    assert case.household_id == household
    with pytest.raises(PermissionDenied):
        _case(db, world, world.admin)


def test_supervisor_must_name_an_owner_when_the_beat_has_two_inspectors(db: Database, world: Any) -> None:
    carol = _same_beat_inspector(db, world)
    with pytest.raises(ValidationError) as info:
        _case(db, world, world.supervisor)
    assert (info.value.field, info.value.rule) == ("owner_id", "required")
    assert _case(db, world, world.supervisor, owner_id=carol.user_id).owner_id == carol.user_id
    with pytest.raises(ValidationError) as info:
        _case(db, world, world.supervisor, owner_id=world.other_inspector.user_id)
    assert info.value.rule == "dv.owner_not_inspector"


# --- need to know -----------------------------------------------------------------------------------


def _every_dv_service(
    case_id: str, measure_id: str, other_user: str
) -> dict[str, Callable[[Database, Actor], Any]]:
    now = utcnow()
    return {
        "view": lambda db, a: dv.case_view(db, a, case_id),
        "view_timeline": lambda db, a: dv.case_timeline(db, a, case_id),
        "record_incident": lambda db, a: dv.record_incident(
            db, a, case_id, dv.IncidentInput(occurred_at=now, kind="threat", description="shouting")
        ),
        "assess_risk": lambda db, a: dv.assess_risk(db, a, case_id, LOW_ANSWERS),
        "add_measure": lambda db, a: dv.add_measure(
            db, a, case_id, dv.MeasureInput(kind="referral", start_date=OPENED)
        ),
        "end_measure": lambda db, a: dv.end_measure(db, a, measure_id, OPENED, "lifted"),
        "record_review": lambda db, a: dv.record_review(db, a, case_id, "checked", now),
        "set_case_status": lambda db, a: dv.set_case_status(db, a, case_id, "monitoring"),
        "request_closure": lambda db, a: dv.request_closure(db, a, case_id, "moved away"),
        "approve_closure": lambda db, a: dv.approve_closure(db, a, case_id, "ok"),
        "reject_closure": lambda db, a: dv.reject_closure(db, a, case_id, "no"),
        "grant_case_access": lambda db, a: dv.grant_case_access(db, a, case_id, other_user),
        "reassign_case": lambda db, a: dv.reassign_case(db, a, case_id, other_user),
    }


SERVICES = sorted(_every_dv_service("c", "m", "u"))


@pytest.mark.parametrize("intruder", ["other_inspector", "same_beat_inspector", "admin"])
@pytest.mark.parametrize("service", SERVICES)
def test_every_dv_service_refuses_someone_without_need_to_know(
    db: Database, world: Any, service: str, intruder: str
) -> None:
    case = _case(db, world)
    measure = dv.add_measure(
        db, world.inspector, case.id, dv.MeasureInput(kind="referral", start_date=OPENED)
    ).record
    actor = _same_beat_inspector(db, world) if intruder == "same_beat_inspector" else getattr(world, intruder)
    call = _every_dv_service(case.id, measure.id, world.inspector.user_id)[service]
    before = (_count(db, OutboxEntry), _count(db, Measure), _count(db, RiskAssessment))
    with pytest.raises(PermissionDenied):
        call(db, actor)
    assert (_count(db, OutboxEntry), _count(db, Measure), _count(db, RiskAssessment)) == before
    [denied] = audit_entries(db, outcome="denied")
    assert (denied.user_id, denied.action) == (actor.user_id, service)
    # The refusal names the case (or, for a measure out of the actor's beats, the measure).
    assert (denied.entity, denied.entity_id) in {("dv_cases", case.id), ("dv_measures", measure.id)}


def test_lists_show_only_cases_the_actor_may_see(db: Database, world: Any) -> None:
    case = _case(db, world)
    carol = _same_beat_inspector(db, world)
    assert [r.id for r in dv.list_cases(db, world.inspector).rows] == [case.id]
    assert [r.id for r in dv.list_cases(db, world.supervisor).rows] == [case.id]
    assert dv.list_cases(db, carol).rows == []
    assert dv.list_cases(db, world.other_inspector).rows == []
    assert dv.cases_due_for_review(db, carol, on=OPENED) == []
    assert [c.case_id for c in dv.cases_due_for_review(db, world.inspector, on=OPENED)] == [case.id]


def test_a_granted_co_worker_can_view_and_the_grant_is_audited(db: Database, world: Any) -> None:
    case = _case(db, world)
    carol = _same_beat_inspector(db, world)
    out = dv.grant_case_access(db, world.inspector, case.id, carol.user_id)
    assert out.record.user_name == "Carol Sadykova"
    assert _outbox(db, "dv_case_access", out.record.id)[0].op == "insert"
    view = dv.case_view(db, carol, case.id)
    assert view.id == case.id
    assert [a.user_id for a in view.access] == [carol.user_id]
    assert [r.id for r in dv.list_cases(db, carol).rows] == [case.id]
    # A co-worker may see and record, but not hand the case on.
    dv.record_review(db, carol, case.id, "visited together", utcnow())
    boris = create_user(db, "dan", "Dan", Role.INSPECTOR, unit_id=world.unit_id, beat_ids=[world.beat_id])
    with pytest.raises(PermissionDenied):
        dv.grant_case_access(db, carol, case.id, boris)
    _raises(
        ValidationError,
        "user_id",
        "dv.access_exists",
        lambda: dv.grant_case_access(db, world.inspector, case.id, carol.user_id),
    )
    _raises(
        ValidationError,
        "user_id",
        "dv.access_owner",
        lambda: dv.grant_case_access(db, world.supervisor, case.id, world.inspector.user_id),
    )
    _raises(
        ValidationError,
        "user_id",
        "user.not_found",
        lambda: dv.grant_case_access(db, world.inspector, case.id, "nobody"),
    )


def test_every_case_view_is_audited_and_committed(db: Database, world: Any) -> None:
    case = _case(db, world)
    dv.case_view(db, world.inspector, case.id)
    dv.case_view(db, world.supervisor, case.id)
    views = audit_entries(db, action="view", entity_id=case.id)
    assert [(v.user_id, v.outcome) for v in views] == [
        (world.inspector.user_id, "ok"),
        (world.supervisor.user_id, "ok"),
    ]


# --- incidents --------------------------------------------------------------------------------------


def test_record_incident_appends_and_validates(db: Database, world: Any) -> None:
    case = _case(db, world)
    at = datetime(2026, 3, 1, 22, 30)
    out = dv.record_incident(
        db,
        world.inspector,
        case.id,
        dv.IncidentInput(occurred_at=at, kind=" threat ", description="Threatened with a knife"),
    )
    assert (out.record.kind, out.record.reported_by) == ("threat", world.inspector.user_id)
    assert _outbox(db, "dv_incidents", out.record.id)[0].fields["description"] == "Threatened with a knife"
    assert audit_entries(db, entity="dv_incidents", action="create")
    for data, field, rule in [
        (dv.IncidentInput(occurred_at=at, kind="", description="x"), "kind", "required"),
        (dv.IncidentInput(occurred_at=at, kind="x" * 41, description="x"), "kind", "max_length"),
        (dv.IncidentInput(occurred_at=at, kind="threat", description="  "), "description", "required"),
        (
            dv.IncidentInput(occurred_at=utcnow() + timedelta(hours=1), kind="t", description="x"),
            "occurred_at",
            "in_future",
        ),
    ]:
        _raises(
            ValidationError, field, rule, lambda d=data: dv.record_incident(db, world.inspector, case.id, d)
        )
    assert len(dv.case_view(db, world.inspector, case.id).incidents) == 1


# --- risk assessment ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "level", "days"),
    [
        (LOW_ANSWERS, "low", 60),
        (MEDIUM_ANSWERS, "medium", 30),
        (HIGH_ANSWERS, "high", 7),
        (EXTREME_ANSWERS, "extreme", 3),
    ],
)
def test_assessment_sets_level_and_review_schedule(
    db: Database, world: Any, answers: dict[str, bool | str], level: str, days: int
) -> None:
    case = _case(db, world)
    out = dv.assess_risk(db, world.inspector, case.id, answers)
    record = out.record
    assert (record.computed_level, record.final_level, record.override_reason) == (level, level, None)
    assert record.answers == answers
    assert record.answered == len(answers)
    assert record.total == 24
    due = utcnow().date() + timedelta(days=days)
    assert record.next_review_due == due
    with db.read() as s:
        row = s.get(DvCase, case.id)
        assert row is not None
        assert (row.risk_level, row.next_review_due) == (level, due)
        stored = s.scalars(select(RiskAssessment)).one()
        assert (stored.score, stored.answers) == (record.score, answers)
    assert _outbox(db, "risk_assessments", record.id)[0].fields["final_level"] == level


def test_officer_may_raise_the_level_with_a_reason_never_lower_it(db: Database, world: Any) -> None:
    case = _case(db, world)
    raised = dv.assess_risk(
        db, world.inspector, case.id, LOW_ANSWERS, "extreme", "  he bought a gun  "
    ).record
    assert (raised.computed_level, raised.final_level, raised.override_reason) == (
        "low",
        "extreme",
        "he bought a gun",
    )
    assert raised.next_review_due == utcnow().date() + timedelta(days=3)

    before = (_count(db, RiskAssessment), _count(db, OutboxEntry))
    _raises(
        ValidationError,
        "override_level",
        "risk.override_lower",
        lambda: dv.assess_risk(db, world.inspector, case.id, HIGH_ANSWERS, "medium", "calmer now"),
    )
    _raises(
        ValidationError,
        "override_reason",
        "risk.override_reason_required",
        lambda: dv.assess_risk(db, world.inspector, case.id, LOW_ANSWERS, "high", " "),
    )
    _raises(
        ValidationError,
        "override_level",
        "risk.unknown_level",
        lambda: dv.assess_risk(db, world.inspector, case.id, LOW_ANSWERS, "catastrophic", "why"),
    )
    _raises(
        ValidationError,
        "answers",
        "risk.unknown_question",
        lambda: dv.assess_risk(db, world.inspector, case.id, {"bogus": True}),
    )
    _raises(
        ValidationError,
        "answers[cs_injured]",
        "risk.invalid_answer",
        lambda: dv.assess_risk(db, world.inspector, case.id, {"cs_injured": "yes"}),
    )
    _raises(ValidationError, "answers", "required", lambda: dv.assess_risk(db, world.inspector, case.id, {}))
    assert (_count(db, RiskAssessment), _count(db, OutboxEntry)) == before
    with db.read() as s:
        row = s.get(DvCase, case.id)
        assert row is not None
        assert row.risk_level == "extreme"


def test_review_schedule_follows_the_level_from_the_last_review(db: Database, world: Any) -> None:
    case = _assessed(db, world, HIGH_ANSWERS)
    reviewed = utcnow().replace(microsecond=0)
    out = dv.record_review(db, world.inspector, case.id, "  spoke to the victim  ", reviewed)
    assert out.record.notes == "spoke to the victim"
    assert out.record.next_review_due == reviewed.date() + timedelta(days=7)
    # A later assessment at a lower level moves the next review out.
    dv.assess_risk(db, world.inspector, case.id, MEDIUM_ANSWERS)
    assert dv.case_view(db, world.inspector, case.id).next_review_due == utcnow().date() + timedelta(days=30)
    _raises(
        ValidationError,
        "notes",
        "required",
        lambda: dv.record_review(db, world.inspector, case.id, "", reviewed),
    )
    _raises(
        ValidationError,
        "reviewed_at",
        "in_future",
        lambda: dv.record_review(db, world.inspector, case.id, "x", utcnow() + timedelta(days=1)),
    )
    assert _count(db, CaseReview) == 1


def test_review_of_an_unassessed_case_keeps_it_due(db: Database, world: Any) -> None:
    case = _case(db, world)
    out = dv.record_review(db, world.inspector, case.id, "first contact", utcnow())
    assert out.record.next_review_due == OPENED


def test_set_case_status_moves_between_open_and_monitoring(db: Database, world: Any) -> None:
    case = _case(db, world)
    assert dv.set_case_status(db, world.inspector, case.id, "monitoring").record.status == "monitoring"
    [update] = list(audit_entries(db, entity_id=case.id, action="update"))
    assert update.changes == {"status": ["open", "monitoring"]}
    _raises(
        ValidationError,
        "status",
        "dv.status",
        lambda: dv.set_case_status(db, world.inspector, case.id, "closed"),
    )


# --- measures -------------------------------------------------------------------------------------------


def test_protective_order_runs_thirty_days(db: Database, world: Any) -> None:
    case = _case(db, world)
    out = dv.add_measure(
        db,
        world.inspector,
        case.id,
        dv.MeasureInput(kind="protective_order", start_date=OPENED, issued_by=" Court 2 "),
    )
    assert (out.record.end_date, out.record.issued_by) == (OPENED + timedelta(days=30), "Court 2")
    assert _outbox(db, "dv_measures", out.record.id)[0].fields["end_date"] == "2026-04-01"
    _raises(
        ValidationError,
        "end_date",
        "measure.protective_order_term",
        lambda: dv.add_measure(
            db,
            world.inspector,
            case.id,
            dv.MeasureInput(kind="protective_order", start_date=OPENED, end_date=OPENED + timedelta(days=60)),
        ),
    )


@pytest.mark.parametrize(
    ("end", "ok"),
    [
        (date(2026, 6, 2), True),
        (date(2027, 3, 2), True),
        (date(2026, 6, 1), False),
        (date(2027, 3, 3), False),
        (None, False),
    ],
)
def test_special_requirements_last_three_months_to_a_year(
    db: Database, world: Any, end: date | None, ok: bool
) -> None:
    case = _case(db, world)
    data = dv.MeasureInput(kind="special_requirements", start_date=date(2026, 3, 2), end_date=end)
    if ok:
        assert dv.add_measure(db, world.inspector, case.id, data).record.end_date == end
    else:
        _raises(
            ValidationError,
            "end_date",
            "measure.special_requirements_term",
            lambda: dv.add_measure(db, world.inspector, case.id, data),
        )
        assert _count(db, Measure) == 0


def test_measure_validation(db: Database, world: Any) -> None:
    case = _case(db, world)
    _raises(
        ValidationError,
        "kind",
        "measure.unknown_kind",
        lambda: dv.add_measure(
            db, world.inspector, case.id, dv.MeasureInput(kind="curfew", start_date=OPENED)
        ),
    )
    _raises(
        ValidationError,
        "end_date",
        "measure.end_before_start",
        lambda: dv.add_measure(
            db,
            world.inspector,
            case.id,
            dv.MeasureInput(kind="referral", start_date=OPENED, end_date=OPENED - timedelta(days=1)),
        ),
    )
    _raises(
        ValidationError,
        "notes",
        "max_length",
        lambda: dv.add_measure(
            db,
            world.inspector,
            case.id,
            dv.MeasureInput(kind="referral", start_date=OPENED, notes="n" * 4001),
        ),
    )
    assert _count(db, Measure) == 0


def test_end_measure(db: Database, world: Any) -> None:
    case = _case(db, world)
    order = dv.add_measure(
        db, world.inspector, case.id, dv.MeasureInput(kind="protective_order", start_date=OPENED)
    ).record
    _raises(
        ValidationError,
        "reason",
        "required",
        lambda: dv.end_measure(db, world.inspector, order.id, OPENED + timedelta(days=3), " "),
    )
    _raises(
        ValidationError,
        "ended_on",
        "measure.end_before_start",
        lambda: dv.end_measure(db, world.inspector, order.id, OPENED - timedelta(days=1), "x"),
    )
    _raises(
        ValidationError,
        "ended_on",
        "measure.already_expired",
        lambda: dv.end_measure(db, world.inspector, order.id, OPENED + timedelta(days=31), "x"),
    )
    ended = dv.end_measure(
        db, world.inspector, order.id, OPENED + timedelta(days=3), "court lifted it"
    ).record
    assert (ended.ended_on, ended.ended_reason) == (OPENED + timedelta(days=3), "court lifted it")
    [update] = _outbox(db, "dv_measures", order.id)[1:]
    assert update.op == "update"
    assert update.fields == {
        "ended_on": "2026-03-05",
        "ended_reason": "court lifted it",
    }
    _raises(
        ValidationError,
        "measure_id",
        "measure.already_ended",
        lambda: dv.end_measure(db, world.inspector, order.id, OPENED + timedelta(days=4), "again"),
    )


def test_expiring_measures(db: Database, world: Any) -> None:
    case = _case(db, world)
    start = date(2026, 3, 1)  # the order ends on 31 March

    def add(kind: str, end: date | None = None, begin: date = start) -> str:
        data = dv.MeasureInput(kind=kind, start_date=begin, end_date=end)
        return dv.add_measure(db, world.inspector, case.id, data).record.id

    order = add("protective_order")
    later = add("protective_order", begin=date(2026, 3, 10))  # ends 9 April
    ended = add("protective_order")
    dv.end_measure(db, world.inspector, ended, date(2026, 3, 20), "lifted", today=date(2026, 3, 20))
    special = add("special_requirements", date(2026, 6, 2), date(2026, 3, 2))
    on = date(2026, 3, 29)
    due = dv.expiring_measures(db, world.inspector, on=on)
    assert [(m.measure_id, m.days_left) for m in due] == [(order, 2)]
    assert dv.expiring_measures(db, world.inspector, on=date(2026, 4, 1)) == []
    assert {m.measure_id for m in dv.expiring_measures(db, world.supervisor, on=on, within_days=11)} == {
        order,
        later,
    }
    both = dv.expiring_measures(
        db, world.inspector, on=date(2026, 5, 30), kinds=("protective_order", "special_requirements")
    )
    assert [m.measure_id for m in both] == [special]
    assert dv.expiring_measures(db, world.other_inspector, on=on) == []
    view = dv.case_view(db, world.inspector, case.id, on=on)
    assert {m.id: m.days_left for m in view.measures}[order] == 2
    assert {m.id: m.days_left for m in view.measures}[ended] is None


# --- closure ----------------------------------------------------------------------------------------------


def test_low_risk_case_closes_at_once_with_its_reason(db: Database, world: Any) -> None:
    case = _assessed(db, world, MEDIUM_ANSWERS)
    _raises(
        ValidationError, "reason", "required", lambda: dv.request_closure(db, world.inspector, case.id, "  ")
    )
    out = dv.request_closure(db, world.inspector, case.id, "family moved away", today=date(2026, 4, 1)).record
    assert (out.status, out.closure_state, out.closure_reason, out.closed_on) == (
        "closed",
        "approved",
        "family moved away",
        date(2026, 4, 1),
    )
    assert out.next_review_due is None
    assert dv.cases_due_for_review(db, world.inspector, on=date(2030, 1, 1)) == []
    _raises(
        ValidationError,
        "case_id",
        "dv.case_closed",
        lambda: dv.record_review(db, world.inspector, case.id, "x", utcnow()),
    )


@pytest.mark.parametrize("answers", [HIGH_ANSWERS, EXTREME_ANSWERS, None])
def test_high_risk_closure_needs_the_supervisors_approval(
    db: Database, world: Any, answers: dict[str, bool | str] | None
) -> None:
    case = _assessed(db, world, answers) if answers else _case(db, world)
    out = dv.request_closure(db, world.inspector, case.id, "offender in prison").record
    assert (out.status, out.closure_state) == ("open", "requested")
    _raises(
        ValidationError,
        "case_id",
        "dv.closure_pending",
        lambda: dv.request_closure(db, world.inspector, case.id, "again"),
    )

    with pytest.raises(PermissionDenied):
        dv.approve_closure(db, world.inspector, case.id, "I approve myself")
    [denied] = audit_entries(db, outcome="denied")
    assert (denied.action, denied.entity_id) == ("approve_closure", case.id)
    with db.read() as s:
        row = s.get(DvCase, case.id)
        assert row is not None
        assert row.status == "open"

    closed = dv.approve_closure(db, world.supervisor, case.id, "agreed", today=date(2026, 4, 2)).record
    assert (closed.status, closed.closure_state, closed.closed_on) == ("closed", "approved", date(2026, 4, 2))
    fields = _outbox(db, "dv_cases", case.id)[-1].fields
    assert fields["closure_decided_by"] == world.supervisor.user_id
    assert fields["status"] == "closed"
    timeline = dv.case_timeline(db, world.supervisor, case.id)
    assert [e.kind for e in timeline][-2:] == ["closure_requested", "closure_approved"]


def test_rejected_closure_keeps_the_case_open_and_needs_a_note(db: Database, world: Any) -> None:
    case = _assessed(db, world, HIGH_ANSWERS)
    _raises(
        ValidationError,
        "case_id",
        "dv.no_closure_request",
        lambda: dv.approve_closure(db, world.supervisor, case.id, "ok"),
    )
    dv.request_closure(db, world.inspector, case.id, "calm for a month")
    _raises(
        ValidationError, "note", "required", lambda: dv.reject_closure(db, world.supervisor, case.id, " ")
    )
    with pytest.raises(PermissionDenied):
        dv.reject_closure(db, world.inspector, case.id, "no")
    out = dv.reject_closure(db, world.supervisor, case.id, "order still in force").record
    assert (out.status, out.closure_state) == ("open", "rejected")
    # After a rejection the inspector may ask again.
    assert dv.request_closure(db, world.inspector, case.id, "order ended").record.closure_state == "requested"


def test_supervisor_closes_a_high_risk_case_directly(db: Database, world: Any) -> None:
    case = _assessed(db, world, HIGH_ANSWERS)
    assert dv.request_closure(db, world.supervisor, case.id, "victim relocated").record.status == "closed"


def test_reassign_case(db: Database, world: Any) -> None:
    case = _case(db, world)
    carol = _same_beat_inspector(db, world)
    with pytest.raises(PermissionDenied):
        dv.reassign_case(db, world.inspector, case.id, carol.user_id)
    _raises(
        ValidationError,
        "new_owner_id",
        "dv.owner_not_inspector",
        lambda: dv.reassign_case(db, world.supervisor, case.id, world.other_inspector.user_id),
    )
    assert dv.reassign_case(db, world.supervisor, case.id, carol.user_id).record.owner_id == carol.user_id
    assert dv.case_view(db, carol, case.id).owner_name == "Carol Sadykova"
    with pytest.raises(PermissionDenied):
        dv.case_view(db, world.inspector, case.id)


# --- reads --------------------------------------------------------------------------------------------------


def test_case_view_and_timeline(db: Database, world: Any) -> None:
    child = _resident(db, world.beat_id, "Nurlanov", "Timur", birth_date=date(2018, 5, 1))
    victim = _resident(db, world.beat_id, "Nurlanova", "Aigerim", middle_name="Bolatovna")
    offender = _resident(db, world.beat_id, "Nurlanov", "Serik")
    case = dv.open_case(
        db,
        world.inspector,
        dv.CaseInput(victim_id=victim, offender_id=offender, children_ids=(child,), opened_on=OPENED),
    ).record
    dv.record_incident(
        db,
        world.inspector,
        case.id,
        dv.IncidentInput(occurred_at=datetime(2026, 3, 1, 21, 0), kind="assault", description="hit"),
    )
    dv.add_measure(db, world.inspector, case.id, dv.MeasureInput(kind="protective_order", start_date=OPENED))
    dv.assess_risk(db, world.inspector, case.id, HIGH_ANSWERS)
    dv.record_review(db, world.inspector, case.id, "follow-up", utcnow())
    with db.write() as s:
        s.add(
            Visit(
                beat_id=world.beat_id,
                kind="dv_follow_up",
                visited_at=datetime(2026, 3, 5, 10, 0),
                resident_id=victim,
                dv_case_id=case.id,
                outcome="met",
                officer_id=world.inspector.user_id,
            )
        )
        s.add(
            Visit(
                beat_id=world.beat_id,
                kind="dv_follow_up",
                visited_at=datetime(2026, 3, 6, 10, 0),
                resident_id=victim,
                dv_case_id=case.id,
                outcome="met",
                officer_id=world.inspector.user_id,
                deleted=True,
            )
        )

    view = dv.case_view(db, world.supervisor, case.id)
    assert view.victim.full_name == "Nurlanova Aigerim Bolatovna"
    assert view.offender.role == "offender"
    assert [(c.full_name, c.birth_date) for c in view.children] == [("Nurlanov Timur", date(2018, 5, 1))]
    assert (view.owner_name, view.risk_level) == ("Asel Nurlanovna", "high")
    assert len(view.incidents) == len(view.assessments) == len(view.measures) == len(view.reviews) == 1

    kinds = [e.kind for e in dv.case_timeline(db, world.inspector, case.id)]
    assert kinds == ["incident", "opened", "measure_started", "visit", "assessment", "review"]
    assert audit_entries(db, action="view_timeline", entity_id=case.id)


def test_list_cases_filters_orders_and_pages(db: Database, world: Any) -> None:
    low = _assessed(db, world, LOW_ANSWERS)
    high = _assessed(db, world, HIGH_ANSWERS)
    fresh = _case(db, world)
    page = dv.list_cases(db, world.supervisor, limit=2)
    # Unassessed first (it needs an assessment), then by risk.
    assert [r.id for r in page.rows] == [fresh.id, high.id]
    assert page.has_more
    assert [r.id for r in dv.list_cases(db, world.supervisor, limit=2, offset=2).rows] == [low.id]
    assert [r.id for r in dv.list_cases(db, world.inspector, risk_level="low").rows] == [low.id]
    assert dv.list_cases(db, world.inspector, status="closed").rows == []
    assert dv.list_cases(db, world.inspector, owner_id="someone").rows == []
    row = dv.list_cases(db, world.inspector, risk_level="high").rows[0]
    assert (row.victim_name, row.owner_name, row.number) == (
        "Nurlanova Aigerim",
        "Asel Nurlanovna",
        high.number,
    )


def test_cases_due_for_review_most_overdue_first(db: Database, world: Any) -> None:
    a = _case(db, world, opened_on=date(2026, 3, 1))
    b = _case(db, world, opened_on=date(2026, 2, 1))
    c = _case(db, world, opened_on=date(2026, 3, 10))
    closed = _assessed(db, world, LOW_ANSWERS)
    dv.request_closure(db, world.inspector, closed.id, "done")
    due = dv.cases_due_for_review(db, world.inspector, on=date(2026, 3, 5))
    assert [(d.case_id, d.days_overdue) for d in due] == [(b.id, 32), (a.id, 4)]
    assert [d.case_id for d in dv.cases_due_for_review(db, world.inspector, on=date(2026, 3, 10))][-1] == c.id
    with db.write() as s:
        row = s.get(DvCase, a.id)
        assert row is not None
        row.status = "monitoring"
    assert len(dv.cases_due_for_review(db, world.supervisor, on=date(2026, 3, 5))) == 2
