"""Passwords in the client: the "Change password" dialog (current, new, repeat; the rule in words; the
key is re-wrapped off the GUI thread) and the sentences the login window and the lock screen show for
a wrong password and for the unlock lockout ("Locked until 14:35 — 5 wrong passwords in a row")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.security.lockout import UnlockRefused
from inspector_desk.ui.dialog_parts import ok_cancel, stack
from inspector_desk.ui.errors import log, validation_text
from inspector_desk.ui.forms import FieldErrors, error_label
from inspector_desk.ui.operations import OperationRunner

translate = QCoreApplication.translate
ChangePassword = Callable[[str, str], None]


def lockout_text(error: BaseException) -> str | None:
    """The lockout in words, in the current language; None when ``error`` is not a lockout."""
    if not isinstance(error, UnlockRefused):
        return None
    until = error.until.astimezone().strftime("%H:%M")
    if error.reason == "clock":
        return translate(
            "Security",
            "This computer's clock reads earlier than the last unlock attempt (%1): correct the date and "
            "time, then try again.",
        ).replace("%1", error.until.astimezone().strftime("%Y-%m-%d %H:%M"))
    if error.reason == "tampered":
        return translate(
            "Security",
            "Locked until %1: the record of wrong passwords on this laptop was removed or altered, so "
            "Inspector Desk is locked as a precaution.",
        ).replace("%1", until)
    return (
        translate("Security", "Locked until %1 — %2 wrong passwords in a row. Try again after that time.")
        .replace("%1", until)
        .replace("%2", str(error.failures))
    )


def password_rule_text(error: ValidationError) -> str | None:
    """The password policy's and this dialog's rules in words; None for another rule."""
    texts = {
        "password.too_short": translate("Security", "The password needs at least 10 characters."),
        "password.too_long": translate("Security", "The password may have at most 256 characters."),
        "password.classes": translate(
            "Security",
            "The password must mix at least three of: lower-case letters, upper-case letters, digits, "
            "symbols.",
        ),
        "password.contains_login": translate("Security", "The password must not contain your login."),
        "password.unchanged": translate("Security", "The new password must differ from the current one."),
        "password.repeat": translate("Security", "The two new passwords differ."),
        "password.wrong_current": translate("Security", "The current password is wrong."),
    }
    return texts.get(error.rule)


def sign_in_error_text(error: BaseException) -> str | None:
    """A refused unlock in words: the lockout, or a wrong password with the attempts left."""
    locked = lockout_text(error)
    if locked is not None:
        return locked
    left = getattr(error, "attempts_left", None)
    if isinstance(error, ValidationError) and error.rule == "login.wrong_password" and isinstance(left, int):
        return translate(
            "Security", "The password is wrong. %1 more wrong attempt(s) lock Inspector Desk for 30 minutes."
        ).replace("%1", str(left))
    return None


class ChangePasswordDialog(QDialog):
    """Asks for the current password and the new one twice; ``change(current, new)`` re-wraps the
    key (raising ValidationError on a wrong current password or a new one that breaks the rule)."""

    def __init__(self, change: ChangePassword, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self._change = change
        self._runner = OperationRunner(None, max_threads=1, parent=self)
        self.errors = FieldErrors()
        self.current = self._field("current_password")
        self.new = self._field("new_password")
        self.repeat = self._field("repeat_password")
        self.rule = QLabel()
        self.rule.setObjectName("password_rule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #4a5768;")
        self.general = error_label("password_general")
        self.errors.fallback = self.general
        form = QFormLayout()
        self._captions = [QLabel(), QLabel(), QLabel()]
        for caption, name, edit in zip(
            self._captions,
            ("current_password", "new_password", "repeat_password"),
            (self.current, self.new, self.repeat),
            strict=True,
        ):
            caption.setBuddy(edit)
            box = QVBoxLayout()
            box.addWidget(edit)
            box.addWidget(self.errors.label(name))
            form.addRow(caption, box)
        self.buttons = ok_cancel(self, self.submit)
        stack(self, self.rule, form, self.general, self.buttons)
        self.retranslate()
        self.setMinimumWidth(460)
        self.current.setFocus()

    def _field(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add(name, edit, error_label(name))
        return edit

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.rule.setText(
            self.tr(
                "The new password needs at least 10 characters and at least three of: lower-case "
                "letters, upper-case letters, digits, symbols; it must not contain your login. "
                "The database is not re-encrypted: only its key is locked with the new password."
            )
        )
        for caption, text in zip(
            self._captions,
            (self.tr("&Current password"), self.tr("&New password"), self.tr("&Repeat the new password")),
            strict=True,
        ):
            caption.setText(text)
        self.current.setAccessibleName(self.tr("Current password"))
        self.new.setAccessibleName(self.tr("New password"))
        self.repeat.setAccessibleName(self.tr("Repeat the new password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _show(self, error: ValidationError) -> None:
        text = password_rule_text(error) or lockout_text(error) or validation_text(error)
        field = error.field if error.field in ("current_password", "new_password", "repeat_password") else ""
        if error.field == "password":
            field = "current_password"
        if field:
            self.errors.set(field, text, error.rule)
            self.adjustSize()  # the message wraps under its field: make room for it
            self.errors_focus(field)
        else:
            self.general.setText(text)
            self.general.show()
            self.adjustSize()

    def errors_focus(self, field: str) -> None:
        {"current_password": self.current, "new_password": self.new, "repeat_password": self.repeat}[
            field
        ].setFocus()

    def submit(self) -> None:
        self.errors.clear()
        current, new = self.current.text(), self.new.text()
        if not current:
            self._show(ValidationError("current_password", "required", "required"))
            return
        if new != self.repeat.text():
            self._show(ValidationError("repeat_password", "password.repeat", "the two new passwords differ"))
            return
        self.buttons.setEnabled(False)
        change = self._change
        self._runner.run(self, lambda _db: change(current, new), success=self._done, failure=self._failed)

    def _done(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        QMessageBox.information(
            self,
            self.tr("Change password"),
            self.tr("Your password was changed. Use the new password to unlock Inspector Desk from now on."),
        )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        log.info("password change refused: %s", error)
        if isinstance(error, ValidationError):
            self._show(error)
        else:
            self.general.setText(str(error))
            self.general.show()

    def done(self, result: int) -> None:
        self._runner.shutdown()
        super().done(result)
