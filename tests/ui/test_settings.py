"""Settings declared once: defaults, limits, and the dialog generated from the declaration."""

from __future__ import annotations

from typing import Any

import pytest

from inspector_desk.ui.settings import HQ_URL, IDLE_LOCK_MINUTES, LANGUAGE, OPTIONS, Option, Settings
from inspector_desk.ui.settings_dialog import SettingsDialog


def test_defaults_and_limits(ui_settings: Settings) -> None:
    assert ui_settings.get(IDLE_LOCK_MINUTES) == 15
    ui_settings.set(IDLE_LOCK_MINUTES, 30)
    assert ui_settings.get(IDLE_LOCK_MINUTES) == 30
    with pytest.raises(ValueError, match="maximum"):
        ui_settings.set(IDLE_LOCK_MINUTES, 31)
    with pytest.raises(ValueError, match="list"):
        ui_settings.set(LANGUAGE, "de")
    with pytest.raises(KeyError):
        ui_settings.get(Option("nowhere/declared", int, 0))


def test_the_dialog_edits_exactly_the_declared_options(qtbot: Any, ui_settings: Settings) -> None:
    dialog = SettingsDialog(ui_settings)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {o.key for o in OPTIONS if o.editable}
    dialog.editors[HQ_URL.key].setText("hq.example")  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.errors.showing(HQ_URL.key)
    assert ui_settings.get(HQ_URL) == ""
    dialog.editors[HQ_URL.key].setText("https://hq.example")  # type: ignore[attr-defined]
    combo = dialog.editors[LANGUAGE.key]
    combo.setCurrentIndex(combo.findData("kk"))  # type: ignore[attr-defined]
    dialog.save()
    assert ui_settings.get(HQ_URL) == "https://hq.example"
    assert ui_settings.get(LANGUAGE) == "kk"
