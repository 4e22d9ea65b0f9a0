"""Appeals ("hearing mode"): the register ordered by deadline with overdue ones standing out, registering
a new appeal, and one appeal's page with its deadline in working days, extension and answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services import appeals as appeals_service
from inspector_desk.services.appeals import AppealInput
from inspector_desk.services.base import ChangeSet
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.dialog_parts import ok_cancel, stack
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.forms import FieldErrors, TabbingDateEdit, error_label, to_date
from inspector_desk.ui.i18n import fmt_date
from inspector_desk.ui.icons import icon
from inspector_desk.ui.pages import Page
from inspector_desk.ui.rows import Column, RowsModel, data_table, record_at

translate = QCoreApplication.translate
PAGE = 500


def _days_left(row: Any) -> str:
    if row.answered_on is not None:
        return translate("AppealsPage", "answered %1").replace("%1", fmt_date(row.answered_on))
    if row.working_days_left is None:
        return ""
    if row.working_days_left < 0:
        return translate("AppealsPage", "%1 working d overdue").replace("%1", str(-row.working_days_left))
    return translate("AppealsPage", "%1 working d").replace("%1", str(row.working_days_left))


class AppealsPage(Page):
    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appeals_page")
        self._ctx = ctx
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.include_answered = QCheckBox()
        self.include_answered.toggled.connect(lambda _c: self.load())
        self.new_button = QPushButton(icon("add"), "")
        self.new_button.setObjectName("new_appeal")
        self.new_button.clicked.connect(self.new_appeal)
        self.model = RowsModel(
            [
                Column(
                    lambda: translate("AppealsPage", "Received"),
                    lambda r: fmt_date(r.received_on),
                    lambda r: r.received_on,
                ),
                Column(lambda: translate("AppealsPage", "Applicant"), lambda r: r.applicant_name),
                Column(lambda: translate("AppealsPage", "Subject"), lambda r: r.subject),
                Column(
                    lambda: translate("AppealsPage", "Status"),
                    lambda r: labels.label(labels.appeal_statuses(), r.status),
                ),
                Column(
                    lambda: translate("AppealsPage", "Deadline"),
                    lambda r: fmt_date(r.due_on),
                    lambda r: r.due_on,
                ),
                Column(
                    lambda: translate("AppealsPage", "Left"),
                    _days_left,
                    lambda r: r.working_days_left if r.working_days_left is not None else 9999,
                    alarm=True,
                ),
                Column(lambda: translate("AppealsPage", "Officer"), lambda r: r.officer_name),
            ],
            row_id=lambda r: r.id,
            alarm=lambda r: r.overdue and r.answered_on is None,
        )
        self.view = data_table(self.model, name="appeals_table")
        self.view.activated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.include_answered)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Appeals"))
        self.include_answered.setText(self.tr("Show answered"))
        self.new_button.setText(self.tr("Register appeal"))
        self.new_button.setToolTip(self.tr("Register an appeal received at the beat"))
        self.model.retranslate()

    def load(self) -> None:
        actor, on, answered = self._ctx.actor, self._ctx.today(), self.include_answered.isChecked()
        self._ctx.run(
            self,
            lambda db: appeals_service.appeals_by_deadline(
                db, actor, on=on, include_answered=answered, limit=PAGE
            ),
            success=lambda page: self.model.set_rows(page.rows),
            failure=lambda e: show_error(self, e, context="appeals"),
            key=f"appeals-{id(self)}",
        )

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self._activated and "appeals" in changes.kinds:
            self.load()

    def _open(self, index: QModelIndex) -> None:
        row = record_at(self.view, index)
        if row is not None and self._ctx.nav is not None:
            self._ctx.nav.open_appeal(row.id)

    def new_appeal(self) -> None:
        dialog = NewAppealDialog(self._ctx, self)
        dialog.exec()


class NewAppealDialog(QDialog):
    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.errors = FieldErrors()
        today = ctx.today()
        self.received_on = TabbingDateEdit(QDate(today.year, today.month, today.day))
        self.received_on.setCalendarPopup(True)
        self.applicant_name = QLineEdit()
        self.applicant_contact = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        form = QFormLayout()
        self._captions: dict[str, QLabel] = {}
        for name in ("received_on", "applicant_name", "applicant_contact", "subject", "body"):
            widget = getattr(self, name)
            caption = QLabel()
            caption.setBuddy(widget)
            self._captions[name] = caption
            form.addRow(caption, self.errors.boxed(name, widget))
        self.form_error = error_label("form")
        self.errors.fallback = self.form_error
        self.buttons = ok_cancel(self, self.save, QDialogButtonBox.StandardButton.Save)
        stack(self, form, self.form_error, self.buttons)
        self.setWindowTitle(self.tr("Register appeal"))
        texts = {
            "received_on": self.tr("&Received"),
            "applicant_name": self.tr("&From whom"),
            "applicant_contact": self.tr("&Contact"),
            "subject": self.tr("&Subject"),
            "body": self.tr("&Text"),
        }
        for name, text in texts.items():
            self._captions[name].setText(text)
            getattr(self, name).setAccessibleName(text.replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.resize(520, 420)

    def save(self) -> None:
        beat = self._ctx.home_beat
        if beat is None:
            return
        self.errors.clear()
        data = AppealInput(
            beat_id=beat,
            received_on=to_date(self.received_on.date()),
            applicant_name=self.applicant_name.text(),
            applicant_contact=self.applicant_contact.text() or None,
            subject=self.subject.text(),
            body=self.body.toPlainText() or None,
        )
        actor, today = self._ctx.actor, self._ctx.today()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.errors.show(error)
            else:
                show_error(self, error, context="record_appeal")

        self._ctx.run_write(
            self,
            lambda db: appeals_service.record_appeal(db, actor, data, today=today),
            success=lambda _o: self.accept(),
            failure=failed,
        )


class AppealPage(Page):
    """One appeal: who, what, the deadline and what is left of it; extend with a reason; answer."""

    back_requested = Signal()

    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appeal_page")
        self._ctx = ctx
        self.appeal_id: str | None = None
        self.view_data: Any = None
        self.back = QPushButton(icon("back"), "")
        self.back.clicked.connect(self.back_requested.emit)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = FieldErrors()
        self.new_deadline = TabbingDateEdit(QDate.currentDate())
        self.new_deadline.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.extend_button = QPushButton()
        self.extend_button.clicked.connect(self._extend)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setMaximumHeight(110)
        self.answer_button = QPushButton()
        self.answer_button.clicked.connect(self._answer)
        self._captions = {"new_deadline": QLabel(), "reason": QLabel(), "answer": QLabel()}
        form = QFormLayout()
        for name in ("new_deadline", "reason", "answer"):
            widget = getattr(self, name)
            box = QVBoxLayout()
            box.addWidget(widget)
            err = error_label(name)
            box.addWidget(err)
            self.errors.add(name, widget, err)
            self._captions[name].setBuddy(widget)
            form.addRow(self._captions[name], box)
        self.form_error = error_label("form")
        self.errors.fallback = self.form_error
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.title, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(head)
        layout.addWidget(self.details)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.back.setToolTip(self.tr("Back (Alt+Left)"))
        self._captions["new_deadline"].setText(self.tr("New &deadline"))
        self._captions["reason"].setText(self.tr("&Reason for extension"))
        self._captions["answer"].setText(self.tr("&Answer"))
        self.extend_button.setText(self.tr("Extend deadline"))
        self.answer_button.setText(self.tr("Record answer"))
        if self.view_data is not None:
            self._show(self.view_data)

    def open(self, appeal_id: str) -> None:
        self.appeal_id = appeal_id
        self.errors.clear()
        self.reason.clear()
        self.answer.clear()
        self.load()

    def load(self) -> None:
        if self.appeal_id is None:
            return
        actor, appeal_id, on = self._ctx.actor, self.appeal_id, self._ctx.today()
        self._ctx.run(
            self,
            lambda db: appeals_service.appeal(db, actor, appeal_id, on=on),
            success=self._show,
            failure=lambda e: show_error(self, e, context="appeal"),
            key=f"appeal-{id(self)}",
        )

    def _show(self, a: Any) -> None:
        self.view_data = a
        self.title.setText(a.subject)
        lines = [
            self.tr("From: %1").replace(
                "%1", a.applicant_name + (f" ({a.applicant_contact})" if a.applicant_contact else "")
            ),
            self.tr("Received: %1").replace("%1", fmt_date(a.received_on)),
            self.tr("Status: %1").replace("%1", labels.label(labels.appeal_statuses(), a.status)),
            self.tr("Deadline: %1").replace("%1", fmt_date(a.due_on)),
        ]
        if a.working_days_left is not None and a.answered_on is None:
            lines.append(self.tr("Working days left: %1").replace("%1", str(a.working_days_left)))
        if a.extension_reason:
            lines.append(self.tr("Extended: %1").replace("%1", a.extension_reason))
        if a.answer:
            lines.append(
                self.tr("Answer (%1): %2").replace("%1", fmt_date(a.answered_on)).replace("%2", a.answer)
            )
        if a.body:
            lines.append("")
            lines.append(a.body)
        self.details.setText("\n".join(lines))
        self.details.setStyleSheet("color: #b3261e;" if a.overdue and a.answered_on is None else "")
        open_ = a.answered_on is None
        for widget in (self.new_deadline, self.reason, self.extend_button, self.answer, self.answer_button):
            widget.setEnabled(open_)
        if open_:
            self.new_deadline.setDate(QDate(a.due_on.year, a.due_on.month, a.due_on.day))

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self.appeal_id is not None and self.appeal_id in changes.ids:
            self.load()

    def has_unsaved(self) -> bool:
        return bool(self.answer.toPlainText().strip() or self.reason.text().strip())

    def discard_pending(self) -> None:
        self.answer.clear()
        self.reason.clear()

    def save_pending(self) -> bool:
        if self.answer.toPlainText().strip():
            self._answer()
        elif self.reason.text().strip():
            self._extend()
        return False  # stay until the service confirms

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            show_error(self, error)

    def _extend(self) -> None:
        if self.appeal_id is None:
            return
        self.errors.clear()
        actor, appeal_id = self._ctx.actor, self.appeal_id
        deadline, reason = to_date(self.new_deadline.date()), self.reason.text()
        self._ctx.run_write(
            self,
            lambda db: appeals_service.extend_appeal(db, actor, appeal_id, deadline, reason),
            success=lambda _o: self.reason.clear(),
            failure=self._failed,
        )

    def _answer(self) -> None:
        if self.appeal_id is None:
            return
        self.errors.clear()
        actor, appeal_id, today = self._ctx.actor, self.appeal_id, self._ctx.today()
        text = self.answer.toPlainText()
        self._ctx.run_write(
            self,
            lambda db: appeals_service.answer_appeal(db, actor, appeal_id, text, today, today=today),
            success=lambda _o: self.answer.clear(),
            failure=self._failed,
        )
