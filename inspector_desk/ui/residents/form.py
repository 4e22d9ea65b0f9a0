"""The resident's details form, used by the card (edit in place) and by "New resident": each field with
its error line; the IIN is checked as it is typed and fills the birth date and sex."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.iin import parse_iin
from inspector_desk.services.residents import ResidentRecord
from inspector_desk.ui import labels
from inspector_desk.ui.errors import validation_text
from inspector_desk.ui.forms import FieldErrors, TabbingDateEdit, error_label, parse_date

NO_DATE = QDate(1899, 12, 31)
FIELDS = ("last_name", "first_name", "middle_name", "iin", "birth_date", "sex", "phones", "notes")


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else NO_DATE


def from_qdate(value: QDate) -> date | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


class ResidentForm(QWidget):
    """Edits the fields of ``ResidentInput``/``ResidentUpdate``; ``values()`` gives them as typed."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self._loading = False
        self._iin_filled = False
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.middle_name = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(20)
        self.iin.setInputMethodHints(self.iin.inputMethodHints())
        self.birth_date = TabbingDateEdit()
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setMinimumDate(NO_DATE)
        self.birth_date.setMaximumDate(QDate.currentDate())
        self.birth_date.setDate(NO_DATE)
        self.sex = QComboBox()
        self.phones = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        self.iin_hint = QLabel()
        self.iin_hint.setObjectName("iin_hint")
        self.iin_hint.setStyleSheet("color: #2e6b3a; font-size: 90%;")
        self.iin_hint.hide()

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        for name in FIELDS:
            widget = getattr(self, name)
            widget.setObjectName(name)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            if name == "iin":
                box.addWidget(self.iin_hint)
            err = error_label(name)
            box.addWidget(err)
            self.errors.add(name, widget, err)
            caption = QLabel()
            caption.setBuddy(widget)
            self._labels[name] = caption
            self._form.addRow(caption, box)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._form)
        self.form_error = error_label("form")
        outer.addWidget(self.form_error)
        self.errors.fallback = self.form_error

        for line in (self.last_name, self.first_name, self.middle_name, self.phones):
            line.textEdited.connect(self._on_edit)
        self.iin.textEdited.connect(self._on_iin_edited)
        self.iin.editingFinished.connect(self._on_iin_finished)
        self.birth_date.dateChanged.connect(self._on_edit)
        self.sex.currentIndexChanged.connect(self._on_edit)
        self.notes.textChanged.connect(self._on_edit)
        self.setTabOrder(self.last_name, self.first_name)
        self.setTabOrder(self.first_name, self.middle_name)
        self.setTabOrder(self.middle_name, self.iin)
        self.setTabOrder(self.iin, self.birth_date)
        self.setTabOrder(self.birth_date, self.sex)
        self.setTabOrder(self.sex, self.phones)
        self.setTabOrder(self.phones, self.notes)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        captions = {
            "last_name": self.tr("&Last name"),
            "first_name": self.tr("&First name"),
            "middle_name": self.tr("&Middle name"),
            "iin": self.tr("&IIN"),
            "birth_date": self.tr("&Birth date"),
            "sex": self.tr("&Sex"),
            "phones": self.tr("&Phones"),
            "notes": self.tr("N&otes"),
        }
        names = labels.field_names()
        for name, caption in captions.items():
            self._labels[name].setText(caption)
            getattr(self, name).setAccessibleName(names[name])
        self.iin.setPlaceholderText(self.tr("12 digits; fills birth date and sex"))
        self.phones.setPlaceholderText(self.tr("+7 701 234 5678, several separated by commas"))
        self.birth_date.setSpecialValueText(self.tr("not known"))
        current = self.sex.currentData()
        self.sex.blockSignals(True)
        self.sex.clear()
        self.sex.addItem(self.tr("not known"), None)
        for code, text in labels.sexes().items():
            self.sex.addItem(text, code)
        self.sex.setCurrentIndex(max(0, self.sex.findData(current)))
        self.sex.blockSignals(False)
        if self._iin_filled:
            self.iin_hint.setText(self.tr("Birth date and sex filled from the IIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values ------------------------------------------------------------------------------

    def load(self, record: ResidentRecord | None) -> None:
        self._loading = True
        try:
            self.errors.clear()
            self.iin_hint.hide()
            self._iin_filled = False
            self.last_name.setText(record.last_name if record else "")
            self.first_name.setText(record.first_name if record else "")
            self.middle_name.setText((record.middle_name or "") if record else "")
            self.iin.setText((record.iin or "") if record else "")
            self.birth_date.setDate(to_qdate(record.birth_date if record else None))
            self.sex.setCurrentIndex(max(0, self.sex.findData(record.sex if record else None)))
            self.phones.setText(", ".join(record.phones) if record else "")
            self.notes.setPlainText((record.notes or "") if record else "")
        finally:
            self._loading = False

    def restore(self, values: dict[str, Any]) -> None:
        """Fill the fields from a kept draft (values as ``values()`` gave them, dates as ISO text)."""
        self._loading = True
        try:
            for name in ("last_name", "first_name", "middle_name", "iin"):
                if name in values:
                    getattr(self, name).setText(values[name] or "")
            if "birth_date" in values:
                self.birth_date.setDate(to_qdate(parse_date(values["birth_date"])))
            if "sex" in values:
                self.sex.setCurrentIndex(max(0, self.sex.findData(values["sex"])))
            if "phones" in values:
                self.phones.setText(", ".join(values["phones"] or []))
            if "notes" in values:
                self.notes.setPlainText(values["notes"] or "")
        finally:
            self._loading = False

    def values(self) -> dict[str, Any]:
        phones = [p.strip() for p in self.phones.text().replace(";", ",").split(",") if p.strip()]
        return {
            "last_name": self.last_name.text(),
            "first_name": self.first_name.text(),
            "middle_name": self.middle_name.text().strip() or None,
            "iin": self.iin.text().strip() or None,
            "birth_date": from_qdate(self.birth_date.date()),
            "sex": self.sex.currentData(),
            "phones": phones,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def check(self) -> bool:
        """The checks the form can make on the spot, before asking the service; True when clean."""
        self._on_iin_finished()
        if self.errors.showing("iin"):
            self.iin.setFocus()
            return False
        return True

    def show_error(self, error: ValidationError) -> None:
        self.errors.show(error)

    # -- reactions ---------------------------------------------------------------------------

    def _on_edit(self, *_args: Any) -> None:
        if self._loading:
            return
        sender = self.sender()
        if isinstance(sender, QWidget):
            for name in FIELDS:
                if getattr(self, name) is sender:
                    self.errors.clear(name)
        self.edited.emit()

    def _digits(self) -> str:
        return "".join(c for c in self.iin.text() if c.isdigit())

    def _on_iin_edited(self, _text: str) -> None:
        self.errors.clear("iin")
        self.iin_hint.hide()
        digits = self._digits()
        if len(digits) == 12:
            self._apply_iin()
        self.edited.emit()

    def _on_iin_finished(self) -> None:
        text = self.iin.text().strip()
        if not text:
            self.errors.clear("iin")
            return
        self._apply_iin()

    def _apply_iin(self) -> None:
        try:
            iin = parse_iin(self.iin.text(), "iin")
        except ValidationError as exc:
            self.errors.set("iin", validation_text(exc), exc.rule)
            self.iin_hint.hide()
            return
        self.errors.clear("iin")
        self._loading = True
        try:
            self.birth_date.setDate(to_qdate(iin.birth_date))
            self.sex.setCurrentIndex(max(0, self.sex.findData(iin.sex.value)))
        finally:
            self._loading = False
        self.errors.clear("birth_date")
        self.errors.clear("sex")
        self._iin_filled = True
        self.iin_hint.setText(self.tr("Birth date and sex filled from the IIN"))
        self.iin_hint.show()
