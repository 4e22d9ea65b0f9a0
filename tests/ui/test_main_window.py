"""The main window: the rail with every page, Ctrl+K search as you type, placeholders for later issues,
and refreshing only what a write changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from inspector_desk.services.residents import ResidentUpdate, update_resident
from tests.ui.conftest import TODAY, add_resident, close_window, make_window


def test_the_rail_lists_every_page_of_the_issue(window: Any) -> None:
    texts = [window.rail.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(window.rail.count())]
    assert texts == [
        "Today",
        "Residents",
        "Households & addresses",
        "Visits",
        "DV cases",
        "Appeals",
        "Beat objects",
        "Reports",
        "Sync",
    ]
    window.show_page("sync")
    # No HQ address in the settings: the Sync page says the laptop works offline.
    assert "No HQ address is set" in window.pages["sync"].problem.text()
    assert window.sync_state.text() == "Offline"


def test_ctrl_k_finds_a_resident_as_you_type_and_opens_the_card(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Zhaksylykov", "Timur", serial=61)
    add_resident(db, world.inspector, world.beat_id, "Petrova", "Anna", serial=62)
    qtbot.keyClick(window.rail, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "zhaksy")
    qtbot.waitUntil(lambda: window.search_results.rowCount() == 1)
    assert window.search_results.item(0).text().startswith("Zhaksylykov Timur")
    window._on_search_chosen(window.search_results.index(0, 0))
    qtbot.waitUntil(lambda: window.card_page.card is not None and window.card_page.resident_id == rid)
    assert window.stack.currentWidget() is window.card_page


def test_a_write_elsewhere_refreshes_only_the_card_it_concerns(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    shown = add_resident(db, world.inspector, world.beat_id, "Ospanov", "Erlan", serial=63)
    other = add_resident(db, world.inspector, world.beat_id, "Other", "Person", serial=64)
    window.open_resident(shown)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    loads: list[str] = []
    card.loaded.connect(loads.append)

    def write(resident_id: str, notes: str) -> None:
        actor = world.inspector
        window.ctx.run_write(
            None, lambda d: update_resident(d, actor, resident_id, ResidentUpdate(notes=notes), today=TODAY)
        )
        qtbot.waitUntil(lambda: not window.ctx.runner.busy)
        QApplication.processEvents()

    write(other, "unrelated")
    assert loads == []
    write(shown, "related")
    qtbot.waitUntil(lambda: loads == [shown])
    assert card.card is not None
    assert card.card.resident.notes == "related"


def test_first_start_on_a_small_screen_fills_it_and_the_next_start_keeps_the_users_size(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None
) -> None:
    # The tests' screen is a 1366 x 768 laptop's (tests/offscreen_laptop.json): a 1280 x 800 window
    # would end below its edge, status bar and all. The first start fills the screen instead.
    win = make_window(qtbot, db, world.inspector, ui_settings)
    available = win.screen().availableGeometry()
    assert win.isMaximized()
    assert available.contains(win.frameGeometry())
    assert win.statusBar().isVisible()
    assert available.contains(win.statusBar().mapToGlobal(win.statusBar().rect().bottomRight()))
    win.showNormal()
    win.resize(1300, 700)
    qtbot.waitUntil(lambda: win.size() == QSize(1300, 700))
    close_window(win)

    again = make_window(qtbot, db, world.inspector, ui_settings)
    assert not again.isMaximized()
    assert again.size() == QSize(1300, 700)
    close_window(again)
