"""Residents list and card driven through real widgets: search as you type, lazy pages, the IIN check on
the spot, a refused save that changes nothing, and a new resident refused with a bad IIN."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from inspector_desk.domain.iin import Sex, make_iin
from inspector_desk.services.residents import list_residents, resident_card
from inspector_desk.ui.residents.model import COL_NAME, ResidentsModel
from tests.ui.conftest import TODAY, add_resident, drain, new_resident_dialog


def test_typing_a_search_shows_the_matching_rows(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    add_resident(db, world.inspector, world.beat_id, "Nurlanov", "Aidos", serial=11)
    add_resident(db, world.inspector, world.beat_id, "Ivanova", "Maria", serial=12, sex=None)
    add_resident(db, world.inspector, world.beat_id, "Nurlanova", "Aigerim", serial=13)
    window.show_page("residents")
    page = window.residents_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.keyClicks(page.search, "nurlan")
    qtbot.waitUntil(lambda: page.model.query == "nurlan" and not page.model.loading)
    names = {page.model.row(i).full_name for i in range(page.model.rowCount())}
    assert names == {"Nurlanov Aidos", "Nurlanova Aigerim"}
    assert page.category.isEnabled() is False  # filters do not apply to a search


def test_the_model_fetches_pages_lazily(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    for i in range(45):
        add_resident(db, world.inspector, world.beat_id, f"Person{chr(65 + i % 26)}", "Test", serial=100 + i)
    model = ResidentsModel(window.ctx, page_size=20)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 20)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 40)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 45)
    assert not model.canFetchMore(QModelIndex())
    assert model.pages_fetched == 3
    expected = [r.full_name for r in list_residents(db, world.inspector, limit=45, on=TODAY).rows]
    assert [model.row(i).full_name for i in range(45)] == expected
    drain(qtbot, window)


def test_sorting_by_a_column_reloads_in_that_order(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    add_resident(db, world.inspector, world.beat_id, "Alpha", "A", serial=1)
    add_resident(db, world.inspector, world.beat_id, "Zulu", "Z", serial=2)
    window.show_page("residents")
    model = window.residents_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    window.residents_page.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.row(0).full_name == "Zulu Z")


def test_bad_iin_is_refused_on_the_spot_and_nothing_is_saved(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Serikov", "Dias", serial=5)
    before = resident_card(db, world.inspector, rid, on=TODAY).resident
    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    form = card.form
    good = before.iin
    bad = good[:11] + str((int(good[11]) + 1) % 10)
    form.iin.selectAll()
    qtbot.keyClicks(form.iin, bad)
    message = form.errors.label("iin")
    assert message.isVisible()
    assert "check digit" in message.text()
    assert message.toolTip() == "iin.check_digit"
    assert card.has_unsaved()
    card.save()  # refused by the form: nothing reaches the service
    drain(qtbot, window)
    assert message.isVisible()
    assert form.iin.text() == bad  # the typed text is kept
    assert resident_card(db, world.inspector, rid, on=TODAY).resident == before


def test_valid_iin_fills_birth_date_and_sex(qtbot: Any, window: Any, world: Any) -> None:
    dialog = new_resident_dialog(qtbot, window)
    qtbot.keyClicks(dialog.form.iin, make_iin(date(1990, 7, 3), Sex.FEMALE, 42))
    assert dialog.form.values()["birth_date"] == date(1990, 7, 3)
    assert dialog.form.values()["sex"] == "F"
    assert dialog.form.iin_hint.isVisible()


def test_new_resident_with_bad_iin_shows_the_rule_and_adds_no_row(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    dialog = new_resident_dialog(qtbot, window, "Abenov", "Marat")
    qtbot.keyClicks(dialog.form.iin, "850412300001")  # wrong check digit
    dialog.save()
    drain(qtbot, window)
    assert dialog.isVisible()
    assert dialog.form.errors.label("iin").isVisible()
    assert dialog.form.last_name.text() == "Abenov"
    assert list_residents(db, world.inspector, on=TODAY).rows == []


def test_a_service_refusal_is_shown_next_to_its_field(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    dialog = new_resident_dialog(qtbot, window, first_name="Marat")  # no last name: the service refuses
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.errors.label("last_name").isVisible())
    assert dialog.form.errors.label("last_name").text() == "This field is required"
    assert list_residents(db, world.inspector, on=TODAY).rows == []


def test_editing_in_the_card_saves_through_the_service(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Serikov", "Dias", serial=6)
    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    card.form.phones.setFocus()
    card.form.phones.clear()
    qtbot.keyClicks(card.form.phones, "+7 701 234 5678")
    qtbot.keyClick(card.form.phones, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not card.has_unsaved())
    assert resident_card(db, world.inspector, rid, on=TODAY).resident.phones == ("+77012345678",)
    qtbot.waitUntil(lambda: card.card is not None and card.card.resident.phones == ("+77012345678",))
