"""Caseload figures on data with known counts: per inspector, unit totals, scope, and equality with the
list screens the same figures come from."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services import appeals as ap
from inspector_desk.services import dv_cases as dv
from inspector_desk.services.caseload import caseload, overdue_visit_count, unit_totals
from inspector_desk.store.db import Database
from inspector_desk.store.models import Appeal, DvCase, Measure, RegistryEntry, Resident, Visit

ON = date(2026, 3, 15)
START = date(2026, 3, 1)
END = date(2026, 3, 31)


def _day(offset: int) -> date:
    return ON + timedelta(days=offset)


def _resident(
    s: Any, beat_id: str, due: date | None = None, *, deleted: bool = False, name: str = "Ivanov"
) -> str:
    row = Resident(beat_id=beat_id, last_name=name, first_name="Test", next_visit_due=due, deleted=deleted)
    s.add(row)
    s.flush()
    return row.id


def _entry(
    s: Any,
    beat_id: str,
    resident_id: str,
    category: str,
    start: date,
    end: date | None = None,
    *,
    deleted: bool = False,
) -> None:
    s.add(
        RegistryEntry(
            beat_id=beat_id,
            resident_id=resident_id,
            category=category,
            basis="court",
            start_date=start,
            end_date=end,
            deleted=deleted,
        )
    )


def _visit(s: Any, beat_id: str, officer: str, at: datetime, *, deleted: bool = False) -> None:
    s.add(
        Visit(
            beat_id=beat_id,
            kind="prevention",
            visited_at=at,
            outcome="met",
            officer_id=officer,
            deleted=deleted,
        )
    )


def _dv(
    s: Any,
    beat_id: str,
    owner: str,
    victim: str,
    offender: str,
    status: str,
    level: str | None,
    review: date | None,
    *,
    deleted: bool = False,
    number: str = "DV",
) -> str:
    row = DvCase(
        beat_id=beat_id,
        number=number,
        victim_id=victim,
        offender_id=offender,
        owner_id=owner,
        status=status,
        opened_on=date(2026, 1, 10),
        risk_level=level,
        next_review_due=review,
        deleted=deleted,
    )
    s.add(row)
    s.flush()
    return row.id


def _order(
    s: Any,
    beat_id: str,
    case_id: str,
    end: date,
    kind: str = "protective_order",
    ended_on: date | None = None,
) -> None:
    s.add(
        Measure(
            beat_id=beat_id,
            case_id=case_id,
            kind=kind,
            start_date=end - timedelta(days=30),
            end_date=end,
            ended_on=ended_on,
        )
    )


def _appeal(
    s: Any,
    beat_id: str,
    officer: str,
    received: date,
    due: date,
    answered: date | None = None,
    *,
    deleted: bool = False,
) -> None:
    s.add(
        Appeal(
            beat_id=beat_id,
            officer_id=officer,
            received_on=received,
            applicant_name="A",
            subject="S",
            deadline=due,
            due_on=due,
            status="answered" if answered else "registered",
            answered_on=answered,
            deleted=deleted,
        )
    )


@pytest.fixture
def known(db: Database, world: Any) -> dict[str, Any]:
    """Beat 1 (inspector A) and beat 2 (inspector B) with counts worked out by hand."""
    a, b, sup = world.inspector.user_id, world.other_inspector.user_id, world.supervisor.user_id
    b1, b2 = world.beat_id, world.other_beat_id
    with db.write() as s:
        # Beat 1: 5 live residents; next visits due 5 Mar, 14 Mar (overdue), 15 Mar, 20 Mar (in period), none.
        r1 = _resident(s, b1, _day(-10))
        r2 = _resident(s, b1, _day(-1))
        r3 = _resident(s, b1, ON)
        r4 = _resident(s, b1, _day(5))
        r5 = _resident(s, b1, None)
        _resident(s, b1, _day(-30), deleted=True)  # voided: counts nowhere
        _resident(s, b1, date(2026, 4, 2))  # a sixth resident, due after the period
        # Registry on 15 March: parole {r1, r2}, official warning {r1}; ended / future / voided do not count.
        _entry(s, b1, r1, "parole", date(2025, 1, 1))
        _entry(s, b1, r1, "official_warning", date(2026, 3, 1), date(2026, 3, 15))
        _entry(s, b1, r2, "parole", date(2026, 2, 1))
        _entry(s, b1, r3, "parole", date(2025, 1, 1), date(2026, 3, 1))
        _entry(s, b1, r4, "juvenile_at_risk", date(2026, 4, 1))
        _entry(s, b1, r5, "parole", date(2025, 1, 1), deleted=True)
        # Visits by A in March: 3 (the last at 23:00 on the 31st); not April 1st, not voided, not February.
        _visit(s, b1, a, datetime(2026, 3, 1, 0, 0))
        _visit(s, b1, a, datetime(2026, 3, 10, 12, 0))
        _visit(s, b1, a, datetime(2026, 3, 31, 23, 0))
        _visit(s, b1, a, datetime(2026, 4, 1, 0, 0))
        _visit(s, b1, a, datetime(2026, 3, 12, 9, 0), deleted=True)
        _visit(s, b1, a, datetime(2026, 2, 28, 23, 59))
        _visit(s, b1, sup, datetime(2026, 3, 5, 9, 0))  # the supervisor's: nobody's caseload
        # DV cases owned by A: open high (review overdue), monitoring low (due today, not overdue),
        # open unassessed (overdue), closed, voided.
        c1 = _dv(s, b1, a, r1, r2, "open", "high", _day(-3), number="DV-1")
        c2 = _dv(s, b1, a, r3, r4, "monitoring", "low", ON, number="DV-2")
        c3 = _dv(s, b1, a, r5, r1, "open", None, _day(-20), number="DV-3")
        _dv(s, b1, a, r2, r3, "closed", "high", None, number="DV-4")
        _dv(s, b1, a, r4, r5, "open", "extreme", _day(-5), deleted=True, number="DV-5")
        # Protective orders ending within 7 days: c1 on the 22nd and c3 today; not the 23rd, not one
        # ended early, not special requirements.
        _order(s, b1, c1, _day(7))
        _order(s, b1, c1, _day(8))
        _order(s, b1, c3, ON)
        _order(s, b1, c2, _day(2), ended_on=_day(-1))
        _order(s, b1, c2, _day(3), kind="special_requirements")
        # Appeals of A: received in March 2 (one answered on time); overdue 1 (received in February);
        # one answered late in March; one voided.
        _appeal(s, b1, a, date(2026, 3, 2), date(2026, 3, 27), answered=date(2026, 3, 10))
        _appeal(s, b1, a, date(2026, 2, 10), date(2026, 3, 3))
        _appeal(s, b1, a, date(2026, 3, 10), date(2026, 3, 31))
        _appeal(s, b1, a, date(2026, 2, 1), date(2026, 2, 20), answered=date(2026, 3, 12))
        _appeal(s, b1, a, date(2026, 3, 11), date(2026, 3, 12), deleted=True)

        # Beat 2 (inspector B): 2 residents, one overdue; a visit; one medium case; one appeal.
        q1 = _resident(s, b2, _day(-2), name="Petrov")
        q2 = _resident(s, b2, None, name="Sidorov")
        _entry(s, b2, q1, "administrative_supervision", date(2026, 1, 1))
        _visit(s, b2, b, datetime(2026, 3, 3, 10, 0))
        _dv(s, b2, b, q1, q2, "open", "medium", _day(10), number="DV-6")
        _appeal(s, b2, b, date(2026, 3, 4), date(2026, 3, 25))
    return {"a": a, "b": b, "c1": c1, "c3": c3}


def test_inspectors_row_has_the_known_counts(db: Database, world: Any, known: dict[str, Any]) -> None:
    [row] = caseload(db, world.inspector, period_start=START, period_end=END, on=ON)
    assert (row.inspector_id, row.inspector_name, row.beat_ids) == (
        known["a"],
        "Asel Nurlanovna",
        (world.beat_id,),
    )
    assert row.residents == 6
    assert row.registry_persons == 2
    assert dict(row.registry_by_category) == {"parole": 2, "official_warning": 1}
    assert row.visits_done == 3
    assert row.visits_due == 4
    assert row.visits_overdue == 2
    assert dict(row.dv_open_by_level) == {"high": 1, "low": 1, "unassessed": 1}
    assert row.dv_open == 3
    assert row.protective_orders_ending == 2
    assert row.cases_overdue_review == 2
    assert (row.appeals_received, row.appeals_answered_on_time, row.appeals_overdue) == (2, 1, 1)


def test_supervisor_sees_every_inspector_and_the_unit_totals(
    db: Database, world: Any, known: dict[str, Any]
) -> None:
    rows = caseload(db, world.supervisor, period_start=START, period_end=END, on=ON)
    assert [r.inspector_name for r in rows] == ["Asel Nurlanovna", "Boris Ivanov"]
    boris = rows[1]
    assert (boris.residents, boris.visits_overdue, boris.visits_done, boris.registry_persons) == (2, 1, 1, 1)
    assert (dict(boris.dv_open_by_level), boris.appeals_received, boris.appeals_overdue) == (
        {"medium": 1},
        1,
        0,
    )
    totals = unit_totals(rows)
    assert (totals.inspectors, totals.residents, totals.visits_done, totals.visits_overdue) == (2, 8, 4, 3)
    assert dict(totals.dv_open_by_level) == {"high": 1, "low": 1, "unassessed": 1, "medium": 1}
    assert totals.dv_open == 4
    assert dict(totals.registry_by_category) == {
        "parole": 2,
        "official_warning": 1,
        "administrative_supervision": 1,
    }
    assert (totals.appeals_received, totals.appeals_answered_on_time, totals.appeals_overdue) == (3, 1, 1)
    # Another inspector sees only their own row.
    [own] = caseload(db, world.other_inspector, period_start=START, period_end=END, on=ON)
    assert own.inspector_id == known["b"]
    assert own == boris


def test_figures_equal_what_the_list_screens_show(db: Database, world: Any, known: dict[str, Any]) -> None:
    [row] = caseload(db, world.inspector, period_start=START, period_end=END, on=ON)
    due = dv.cases_due_for_review(db, world.supervisor, on=ON, owner_id=known["a"])
    assert row.cases_overdue_review == len([c for c in due if c.days_overdue > 0])
    orders = dv.expiring_measures(db, world.supervisor, on=ON, within_days=7, owner_id=known["a"])
    assert row.protective_orders_ending == len(orders)
    assert {o.case_id for o in orders} == {known["c1"], known["c3"]}
    assert row.dv_open == len(
        dv.list_cases(db, world.supervisor, owner_id=known["a"], status="open").rows
    ) + len(dv.list_cases(db, world.supervisor, owner_id=known["a"], status="monitoring").rows)
    appeals = ap.appeals_by_deadline(db, world.inspector, on=ON, limit=100).rows
    assert row.appeals_overdue == len([r for r in appeals if r.overdue])
    with db.read() as s:
        assert overdue_visit_count(s, [world.beat_id], ON) == row.visits_overdue
        assert overdue_visit_count(s, [], ON) == 0


def test_period_must_not_end_before_it_starts(db: Database, world: Any) -> None:
    with pytest.raises(ValidationError) as info:
        caseload(db, world.supervisor, period_start=END, period_end=START, on=ON)
    assert (info.value.field, info.value.rule) == ("period_end", "date_range")


def test_empty_unit(db: Database, world: Any) -> None:
    rows = caseload(db, world.supervisor, period_start=START, period_end=END, on=ON)
    assert [r.residents + r.visits_done + r.dv_open for r in rows] == [0, 0]
    assert unit_totals([]).inspectors == 0


def test_unit_totals_count_a_shared_beat_once(db: Database, world: Any) -> None:
    from inspector_desk.services.accounts import create_user
    from inspector_desk.services.base import Role

    create_user(
        db, "dana2", "Second Inspector", Role.INSPECTOR, unit_id=world.unit_id, beat_ids=[world.beat_id]
    )
    with db.write() as s:
        for offset in (-3, -2, 5):
            _resident(s, world.beat_id, _day(offset))
        _resident(s, world.other_beat_id, _day(-1))
    rows = caseload(db, world.supervisor, period_start=START, period_end=END, on=ON)
    shared = [r for r in rows if r.beat_ids == (world.beat_id,)]
    assert len(shared) == 2
    assert [r.residents for r in shared] == [3, 3]
    totals = unit_totals(rows)
    assert totals.inspectors == 3
    assert totals.residents == 4  # each beat once, though two inspectors work beat 1
    assert totals.visits_overdue == 3
