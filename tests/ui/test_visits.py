"""Logging a visit with the keyboard only, and a refused visit that keeps what was typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector_desk.services.visits import visits_of_resident
from inspector_desk.ui.visit_dialog import VisitDialog
from tests.ui.conftest import add_resident, drain


def _open_card(qtbot: Any, window: Any, rid: str) -> Any:
    window.open_resident(rid)
    qtbot.waitUntil(lambda: window.card_page.card is not None)
    return window.card_page


def _dialog(qtbot: Any) -> VisitDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VisitDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, VisitDialog)
    qtbot.waitUntil(lambda: dialog.kind.hasFocus())
    return dialog


def _key(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_log_a_visit_with_the_keyboard_only(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Omarov", "Yerlan", serial=21)
    card = _open_card(qtbot, window, rid)
    _key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot)
    assert dialog.kind.currentData() == "door_to_door"
    _key(qtbot, Qt.Key.Key_Down)  # kind: prevention visit
    _key(qtbot, Qt.Key.Key_Tab)  # the topic is disabled for this kind: focus goes to the outcome
    assert dialog.outcome.hasFocus()
    _key(qtbot, Qt.Key.Key_Tab)  # time of the visit: now
    _key(qtbot, Qt.Key.Key_Tab)
    assert dialog.notes.hasFocus()
    qtbot.keyClicks(dialog.notes, "Talked with the family; all calm.")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = visits_of_resident(db, world.inspector, rid).rows
    assert [(v.kind, v.outcome, v.notes) for v in saved] == [
        ("prevention", "met", "Talked with the family; all calm.")
    ]
    qtbot.waitUntil(lambda: card.visits.rowCount() == 1)
    assert card.visits.record(0).notes == "Talked with the family; all calm."


def test_a_refused_visit_keeps_the_typed_text(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Omarov", "Yerlan", serial=22)
    _open_card(qtbot, window, rid)
    dialog = window.log_visit(resident_id=rid)
    qtbot.waitUntil(lambda: dialog.kind.hasFocus())
    dialog.kind.setCurrentIndex(dialog.kind.findData("preventive_talk"))
    assert dialog.topic.isEnabled()
    qtbot.keyClicks(dialog.notes, "School visit, class 7B")
    dialog.save()  # no topic chosen: the service refuses
    qtbot.waitUntil(lambda: dialog.errors.showing("topic"))
    assert dialog.errors.label("topic").text() == "A preventive talk needs a topic"
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "School visit, class 7B"
    assert visits_of_resident(db, world.inspector, rid).rows == []
    dialog.topic.setCurrentIndex(dialog.topic.findData("internet_fraud"))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    drain(qtbot, window)
    assert [v.topic for v in visits_of_resident(db, world.inspector, rid).rows] == ["internet_fraud"]
