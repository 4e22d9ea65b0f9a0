"""Another inspector's records by id, through every service that takes a record id: refused
(PermissionDenied, or NotFound that says no more than an unknown id would), the refusal written to the
audit log as "denied" under the caller's name, and nothing of the record changed.

Inspector B works beat 2; inspector A's records are on beat 1. Inspector C also works beat 1 but is
not named on A's DV case: the need-to-know layer must refuse C everything about the case. The list
of calls is checked against the services' public functions, so a new function that takes a record
id without being listed here fails the test."""

from __future__ import annotations

import inspect
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from inspector_desk.reports.api import ReportRequest, build_report
from inspector_desk.services import (
    addresses,
    appeals,
    beat_objects,
    dv_cases,
    feedback,
    registry,
    residents,
    visits,
)
from inspector_desk.services.accounts import actor_for, create_user
from inspector_desk.services.base import Actor, Role
from inspector_desk.store.db import Database
from inspector_desk.store.models import SYNCED_MODELS, AuditEntry, OutboxEntry

TODAY = date.today()
NOW = datetime.now().replace(microsecond=0)
HIGH = {"hv_strangulation": True, "hv_threat_to_kill": True, "of_firearm_access": True, "cs_injured": True}


@dataclass
class Records:
    address: str
    household: str
    resident: str
    offender: str
    visit: str
    registry_entry: str
    case: str
    measure: str
    appeal: str
    beat_object: str


def make_records(db: Database, a: Actor, beat: str) -> Records:
    addr = addresses.create_address(db, a, addresses.AddressInput(beat_id=beat, street="Abay", house="10"))
    hh = addresses.create_household(db, a, addresses.HouseholdInput(address_id=addr.record.id, apartment="5"))
    person = residents.register_resident(
        db,
        a,
        residents.ResidentInput(
            beat_id=beat, last_name="Secretova", first_name="Aigul", household_id=hh.record.id
        ),
        today=TODAY,
    ).record.id
    offender = residents.register_resident(
        db, a, residents.ResidentInput(beat_id=beat, last_name="Offenderov", first_name="Bek"), today=TODAY
    ).record.id
    visit = visits.log_visit(
        db,
        a,
        visits.VisitInput(
            kind="prevention", visited_at=NOW - timedelta(hours=1), outcome="met", resident_id=person
        ),
        today=TODAY,
    ).record.id
    entry = registry.add_registry_entry(
        db,
        a,
        registry.RegistryInput(
            resident_id=person,
            category="official_warning",
            basis="order 12",
            start_date=TODAY - timedelta(days=3),
        ),
        today=TODAY,
    ).record.id
    case = dv_cases.open_case(
        db,
        a,
        dv_cases.CaseInput(victim_id=person, offender_id=offender, opened_on=TODAY, summary="confidential"),
        today=TODAY,
    ).record.id
    dv_cases.assess_risk(db, a, case, HIGH)
    measure = dv_cases.add_measure(
        db,
        a,
        case,
        dv_cases.MeasureInput(kind="protective_order", start_date=TODAY, end_date=TODAY + timedelta(30)),
    ).record.id
    dv_cases.request_closure(db, a, case, "moved away", today=TODAY)
    appeal = appeals.record_appeal(
        db,
        a,
        appeals.AppealInput(
            beat_id=beat, received_on=TODAY, applicant_name="Citizen", subject="Noise", resident_id=person
        ),
        today=TODAY,
    ).record.id
    obj = beat_objects.create_beat_object(
        db, a, beat_objects.BeatObjectInput(beat_id=beat, kind="school", name="School 5")
    ).record.id
    return Records(addr.record.id, hh.record.id, person, offender, visit, entry, case, measure, appeal, obj)


def calls(db: Database, r: Records, own_beat: str, other_beat: str) -> dict[str, Callable[[Actor], Any]]:
    """Every public service function that takes a record id, called on A's record by ``who``."""
    card = ReportRequest(
        kind="resident_card", period_start=TODAY, period_end=TODAY, on=TODAY, resident_id=r.resident
    )
    return {
        # residents
        "residents.resident_card": lambda who: residents.resident_card(db, who, r.resident),
        # A list's rows fetched again by id: another beat's are left out (answered like voided ones).
        "residents.resident_rows": lambda who: _left_out(residents.resident_rows(db, who, [r.resident])),
        "residents.update_resident": lambda who: residents.update_resident(
            db, who, r.resident, residents.ResidentUpdate(notes="hacked")
        ),
        "residents.move_resident": lambda who: residents.move_resident(db, who, r.resident, None),
        "residents.void_resident": lambda who: residents.void_resident(db, who, r.resident, "gone"),
        "residents.register_resident(household)": lambda who: residents.register_resident(
            db,
            who,
            residents.ResidentInput(
                beat_id=own_beat, last_name="X", first_name="Y", household_id=r.household
            ),
        ),
        "residents.register_resident(beat)": lambda who: residents.register_resident(
            db, who, residents.ResidentInput(beat_id=other_beat, last_name="X", first_name="Y")
        ),
        # households and addresses
        "addresses.household": lambda who: addresses.household(db, who, r.household),
        "addresses.list_households": lambda who: addresses.list_households(db, who, r.address),
        "addresses.update_address": lambda who: addresses.update_address(
            db, who, r.address, addresses.AddressUpdate(notes="hacked")
        ),
        "addresses.update_household": lambda who: addresses.update_household(
            db, who, r.household, addresses.HouseholdUpdate(notes="hacked")
        ),
        "addresses.create_household": lambda who: addresses.create_household(
            db, who, addresses.HouseholdInput(address_id=r.address, apartment="99")
        ),
        "addresses.register_dwelling": lambda who: addresses.register_dwelling(
            db, who, addresses.DwellingInput(beat_id=other_beat, street="Abay", house="10", apartment="77")
        ),
        "addresses.create_address": lambda who: addresses.create_address(
            db, who, addresses.AddressInput(beat_id=other_beat, street="Hack", house="1")
        ),
        # visits
        "visits.visits_of_resident": lambda who: visits.visits_of_resident(db, who, r.resident),
        "visits.next_due_after_visit": lambda who: visits.next_due_after_visit(
            db, who, r.resident, visited_on=TODAY, kind="prevention", outcome="met"
        ),
        "visits.log_visit(resident)": lambda who: visits.log_visit(
            db,
            who,
            visits.VisitInput(kind="prevention", visited_at=NOW, outcome="met", resident_id=r.resident),
        ),
        "visits.log_visit(household)": lambda who: visits.log_visit(
            db,
            who,
            visits.VisitInput(kind="prevention", visited_at=NOW, outcome="met", household_id=r.household),
        ),
        "visits.log_visit(case)": lambda who: visits.log_visit(
            db,
            who,
            visits.VisitInput(
                kind="dv_follow_up", visited_at=NOW, outcome="met", resident_id=r.resident, dv_case_id=r.case
            ),
        ),
        "visits.void_visit": lambda who: visits.void_visit(db, who, r.visit, "mistake"),
        # registry
        "registry.add_registry_entry": lambda who: registry.add_registry_entry(
            db,
            who,
            registry.RegistryInput(resident_id=r.resident, category="parole", basis="x", start_date=TODAY),
        ),
        "registry.update_registry_entry": lambda who: registry.update_registry_entry(
            db,
            who,
            r.registry_entry,
            registry.RegistryUpdate(category="official_warning", basis="forged", start_date=TODAY),
        ),
        "registry.end_registry_entry": lambda who: registry.end_registry_entry(
            db, who, r.registry_entry, TODAY, "done"
        ),
        # DV cases: every read and write
        "dv_cases.case_view": lambda who: dv_cases.case_view(db, who, r.case),
        "dv_cases.case_timeline": lambda who: dv_cases.case_timeline(db, who, r.case),
        "dv_cases.record_incident": lambda who: dv_cases.record_incident(
            db, who, r.case, dv_cases.IncidentInput(occurred_at=NOW, kind="threats", description="x")
        ),
        "dv_cases.assess_risk": lambda who: dv_cases.assess_risk(db, who, r.case, HIGH),
        "dv_cases.add_measure": lambda who: dv_cases.add_measure(
            db, who, r.case, dv_cases.MeasureInput(kind="referral", start_date=TODAY)
        ),
        "dv_cases.end_measure": lambda who: dv_cases.end_measure(db, who, r.measure, TODAY, "over"),
        "dv_cases.record_review": lambda who: dv_cases.record_review(db, who, r.case, "fine", NOW),
        "dv_cases.set_case_status": lambda who: dv_cases.set_case_status(db, who, r.case, "monitoring"),
        "dv_cases.request_closure": lambda who: dv_cases.request_closure(db, who, r.case, "done"),
        "dv_cases.approve_closure": lambda who: dv_cases.approve_closure(db, who, r.case),
        "dv_cases.reject_closure": lambda who: dv_cases.reject_closure(db, who, r.case, "no"),
        "dv_cases.grant_case_access": lambda who: dv_cases.grant_case_access(db, who, r.case, who.user_id),
        "dv_cases.reassign_case": lambda who: dv_cases.reassign_case(db, who, r.case, who.user_id),
        "dv_cases.open_case(parties)": lambda who: dv_cases.open_case(
            db, who, dv_cases.CaseInput(victim_id=r.resident, offender_id=r.offender, opened_on=TODAY)
        ),
        # appeals
        "appeals.appeal": lambda who: appeals.appeal(db, who, r.appeal),
        "appeals.extend_appeal": lambda who: appeals.extend_appeal(
            db, who, r.appeal, TODAY + timedelta(days=60), "more time"
        ),
        "appeals.answer_appeal": lambda who: appeals.answer_appeal(db, who, r.appeal, "answered", TODAY),
        "appeals.record_appeal(resident)": lambda who: appeals.record_appeal(
            db,
            who,
            appeals.AppealInput(
                beat_id=own_beat, received_on=TODAY, applicant_name="Z", subject="S", resident_id=r.resident
            ),
        ),
        # beat objects
        "beat_objects.update_beat_object": lambda who: beat_objects.update_beat_object(
            db, who, r.beat_object, beat_objects.BeatObjectUpdate(notes="hacked")
        ),
        "beat_objects.void_beat_object": lambda who: beat_objects.void_beat_object(
            db, who, r.beat_object, "gone"
        ),
        "beat_objects.create_beat_object(address)": lambda who: beat_objects.create_beat_object(
            db,
            who,
            beat_objects.BeatObjectInput(beat_id=own_beat, kind="bar", name="Bar", address_id=r.address),
        ),
        # feedback
        "feedback.record_feedback(resident)": lambda who: feedback.record_feedback(
            db, who, feedback.FeedbackInput(received_on=TODAY, rating=1, resident_id=r.resident)
        ),
        # reports built from the services
        "reports.build_report(resident_card)": lambda who: build_report(db, who, card, io.BytesIO()),
    }


def _left_out(rows: list[Any]) -> None:
    """Rows asked for by id and left out of the answer count as refused (the call still audits it)."""
    if not rows:
        raise NotFound("not among the rows you may see")
    raise AssertionError(f"another beat's rows were returned: {rows}")


# Public functions that take no record id (lists and summaries filter by the caller's scope) and
# helpers that take an open session (called only by services that checked the scope already).
NO_RECORD_ID = {
    "residents.list_residents",
    "residents.search_residents",
    "addresses.list_streets",
    "addresses.households_on_streets",
    "addresses.scoped_read",
    "visits.due_visits",
    "visits.list_visits",
    "dv_cases.list_cases",
    "dv_cases.cases_due_for_review",
    "dv_cases.expiring_measures",
    "appeals.appeals_by_deadline",
    "beat_objects.list_beat_objects",
    "feedback.feedback_summary",
}


def test_every_service_taking_a_record_id_is_in_the_matrix(db: Database) -> None:
    listed = {name.split("(")[0] for name in calls(db, Records(*["x"] * 10), "b", "c")}
    public = set()
    for module in (residents, addresses, visits, registry, dv_cases, appeals, beat_objects, feedback):
        for name, func_ in inspect.getmembers(module, inspect.isfunction):
            params = list(inspect.signature(func_).parameters)
            if (
                func_.__module__ == module.__name__
                and not name.startswith("_")
                and params[:2] == ["db", "actor"]
            ):
                public.add(f"{module.__name__.rsplit('.', 1)[1]}.{name}")
    assert public - listed - NO_RECORD_ID == set()


def _denied(db: Database, user_id: str) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.user_id == user_id, AuditEntry.outcome == "denied")
            )
            or 0
        )


def _snapshot(db: Database) -> dict[str, Any]:
    """Every synced row's stamps and the outbox size: a write of any field changes one of them."""
    with db.read() as s:
        rows = {
            (m.__tablename__, row.id): (row.updated_at, dict(row.field_clock or {}), row.deleted)
            for m in SYNCED_MODELS
            for row in s.scalars(select(m))
        }
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
    return {"rows": rows, "outbox": outbox}


@pytest.fixture
def setup(db: Database, world: Any) -> tuple[Records, dict[str, Callable[[Actor], Any]], Actor]:
    records = make_records(db, world.inspector, world.beat_id)
    coworker = create_user(
        db, "carl", "Carl Same-Beat", Role.INSPECTOR, unit_id=world.unit_id, beat_ids=[world.beat_id]
    )
    return (
        records,
        calls(db, records, world.other_beat_id, world.beat_id),
        actor_for(db, coworker, device_id="laptop-c"),
    )


def _attempt(db: Database, who: Actor, call: Callable[[Actor], Any]) -> BaseException | None:
    before = _denied(db, who.user_id)
    refusal: BaseException | None = None
    try:
        call(who)
    except (PermissionDenied, NotFound, ValidationError) as exc:
        refusal = exc
    if refusal is not None:
        assert _denied(db, who.user_id) == before + 1, f"refusal not audited: {refusal!r}"
    return refusal


def test_another_beats_inspector_is_refused_everything_and_audited(
    db: Database, world: Any, setup: tuple[Records, dict[str, Callable[[Actor], Any]], Actor]
) -> None:
    _records, matrix, _coworker = setup
    before = _snapshot(db)
    open_holes = []
    for name, call in matrix.items():
        exc = _attempt(db, world.other_inspector, call)
        if exc is None or isinstance(exc, ValidationError):
            open_holes.append((name, exc))
        elif isinstance(exc, NotFound):
            # Saying "not found" must not leak the record: the same words as for an unknown id.
            assert "Secretova" not in str(exc)
    assert open_holes == []
    assert _snapshot(db) == before


def test_a_same_beat_inspector_not_on_the_case_is_refused_the_case(
    db: Database, world: Any, setup: tuple[Records, dict[str, Callable[[Actor], Any]], Actor]
) -> None:
    records, matrix, coworker = setup
    before = _snapshot(db)
    dv_calls = {
        n: c for n, c in matrix.items() if n.startswith("dv_cases.") and n != "dv_cases.open_case(parties)"
    }
    dv_calls["visits.log_visit(case)"] = matrix["visits.log_visit(case)"]
    refused = {}
    for name, call in dv_calls.items():
        exc = _attempt(db, coworker, call)
        refused[name] = type(exc).__name__ if exc is not None else None
    assert {n for n, kind in refused.items() if kind != "PermissionDenied"} == set(), refused
    assert _snapshot(db) == before
    # The card shows no trace of the case either.
    card = residents.resident_card(db, coworker, records.resident)
    assert card.dv_cases == ()


def test_the_owner_passes_the_same_reads(
    db: Database, world: Any, setup: tuple[Records, dict[str, Callable[[Actor], Any]], Actor]
) -> None:
    """The control: the refusals above come from scope, not from calls that fail for anyone."""
    _records, matrix, _coworker = setup
    for name in (
        "residents.resident_card",
        "addresses.household",
        "addresses.list_households",
        "visits.visits_of_resident",
        "dv_cases.case_view",
        "dv_cases.case_timeline",
        "appeals.appeal",
        "reports.build_report(resident_card)",
    ):
        matrix[name](world.inspector)
        matrix[name](world.supervisor)
    for who in (world.inspector, world.supervisor):
        assert [r.id for r in residents.resident_rows(db, who, [_records.resident])] == [_records.resident]
