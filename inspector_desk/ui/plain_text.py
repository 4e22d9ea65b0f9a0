"""Every label of the client shows its text as plain text.

A QLabel's default format (Qt.AutoText) renders anything that looks like markup as HTML: a resident
named "<b>x</b>", a note holding "<img src=...>" or "<a href=...>" would be drawn as markup, and could
pull in images or show links that were never typed as such. The client writes no markup into labels,
so a filter on the application turns every label that has not chosen a format to PlainText before it
is first shown (labels made by Qt's own dialogs, message boxes among them, included)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

_installed: list[QObject] = []


class PlainLabels(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QLabel)
            and watched.textFormat() == Qt.TextFormat.AutoText
        ):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def install_plain_labels() -> None:
    """Install the filter on the application (once per process)."""
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    plain = PlainLabels(app)
    app.installEventFilter(plain)
    _installed.append(plain)
