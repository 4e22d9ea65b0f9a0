"""Logging a visit, keyboard-only in under a minute: kind, topic (for a preventive talk), outcome, time,
notes; the next registry visit this one would give is shown before saving. A refused save keeps
every typed character and points at the field."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services import visits as visits_service
from inspector_desk.services.visits import VisitInput, VisitRecord
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.forms import FieldErrors, TabbingDateTimeEdit, error_label, to_date
from inspector_desk.ui.i18n import fmt_date
from inspector_desk.ui.operations import Debouncer


def _utc_naive(value: QDateTime) -> datetime:
    utc = value.toUTC()
    d, t = utc.date(), utc.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=UTC).replace(
        tzinfo=None
    )


class VisitDialog(QDialog):
    def __init__(
        self,
        ctx: ClientContext,
        *,
        resident_id: str | None = None,
        household_id: str | None = None,
        dv_case_id: str | None = None,
        subject: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visit_dialog")
        self._ctx = ctx
        self.resident_id = resident_id
        self.household_id = household_id
        self.dv_case_id = dv_case_id
        self.saved: VisitRecord | None = None
        self._saving = False
        self.errors = FieldErrors()

        self.subject = QLabel(subject)
        self.subject.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.kind = QComboBox()
        self.topic = QComboBox()
        self.outcome = QComboBox()
        self.visited_at = TabbingDateTimeEdit(QDateTime.currentDateTime())
        self.visited_at.setCalendarPopup(True)
        self.visited_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.next_due = QLabel()
        self.next_due.setObjectName("next_due")
        self.next_due.setStyleSheet("color: #2b4a6f;")
        self.next_due.setWordWrap(True)

        form = QFormLayout()
        self._captions: dict[str, QLabel] = {}
        for name in ("kind", "topic", "outcome", "visited_at", "notes"):
            widget = getattr(self, name)
            widget.setObjectName(name)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            err = error_label(name)
            box.addWidget(err)
            self.errors.add(name, widget, err)
            caption = QLabel()
            caption.setBuddy(widget)
            self._captions[name] = caption
            form.addRow(caption, box)
        self.form_error = error_label("form")
        self.errors.fallback = self.form_error

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(form)
        layout.addWidget(self.next_due)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)

        self._preview = Debouncer(200, self._refresh_next_due, self)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.outcome.currentIndexChanged.connect(lambda _i: self._preview.poke())
        self.visited_at.dateTimeChanged.connect(lambda _v: self._preview.poke())
        for widget in (self.kind, self.topic, self.outcome, self.visited_at):
            signal = (
                widget.dateTimeChanged if isinstance(widget, QDateTimeEdit) else widget.currentIndexChanged
            )
            signal.connect(lambda *_a, w=widget: self._clear_error_of(w))
        self.notes.textChanged.connect(lambda: self.errors.clear("notes"))
        self.retranslate()
        if dv_case_id:
            self.kind.setCurrentIndex(max(0, self.kind.findData("dv_follow_up")))
        self._on_kind()
        self.kind.setFocus()
        self.resize(520, 460)

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a visit"))
        self._captions["kind"].setText(self.tr("&Kind"))
        self._captions["topic"].setText(self.tr("&Topic"))
        self._captions["outcome"].setText(self.tr("&Outcome"))
        self._captions["visited_at"].setText(self.tr("&When"))
        self._captions["notes"].setText(self.tr("&Notes"))
        names = labels.field_names()
        for name in ("kind", "topic", "outcome", "visited_at", "notes"):
            getattr(self, name).setAccessibleName(names[name])
        self._fill(self.kind, labels.visit_kinds(), with_blank=False)
        self._fill(self.topic, labels.topics(), with_blank=True)
        self._fill(self.outcome, labels.outcomes(), with_blank=False)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setToolTip(self.tr("Save the visit (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._preview.poke()

    def _fill(self, combo: QComboBox, table: dict[str, str], *, with_blank: bool) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if with_blank:
            combo.addItem(self.tr("— choose —"), None)
        for code, text in table.items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reactions ---------------------------------------------------------------------------

    def _clear_error_of(self, widget: QWidget) -> None:
        self.errors.clear(widget.objectName())

    def _on_kind(self, *_args: Any) -> None:
        talk = self.kind.currentData() == "preventive_talk"
        self.topic.setEnabled(talk)
        if not talk:
            self.topic.setCurrentIndex(0)
            self.errors.clear("topic")
        self._preview.poke()

    def _refresh_next_due(self) -> None:
        if not self.resident_id:
            self.next_due.setText("")
            return
        actor, resident_id = self._ctx.actor, self.resident_id
        kind, outcome = self.kind.currentData(), self.outcome.currentData()
        visited_on = to_date(self.visited_at.dateTime().date())
        on = self._ctx.today()

        def op(db: Any) -> Any:
            return visits_service.next_due_after_visit(
                db, actor, resident_id, visited_on=visited_on, kind=kind, outcome=outcome, on=on
            )

        def done(due: Any) -> None:
            if due is None:
                self.next_due.setText(self.tr("Not on the prevention registry: no scheduled visits."))
            else:
                self.next_due.setText(
                    self.tr("Next visit due after this one: %1").replace("%1", fmt_date(due))
                )

        self._ctx.run(
            self, op, success=done, failure=lambda _e: self.next_due.setText(""), key=f"due-{id(self)}"
        )

    # -- saving ------------------------------------------------------------------------------

    def visit_input(self) -> VisitInput:
        return VisitInput(
            kind=self.kind.currentData(),
            visited_at=_utc_naive(self.visited_at.dateTime()),
            outcome=self.outcome.currentData(),
            resident_id=self.resident_id,
            household_id=self.household_id,
            dv_case_id=self.dv_case_id,
            topic=self.topic.currentData() if self.topic.isEnabled() else None,
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        data = self.visit_input()
        actor, today = self._ctx.actor, self._ctx.today()
        self._saving = True
        self.buttons.setEnabled(False)

        def done(outcome: Any) -> None:
            self._saving = False
            self.saved = outcome.record
            self.accept()

        def failed(error: BaseException) -> None:
            self._saving = False
            self.buttons.setEnabled(True)
            if isinstance(error, ValidationError):
                self.errors.show(error)
            else:
                show_error(self, error, context="log_visit")

        self._ctx.run_write(
            self,
            lambda db: visits_service.log_visit(db, actor, data, today=today),
            success=done,
            failure=failed,
            description="log_visit",
        )
