"""Signing this laptop in to HQ: HQ address, login and password. The work (HQ checks the password,
the laptop's account and beats are provisioned) runs off the GUI thread; the refresh token goes to
the OS keyring, or, where the computer has none, stays in memory for this run only (said here
before the person signs in; never written to a file)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from inspector_desk.sync.errors import SyncError
from inspector_desk.ui import dialog_parts as parts
from inspector_desk.ui.forms import ERROR_STYLE
from inspector_desk.ui.settings import HQ_URL
from inspector_desk.ui.sync_controller import OtherAccount, SyncController
from inspector_desk.ui.sync_status import error_text

if TYPE_CHECKING:
    from inspector_desk.sync.engine import SyncEngine  # the engine loads when a sync is set up

translate = QCoreApplication.translate
WARNING_STYLE = "color: #7a5200; background: #fff4d6; padding: 8px; border-radius: 4px;"


def keyring_text() -> str:
    return translate(
        "SyncSignIn",
        "This computer has no password store (keyring) Inspector Desk can use. You stay signed in to HQ "
        "only until the application closes, then you sign in again. Nothing is written to a file.",
    )


@dataclass(frozen=True, slots=True)
class SignInEntries:
    """What was typed to sign in at HQ; ``problem`` ("address" or "login", said in ``message``) is
    what must be fixed before HQ is asked."""

    url: str
    login: str
    password: str
    problem: str | None = None
    message: str = ""


def read_sign_in(address: QLineEdit, login: QLineEdit, password: QLineEdit) -> SignInEntries:
    url, name, secret = address.text().strip().rstrip("/"), login.text().strip(), password.text()
    if not url or HQ_URL.validate(url) is not None:
        message = translate("SyncSignIn", "HQ address: enter an address starting with https:// or http://")
        return SignInEntries(url, name, secret, "address", message)
    if not name or not secret:
        return SignInEntries(
            url, name, secret, "login", translate("SyncSignIn", "Enter your HQ login and password.")
        )
    return SignInEntries(url, name, secret)


class HqSignInDialog(QDialog):
    """``signed_in_url`` holds the address once HQ accepted the login."""

    def __init__(
        self, controller: SyncController, *, url: str = "", login: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hq_sign_in")
        self.controller = controller
        self.signed_in_url: str | None = None
        self.address = parts.hq_address_field(url or controller.state.hq_url, "hq_address")
        self.login, self.password = parts.credential_fields(login, "hq_login", "hq_password")
        no_keyring = bool(controller.state.keyring_warning) or self._no_keyring()
        self.warning = parts.message_label("keyring_warning", WARNING_STYLE, visible=no_keyring)
        self.error = parts.message_label("hq_sign_in_error", ERROR_STYLE)
        self._captions, form = parts.captioned_form(self.address, self.login, self.password)
        self.buttons = parts.ok_cancel(self, self.submit)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        parts.stack(self, self.intro, form, self.warning, self.error, self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        (self.password if self.address.text() and login else self.address).setFocus()

    def _no_keyring(self) -> bool:
        engine = self.controller.engine
        if engine is not None:
            return engine.transport.credentials.warning is not None
        from inspector_desk.sync.credentials import CredentialStore

        return CredentialStore("probe").warning is not None

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SyncSignIn", "Sign in to HQ"))
        self.intro.setText(
            translate(
                "SyncSignIn", "Sign in with your HQ account so this laptop can send and receive changes."
            )
        )
        self._captions[0].setText(translate("SyncSignIn", "HQ &address"))
        self._captions[1].setText(translate("SyncSignIn", "&Login"))
        self._captions[2].setText(translate("SyncSignIn", "&Password"))
        self.address.setAccessibleName(translate("SyncSignIn", "HQ address"))
        self.login.setAccessibleName(translate("SyncSignIn", "Login"))
        self.password.setAccessibleName(translate("SyncSignIn", "Password"))
        self.warning.setText(keyring_text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("SyncSignIn", "Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("SyncSignIn", "Cancel"))

    def submit(self) -> None:
        typed = read_sign_in(self.address, self.login, self.password)
        if typed.problem is not None:
            self._fail(typed.message)
            if typed.problem == "address":
                self.address.setFocus()
            return
        url, login, password = typed.url, typed.login, typed.password
        self.error.hide()
        self.buttons.setEnabled(False)
        op = self.controller.sign_in_op(url, login, password)
        self.controller.runner.run(
            self, op, success=lambda engine: self._done(engine, url), failure=lambda e: self._failed(e, url)
        )

    def _done(self, engine: SyncEngine, url: str) -> None:
        self.buttons.setEnabled(True)
        self.signed_in_url = url
        self.controller.signed_in(engine, url)
        self.accept()

    def _failed(self, error: BaseException, url: str) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, OtherAccount):
            message = translate(
                "SyncSignIn", "This laptop syncs for the person signed in on it: use the HQ account %1."
            ).replace("%1", error.login)
        elif isinstance(error, SyncError):
            message = error_text(error, replace(self.controller.state, hq_url=url))
        else:
            message = str(error)
        self._fail(translate("SyncSignIn", "Could not sign in to HQ: %1").replace("%1", message))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
