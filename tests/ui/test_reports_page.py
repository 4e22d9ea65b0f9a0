"""The Reports page: generate in a worker into the in-app preview, refuse bad parameters next to the
field with no file, cancel a running build, save as, and print with an audit entry for DV names."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from inspector_desk.reports import api as reports_api
from inspector_desk.reports.api import ReportCancelled, ReportKind
from inspector_desk.store.models import AuditEntry
from inspector_desk.ui.main_window import MainWindow
from inspector_desk.ui.reports_page import ReportsPage
from tests.ui.conftest import add_resident, close_window, drain, make_window


def reports_page(qtbot: Any, win: MainWindow) -> ReportsPage:
    win.show_page("reports")
    page = win.pages["reports"]
    assert isinstance(page, ReportsPage)
    drain(qtbot, win)
    return page


def generate(qtbot: Any, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.report_ready, timeout=30_000):
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)


def exports(db: Any) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "report_export")).all())


def test_generate_shows_the_report_in_the_preview(
    qtbot: Any, window: MainWindow, db: Any, world: Any
) -> None:
    add_resident(db, world.inspector, world.beat_id, "Abenov", "Nurlan")
    page = reports_page(qtbot, window)
    kinds = {page.kind.itemData(i) for i in range(page.kind.count())}
    assert ReportKind.UNIT_CASELOAD.value not in kinds  # supervisor only
    assert len(kinds) == 7
    page.select_kind(ReportKind.INSPECTOR_CASELOAD)
    assert page.period_start.isVisible()
    assert not page.streets.isVisible()
    assert page.language.currentData() == "en"
    generate(qtbot, page)
    assert page.document.pageCount() >= 1
    assert page.path is not None
    assert page.path.exists()
    assert page.print_button.isEnabled()
    assert page.save_button.isEnabled()
    assert not page.progress.isVisible()
    image = page.document.render(0, QSize(400, 566))
    assert any(image.pixelColor(x, y).lightness() < 128 for x in range(0, 400, 4) for y in range(0, 200, 2))
    qtbot.wait(600)  # the view renders its pages asynchronously
    window.grab().save("/tmp/reports-page.png")


def test_end_before_start_is_shown_next_to_the_field_and_writes_no_file(
    qtbot: Any, window: MainWindow
) -> None:
    page = reports_page(qtbot, window)
    page.select_kind(ReportKind.INSPECTOR_CASELOAD)
    page.period_start.setDate(QDate(2026, 3, 10))
    page.period_end.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.errors.showing("period_end"), timeout=10_000)
    assert page.errors.label("period_end").text() == "The end date is before the start date"
    assert page.errors.label("period_end").toolTip() == "date_range"
    assert list(page.output_dir.iterdir()) == []
    assert page.document.pageCount() == 0
    assert page.generate_button.isEnabled()


def test_round_sheet_needs_a_street(qtbot: Any, window: MainWindow) -> None:
    page = reports_page(qtbot, window)
    page.select_kind(ReportKind.ROUND_SHEET)
    assert page.streets.isVisible()
    assert not page.period_start.isVisible()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.errors.showing("streets"), timeout=10_000)
    assert page.errors.label("streets").text() == "This field is required"
    assert list(page.output_dir.iterdir()) == []


def test_cancel_stops_a_running_build(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def slow_build(db: Any, actor: Any, request: Any, out: Any, *, progress: Any, cancel: Any) -> Any:
        progress(1, 10)
        started.set()
        if not cancel.wait(10):
            raise AssertionError("never cancelled")
        raise ReportCancelled("the report was cancelled")

    monkeypatch.setattr(reports_api, "build_report", slow_build)
    page = reports_page(qtbot, window)
    page.select_kind(ReportKind.OVERDUE_VISITS)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert started.wait(5)
    qtbot.waitUntil(lambda: page.progress.maximum() == 10, timeout=5000)
    assert page.cancel_button.isVisible()
    assert not page.generate_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    drain(qtbot, window)
    assert not page.running
    assert page.status.text() == "The report was cancelled."
    assert page.generate_button.isEnabled()
    assert not page.cancel_button.isVisible()
    assert page.document.pageCount() == 0
    assert list(page.output_dir.iterdir()) == []


def test_save_as_copies_the_file(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = reports_page(qtbot, window)
    page.select_kind(ReportKind.APPEALS_BY_DEADLINE)
    generate(qtbot, page)
    target = tmp_path / "out" / "appeals"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_name("appeals.pdf")
    assert page.path is not None
    assert saved.read_bytes() == page.path.read_bytes()
    assert saved.read_bytes().startswith(b"%PDF")


def test_print_renders_pages_and_audits_a_dv_report(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    printed = tmp_path / "printed.pdf"
    calls: list[int] = []

    def fake_exec(dialog: QPrintDialog) -> int:
        calls.append(1)
        dialog.printer().setOutputFileName(str(printed))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    win = make_window(qtbot, db, world.supervisor, ui_settings)
    try:
        page = reports_page(qtbot, win)
        kinds = {page.kind.itemData(i) for i in range(page.kind.count())}
        assert ReportKind.UNIT_CASELOAD.value in kinds
        assert len(kinds) == 8
        page.select_kind(ReportKind.HIGH_RISK_CASES)
        before = len(exports(db))
        generate(qtbot, page)
        assert page.result is not None
        assert page.result.names_dv_residents
        drain(qtbot, win)
        assert len(exports(db)) == before + 1  # producing it (build_report)
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
        drain(qtbot, win)
        assert calls == [1]
        assert printed.exists()
        assert printed.read_bytes().startswith(b"%PDF")
        entries = [e for e in exports(db) if (e.changes or {}).get("params", {}).get("action") == "print"]
        assert len(entries) == 1
        assert entries[0].user_id == world.supervisor.user_id
        assert entries[0].entity_id == ReportKind.HIGH_RISK_CASES.value
    finally:
        close_window(win)


def test_supervisor_chooses_the_inspector(
    qtbot: Any, db: Any, world: Any, ui_settings: Any, english: None
) -> None:
    win = make_window(qtbot, db, world.supervisor, ui_settings)
    try:
        page = reports_page(qtbot, win)
        page.select_kind(ReportKind.INSPECTOR_CASELOAD)
        assert page.inspector.isVisible()
        names = [page.inspector.itemText(i) for i in range(page.inspector.count())]
        assert names == ["Asel Nurlanovna", "Boris Ivanov"]
        page.inspector.setCurrentIndex(1)
        generate(qtbot, page)
        assert page.request is not None
        assert page.request.inspector_id == world.other_inspector.user_id
        assert page.document.pageCount() >= 1
    finally:
        close_window(win)


def test_resident_card_from_the_search(qtbot: Any, window: MainWindow, db: Any, world: Any) -> None:
    resident_id = add_resident(db, world.inspector, world.beat_id, "Abenov", "Nurlan")
    page = reports_page(qtbot, window)
    page.select_kind(ReportKind.RESIDENT_CARD)
    assert page.resident_search.isVisible()
    qtbot.keyClicks(page.resident_search, "Abenov")
    page._search_debounce.flush()
    qtbot.waitUntil(lambda: page.resident_results.count() == 1, timeout=5000)
    assert page.chosen_resident() == resident_id
    generate(qtbot, page)
    assert page.document.pageCount() >= 1


def test_page_follows_the_ui_language(qtbot: Any, window: MainWindow) -> None:
    from inspector_desk.ui.i18n import set_language

    page = reports_page(qtbot, window)
    try:
        set_language("ru")
        qtbot.waitUntil(lambda: page.generate_button.text() == "&Сформировать")
        assert page.kind.findText("Карточка жителя") >= 0
        fresh = ReportsPage(window.ctx)
        assert fresh.language.currentData() == "ru"
        fresh.deleteLater()
    finally:
        set_language("en")
    qtbot.waitUntil(lambda: page.generate_button.text() == "&Generate")
