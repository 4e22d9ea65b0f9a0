"""Search as you type on the Residents page, as a user sees it: the list never blanks out between
keystrokes (the rows on show stay until the new answer replaces them), and a refused or emptied
search never leaves another query's rows on show."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import add_resident


def test_the_list_never_goes_blank_while_a_search_is_typed(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    add_resident(db, world.inspector, world.beat_id, "Nurlanov", "Aidos", serial=21)
    add_resident(db, world.inspector, world.beat_id, "Ivanova", "Maria", serial=22, sex=None)
    add_resident(db, world.inspector, world.beat_id, "Nurlanova", "Aigerim", serial=23)
    window.show_page("residents")
    page = window.residents_page
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    shown: list[int] = []  # rows on show each time the list changed
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: shown.append(model.rowCount()))
    model.rowsRemoved.connect(lambda *_: shown.append(model.rowCount()))

    qtbot.keyClicks(page.search, "nurl")
    qtbot.waitUntil(lambda: model.query == "nurl" and not model.loading)
    assert {model.row(i).full_name for i in range(model.rowCount())} == {
        "Nurlanov Aidos",
        "Nurlanova Aigerim",
    }
    assert shown
    assert 0 not in shown  # never an empty list in between

    page.search.clear()
    qtbot.waitUntil(lambda: model.query == "" and not model.loading and model.rowCount() == 3)
    assert 0 not in shown

    qtbot.keyClicks(page.search, "zzzz")
    qtbot.waitUntil(lambda: model.query == "zzzz" and not model.loading)
    assert model.rowCount() == 0  # no match: the whole list does not stay on show
    assert page.count.text() == "No residents match"
