"""A laptop's first sign-in, driven in the real window against a real HQ over HTTP (and HTTPS with a
test CA): a wrong password, HQ unreachable, an untrusted certificate, a password HQ accepts but the
laptop's rule refuses, and a cancel in the middle each say what happened and leave no file; the
right password makes the store, fills it from HQ and opens the main window; the next start unlocks
offline, with HQ stopped, with the same password."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from security_hq import TlsHqServer, residents_at_hq
from sqlalchemy import select, update
from sync_support import PASSWORD, Org, free_port, make_org

from inspector_desk.app import unlock
from inspector_desk.first_run import FirstSignIn, discard, first_sign_in, leftovers, needs_first_sign_in
from inspector_desk.hq.auth import hash_password
from inspector_desk.hq.models import User as HqUser
from inspector_desk.security.keyfile import FAST_TEST_KDF
from inspector_desk.security.tls import set_ca_bundle
from inspector_desk.services.audit import LOGIN
from inspector_desk.store.models import AuditEntry, Resident
from inspector_desk.sync.engine import ProgressCb
from inspector_desk.ui.application import create_main_window, run_first_sign_in
from inspector_desk.ui.errors import setup_logging
from inspector_desk.ui.first_signin import FirstSignInDialog
from inspector_desk.ui.i18n import set_language
from inspector_desk.ui.login import LoginDialog
from inspector_desk.ui.settings import HQ_CA_BUNDLE, HQ_URL, LANGUAGE, Settings
from inspector_desk.ui.sync_controller import SyncSetup


@pytest.fixture(autouse=True)
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    setup_logging(tmp_path / "logs")
    set_language("en")
    set_ca_bundle(None)
    yield
    set_ca_bundle(None)
    set_language("en")


def provision_at(path: Path) -> Any:
    """What app.py gives the window (the test KDF: the real one takes a second per unlock)."""

    def provision(url: str, login: str, password: str, progress: ProgressCb, cancel: threading.Event) -> Any:
        return first_sign_in(path, url, login, password, progress=progress, cancel=cancel, kdf=FAST_TEST_KDF)

    return provision


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def open_dialog(qtbot: Any, provision: Any, url: str, login: str) -> FirstSignInDialog:
    dialog = FirstSignInDialog(provision, hq_url=url, discard=discard)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login, login)
    return dialog


def sign_in(qtbot: Any, dialog: FirstSignInDialog, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not ok.isEnabled()  # working: the window answers, the fields wait
    assert dialog.status.isVisible()


def wait_for_error(qtbot: Any, dialog: FirstSignInDialog) -> str:
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog._busy, timeout=60_000)
    return dialog.error.text()


def test_first_sign_in_refuses_a_wrong_password_then_sets_up_the_laptop_which_later_unlocks_offline(
    qtbot: Any, org: Org, tmp_path: Path
) -> None:
    residents_at_hq(org, "Tokhtarova")
    folder = tmp_path / "data" / "InspectorDesk"
    path = folder / "laptop.db"
    assert needs_first_sign_in(path)
    dialog = open_dialog(qtbot, provision_at(path), org.hq.base_url, org.a)

    sign_in(qtbot, dialog, "Wrong-Password-123")
    assert "The HQ login or password is wrong." in wait_for_error(qtbot, dialog)
    assert files_under(tmp_path / "data") == []
    assert dialog.result_value is None
    assert dialog.isVisible()

    sign_in(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    result: FirstSignIn = dialog.result_value
    assert not dialog.isVisible()
    assert {p.name for p in files_under(folder)} >= {"laptop.db", "laptop.db.key", "laptop.db.unlock"}
    assert not any(".first-sign-in" in p.name for p in files_under(folder))
    with result.db.read() as s:
        assert "Tokhtarova" in set(s.scalars(select(Resident.last_name)))  # the beat came from HQ
        logins = list(s.scalars(select(AuditEntry).where(AuditEntry.action == LOGIN)))
    assert [entry.outcome for entry in logins] == ["ok"]
    assert result.actor.beat_ids == {org.beat_a}

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "en")
    window = create_main_window(
        result.db, result.actor, settings=settings, sync=SyncSetup(result.hq_url, result.engine)
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.sync.engine is result.engine  # sync is configured with the HQ just used
    qtbot.waitUntil(lambda: window.sync.state.status is not None and window.sync.state.status.signed_in)
    window.sync.shutdown()
    window.ctx.runner.shutdown()
    window.close()
    result.engine.transport.close()
    result.db.close()

    org.hq.stop()  # the next start: no HQ at all
    try:
        login = LoginDialog(lambda user, secret: unlock(path, user, secret), login=org.a)
        qtbot.addWidget(login)
        login.show()
        qtbot.keyClicks(login.password, PASSWORD)
        qtbot.mouseClick(login.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: login.result_value is not None, timeout=30_000)
        db, actor = login.result_value
        try:
            with db.read() as s:
                assert "Tokhtarova" in set(s.scalars(select(Resident.last_name)))
                assert len(list(s.scalars(select(AuditEntry).where(AuditEntry.action == LOGIN)))) == 2
            assert actor.beat_ids == {org.beat_a}
        finally:
            db.close()
    finally:
        org.hq.start()


def test_hq_unreachable_is_said_in_words_and_leaves_nothing(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "data" / "laptop.db"
    nowhere = f"http://127.0.0.1:{free_port()}"
    dialog = open_dialog(qtbot, provision_at(path), nowhere, "someone")
    sign_in(qtbot, dialog, PASSWORD)
    text = wait_for_error(qtbot, dialog)
    assert f"HQ cannot be reached at {nowhere}" in text
    assert files_under(tmp_path / "data") == []
    assert dialog.address.isEnabled()
    assert dialog.password.hasFocus()


def test_cancel_during_the_first_sync_removes_the_half_made_store(
    qtbot: Any, org: Org, tmp_path: Path
) -> None:
    path = tmp_path / "data" / "laptop.db"
    made: list[list[Path]] = []

    def held(url: str, login: str, password: str, progress: ProgressCb, cancel: threading.Event) -> Any:
        steps = 0

        def gate(step: Any) -> None:
            nonlocal steps
            steps += 1
            if steps == 2:  # the engine's first step: the store and its key file exist now
                made.append(leftovers(path))
                cancel.wait(30)  # until the person presses Cancel
            progress(step)

        return first_sign_in(path, url, login, password, progress=gate, cancel=cancel, kdf=FAST_TEST_KDF)

    dialog = open_dialog(qtbot, held, org.hq.base_url, org.a)
    sign_in(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: bool(made), timeout=60_000)
    assert any(p.name.endswith(".key") for p in made[0])
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert "Cancelling" in dialog.status.text()
    assert "Cancelled. Nothing was kept on this laptop." in wait_for_error(qtbot, dialog)
    assert files_under(tmp_path / "data") == []
    assert dialog.isVisible()  # still there to try again, or to quit
    assert cancel.text() == "Quit"


def test_a_password_hq_accepts_but_the_laptop_rule_refuses_is_explained(
    qtbot: Any, org: Org, tmp_path: Path
) -> None:
    weak = "onlylowercaseletters"  # from before HQ had the rule
    with org.hq.db.write() as writer:
        writer.session.execute(
            update(HqUser).where(HqUser.login == org.a2).values(password_hash=hash_password(weak))
        )
    path = tmp_path / "data" / "laptop.db"
    dialog = open_dialog(qtbot, provision_at(path), org.hq.base_url, org.a2)
    sign_in(qtbot, dialog, weak)
    text = wait_for_error(qtbot, dialog)
    assert "HQ accepted your password, but this laptop locks its data only with a stronger one" in text
    assert "at least three of" in text
    assert files_under(tmp_path / "data") == []


@pytest.fixture
def tls_org(tls_hq: TlsHqServer, tmp_path: Path, template_db: Path) -> Org:
    return make_org(tls_hq, tmp_path / "org", template_db)


def test_an_untrusted_certificate_is_refused_and_the_ca_bundle_makes_it_work(
    qtbot: Any, tls_org: Org, tls_hq: TlsHqServer, tmp_path: Path
) -> None:
    path = tmp_path / "data" / "laptop.db"
    dialog = open_dialog(qtbot, provision_at(path), tls_hq.base_url, tls_org.a)
    sign_in(qtbot, dialog, PASSWORD)
    assert "certificate" in wait_for_error(qtbot, dialog)
    assert "is not trusted" in dialog.error.text()
    assert files_under(tmp_path / "data") == []

    qtbot.keyClicks(dialog.ca_bundle, str(tls_hq.ca_file))
    sign_in(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    result: FirstSignIn = dialog.result_value
    assert result.hq_url == tls_hq.base_url
    result.engine.transport.close()
    result.db.close()
    assert not needs_first_sign_in(path)


def test_a_laptop_already_set_up_is_never_overwritten(org: Org, tmp_path: Path) -> None:
    path = tmp_path / "laptop.db"
    result = first_sign_in(path, org.hq.base_url, org.a, PASSWORD, kdf=FAST_TEST_KDF)
    result.engine.transport.close()
    result.db.close()
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        first_sign_in(path, org.hq.base_url, org.a, PASSWORD, kdf=FAST_TEST_KDF)
    assert path.read_bytes() == before


def test_the_address_that_worked_is_kept_in_the_settings_for_the_next_starts(
    qtbot: Any, org: Org, tmp_path: Path
) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "en")
    path = tmp_path / "data" / "laptop.db"

    def type_and_sign_in() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstSignInDialog))
        assert dialog.address.text() == org.hq.base_url  # no setting yet: the address app.py gives
        dialog.login.setText(org.a)
        dialog.password.setText(PASSWORD)
        dialog.submit()

    QTimer.singleShot(100, type_and_sign_in)
    result = run_first_sign_in(provision_at(path), hq_url=org.hq.base_url, settings=settings, discard=discard)
    assert isinstance(result, FirstSignIn)
    result.engine.transport.close()
    result.db.close()
    assert settings.get(HQ_URL) == org.hq.base_url
    assert settings.get(HQ_CA_BUNDLE) == ""
    assert not needs_first_sign_in(path)
