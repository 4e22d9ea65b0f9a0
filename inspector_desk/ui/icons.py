"""The client's icons: the SVG files of resources/icons (drawn for the project, CC0; see LICENSE there)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from inspector_desk.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
