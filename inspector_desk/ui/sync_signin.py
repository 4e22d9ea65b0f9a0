"""Signing this laptop in to HQ: HQ address, login and password. The work (HQ checks the password,
the laptop's account and beats are provisioned) runs off the GUI thread; the refresh token goes to
the OS keyring, or, where the computer has none, stays in memory for this run only (said here
before the person signs in; never written to a file)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.sync.errors import SyncError
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


class HqSignInDialog(QDialog):
    """``signed_in_url`` holds the address once HQ accepted the login."""

    def __init__(
        self, controller: SyncController, *, url: str = "", login: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hq_sign_in")
        self.controller = controller
        self.signed_in_url: str | None = None
        self.address = QLineEdit(url or controller.state.hq_url)
        self.address.setObjectName("hq_address")
        self.address.setPlaceholderText("https://hq.example.kz")
        self.login = QLineEdit(login)
        self.login.setObjectName("hq_login")
        self.password = QLineEdit()
        self.password.setObjectName("hq_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.warning = QLabel()
        self.warning.setObjectName("keyring_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(bool(controller.state.keyring_warning) or self._no_keyring())
        self.error = QLabel()
        self.error.setObjectName("hq_sign_in_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._captions = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for caption, field in zip(self._captions, (self.address, self.login, self.password), strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
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
        url = self.address.text().strip().rstrip("/")
        login, password = self.login.text().strip(), self.password.text()
        problem = HQ_URL.validate(url) if url else "empty"
        if problem is not None:
            self._fail(
                translate("SyncSignIn", "HQ address: enter an address starting with https:// or http://")
            )
            self.address.setFocus()
            return
        if not login or not password:
            self._fail(translate("SyncSignIn", "Enter your HQ login and password."))
            return
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
