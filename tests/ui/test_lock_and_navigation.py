"""Unsaved edits survive navigation (asked) and locking (kept); supervisor mode narrows lists by inspector."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import add_resident, close_window, make_window


def _edit_card(qtbot: Any, window: Any, rid: str) -> Any:
    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    card.form.notes.setFocus()
    qtbot.keyClicks(card.form.notes, "Half-typed note")
    assert card.has_unsaved()
    return card


def test_leaving_unsaved_edits_asks_and_cancel_keeps_them(
    qtbot: Any, window: Any, db: Any, world: Any, message_boxes: Any, monkeypatch: Any
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Tulegenov", "Askar", serial=51)
    card = _edit_card(qtbot, window, rid)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    window.show_page("today")
    assert window.stack.currentWidget() is card
    assert card.form.notes.toPlainText() == "Half-typed note"


def test_lock_and_unlock_keep_the_draft(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Tulegenov", "Askar", serial=52)
    window = make_window(qtbot, db, world.inspector, ui_settings, password="secret")
    try:
        card = _edit_card(qtbot, window, rid)
        dialog = window.log_visit(resident_id=rid)
        qtbot.keyClicks(dialog.notes, "Visit draft")
        window.lock()
        assert window.locked
        assert not dialog.isVisible()
        assert not window.workspace.isVisible()
        qtbot.keyClicks(window.lock_screen.password, "wrong")
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.lock_screen.error.isVisible())
        assert window.locked
        qtbot.keyClicks(window.lock_screen.password, "secret")
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked)
        assert dialog.isVisible()
        assert dialog.notes.toPlainText() == "Visit draft"
        assert card.has_unsaved()
        assert card.form.notes.toPlainText() == "Half-typed note"
        dialog.reject()
    finally:
        close_window(window)


def test_supervisor_sees_the_unit_and_filters_residents_by_inspector(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None
) -> None:
    add_resident(db, world.inspector, world.beat_id, "Amanov", "Beat-One", serial=53)
    add_resident(db, world.other_inspector, world.other_beat_id, "Borisov", "Beat-Two", serial=54)
    boss = make_window(qtbot, db, world.supervisor, ui_settings)
    try:
        assert boss.rail_text("unit") == "My unit"
        boss.show_page("unit")
        unit = boss.pages["unit"]
        qtbot.waitUntil(lambda: unit.model.rowCount() == 2)  # type: ignore[attr-defined]
        names = [unit.model.record(i).inspector_name for i in range(2)]  # type: ignore[attr-defined]
        row = names.index("Boris Ivanov")
        unit.view.setCurrentIndex(unit.view.model().index(row, 0))  # type: ignore[attr-defined]
        unit.show_residents.click()  # type: ignore[attr-defined]
        page = boss.residents_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading)
        assert page.model.row(0).full_name == "Borisov Beat-Two"
        assert page.inspector_chip.text() == "Inspector: Boris Ivanov"
        page.clear_inspector.click()
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    finally:
        close_window(boss)


def test_save_on_leaving_that_is_refused_brings_the_edits_back(
    qtbot: Any, window: Any, db: Any, world: Any, monkeypatch: Any
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Tulegenov", "Askar", serial=55)
    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    card.form.last_name.setFocus()
    card.form.last_name.selectAll()
    qtbot.keyClicks(card.form.last_name, "Tulegenov2")  # a digit: refused by the service
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Save)
    window.show_page("today")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is card and card.form.errors.showing("last_name"))
    assert card.form.last_name.text() == "Tulegenov2"
    assert card.has_unsaved()


def _visible_texts(root: Any) -> str:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTableView

    texts: list[str] = []
    for w in root.findChildren(QLabel):
        if w.isVisible():
            texts.append(w.text())
    for w in root.findChildren(QLineEdit):
        if w.isVisible():
            texts.append(w.text())
    for w in root.findChildren(QPlainTextEdit):
        if w.isVisible():
            texts.append(w.toPlainText())
    for view in root.findChildren(QTableView):
        if view.isVisible() and view.model() is not None:
            m = view.model()
            texts += [str(m.index(r, c).data()) for r in range(m.rowCount()) for c in range(m.columnCount())]
    return "\n".join(texts)


def test_idle_lock_fires_when_nobody_types_and_hides_every_record(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Zhaksylykov", "Bolat", serial=53)
    window = make_window(qtbot, db, world.inspector, ui_settings, password="secret")
    try:
        window.open_resident(rid)
        qtbot.waitUntil(lambda: window.card_page.card is not None)
        assert "Zhaksylykov" in _visible_texts(window)
        assert window.idle is not None
        window.idle.set_interval_ms(1200)
        # Someone working: keys every 250 ms for three idle times; no lock.
        for _ in range(14):
            qtbot.keyClick(window.card_page.form.notes, Qt.Key.Key_Space)
            qtbot.wait(250)
        assert not window.locked
        # Nobody at the keyboard: the lock comes, and no record is left on show.
        qtbot.waitUntil(lambda: window.locked, timeout=5000)
        assert window.lock_screen.isVisible()
        assert not window.workspace.isVisible()
        assert "Zhaksylykov" not in _visible_texts(window)
        qtbot.keyClicks(window.lock_screen.password, "secret")
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked)
        assert "Zhaksylykov" in _visible_texts(window)
    finally:
        close_window(window)
