"""The Sync page: the laptop's sync state in full (connection, HQ address and account, last
successful sync, changes waiting, conflicts, progress, the last problem in words), "Sync now",
signing in to and out of HQ, and the conflicts screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.services.base import ChangeSet
from inspector_desk.ui.conflicts import ConflictsPanel
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.forms import ERROR_STYLE
from inspector_desk.ui.i18n import fmt_int
from inspector_desk.ui.pages import Page
from inspector_desk.ui.settings import HQ_URL
from inspector_desk.ui.sync_controller import NEEDS_USER, SyncController
from inspector_desk.ui.sync_signin import WARNING_STYLE, HqSignInDialog, keyring_text
from inspector_desk.ui.sync_status import (
    connection_text,
    error_text,
    no_hq_text,
    progress_text,
    state_color,
    when,
)

translate = QCoreApplication.translate


class SyncPage(Page):
    def __init__(
        self,
        ctx: ClientContext,
        controller: SyncController,
        sync_action: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_page")
        self.ctx = ctx
        self.controller = controller
        self.sync_action = sync_action
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.connection = QLabel()
        self.connection.setObjectName("sync_connection")
        self.connection.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.values = {
            name: QLabel()
            for name in ("address", "account", "last_success", "pending", "conflicts", "next_attempt")
        }
        for name, label in self.values.items():
            label.setObjectName(f"sync_{name}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions = {name: QLabel() for name in self.values}
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        for name, label in self.values.items():
            form.addRow(self.captions[name], label)
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_page_progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("sync_progress_text")
        self.problem = QLabel()
        self.problem.setObjectName("sync_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.warning = QLabel()
        self.warning.setObjectName("sync_keyring_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_sync")
        self.cancel_button.clicked.connect(controller.cancel)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("hq_sign_in_button")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("hq_sign_out_button")
        self.sign_out_button.clicked.connect(controller.sign_out)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.cancel_button, self.sign_in_button, self.sign_out_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.conflicts = ConflictsPanel(ctx, controller)
        top = QVBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.connection)
        top.addLayout(form)
        top.addWidget(self.progress)
        top.addWidget(self.progress_label)
        top.addWidget(self.problem)
        top.addWidget(self.warning)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.conflicts, 1)
        controller.changed.connect(self.update_view)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("SyncPage", "Sync with HQ"))
        captions = {
            "address": translate("SyncPage", "HQ address"),
            "account": translate("SyncPage", "HQ account"),
            "last_success": translate("SyncPage", "Last successful sync"),
            "pending": translate("SyncPage", "Changes waiting to be sent"),
            "conflicts": translate("SyncPage", "Conflicts waiting"),
            "next_attempt": translate("SyncPage", "Next automatic attempt"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        keys = ""
        if self.sync_action is not None:
            keys = self.sync_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.sync_button.setText(translate("SyncPage", "Sync now") + (f" ({keys})" if keys else ""))
        self.cancel_button.setText(translate("SyncPage", "Stop"))
        self.sign_in_button.setText(translate("SyncPage", "Sign in to HQ…"))
        self.sign_out_button.setText(translate("SyncPage", "Sign out of HQ"))
        self.warning.setText(keyring_text())
        self.update_view()

    def load(self) -> None:
        self.controller.refresh()
        self.conflicts.load()

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self._activated and initiator is self.controller:
            self.conflicts.load()

    def update_view(self) -> None:
        state = self.controller.state
        status = state.status
        self.connection.setText(connection_text(state))
        self.connection.setStyleSheet(f"font-size: 12pt; font-weight: 600; color: {state_color(state)};")
        dash = "—"
        self.values["address"].setText(state.hq_url or translate("SyncPage", "not set"))
        self.values["account"].setText(
            state.account
            or (
                translate("SyncPage", "signed in")
                if state.signed_in
                else translate("SyncPage", "not signed in")
            )
        )
        last = status.last_success if status is not None else None
        self.values["last_success"].setText(when(last) if last else translate("SyncPage", "never"))
        self.values["pending"].setText(fmt_int(status.pending_changes) if status else dash)
        self.values["conflicts"].setText(fmt_int(state.conflicts) if status else dash)
        self.values["next_attempt"].setText(self._next_attempt())
        self.progress.setVisible(state.running)
        self.progress_label.setVisible(state.running)
        progress = state.progress
        if progress is not None and progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.done, progress.total))
        else:
            self.progress.setRange(0, 0)
        self.progress_label.setText(progress_text(progress))
        problem = error_text(state.error, state) if state.configured else no_hq_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.problem.setStyleSheet(ERROR_STYLE if state.configured else "color: #5f6b7a;")
        self.warning.setVisible(bool(state.keyring_warning))
        engine_ready = self.controller.engine is not None
        self.sync_button.setEnabled(engine_ready and state.signed_in and not state.running)
        self.cancel_button.setVisible(state.running)
        self.sign_in_button.setVisible(not state.signed_in)
        self.sign_out_button.setVisible(state.signed_in)
        self.sign_out_button.setEnabled(not state.running)

    def _next_attempt(self) -> str:
        state = self.controller.state
        status = state.status
        if not state.configured or status is None or not status.signed_in:
            return "—"
        if state.running:
            return translate("SyncPage", "syncing now")
        if status.error_code in NEEDS_USER or math.isinf(status.next_attempt_in):
            return translate("SyncPage", "after you act on the problem below")
        seconds = int(status.next_attempt_in) if status.error_code else 0
        if seconds <= 0:
            return translate("SyncPage", "on the next change, or within 5 minutes")
        return translate("SyncPage", "in %1 s (retrying after a failure)").replace("%1", fmt_int(seconds))

    # -- actions ------------------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.controller.sync_now()

    def sign_in(self) -> HqSignInDialog:
        before = self.controller.state.hq_url
        dialog = HqSignInDialog(self.controller, url=before, login=self.controller.own_login(), parent=self)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._remember(dialog.signed_in_url, before))
        dialog.show()
        return dialog

    def _remember(self, url: str | None, before: str) -> None:
        # A new address is kept for the next start; the one already in use (from the settings,
        # or the demo's local HQ given at start) is not written again.
        if url and url != before:
            self.ctx.settings.set(HQ_URL, url)
        self.conflicts.load()
