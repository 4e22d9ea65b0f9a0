"""Addresses and households edited from the Households page: a new door (the building is registered
when the beat does not have it yet), and a correction of a building's street, house and walking order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services import addresses as addresses_service
from inspector_desk.services.addresses import AddressUpdate, DwellingInput
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.form_dialog import Field, FormDialog

translate = QCoreApplication.translate


def whole_number(text: Any, field: str) -> int:
    """A walking order typed as text: blank is 0; anything else must be a whole number."""
    value = str(text or "").strip()
    if not value:
        return 0
    if not value.isdigit():
        raise ValidationError(field, "range", "Walking order must be a whole number from 0 to 1000000")
    return int(value)


def _open(dialog: FormDialog) -> FormDialog:
    dialog.setModal(True)
    dialog.show()
    return dialog


def add_dwelling(ctx: ClientContext, parent: QWidget | None = None, street: str = "") -> FormDialog:
    actor, beat = ctx.actor, ctx.home_beat
    fields = [
        Field("street", translate("HouseholdEditor", "&Street")),
        Field("house", translate("HouseholdEditor", "&House")),
        Field("apartment", translate("HouseholdEditor", "&Apartment (if any)")),
        Field("walk_order", translate("HouseholdEditor", "&Walking order (0: first)")),
        Field("notes", translate("HouseholdEditor", "N&otes"), "multiline"),
    ]

    def submit(v: dict[str, Any]) -> Callable[[Any], Any]:
        def op(db: Any) -> Any:
            data = DwellingInput(
                beat_id=beat or "", street=v["street"], house=v["house"], apartment=v["apartment"] or None,
                walk_order=whole_number(v["walk_order"], "walk_order"), notes=v["notes"] or None,
            )  # fmt: skip
            return addresses_service.register_dwelling(db, actor, data)

        return op

    dialog = FormDialog(
        ctx, translate("HouseholdEditor", "New address or household"), fields, submit, parent,
        values={"street": street}, form_key="dwelling-new",
    )  # fmt: skip
    dialog.setObjectName("dwelling_add")
    return _open(dialog)


def edit_address(ctx: ClientContext, stop: Any, parent: QWidget | None = None) -> FormDialog:
    actor, address_id = ctx.actor, stop.address_id
    fields = [
        Field("street", translate("HouseholdEditor", "&Street")),
        Field("house", translate("HouseholdEditor", "&House")),
        Field("walk_order", translate("HouseholdEditor", "&Walking order (0: first)")),
    ]

    def submit(v: dict[str, Any]) -> Callable[[Any], Any]:
        def op(db: Any) -> Any:
            data = AddressUpdate(
                street=v["street"], house=v["house"], walk_order=whole_number(v["walk_order"], "walk_order")
            )
            return addresses_service.update_address(db, actor, address_id, data)

        return op

    current = {"street": stop.street, "house": stop.house, "walk_order": str(stop.walk_order)}
    dialog = FormDialog(
        ctx, translate("HouseholdEditor", "Correct the address"), fields, submit, parent,
        values=current, form_key=f"address:{address_id}",
    )  # fmt: skip
    dialog.setObjectName("address_edit")
    return _open(dialog)
