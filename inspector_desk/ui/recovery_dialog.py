"""Shown when the laptop's database is found damaged or altered on unlock: what happened, what a clean
re-sync from HQ does (the damaged files are kept aside under a dated name, nothing is deleted; a new
database is filled from HQ; changes never sent to HQ cannot be taken over), and the button that does
it off the GUI thread. ``restore(hq_url)`` is given by the composition root (inspector_desk/app.py,
through inspector_desk/recovery.py) and returns what the login window returns: (database, actor)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from inspector_desk.ui.dialog_parts import WorkingDialog, message_label, ok_cancel, stack
from inspector_desk.ui.errors import log
from inspector_desk.ui.forms import ERROR_STYLE
from inspector_desk.ui.icons import icon

Restore = Callable[[str], tuple[Any, Any]]


class RecoveryDialog(WorkingDialog):
    """``result_value`` holds (database, actor) once the restore from HQ succeeded."""

    def __init__(
        self, detail: str, restore: Restore, hq_url: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self._restore = restore
        self.result_value: tuple[Any, Any] | None = None
        self.logo = QLabel()
        self.logo.setPixmap(icon("lock").pixmap(40, 40))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("recovery_explanation")
        self.explanation.setWordWrap(True)
        self.detail = QLabel(detail)
        self.detail.setObjectName("recovery_detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #4a5768; font-size: 90%;")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hq_url = QLineEdit(hq_url)
        self.hq_url.setObjectName("recovery_hq_url")
        self._hq_caption = QLabel()
        self._hq_caption.setBuddy(self.hq_url)
        self.status = QLabel()
        self.status.setObjectName("recovery_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.error = message_label("recovery_error", ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self._hq_caption, self.hq_url)
        self.buttons = ok_cancel(self, self.submit)
        parts = (self.logo, self.heading, self.explanation, self.detail, form, self.status, self.error)
        stack(self, *parts, self.buttons, margins=(24, 20, 24, 16))
        self.retranslate()
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The database is damaged"))
        self.heading.setText(self.tr("The database on this laptop is damaged or was altered"))
        self.explanation.setText(
            self.tr(
                "Your password is right, but the database file no longer reads back as it was "
                "written: it was changed outside Inspector Desk, cut short, or replaced. Its data "
                "cannot be trusted.\n\n"
                "Inspector Desk can set this laptop up again from HQ: the damaged files are kept aside "
                "under a dated name (nothing is deleted), a new database is made, locked with your "
                "password, and filled from HQ. Changes that were never sent to HQ cannot be taken over. "
                "This needs a connection to HQ."
            )
        )
        self._hq_caption.setText(self.tr("&HQ server address"))
        self.hq_url.setAccessibleName(self.tr("HQ server address"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore from HQ"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))

    def submit(self) -> None:
        url = self.hq_url.text().strip()
        if not url.startswith(("https://", "http://")):
            self._fail(self.tr("Enter HQ's address, starting with https://"))
            return
        self.error.hide()
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Restoring from HQ… this can take a few minutes."))
        self.status.show()
        restore = self._restore
        self._runner.run(self, lambda _db: restore(url), success=self._done, failure=self._failed)

    def _done(self, value: tuple[Any, Any]) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, error: BaseException) -> None:
        log.warning("restore from HQ failed: %s", error)
        self.buttons.setEnabled(True)
        self.status.hide()
        message = getattr(error, "message", None) or str(error)
        self._fail(
            self.tr("The restore did not complete; the damaged files were left as they were: %1").replace(
                "%1", message
            )
        )
