"""Households and addresses: the beat's streets; a street's doors in walking order with who lives
behind each and when it was last visited; a household's residents open their cards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.services import addresses as addresses_service
from inspector_desk.services.base import ChangeSet
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.i18n import fmt_datetime
from inspector_desk.ui.icons import icon
from inspector_desk.ui.pages import Page
from inspector_desk.ui.rows import Column, RowsModel, data_table, record_at

translate = QCoreApplication.translate


def _residents(stop: Any) -> str:
    parts = []
    for r in stop.residents:
        text = r.full_name if r.age is None else f"{r.full_name} ({r.age})"
        if r.categories:
            text += " — " + labels.categories_text(r.categories)
        parts.append(text)
    return "; ".join(parts)


class HouseholdsPage(Page):
    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("households_page")
        self._ctx = ctx
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.streets = QListWidget()
        self.streets.setObjectName("streets")
        self.streets.setFixedWidth(240)
        self.streets.currentItemChanged.connect(self._on_street)
        self.model = RowsModel(
            [
                Column(
                    lambda: translate("HouseholdsPage", "Address"), lambda s: s.address_line, stretch=False
                ),
                Column(lambda: translate("HouseholdsPage", "Residents"), _residents),
                Column(
                    lambda: translate("HouseholdsPage", "Last visit"),
                    lambda s: fmt_datetime(s.last_visit_at),
                    lambda s: s.last_visit_at.isoformat() if s.last_visit_at else "",
                ),
            ],
            row_id=lambda s: s.household_id,
        )
        self.view = data_table(self.model, name="households_table")
        self.view.activated.connect(self._open)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_members())
        self.members = RowsModel(
            [
                Column(lambda: translate("HouseholdsPage", "Resident"), lambda r: r.full_name),
                Column(
                    lambda: translate("HouseholdsPage", "Age"),
                    lambda r: "" if r.age is None else str(r.age),
                    lambda r: r.age or 0,
                ),
                Column(
                    lambda: translate("HouseholdsPage", "Registry"),
                    lambda r: labels.categories_text(r.categories),
                ),
            ],
            row_id=lambda r: r.resident_id,
        )
        self.members_view = data_table(self.members, name="household_members")
        self.members_view.activated.connect(self._open_member)
        self.members_caption = QLabel()
        self.members_caption.setStyleSheet("font-weight: 600; color: #2b3a4d;")
        self.visit_button = QPushButton(icon("visits"), "")
        self.visit_button.setObjectName("household_log_visit")
        self.visit_button.clicked.connect(self._log_visit)
        self.visit_button.setEnabled(False)
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.setObjectName("dwelling_add_button")
        self.add_button.clicked.connect(self.add_dwelling)
        self.add_button.setEnabled(ctx.home_beat is not None)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("address_edit_button")
        self.edit_button.clicked.connect(self.edit_address)
        self.edit_button.setEnabled(False)
        detail = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.members_caption, 1)
        head.addWidget(self.visit_button)
        detail.addLayout(head)
        detail.addWidget(self.members_view)
        right = QVBoxLayout()
        right.addWidget(self.view, 3)
        right.addLayout(detail, 2)
        body = QHBoxLayout()
        body.addWidget(self.streets)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Households & addresses"))
        self.streets.setAccessibleName(self.tr("Streets"))
        self.visit_button.setText(self.tr("Log visit to this household"))
        self.visit_button.setToolTip(self.tr("Log a door-to-door visit to the selected household"))
        self.add_button.setText(self.tr("New address…"))
        self.add_button.setToolTip(self.tr("Add a building or an apartment to the beat"))
        self.edit_button.setText(self.tr("Correct address…"))
        self.edit_button.setToolTip(
            self.tr("Correct the street, house or walking order of the selected address")
        )
        self._show_members()
        self.model.retranslate()

    def load(self) -> None:
        actor = self._ctx.actor
        self._ctx.run(
            self,
            lambda db: addresses_service.list_streets(db, actor),
            success=self._show_streets,
            failure=lambda e: show_error(self, e),
        )

    def _show_streets(self, streets: list[str]) -> None:
        current = self.streets.currentItem().text() if self.streets.currentItem() is not None else None
        self.streets.blockSignals(True)
        self.streets.clear()
        for street in streets:
            self.streets.addItem(QListWidgetItem(street))
        self.streets.blockSignals(False)
        if streets:
            row = streets.index(current) if current in streets else 0
            self.streets.setCurrentRow(row)
            self._on_street(self.streets.currentItem(), None)

    def _on_street(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        actor, street, on = self._ctx.actor, current.text(), self._ctx.today()
        self._ctx.run(
            self,
            lambda db: addresses_service.households_on_streets(db, actor, [street], on=on),
            success=self._set_stops,
            failure=lambda e: show_error(self, e),
            key=f"households-{id(self)}",
        )

    def _set_stops(self, stops: list[Any]) -> None:
        self.model.set_rows(stops)
        if stops:
            self.view.setCurrentIndex(self.view.model().index(0, 0))
        self._show_members()

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self._activated and "addresses" in changes.kinds:
            self.load()  # a new or renamed street
        elif self._activated and changes.kinds & {"households", "residents", "visits"}:
            self._on_street(self.streets.currentItem(), None)

    def current_stop(self) -> Any:
        return record_at(self.view, self.view.currentIndex())

    def _show_members(self) -> None:
        stop = self.current_stop()
        self.members.set_rows(stop.residents if stop is not None else [])
        self.visit_button.setEnabled(stop is not None)
        self.edit_button.setEnabled(stop is not None)
        if stop is None:
            self.members_caption.setText(self.tr("Choose a household to see who lives there"))
        else:
            self.members_caption.setText(self.tr("Living at %1").replace("%1", stop.address_line))

    def _open(self, index: QModelIndex) -> None:
        stop = record_at(self.view, index)
        if stop is not None and stop.residents and self._ctx.nav is not None:
            self._ctx.nav.open_resident(stop.residents[0].resident_id)

    def _open_member(self, index: QModelIndex) -> None:
        member = record_at(self.members_view, index)
        if member is not None and self._ctx.nav is not None:
            self._ctx.nav.open_resident(member.resident_id)

    def _log_visit(self) -> None:
        stop = self.current_stop()
        if stop is not None and self._ctx.nav is not None:
            self._ctx.nav.log_visit(household_id=stop.household_id)

    def add_dwelling(self) -> Any:
        from inspector_desk.ui.household_editor import add_dwelling

        street = self.streets.currentItem().text() if self.streets.currentItem() is not None else ""
        return add_dwelling(self._ctx, self, street)

    def edit_address(self) -> Any:
        from inspector_desk.ui.household_editor import edit_address

        stop = self.current_stop()
        return None if stop is None else edit_address(self._ctx, stop, self)
