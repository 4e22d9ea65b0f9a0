"""What a person sees: the login window and the lock screen refusing during the lockout (also after a
restart: new windows over the same files), and the "Change password" dialog driven with real typing
and clicks, re-wrapping the key and writing the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from security_support import LOGIN, PASSWORD, make_store
from sqlalchemy import select

from inspector_desk.app import _password_opens, unlock
from inspector_desk.security.keyfile import unlock_key
from inspector_desk.security.lockout import UnlockGuard
from inspector_desk.security.password_change import password_changer
from inspector_desk.store.models import AuditEntry
from inspector_desk.ui.errors import setup_logging
from inspector_desk.ui.i18n import set_language
from inspector_desk.ui.lock import LockScreen
from inspector_desk.ui.login import LoginDialog
from inspector_desk.ui.password_dialog import ChangePasswordDialog

WRONG = "Wrong-Horse-1"


@pytest.fixture(autouse=True)
def english(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    setup_logging(tmp_path / "logs")
    set_language("en")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    yield
    set_language("en")


def sign_in(qtbot: Any, dialog: LoginDialog, password: str) -> None:
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() or dialog.result_value is not None, timeout=20_000)


def login_dialog(qtbot: Any, path: Path) -> LoginDialog:
    dialog = LoginDialog(
        lambda user, password: unlock(path, user, password),
        login=LOGIN,
        refusal=UnlockGuard(path).refusal_now,  # as app.run_ui gives it
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_login_window_says_until_when_it_is_locked_even_after_a_restart(qtbot: Any, tmp_path: Path) -> None:
    path = make_store(tmp_path)
    dialog = login_dialog(qtbot, path)
    for _ in range(4):
        sign_in(qtbot, dialog, WRONG)
    assert "1 more wrong attempt(s) lock Inspector Desk for 30 minutes" in dialog.error.text()
    sign_in(qtbot, dialog, WRONG)
    assert "Locked until" in dialog.error.text()
    assert "5 wrong passwords in a row" in dialog.error.text()
    dialog.close()
    # The application is restarted: a new window over the same files says so before anyone types,
    # and the right password is refused.
    again = login_dialog(qtbot, path)
    assert "Locked until" in again.error.text()
    assert again.error.isVisible()
    sign_in(qtbot, again, PASSWORD)
    assert again.result_value is None
    assert "Locked until" in again.error.text()
    assert again.error.isVisible()


def test_lock_screen_counts_wrong_passwords_and_shows_the_lock(qtbot: Any, tmp_path: Path) -> None:
    path = make_store(tmp_path)
    screen = LockScreen(lambda password: _password_opens(path, password), "Asel Nurlanovna")
    qtbot.addWidget(screen)
    screen.show()
    for _ in range(5):
        qtbot.keyClicks(screen.password, WRONG)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.button.isEnabled(), timeout=20_000)
    assert "Locked until" in screen.error.text()
    unlocked: list[bool] = []
    screen.unlocked.connect(lambda: unlocked.append(True))
    qtbot.keyClicks(screen.password, PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.button.isEnabled(), timeout=20_000)
    assert unlocked == []
    assert "Locked until" in screen.error.text()


def test_change_password_dialog_checks_then_rewraps_the_key_and_audits(qtbot: Any, tmp_path: Path) -> None:
    path = make_store(tmp_path)
    db, actor = unlock(path, LOGIN, PASSWORD)
    key = unlock_key(path, PASSWORD)
    before = path.read_bytes()
    dialog = ChangePasswordDialog(password_changer(path, db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def attempt(current: str, new: str, repeat: str) -> None:
        for edit, text in ((dialog.current, current), (dialog.new, new), (dialog.repeat, repeat)):
            edit.clear()
            qtbot.keyClicks(edit, text)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ok.isEnabled() or not dialog.isVisible(), timeout=20_000)

    try:
        assert "at least 10 characters" in dialog.rule.text()
        attempt(PASSWORD, "Battery-Staple-7", "Battery-Staple-8")
        assert dialog.errors.label("repeat_password").text() == "The two new passwords differ."
        attempt(PASSWORD, "short1A", "short1A")
        assert dialog.errors.label("new_password").text() == "The password needs at least 10 characters."
        attempt(PASSWORD, "alllowercaseletters", "alllowercaseletters")
        assert "at least three of" in dialog.errors.label("new_password").text()
        attempt(PASSWORD, "Aseke-Secret-12", "Aseke-Secret-12")
        assert dialog.errors.label("new_password").text() == "The password must not contain your login."
        attempt(WRONG, "Battery-Staple-7", "Battery-Staple-7")
        assert dialog.errors.label("current_password").text() == "The current password is wrong."
        assert dialog.isVisible()
        attempt(PASSWORD, "Battery-Staple-7", "Battery-Staple-7")
        assert not dialog.isVisible()
        # The same key under the new password; the database file itself was not rewritten.
        assert unlock_key(path, "Battery-Staple-7") == key
        assert path.read_bytes() == before
        with db.read() as s:
            events = [(e.action, e.outcome) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.at))]
        assert ("password_change", "ok") in events
        assert events.count(("password_change", "failed")) == 4
    finally:
        db.close()
    db, _actor = unlock(path, LOGIN, "Battery-Staple-7")
    db.close()
