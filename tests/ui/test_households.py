"""Households and addresses: streets, the doors on a street with who lives there, a household visit."""

from __future__ import annotations

from typing import Any

from inspector_desk.services.addresses import AddressInput, HouseholdInput, create_address, create_household
from inspector_desk.services.visits import list_visits
from tests.ui.conftest import TODAY, add_resident


def test_a_street_lists_its_households_and_a_visit_goes_to_the_household(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    actor = world.inspector
    address = create_address(
        db, actor, AddressInput(beat_id=world.beat_id, street="Abay Avenue", house="12")
    ).record
    flat = create_household(db, actor, HouseholdInput(address_id=address.id, apartment="7")).record
    add_resident(db, actor, world.beat_id, "Kassymov", "Daulet", serial=71, household_id=flat.id)
    add_resident(db, actor, world.beat_id, "Kassymova", "Aigul", serial=72, household_id=flat.id)
    window.show_page("households")
    page = window.pages["households"]
    qtbot.waitUntil(lambda: page.streets.count() == 1)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.members.rowCount() == 2)  # type: ignore[attr-defined]
    assert "Abay Avenue" in page.members_caption.text()  # type: ignore[attr-defined]
    page.visit_button.click()  # type: ignore[attr-defined]
    from PySide6.QtWidgets import QApplication

    from inspector_desk.ui.visit_dialog import VisitDialog

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VisitDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, VisitDialog)
    assert dialog.household_id == flat.id
    assert "Abay Avenue" in dialog.subject.text()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    visits = list_visits(db, actor, since=TODAY.replace(year=2000), until=TODAY.replace(year=2100)).rows
    assert [v.household_id for v in visits] == [flat.id]
