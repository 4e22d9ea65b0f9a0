"""Inline validation for forms: each input has an error line under it; a service's ValidationError is
shown next to the field it names (``phones[1]`` goes to "phones"), the field is marked and focused,
and nothing the person typed is cleared."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.ui.errors import show_error, validation_text
from inspector_desk.ui.i18n import date_format, datetime_format, fmt_datetime
from inspector_desk.ui.operations import Debouncer, OperationRunner

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e; font-size: 90%;"
_INDEX = re.compile(r"\[\d+\]$")


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def save_failed(
    dialog: QWidget, errors: FieldErrors, buttons: QWidget, *, context: str = ""
) -> Callable[[BaseException], None]:
    """What a form dialog does when saving failed: the buttons work again; a ValidationError is shown
    next to its field, anything else in a message box."""

    def failed(error: BaseException) -> None:
        buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            errors.show(error)
        else:
            show_error(dialog, error, context=context)

    return failed


class FieldErrors:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.fallback: QLabel | None = None

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)

    def boxed(self, field: str, widget: QWidget) -> QVBoxLayout:
        """``widget`` with its error line under it, the pair registered for ``field``."""
        box = QVBoxLayout()
        box.addWidget(widget)
        label = error_label(field)
        box.addWidget(label)
        self.add(field, widget, label)
        return box

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


# --- drafts: unsaved values kept in the local store ------------------------------------------

DRAFT_DELAY_MS = 1000


def plain_value(value: Any) -> Any:
    """A form value as a draft keeps it (JSON): dates as ISO text."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain_value(v) for v in value]
    return value


class DraftKeeper(QObject):
    """Keeps what is typed into a form as a draft in the local store (services.drafts), written about a
    second after typing stops, so a crash or a kill loses nothing; ``found`` offers a draft left
    behind when the form is opened again. Its own one-thread runner keeps saves and discards in order.
    """

    found = Signal(object)  # services.drafts.DraftRecord

    def __init__(
        self, ctx: Any, values: Callable[[], dict[str, Any]], parent: QObject | None = None, *, key: str = ""
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._values = values
        self.key = key
        self._runner = OperationRunner(ctx.db, max_threads=1, parent=self)
        self._runner.default_failure = lambda exc: log.warning("draft %s not kept: %s", self.key, exc)
        self._debounce = Debouncer(DRAFT_DELAY_MS, self._save, self)
        self.saves = 0

    def edited(self) -> None:
        if self.key:
            self._debounce.poke()

    def flush(self) -> None:
        self._debounce.flush()

    def _save(self) -> None:
        from inspector_desk.services.drafts import save_draft

        actor, key = self._ctx.actor, self.key
        values = {k: plain_value(v) for k, v in self._values().items()}
        self.saves += 1
        self._runner.run(self, lambda db: save_draft(db, actor, key, values))

    def check(self) -> None:
        """Look for a draft of this form (``found`` is emitted when there is one)."""
        from inspector_desk.services.drafts import load_draft

        actor, key = self._ctx.actor, self.key
        if not key:
            return

        def show(draft: Any) -> None:
            if draft is not None and key == self.key:
                self.found.emit(draft)

        self._runner.run(self, lambda db: load_draft(db, actor, key), success=show)

    def discard(self) -> None:
        """The form was saved or its edits thrown away: the draft goes too."""
        from inspector_desk.services.drafts import discard_draft

        self._debounce.cancel()
        actor, key = self._ctx.actor, self.key
        if key:
            self._runner.run(self, lambda db: discard_draft(db, actor, key))

    def wait(self) -> None:
        self._runner.drain()


class DraftBanner(QFrame):
    """ "Unsaved changes from <time> were kept" with Restore and Discard, shown above a form."""

    restore = Signal(object)
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_banner")
        self.setStyleSheet(
            "QFrame#draft_banner { background: #fff6e0; border: 1px solid #e8c66a; border-radius: 6px; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("draft_restore")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("draft_discard")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self._draft: Any = None
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("&Restore"))
        self.discard_button.setText(self.tr("Discard"))
        if self._draft is not None:
            when = fmt_datetime(self._draft.saved_at)
            self.text.setText(self.tr("Unsaved changes from %1 were kept. Restore them?").replace("%1", when))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(self, draft: Any) -> None:
        self._draft = draft
        self.retranslate()
        self.show()

    def _restore(self) -> None:
        draft, self._draft = self._draft, None
        self.hide()
        if draft is not None:
            self.restore.emit(draft.values)

    def _discard(self) -> None:
        self._draft = None
        self.hide()
        self.discard.emit()


def parse_date(value: Any) -> date | None:
    """A date from a draft (ISO text) or a form; None for anything else."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
