"""``inspector-desk --self-test`` from the checkout, and what a newer or older release does with the
laptop's database: an older one is migrated at sign-in with its records kept, a newer one is refused
with a message in words (on the command line and in the sign-in window) and left as it was."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from inspector_desk.app import unlock
from inspector_desk.store.migrate import head_revision

from .conftest import (
    FUTURE,
    PASSWORD,
    assert_self_test_passed,
    resident_names,
    run_app,
    stored_revision,
    summary_args,
)


def test_self_test_from_source_passes_every_step() -> None:
    result = run_app(["--self-test"])
    assert_self_test_passed(result)
    assert "(source, Python 3.11" in result.stdout
    assert "'Сегодня'" in result.stdout  # the main window speaks Russian: the .qm catalogue loaded


def test_version_is_the_package_version() -> None:
    result = run_app(["--version"])
    assert result.returncode == 0
    assert result.stdout.strip() == f"Inspector Desk {version('inspector-desk')}"


def test_an_upgrade_migrates_an_older_database_at_sign_in_and_keeps_its_records(older_store: Path) -> None:
    result = run_app(summary_args(older_store))

    assert result.returncode == 0, result.stderr
    assert "Signed in as Asel Nurlanovna (inspector), 1 beat(s)" in result.stdout
    assert stored_revision(older_store) == head_revision()
    assert resident_names(older_store) == ["Абенов"]


def test_an_older_release_refuses_a_newer_database_in_words_and_leaves_it_alone(newer_store: Path) -> None:
    before = newer_store.read_bytes()

    result = run_app(summary_args(newer_store))

    assert result.returncode == 2
    assert "written by a newer version of Inspector Desk" in result.stderr
    assert FUTURE in result.stderr
    assert "install that version or newer" in result.stderr
    assert "Traceback" not in result.stderr
    assert newer_store.read_bytes() == before
    assert stored_revision(newer_store) == FUTURE


def test_the_sign_in_window_says_a_newer_database_cannot_be_opened(
    qtbot: Any, qapp: Any, newer_store: Path
) -> None:
    from inspector_desk.ui.i18n import set_language
    from inspector_desk.ui.login import LoginDialog

    set_language("en")
    dialog = LoginDialog(lambda login, password: unlock(newer_store, login, password), login="aseke")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    shown = dialog.error.text()
    assert shown.startswith("Could not sign in: ")
    assert "written by a newer version of Inspector Desk" in shown
    assert "install that version or newer" in shown
    assert dialog.result_value is None
    assert stored_revision(newer_store) == FUTURE
    dialog.reject()
