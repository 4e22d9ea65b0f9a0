"""The sync UI against a real HQ served over HTTP on 127.0.0.1 (uvicorn in a thread, SQLite):
the status bar and the Sync page say offline / online and synced, the pending count drops after
"Sync now" and after a local change (debounced), a conflict made by two laptops is resolved on
the conflicts screen and reaches the other laptop, and the HQ sign-in dialog says a wrong
password in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from sqlalchemy import select

from inspector_desk.domain.errors import PermissionDenied
from inspector_desk.services.dv_cases import CaseInput, open_case, set_case_status
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.store.db import open_database
from inspector_desk.sync.conflicts import list_conflicts, resolve_conflict
from inspector_desk.sync.engine import engine_for
from inspector_desk.ui.application import create_main_window
from inspector_desk.ui.main_window import MainWindow
from inspector_desk.ui.settings import HQ_URL, Settings
from inspector_desk.ui.sync_controller import SyncSetup
from inspector_desk.ui.sync_signin import HqSignInDialog
from tests.integration.sync.sync_support import (
    PASSWORD,
    TEST_KEY,
    HqServer,
    Org,
    add_resident,
    make_org,
    notes_conflict,
    pending,
    resident,
)
from tests.keyring_fake import MemoryKeyring, memory_keyring_in_use
from tests.ui.conftest import TODAY, close_window

WAIT = 8000


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HqServer]:
    folder = tmp_path_factory.mktemp("ui-sync-hq")
    server = HqServer("sqlite", f"sqlite:///{folder / 'hq.db'}", folder)
    server.start()
    yield server
    server.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring_in_use() as backend:
        yield backend


@pytest.fixture
def org(hq: HqServer, tmp_path: Path, template_db: Path, memory_keyring: MemoryKeyring) -> Iterator[Org]:
    result = make_org(hq, tmp_path, template_db)
    yield result
    for lap in result.laptops:
        lap.close()


@pytest.fixture
def windows(org: Org) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for win in made:
        close_window(win)


def open_window(
    qtbot: Any, made: list[MainWindow], db: Any, actor: Any, settings: Settings, **sync: Any
) -> MainWindow:
    win = create_main_window(db, actor, settings=settings, today=lambda: TODAY, sync=SyncSetup(**sync))
    qtbot.addWidget(win)
    made.append(win)
    win.show()
    win.start()
    return win


def synced(win: MainWindow) -> bool:
    return win.sync_state.text().startswith("Online, synced at") and not win.sync.state.running


def test_offline_when_hq_is_down_then_online_and_synced_after_sync_now(
    qtbot: Any, org: Org, windows: list[MainWindow], ui_settings: Settings, english: None
) -> None:
    lap = org.laptop(org.a)
    win = open_window(
        qtbot, windows, lap.db, lap.actor, ui_settings, hq_url=org.hq.base_url, engine=lap.engine
    )
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)  # the first automatic sync
    org.hq.stop()
    try:
        qtbot.keyClick(win, Qt.Key.Key_F5)  # "Sync now"
        qtbot.waitUntil(
            lambda: win.sync_state.text() == "Offline" and not win.sync.state.running, timeout=WAIT
        )
        win.show_page("sync")
        page = win.pages["sync"]
        qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=WAIT)
        assert "HQ cannot be reached" in page.problem.text()
        assert org.hq.base_url in page.problem.text()
        assert "Offline" in win.sync_status.toolTip() or "cannot be reached" in win.sync_status.toolTip()
    finally:
        org.hq.start()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    assert not page.problem.isVisible()
    assert page.values["last_success"].text() not in ("", "never")
    assert page.values["account"].text().endswith(f"({org.a})")


def test_pending_changes_drop_after_sync_now_and_after_a_local_change(
    qtbot: Any, org: Org, windows: list[MainWindow], ui_settings: Settings, english: None
) -> None:
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a, "Offline", "Made")
    add_resident(lap, org.beat_a, "Offline", "Too")
    win = open_window(
        qtbot, windows, lap.db, lap.actor, ui_settings, hq_url=org.hq.base_url, engine=lap.engine
    )
    win.sync.change_delay_ms = 300
    win.show_page("sync")
    page = win.pages["sync"]
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    assert page.values["pending"].text() == "0"
    assert pending(lap) == 0
    # A write through the window's runner: synced on its own shortly after, no button pressed.
    actor = lap.actor
    data = ResidentInput(beat_id=org.beat_a, last_name="Later", first_name="Written")
    win.ctx.run_write(win, lambda db: register_resident(db, actor, data, today=TODAY))
    qtbot.waitUntil(lambda: "To send: 1" in win.sync_status.counts.text(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: pending(lap) == 0 and synced(win) and not win.sync_status.counts.text(), timeout=WAIT
    )
    assert page.values["pending"].text() == "0"


def test_a_conflict_of_two_laptops_is_resolved_on_the_conflicts_screen_and_converges(
    qtbot: Any, org: Org, windows: list[MainWindow], ui_settings: Settings, english: None
) -> None:
    # two's edit is later: it is shown, one's value waits in a conflict
    one, two, rid = notes_conflict(org, "Dog in the yard", "Call before visiting", "Conflicting", "Notes")
    win = open_window(
        qtbot, windows, one.db, one.actor, ui_settings, hq_url=org.hq.base_url, engine=one.engine
    )
    win.show_page("sync")
    page = win.pages["sync"]
    panel = page.conflicts
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "Conflicts: 1" in win.sync_status.counts.text(), timeout=WAIT)
    item = panel.tree.topLevelItem(0)
    assert item.text(0) == "Resident · Conflicting Notes"
    assert item.text(1) == "Notes"
    assert {item.text(2), item.text(3)} == {"Dog in the yard", "Call before visiting"}
    assert "you" in item.text(4) or "another laptop" in item.text(4)
    # Combine both values in the editor and keep that.
    panel.combine.setChecked(True)
    assert panel.combined.isEnabled()
    assert "Dog in the yard" in panel.combined.toPlainText()
    panel.combined.setPlainText("Dog in the yard; call before visiting")
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.empty.isVisible(), timeout=WAIT)
    assert "No conflicts" in panel.empty.text()
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: synced(win) and pending(one) == 0, timeout=WAIT)
    two.sync()
    for lap in (one, two):
        row = resident(lap, rid)
        assert row is not None
        assert row.notes == "Dog in the yard; call before visiting"
    assert list_conflicts(two.db, two.actor) == []
    assert [c.resolution for c in list_conflicts(two.db, two.actor, status="resolved")] == [
        "Dog in the yard; call before visiting"
    ]


def test_a_dv_case_conflict_shows_only_to_those_who_may_see_the_case(
    qtbot: Any, org: Org, windows: list[MainWindow], ui_settings: Settings, english: None
) -> None:
    # The case's inspector works on two laptops; both change its status before syncing.
    one, two, colleague = org.laptop(org.a), org.laptop(org.a), org.laptop(org.a2)
    victim = add_resident(one, org.beat_a, "Victim", "Vera")
    offender = add_resident(one, org.beat_a, "Offender", "Oleg")
    data = CaseInput(victim_id=victim, offender_id=offender, opened_on=TODAY)
    case = open_case(one.db, one.actor, data, today=TODAY).record.id
    one.sync()
    for lap in (two, colleague):
        lap.sync()
        lap.refresh_actor()
    set_case_status(one.db, one.actor, case, "monitoring")
    set_case_status(two.db, two.actor, case, "monitoring")
    set_case_status(two.db, two.actor, case, "open")
    one.sync()
    two.sync()
    # The colleague on the same beat receives the conflict record, but may not see the case.
    win = open_window(qtbot, windows, colleague.db, colleague.actor, ui_settings, hq_url=org.hq.base_url,
                      engine=colleague.engine)  # fmt: skip
    win.show_page("sync")
    panel = win.pages["sync"].conflicts
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    qtbot.waitUntil(lambda: panel.empty.isVisible(), timeout=WAIT)
    assert colleague.engine.status().conflicts_open == 1
    assert panel.tree.topLevelItemCount() == 0
    assert "Conflicts" not in win.sync_status.counts.text()
    assert win.pages["sync"].values["conflicts"].text() == "0"
    hidden = colleague.engine.status()
    assert hidden.conflicts_open == 1
    with colleague.db.read() as session:
        from inspector_desk.store.models import SyncConflict

        conflict_id = session.scalars(select(SyncConflict.id)).one()
    with pytest.raises(PermissionDenied):
        resolve_conflict(colleague.db, colleague.actor, conflict_id, "open")
    # The case's inspector sees it (on the laptop that has not pulled it yet: after a sync).
    one.sync()
    assert [(c.entity, c.field) for c in list_conflicts(one.db, one.actor)] == [("dv_cases", "status")]


def test_upgrade_required_is_said_in_words_keeps_the_outbox_and_stops_automatic_attempts(
    qtbot: Any, org: Org, windows: list[MainWindow], ui_settings: Settings, english: None
) -> None:
    lap = org.laptop(org.a)
    add_resident(lap, org.beat_a, "Waiting", "Change")
    lap.engine.transport.protocol_version = 0  # an application older than HQ accepts
    win = open_window(
        qtbot, windows, lap.db, lap.actor, ui_settings, hq_url=org.hq.base_url, engine=lap.engine
    )
    win.show_page("sync")
    page = win.pages["sync"]
    qtbot.waitUntil(lambda: page.problem.isVisible() and not win.sync.state.running, timeout=WAIT)
    assert page.problem.text().startswith("HQ needs a newer version of Inspector Desk")
    assert "Your unsent changes stay on this laptop" in page.problem.text()
    assert page.values["next_attempt"].text() == "after you act on the problem below"
    assert pending(lap) > 0
    qtbot.waitUntil(lambda: "To send:" in win.sync_status.counts.text(), timeout=WAIT)
    assert "newer version" in win.sync_status.toolTip()


def test_a_laptop_revoked_at_hq_is_wiped_and_the_window_says_so_and_closes(
    qtbot: Any,
    org: Org,
    windows: list[MainWindow],
    ui_settings: Settings,
    english: None,
    message_boxes: list[tuple[str, str]],
) -> None:
    from inspector_desk.hq import admin

    lap = org.laptop(org.a)
    win = open_window(
        qtbot, windows, lap.db, lap.actor, ui_settings, hq_url=org.hq.base_url, engine=lap.engine
    )
    qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
    admin.revoke_device(org.hq.db, lap.device_id)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=WAIT)
    assert (
        "critical",
        "This account or laptop was revoked at HQ: its data has been removed from this laptop.",
    ) in (message_boxes)
    assert not lap.path.exists()


def test_hq_sign_in_dialog_says_a_wrong_password_in_words_then_signs_in(
    qtbot: Any,
    org: Org,
    windows: list[MainWindow],
    ui_settings: Settings,
    english: None,
    template_db: Path,
    tmp_path: Path,
) -> None:
    # A laptop that never signed in to HQ: its local account is the HQ one (as after provisioning).
    lap = org.laptop(org.a)
    path = tmp_path / "fresh.db"
    path.write_bytes(template_db.read_bytes())
    db = open_database(path, TEST_KEY)
    try:
        from inspector_desk.sync.engine import apply_me

        with db.write() as session:
            apply_me(session, lap.me)
        from inspector_desk.services.accounts import actor_for

        actor = actor_for(db, lap.me.user_id, device_id="fresh")
        win = open_window(qtbot, windows, db, actor, ui_settings, hq_url=org.hq.base_url)
        win.show_page("sync")
        page = win.pages["sync"]
        qtbot.waitUntil(lambda: win.sync_state.text() == "Not signed in to HQ", timeout=WAIT)
        assert page.sign_in_button.isVisible()
        assert not page.sync_button.isEnabled()
        dialog = page.sign_in()
        qtbot.addWidget(dialog)
        assert dialog.address.text() == org.hq.base_url
        dialog.login.setText(org.a)
        qtbot.keyClicks(dialog.password, "Not-the-Passw0rd")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
        assert dialog.error.text() == "Could not sign in to HQ: The HQ login or password is wrong."
        assert dialog.isVisible()
        # Another person's HQ account is refused: the laptop syncs its own person's scope.
        dialog.login.setText(org.a2)
        qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: "use the HQ account" in dialog.error.text(), timeout=WAIT)
        assert dialog.error.text().endswith(f"use the HQ account {org.a}.")
        dialog.login.setText(org.a)
        qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
        qtbot.waitUntil(lambda: synced(win), timeout=WAIT)
        assert page.sign_out_button.isVisible()
        assert page.values["account"].text().endswith(f"({org.a})")
        # Signing out stops syncing and says so.
        qtbot.mouseClick(page.sign_out_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.sync_state.text() == "Not signed in to HQ", timeout=WAIT)
    finally:
        close_window(windows.pop())
        db.close()


def test_without_a_keyring_the_sign_in_says_the_session_lasts_this_run_only(
    qtbot: Any, org: Org, windows: list[MainWindow], ui_settings: Settings, english: None
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        lap = org.laptop(org.a)
        engine = engine_for(lap.db, org.hq.base_url, device_id=lap.device_id)
        win = open_window(
            qtbot, windows, lap.db, lap.actor, ui_settings, hq_url=org.hq.base_url, engine=engine
        )
        win.show_page("sync")
        page = win.pages["sync"]
        qtbot.waitUntil(lambda: page.warning.isVisible(), timeout=WAIT)
        assert "no password store (keyring)" in page.warning.text()
        assert "Nothing is written to a file" in page.warning.text()
        dialog = HqSignInDialog(win.sync, url=org.hq.base_url, login=org.a, parent=page)
        qtbot.addWidget(dialog)
        assert not dialog.warning.isHidden()
        assert "only until the application closes" in dialog.warning.text()
    finally:
        keyring.set_keyring(previous)


def test_without_an_hq_address_the_laptop_says_it_works_offline(
    qtbot: Any, window: MainWindow, ui_settings: Settings
) -> None:
    assert ui_settings.get(HQ_URL) == ""
    assert window.sync_state.text() == "Offline"
    assert "No HQ address is set" in window.sync_status.toolTip()
    assert window.act_sync.shortcut().toString() == "F5"
    assert "(F5)" in window.act_sync.toolTip()
    window.show_page("sync")
    page = window.pages["sync"]
    assert page.values["address"].text() == "not set"
    assert page.sign_in_button.isVisible()
