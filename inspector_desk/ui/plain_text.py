"""Every label of the client shows its text as plain text.

A QLabel's default format (Qt.AutoText) renders anything that looks like markup as HTML: a resident
named "<b>x</b>", a note holding "<img src=...>" or "<a href=...>" would be drawn as markup, and could
pull in images or show links that were never typed as such. The client writes no markup into labels,
so the application's style turns every label that has not chosen a format to PlainText when it is
polished, before it is first shown (labels made by Qt's own dialogs, message boxes among them,
included).

A style's ``polish`` runs once per widget. An event filter on the application would do the same but
be called from C++ into Python for every event of every object (each paint, each timer tick), taking
the GIL each time: the residents list painted noticeably slower while a worker was busy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle

_installed: list[QProxyStyle] = []


class PlainLabelsStyle(QProxyStyle):
    """The platform's style, with labels polished to plain text."""

    def polish(self, target: Any) -> Any:  # the QWidget, QApplication and QPalette overloads
        if isinstance(target, QLabel) and target.textFormat() == Qt.TextFormat.AutoText:
            target.setTextFormat(Qt.TextFormat.PlainText)
        return super().polish(target)


def install_plain_labels() -> None:
    """Wrap the application's style (once per process); widgets already shown are polished again."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or _installed:
        return
    style = PlainLabelsStyle()
    _installed.append(style)
    app.setStyle(style)
