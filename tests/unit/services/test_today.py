"""Today: what is due or overdue for the signed-in inspector, most urgent first, and nothing
of another beat."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from inspector_desk.services.appeals import AppealInput, record_appeal
from inspector_desk.services.dv_cases import CaseInput, MeasureInput, add_measure, open_case
from inspector_desk.services.registry import RegistryInput, add_registry_entry
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.services.today import today
from inspector_desk.store.db import Database

DAY = date(2026, 3, 2)  # a Monday


def _resident(db: Database, world: Any, last: str, first: str, *, beat: str | None = None) -> str:
    actor = world.inspector if beat is None else world.other_inspector
    data = ResidentInput(beat_id=beat or world.beat_id, last_name=last, first_name=first)
    return register_resident(db, actor, data, today=DAY).record.id


def test_today_lists_due_visits_cases_orders_and_appeals_in_urgency_order(db: Database, world: Any) -> None:
    insp = world.inspector
    late = _resident(db, world, "Сәрсенов", "Марат")
    later = _resident(db, world, "Ахметов", "Қайрат")
    # Administrative supervision: a visit every 14 days. Registered 20 and 14 days ago.
    for rid, days_ago in ((late, 20), (later, 14)):
        add_registry_entry(
            db,
            insp,
            RegistryInput(rid, "administrative_supervision", "court ruling", DAY - timedelta(days=days_ago)),
            today=DAY,
        )
    victim = _resident(db, world, "Иванова", "Анна")
    offender = _resident(db, world, "Иванов", "Пётр")
    case = open_case(
        db,
        insp,
        CaseInput(victim_id=victim, offender_id=offender, summary="threats", opened_on=DAY),
        today=DAY,
    ).record
    add_measure(db, insp, case.id, MeasureInput(kind="protective_order", start_date=DAY - timedelta(days=28)))
    record_appeal(
        db,
        insp,
        AppealInput(
            beat_id=world.beat_id,
            received_on=DAY - timedelta(days=19),
            applicant_name="Жанар Әлиева",
            subject="noise at night",
        ),
        today=DAY,
    )
    # Another beat's due resident must not show.
    stranger = _resident(db, world, "Петров", "Олег", beat=world.other_beat_id)
    add_registry_entry(
        db,
        world.other_inspector,
        RegistryInput(stranger, "administrative_supervision", "court", DAY - timedelta(days=40)),
        today=DAY,
    )

    view = today(db, insp, on=DAY)

    assert [v.resident_id for v in view.due_visits] == [late, later]
    assert view.due_visits[0].days_overdue > view.due_visits[1].days_overdue >= 0
    assert [c.case_id for c in view.cases_due] == [case.id]  # new case: first assessment due
    assert [m.case_id for m in view.expiring_orders] == [case.id]
    assert view.expiring_orders[0].days_left == 2
    assert [a.applicant_name for a in view.appeals_due] == ["Жанар Әлиева"]
    assert view.total == 5
    assert stranger not in {v.resident_id for v in view.due_visits}


def test_supervisor_sees_the_whole_unit_and_each_inspector_only_their_beat(db: Database, world: Any) -> None:
    mine = _resident(db, world, "Ким", "Артур")
    theirs = _resident(db, world, "Ли", "Виктор", beat=world.other_beat_id)
    add_registry_entry(
        db, world.inspector, RegistryInput(mine, "parole", "court", DAY - timedelta(days=60)), today=DAY
    )
    add_registry_entry(
        db,
        world.other_inspector,
        RegistryInput(theirs, "parole", "court", DAY - timedelta(days=60)),
        today=DAY,
    )
    assert {v.resident_id for v in today(db, world.supervisor, on=DAY).due_visits} == {mine, theirs}
    assert [v.resident_id for v in today(db, world.other_inspector, on=DAY).due_visits] == [theirs]
    assert [v.resident_id for v in today(db, world.inspector, on=DAY).due_visits] == [mine]
