"""A small dialog built from a list of fields, for the short forms of the DV workspace (incident, measure,
review), the registry, beat objects and addresses: each field with its error line; the save runs as an
operation; a refusal keeps what was typed. With a ``form_key`` what is typed is kept as a local draft
(ui.forms.DraftKeeper) until the form is saved or cancelled, and offered again when it reopens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.forms import (
    DraftBanner,
    DraftKeeper,
    FieldErrors,
    TabbingDateEdit,
    TabbingDateTimeEdit,
    error_label,
    parse_date,
    save_failed,
    to_date,
)

Kind = Literal["text", "multiline", "date", "datetime", "choice"]
NO_DATE = QDate(1899, 12, 31)


@dataclass
class Field:
    name: str
    label: str
    kind: Kind = "text"
    choices: dict[str, str] = field(default_factory=dict)
    optional: bool = False
    placeholder: str = ""


class FormDialog(QDialog):
    """``submit(values)`` returns the operation ``op(db)`` that writes them; ``saved`` holds its result."""

    def __init__(
        self,
        ctx: ClientContext,
        title: str,
        fields: list[Field],
        submit: Callable[[dict[str, Any]], Callable[[Any], Any]],
        parent: QWidget | None = None,
        *,
        values: dict[str, Any] | None = None,
        form_key: str = "",
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._fields = fields
        self._submit = submit
        self.saved: Any = None
        # The records the form writes to, so that pages can tell the write was about them.
        self.dv_case_id: str | None = None
        self.resident_id: str | None = None
        self.errors = FieldErrors()
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for f in fields:
            widget = self._widget(f)
            widget.setObjectName(f.name)
            widget.setAccessibleName(f.label.replace("&", ""))
            if f.placeholder and isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setPlaceholderText(f.placeholder)
            self.widgets[f.name] = widget
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            err = error_label(f.name)
            box.addWidget(err)
            self.errors.add(f.name, widget, err)
            caption = QLabel(f.label)
            caption.setBuddy(widget)
            form.addRow(caption, box)
        self.form_error = error_label("form")
        self.errors.fallback = self.form_error
        if values:
            self.set_values(values)
        self.banner = DraftBanner()
        self.drafts = DraftKeeper(ctx, self.values, self, key=form_key)
        self.drafts.found.connect(self.banner.offer)
        self.banner.restore.connect(self.set_values)
        self.banner.discard.connect(self.drafts.discard)
        for widget in self.widgets.values():
            _on_edit(widget, self.drafts.edited)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.drafts.check()

    def _widget(self, f: Field) -> QWidget:
        if f.kind == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(90)
            return text
        if f.kind == "date":
            edit = TabbingDateEdit(QDate.currentDate())
            edit.setCalendarPopup(True)
            if f.optional:
                edit.setMinimumDate(NO_DATE)
                edit.setSpecialValueText(self.tr("not set"))
                edit.setDate(NO_DATE)
            return edit
        if f.kind == "datetime":
            return TabbingDateTimeEdit(QDateTime.currentDateTime())
        if f.kind == "choice":
            combo = QComboBox()
            if f.optional:
                combo.addItem(self.tr("— choose —"), None)
            for code, caption in f.choices.items():
                combo.addItem(caption, code)
            return combo
        return QLineEdit()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self._fields:
            w = self.widgets[f.name]
            if isinstance(w, QPlainTextEdit):
                out[f.name] = w.toPlainText()
            elif isinstance(w, TabbingDateTimeEdit):
                utc = w.dateTime().toUTC()
                d, t = utc.date(), utc.time()
                out[f.name] = datetime(
                    d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=UTC
                ).replace(tzinfo=None)
            elif isinstance(w, TabbingDateEdit):
                out[f.name] = None if w.date() == NO_DATE else to_date(w.date())
            elif isinstance(w, QComboBox):
                out[f.name] = w.currentData()
            elif isinstance(w, QLineEdit):
                out[f.name] = w.text()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields (a record being edited, or a restored draft); unknown names are ignored."""
        for f in self._fields:
            if f.name not in values:
                continue
            w, value = self.widgets[f.name], values[f.name]
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, TabbingDateTimeEdit):
                continue  # a moment is never restored: it is "now" when the form opens
            elif isinstance(w, TabbingDateEdit):
                day = parse_date(value)
                w.setDate(QDate(day.year, day.month, day.day) if day is not None else NO_DATE)
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))

    def reject(self) -> None:
        self.drafts.discard()  # cancelled on purpose: nothing to offer again
        super().reject()

    def save(self) -> None:
        self.errors.clear()
        op = self._submit(self.values())
        self.buttons.setEnabled(False)

        def done(result: Any) -> None:
            self.saved = result
            self.drafts.discard()
            self.accept()

        self._ctx.run_write(self, op, success=done, failure=save_failed(self, self.errors, self.buttons))


def _on_edit(widget: QWidget, edited: Callable[[], None]) -> None:
    """Call ``edited`` when the person changes the field."""
    if isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(edited)
    elif isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _t: edited())
    elif isinstance(widget, QComboBox):
        widget.activated.connect(lambda _i: edited())
    elif isinstance(widget, QDateTimeEdit):  # QDateEdit too
        widget.dateTimeChanged.connect(lambda _d: edited())
