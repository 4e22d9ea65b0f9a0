"""Opening a DV case from the victim's card: the offender is found by typing; refused without one."""

from __future__ import annotations

from typing import Any

from inspector_desk.services.dv_cases import list_cases
from tests.ui.conftest import add_resident


def test_open_a_case_from_the_card(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    victim = add_resident(db, world.inspector, world.beat_id, "Zhunusova", "Madina", serial=81)
    offender = add_resident(db, world.inspector, world.beat_id, "Zhunusov", "Bakhyt", serial=82)
    window.open_resident(victim)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    dialog = card.open_case()
    qtbot.keyClicks(dialog.summary, "Neighbours called about shouting")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.showing("offender_id"))
    assert dialog.summary.toPlainText() == "Neighbours called about shouting"
    qtbot.keyClicks(dialog.offender_search, "Bakhyt")
    qtbot.waitUntil(lambda: dialog.found.rowCount() == 1)
    dialog._choose(dialog.found.index(0, 0))
    assert dialog.offender_id == offender
    dialog.save()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.case_page)
    qtbot.waitUntil(lambda: window.case_page.case is not None)
    assert window.case_page.case.offender.resident_id == offender
    assert [c.victim_name for c in list_cases(db, world.inspector).rows] == ["Zhunusova Madina"]
