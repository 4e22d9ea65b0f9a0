"""Inline validation for forms: each input has an error line under it; a service's ValidationError is
shown next to the field it names (``phones[1]`` goes to "phones"), the field is marked and focused,
and nothing the person typed is cleared."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QWidget

from inspector_desk.domain.errors import ValidationError
from inspector_desk.ui.errors import validation_text
from inspector_desk.ui.i18n import date_format, datetime_format

ERROR_STYLE = "color: #b3261e; font-size: 90%;"
_INDEX = re.compile(r"\[\d+\]$")


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.fallback: QLabel | None = None

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)

    def label(self, field: str) -> QLabel:
        return self._fields[field][1]

    def clear(self, field: str | None = None) -> None:
        names = [field] if field is not None else list(self._fields)
        for name in names:
            if name in self._fields:
                widget, label = self._fields[name]
                label.clear()
                label.hide()
                widget.setProperty("invalid", False)
                widget.setStyleSheet("")
        if field is None and self.fallback is not None:
            self.fallback.clear()
            self.fallback.hide()

    def set(self, field: str, text: str, rule: str = "") -> None:
        widget, label = self._fields[field]
        label.setText(text)
        label.setToolTip(rule)
        label.setAccessibleName(text)
        label.show()
        widget.setProperty("invalid", True)
        widget.setStyleSheet("border: 1px solid #b3261e;")

    def show(self, error: ValidationError) -> bool:
        """Show the error next to its field; True when the form has that field."""
        field = _INDEX.sub("", error.field)
        text = validation_text(error)
        if field in self._fields:
            self.set(field, text, error.rule)
            self._fields[field][0].setFocus()
            return True
        if self.fallback is not None:
            self.fallback.setText(text)
            self.fallback.setToolTip(error.rule)
            self.fallback.show()
            return True
        return False

    def showing(self, field: str) -> bool:
        return field in self._fields and not self._fields[field][1].isHidden()


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TabbingDateTimeEdit(QDateTimeEdit):
    """A date/time field that Tab leaves (Qt's moves between day, month and year; the arrows still do),
    so a form is filled top to bottom with Tab alone; shown in the current locale with 4-digit years."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._follow_locale()

    def _follow_locale(self) -> None:
        self.setLocale(QLocale())
        self.setDisplayFormat(datetime_format())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_locale()
        super().changeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TabbingDateEdit(QDateEdit):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._follow_locale()

    def _follow_locale(self) -> None:
        self.setLocale(QLocale())
        self.setDisplayFormat(date_format())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_locale()
        super().changeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
