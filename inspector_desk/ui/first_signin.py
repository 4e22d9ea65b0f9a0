"""The first sign-in on a laptop that has no Inspector Desk data yet: HQ address, login, password
(and, where the organisation runs its own certificate authority, its CA bundle). The work is given by
the composition root (inspector_desk/first_run.py through app.py): sign in at HQ, make the encrypted
database locked with the same password and fill it from HQ. It runs off the GUI thread with its
progress shown; Cancel stops it, and a failure is said in words with nothing left on the laptop, so
the person can correct the address or password and try again."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.security.tls import TlsSetupError, set_ca_bundle
from inspector_desk.sync.engine import ProgressCb, SyncProgress
from inspector_desk.sync.errors import SyncError
from inspector_desk.ui.dialog_parts import (
    WorkingDialog,
    app_header,
    captioned_form,
    credential_fields,
    hq_address_field,
    message_label,
    ok_cancel,
    stack,
)
from inspector_desk.ui.errors import log
from inspector_desk.ui.forms import ERROR_STYLE
from inspector_desk.ui.i18n import fmt_int
from inspector_desk.ui.password_dialog import password_rule_text
from inspector_desk.ui.sync_controller import SyncState
from inspector_desk.ui.sync_signin import WARNING_STYLE, keyring_text, read_sign_in
from inspector_desk.ui.sync_status import error_text

translate = QCoreApplication.translate

# (HQ address, login, password, progress callback, cancel event) -> what the window opens with.
Provision = Callable[[str, str, str, ProgressCb, threading.Event], Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits on it and Qt queues the call."""

    progressed = Signal(object)


def failure_text(error: BaseException, url: str) -> str:
    """Why the first sign-in did not complete, in words (nothing was kept on the laptop)."""
    if isinstance(error, ValidationError) and error.rule.startswith("password."):
        rule = password_rule_text(error) or error.message
        return translate(
            "FirstSignIn",
            "HQ accepted your password, but this laptop locks its data only with a stronger one: %1 "
            "Change your password at HQ (or ask your administrator), then sign in here again.",
        ).replace("%1", rule)
    if isinstance(error, TlsSetupError):
        return translate("FirstSignIn", "The CA bundle cannot be used: %1").replace("%1", str(error))
    if isinstance(error, SyncError):
        if error.code == "cancelled":
            return translate("FirstSignIn", "Cancelled. Nothing was kept on this laptop.")
        if error.code == "certificate":
            return translate(
                "FirstSignIn",
                "HQ's certificate at %1 is not trusted, so nothing was sent. Check the address, or "
                "choose your organisation's CA bundle (ask your administrator).",
            ).replace("%1", url)
        if error.code == "offline":
            return translate(
                "FirstSignIn",
                "HQ cannot be reached at %1. Check the address and the network connection, then try again.",
            ).replace("%1", url)
        return error_text(error, SyncState(hq_url=url))
    return str(error)


def progress_text(step: SyncProgress) -> str:
    if step.phase == "connect":
        return translate("FirstSignIn", "Signing in at HQ and preparing the encrypted database…")
    if step.phase == "snapshot":
        return translate("FirstSignIn", "Receiving your data from HQ: %1 records so far…").replace(
            "%1", fmt_int(step.done)
        )
    if step.phase == "done":
        return translate("FirstSignIn", "Done: opening Inspector Desk…")
    return translate("FirstSignIn", "Bringing the data up to date…")


class FirstSignInDialog(WorkingDialog):
    """``result_value`` holds what ``provision`` returned once it succeeded."""

    def __init__(
        self,
        provision: Provision,
        *,
        hq_url: str = "",
        login: str = "",
        ca_bundle: str = "",
        discard: Callable[[Any], None] | None = None,
        no_keyring: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_sign_in")
        self._provision = provision
        self._discard = discard  # undoes a result that arrives after Cancel was pressed
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._cancel = threading.Event()
        self._busy = False
        self._url = ""
        self.result_value: Any = None
        self.logo, self.heading = app_header()
        self.intro = QLabel()
        self.intro.setObjectName("first_sign_in_intro")
        self.intro.setWordWrap(True)
        self.address = hq_address_field(hq_url, "first_hq_address")
        self.login, self.password = credential_fields(login, "first_login", "first_password")
        self.ca_bundle = QLineEdit(ca_bundle)
        self.ca_bundle.setObjectName("first_ca_bundle")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_ca_bundle)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.browse)
        self._captions, form = captioned_form(self.address, self.login, self.password)
        self._captions.append(QLabel())
        self._captions[3].setBuddy(self.ca_bundle)
        form.addRow(self._captions[3], ca_row)
        self.warning = message_label("first_keyring_warning", WARNING_STYLE, visible=no_keyring)
        self.status = QLabel()
        self.status.setObjectName("first_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("first_progress")
        self.progress.setRange(0, 0)  # the size of the beat is not known in advance
        self.progress.setTextVisible(False)
        self.status.hide()
        self.progress.hide()
        self.error = message_label("first_error", ERROR_STYLE)
        self.buttons = ok_cancel(self, self.submit)
        parts = (self.logo, self.heading, self.intro, form, self.warning, self.status, self.progress)
        stack(self, *parts, self.error, self.buttons, margins=(28, 24, 28, 20))
        self.retranslate()
        self.setMinimumWidth(560)
        (self.password if hq_url and login else self.login if hq_url else self.address).setFocus()

    # -- text -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FirstSignIn", "Inspector Desk — first sign-in"))
        self.heading.setText(translate("FirstSignIn", "Set up this laptop"))
        self.intro.setText(
            translate(
                "FirstSignIn",
                "This laptop has no Inspector Desk data yet. Sign in once with your HQ account: your "
                "data is copied from HQ and locked with your password. After that, Inspector Desk opens "
                "with the same password, also without a connection to HQ.",
            )
        )
        captions = (
            translate("FirstSignIn", "HQ &address"),
            translate("FirstSignIn", "&Login"),
            translate("FirstSignIn", "&Password"),
            translate("FirstSignIn", "&CA bundle (optional)"),
        )
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self.address.setAccessibleName(translate("FirstSignIn", "HQ address"))
        self.login.setAccessibleName(translate("FirstSignIn", "Login"))
        self.password.setAccessibleName(translate("FirstSignIn", "Password"))
        self.ca_bundle.setAccessibleName(translate("FirstSignIn", "CA bundle"))
        self.ca_bundle.setPlaceholderText(
            translate("FirstSignIn", "Only if your administrator gave you one (.pem)")
        )
        self.browse.setText(translate("FirstSignIn", "Choose…"))
        self.warning.setText(keyring_text())
        self._button_texts()

    def _button_texts(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("FirstSignIn", "Sign in"))
        cancel = translate("FirstSignIn", "Cancel") if self._busy else translate("FirstSignIn", "Quit")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the work ---------------------------------------------------------------------------------

    def _choose_ca_bundle(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("FirstSignIn", "CA bundle"), "", "PEM (*.pem *.crt *.cer);;* (*)"
        )
        if chosen:
            self.ca_bundle.setText(chosen)

    def submit(self) -> None:
        if self._busy:
            return
        typed = read_sign_in(self.address, self.login, self.password)
        if typed.problem is not None:
            self._fail(typed.message)
            (
                self.address if typed.problem == "address" else self.password if typed.login else self.login
            ).setFocus()
            return
        url, login, password = typed.url, typed.login, typed.password
        set_ca_bundle(self.ca_bundle.text())
        self.error.hide()
        self._set_busy(True)
        self._url = url
        self._cancel = threading.Event()
        cancel, relay, provision = self._cancel, self._relay, self._provision
        self._on_progress(SyncProgress("connect", 0, None, ""))

        def work(_db: Any) -> Any:
            return provision(url, login, password, relay.progressed.emit, cancel)

        self._runner.run(self, work, success=self._done, failure=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for field in (self.address, self.login, self.password, self.ca_bundle, self.browse):
            field.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.status.setVisible(busy)
        self.progress.setVisible(busy)
        self._button_texts()
        self.adjustSize()  # room for the progress (or the message) without squeezing the fields

    def _on_progress(self, step: SyncProgress) -> None:
        if self._busy and not self._cancel.is_set():
            self.status.setText(progress_text(step))

    def reject(self) -> None:
        """Cancel while working stops the work (the dialog stays, to try again); otherwise Quit."""
        if self._busy:
            self._cancel.set()
            self.status.setText(translate("FirstSignIn", "Cancelling…"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
            return
        super().reject()

    def _done(self, value: Any) -> None:
        if self._cancel.is_set():  # finished just as Cancel was pressed: the person said no
            if self._discard is not None:
                self._discard(value)
            self._finish_failed(translate("FirstSignIn", "Cancelled. Nothing was kept on this laptop."))
            return
        self._busy = False
        self.result_value = value
        self.accept()

    def _failed(self, error: BaseException) -> None:
        log.info("first sign-in did not complete: %s", error)
        self._finish_failed(failure_text(error, self._url))

    def _finish_failed(self, message: str) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        self._fail(message)

    def _fail(self, text: str) -> None:
        super()._fail(text)
        self.adjustSize()

    def done(self, result: int) -> None:
        self._cancel.set()  # closing the window while working stops the work (and removes its files)
        super().done(result)
