"""The sign-in window shown before the client: login and password, the demo hint, and the unlock itself
(key derivation and opening the encrypted file take a moment) run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from inspector_desk.domain.errors import ValidationError
from inspector_desk.ui.dialog_parts import (
    WorkingDialog,
    app_header,
    captioned_form,
    credential_fields,
    message_label,
    ok_cancel,
    stack,
)
from inspector_desk.ui.errors import log, validation_text
from inspector_desk.ui.forms import ERROR_STYLE
from inspector_desk.ui.password_dialog import sign_in_error_text

Unlock = Callable[[str, str], tuple[Any, Any]]
OnFailure = Callable[[QWidget, BaseException, str, str], "tuple[Any, Any] | None"]


class LoginDialog(WorkingDialog):
    """``result_value`` holds what ``unlock`` returned once it succeeded."""

    def __init__(
        self,
        unlock: Unlock,
        *,
        hint: str = "",
        login: str = "",
        demo: tuple[Sequence[str], str] | None = None,
        parent: QWidget | None = None,
        demo_hq: str = "",
        on_failure: OnFailure | None = None,
        refusal: Callable[[], BaseException | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self._unlock = unlock
        # Given a failure it can do something about (a damaged store: restore it from HQ), returns
        # what ``unlock`` would have; None: the failure is shown here as usual.
        self._on_failure = on_failure
        self._attempt: tuple[str, str] = ("", "")
        # The demo's accounts and password: the hint is written in the UI's language.
        self._demo = demo
        self._demo_hq = demo_hq  # the address of the demo's local HQ, when it runs
        self.result_value: tuple[Any, Any] | None = None
        self.logo, self.heading = app_header()
        self.login, self.password = credential_fields(login, "login", "password")
        self.hint = QLabel(hint)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #2b4a6f; background: #eef3f9; padding: 8px; border-radius: 4px;")
        self.hint.setVisible(bool(hint) or demo is not None)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = message_label("login_error", ERROR_STYLE)
        (self._login_caption, self._password_caption), form = captioned_form(self.login, self.password)
        self.buttons = ok_cancel(self, self.submit)
        parts = (self.logo, self.heading, self.hint, form, self.error, self.buttons)
        stack(self, *parts, margins=(28, 24, 28, 20), spacing=10)
        self.retranslate()
        (self.password if login else self.login).setFocus()
        # Still locked from an earlier run (the unlock lockout): said before anyone types.
        refused = refusal() if refusal is not None else None
        if refused is not None:
            self._fail(sign_in_error_text(refused) or str(refused))
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector Desk — sign in"))
        self.heading.setText(self.tr("Inspector Desk"))
        self._login_caption.setText(self.tr("&Login"))
        self._password_caption.setText(self.tr("&Password"))
        self.login.setAccessibleName(self.tr("Login"))
        self.password.setAccessibleName(self.tr("Password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        if self._demo is not None:
            logins, password = self._demo
            self.hint.setText(
                self.tr("Demo beat: sign in as %1 with the password %2")
                .replace("%1", self.tr(" or ").join(logins))
                .replace("%2", password)
            )
            if self._demo_hq:
                self.hint.setText(
                    self.hint.text()
                    + "\n"
                    + self.tr(
                        "A local HQ is running at %1: this laptop syncs with it after you sign in."
                    ).replace("%1", self._demo_hq)
                )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self._fail(self.tr("Enter your login and password."))
            return
        self.error.hide()
        self.buttons.setEnabled(False)
        self.heading.setText(self.tr("Unlocking…"))
        self._attempt = (login, password)
        unlock = self._unlock
        self._runner.run(self, lambda _db: unlock(login, password), success=self._done, failure=self._failed)

    def _done(self, value: tuple[Any, Any]) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, error: BaseException) -> None:
        log.info("sign-in refused: %s", error)
        attempt, self._attempt = self._attempt, ("", "")
        if self._on_failure is not None:
            value = self._on_failure(self, error, *attempt)
            if value is not None:
                self._done(value)
                return
        self.buttons.setEnabled(True)
        self.retranslate()
        self.password.clear()
        self.password.setFocus()
        known = sign_in_error_text(error)
        if known is not None:
            message = known
        elif isinstance(error, ValidationError):
            message = validation_text(error)
        else:
            message = str(error).strip() or self.tr("The login or password is wrong.")
        self._fail(self.tr("Could not sign in: %1").replace("%1", message))
