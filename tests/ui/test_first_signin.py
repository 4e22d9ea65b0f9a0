"""The installed application's start with no arguments (a Start-menu or .desktop entry): in a fresh
user data folder it goes to the first sign-in window (never argparse's "give --demo, or --db"), once
a store exists to the offline unlock; and the first sign-in window's own checks and pre-filled HQ
address, before anything is sent (the sign-in itself: tests/integration/security/test_first_signin.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from inspector_desk.first_run import ENV_HQ_URL, default_hq_url
from inspector_desk.security.keyfile import FAST_TEST_KDF, provision_key
from inspector_desk.store.db import open_database
from inspector_desk.ui.application import run_first_sign_in
from inspector_desk.ui.first_signin import FirstSignInDialog
from inspector_desk.ui.settings import HQ_URL, Settings

ROOT = Path(__file__).resolve().parents[2]


def fresh_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (ENV_HQ_URL, "APPDATA", "LOCALAPPDATA")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=fresh_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=home,
    )


def test_no_arguments_in_a_fresh_data_folder_goes_to_the_first_sign_in_then_to_the_unlock(
    tmp_path: Path,
) -> None:
    store = tmp_path / "data" / "InspectorDesk" / "laptop.db"
    checked = start(tmp_path, "--check-start")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.split() == ["first-sign-in", str(store)]
    assert "give --demo" not in checked.stderr
    assert not store.parent.exists()  # looking creates nothing

    summary = start(tmp_path, "--summary", "--password", "x")
    assert summary.returncode == 2
    assert "no store yet: start the app to sign in at HQ" in summary.stderr

    key = provision_key(store, "Corr3ct-Horse-Battery", FAST_TEST_KDF)
    open_database(store, key).close()
    checked = start(tmp_path, "--check-start")
    assert checked.stdout.split() == ["unlock", str(store)]


def test_no_arguments_opens_a_window_and_keeps_running(tmp_path: Path) -> None:
    """What a Start-menu entry does: the process stays up with the first sign-in window open."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py")],
        env=fresh_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        time.sleep(8)
        assert process.poll() is None, process.communicate()[1]
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "error:" not in err
    assert not (tmp_path / "data" / "InspectorDesk" / "laptop.db").exists()


def _nothing(*_args: Any) -> Any:
    raise AssertionError("nothing is sent before the fields are filled in")


@pytest.mark.parametrize(
    ("address", "login", "password", "expected"),
    [
        ("", "a.serikov", "Corr3ct-Horse-Battery", "HQ address: enter an address starting with https://"),
        ("hq.example.kz", "a.serikov", "Corr3ct-Horse-Battery", "HQ address: enter an address"),
        ("https://hq.example.kz", "", "Corr3ct-Horse-Battery", "Enter your HQ login and password."),
        ("https://hq.example.kz", "a.serikov", "", "Enter your HQ login and password."),
    ],
)
def test_the_fields_are_checked_before_anything_is_sent(
    qtbot: Any, english: None, address: str, login: str, password: str, expected: str
) -> None:
    dialog = FirstSignInDialog(_nothing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, address)
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.isVisible()
    assert expected in dialog.error.text()
    assert not dialog.status.isVisible()


def test_the_hq_address_comes_from_the_settings_else_from_the_environment(
    qtbot: Any, english: None, ui_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_HQ_URL, "https://hq.police.example.kz")
    assert default_hq_url() == "https://hq.police.example.kz"
    seen: list[str] = []

    def look_and_quit() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstSignInDialog))
        seen.append(dialog.address.text())
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Quit"
        dialog.reject()

    QTimer.singleShot(200, look_and_quit)
    assert run_first_sign_in(_nothing, hq_url=default_hq_url(), settings=ui_settings) is None
    ui_settings.set(HQ_URL, "https://hq.unit7.example.kz")
    QTimer.singleShot(200, look_and_quit)
    assert run_first_sign_in(_nothing, hq_url=default_hq_url(), settings=ui_settings) is None
    assert seen == ["https://hq.police.example.kz", "https://hq.unit7.example.kz"]
