"""Today: what is due or overdue now, most urgent first: registry visits, protective orders ending in the
next 3 days, DV cases due for review, appeals within 3 working days of their deadline. Every row
opens its record (Enter or double-click)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from inspector_desk.services import today as today_service
from inspector_desk.services.base import ChangeSet
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.i18n import fmt_date, fmt_int
from inspector_desk.ui.pages import Page
from inspector_desk.ui.rows import Column, RowsModel, data_table, record_at

translate = QCoreApplication.translate

TODAY_KINDS = frozenset(
    {
        "residents",
        "visits",
        "registry_entries",
        "dv_cases",
        "risk_assessments",
        "dv_measures",
        "dv_reviews",
        "appeals",
    }
)

# The column of each list holding a person's name.
NAME_COLUMN = {"visits": 0, "orders": 1, "cases": 1, "appeals": 0}
MIN_TEXT_WIDTH = 72  # pixels: an elided address or subject still shows its first word


def _days(n: int) -> str:
    if n > 0:
        return translate("TodayPage", "%1 d overdue").replace("%1", str(n))
    if n == 0:
        return translate("TodayPage", "today")
    return translate("TodayPage", "in %1 d").replace("%1", str(-n))


def _working_days(row: Any) -> str:
    if row.working_days_left is None:
        return ""
    if row.working_days_left < 0:
        return translate("TodayPage", "%1 working d overdue").replace("%1", str(-row.working_days_left))
    return translate("TodayPage", "%1 working d").replace("%1", str(row.working_days_left))


class TodayPage(Page):
    counted = Signal(int)  # items due, for the navigation rail

    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_page")
        self._ctx = ctx
        self.view_data: Any = None
        self.title = QLabel()
        self.title.setObjectName("today_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.visits = RowsModel(
            [
                Column(lambda: translate("TodayPage", "Resident"), lambda r: r.full_name),
                Column(lambda: translate("TodayPage", "Address"), lambda r: r.address),
                Column(
                    lambda: translate("TodayPage", "Registry"), lambda r: labels.categories_text(r.categories)
                ),
                Column(
                    lambda: translate("TodayPage", "Due"), lambda r: fmt_date(r.due_on), lambda r: r.due_on
                ),
                Column(
                    lambda: translate("TodayPage", "When"),
                    lambda r: _days(r.days_overdue),
                    lambda r: -r.days_overdue,
                    alarm=True,
                ),
            ],
            row_id=lambda r: r.resident_id,
            alarm=lambda r: r.days_overdue > 0,
        )
        self.orders = RowsModel(
            [
                Column(lambda: translate("TodayPage", "Case"), lambda r: r.case_number, stretch=False),
                Column(lambda: translate("TodayPage", "Victim"), lambda r: r.victim_name),
                Column(
                    lambda: translate("TodayPage", "Measure"),
                    lambda r: labels.label(labels.measure_kinds(), r.kind),
                ),
                Column(
                    lambda: translate("TodayPage", "Ends"),
                    lambda r: fmt_date(r.end_date),
                    lambda r: r.end_date,
                ),
                Column(
                    lambda: translate("TodayPage", "Days left"),
                    lambda r: str(r.days_left),
                    lambda r: r.days_left,
                    alarm=True,
                ),
            ],
            row_id=lambda r: r.case_id,
            alarm=lambda r: r.days_left <= 1,
        )
        self.cases = RowsModel(
            [
                Column(lambda: translate("TodayPage", "Case"), lambda r: r.number, stretch=False),
                Column(lambda: translate("TodayPage", "Victim"), lambda r: r.victim_name),
                Column(
                    lambda: translate("TodayPage", "Risk"),
                    lambda r: labels.label(labels.risk_levels(), r.risk_level),
                    stretch=False,
                ),
                Column(
                    lambda: translate("TodayPage", "Review due"),
                    lambda r: fmt_date(r.next_review_due),
                    lambda r: r.next_review_due,
                ),
                Column(
                    lambda: translate("TodayPage", "When"),
                    lambda r: _days(r.days_overdue),
                    lambda r: -r.days_overdue,
                    alarm=True,
                ),
            ],
            row_id=lambda r: r.case_id,
            alarm=lambda r: r.days_overdue > 0,
        )
        self.appeals = RowsModel(
            [
                Column(lambda: translate("TodayPage", "Applicant"), lambda r: r.applicant_name),
                Column(lambda: translate("TodayPage", "Subject"), lambda r: r.subject),
                Column(
                    lambda: translate("TodayPage", "Deadline"),
                    lambda r: fmt_date(r.due_on),
                    lambda r: r.due_on,
                ),
                Column(
                    lambda: translate("TodayPage", "Working days left"),
                    _working_days,
                    lambda r: r.working_days_left if r.working_days_left is not None else -999,
                    alarm=True,
                ),
            ],
            row_id=lambda r: r.id,
            alarm=lambda r: r.overdue,
        )
        self.sections: dict[str, tuple[QLabel, QTableView, RowsModel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        places = {"visits": (0, 0), "orders": (0, 1), "cases": (2, 0), "appeals": (2, 1)}
        for name, (row, col) in places.items():
            model: RowsModel = getattr(self, name)
            caption = QLabel()
            caption.setStyleSheet("font-weight: 600; color: #2b3a4d;")
            view = data_table(model, name=f"today_{name}")
            # Names in full (four tables share a laptop's 1366 pixels): the other text columns
            # share what is left, elided but never narrower than a few letters.
            header = view.horizontalHeader()
            header.setSectionResizeMode(NAME_COLUMN[name], QHeaderView.ResizeMode.ResizeToContents)
            header.setMinimumSectionSize(MIN_TEXT_WIDTH)
            caption.setBuddy(view)
            view.activated.connect(lambda index, n=name: self._open(n, index))
            grid.addWidget(caption, row, col)
            grid.addWidget(view, row + 1, col)
            self.sections[name] = (caption, view, model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        on = self._ctx.today()
        self.title.setText(self.tr("Today, %1").replace("%1", fmt_date(on)))
        self._captions()
        for _caption, _view, model in self.sections.values():
            model.retranslate()

    def _captions(self) -> None:
        texts: dict[str, Callable[[int], str]] = {
            "visits": lambda n: self.tr("&Visits due or overdue (%1)").replace("%1", fmt_int(n)),
            "orders": lambda n: self.tr("&Protective orders ending within 3 days (%1)").replace(
                "%1", fmt_int(n)
            ),
            "cases": lambda n: self.tr("DV &cases due for review (%1)").replace("%1", fmt_int(n)),
            "appeals": lambda n: self.tr("&Appeals near or past their deadline (%1)").replace(
                "%1", fmt_int(n)
            ),
        }
        for name, (caption, _view, model) in self.sections.items():
            caption.setText(texts[name](model.rowCount()))

    def load(self) -> None:
        actor, on = self._ctx.actor, self._ctx.today()
        self._ctx.run(
            self,
            lambda db: today_service.today(db, actor, on=on),
            success=self._show,
            failure=lambda e: show_error(self, e, context="today"),
            key=f"today-{id(self)}",
        )

    def _show(self, view: Any) -> None:
        self.view_data = view
        self.visits.set_rows(view.due_visits)
        self.orders.set_rows(view.expiring_orders)
        self.cases.set_rows(view.cases_due)
        self.appeals.set_rows(view.appeals_due)
        self._captions()
        self.counted.emit(view.total)

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if changes.kinds & TODAY_KINDS:
            self.load()

    def selected_resident_id(self) -> str | None:
        """The resident of the selected due visit (for "Log a visit" from Today)."""
        view = self.sections["visits"][1]
        record = record_at(view, view.currentIndex())
        return record.resident_id if record is not None else None

    def _open(self, name: str, index: QModelIndex) -> None:
        record = record_at(self.sections[name][1], index)
        nav = self._ctx.nav
        if record is None or nav is None:
            return
        if name == "visits":
            nav.open_resident(record.resident_id)
        elif name in ("orders", "cases"):
            nav.open_case(record.case_id)
        else:
            nav.open_appeal(record.id)
