"""Today lists what is due; a row opens its record; the rail counts what is due."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from inspector_desk.services.registry import RegistryInput, add_registry_entry
from tests.ui.conftest import TODAY, add_resident


def test_a_due_visit_is_listed_counted_and_opens_the_resident(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Bekov", "Arman", serial=31)
    add_registry_entry(
        db,
        world.inspector,
        RegistryInput(rid, "administrative_supervision", "Court ruling 2-145", TODAY - timedelta(days=90)),
        today=TODAY,
    )
    window.today_page.load()
    page = window.today_page
    qtbot.waitUntil(lambda: page.visits.rowCount() == 1)
    assert page.visits.record(0).resident_id == rid
    assert window.rail_text("today").endswith("1")
    view = page.sections["visits"][1]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    from PySide6.QtCore import Qt

    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card_page.card is not None and window.card_page.resident_id == rid)
    assert window.stack.currentWidget() is window.card_page
