"""The residents list model: ids in the order the service gave them and a cache of their display rows,
filled a page at a time by ``fetchMore`` in an operation, so 200,000 residents are never loaded at
once and scrolling never waits on the database (Anki's browser table model, Vorta's COL_* models).

The cache holds the display rows of the blocks of rows last looked at (``MAX_BLOCKS`` blocks of
``BLOCK``); a block scrolled back into view is read again by id in a worker. So a list scrolled to its
200,000th row keeps 200,000 ids, not 200,000 rows (memory, and the garbage collector's pauses)."""

from __future__ import annotations

from collections import OrderedDict
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
from inspector_desk.ui.rows import ROW_ID_ROLE, SORT_ROLE, WARNING, OneCallPerCell, PagedFetch

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
PAGE_SIZE = 100
FIRST_PAGE = 45
BLOCK = 100
MAX_BLOCKS = 30
# Writes to these tables can change what a row of the list shows.
WATCHED = frozenset({"residents", "registry_entries", "visits", "dv_cases", "dv_case_children", "households"})

Index = QModelIndex | QPersistentModelIndex
_ALARM = QBrush(WARNING)
_DIGITS = QBrush(QColor("#44505e"))
ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        ROW_ID_ROLE,
        SORT_ROLE,
    }
)


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


class ResidentsModel(PagedFetch, OneCallPerCell, QAbstractTableModel):
    page_loaded = Signal(int)  # rows held after a page arrived
    load_failed = Signal(object)

    def __init__(self, ctx: ClientContext, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._ids: list[str] = []
        self._id_set: set[str] = set()
        self._rows: dict[str, ResidentListRow] = {}
        self._texts: dict[str, tuple[str, ...]] = {}  # cell texts of held rows painted so far
        self._blocks: OrderedDict[int, None] = OrderedDict()  # blocks whose rows are held, LRU first
        self._wanted: set[int] = set()  # blocks being read again
        self._has_more = False
        self._loading = False
        self._generation = 0
        self._query = ""
        self._filters = ResidentFilter()
        self._sort = "name"
        self._descending = False
        self._headers = headers()
        self._replacing = False  # a reload's first page replaces the rows held when it arrives
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
        """Fetch the first page again; what is shown stays until it arrives and replaces it in one
        reset (typing a search: one repaint per result, never an empty list in between)."""
        self._generation += 1
        self._loading = False
        self._replacing = True
        self._has_more = True
        self.fetchMore(QModelIndex())

    def _replace(self, rows: list[ResidentListRow]) -> None:
        """The rows of a reload's first page instead of everything held."""
        self._replacing = False
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._id_set = set(self._ids)
        self._rows = {}
        self._texts = {}
        self._blocks = OrderedDict()
        self._wanted = set()
        self._hold(0, rows)
        self.endResetModel()

    @property
    def has_more(self) -> bool:
        return self._has_more

    # -- lazy loading ------------------------------------------------------------------------

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        generation = self._begin_fetch(parent)
        if generation is None:
            return
        offset = 0 if self._replacing else len(self._ids)
        actor = self._ctx.actor
        query, filters, sort, descending = self._query, self._filters, self._sort, self._descending
        # The first page only has to fill the screen: it comes back sooner while typing a search.
        limit = min(self._page_size, FIRST_PAGE) if offset == 0 else self._page_size
        on = self._ctx.today()
        # Sorted by name, a deep page continues after the last row held (a keyset read) instead of
        # skipping ``offset`` rows again: scrolling to the 200,000th resident stays as fast as the first.
        after = self._ids[-1] if offset and sort == "name" and not query else None

        def op(db: Any) -> Any:
            if query:
                return residents_service.search_residents(db, actor, query, limit=limit, offset=offset, on=on)
            return residents_service.list_residents(
                db, actor, filters, sort=sort, descending=descending, limit=limit,
                offset=0 if after else offset, on=on, after=after,
            )  # fmt: skip

        def done(page: Any) -> None:
            if not self._fetch_ended(generation):
                return
            if self._replacing:
                fresh = list({r.id: r for r in page.rows}.values())
                self._replace(fresh)
            else:
                fresh = [r for r in page.rows if r.id not in self._id_set]
                if fresh:
                    first = len(self._ids)
                    self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
                    for row in fresh:
                        self._ids.append(row.id)
                        self._id_set.add(row.id)
                    self._hold(first, fresh)
                    self.endInsertRows()
            self._has_more = bool(page.has_more) and bool(fresh)
            self.pages_fetched += 1
            self.page_loaded.emit(len(self._ids))

        def failed(error: BaseException) -> None:
            if not self._fetch_ended(generation, failed=True):
                return
            if self._replacing:
                self._replace([])  # nothing of another query or filter stays on show
            self.load_failed.emit(error)

        self._ctx.run(self, op, success=done, failure=failed, key=f"residents-model-{id(self)}")

    # -- refresh from writes -----------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if not changes.kinds & WATCHED:
            return
        if "residents" in changes.kinds and not (changes.ids & self._id_set):
            self.reload()  # a new resident may belong anywhere in the order
            return
        if changes.ids & self._id_set or changes.kinds & {"registry_entries", "visits", "dv_cases"}:
            self.reload()

    # -- the cache of display rows -----------------------------------------------------------

    def _hold(self, first: int, rows: list[ResidentListRow]) -> None:
        """Keep the display rows of rows ``first``.. and forget the blocks looked at longest ago."""
        for offset, row in enumerate(rows):
            self._rows[row.id] = row
            self._texts.pop(row.id, None)
            block = (first + offset) // BLOCK
            self._blocks[block] = None
            self._blocks.move_to_end(block)
        while len(self._blocks) > MAX_BLOCKS:
            block, _ = self._blocks.popitem(last=False)
            for rid in self._ids[block * BLOCK : (block + 1) * BLOCK]:
                self._rows.pop(rid, None)
                self._texts.pop(rid, None)

    def _cached(self, row: int) -> ResidentListRow | None:
        found = self._rows.get(self._ids[row])
        block = row // BLOCK
        if found is not None:
            if block in self._blocks:
                self._blocks.move_to_end(block)
            return found
        if block not in self._wanted:
            self._read_again(block)
        return None

    def _read_again(self, block: int) -> None:
        """Read a block's rows by id in a worker; its cells show empty until they arrive."""
        self._wanted.add(block)
        generation, actor, on = self._generation, self._ctx.actor, self._ctx.today()
        first = block * BLOCK
        ids = self._ids[first : first + BLOCK]

        def done(rows: list[ResidentListRow]) -> None:
            if generation != self._generation:
                return
            self._wanted.discard(block)
            by_id = {r.id: r for r in rows}
            self._hold(first, [by_id[i] for i in ids if i in by_id])
            last = first + len(ids) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMNS - 1))

        def failed(_error: BaseException) -> None:
            self._wanted.discard(block)

        self._ctx.run(
            self,
            lambda db: residents_service.resident_rows(db, actor, ids, on=on),
            success=done,
            failure=failed,
            description="resident_rows",
        )

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """One call from the view per cell (Qt's own asks rowCount and columnCount each time)."""
        if 0 <= row < len(self._ids) and 0 <= column < COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def row_id(self, row: int) -> str:
        return self._ids[row]

    def row(self, row: int) -> ResidentListRow:
        """The display row (held in the cache: a row on screen or near it)."""
        found = self._cached(row)
        if found is None:
            raise LookupError(f"row {row} is being read again")
        return found

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
        if role not in ROLES:
            return None  # the view asks for many roles per cell while painting: answer those at once
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row = index.row()
        if role == ROW_ID_ROLE:
            return self._ids[row]
        r = self._cached(row)
        return None if r is None else self._value(r, index.column(), role)

    def multiData(self, index: Index, span: Any) -> None:
        """Every role a delegate asks of a cell, with the row looked up once (see OneCallPerCell)."""
        if not index.isValid() or index.row() >= len(self._ids):
            return
        row = index.row()
        r = self._cached(row)
        col = index.column()
        for role_data in span:
            role = role_data.role()
            if role == ROW_ID_ROLE:
                role_data.setData(self._ids[row])
            elif r is not None and role in ROLES:
                role_data.setData(self._value(r, col, role))

    def _value(self, r: ResidentListRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CATEGORIES and r.categories:
            return labels.categories_text(r.categories)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_DV and r.has_open_dv_case:
                return _ALARM
            if col == COL_NEXT_DUE and r.next_visit_due is not None and r.next_visit_due < self._ctx.today():
                return _ALARM
            if col in (COL_IIN, COL_PHONE):
                return _DIGITS
        return None

    def _text(self, r: ResidentListRow, col: int) -> str:
        """A cell's text; a row's texts are made once, when it is first painted (a row stays on screen
        through many repaints while the list scrolls)."""
        texts = self._texts.get(r.id)
        if texts is None:
            texts = self._texts[r.id] = self._row_texts(r)
        return texts[col]

    @staticmethod
    def _row_texts(r: ResidentListRow) -> tuple[str, ...]:
        return (
            r.full_name,
            r.iin or "",
            fmt_date(r.birth_date),
            r.address,
            r.phone or "",
            labels.categories_text(r.categories),
            translate("ResidentsModel", "open case") if r.has_open_dv_case else "",
            fmt_date(r.next_visit_due),
        )

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
        self._texts = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMNS - 1))
