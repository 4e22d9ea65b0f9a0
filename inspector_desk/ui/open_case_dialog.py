"""Opening a DV case from the victim's card: the offender found by typing (name, IIN, phone), children
chosen from the household, a short summary. Nothing is written unless the service accepts it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services import dv_cases as dv_service
from inspector_desk.services import residents as residents_service
from inspector_desk.services.residents import ResidentCard
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.forms import FieldErrors, error_label
from inspector_desk.ui.i18n import fmt_date
from inspector_desk.ui.operations import Debouncer
from inspector_desk.ui.rows import Column, RowsModel, data_table

CHILD_AGE = 18
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OpenCaseDialog(QDialog):
    def __init__(self, ctx: ClientContext, victim: ResidentCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_case_dialog")
        self._ctx = ctx
        self.victim = victim
        self.offender_id: str | None = None
        self.opened_id: str | None = None
        self.errors = FieldErrors()
        self.banner = QLabel(
            self.tr("CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.")
        )
        self.banner.setStyleSheet("background: #fbeaea; color: #8a1c14; padding: 6px 10px; font-weight: 600;")
        self.banner.setWordWrap(True)
        self.victim_label = QLabel(victim.resident.full_name)
        self.offender_search = QLineEdit()
        self.offender_search.setObjectName("offender_search")
        self.offender_search.setPlaceholderText(self.tr("Type a name, IIN or phone"))
        self.offender_search.setAccessibleName(self.tr("Offender"))
        self.found = RowsModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.full_name),
                Column(lambda: self.tr("Born"), lambda r: fmt_date(r.birth_date), lambda r: r.birth_date),
                Column(lambda: self.tr("Address"), lambda r: r.address),
            ],
            row_id=lambda r: r.id,
        )
        self.found_view = data_table(self.found, sortable=False, name="offender_results")
        self.found_view.setMaximumHeight(150)
        self.found_view.clicked.connect(self._choose)
        self.found_view.activated.connect(self._choose)
        self.offender_label = QLabel(self.tr("not chosen"))
        self.offender_label.setObjectName("offender_chosen")
        self.children_list = QListWidget()
        self.children_list.setObjectName("children")
        self.children_list.setAccessibleName(self.tr("Children"))
        self.children_list.setMaximumHeight(110)
        for m in victim.members:
            if m.age is not None and m.age < CHILD_AGE:
                item = QListWidgetItem(f"{m.full_name} ({m.age})")
                item.setData(ID_ROLE, m.resident_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.children_list.addItem(item)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(80)
        self.summary.setAccessibleName(self.tr("Summary"))
        form = QFormLayout()
        form.addRow(self.tr("Victim"), self.victim_label)
        box = QVBoxLayout()
        box.addWidget(self.offender_search)
        box.addWidget(self.found_view)
        box.addWidget(self.offender_label)
        err = error_label("offender_id")
        box.addWidget(err)
        self.errors.add("offender_id", self.offender_search, err)
        caption = QLabel(self.tr("&Offender"))
        caption.setBuddy(self.offender_search)
        form.addRow(caption, box)
        children_caption = QLabel(self.tr("&Children in the household"))
        children_caption.setBuddy(self.children_list)
        form.addRow(children_caption, self.children_list)
        summary_caption = QLabel(self.tr("&Summary"))
        summary_caption.setBuddy(self.summary)
        summary_box = QVBoxLayout()
        summary_box.addWidget(self.summary)
        summary_err = error_label("summary")
        summary_box.addWidget(summary_err)
        self.errors.add("summary", self.summary, summary_err)
        form.addRow(summary_caption, summary_box)
        self.form_error = error_label("form")
        self.errors.fallback = self.form_error
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Open a DV case"))
        self.resize(620, 560)
        self._search = Debouncer(80, self._run_search, self)
        self.offender_search.textEdited.connect(lambda _t: self._search.poke())

    def _run_search(self) -> None:
        text = self.offender_search.text().strip()
        if not text:
            self.found.set_rows([])
            return
        actor, on, victim_id = self._ctx.actor, self._ctx.today(), self.victim.resident.id

        def op(db: Any) -> Any:
            page = residents_service.search_residents(db, actor, text, limit=20, on=on)
            return [r for r in page.rows if r.id != victim_id]

        self._ctx.run(self, op, success=self.found.set_rows, key=f"offender-{id(self)}")

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.found.record(index.row())
        self.offender_id = row.id
        self.offender_label.setText(self.tr("Chosen: %1").replace("%1", f"{row.full_name}, {row.address}"))
        self.errors.clear("offender_id")

    def children_ids(self) -> tuple[str, ...]:
        items = (self.children_list.item(i) for i in range(self.children_list.count()))
        return tuple(str(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked)

    def save(self) -> None:
        self.errors.clear()
        data = dv_service.CaseInput(
            victim_id=self.victim.resident.id,
            offender_id=self.offender_id or "",
            children_ids=self.children_ids(),
            summary=self.summary.toPlainText() or None,
            opened_on=self._ctx.today(),
        )
        actor, today = self._ctx.actor, self._ctx.today()

        def done(outcome: Any) -> None:
            self.opened_id = outcome.record.id
            self.accept()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.errors.show(error)
            else:
                show_error(self, error)

        self._ctx.run_write(
            self, lambda db: dv_service.open_case(db, actor, data, today=today), success=done, failure=failed
        )
