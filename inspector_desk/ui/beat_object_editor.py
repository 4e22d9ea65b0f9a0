"""Adding and correcting beat objects (kind, name, address or place, notes) in a short form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from inspector_desk.services import beat_objects as objects_service
from inspector_desk.services.addresses import UNSET
from inspector_desk.services.beat_objects import BeatObjectInput, BeatObjectRecord, BeatObjectUpdate
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.form_dialog import Field, FormDialog

translate = QCoreApplication.translate


def object_fields() -> list[Field]:
    return [
        Field("kind", translate("BeatObjectEditor", "&Kind"), "choice", labels.object_kinds()),
        Field("name", translate("BeatObjectEditor", "&Name")),
        Field("address_text", translate("BeatObjectEditor", "&Address or place")),
        Field(
            "notes",
            translate("BeatObjectEditor", "N&otes"),
            "multiline",
            placeholder=translate("BeatObjectEditor", "Contact person, phone, opening hours"),
        ),
    ]


def _open(dialog: FormDialog) -> FormDialog:
    dialog.setModal(True)
    dialog.show()
    return dialog


def add_object(ctx: ClientContext, parent: QWidget | None = None, kind: str | None = None) -> FormDialog:
    actor, beat = ctx.actor, ctx.home_beat

    def submit(v: dict[str, Any]) -> Callable[[Any], Any]:
        data = BeatObjectInput(
            beat_id=beat or "", kind=v["kind"], name=v["name"], address_text=v["address_text"] or None,
            notes=v["notes"] or None,
        )  # fmt: skip
        return lambda db: objects_service.create_beat_object(db, actor, data)

    dialog = FormDialog(
        ctx, translate("BeatObjectEditor", "New beat object"), object_fields(), submit, parent,
        values={"kind": kind} if kind else None, form_key="beat-object-new",
    )  # fmt: skip
    dialog.setObjectName("object_add")
    return _open(dialog)


def edit_object(ctx: ClientContext, obj: BeatObjectRecord, parent: QWidget | None = None) -> FormDialog:
    actor = ctx.actor

    def submit(v: dict[str, Any]) -> Callable[[Any], Any]:
        place = v["address_text"] or None
        # A linked, registered address stays linked unless the place was retyped.
        moved = place != obj.address
        data = BeatObjectUpdate(
            kind=v["kind"], name=v["name"], notes=v["notes"] or None,
            address_text=place if moved else UNSET, address_id=None if moved else UNSET,
        )  # fmt: skip
        return lambda db: objects_service.update_beat_object(db, actor, obj.id, data)

    current = {"kind": obj.kind, "name": obj.name, "address_text": obj.address, "notes": obj.notes}
    dialog = FormDialog(
        ctx, translate("BeatObjectEditor", "Correct the beat object"), object_fields(), submit, parent,
        values=current, form_key=f"beat-object:{obj.id}",
    )  # fmt: skip
    dialog.setObjectName("object_edit")
    return _open(dialog)
