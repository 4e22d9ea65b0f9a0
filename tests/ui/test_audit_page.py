"""The supervisor's audit screen: in the rail for supervisors only, filters by event and record, loads
more rows as the list scrolls, opens an entry's before/after values; lock and unlock are audited."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from inspector_desk.domain.errors import PermissionDenied
from inspector_desk.services import audit as audit_service
from inspector_desk.services.residents import ResidentUpdate, update_resident
from tests.ui.conftest import TODAY, add_resident, close_window, drain, make_window


@pytest.fixture
def sup_window(qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None) -> Any:
    win = make_window(qtbot, db, world.supervisor, ui_settings)
    yield win
    close_window(win)


def _rail_keys(win: Any) -> list[str]:
    return [win.rail.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(win.rail.count())]


def _shown(page: Any) -> list[list[str]]:
    model = page.view.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def test_supervisor_filters_the_log_by_event_and_record_and_opens_a_row(
    qtbot: Any, sup_window: Any, db: Any, world: Any
) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Tulegenov", "Askar", serial=61)
    update_resident(db, world.inspector, rid, ResidentUpdate(notes="<b>bold</b> note"), today=TODAY)
    add_resident(db, world.other_inspector, world.other_beat_id, "Serikov", "Dias", serial=62)
    audit_service.record_event(db, "ghost", audit_service.LOGIN, audit_service.FAILED)
    assert "audit" in _rail_keys(sup_window)

    sup_window.show_page("audit")
    page = sup_window.pages["audit"]
    drain(qtbot, sup_window)
    rows = _shown(page)
    assert any(r[1] == "ghost" and r[3] == "Sign-in" and r[5] == "Failed" for r in rows)
    assert any(r[4] == "Serikov Dias" and r[3] == "Created" for r in rows)

    page.kind.setCurrentIndex(page.kind.findData("update"))
    drain(qtbot, sup_window)
    rows = _shown(page)
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [
        ("Asel Nurlanovna", "Changed", "Tulegenov Askar", "Done")
    ]
    assert rows[0][0]  # the time, in the locale's format
    assert rows[0][2] == "laptop-a"

    page.kind.setCurrentIndex(0)
    qtbot.keyClicks(page.record, "Serikov")
    qtbot.keyClick(page.record, Qt.Key.Key_Return)
    drain(qtbot, sup_window)
    assert {r[4] for r in _shown(page)} == {"Serikov Dias"}

    page.record.clear()
    page.kind.setCurrentIndex(page.kind.findData("update"))
    drain(qtbot, sup_window)
    page.view.setCurrentIndex(page.view.model().index(0, 0))
    drain(qtbot, sup_window)
    detail = page.detail.model()
    assert detail.rowCount() == 1
    assert [detail.index(0, c).data() for c in range(3)] == ["notes", "", "<b>bold</b> note"]
    assert "Tulegenov Askar" in page.detail_title.text()


def test_a_long_log_loads_page_by_page(qtbot: Any, sup_window: Any, db: Any, world: Any) -> None:
    for _ in range(250):
        audit_service.record_event(db, world.inspector, audit_service.LOCK)
    sup_window.show_page("audit")
    page = sup_window.pages["audit"]
    drain(qtbot, sup_window)
    model = page.view.model()
    assert model.rowCount() == 100
    assert model.canFetchMore()
    assert page.count.text() == "Entries shown: 100, more below"
    page.view.scrollToBottom()
    drain(qtbot, sup_window)
    while model.canFetchMore():
        model.fetchMore()
        drain(qtbot, sup_window)
    assert model.rowCount() >= 250
    ids = [model.record(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids))


def test_inspector_has_no_audit_page_and_the_service_refuses(window: Any, db: Any, world: Any) -> None:
    assert "audit" not in _rail_keys(window)
    assert "audit" not in window.pages
    with pytest.raises(PermissionDenied):
        audit_service.list_audit(db, world.inspector)


def test_lock_unlock_and_a_wrong_password_are_audited(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None
) -> None:
    window = make_window(qtbot, db, world.inspector, ui_settings, password="secret")
    try:
        window.lock()
        qtbot.keyClicks(window.lock_screen.password, "wrong")
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.lock_screen.error.isVisible())
        qtbot.keyClicks(window.lock_screen.password, "secret")
        qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked)
        drain(qtbot, window)
        log = audit_service.list_audit(
            db, world.supervisor, audit_service.AuditFilters(user_id=world.inspector.user_id)
        )
        assert [(r.event, r.outcome) for r in reversed(log.rows)] == [
            ("lock", "ok"),
            ("unlock", "failed"),
            ("unlock", "ok"),
        ]
    finally:
        close_window(window)
