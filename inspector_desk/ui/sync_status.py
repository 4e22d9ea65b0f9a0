"""The sync state in words: the status-bar widget, and the sentences shared with the Sync page
(online or offline, last successful sync in the locale's format, changes waiting, conflicts,
progress, and every error the engine can report said the way a user understands it)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from inspector_desk.sync.errors import SyncError
from inspector_desk.ui.i18n import fmt_datetime, fmt_int
from inspector_desk.ui.sync_controller import NEEDS_USER, SyncController, SyncState

if TYPE_CHECKING:
    from inspector_desk.sync.engine import SyncProgress  # the engine loads when a sync is set up

translate = QCoreApplication.translate

GREEN, AMBER, GREY, RED = "#2e8b57", "#c98a12", "#8a94a3", "#c0392b"


def when(value: datetime | None) -> str:
    """A stored time (UTC) in the laptop's local time and the locale's format."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return fmt_datetime(value)


def error_text(error: SyncError | None, state: SyncState) -> str:
    """What went wrong, in words: from the engine's error code, never its English message."""
    if error is None:
        return ""
    code = error.code
    detail = error.detail or ""
    if code == "offline":
        if state.network_down:
            return translate(
                "SyncStatus",
                "This laptop has no network connection. Changes are kept here and sent when it is back.",
            )
        return translate(
            "SyncStatus",
            "HQ cannot be reached (%1). Changes are kept on this laptop and sent when HQ answers.",
        ).replace("%1", state.hq_url)
    if code == "unauthorized":
        if "bad_credentials" in detail:
            return translate("SyncStatus", "The HQ login or password is wrong.")
        if "HTTP 429" in detail:
            return translate(
                "SyncStatus",
                "Too many wrong passwords: the HQ account is locked for a while. Try again later.",
            )
        return translate(
            "SyncStatus", "Your HQ session has ended (signed out or expired): sign in to HQ again to sync."
        )
    if code == "upgrade_required":
        return translate(
            "SyncStatus",
            "HQ needs a newer version of Inspector Desk: ask for an update. "
            "Your unsent changes stay on this laptop.",
        )
    if code == "revoked":
        return translate(
            "SyncStatus",
            "This account or laptop was revoked at HQ: its data has been removed from this laptop.",
        )
    if code == "password_reset":
        return translate(
            "SyncStatus",
            "Your password was reset at HQ: the data on this laptop was removed; sign in again with the "
            "new password to set it up from HQ.",
        )
    if code == "certificate":
        return translate(
            "SyncStatus",
            "HQ's certificate could not be verified, so nothing was sent. Tell your administrator "
            "(the HQ address may be wrong, or a certificate bundle must be configured).",
        )
    if code == "insecure":
        return translate(
            "SyncStatus",
            "HQ's address is not encrypted: use an address starting with https:// "
            "(plain http is allowed only to this computer).",
        )
    if code == "server_error":
        return translate("SyncStatus", "HQ had a problem handling the sync. It will be tried again shortly.")
    if code == "rejected":
        return translate(
            "SyncStatus", "HQ refused the sync request. Your changes are kept; tell your administrator."
        )
    if code == "cancelled":
        return translate("SyncStatus", "The sync was cancelled. What was done so far is kept.")
    return translate("SyncStatus", "The sync stopped on an unexpected problem. It will be tried again.")


def connection_text(state: SyncState) -> str:
    status = state.status
    if not state.configured:
        return translate("SyncStatus", "Offline")
    if state.running:
        return translate("SyncStatus", "Syncing…")
    if status is None:
        return translate("SyncStatus", "Connecting…")
    if not status.signed_in:
        return translate("SyncStatus", "Not signed in to HQ")
    if status.online and state.error is None and status.last_success is not None:
        return translate("SyncStatus", "Online, synced at %1").replace("%1", when(status.last_success))
    if status.online:
        return translate("SyncStatus", "Online")
    return translate("SyncStatus", "Offline")


def progress_text(progress: SyncProgress | None) -> str:
    if progress is None:
        return translate("SyncStatus", "Connecting to HQ…")
    if progress.phase == "push":
        return (
            translate("SyncStatus", "Sending changes: %1 of %2")
            .replace("%1", fmt_int(progress.done))
            .replace("%2", fmt_int(progress.total or progress.done))
        )
    if progress.phase in ("pull", "snapshot"):
        return translate("SyncStatus", "Receiving: %1 records").replace("%1", fmt_int(progress.done))
    if progress.phase == "reconcile":
        return translate("SyncStatus", "Checking this laptop against HQ…")
    if progress.phase == "done":
        return translate("SyncStatus", "Finishing…")
    return translate("SyncStatus", "Connecting to HQ…")


def counts_text(state: SyncState) -> str:
    status = state.status
    if status is None:
        return ""
    parts = []
    if status.pending_changes:
        parts.append(translate("SyncStatus", "To send: %1").replace("%1", fmt_int(status.pending_changes)))
    if state.conflicts:
        parts.append(translate("SyncStatus", "Conflicts: %1").replace("%1", fmt_int(state.conflicts)))
    return " · ".join(parts)


def state_color(state: SyncState) -> str:
    status = state.status
    if state.error is not None and state.error.code in NEEDS_USER:
        return RED
    if state.running:
        return AMBER
    if status is not None and status.online and status.signed_in and state.error is None:
        return GREEN
    return GREY


def no_hq_text() -> str:
    return translate(
        "SyncStatus",
        "No HQ address is set: this laptop works offline and keeps every change until it can sync.",
    )


class SyncStatusWidget(QWidget):
    """The status bar's sync area: a coloured dot, the state in words, counts, and progress.
    A click opens the Sync page (``clicked``)."""

    clicked = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.controller = controller
        self.dot = QLabel("●")
        self.label = QLabel()
        self.label.setObjectName("sync_state")
        self.label.setStyleSheet("color: #44505e;")
        self.counts = QLabel()
        self.counts.setObjectName("sync_counts")
        self.counts.setStyleSheet("color: #5f6b7a;")
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setFixedWidth(120)
        self.progress.setFixedHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        controller.changed.connect(self.update_view)
        self.update_view()

    def update_view(self) -> None:
        state = self.controller.state
        self.dot.setStyleSheet(f"color: {state_color(state)};")
        self.label.setText(connection_text(state))
        self.counts.setText(counts_text(state))
        self.counts.setVisible(bool(self.counts.text()))
        progress = state.progress
        self.progress.setVisible(state.running)
        if progress is not None and progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.done, progress.total))
        else:
            self.progress.setRange(0, 0)
        tips = []
        if not state.configured:
            tips.append(no_hq_text())
        else:
            tips.append(translate("SyncStatus", "HQ: %1").replace("%1", state.hq_url))
        if state.running:
            tips.append(progress_text(progress))
        problem = error_text(state.error, state)
        if problem:
            tips.append(problem)
        status = state.status
        if status is not None and status.last_success is not None:
            tips.append(
                translate("SyncStatus", "Last successful sync: %1").replace("%1", when(status.last_success))
            )
        tips.append(translate("SyncStatus", "Click to open the Sync page."))
        self.setToolTip("\n".join(tips))
        self.setAccessibleName(translate("SyncStatus", "Sync status: %1").replace("%1", self.label.text()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_view()
        super().changeEvent(event)
