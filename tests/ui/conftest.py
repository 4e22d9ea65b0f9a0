"""UI test fixtures: a main window over the test database (English, fixed day, settings in a temp
file), residents created through the services, and teardown that stops every worker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector_desk.domain.iin import Sex, make_iin
from inspector_desk.services.base import Actor
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.ui.application import create_main_window
from inspector_desk.ui.errors import setup_logging
from inspector_desk.ui.i18n import set_language
from inspector_desk.ui.main_window import MainWindow
from inspector_desk.ui.residents.card import NewResidentDialog
from inspector_desk.ui.settings import LANGUAGE, Settings

TODAY = date(2026, 3, 16)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Modal message boxes never block a test: questions answer "Discard", the rest are recorded."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: Any = QMessageBox.StandardButton.Ok) -> Any:
        def fake(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            shown.append((kind, text))
            return answer

        return fake

    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))

    def fake_exec(box: QMessageBox) -> int:
        shown.append(("exec", box.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def ui_settings(tmp_path: Path) -> Settings:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "en")
    return settings


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    setup_logging(tmp_path / "logs")
    set_language("en")
    yield
    set_language("en")


def make_window(
    qtbot: Any, db: Any, actor: Actor, settings: Settings, *, password: str | None = None
) -> MainWindow:
    """The main window, shown and started; with ``password``, the lock screen accepts that one."""
    verify = None if password is None else (lambda typed: typed == password)
    window = create_main_window(db, actor, settings=settings, today=lambda: TODAY, verify_password=verify)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.start()
    return window


@pytest.fixture
def window(qtbot: Any, db: Any, world: Any, ui_settings: Settings, english: None) -> Iterator[MainWindow]:
    win = make_window(qtbot, db, world.inspector, ui_settings)
    yield win
    close_window(win)


def close_window(win: MainWindow) -> None:
    win.ctx.runner.shutdown()
    win.close()


def add_resident(
    db: Any, actor: Actor, beat_id: str, last: str, first: str, *, serial: int = 1, **kw: Any
) -> str:
    iin = make_iin(date(1985, 4, 12), Sex.MALE, serial) if kw.pop("with_iin", True) else None
    data = ResidentInput(beat_id=beat_id, last_name=last, first_name=first, iin=iin, **kw)
    return register_resident(db, actor, data, today=TODAY).record.id


def new_resident_dialog(qtbot: Any, win: MainWindow, last_name: str = "", first_name: str = "") -> Any:
    """The new-resident form, shown, with the names that are given typed in."""
    dialog = NewResidentDialog(win.ctx, win)
    qtbot.addWidget(dialog)
    dialog.show()
    if last_name:
        qtbot.keyClicks(dialog.form.last_name, last_name)
    if first_name:
        qtbot.keyClicks(dialog.form.first_name, first_name)
    return dialog


def drain(qtbot: Any, win: MainWindow, timeout: int = 5000) -> None:
    """Let every running operation finish and deliver its callbacks."""
    qtbot.waitUntil(lambda: not win.ctx.runner.busy, timeout=timeout)
