"""Crash-safe drafts: what is typed into a form is kept in the local store about a second after typing
stops; a new window (a restart after a crash) offers it and restores the text; saving discards it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from inspector_desk.services.drafts import load_draft
from inspector_desk.services.residents import resident_card
from inspector_desk.store.models import OutboxEntry
from tests.ui.conftest import TODAY, add_resident, close_window, drain, make_window


def outbox_count(db: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def open_card(qtbot: Any, window: Any, rid: str) -> Any:
    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None and card.card.resident.id == rid)
    return card


def test_typed_notes_survive_a_crash_and_are_restored(
    qtbot: Any, window: Any, db: Any, world: Any, ui_settings: Any, message_boxes: Any
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Sadykova", "Aruzhan", serial=41)
    outbox = outbox_count(db)
    card = open_card(qtbot, window, rid)
    card.form.notes.setFocus()
    qtbot.keyClicks(card.form.notes, "Neighbours report noise at night")
    qtbot.waitUntil(lambda: load_draft(db, world.inspector, f"resident:{rid}") is not None, timeout=5000)
    draft = load_draft(db, world.inspector, f"resident:{rid}")
    assert draft is not None
    assert draft.values["notes"] == "Neighbours report noise at night"
    assert outbox_count(db) == outbox  # local only: nothing for HQ
    # The process dies: no save, no "discard" question; a new window starts on the same store.
    window.ctx.runner.shutdown()
    card.drafts.wait()

    again = make_window(qtbot, db, world.inspector, ui_settings)
    try:
        qtbot.waitUntil(lambda: any("were kept from last time" in text for _k, text in message_boxes))
        card2 = open_card(qtbot, again, rid)
        qtbot.waitUntil(lambda: card2.draft_banner.isVisible())
        assert card2.form.notes.toPlainText() == ""
        qtbot.mouseClick(card2.draft_banner.restore_button, Qt.MouseButton.LeftButton)
        assert card2.form.notes.toPlainText() == "Neighbours report noise at night"
        assert card2.save_button.isEnabled()
        qtbot.mouseClick(card2.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not card2.has_unsaved())
        drain(qtbot, again)
        card2.drafts.wait()
        assert load_draft(db, world.inspector, f"resident:{rid}") is None
        saved = resident_card(db, world.inspector, rid, on=TODAY).resident
        assert saved.notes == "Neighbours report noise at night"
    finally:
        close_window(again)


def test_a_dialog_keeps_its_draft_until_saved(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Beisenov", "Arman", serial=42)
    card = open_card(qtbot, window, rid)
    dialog = card.add_registry_entry()
    qtbot.keyClicks(dialog.widgets["basis"], "Ruling 77")
    key = f"registry-add:{rid}"
    qtbot.waitUntil(lambda: load_draft(db, world.inspector, key) is not None, timeout=5000)
    dialog.hide()  # the window went away without a save (a crash)
    dialog.drafts.wait()

    reopened = card.add_registry_entry()
    qtbot.waitUntil(lambda: reopened.banner.isVisible())
    qtbot.mouseClick(reopened.banner.restore_button, Qt.MouseButton.LeftButton)
    assert reopened.widgets["basis"].toPlainText() == "Ruling 77"
    reopened.widgets["category"].setCurrentIndex(reopened.widgets["category"].findData("parole"))
    qtbot.mouseClick(reopened.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.registry.rowCount() == 1)
    reopened.drafts.wait()
    assert load_draft(db, world.inspector, key) is None
    drain(qtbot, window)
