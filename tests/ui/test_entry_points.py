"""The composition root's two calls: run_login (wrong password refused in words, then signed in) and
run_client (the main window shown over the open database, the event loop left cleanly)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector_desk.ui.application import run_client, run_login
from inspector_desk.ui.login import LoginDialog
from inspector_desk.ui.main_window import MainWindow


def test_run_login_refuses_a_wrong_password_then_signs_in(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None
) -> None:
    def unlock(login: str, password: str) -> tuple[Any, Any]:
        if password != "Demo-Beat-2026!":
            raise ValueError("the password does not open this laptop's database")
        return db, world.inspector

    steps: list[str] = []

    def drive() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()
        )
        assert "Demo: sign in as inspector" in dialog.hint.text()
        if not steps:
            steps.append("wrong")
            dialog.login.setText("inspector")
            dialog.password.setText("nope")
            dialog.submit()
            QTimer.singleShot(300, drive)
        else:
            assert dialog.error.isVisible()
            assert "does not open" in dialog.error.text()
            dialog.password.setText("Demo-Beat-2026!")
            dialog.submit()

    QTimer.singleShot(100, drive)
    result = run_login(
        unlock, hint="Demo: sign in as inspector / supervisor with password …", settings=ui_settings
    )
    assert result == (db, world.inspector)


def test_run_client_shows_the_main_window_and_returns(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, monkeypatch: Any
) -> None:
    seen: list[MainWindow] = []

    def fake_exec(*_args: Any) -> int:
        # Quitting the shared QApplication would end every later test's event loop: run a local one.
        qtbot.wait(300)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        for w in windows:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_client(db, world.inspector, settings=ui_settings) == 0
    assert len(seen) == 1
    assert seen[0].today_page.view_data is not None  # Today was loaded by an operation
