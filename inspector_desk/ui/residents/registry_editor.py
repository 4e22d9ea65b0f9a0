"""Registry entries edited from the resident card: put the resident on the registry under a category,
correct an entry in force, or end it; each a short form whose refusals show next to their field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from inspector_desk.services import registry as registry_service
from inspector_desk.services.registry import RegistryInput, RegistryUpdate
from inspector_desk.services.residents import CardRegistryEntry
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.form_dialog import Field, FormDialog

translate = QCoreApplication.translate


def entry_fields() -> list[Field]:
    return [
        Field("category", translate("RegistryEditor", "&Category"), "choice", labels.categories()),
        Field("basis", translate("RegistryEditor", "&Basis"), "multiline"),
        Field("start_date", translate("RegistryEditor", "&From"), "date"),
        Field("end_date", translate("RegistryEditor", "&Until"), "date", optional=True),
    ]


Submit = Callable[[dict[str, Any]], Callable[[Any], Any]]


def _open(
    ctx: ClientContext,
    resident_id: str,
    name: str,
    title: str,
    fields: list[Field],
    submit: Submit,
    parent: QWidget | None,
    values: dict[str, Any],
    form_key: str,
) -> FormDialog:
    """The form, shown modal; ``name`` is its object name, ``form_key`` where its draft is kept."""
    dialog = FormDialog(ctx, title, fields, submit, parent, values=values, form_key=form_key)
    dialog.setObjectName(name)
    dialog.resident_id = resident_id  # the card reloads on a write about its resident
    dialog.setModal(True)
    dialog.show()
    return dialog


def add_entry(ctx: ClientContext, resident_id: str, parent: QWidget | None = None) -> FormDialog:
    actor, today = ctx.actor, ctx.today()

    def submit(v: dict[str, Any]) -> Callable[[Any], Any]:
        data = RegistryInput(resident_id, v["category"], v["basis"], v["start_date"], v["end_date"])
        return lambda db: registry_service.add_registry_entry(db, actor, data, today=today)

    title = translate("RegistryEditor", "Put on the registry")
    values, key = {"start_date": today}, f"registry-add:{resident_id}"
    return _open(ctx, resident_id, "registry_add", title, entry_fields(), submit, parent, values, key)


def edit_entry(
    ctx: ClientContext, resident_id: str, entry: CardRegistryEntry, parent: QWidget | None = None
) -> FormDialog:
    actor, today = ctx.actor, ctx.today()

    def submit(v: dict[str, Any]) -> Callable[[Any], Any]:
        data = RegistryUpdate(v["category"], v["basis"], v["start_date"], v["end_date"])
        return lambda db: registry_service.update_registry_entry(db, actor, entry.id, data, today=today)

    current = {
        "category": entry.category,
        "basis": entry.basis,
        "start_date": entry.start_date,
        "end_date": entry.end_date,
    }
    title, key = translate("RegistryEditor", "Correct the registry entry"), f"registry-edit:{entry.id}"
    return _open(ctx, resident_id, "registry_edit", title, entry_fields(), submit, parent, current, key)


def end_entry(
    ctx: ClientContext, resident_id: str, entry: CardRegistryEntry, parent: QWidget | None = None
) -> FormDialog:
    actor, today = ctx.actor, ctx.today()
    fields = [
        Field("end_date", translate("RegistryEditor", "&Ended on"), "date"),
        Field("reason", translate("RegistryEditor", "&Reason"), "multiline"),
    ]

    def submit(v: dict[str, Any]) -> Callable[[Any], Any]:
        end, reason = v["end_date"], v["reason"]
        return lambda db: registry_service.end_registry_entry(db, actor, entry.id, end, reason, today=today)

    title = translate("RegistryEditor", "Take off the registry")
    values, key = {"end_date": today}, f"registry-end:{entry.id}"
    return _open(ctx, resident_id, "registry_end", title, fields, submit, parent, values, key)
