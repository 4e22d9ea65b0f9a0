"""The residents list model: ids in the order the service gave them and a cache of their display rows,
filled a page at a time by ``fetchMore`` in an operation, so 200,000 residents are never loaded at
once and scrolling never waits on the database (Anki's browser table model, Vorta's COL_* models)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from inspector_desk.services import residents as residents_service
from inspector_desk.services.base import ChangeSet
from inspector_desk.services.residents import ResidentFilter, ResidentListRow
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.i18n import fmt_date
from inspector_desk.ui.rows import ROW_ID_ROLE, SORT_ROLE, WARNING

translate = QCoreApplication.translate

COL_NAME = 0
COL_IIN = 1
COL_BIRTH = 2
COL_ADDRESS = 3
COL_PHONE = 4
COL_CATEGORIES = 5
COL_DV = 6
COL_NEXT_DUE = 7
COLUMNS = 8

# Columns the service can sort by, and its name for each.
SORTABLE = {COL_NAME: "name", COL_BIRTH: "birth_date", COL_ADDRESS: "address", COL_NEXT_DUE: "next_visit_due"}
PAGE_SIZE = 200
FIRST_PAGE = 60
# Writes to these tables can change what a row of the list shows.
WATCHED = frozenset({"residents", "registry_entries", "visits", "dv_cases", "dv_case_children", "households"})

Index = QModelIndex | QPersistentModelIndex


def headers() -> list[str]:
    return [
        translate("ResidentsModel", "Name"),
        translate("ResidentsModel", "IIN"),
        translate("ResidentsModel", "Born"),
        translate("ResidentsModel", "Address"),
        translate("ResidentsModel", "Phone"),
        translate("ResidentsModel", "Registry"),
        translate("ResidentsModel", "DV"),
        translate("ResidentsModel", "Next visit"),
    ]


class ResidentsModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows held after a page arrived
    load_failed = Signal(object)

    def __init__(self, ctx: ClientContext, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._ids: list[str] = []
        self._rows: dict[str, ResidentListRow] = {}
        self._has_more = False
        self._loading = False
        self._generation = 0
        self._query = ""
        self._filters = ResidentFilter()
        self._sort = "name"
        self._descending = False
        self._headers = headers()
        self.pages_fetched = 0

    # -- what is listed ----------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self._query:
            self._query = text
            self.reload()

    def set_filters(self, filters: ResidentFilter) -> None:
        if filters != self._filters:
            self._filters = filters
            if not self._query:
                self.reload()

    @property
    def filters(self) -> ResidentFilter:
        return self._filters

    def set_inspector(self, inspector_id: str | None) -> None:
        self.set_filters(replace(self._filters, inspector_id=inspector_id))

    def reload(self) -> None:
        """Drop what is held and fetch the first page again."""
        self._generation += 1
        self._loading = False
        self.beginResetModel()
        self._ids = []
        self._rows = {}
        self._has_more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._has_more

    # -- lazy loading ------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._loading or not self._has_more:
            return
        self._loading = True
        generation = self._generation
        offset = len(self._ids)
        actor = self._ctx.actor
        query, filters, sort, descending = self._query, self._filters, self._sort, self._descending
        # The first page only has to fill the screen: it comes back sooner while typing a search.
        limit = min(self._page_size, FIRST_PAGE) if offset == 0 else self._page_size
        on = self._ctx.today()
        # Sorted by name, a deep page continues after the last row held (a keyset read) instead of
        # skipping ``offset`` rows again: scrolling to the 200,000th resident stays as fast as the first.
        after = self._ids[-1] if self._ids and sort == "name" and not query else None

        def op(db: Any) -> Any:
            if query:
                return residents_service.search_residents(db, actor, query, limit=limit, offset=offset, on=on)
            return residents_service.list_residents(
                db, actor, filters, sort=sort, descending=descending, limit=limit,
                offset=0 if after else offset, on=on, after=after,
            )  # fmt: skip

        def done(page: Any) -> None:
            if generation != self._generation:
                return
            self._loading = False
            fresh = [r for r in page.rows if r.id not in self._rows]
            if fresh:
                first = len(self._ids)
                self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
                for row in fresh:
                    self._ids.append(row.id)
                    self._rows[row.id] = row
                self.endInsertRows()
            self._has_more = bool(page.has_more) and bool(fresh)
            self.pages_fetched += 1
            self.page_loaded.emit(len(self._ids))

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._has_more = False
            self.load_failed.emit(error)

        self._ctx.run(self, op, success=done, failure=failed, key=f"residents-model-{id(self)}")

    # -- refresh from writes -----------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.kinds & WATCHED:
            return
        if "residents" in changes.kinds and not (changes.ids & self._rows.keys()):
            self.reload()  # a new resident may belong anywhere in the order
            return
        if changes.ids & self._rows.keys() or changes.kinds & {"registry_entries", "visits", "dv_cases"}:
            self.reload()

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def row_id(self, row: int) -> str:
        return self._ids[row]

    def row(self, row: int) -> ResidentListRow:
        return self._rows[self._ids[row]]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section not in SORTABLE:
            return translate("ResidentsModel", "This column cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        r = self._rows[self._ids[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == ROW_ID_ROLE:
            return r.id
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CATEGORIES and r.categories:
            return labels.categories_text(r.categories)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_DV and r.has_open_dv_case:
                return QBrush(WARNING)
            if col == COL_NEXT_DUE and r.next_visit_due is not None and r.next_visit_due < self._ctx.today():
                return QBrush(WARNING)
            if col in (COL_IIN, COL_PHONE):
                return QBrush(QColor("#44505e"))
        return None

    def _text(self, r: ResidentListRow, col: int) -> str:
        if col == COL_NAME:
            return r.full_name
        if col == COL_IIN:
            return r.iin or ""
        if col == COL_BIRTH:
            return fmt_date(r.birth_date)
        if col == COL_ADDRESS:
            return r.address
        if col == COL_PHONE:
            return r.phone or ""
        if col == COL_CATEGORIES:
            return labels.categories_text(r.categories)
        if col == COL_DV:
            return translate("ResidentsModel", "open case") if r.has_open_dv_case else ""
        if col == COL_NEXT_DUE:
            return fmt_date(r.next_visit_due)
        return ""

    @staticmethod
    def _sort_key(r: ResidentListRow, col: int) -> Any:
        if col == COL_BIRTH:
            return r.birth_date or date.max
        if col == COL_NEXT_DUE:
            return r.next_visit_due or date.max
        return r.full_name

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORTABLE:
            return
        sort, descending = SORTABLE[column], order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            if not self._query:
                self.reload()

    def retranslate(self) -> None:
        self._headers = headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMNS - 1))
