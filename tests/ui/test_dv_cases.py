"""The DV case workspace: confidential marking, the live risk level, the raise-only override, and closure
of a high-risk case requested by the inspector and approved by the supervisor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from inspector_desk.resources import risk_policy
from inspector_desk.services.dv_cases import CaseInput, assess_risk, case_view, open_case
from tests.ui.conftest import TODAY, add_resident, close_window, drain, make_window


def _case(db: Any, world: Any) -> str:
    victim = add_resident(db, world.inspector, world.beat_id, "Sadykova", "Aliya", serial=41)
    offender = add_resident(db, world.inspector, world.beat_id, "Sadykov", "Nurlan", serial=42)
    data = CaseInput(victim_id=victim, offender_id=offender, opened_on=TODAY)
    return open_case(db, world.inspector, data, today=TODAY).record.id


def _yes_no_questions() -> list[str]:
    return [q.id for q in risk_policy().questions if not q.is_choice]


def test_answering_the_questionnaire_changes_the_level_live(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    case_id = _case(db, world)
    window.open_case(case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None)
    assert page.banner.isVisible()
    assert "CONFIDENTIAL" in page.banner.text()
    page.tabs.setCurrentIndex(1)
    form = page.risk
    assert form.level.text() == "Level: Low"
    for qid in _yes_no_questions():
        button = form.findChild(QRadioButton, f"q_{qid}_yes")
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert form.level.text() != "Level: Low"
    assert form.computed_level().value in ("high", "extreme")
    page.save_assessment()
    drain(qtbot, window)
    qtbot.waitUntil(lambda: page.case is not None and page.case.risk_level in ("high", "extreme"))


def test_lowering_the_level_is_refused(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    case_id = _case(db, world)
    window.open_case(case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None)
    form = page.risk
    for qid in _yes_no_questions():
        form.set_answer(qid, True)
    form.override.setCurrentIndex(form.override.findData("low"))
    page.save_assessment()
    drain(qtbot, window)
    assert form.errors.showing("override_level")
    assert form.errors.label("override_level").text() == "The level may only be raised, never lowered"
    assert case_view(db, world.inspector, case_id, on=TODAY).assessments == ()


def test_closure_requested_by_inspector_and_approved_by_supervisor(
    qtbot: Any, window: Any, db: Any, world: Any, ui_settings: Any
) -> None:
    case_id = _case(db, world)
    answers = dict.fromkeys(_yes_no_questions(), True)
    assess_risk(db, world.inspector, case_id, answers)
    window.open_case(case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None)
    assert page.request_button.isVisible()
    assert not page.approve_button.isVisible()
    page.request_closure("The family moved to another city")
    qtbot.waitUntil(lambda: page.case is not None and page.case.closure_state == "requested")
    assert page.case.status != "closed"
    assert not page.approve_button.isVisible()  # an inspector cannot approve
    close_window(window)

    boss = make_window(qtbot, db, world.supervisor, ui_settings)
    try:
        boss.open_case(case_id)
        spage = boss.case_page
        qtbot.waitUntil(lambda: spage.case is not None)
        assert spage.approve_button.isVisible()
        qtbot.mouseClick(spage.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: spage.case is not None and spage.case.status == "closed")
        assert case_view(db, world.supervisor, case_id, on=TODAY).closure_state == "approved"
    finally:
        close_window(boss)


def test_record_an_incident_and_add_a_measure_from_the_workspace(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    case_id = _case(db, world)
    window.open_case(case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None)
    dialog = page.add_incident()
    assert dialog is not None
    qtbot.keyClicks(dialog.widgets["description"], "Threatened her on the stairs")
    dialog.save()  # no kind chosen: refused next to the field, text kept
    qtbot.waitUntil(lambda: dialog.errors.showing("kind"))
    assert dialog.widgets["description"].toPlainText() == "Threatened her on the stairs"  # type: ignore[attr-defined]
    kind = dialog.widgets["kind"]
    kind.setCurrentIndex(kind.findData("threats"))  # type: ignore[attr-defined]
    dialog.save()
    qtbot.waitUntil(lambda: page.incidents.rowCount() == 1)
    assert page.incidents.record(0).kind == "threats"

    measure = page.add_measure()
    assert measure is not None
    measure.save()  # a protective order from today; the service fills its end
    qtbot.waitUntil(lambda: page.measures.rowCount() == 1)
    assert page.measures.record(0).kind == "protective_order"
    assert page.measures.record(0).end_date is not None


def test_supervisor_reassigns_a_case(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from inspector_desk.services.accounts import create_user
    from inspector_desk.services.base import Role

    case_id = _case(db, world)
    create_user(
        db, "cholpon", "Cholpon Abenova", Role.INSPECTOR, unit_id=world.unit_id, beat_ids=[world.beat_id]
    )
    boss = make_window(qtbot, db, world.supervisor, ui_settings)
    try:
        boss.open_case(case_id)
        page = boss.case_page
        qtbot.waitUntil(lambda: page.case is not None)
        assert page.reassign_button.isVisible()
        answers: list[Any] = []

        def pick(_parent: Any, _title: str, _label: str, items: list[str], *_a: Any) -> tuple[str, bool]:
            answers.append(items)
            return "Cholpon Abenova", True

        import pytest

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(QInputDialog, "getItem", pick)
            page.reassign_button.click()
            qtbot.waitUntil(lambda: page.case is not None and page.case.owner_name == "Cholpon Abenova")
        assert "Asel Nurlanovna" in answers[0]
    finally:
        close_window(boss)
