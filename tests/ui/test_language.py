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


def test_english_dates_read_day_month_year(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    from datetime import date, datetime

    from PySide6.QtCore import QDate

    from inspector_desk.ui.forms import TabbingDateEdit
    from inspector_desk.ui.i18n import fmt_date, fmt_datetime
    from tests.ui.conftest import add_resident

    assert fmt_date(date(2026, 11, 22)) == "22 Nov 2026"
    shown = fmt_datetime(datetime(2026, 11, 22, 9, 5))
    # The laptop's time zone may move the day; the order and the 24-hour clock do not change.
    assert shown.startswith(("22 Nov 2026", "23 Nov 2026", "21 Nov 2026"))
    assert not shown.endswith(("AM", "PM"))
    edit = TabbingDateEdit(QDate(2026, 3, 4))
    assert edit.text() == "4 Mar 2026"  # the date fields read the same way as the lists
    rid = add_resident(db, world.inspector, world.beat_id, "Omarova", "Dana", birth_date=None)
    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    assert "IIN" in card.summary.text()
    assert card.form.birth_date.text() == "12 Apr 1985"  # filled from the IIN, day first
    try:
        set_language("ru")
        assert fmt_date(date(2026, 11, 22)) == "22.11.2026"
        set_language("kk")
        assert fmt_date(date(2026, 11, 22)) == "22.11.2026"
    finally:
        set_language("en")
