"""The recovery dialog driven like a person would: the damaged store is found at sign-in (the login
window's real unlock), the dialog explains and asks, a wrong HQ address leaves everything as it was,
and "Restore from HQ" brings the laptop back from a real HQ over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from security_hq import provision_laptop, residents_at_hq
from sqlalchemy import select
from sync_support import PASSWORD, Org

from inspector_desk.app import unlock
from inspector_desk.recovery import recover_from_hq
from inspector_desk.services.accounts import actor_for
from inspector_desk.store.db import checkpoint
from inspector_desk.store.models import Resident
from inspector_desk.ui.errors import setup_logging
from inspector_desk.ui.i18n import set_language
from inspector_desk.ui.login import LoginDialog
from inspector_desk.ui.recovery_dialog import RecoveryDialog


@pytest.fixture(autouse=True)
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    setup_logging(tmp_path / "logs")
    set_language("en")
    yield
    set_language("en")


def test_damaged_store_found_at_sign_in_is_restored_through_the_dialog(
    qtbot: Any, org: Org, tmp_path: Path
) -> None:
    residents_at_hq(org, "Tokhtarova")
    path = tmp_path / "laptop" / "beat.db"
    db = provision_laptop(path, org.hq, org.a)
    checkpoint(db)
    db.close()
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size - 4096 * 3)  # the end of the file is lost

    offered: list[RecoveryDialog] = []

    def on_failure(parent: Any, error: BaseException, login: str, password: str) -> Any:
        def restore(hq_url: str) -> Any:
            result = recover_from_hq(path, hq_url, login, password)
            return result.db, actor_for(result.db, result.user_id)

        dialog = RecoveryDialog(str(error), restore, "http://127.0.0.1:9", parent)
        qtbot.addWidget(dialog)
        offered.append(dialog)
        return None  # the test drives the dialog itself (exec() would block)

    login = LoginDialog(lambda user, secret: unlock(path, user, secret), login=org.a, on_failure=on_failure)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.mouseClick(login.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    dialog = offered[0]
    dialog.show()
    assert "damaged or was altered" in dialog.heading.text()
    assert "nothing is deleted" in dialog.explanation.text()
    assert "beat.db" in dialog.detail.text()
    restore_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert restore_button.text() == "Restore from HQ"

    qtbot.mouseClick(restore_button, Qt.MouseButton.LeftButton)  # HQ is not at that address
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "left as they were" in dialog.error.text()
    assert path.exists()
    assert not list(path.parent.glob("*.damaged-*"))

    dialog.hq_url.clear()
    qtbot.keyClicks(dialog.hq_url, org.hq.base_url)
    qtbot.mouseClick(restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert dialog.result_value is not None
    restored, actor = dialog.result_value
    try:
        with restored.read() as s:
            assert "Tokhtarova" in set(s.scalars(select(Resident.last_name)))
        assert actor.beat_ids == {org.beat_a}
    finally:
        restored.close()
    kept = {p.name.split(".damaged-")[0] for p in path.parent.glob("*.damaged-*")}
    assert kept >= {"beat.db", "beat.db.key"}
