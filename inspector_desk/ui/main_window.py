"""The main window: navigation rail with counts, the page stack, a global resident search (Ctrl+K), menus
with every action and its shortcut, and a status bar with the sync-state area and a busy indicator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMargins,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from inspector_desk.security.tls import set_ca_bundle
from inspector_desk.services import residents as residents_service
from inspector_desk.services.audit import FAILED, LOCK, UNLOCK
from inspector_desk.services.base import ChangeSet, Role
from inspector_desk.ui.audit_page import record_session_event
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.i18n import fmt_int, set_language
from inspector_desk.ui.icons import icon
from inspector_desk.ui.lazy_pages import LazyPages
from inspector_desk.ui.lock import IdleWatcher, LockScreen, Verify
from inspector_desk.ui.operations import Debouncer
from inspector_desk.ui.pages import Page
from inspector_desk.ui.password_dialog import ChangePassword, ChangePasswordDialog
from inspector_desk.ui.residents.card import ResidentCardPage
from inspector_desk.ui.residents.page import SEARCH_DELAY_MS, ResidentsPage
from inspector_desk.ui.settings import (
    HQ_CA_BUNDLE,
    HQ_URL,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
)
from inspector_desk.ui.sync_controller import SyncController
from inspector_desk.ui.sync_status import SyncStatusWidget, error_text
from inspector_desk.ui.today import TodayPage
from inspector_desk.ui.visit_dialog import VisitDialog

translate = QCoreApplication.translate

# Rail entries in order: key, icon.
RAIL = (
    ("today", "today"),
    ("residents", "residents"),
    ("households", "households"),
    ("visits", "visits"),
    ("dv", "dv"),
    ("appeals", "appeals"),
    ("objects", "objects"),
    ("reports", "reports"),
    ("sync", "sync"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_SIZE = QSize(1280, 800)
FRAME_ROOM = 40  # pixels: a window frame's title bar and borders
RAIL_STYLE = """
QListWidget#rail { background: #f3f5f8; border: none; border-right: 1px solid #dde2e9; outline: 0; }
QListWidget#rail::item { padding: 8px 10px; margin: 1px 6px; border-radius: 6px; color: #2b3a4d; }
QListWidget#rail::item:selected { background: #dfe8f5; color: #123a6b; }
QListWidget#rail::item:hover:!selected { background: #e9edf3; }
"""


def rail_texts() -> dict[str, str]:
    return {
        "today": translate("MainWindow", "Today"),
        "residents": translate("MainWindow", "Residents"),
        "households": translate("MainWindow", "Households & addresses"),
        "visits": translate("MainWindow", "Visits"),
        "dv": translate("MainWindow", "DV cases"),
        "appeals": translate("MainWindow", "Appeals"),
        "objects": translate("MainWindow", "Beat objects"),
        "reports": translate("MainWindow", "Reports"),
        "sync": translate("MainWindow", "Sync"),
        "unit": translate("MainWindow", "My unit"),
        "audit": translate("MainWindow", "Audit log"),
    }


def page_factories(ctx: ClientContext, window: MainWindow) -> dict[str, Callable[[], Page]]:
    """How to build each rail page but Today and Residents; modules are imported on first show."""

    def households() -> Page:
        from inspector_desk.ui.households import HouseholdsPage

        return HouseholdsPage(ctx)

    def visits() -> Page:
        from inspector_desk.ui.visits_page import VisitsPage

        return VisitsPage(ctx)

    def cases() -> Page:
        from inspector_desk.ui.dv_cases import CasesPage

        return CasesPage(ctx)

    def appeals() -> Page:
        from inspector_desk.ui.appeals import AppealsPage

        return AppealsPage(ctx)

    def objects() -> Page:
        from inspector_desk.ui.beat_objects import BeatObjectsPage

        return BeatObjectsPage(ctx)

    def reports() -> Page:
        from inspector_desk.ui.reports_page import ReportsPage

        return ReportsPage(ctx)

    def sync() -> Page:
        from inspector_desk.ui.sync_page import SyncPage  # conflicts' module: the sync stack

        return SyncPage(ctx, window.sync, window.act_sync)

    def unit() -> Page:
        from inspector_desk.ui.unit_page import UnitPage

        return UnitPage(ctx)

    def audit() -> Page:
        from inspector_desk.ui.audit_page import AuditPageWidget

        return AuditPageWidget(ctx)

    factories: dict[str, Callable[[], Page]] = {
        "households": households,
        "visits": visits,
        "dv": cases,
        "appeals": appeals,
        "objects": objects,
        "reports": reports,
        "sync": sync,
    }
    if ctx.is_supervisor:
        factories["unit"] = unit
    if ctx.is_supervisor or ctx.actor.role is Role.ADMIN:
        factories["audit"] = audit
    return factories


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: ClientContext,
        verify: Verify | None = None,
        parent: QWidget | None = None,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        # Sync with HQ runs on its own workers; the window shows its state (status bar, Sync page).
        self.sync = (
            sync
            if sync is not None
            else SyncController(ctx.db, ctx.actor, ctx.runner, hq_url=ctx.settings.get(HQ_URL), parent=self)
        )
        self.sync.setParent(self)
        self.act_sync = QAction(icon("sync"), "", self)
        self.act_sync.setShortcut(QKeySequence("F5"))
        self.act_sync.triggered.connect(self.sync_now)
        self._verify = verify
        self.ctx = ctx
        ctx.nav = self
        self._counts: dict[str, int] = {}
        self._history: list[int] = []
        self._switching = False

        # -- pages (each built when first shown; see LazyPages) ---------------------------------
        self.stack = QStackedWidget()
        self.today_page = TodayPage(ctx)
        self.residents_page = ResidentsPage(ctx)
        self.pages = LazyPages(self.stack.addWidget)
        self.pages.put("today", self.today_page)
        self.pages.put("residents", self.residents_page)
        for key, factory in page_factories(ctx, self).items():
            self.pages.register(key, factory)
        self._rail = [e for e in RAIL if e[0] in self.pages]
        if ctx.is_supervisor:
            self._rail.insert(1, ("unit", "residents"))
        if "audit" in self.pages:
            self._rail.append(("audit", "lock"))
        self.card_page = ResidentCardPage(ctx)
        self.card_page.back_requested.connect(self.go_back)
        self.stack.addWidget(self.card_page)
        self._case_page: Any = None
        self._appeal_page: Any = None
        self.today_page.counted.connect(self._on_today_counted)

        # -- rail ----------------------------------------------------------------------------
        self.rail = QListWidget()
        self.rail.setObjectName("rail")
        self.rail.setStyleSheet(RAIL_STYLE)
        self.rail.setIconSize(QSize(20, 20))
        self.rail.setFixedWidth(252)
        self.rail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rail.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rail.setFrameShape(QListWidget.Shape.NoFrame)
        for key, icon_name in self._rail:
            item = QListWidgetItem(icon(icon_name), "")
            item.setData(ID_ROLE, key)
            self.rail.addItem(item)
        self.rail.currentRowChanged.connect(self._on_rail)

        self.workspace = QWidget()
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.shell = QStackedWidget()
        self.shell.addWidget(self.workspace)
        self.lock_screen: LockScreen | None = None
        self.idle: IdleWatcher | None = None
        if verify is not None:
            self.lock_screen = LockScreen(verify, ctx.actor.full_name)
            self.lock_screen.unlocked.connect(self.unlock)
            self.lock_screen.refused.connect(lambda: record_session_event(ctx, UNLOCK, FAILED))
            self.shell.addWidget(self.lock_screen)
            self.idle = IdleWatcher(ctx.settings.get(IDLE_LOCK_MINUTES), self)
            self.idle.idle.connect(self.lock)
        self.setCentralWidget(self.shell)

        # -- global search -------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("global_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(380)
        self.search_results = QStandardItemModel(self)
        self.completer = QCompleter(self.search_results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.search)
        self.completer.activated[QModelIndex].connect(self._on_search_chosen)  # type: ignore[index]
        self._search_debounce = Debouncer(SEARCH_DELAY_MS, self._run_search, self)  # the list's pause
        self.search.textEdited.connect(lambda _t: self._search_debounce.poke())
        self.search.returnPressed.connect(self._search_to_list)
        self.toolbar = self.addToolBar("search")
        self.toolbar.setObjectName("search_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setStyleSheet("QToolBar { border: none; padding: 6px 10px; spacing: 10px; }")
        self.who = QLabel()
        self.who.setObjectName("who")
        self.who.setStyleSheet("color: #44505e; padding-left: 12px;")
        self.toolbar.addWidget(self.search)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.who)

        # -- status bar ----------------------------------------------------------------------
        self.sync_status = SyncStatusWidget(self.sync)
        self.sync_status.clicked.connect(lambda: self.show_page("sync"))
        self.sync_state = self.sync_status.label
        self.sync.wiped.connect(self._on_wiped)
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(110)
        self.busy.setFixedHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.sync_status)
        ctx.runner.busy_changed.connect(self._on_busy)
        ctx.runner.operation_executed.connect(self._on_changes)

        self._build_actions()
        self.retranslate()
        self._restore_geometry()
        self.rail.setCurrentRow(0)

    @property
    def case_page(self) -> Any:
        """The DV case workspace, built the first time a case is opened."""
        if self._case_page is None:
            from inspector_desk.ui.dv_cases import CasePage

            self._case_page = CasePage(self.ctx)
            self._case_page.back_requested.connect(self.go_back)
            self.stack.addWidget(self._case_page)
        return self._case_page

    @property
    def appeal_page(self) -> Any:
        """The appeal's page, built the first time an appeal is opened."""
        if self._appeal_page is None:
            from inspector_desk.ui.appeals import AppealPage

            self._appeal_page = AppealPage(self.ctx)
            self._appeal_page.back_requested.connect(self.go_back)
            self.stack.addWidget(self._appeal_page)
        return self._appeal_page

    def built_pages(self) -> list[Page]:
        """Every page built so far (the others load fresh when first shown)."""
        extra = [p for p in (self._case_page, self._appeal_page) if p is not None]
        return [*self.pages.built(), self.card_page, *extra]

    # -- actions and menus -------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.act_search = QAction(icon("search"), "", self)
        self.act_search.setShortcut(QKeySequence("Ctrl+K"))
        self.act_search.triggered.connect(self.focus_search)
        self.act_new_resident = QAction(icon("add"), "", self)
        self.act_new_resident.setShortcut(QKeySequence("Ctrl+N"))
        self.act_new_resident.triggered.connect(self._new_resident)
        self.act_log_visit = QAction(icon("visits"), "", self)
        self.act_log_visit.setShortcut(QKeySequence("Ctrl+L"))
        self.act_log_visit.triggered.connect(self._log_visit_here)
        self.act_settings = QAction(icon("settings"), "", self)
        self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_settings.triggered.connect(self.open_settings)
        self.act_lock = QAction(icon("lock"), "", self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.act_lock.triggered.connect(self.lock)
        self.act_lock.setEnabled(self._verify is not None)
        self.act_quit = QAction("", self)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_quit.triggered.connect(self.close)
        self.act_back = QAction(icon("back"), "", self)
        self.act_back.setShortcut(QKeySequence("Alt+Left"))
        self.act_back.triggered.connect(self.go_back)
        self.go_actions: list[QAction] = []
        for i, (key, icon_name) in enumerate(self._rail):
            act = QAction(icon(icon_name), "", self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.go_actions.append(act)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.act_sync)
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addAction(self.act_lock)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.go_menu = self.menuBar().addMenu("")
        self.go_menu.addAction(self.act_search)
        self.go_menu.addAction(self.act_back)
        self.go_menu.addSeparator()
        for act in self.go_actions:
            self.go_menu.addAction(act)
        self.record_menu = self.menuBar().addMenu("")
        self.record_menu.addAction(self.act_new_resident)
        self.record_menu.addAction(self.act_log_visit)
        self.help_menu = self.menuBar().addMenu("")
        self.act_about = QAction("", self)
        self.act_about.triggered.connect(self._about)
        self.help_menu.addAction(self.act_about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector Desk"))
        texts = rail_texts()
        for i, (key, _icon) in enumerate(self._rail):
            self._set_rail_text(i, key, texts[key])
            self.go_actions[i].setText(texts[key])
        self.search.setPlaceholderText(self.tr("Find a resident: name, IIN, phone or address (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Find a resident"))
        self.search.setToolTip(self.tr("Find a resident by name, IIN, phone or address (Ctrl+K)"))
        self.rail.setAccessibleName(self.tr("Navigation"))
        role = self.tr("supervisor") if self.ctx.actor.role is Role.SUPERVISOR else self.tr("inspector")
        self.who.setText(f"{self.ctx.actor.full_name} · {role}")
        self.sync_status.update_view()
        self.busy.setToolTip(self.tr("Working…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.record_menu.setTitle(self.tr("&Record"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_search.setText(self.tr("Find a resident…"))
        self.act_new_resident.setText(self.tr("New resident…"))
        self.act_log_visit.setText(self.tr("Log a visit…"))
        self.act_settings.setText(self.tr("Settings…"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_lock.setText(self.tr("Lock now"))
        if getattr(self, "act_change_password", None) is not None:
            self.act_change_password.setText(self.tr("Change password…"))
        self.act_back.setText(self.tr("Back"))
        self.act_about.setText(self.tr("About Inspector Desk"))
        self.act_sync.setText(self.tr("Sync now"))
        for act in (
            self.act_sync,
            self.act_search,
            self.act_new_resident,
            self.act_log_visit,
            self.act_settings,
            self.act_back,
            self.act_lock,
        ):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{act.text().rstrip('…')} ({keys})")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_rail_text(self, row: int, key: str, text: str) -> None:
        count = self._counts.get(key)
        item = self.rail.item(row)
        item.setText(f"{text}   {fmt_int(count)}" if count else text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setToolTip(f"{text} (Ctrl+{row + 1})")

    def rail_text(self, key: str) -> str:
        row = [k for k, _i in self._rail].index(key)
        return self.rail.item(row).text()

    def _on_today_counted(self, total: int) -> None:
        view = self.today_page.view_data
        self._counts = {
            "today": total,
            "visits": len(view.due_visits) if view else 0,
            "dv": (len(view.cases_due) + len(view.expiring_orders)) if view else 0,
            "appeals": len(view.appeals_due) if view else 0,
        }
        texts = rail_texts()
        for i, (key, _icon) in enumerate(self._rail):
            self._set_rail_text(i, key, texts[key])

    # -- navigation --------------------------------------------------------------------------

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def _confirm_leave(self) -> bool:
        """Ask before leaving a page with unsaved edits; False keeps the user where they are."""
        page = self.current_page()
        if not page.has_unsaved():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved. Save them before leaving?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return page.save_pending()
        if answer == QMessageBox.StandardButton.Discard:
            page.discard_pending()
            return True
        return False

    def _switch_to(self, page: Page) -> bool:
        if self.stack.currentWidget() is page:
            return True
        if not self._confirm_leave():
            return False
        self._history.append(self.stack.currentIndex())
        del self._history[:-20]
        self.stack.setCurrentWidget(page)
        page.activate()
        return True

    def _on_rail(self, row: int) -> None:
        if self._switching or row < 0:
            return
        key = self._rail[row][0]
        if not self._switch_to(self.pages[key]):
            self._select_rail_for(self.current_page())

    def _select_rail_for(self, page: Page) -> None:
        self._switching = True
        try:
            for row, (key, _icon) in enumerate(self._rail):
                if self.pages.peek(key) is page:
                    self.rail.setCurrentRow(row)
                    return
            self.rail.clearSelection()
        finally:
            self._switching = False

    def show_page(self, key: str) -> None:
        if self._switch_to(self.pages[key]):
            self._select_rail_for(self.pages[key])

    def go_back(self) -> None:
        while self._history:
            index = self._history.pop()
            page = self.stack.widget(index)
            if isinstance(page, Page) and page is not self.stack.currentWidget():
                if not self._confirm_leave():
                    return
                self.stack.setCurrentWidget(page)
                page.activate()
                self._select_rail_for(page)
                return
        self.show_page("today")

    def open_resident(self, resident_id: str) -> None:
        if self.stack.currentWidget() is self.card_page and self.card_page.resident_id == resident_id:
            return
        if self.stack.currentWidget() is self.card_page and not self._confirm_leave():
            return
        if self.stack.currentWidget() is not self.card_page:
            if not self._confirm_leave():
                return
            self._history.append(self.stack.currentIndex())
        self.card_page.open(resident_id)
        self.stack.setCurrentWidget(self.card_page)
        self._select_rail_for(self.residents_page)

    def open_case(self, case_id: str) -> None:
        if not self._switch_to(self.case_page):
            return
        self.case_page.open(case_id)
        self._select_rail_for(self.pages["dv"])

    def open_appeal(self, appeal_id: str) -> None:
        if not self._switch_to(self.appeal_page):
            return
        self.appeal_page.open(appeal_id)
        self._select_rail_for(self.pages["appeals"])

    def open_household(self, household_id: str) -> None:
        self.show_page("households")
        households = self.pages["households"]
        opener = getattr(households, "open_household", None)
        if opener is not None:
            opener(household_id)

    def log_visit(
        self,
        *,
        resident_id: str | None = None,
        household_id: str | None = None,
        dv_case_id: str | None = None,
    ) -> VisitDialog:
        subject = ""
        if resident_id and self.card_page.card is not None and self.card_page.resident_id == resident_id:
            subject = self.card_page.card.resident.full_name
        elif resident_id and self.stack.currentWidget() is self.residents_page:
            index = self.residents_page.view.currentIndex()
            if index.isValid():
                subject = self.residents_page.model.row(index.row()).full_name
        if household_id and not subject:
            stop = getattr(self.pages.peek("households"), "current_stop", lambda: None)()
            if stop is not None and stop.household_id == household_id:
                subject = stop.address_line
        dialog = VisitDialog(
            self.ctx, resident_id=resident_id, household_id=household_id, dv_case_id=dv_case_id,
            subject=subject, parent=self,
        )  # fmt: skip
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _log_visit_here(self) -> None:
        page = self.stack.currentWidget()
        if page is self.card_page and self.card_page.resident_id:
            self.log_visit(resident_id=self.card_page.resident_id)
        elif page is self.residents_page and self.residents_page.selected_id():
            self.log_visit(resident_id=self.residents_page.selected_id())
        elif page is self.today_page and self.today_page.selected_resident_id():
            self.log_visit(resident_id=self.today_page.selected_resident_id())
        elif page is self.pages.peek("households") and getattr(page, "current_stop", lambda: None)():
            self.log_visit(household_id=getattr(page, "current_stop")().household_id)  # noqa: B009
        else:
            QMessageBox.information(
                self, self.tr("Log a visit"), self.tr("Open or select a resident first, then log the visit.")
            )

    def _new_resident(self) -> None:
        self.show_page("residents")
        if self.stack.currentWidget() is self.residents_page:
            self.residents_page.new_resident()

    # -- global search -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.search_results.clear()
            self._hide_results()
            return
        actor, on = self.ctx.actor, self.ctx.today()
        self.ctx.run(
            self,
            lambda db: residents_service.search_residents(db, actor, text, limit=12, on=on),
            success=self._show_search,
            key="global-search",
        )

    def _show_search(self, page: Any) -> None:
        self.search_results.clear()
        for row in page.rows:
            parts = [row.full_name, row.address, row.iin or ""]
            item = QStandardItem(" — ".join(p for p in parts if p))
            item.setData(row.id, ID_ROLE)
            item.setIcon(icon("residents"))
            self.search_results.appendRow(item)
        if not page.rows:
            item = QStandardItem(self.tr("No residents found"))
            item.setEnabled(False)
            self.search_results.appendRow(item)
        if self.search.hasFocus():
            self.completer.complete()

    def _hide_results(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _on_search_chosen(self, index: QModelIndex) -> None:
        resident_id = index.data(ID_ROLE)
        if resident_id:
            self.search.clear()
            self.open_resident(str(resident_id))

    def _search_to_list(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return
        text = self.search.text().strip()
        if text:
            self.show_page("residents")
            self.residents_page.set_search(text)

    # -- refresh, busy, settings, lifetime ---------------------------------------------------

    def _on_changes(self, changes: ChangeSet, initiator: Any) -> None:
        for page in self.built_pages():
            page.on_changes(changes, initiator)

    def _on_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    # -- lock ---------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None and self.shell.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide everything behind the unlock screen; unsaved edits and open dialogs stay as they are."""
        if self.lock_screen is None or self.locked:
            return
        self.lock_screen.hidden_dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ]
        for dialog in self.lock_screen.hidden_dialogs:
            dialog.hide()
        self._hide_results()
        self.toolbar.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.shell.setCurrentWidget(self.lock_screen)
        record_session_event(self.ctx, LOCK)
        self.lock_screen.password.setFocus()

    def unlock(self) -> None:
        if self.lock_screen is None:
            return
        self.shell.setCurrentWidget(self.workspace)
        record_session_event(self.ctx, UNLOCK)
        self.toolbar.setEnabled(True)
        self.menuBar().setEnabled(True)
        for dialog in self.lock_screen.hidden_dialogs:
            dialog.show()
        self.lock_screen.hidden_dialogs = []
        if self.idle is not None:
            self.idle.poke()

    def show_residents_of(self, inspector_id: str | None, name: str = "") -> None:
        """Supervisor mode: the residents list narrowed to one inspector's beats."""
        self.show_page("residents")
        self.residents_page.set_inspector(inspector_id, name)

    def open_settings(self) -> None:
        from inspector_desk.ui.settings_dialog import SettingsDialog

        before = self.ctx.settings.get(LANGUAGE)
        hq_before = self.ctx.settings.get(HQ_URL)
        dialog = SettingsDialog(self.ctx.settings, self)
        if dialog.exec():
            set_ca_bundle(self.ctx.settings.get(HQ_CA_BUNDLE))  # HQ connections made from now on
            if self.ctx.settings.get(HQ_URL) != hq_before:
                self.sync.set_hq_url(self.ctx.settings.get(HQ_URL))
            after = self.ctx.settings.get(LANGUAGE)
            if after != before:
                set_language(after)
            if self.idle is not None:
                self.idle.set_minutes(self.ctx.settings.get(IDLE_LOCK_MINUTES))

    def set_password_changer(self, change: ChangePassword) -> None:
        """Offer File → Change password…; ``change(current, new)`` re-wraps the key (app.py)."""
        self._change_password = change
        self.act_change_password = QAction(icon("lock"), self.tr("Change password…"), self)
        self.act_change_password.setObjectName("act_change_password")
        self.act_change_password.triggered.connect(self.change_password)
        self.file_menu.insertAction(self.act_lock, self.act_change_password)

    def check_store(self, check: Callable[[], list[str]], delay_ms: int = 30_000) -> None:
        """Run the full page check (security/integrity.py) in a worker once the first screens are
        loaded; damage is said at once (the next unlock refuses and offers the restore from HQ)."""

        def start() -> None:
            self.ctx.runner.run(self, lambda _db: check(), success=self._store_checked)

        QTimer.singleShot(delay_ms, self, start)

    def _store_checked(self, problems: list[str]) -> None:
        if problems:
            QMessageBox.critical(
                self,
                self.tr("The database is damaged"),
                self.tr(
                    "Inspector Desk found damage in this laptop's database (%1): its data cannot be "
                    "trusted. Close Inspector Desk and sign in again: you will be offered to restore "
                    "this laptop from HQ, keeping the damaged file aside."
                ).replace("%1", problems[0]),
            )

    def change_password(self) -> QDialog:
        dialog = ChangePasswordDialog(self._change_password, self)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Inspector Desk"),
            self.tr("Inspector Desk: the district police inspector's desk, offline first."),
        )

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.get(WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._first_geometry()
        state = self.ctx.settings.get(WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def _first_geometry(self) -> None:
        """The first start: 1280 x 800 where the screen has room for it and its frame, otherwise
        (a 1366 x 768 laptop, where 800 pixels would put the status bar below the screen's edge)
        the whole screen."""
        available = self.screen().availableGeometry()
        if available.width() >= DEFAULT_SIZE.width() + FRAME_ROOM and (
            available.height() >= DEFAULT_SIZE.height() + FRAME_ROOM
        ):
            self.resize(DEFAULT_SIZE)
        else:
            # The size it keeps when the user restores it from maximised: the screen less a frame.
            self.resize(available.size().shrunkBy(QMargins(0, 0, FRAME_ROOM, FRAME_ROOM)))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.sync.wiped_store and not self._confirm_leave():
            event.ignore()
            return
        self.ctx.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.ctx.settings.set(WINDOW_STATE, self.saveState())
        self.ctx.settings.sync()
        self.sync.shutdown()
        super().closeEvent(event)

    def start(self) -> None:
        """Load the first page (Today) and its counts; start syncing with HQ."""
        self.today_page.activate()
        from inspector_desk.ui.residents.kept_drafts import offer_kept_drafts

        offer_kept_drafts(self)  # edits a crash left behind
        self.sync.start()

    def sync_now(self) -> None:
        if not self.sync.sync_now():
            self.show_page("sync")

    def _on_wiped(self, _message: str) -> None:
        """Revoked at HQ: the local store is gone; say so and close (nothing more can be shown)."""
        QMessageBox.critical(self, self.tr("Sync"), error_text(self.sync.state.error, self.sync.state))
        self.close()
