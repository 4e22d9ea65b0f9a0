"""What the main window asks of each page it shows, and the placeholder for pages that arrive with
later issues (Reports, Sync)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector_desk.services.base import ChangeSet

translate = QCoreApplication.translate


class Page(QWidget):
    """A screen of the main window. Subclasses load on first ``activate`` and refresh from ChangeSets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activated = False

    def activate(self) -> None:
        """Called each time the page is shown; the first call loads its data."""
        if not self._activated:
            self._activated = True
            self.load()

    def load(self) -> None:
        """Fetch the page's data (in an operation)."""

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        """A write changed these records (``initiator``: the widget that asked for it); refresh what this
        page shows of them, and no more: reads of DV cases and cards are audited views."""

    def has_unsaved(self) -> bool:
        return False

    def save_pending(self) -> bool:
        """Start saving the unsaved edits; False when they cannot be saved as they stand."""
        return True

    def discard_pending(self) -> None:
        """Throw away unsaved edits."""

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderPage(Page):
    """A page whose screens arrive with a later issue; says so instead of showing nothing."""

    def __init__(self, which: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._which = which
        self._title = QLabel()
        self._title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setStyleSheet("color: #5f6b7a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        if self._which == "reports":
            self._title.setText(translate("PlaceholderPage", "Reports"))
            self._text.setText(translate("PlaceholderPage", "Arrives with the reports issue."))
        else:
            self._title.setText(translate("PlaceholderPage", "Sync"))
            self._text.setText(
                translate(
                    "PlaceholderPage",
                    "Arrives with the sync issue. Until then this laptop works offline and keeps every "
                    "change in its outbox.",
                )
            )
