"""Switching the language without a restart: the rail, the page titles and the list headers follow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inspector_desk.ui.i18n import set_language
from inspector_desk.ui.residents.model import COL_NAME


def test_switching_to_kazakh_retranslates_the_visible_screen(qtbot: Any, window: Any) -> None:
    assert window.rail_text("today").startswith("Today")
    window.show_page("residents")
    try:
        set_language("kk")
        qtbot.waitUntil(lambda: window.rail_text("residents") == "Тұрғындар")
        assert window.rail_text("today").startswith("Бүгін")
        assert window.rail_text("dv") == "Тұрмыстық зорлық істері"
        assert window.residents_page.title.text() == "Тұрғындар"
        header = window.residents_page.model.headerData(COL_NAME, Qt.Orientation.Horizontal)
        assert header == "Аты-жөні"
        assert window.go_menu.title() == "&Өту"
        set_language("ru")
        qtbot.waitUntil(lambda: window.rail_text("residents") == "Жители")
        assert window.sync_state.text() == "Нет связи"
    finally:
        set_language("en")
    qtbot.waitUntil(lambda: window.rail_text("residents") == "Residents")


def test_every_catalogue_translates_every_string() -> None:
    import xml.etree.ElementTree as ET

    from inspector_desk.ui.i18n import i18n_dir

    for lang in ("ru", "kk", "en"):
        root = ET.parse(i18n_dir() / f"inspector_desk_{lang}.ts").getroot()
        untranslated = [
            m.findtext("source")
            for m in root.iter("message")
            if not (m.findtext("translation") or "").strip()
            or m.find("translation").get("type") == "unfinished"
        ]
        assert untranslated == [], f"{lang}: {untranslated[:5]}"
