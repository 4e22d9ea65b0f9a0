"""The settings dialog, generated from the declared options (settings.OPTIONS): one editor per editable
option, checked against the option's limits before anything is stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from inspector_desk.ui.dialog_parts import ok_cancel, stack
from inspector_desk.ui.forms import FieldErrors
from inspector_desk.ui.settings import LANGUAGE, OPTIONS, Option, Settings

# Each language is named in itself, so a person can find their own whatever the current language.
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._settings = settings
        self.errors = FieldErrors()
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for option in self.options():
            editor = self._editor(option)
            editor.setObjectName(option.key)
            label_text = QCoreApplication.translate("Settings", option.label)
            editor.setAccessibleName(label_text)
            caption = QLabel(label_text)
            caption.setBuddy(editor)
            form.addRow(caption, self.errors.boxed(option.key, editor))
            self.editors[option.key] = editor
        self.buttons = ok_cancel(self, self.save)
        stack(self, form, self.buttons)
        self.setWindowTitle(self.tr("Settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.load()

    @staticmethod
    def options() -> list[Option]:
        return [o for o in OPTIONS if o.editable]

    def _editor(self, option: Option) -> QWidget:
        if option.choices:
            combo = QComboBox()
            for choice in option.choices:
                combo.addItem(LANGUAGE_NAMES.get(choice, choice) if option is LANGUAGE else choice, choice)
            return combo
        if option.type is int:
            spin = QSpinBox()
            spin.setRange(option.minimum if option.minimum is not None else 0, option.maximum or 1_000_000)
            return spin
        return QLineEdit()

    def load(self) -> None:
        for option in self.options():
            self._set(self.editors[option.key], self._settings.get(option))

    @staticmethod
    def _set(editor: QWidget, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    @staticmethod
    def _get(editor: QWidget) -> Any:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        return None

    def values(self) -> dict[str, Any]:
        return {o.key: self._get(self.editors[o.key]) for o in self.options()}

    def save(self) -> None:
        self.errors.clear()
        values = self.values()
        for option in self.options():
            problem = option.validate(values[option.key])
            if problem is not None:
                self.errors.set(option.key, QCoreApplication.translate("Settings", problem))
                return
        for option in self.options():
            self._settings.set(option, values[option.key])
        self._settings.sync()
        self.accept()
