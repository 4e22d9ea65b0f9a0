"""``main.py --demo``'s local HQ (inspector_desk/demo_hq.py) on a small demo: it starts on
127.0.0.1, holds the demo laptop's unit, accounts and records, the laptop signs in with the demo
login and password and syncs with nothing to fetch (it adopted HQ's revisions), an edit made on the
laptop reaches HQ, a second laptop bootstraps the same records, and a restart reuses the seed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.app import ensure_demo, unlock
from inspector_desk.demo_hq import DemoHq, connect, start_for_demo
from inspector_desk.hq.models import Record
from inspector_desk.services.residents import ResidentUpdate, update_resident
from inspector_desk.store.db import open_database
from inspector_desk.store.models import Resident

RESIDENTS = 40


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The small demo laptop store, built once (as ``main.py --demo`` builds it); tests copy it."""
    path = tmp_path_factory.mktemp("demo-built") / "demo" / "demo.db"
    path.parent.mkdir()
    info = ensure_demo(path, residents=RESIDENTS)
    return path, info.password


@pytest.fixture
def demo(built: tuple[Path, str], tmp_path: Path) -> Iterator[tuple[Path, str, DemoHq]]:
    source, password = built
    # The whole folder: the key file and the wrong-password record travel with the store.
    shutil.copytree(source.parent, tmp_path / "demo")
    path = tmp_path / "demo" / source.name
    hq = start_for_demo(path, password)
    assert hq is not None
    yield path, password, hq
    hq.stop()


def hq_count(hq: DemoHq, entity: str) -> int:
    with hq.db.read() as session:
        return int(
            session.scalar(select(func.count()).select_from(Record).where(Record.entity == entity)) or 0
        )


def test_demo_hq_serves_the_demo_unit_and_the_demo_laptop_syncs_with_it(
    demo: tuple[Path, str, DemoHq], tmp_path: Path, template_db: Path
) -> None:
    path, password, hq = demo
    assert hq.url.startswith("http://127.0.0.1:")
    assert hq.seeded["residents"] == RESIDENTS
    assert hq_count(hq, "residents") == RESIDENTS
    db, actor = unlock(path, "inspector", password)
    try:
        engine = connect(db, hq.url, "inspector", password)
        status = engine.status()
        assert status.signed_in
        assert status.user_id == actor.user_id
        report = engine.sync_once()
        assert (report.snapshot, report.pulled, report.repaired) == (False, 0, 0)  # in step from the start
        assert report.reconciled
        with db.read() as session:
            rid = session.scalars(select(Resident.id).where(Resident.beat_id.in_(actor.beat_ids))).first()
        assert rid is not None
        update_resident(db, actor, rid, ResidentUpdate(notes="Edited on the demo laptop"))
        report = engine.sync_once()
        assert report.push_results == {"applied": 1}  # no conflict against the seed
        with hq.db.read() as session:
            record = session.get(Record, ("residents", rid))
            assert record is not None
            assert record.fields["notes"] == "Edited on the demo laptop"
        engine.transport.close()
    finally:
        db.close()
    # The supervisor on a new laptop receives the whole unit, the edit included.
    fresh = tmp_path / "supervisor.db"
    fresh.write_bytes(template_db.read_bytes())
    from tests.conftest import TEST_KEY

    other = open_database(fresh, TEST_KEY)
    try:
        engine = connect(other, hq.url, "supervisor", password)
        report = engine.sync_once()
        assert report.snapshot
        with other.read() as session:
            assert session.scalar(select(func.count()).select_from(Resident)) == RESIDENTS
            assert session.get(Resident, rid).notes == "Edited on the demo laptop"  # type: ignore[union-attr]
        engine.transport.close()
    finally:
        other.close()


def test_a_second_demo_start_reuses_the_seeded_hq(demo: tuple[Path, str, DemoHq]) -> None:
    path, password, hq = demo
    hq.stop()
    again = start_for_demo(path, password)
    assert again is not None
    try:
        assert again.seeded == {}
        assert hq_count(again, "residents") == RESIDENTS
        db, _actor = unlock(path, "supervisor", password)
        try:
            engine = connect(db, again.url, "supervisor", password)
            report = engine.sync_once()
            assert (report.snapshot, report.pulled) == (False, 0)
            engine.transport.close()
        finally:
            db.close()
    finally:
        again.stop()


def test_the_demo_window_shows_online_and_synced_and_the_login_names_the_local_hq(
    qtbot: Any, demo: tuple[Path, str, DemoHq], tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from inspector_desk.ui.application import create_main_window
    from inspector_desk.ui.i18n import set_language
    from inspector_desk.ui.login import LoginDialog
    from inspector_desk.ui.settings import LANGUAGE, Settings
    from inspector_desk.ui.sync_controller import SyncSetup

    path, password, hq = demo
    set_language("en")
    login = LoginDialog(
        lambda _u, _p: (None, None), demo=(("inspector", "supervisor"), password), demo_hq=hq.url
    )
    qtbot.addWidget(login)
    assert f"A local HQ is running at {hq.url}" in login.hint.text()
    db, actor = unlock(path, "inspector", password)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, "en")
    window = create_main_window(
        db,
        actor,
        settings=settings,
        today=date.today,
        sync=SyncSetup(hq.url, connect(db, hq.url, "inspector", password)),
    )
    qtbot.addWidget(window)
    try:
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.sync_state.text().startswith("Online, synced at"), timeout=10_000)
        assert hq.url in window.sync_status.toolTip()
    finally:
        window.ctx.runner.shutdown()
        window.close()
        db.close()
