"""Moving a resident to another household of the beat: choose the street, then the door; the card and
the lists refresh from the write's ChangeSet."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from inspector_desk.services import addresses as addresses_service
from inspector_desk.services import residents as residents_service
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.dialog_parts import ok_cancel, stack
from inspector_desk.ui.forms import FieldErrors, error_label, save_failed


class MoveDialog(QDialog):
    def __init__(self, ctx: ClientContext, resident_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_resident")
        self._ctx = ctx
        self.resident_id = resident_id
        self.saved: Any = None
        self.street = QComboBox()
        self.street.setObjectName("move_street")
        self.street.currentIndexChanged.connect(self._load_doors)
        self.household = QComboBox()
        self.household.setObjectName("move_household")
        self.household.setMinimumContentsLength(48)
        self.household.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.errors = FieldErrors()
        self.form_error = error_label("form")
        self.errors.fallback = self.form_error
        self._street_caption, self._door_caption = QLabel(), QLabel()
        self._street_caption.setBuddy(self.street)
        self._door_caption.setBuddy(self.household)
        form = QFormLayout()
        form.addRow(self._street_caption, self.street)
        form.addRow(self._door_caption, self.errors.boxed("household_id", self.household))
        self.buttons = ok_cancel(self, self.save, QDialogButtonBox.StandardButton.Save)
        stack(self, form, self.form_error, self.buttons)
        self.setMinimumWidth(620)
        self.retranslate()
        actor = ctx.actor
        ctx.run(self, lambda db: addresses_service.list_streets(db, actor), success=self._show_streets)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move to another household"))
        self._street_caption.setText(self.tr("&Street"))
        self._door_caption.setText(self.tr("&Household"))
        self.street.setAccessibleName(self.tr("Street"))
        self.household.setAccessibleName(self.tr("Household"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Move"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _show_streets(self, streets: list[str]) -> None:
        self.street.blockSignals(True)
        self.street.clear()
        self.street.addItems(streets)
        self.street.setCurrentIndex(-1)
        self.street.blockSignals(False)

    def choose_street(self, street: str) -> None:
        self.street.setCurrentIndex(self.street.findText(street))

    def _load_doors(self, _index: int = 0) -> None:
        street, actor, on = self.street.currentText(), self._ctx.actor, self._ctx.today()
        self.household.clear()
        if not street:
            return
        self._ctx.run(
            self,
            lambda db: addresses_service.households_on_streets(db, actor, [street], on=on),
            success=self._show_doors,
            key=f"move-doors-{id(self)}",
        )

    def _show_doors(self, stops: list[Any]) -> None:
        self.household.clear()
        for stop in stops:
            names = ", ".join(r.full_name for r in stop.residents) or self.tr("nobody lives here yet")
            self.household.addItem(f"{stop.address_line} — {names}", stop.household_id)

    def save(self) -> None:
        self.errors.clear()
        household_id = self.household.currentData()
        if not household_id:
            self.errors.set("household_id", self.tr("Choose the household to move to"), "required")
            return
        actor, resident_id, today = self._ctx.actor, self.resident_id, self._ctx.today()
        self.buttons.setEnabled(False)

        def done(outcome: Any) -> None:
            self.saved = outcome
            self.accept()

        self._ctx.run_write(
            self,
            lambda db: residents_service.move_resident(db, actor, resident_id, household_id, today=today),
            success=done,
            failure=save_failed(self, self.errors, self.buttons),
            description="move_resident",
        )
