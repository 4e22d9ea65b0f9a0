"""Supervisor mode: the unit's inspectors with their caseload figures; a row narrows the residents list to
that inspector's beats."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_desk.services import caseload as caseload_service
from inspector_desk.services.base import ChangeSet
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.pages import Page
from inspector_desk.ui.rows import Column, RowsModel, data_table, record_at

translate = QCoreApplication.translate


def _n(attr: str) -> Any:
    return lambda r: str(getattr(r, attr))


class UnitPage(Page):
    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit_page")
        self._ctx = ctx
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6b7a;")
        self.show_residents = QPushButton()
        self.show_residents.setObjectName("unit_show_residents")
        self.show_residents.clicked.connect(self._filter_residents)
        number = {"stretch": False}
        self.model = RowsModel(
            [
                Column(lambda: translate("UnitPage", "Inspector"), lambda r: r.inspector_name),
                Column(
                    lambda: translate("UnitPage", "Residents"),
                    _n("residents"),
                    lambda r: r.residents,
                    **number,
                ),
                Column(
                    lambda: translate("UnitPage", "On registry"),
                    _n("registry_persons"),
                    lambda r: r.registry_persons,
                ),
                Column(
                    lambda: translate("UnitPage", "Visits done (30 d)"),
                    _n("visits_done"),
                    lambda r: r.visits_done,
                ),
                Column(
                    lambda: translate("UnitPage", "Visits overdue"),
                    _n("visits_overdue"),
                    lambda r: r.visits_overdue,
                    alarm=True,
                ),
                Column(
                    lambda: translate("UnitPage", "Open DV cases"),
                    lambda r: str(r.dv_open),
                    lambda r: r.dv_open,
                ),
                Column(
                    lambda: translate("UnitPage", "High risk"),
                    lambda r: str(r.dv_open_by_level.get("high", 0) + r.dv_open_by_level.get("extreme", 0)),
                    lambda r: r.dv_open_by_level.get("high", 0) + r.dv_open_by_level.get("extreme", 0),
                ),
                Column(
                    lambda: translate("UnitPage", "Reviews overdue"),
                    _n("cases_overdue_review"),
                    lambda r: r.cases_overdue_review,
                ),
                Column(
                    lambda: translate("UnitPage", "Appeals overdue"),
                    _n("appeals_overdue"),
                    lambda r: r.appeals_overdue,
                ),
            ],
            row_id=lambda r: r.inspector_id,
            alarm=lambda r: r.visits_overdue > 0,
        )
        self.view = data_table(self.model, name="unit_table")
        self.view.activated.connect(lambda _i: self._filter_residents())
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.show_residents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My unit"))
        self.note.setText(
            self.tr("Caseload of each inspector over the last 30 days. Enter opens their residents.")
        )
        self.show_residents.setText(self.tr("Show this inspector's residents"))
        self.model.retranslate()

    def load(self) -> None:
        actor, on = self._ctx.actor, self._ctx.today()
        self._ctx.run(
            self,
            lambda db: caseload_service.caseload(
                db, actor, period_start=on - timedelta(days=30), period_end=on, on=on
            ),
            success=self.model.set_rows,
            failure=lambda e: show_error(self, e),
            key=f"unit-{id(self)}",
        )

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self._activated and changes.kinds & {
            "residents",
            "visits",
            "dv_cases",
            "appeals",
            "registry_entries",
        }:
            self.load()

    def _filter_residents(self, _index: QModelIndex | None = None) -> None:
        row = record_at(self.view, self.view.currentIndex())
        nav: Any = self._ctx.nav
        if row is not None and nav is not None:
            nav.show_residents_of(row.inspector_id, row.inspector_name)
