"""The conflicts screen: edits of the same field made on two laptops (or at HQ) before either saw
the other's. HQ shows the later one; the other value waits here. The inspector (own beats) or the
supervisor (the unit) keeps either value or types a combined one; the resolution is an ordinary
synced change, so every laptop of the beat and HQ end with the same value."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.sync.conflicts import ConflictView, combine_values
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import describe
from inspector_desk.ui.forms import ERROR_STYLE
from inspector_desk.ui.labels import field_names
from inspector_desk.ui.sync_controller import SyncController
from inspector_desk.ui.sync_status import when

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 6


def entity_names() -> dict[str, str]:
    return {
        "residents": translate("Conflicts", "Resident"),
        "households": translate("Conflicts", "Household"),
        "addresses": translate("Conflicts", "Address"),
        "dv_cases": translate("Conflicts", "DV case"),
        "appeals": translate("Conflicts", "Appeal"),
        "beat_objects": translate("Conflicts", "Beat object"),
        "registry_entries": translate("Conflicts", "Registry entry"),
        "dv_measures": translate("Conflicts", "Protective measure"),
        "feedback": translate("Conflicts", "Feedback"),
    }


def value_text(value: Any) -> str:
    """A conflict value as a person reads it (values come as JSON carries them)."""
    if value is None or value == "" or value == []:
        return translate("Conflicts", "(empty)")
    if isinstance(value, bool):
        return translate("Conflicts", "Yes") if value else translate("Conflicts", "No")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            from inspector_desk.ui.i18n import fmt_date

            return fmt_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def editable(conflict: ConflictView) -> bool:
    """Can a combined value be typed? Texts and lists (phones) can; dates, flags, ids are picked."""
    values = [v for v in (conflict.current_value, conflict.losing_value) if v is not None]
    return bool(values) and (
        (all(isinstance(v, str) for v in values) and conflict.field not in ("birth_date", "sex", "beat_id"))
        or all(isinstance(v, list) for v in values)
    )


class ConflictsPanel(QGroupBox):
    """The list of open conflicts and the choice for the selected one."""

    def __init__(self, ctx: ClientContext, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts")
        self.ctx = ctx
        self.controller = controller
        self.conflicts: list[ConflictView] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflicts_list")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_choice())
        self.tree.itemDoubleClicked.connect(lambda *_a: self.open_record())
        self.empty = QLabel()
        self.empty.setObjectName("conflicts_empty")
        self.empty.setStyleSheet("color: #5f6b7a;")
        self.keep_current = QRadioButton()
        self.keep_current.setObjectName("keep_current")
        self.keep_other = QRadioButton()
        self.keep_other.setObjectName("keep_other")
        self.combine = QRadioButton()
        self.combine.setObjectName("combine")
        self.choices = QButtonGroup(self)
        for button in (self.keep_current, self.keep_other, self.combine):
            self.choices.addButton(button)
            button.toggled.connect(self._on_choice)
        self.combined = QPlainTextEdit()
        self.combined.setObjectName("combined_value")
        self.combined.setMaximumHeight(72)
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolve_conflict")
        self.resolve_button.clicked.connect(self.resolve)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_conflict_record")
        self.open_button.clicked.connect(self.open_record)
        self.error = QLabel()
        self.error.setObjectName("conflict_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #5f6b7a;")
        self.choice_box = QWidget()
        choice = QVBoxLayout(self.choice_box)
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(self.keep_current)
        choice.addWidget(self.keep_other)
        choice.addWidget(self.combine)
        choice.addWidget(self.combined)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        choice.addLayout(buttons)
        choice.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.choice_box)
        layout.addStretch(0)  # with no conflicts (the list hidden) the texts stay at the top
        controller.synced.connect(lambda _r: self.load())
        self.retranslate()
        self._fill()

    def retranslate(self) -> None:
        self.setTitle(translate("Conflicts", "Conflicts waiting for a decision"))
        self.explain.setText(
            translate(
                "Conflicts",
                "The same field was changed on two laptops before they synced. The record shows the later "
                "value; choose which one to keep, or type a value that combines both. Your decision is "
                "sent to HQ and every laptop of the beat.",
            )
        )
        self.tree.setHeaderLabels(
            [
                translate("Conflicts", "Record"),
                translate("Conflicts", "Field"),
                translate("Conflicts", "Shown now"),
                translate("Conflicts", "Other value"),
                translate("Conflicts", "Changed by"),
                translate("Conflicts", "Received"),
            ]
        )
        self.empty.setText(translate("Conflicts", "No conflicts: every edit has been merged."))
        self.combine.setText(translate("Conflicts", "Keep a combined value:"))
        self.combined.setAccessibleName(translate("Conflicts", "Combined value"))
        self.resolve_button.setText(translate("Conflicts", "Keep this value"))
        self.open_button.setText(translate("Conflicts", "Open the record"))
        if self.conflicts:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------------------

    def load(self) -> None:
        self.controller.load_conflicts(self._loaded)

    def _loaded(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = conflicts
        self._fill()

    def _who(self, user_id: str | None) -> str:
        if user_id is not None and user_id == self.ctx.actor.user_id:
            return translate("Conflicts", "you")
        return self.controller.user_name(user_id) or translate("Conflicts", "another laptop")

    def _fill(self) -> None:
        selected = self.current()
        self.tree.clear()
        kinds, fields = entity_names(), field_names()
        for c in self.conflicts:
            record = f"{kinds.get(c.entity, c.entity)} · {c.label or c.entity_id[-6:]}"
            if c.kind == "edit_on_void":
                field = translate("Conflicts", "%1 (edited after it was voided)").replace(
                    "%1", fields.get(c.field, c.field)
                )
            else:
                field = fields.get(c.field, c.field)
            who = f"{self._who(c.current_user_id)} / {self._who(c.losing_user_id)}"
            received = when(c.updated_at) if isinstance(c.updated_at, datetime) else ""
            item = QTreeWidgetItem(
                [record, field, value_text(c.current_value), value_text(c.losing_value), who, received]
            )
            item.setData(0, ID_ROLE, c.id)
            item.setToolTip(0, f"{kinds.get(c.entity, c.entity)} {c.entity_id}")
            self.tree.addTopLevelItem(item)
            if selected is not None and selected.id == c.id:
                self.tree.setCurrentItem(item)
        has = bool(self.conflicts)
        self.tree.setVisible(has)
        self.empty.setVisible(not has)
        first = self.tree.topLevelItem(0)
        if first is not None and self.tree.currentItem() is None:
            self.tree.setCurrentItem(first)
        self._show_choice()

    def current(self) -> ConflictView | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        if item is None:
            return None
        wanted = item.data(0, ID_ROLE)
        return next((c for c in self.conflicts if c.id == wanted), None)

    # -- choosing -----------------------------------------------------------------------------------

    def _show_choice(self) -> None:
        conflict = self.current()
        self.choice_box.setVisible(conflict is not None)
        self.error.hide()
        if conflict is None:
            return
        self.keep_current.setText(
            translate("Conflicts", "Keep what is shown now: %1").replace(
                "%1", value_text(conflict.current_value)
            )
        )
        self.keep_other.setText(
            translate("Conflicts", "Keep the other value: %1").replace(
                "%1", value_text(conflict.losing_value)
            )
        )
        can_type = editable(conflict)
        self.combine.setVisible(can_type)
        self.combined.setVisible(can_type)
        if can_type:
            merged = combine_values(conflict.current_value, conflict.losing_value)
            self.combined.setPlainText("\n".join(merged) if isinstance(merged, list) else str(merged or ""))
        self.keep_current.setChecked(True)
        self._on_choice()

    def _on_choice(self) -> None:
        self.combined.setEnabled(self.combine.isChecked())

    def chosen_value(self) -> Any:
        conflict = self.current()
        assert conflict is not None
        if self.keep_other.isChecked():
            return conflict.losing_value
        if self.combine.isChecked() and editable(conflict):
            text = self.combined.toPlainText().strip()
            if any(isinstance(v, list) for v in (conflict.current_value, conflict.losing_value)):
                return [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()]
            return text or None
        return conflict.current_value

    def resolve(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.resolve_button.setEnabled(False)
        self.error.hide()
        self.controller.resolve(conflict.id, self.chosen_value(), self._resolved, self._failed)

    def _resolved(self, view: ConflictView) -> None:
        self.resolve_button.setEnabled(True)
        self.conflicts = [c for c in self.conflicts if c.id != view.id]
        self._fill()
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.resolve_button.setEnabled(True)
        text = describe(error)
        self.error.setText(translate("Conflicts", "Could not keep the value: %1").replace("%1", text))
        self.error.show()

    def open_record(self) -> None:
        conflict = self.current()
        nav = self.ctx.nav
        if conflict is None or nav is None:
            return
        opener = {
            "residents": nav.open_resident,
            "dv_cases": nav.open_case,
            "appeals": nav.open_appeal,
            "households": nav.open_household,
        }.get(conflict.entity)
        if opener is not None:
            opener(conflict.entity_id)
