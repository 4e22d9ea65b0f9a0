"""Visits: the beat's visit log of the last days, newest first, by kind; each row opens the resident."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from inspector_desk.services import visits as visits_service
from inspector_desk.services.base import ChangeSet
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.i18n import fmt_datetime
from inspector_desk.ui.pages import Page
from inspector_desk.ui.rows import Column, RowsModel, data_table, record_at

translate = QCoreApplication.translate
PERIODS = (7, 30, 90)


class VisitsPage(Page):
    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visits_page")
        self._ctx = ctx
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.period = QComboBox()
        self.kind = QComboBox()
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.model = RowsModel(
            [
                Column(
                    lambda: translate("VisitsPage", "When"),
                    lambda v: fmt_datetime(v.visited_at),
                    lambda v: v.visited_at,
                ),
                Column(
                    lambda: translate("VisitsPage", "Kind"),
                    lambda v: labels.label(labels.visit_kinds(), v.kind),
                ),
                Column(lambda: translate("VisitsPage", "Resident"), lambda v: v.resident_name or ""),
                Column(lambda: translate("VisitsPage", "Address"), lambda v: v.address),
                Column(
                    lambda: translate("VisitsPage", "Topic"), lambda v: labels.label(labels.topics(), v.topic)
                ),
                Column(
                    lambda: translate("VisitsPage", "Outcome"),
                    lambda v: labels.label(labels.outcomes(), v.outcome),
                ),
                Column(lambda: translate("VisitsPage", "Officer"), lambda v: v.officer_name or ""),
            ],
            row_id=lambda v: v.id,
        )
        self.view = data_table(self.model, name="visits_table")
        self.view.activated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.kind)
        top.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Visits"))
        kinds: dict[str | None, str] = {None: self.tr("All kinds")}
        kinds.update(labels.visit_kinds())
        for combo, items, name in (
            (
                self.period,
                {d: self.tr("Last %1 days").replace("%1", str(d)) for d in PERIODS},
                self.tr("Period"),
            ),
            (self.kind, kinds, self.tr("Kind of visit")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, text in items.items():
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.setAccessibleName(name)
            combo.blockSignals(False)
        self.model.retranslate()

    def load(self) -> None:
        actor, until = self._ctx.actor, self._ctx.today()
        since = until - timedelta(days=int(self.period.currentData() or 30))
        kind = self.kind.currentData()

        def op(db: Any) -> Any:
            return visits_service.list_visits(db, actor, since=since, until=until, kind=kind, limit=500).rows

        self._ctx.run(
            self, op, success=self.model.set_rows, failure=lambda e: show_error(self, e), key=f"v-{id(self)}"
        )

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self._activated and "visits" in changes.kinds:
            self.load()

    def _open(self, index: QModelIndex) -> None:
        visit = record_at(self.view, index)
        if visit is not None and visit.resident_id and self._ctx.nav is not None:
            self._ctx.nav.open_resident(visit.resident_id)
