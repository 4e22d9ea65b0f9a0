"""A read-only table model over a short list of service records (Today's lists, a card's visits, the
appeals of a page): columns declared once with their header, display text and sort key."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3

WARNING = QColor("#b3261e")
MUTED = QColor("#5f6b7a")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # called at paint time, so headers follow a language switch
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    # The column that turns red when the row is alarming (overdue, high risk); none marked: all do.
    alarm: bool = False
    # Share the spare width (names, addresses, subjects); None: text columns (no sort key) do.
    stretch: bool | None = None

    @property
    def stretches(self) -> bool:
        return self.stretch if self.stretch is not None else self.sort_key is None


class PagedFetch:
    """Lazy loading shared by the models that fetch a page at a time as the view scrolls (put it
    before the Qt model class in the bases). ``_loading``: a page is on its way; ``_has_more``: there
    are rows still to fetch; ``_generation`` counts reloads, so a page asked for before a reload is
    dropped when it arrives."""

    _loading: bool
    _has_more: bool
    _generation: int

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def _begin_fetch(self, parent: Index) -> int | None:
        """The generation the next page belongs to, or None when there is nothing to fetch now."""
        if parent.isValid() or self._loading or not self._has_more:
            return None
        self._loading = True
        return self._generation

    def _fetch_ended(self, generation: int, *, failed: bool = False) -> bool:
        """Whether a page (or the failure to get it) of ``generation`` still counts; if so, the
        fetch is over (and after a failure nothing more is fetched)."""
        if generation != self._generation:
            return False
        self._loading = False
        if failed:
            self._has_more = False
        return True


class _AnswersData(Protocol):
    def data(self, index: Index, role: int = ...) -> Any: ...


class OneCallPerCell:
    """Answers all the roles a view's delegate asks of a cell in one call (Qt 6's ``multiData``;
    put it before the Qt model class in the bases). Qt's own ``multiData`` asks ``data()`` once per
    role: seven calls from C++ into Python per painted cell, each taking the GIL (a worker building
    rows then delays the paint at every one of them). Models answer ``data()`` for other callers."""

    def multiData(self: _AnswersData, index: Index, span: Any) -> None:
        data = self.data
        for role_data in span:
            role_data.setData(data(index, role_data.role()))


class RowsModel(OneCallPerCell, QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        *,
        row_id: Callable[[Any], str],
        alarm: Callable[[Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._alarm = alarm
        self._rows: list[Any] = []
        self._alarm_columns = {i for i, c in enumerate(self._columns) if c.alarm} or set(
            range(len(self._columns))
        )

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_ids(self) -> list[str]:
        return [self._row_id(r) for r in self._rows]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == ROW_ID_ROLE:
            return self._row_id(record)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self._alarm is not None
            and index.column() in self._alarm_columns
            and self._alarm(record)
        ):
            return QBrush(WARNING)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))


def data_table(model: QAbstractTableModel, *, sortable: bool = True, name: str = "") -> Any:
    """A calm, read-only, row-selecting table view for ``model`` (sorted through a proxy)."""
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView()
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)

    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    columns: list[Column] = getattr(model, "columns", [])
    for col, column in enumerate(columns):
        mode = QHeaderView.ResizeMode.Stretch if column.stretches else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(col, mode)
    if name:
        view.setObjectName(name)
        view.setAccessibleName(name)
    return view


def record_at(view: Any, index: QModelIndex) -> Any:
    """The record under a view index (through a sorting proxy or not)."""
    return index.data(RECORD_ROLE) if index.isValid() else None
