"""The Residents page: search-as-you-type over the whole beat, filters (registry category, open DV case,
age group, street), sortable columns, and a list that loads a page at a time as it scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.services import addresses as addresses_service
from inspector_desk.services.base import ChangeSet
from inspector_desk.services.residents import ResidentFilter
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.i18n import fmt_int
from inspector_desk.ui.icons import icon
from inspector_desk.ui.operations import Debouncer
from inspector_desk.ui.pages import Page
from inspector_desk.ui.residents.card import NewResidentDialog
from inspector_desk.ui.residents.model import (
    COL_ADDRESS,
    COL_DV,
    COL_NAME,
    COL_PHONE,
    WATCHED,
    ResidentsModel,
)

AGE_GROUPS: dict[str, tuple[int | None, int | None]] = {
    "children": (0, 13),
    "teens": (14, 17),
    "young": (18, 29),
    "adults": (30, 59),
    "elderly": (60, None),
}
# The pause after a keystroke before the search runs: shorter than the gap between a quick typist's
# keys (about 70 ms), so each key's answer starts almost at once; a paste or key repeat runs once.
SEARCH_DELAY_MS = 15


class ResidentsPage(Page):
    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residents_page")
        self._ctx = ctx
        self.count = QLabel()
        self.count.setObjectName("residents_count")
        self.count.setStyleSheet("color: #5f6b7a;")
        self.model = ResidentsModel(ctx, self)
        self.model.page_loaded.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.search = QLineEdit()
        self.search.setObjectName("residents_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._debounce = Debouncer(SEARCH_DELAY_MS, self._apply_search, self)
        self.search.textChanged.connect(lambda _t: self._debounce.poke())
        self.search.returnPressed.connect(self._debounce.flush)

        self.category = QComboBox()
        self.category.setObjectName("filter_category")
        self.dv = QComboBox()
        self.dv.setObjectName("filter_dv")
        self.age = QComboBox()
        self.age.setObjectName("filter_age")
        self.street = QComboBox()
        self.street.setObjectName("filter_street")
        self.street.setMinimumContentsLength(14)
        self.street.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._streets: list[str] = []
        for combo in (self.category, self.dv, self.age, self.street):
            combo.currentIndexChanged.connect(self._apply_filters)
            # Long captions (Russian, Kazakh) are elided rather than squeezing the search field.
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_button = QPushButton(icon("add"), "")
        self.new_button.setObjectName("new_resident")
        self.new_button.clicked.connect(self.new_resident)
        self.inspector_chip = QLabel()
        self.inspector_chip.setObjectName("inspector_filter")
        self.inspector_chip.setStyleSheet(
            "background: #e6eef8; color: #123a6b; padding: 3px 8px; border-radius: 4px;"
        )
        self.inspector_chip.hide()
        self.clear_inspector = QPushButton()
        self.clear_inspector.setObjectName("clear_inspector_filter")
        self.clear_inspector.clicked.connect(lambda: self.set_inspector(None))
        self.clear_inspector.hide()
        self._inspector_name = ""
        self._stale = False
        self.visit_button = QPushButton(icon("visits"), "")
        self.visit_button.setObjectName("residents_log_visit")
        self.visit_button.clicked.connect(self._log_visit)

        self.view = QTableView()
        self.view.setObjectName("residents_table")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        # Fixed row height: the view never measures rows it has not shown (smooth at 200,000 rows).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        # Every column fits a 1366-pixel laptop screen without scrolling sideways.
        header.resizeSection(COL_NAME, 225)
        header.resizeSection(COL_ADDRESS, 160)
        header.resizeSection(COL_PHONE, 110)
        header.resizeSection(COL_DV, 115)
        self.view.activated.connect(self._open)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.inspector_chip)
        top.addWidget(self.clear_inspector)
        top.addStretch(1)
        top.addWidget(self.visit_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        self.search.setMinimumWidth(300)
        filters.addWidget(self.search, 4)
        self._filter_caption = QLabel()
        filters.addWidget(self._filter_caption)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.dv, 1)
        filters.addWidget(self.age, 1)
        filters.addWidget(self.street, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.dv)
        self.setTabOrder(self.dv, self.age)
        self.setTabOrder(self.age, self.street)
        self.setTabOrder(self.street, self.view)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Residents"))
        self.search.setPlaceholderText(self.tr("Search by name, IIN, phone or address"))
        self.search.setAccessibleName(self.tr("Search residents"))
        self._filter_caption.setText(self.tr("Filters:"))
        self.new_button.setText(self.tr("New resident"))
        self.new_button.setToolTip(self.tr("Register a new resident (Ctrl+N)"))
        self.visit_button.setText(self.tr("Log visit"))
        self.visit_button.setToolTip(self.tr("Log a visit to the selected resident (Ctrl+L)"))
        self._fill(
            self.category, self.tr("Any registry category"), labels.categories(), self.tr("Registry category")
        )
        self._fill(
            self.dv,
            self.tr("DV case: any"),
            {"yes": self.tr("With an open DV case"), "no": self.tr("Without an open DV case")},
            self.tr("Open DV case"),
        )
        self._fill(
            self.age,
            self.tr("Any age"),
            {
                "children": self.tr("Children (0–13)"),
                "teens": self.tr("Teenagers (14–17)"),
                "young": self.tr("18–29"),
                "adults": self.tr("30–59"),
                "elderly": self.tr("60 and over"),
            },
            self.tr("Age group"),
        )
        self._fill(self.street, self.tr("Any street"), {s: s for s in self._streets}, self.tr("Street"))
        self.clear_inspector.setText(self.tr("Show all"))
        if self._inspector_name:
            self.inspector_chip.setText(self.tr("Inspector: %1").replace("%1", self._inspector_name))
        self.model.retranslate()
        self._update_count()

    def _fill(self, combo: QComboBox, anything: str, table: dict[str, str], name: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for code, text in table.items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.blockSignals(False)

    def _update_count(self, *_args: Any) -> None:
        n = self.model.rowCount()
        if self.model.loading and n == 0:
            self.count.setText(self.tr("Loading…"))
        elif n == 0:
            self.count.setText(self.tr("No residents match"))
        elif self.model.has_more:
            self.count.setText(self.tr("%1 shown; scroll for more").replace("%1", fmt_int(n)))
        else:
            self.count.setText(self.tr("%1 residents").replace("%1", fmt_int(n)))

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        self.model.reload()
        actor = self._ctx.actor
        self._ctx.run(self, lambda db: addresses_service.list_streets(db, actor), success=self._set_streets)

    def _set_streets(self, streets: list[str]) -> None:
        self._streets = list(streets)
        self._fill(self.street, self.tr("Any street"), {s: s for s in self._streets}, self.tr("Street"))

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if not self._activated:
            return
        if self.isVisible():
            self.model.on_changes(changes)
        elif changes.kinds & WATCHED:
            self._stale = True  # reload when shown again, not behind the user's back

    def activate(self) -> None:
        super().activate()
        if self._stale:
            self._stale = False
            self.model.reload()

    def _apply_search(self) -> None:
        text = self.search.text()
        searching = bool(text.strip())
        for combo in (self.category, self.dv, self.age, self.street):
            combo.setEnabled(not searching)
        self.model.set_query(text)

    def _apply_filters(self, *_args: Any) -> None:
        age_min, age_max = AGE_GROUPS.get(self.age.currentData() or "", (None, None))
        dv = self.dv.currentData()
        self.model.set_filters(
            ResidentFilter(
                category=self.category.currentData(),
                has_open_dv_case=None if dv is None else dv == "yes",
                age_min=age_min,
                age_max=age_max,
                street=self.street.currentData(),
                inspector_id=self.model.filters.inspector_id,
            )
        )

    def set_inspector(self, inspector_id: str | None, name: str = "") -> None:
        """Supervisor mode: only the residents of this inspector's beats (None: the whole unit)."""
        self._inspector_name = name if inspector_id else ""
        self.inspector_chip.setText(self.tr("Inspector: %1").replace("%1", name))
        self.inspector_chip.setVisible(inspector_id is not None)
        self.clear_inspector.setVisible(inspector_id is not None)
        self.model.set_inspector(inspector_id)

    def set_search(self, text: str) -> None:
        self.search.setText(text)
        self._debounce.flush()

    # -- actions -----------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and self._ctx.nav is not None:
            self._ctx.nav.open_resident(self.model.row_id(index.row()))

    def _log_visit(self) -> None:
        resident_id = self.selected_id()
        if resident_id is not None and self._ctx.nav is not None:
            self._ctx.nav.log_visit(resident_id=resident_id)

    def new_resident(self) -> None:
        dialog = NewResidentDialog(self._ctx, self)
        if dialog.exec() and dialog.created_id and self._ctx.nav is not None:
            self._ctx.nav.open_resident(dialog.created_id)
