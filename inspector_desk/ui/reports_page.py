"""Reports: choose a report and its parameters, build the PDF in a worker (progress bar, Cancel), preview
it in the app (Qt PDF), print it and save it as a file. Printing or saving a report that names residents
in DV cases is written to the audit log, like producing it (``build_report`` audits that itself)."""

from __future__ import annotations

import contextlib
import itertools
import shutil
import tempfile
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.reports import api as reports_api
from inspector_desk.reports.api import ReportCancelled, ReportKind, ReportRequest, ReportResult
from inspector_desk.services import accounts as accounts_service
from inspector_desk.services import addresses as addresses_service
from inspector_desk.services import residents as residents_service
from inspector_desk.services.base import Role
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.forms import FieldErrors, TabbingDateEdit, error_label, to_date
from inspector_desk.ui.i18n import current_language
from inspector_desk.ui.operations import Debouncer
from inspector_desk.ui.pages import Page

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUPERVISOR_ONLY = frozenset({ReportKind.UNIT_CASELOAD})
USES_PERIOD = frozenset({ReportKind.UNIT_CASELOAD, ReportKind.INSPECTOR_CASELOAD})
# Languages of the printed report, each in its own words (not translated on purpose).
LANGUAGE_NAMES = (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English"))
PRINT_DPI = 300
_outputs = itertools.count(1)


def kind_names() -> dict[ReportKind, str]:
    return {
        ReportKind.UNIT_CASELOAD: translate("ReportsPage", "Unit caseload"),
        ReportKind.INSPECTOR_CASELOAD: translate("ReportsPage", "Inspector caseload"),
        ReportKind.OVERDUE_VISITS: translate("ReportsPage", "Overdue visits"),
        ReportKind.MEASURES_ENDING: translate("ReportsPage", "Protective measures ending soon"),
        ReportKind.HIGH_RISK_CASES: translate("ReportsPage", "High-risk DV cases"),
        ReportKind.APPEALS_BY_DEADLINE: translate("ReportsPage", "Appeals by deadline"),
        ReportKind.RESIDENT_CARD: translate("ReportsPage", "Resident card"),
        ReportKind.ROUND_SHEET: translate("ReportsPage", "Round sheet"),
    }


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits on it and Qt queues the call to the main loop."""

    changed = Signal(int, int)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportsPage(Page):
    # The last report shown: (path, result, request). Tests read it.
    report_ready = Signal(object)

    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self._ctx = ctx
        self.output_dir = Path(tempfile.mkdtemp(prefix="inspector-desk-reports-"))
        self.destroyed.connect(lambda _o=None, d=self.output_dir: shutil.rmtree(d, ignore_errors=True))
        self.cancel_event: threading.Event | None = None
        self.result: ReportResult | None = None
        self.request: ReportRequest | None = None
        self.path: Path | None = None
        self._relay = _ProgressRelay(self)
        self._relay.changed.connect(self._on_progress)
        self.errors = FieldErrors()

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")

        # -- parameters ----------------------------------------------------------------------
        today = ctx.today()
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.period_start = TabbingDateEdit()
        self.period_start.setObjectName("period_start")
        self.period_start.setCalendarPopup(True)
        self.period_start.setDate(_qdate(today - timedelta(days=30)))
        self.period_end = TabbingDateEdit()
        self.period_end.setObjectName("period_end")
        self.period_end.setCalendarPopup(True)
        self.period_end.setDate(_qdate(today))
        self.on = TabbingDateEdit()
        self.on.setObjectName("report_on")
        self.on.setCalendarPopup(True)
        self.on.setDate(_qdate(today))
        self.inspector = QComboBox()
        self.inspector.setObjectName("report_inspector")
        self.within_days = QSpinBox()
        self.within_days.setObjectName("within_days")
        self.within_days.setRange(0, 366)
        self.within_days.setValue(7)
        self.within_working_days = QSpinBox()
        self.within_working_days.setObjectName("within_working_days")
        self.within_working_days.setRange(-1, 250)
        self.within_working_days.setValue(-1)
        self.include_answered = QCheckBox()
        self.include_answered.setObjectName("include_answered")
        self.streets = QListWidget()
        self.streets.setObjectName("report_streets")
        self.streets.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.streets.setMinimumHeight(120)
        self.resident_search = QLineEdit()
        self.resident_search.setObjectName("resident_search")
        self.resident_search.setClearButtonEnabled(True)
        self.resident_results = QListWidget()
        self.resident_results.setObjectName("resident_results")
        self.resident_results.setMaximumHeight(140)
        self._search_debounce = Debouncer(200, self._search_residents, self)
        self.resident_search.textEdited.connect(lambda _t: self._search_debounce.poke())
        self.resident_search.returnPressed.connect(self._search_debounce.flush)
        self.with_lists = QCheckBox()
        self.with_lists.setObjectName("with_lists")
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        for name, widget in (
            ("kind", self.kind),
            ("period_start", self.period_start),
            ("period_end", self.period_end),
            ("on", self.on),
            ("inspector_id", self.inspector),
            ("within_days", self.within_days),
            ("within_working_days", self.within_working_days),
            ("include_answered", self.include_answered),
            ("streets", self.streets),
            ("resident_id", self._resident_box()),
            ("with_lists", self.with_lists),
            ("language", self.language),
        ):
            self._add_row(name, widget)
        self.errors.add("resident_id", self.resident_search, self.errors.label("resident_id"))
        self.fallback = error_label("report")
        self.errors.fallback = self.fallback

        self.generate_button = QPushButton()
        self.generate_button.setObjectName("generate")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_report")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #44505e;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        params = QWidget()
        params.setObjectName("report_parameters")
        params.setMinimumWidth(340)
        params.setMaximumWidth(460)
        left = QVBoxLayout(params)
        left.setContentsMargins(0, 0, 12, 0)
        left.addLayout(self.form)
        left.addWidget(self.fallback)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addStretch(1)

        # -- preview -------------------------------------------------------------------------
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("report_preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preview_info = QLabel()
        self.preview_info.setObjectName("preview_info")
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_report")
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_report")
        self.save_button.clicked.connect(self.save_report)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_info, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        preview = QWidget()
        right = QVBoxLayout(preview)
        right.setContentsMargins(12, 0, 0, 0)
        right.addLayout(actions)
        right.addWidget(self.view, 1)

        splitter = QSplitter()
        splitter.addWidget(params)
        splitter.addWidget(preview)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

        self._fill_kinds()
        self.retranslate()
        self._set_preview_enabled(False)
        self._kind_changed()

    def _resident_box(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.resident_search)
        v.addWidget(self.resident_results)
        return box

    def _add_row(self, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget if name != "resident_id" else self.resident_search)
        error = error_label(name)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(error)
        self.form.addRow(label, box)
        self.labels[name] = label
        self.rows[name] = box
        self.errors.add(name, widget, error)

    def _fill_kinds(self) -> None:
        names = kind_names()
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind, text in names.items():
            if kind in SUPERVISOR_ONLY and not self._ctx.is_supervisor:
                continue
            self.kind.addItem(text, kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self._fill_kinds()
        texts = {
            "kind": self.tr("&Report"),
            "period_start": self.tr("Period &from"),
            "period_end": self.tr("Period &to"),
            "on": self.tr("&As of"),
            "inspector_id": self.tr("&Inspector"),
            "within_days": self.tr("Ending &within, days"),
            "within_working_days": self.tr("Due &within, working days"),
            "include_answered": self.tr("Answered appeals"),
            "streets": self.tr("&Streets"),
            "resident_id": self.tr("R&esident"),
            "with_lists": self.tr("Lists"),
            "language": self.tr("&Language of the report"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        accessible = {
            self.kind: self.tr("Report"),
            self.period_start: self.tr("Start of the period"),
            self.period_end: self.tr("End of the period"),
            self.on: self.tr("As of date"),
            self.inspector: self.tr("Inspector"),
            self.within_days: self.tr("Measures ending within, days"),
            self.within_working_days: self.tr("Appeals due within, working days"),
            self.include_answered: self.tr("Include answered appeals"),
            self.streets: self.tr("Streets of the round"),
            self.resident_search: self.tr("Find the resident"),
            self.resident_results: self.tr("Residents found"),
            self.with_lists: self.tr("Each inspector's lists after the figures"),
            self.language: self.tr("Language of the report"),
            self.generate_button: self.tr("Generate the report"),
            self.cancel_button: self.tr("Cancel the report"),
            self.progress: self.tr("Progress of the report"),
            self.view: self.tr("Report preview"),
            self.print_button: self.tr("Print the report"),
            self.save_button: self.tr("Save the report as a file"),
        }
        for widget, name in accessible.items():
            widget.setAccessibleName(name)
        self.within_working_days.setSpecialValueText(self.tr("Any"))
        self.include_answered.setText(self.tr("Include answered appeals"))
        self.with_lists.setText(self.tr("Each inspector's lists after the figures"))
        self.resident_search.setPlaceholderText(self.tr("Name, IIN, phone or address"))
        self.generate_button.setText(self.tr("&Generate"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save &as…"))
        self._show_preview_info()

    # -- parameters per kind -----------------------------------------------------------------

    def current_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    def select_kind(self, kind: ReportKind | str) -> None:
        index = self.kind.findData(ReportKind(kind).value)
        if index < 0:
            raise ValueError(f"report {kind} is not offered here")
        self.kind.setCurrentIndex(index)

    def visible_fields(self) -> set[str]:
        kind = self.current_kind()
        shown = {"kind", "on", "language"}
        if kind in USES_PERIOD:
            shown |= {"period_start", "period_end"}
        if kind is ReportKind.INSPECTOR_CASELOAD and self._ctx.is_supervisor:
            shown.add("inspector_id")
        if kind is ReportKind.UNIT_CASELOAD:
            shown.add("with_lists")
        if kind is ReportKind.MEASURES_ENDING:
            shown.add("within_days")
        if kind is ReportKind.APPEALS_BY_DEADLINE:
            shown |= {"within_working_days", "include_answered"}
        if kind is ReportKind.ROUND_SHEET:
            shown.add("streets")
        if kind is ReportKind.RESIDENT_CARD:
            shown.add("resident_id")
        return shown

    def _kind_changed(self) -> None:
        self.errors.clear()
        shown = self.visible_fields()
        for name, box in self.rows.items():
            self.form.setRowVisible(box, name in shown)

    def load(self) -> None:
        actor = self._ctx.actor
        self._ctx.run(
            self,
            lambda db: addresses_service.list_streets(db, actor),
            success=self._set_streets,
            failure=lambda e: show_error(self, e),
            key=f"report-streets-{id(self)}",
        )
        if self._ctx.is_supervisor:
            unit_id = actor.unit_id
            self._ctx.run(
                self,
                lambda db: accounts_service.list_users(db, unit_id=unit_id, role=Role.INSPECTOR),
                success=self._set_inspectors,
                failure=lambda e: show_error(self, e),
                key=f"report-inspectors-{id(self)}",
            )

    def _set_streets(self, streets: list[str]) -> None:
        checked = set(self.chosen_streets())
        self.streets.clear()
        for street in streets:
            item = QListWidgetItem(street)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if street in checked else Qt.CheckState.Unchecked)
            self.streets.addItem(item)

    def chosen_streets(self) -> list[str]:
        return [
            self.streets.item(i).text()
            for i in range(self.streets.count())
            if self.streets.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _set_inspectors(self, users: list[Any]) -> None:
        current = self.inspector.currentData()
        self.inspector.clear()
        for user in users:
            if user.active:
                self.inspector.addItem(user.full_name, user.id)
        self.inspector.setCurrentIndex(max(0, self.inspector.findData(current)))

    def _search_residents(self) -> None:
        text = self.resident_search.text().strip()
        if not text:
            self.resident_results.clear()
            return
        actor, on = self._ctx.actor, self._ctx.today()
        self._ctx.run(
            self,
            lambda db: residents_service.search_residents(db, actor, text, limit=20, on=on),
            success=self._show_residents,
            failure=lambda e: show_error(self, e),
            key=f"report-residents-{id(self)}",
        )

    def _show_residents(self, page: Any) -> None:
        self.resident_results.clear()
        for row in page.rows:
            parts = [row.full_name, row.address, row.iin or ""]
            item = QListWidgetItem(" — ".join(p for p in parts if p))
            item.setData(ID_ROLE, row.id)
            self.resident_results.addItem(item)
        if self.resident_results.count():
            self.resident_results.setCurrentRow(0)

    def chosen_resident(self) -> str | None:
        item = self.resident_results.currentItem()
        return str(item.data(ID_ROLE)) if item is not None and item.data(ID_ROLE) else None

    def build_request(self) -> ReportRequest:
        kind = self.current_kind()
        shown = self.visible_fields()
        on = to_date(self.on.date())
        if "period_start" in shown:
            start, end = to_date(self.period_start.date()), to_date(self.period_end.date())
        else:
            start, end = on - timedelta(days=30), on
        working = self.within_working_days.value()
        return ReportRequest(
            kind=kind.value,
            period_start=start,
            period_end=end,
            on=on,
            inspector_id=self.inspector.currentData() if "inspector_id" in shown else None,
            streets=tuple(self.chosen_streets()) if "streets" in shown else (),
            resident_id=self.chosen_resident() if "resident_id" in shown else None,
            within_days=self.within_days.value(),
            within_working_days=None if working < 0 else working,
            include_answered=self.include_answered.isChecked(),
            with_lists=self.with_lists.isChecked() and "with_lists" in shown,
            language=str(self.language.currentData()),
        )

    # -- generating ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.cancel_event is not None

    def generate(self) -> None:
        if self.running:
            return
        self.errors.clear()
        request = self.build_request()
        target = self.output_dir / f"report-{next(_outputs)}.pdf"
        cancel = threading.Event()
        self.cancel_event = cancel
        actor, relay = self._ctx.actor, self._relay
        last = [-1]

        def progress(done: int, total: int) -> None:
            percent = int(100 * done / total) if total > 0 else 0
            if percent != last[0]:  # a signal per percent, not per row
                last[0] = percent
                relay.changed.emit(done, total)

        def op(db: Any) -> ReportResult:
            return reports_api.build_report(db, actor, request, target, progress=progress, cancel=cancel)

        self._set_running(True)
        self.status.setText(self.tr("Generating the report…"))
        self._ctx.run(
            self,
            op,
            success=lambda result: self._built(result, request, target),
            failure=self._failed,
            description="report",
        )

    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.generate_button.setEnabled(not running)
        self.kind.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        if running:
            self.cancel_button.setFocus()
        else:
            self.cancel_event = None

    def _on_progress(self, done: int, total: int) -> None:
        if not self.running or total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.generate_button.setFocus()
        if isinstance(error, ReportCancelled):
            self.status.setText(self.tr("The report was cancelled."))
            return
        self.status.clear()
        if isinstance(error, ValidationError):
            self.errors.show(error)
            return
        show_error(self, error, context="report")

    def _built(self, result: ReportResult, request: ReportRequest, path: Path) -> None:
        self._set_running(False)
        self.document.close()
        if self.path is not None and self.path != path:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.result, self.request, self.path = result, request, path
        self.document.load(str(path))
        self.view.setDocument(self.document)
        self._set_preview_enabled(self.document.pageCount() > 0)
        self.status.setText(self.tr("The report is ready."))
        self._show_preview_info()
        self.view.setFocus()
        self.report_ready.emit(result)

    def _show_preview_info(self) -> None:
        if self.result is None:
            self.preview_info.setText(self.tr("Choose a report and press Generate."))
            return
        pages = self.tr("pages: %1").replace("%1", str(self.result.pages))
        self.preview_info.setText(f"{self.result.title} · {pages}")

    def _set_preview_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    # -- print and save --------------------------------------------------------------------------

    def _audit(self, action: str) -> None:
        """A report naming DV residents left the app (printed, saved): one more audit entry."""
        result, request = self.result, self.request
        if result is None or request is None or not result.names_dv_residents:
            return
        actor = self._ctx.actor
        params = {**reports_api.request_params(request), "action": action}
        self._ctx.run(
            self,
            lambda db: reports_api.record_report_export(db, actor, result.kind, params),
            failure=lambda e: show_error(self, e, context="report audit"),
            description="report audit",
        )

    def print_report(self) -> None:
        if self.path is None or self.document.pageCount() <= 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.result.title if self.result is not None else "report")
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if not dialog.exec():
            return
        if self._render_to(dialog.printer()):
            self._audit("print")
            self.status.setText(self.tr("The report was sent to the printer."))

    def _render_to(self, printer: QPrinter) -> bool:
        count = self.document.pageCount()
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return False
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number - 1)
                size = QSize(int(points.width() * PRINT_DPI / 72), int(points.height() * PRINT_DPI / 72))
                image = self.document.render(number - 1, size)
                area = QRectF(painter.viewport())
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRectF(0, 0, size.width() * scale, size.height() * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True

    def save_report(self) -> None:
        if self.path is None or self.result is None:
            return
        suggested = f"{self.result.kind}-{self.result.generated_at:%Y%m%d-%H%M}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / suggested), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save the report"),
                self.tr("The file could not be saved: %1").replace("%1", str(exc)),
            )
            return
        self._audit("save")
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
