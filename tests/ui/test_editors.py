"""Editors the client used to show read-only, driven through real widgets: registry entries on the card,
beat objects, a new address and a resident moved there."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt

from inspector_desk.services.beat_objects import list_beat_objects
from inspector_desk.services.residents import resident_card
from inspector_desk.ui.form_dialog import FormDialog
from inspector_desk.ui.residents.move_editor import MoveDialog
from tests.ui.conftest import TODAY, add_resident, drain


def qdate(day: Any) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_card(qtbot: Any, window: Any, rid: str) -> Any:
    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None and card.card.resident.id == rid)
    return card


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_a_registry_entry_added_on_the_card_is_listed(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Omarov", "Dauren", serial=31)
    card = open_card(qtbot, window, rid)
    card.tabs.setCurrentIndex(2)
    qtbot.mouseClick(card.registry_add, Qt.MouseButton.LeftButton)
    dialog = card.findChild(FormDialog, "registry_add")
    assert dialog is not None
    assert dialog.isVisible()
    choose(dialog.widgets["category"], "Parole")
    qtbot.keyClicks(dialog.widgets["basis"], "Court ruling 12/2026")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.registry.rowCount() == 1)
    index = card.registry.index(0, 0)
    assert card.registry.data(index) == "Parole"
    assert card.registry.data(card.registry.index(0, 1)) == "Court ruling 12/2026"
    assert resident_card(db, world.inspector, rid, on=TODAY).categories == ("parole",)
    drain(qtbot, window)


def test_a_start_date_in_the_future_is_refused_next_to_the_field(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Omarov", "Erlan", serial=32)
    card = open_card(qtbot, window, rid)
    dialog = card.add_registry_entry()
    choose(dialog.widgets["category"], "Official warning")
    qtbot.keyClicks(dialog.widgets["basis"], "Warning no. 4")
    dialog.widgets["start_date"].setDate(qdate(TODAY + timedelta(days=5)))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.showing("start_date"))
    assert "future" in dialog.errors.label("start_date").text()
    assert dialog.isVisible()
    assert dialog.widgets["basis"].toPlainText() == "Warning no. 4"  # nothing typed is lost
    assert resident_card(db, world.inspector, rid, on=TODAY).registry == ()
    dialog.reject()
    drain(qtbot, window)


def test_a_beat_object_added_is_listed(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    window.show_page("objects")
    page = window.pages["objects"]
    drain(qtbot, window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(FormDialog, "object_add")
    choose(dialog.widgets["kind"], "School")
    qtbot.keyClicks(dialog.widgets["name"], "School no. 45")
    qtbot.keyClicks(dialog.widgets["address_text"], "Abay 150")
    qtbot.keyClicks(dialog.widgets["notes"], "Director: A. Seitova, +7 701 111 2233")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 1)) == "School no. 45"
    [obj] = list_beat_objects(db, world.inspector)
    assert (obj.kind, obj.address) == ("school", "Abay 150")
    drain(qtbot, window)


def test_a_new_address_and_a_resident_moved_there(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Kim", "Viktor", serial=33)
    window.show_page("households")
    page = window.pages["households"]
    drain(qtbot, window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(FormDialog, "dwelling_add")
    qtbot.keyClicks(dialog.widgets["street"], "Satpaev")
    qtbot.keyClicks(dialog.widgets["house"], "30A")
    qtbot.keyClicks(dialog.widgets["apartment"], "7")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.streets.count() >= 1 and page.model.rowCount() >= 1)
    assert page.streets.currentItem().text() == "Satpaev"
    assert page.model.data(page.model.index(0, 0)) == "Satpaev 30A, 7"

    card = open_card(qtbot, window, rid)
    card.tabs.setCurrentIndex(1)
    qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)
    move = card.findChild(MoveDialog, "move_resident")
    qtbot.waitUntil(lambda: move.street.count() >= 1)
    choose(move.street, "Satpaev")
    qtbot.waitUntil(lambda: move.household.count() == 1)
    qtbot.mouseClick(move.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.household_line.text() == "Satpaev 30A, 7")
    assert resident_card(db, world.inspector, rid, on=TODAY).address == "Satpaev 30A, 7"
    drain(qtbot, window)
