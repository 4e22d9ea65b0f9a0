"""The resident card: details edited in place (inline validation), household members, registry entries,
visits, DV cases, appeals and the record's history from the audit log; and "New resident"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services import residents as residents_service
from inspector_desk.services.base import ChangeSet
from inspector_desk.services.residents import ResidentCard, ResidentInput, ResidentUpdate
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.forms import DraftBanner, DraftKeeper
from inspector_desk.ui.i18n import fmt_date, fmt_datetime
from inspector_desk.ui.icons import icon
from inspector_desk.ui.pages import Page
from inspector_desk.ui.residents.form import ResidentForm
from inspector_desk.ui.rows import Column, RowsModel, data_table, record_at

# Writes to these tables change something the card shows.
CARD_KINDS = frozenset(
    {"residents", "visits", "registry_entries", "dv_cases", "dv_case_children", "appeals", "households"}
)


translate = QCoreApplication.translate


class ResidentCardPage(Page):
    """Shown in the main window's stack when a resident is opened from anywhere."""

    back_requested = Signal()
    loaded = Signal(str)

    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resident_card")
        self._ctx = ctx
        self.resident_id: str | None = None
        self.card: ResidentCard | None = None
        self._dirty = False
        self._saving = False

        self.back = QPushButton(icon("back"), "")
        self.back.setObjectName("card_back")
        self.back.clicked.connect(self.back_requested.emit)
        self.title = QLabel()
        self.title.setObjectName("card_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setObjectName("card_summary")
        self.summary.setStyleSheet("color: #44505e;")
        self.summary.setWordWrap(True)
        self.log_visit_button = QPushButton(icon("visits"), "")
        self.log_visit_button.setObjectName("card_log_visit")
        self.log_visit_button.clicked.connect(self._log_visit)
        self.open_case_button = QPushButton(icon("dv"), "")
        self.open_case_button.setObjectName("card_open_case")
        self.open_case_button.clicked.connect(self.open_case)
        self.save_button = QPushButton(icon("save"), "")
        self.save_button.setObjectName("card_save")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("card_revert")
        self.revert_button.clicked.connect(self.discard_pending)

        head = QHBoxLayout()
        head.addWidget(self.back)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.summary)
        head.addLayout(titles, 1)
        head.addWidget(self.open_case_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.log_visit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.form = ResidentForm()
        self.form.edited.connect(self._on_edited)
        # What is typed survives a crash: kept as a local draft, offered when the card opens again.
        self.drafts = DraftKeeper(ctx, self.form.values, self)
        self.draft_banner = DraftBanner()
        self.drafts.found.connect(self.draft_banner.offer)
        self.draft_banner.restore.connect(self._restore_draft)
        self.draft_banner.discard.connect(self.drafts.discard)
        self._draft_checked = False
        self.form.setMaximumWidth(760)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)
        self.form_buttons = QWidget()
        self.form_buttons.setMaximumWidth(760)
        buttons = QHBoxLayout(self.form_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        details_layout.addWidget(self.form_buttons)
        details_layout.addStretch(1)

        self.members = RowsModel(
            [
                Column(lambda: translate("ResidentCardPage", "Name"), lambda m: m.full_name),
                Column(
                    lambda: translate("ResidentCardPage", "Born"),
                    lambda m: fmt_date(m.birth_date),
                    lambda m: m.birth_date,
                ),
                Column(
                    lambda: translate("ResidentCardPage", "Age"),
                    lambda m: "" if m.age is None else str(m.age),
                    lambda m: m.age or 0,
                ),
            ],
            row_id=lambda m: m.resident_id,
        )
        self.registry = RowsModel(
            [
                Column(
                    lambda: translate("ResidentCardPage", "Category"),
                    lambda e: labels.label(labels.categories(), e.category),
                ),
                Column(lambda: translate("ResidentCardPage", "Basis"), lambda e: e.basis),
                Column(
                    lambda: translate("ResidentCardPage", "From"),
                    lambda e: fmt_date(e.start_date),
                    lambda e: e.start_date,
                ),
                Column(lambda: translate("ResidentCardPage", "Until"), lambda e: fmt_date(e.end_date)),
                Column(
                    lambda: translate("ResidentCardPage", "State"),
                    lambda e: (
                        translate("ResidentCardPage", "active")
                        if e.active
                        else translate("ResidentCardPage", "ended")
                    ),
                ),
            ],
            row_id=lambda e: e.id,
        )
        self.visits = RowsModel(
            [
                Column(
                    lambda: translate("ResidentCardPage", "When"),
                    lambda v: fmt_datetime(v.visited_at),
                    lambda v: v.visited_at,
                ),
                Column(
                    lambda: translate("ResidentCardPage", "Kind"),
                    lambda v: labels.label(labels.visit_kinds(), v.kind),
                ),
                Column(
                    lambda: translate("ResidentCardPage", "Topic"),
                    lambda v: labels.label(labels.topics(), v.topic),
                ),
                Column(
                    lambda: translate("ResidentCardPage", "Outcome"),
                    lambda v: labels.label(labels.outcomes(), v.outcome),
                ),
                Column(lambda: translate("ResidentCardPage", "Officer"), lambda v: v.officer_name or ""),
                Column(
                    lambda: translate("ResidentCardPage", "Notes"),
                    lambda v: (v.notes or "").replace("\n", " "),
                ),
            ],
            row_id=lambda v: v.id,
        )
        self.cases = RowsModel(
            [
                Column(lambda: translate("ResidentCardPage", "Case"), lambda c: c.number, stretch=False),
                Column(
                    lambda: translate("ResidentCardPage", "Role"),
                    lambda c: labels.label(labels.party_roles(), c.role),
                ),
                Column(
                    lambda: translate("ResidentCardPage", "Status"),
                    lambda c: labels.label(labels.case_statuses(), c.status),
                    stretch=False,
                ),
                Column(
                    lambda: translate("ResidentCardPage", "Risk"),
                    lambda c: labels.label(labels.risk_levels(), c.risk_level),
                    alarm=True,
                    stretch=False,
                ),
            ],
            row_id=lambda c: c.id,
            alarm=lambda c: c.risk_level in ("high", "extreme") and c.status != "closed",
        )
        self.appeals = RowsModel(
            [
                Column(
                    lambda: translate("ResidentCardPage", "Received"),
                    lambda a: fmt_date(a.received_on),
                    lambda a: a.received_on,
                ),
                Column(lambda: translate("ResidentCardPage", "Subject"), lambda a: a.subject),
                Column(
                    lambda: translate("ResidentCardPage", "Status"),
                    lambda a: labels.label(labels.appeal_statuses(), a.status),
                    stretch=False,
                ),
                Column(
                    lambda: translate("ResidentCardPage", "Due"),
                    lambda a: fmt_date(a.due_on),
                    lambda a: a.due_on,
                ),
            ],
            row_id=lambda a: a.id,
        )
        self.history = RowsModel(
            [
                Column(
                    lambda: translate("ResidentCardPage", "When"),
                    lambda h: fmt_datetime(h.at),
                    lambda h: h.at,
                ),
                Column(lambda: translate("ResidentCardPage", "Who"), lambda h: h.user_name or ""),
                Column(
                    lambda: translate("ResidentCardPage", "What"),
                    lambda h: labels.label(labels.history_actions(), h.action),
                ),
                Column(lambda: translate("ResidentCardPage", "Fields"), lambda h: self._field_list(h.fields)),
            ],
            row_id=lambda h: f"{h.at.isoformat()}-{h.action}",
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("card_tabs")
        self.tabs.setDocumentMode(True)
        self.members_view = data_table(self.members, name="card_members")
        self.registry_view = data_table(self.registry, name="card_registry")
        self.visits_view = data_table(self.visits, name="card_visits")
        self.cases_view = data_table(self.cases, name="card_cases")
        self.appeals_view = data_table(self.appeals, name="card_appeals")
        self.history_view = data_table(self.history, name="card_history")
        self.members_view.activated.connect(self._open_member)
        self.cases_view.activated.connect(self._open_case)
        self.appeals_view.activated.connect(self._open_appeal)
        self.tabs.addTab(details, "")
        self.household_line = QLabel()
        self.household_line.setObjectName("card_household")
        household = QWidget()
        household_layout = QVBoxLayout(household)
        self.move_button = QPushButton()
        self.move_button.setObjectName("card_move")
        self.move_button.clicked.connect(self.move_resident)
        household_head = QHBoxLayout()
        household_head.addWidget(self.household_line, 1)
        household_head.addWidget(self.move_button)
        household_layout.addLayout(household_head)
        household_layout.addWidget(self.members_view)
        self.tabs.addTab(household, "")
        self.tabs.addTab(self._registry_tab(), "")
        for view in (
            self.visits_view,
            self.cases_view,
            self.appeals_view,
            self.history_view,
        ):
            self.tabs.addTab(view, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(head)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.tabs, 1)
        self._set_dirty(False)
        self.retranslate()

    def _registry_tab(self) -> QWidget:
        self.registry_add = QPushButton(icon("add"), "")
        self.registry_add.setObjectName("registry_add_button")
        self.registry_add.clicked.connect(self.add_registry_entry)
        self.registry_edit = QPushButton()
        self.registry_edit.setObjectName("registry_edit_button")
        self.registry_edit.clicked.connect(self.edit_registry_entry)
        self.registry_end = QPushButton()
        self.registry_end.setObjectName("registry_end_button")
        self.registry_end.clicked.connect(self.end_registry_entry)
        self.registry_view.activated.connect(lambda _i: self.edit_registry_entry())
        self.registry_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._registry_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.registry_add)
        buttons.addWidget(self.registry_edit)
        buttons.addWidget(self.registry_end)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.registry_view)
        self._registry_buttons()
        return tab

    def _selected_entry(self) -> Any:
        entry = record_at(self.registry_view, self.registry_view.currentIndex())
        return entry if entry is not None and entry.active and entry.ended_reason is None else None

    def _registry_buttons(self) -> None:
        live = self._selected_entry() is not None
        self.registry_edit.setEnabled(live)
        self.registry_end.setEnabled(live)

    def move_resident(self) -> Any:
        from inspector_desk.ui.residents.move_editor import MoveDialog

        if self.resident_id is None:
            return None
        dialog = MoveDialog(self._ctx, self.resident_id, self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def add_registry_entry(self) -> Any:
        from inspector_desk.ui.residents import registry_editor

        if self.resident_id is None:
            return None
        return registry_editor.add_entry(self._ctx, self.resident_id, self)

    def edit_registry_entry(self) -> Any:
        from inspector_desk.ui.residents import registry_editor

        entry = self._selected_entry()
        if entry is None or self.resident_id is None:
            return None
        return registry_editor.edit_entry(self._ctx, self.resident_id, entry, self)

    def end_registry_entry(self) -> Any:
        from inspector_desk.ui.residents import registry_editor

        entry = self._selected_entry()
        if entry is None or self.resident_id is None:
            return None
        return registry_editor.end_entry(self._ctx, self.resident_id, entry, self)

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.back.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.log_visit_button.setText(self.tr("Log visit"))
        self.log_visit_button.setToolTip(self.tr("Log a visit to this resident (Ctrl+L)"))
        self.open_case_button.setText(self.tr("Open DV case…"))
        self.open_case_button.setToolTip(
            self.tr("Open a domestic-violence case with this resident as the victim")
        )
        self.save_button.setText(self.tr("Save"))
        # setText resets a button's shortcut to its mnemonic: set the shortcut after the text.
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.move_button.setText(self.tr("Move to another household…"))
        self.move_button.setToolTip(self.tr("The resident moved: choose the street and the door"))
        self.registry_add.setText(self.tr("Put on the registry…"))
        self.registry_add.setToolTip(self.tr("Add a registry entry under a category"))
        self.registry_edit.setText(self.tr("Correct…"))
        self.registry_edit.setToolTip(self.tr("Correct the selected entry"))
        self.registry_end.setText(self.tr("Take off…"))
        self.registry_end.setToolTip(self.tr("End the selected entry"))
        for i, text in enumerate(
            (
                self.tr("Details"),
                self.tr("Household"),
                self.tr("Registry"),
                self.tr("Visits"),
                self.tr("DV cases"),
                self.tr("Appeals"),
                self.tr("History"),
            )
        ):
            self.tabs.setTabText(i, text)
        for model in (self.members, self.registry, self.visits, self.cases, self.appeals, self.history):
            model.retranslate()
        if self.card is not None:
            self._show_header(self.card)

    def _field_list(self, fields: tuple[str, ...]) -> str:
        names = labels.field_names()
        return ", ".join(names.get(f, f) for f in fields)

    # -- loading -----------------------------------------------------------------------------

    def open(self, resident_id: str) -> None:
        self.resident_id = resident_id
        self.drafts.key = f"resident:{resident_id}"
        self._draft_checked = False
        self.draft_banner.hide()
        self.card = None
        self.title.setText(self.tr("Loading…"))
        self.summary.setText("")
        self.tabs.setCurrentIndex(0)
        self.reload()

    def reload(self) -> None:
        if self.resident_id is None:
            return
        actor, resident_id, on = self._ctx.actor, self.resident_id, self._ctx.today()
        self._ctx.run(
            self,
            lambda db: residents_service.resident_card(db, actor, resident_id, on=on),
            success=self._show,
            failure=lambda e: show_error(self, e, context="resident_card"),
            key=f"card-{id(self)}",
        )

    def _show(self, card: ResidentCard) -> None:
        self.card = card
        self._show_header(card)
        if not self._dirty:
            self.form.load(card.resident)
            self._set_dirty(False)
        self.members.set_rows(card.members)
        self.registry.set_rows(card.registry)
        self._registry_buttons()
        self.visits.set_rows(card.visits)
        self.cases.set_rows(card.dv_cases)
        self.appeals.set_rows(card.appeals)
        self.history.set_rows(card.history)
        self.household_line.setText(card.address or self.tr("No household recorded"))
        if not self._draft_checked:
            self._draft_checked = True
            self.drafts.check()
        self.loaded.emit(card.resident.id)

    def _show_header(self, card: ResidentCard) -> None:
        r = card.resident
        self.title.setText(r.full_name)
        parts = []
        if r.iin:
            parts.append(self.tr("IIN %1").replace("%1", r.iin))
        if card.age is not None:
            parts.append(self.tr("%1 years").replace("%1", str(card.age)))
        if card.address:
            parts.append(card.address)
        if card.categories:
            parts.append(labels.categories_text(card.categories))
        if card.next_visit_due is not None:
            parts.append(self.tr("next visit due %1").replace("%1", fmt_date(card.next_visit_due)))
        self.summary.setText("  ·  ".join(parts))

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self.resident_id is None or not changes.kinds & CARD_KINDS:
            return
        mine = initiator is self or getattr(initiator, "resident_id", None) == self.resident_id
        if mine or self.resident_id in changes.ids or changes.ids & self._shown_ids():
            self.reload()

    def _shown_ids(self) -> set[str]:
        ids: set[str] = set()
        for model in (self.members, self.registry, self.visits, self.cases, self.appeals):
            ids.update(model.row_ids())
        return ids

    # -- editing -----------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._set_dirty(True)
        self.drafts.edited()

    def _restore_draft(self, values: dict[str, Any]) -> None:
        self.tabs.setCurrentIndex(0)
        self.form.restore(values)
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def has_unsaved(self) -> bool:
        return self._dirty

    def discard_pending(self) -> None:
        self.drafts.discard()
        self._set_dirty(False)
        if self.card is not None:
            self.form.load(self.card.resident)

    def save_pending(self) -> bool:
        return self.save()

    def save(self) -> bool:
        if self.resident_id is None or self._saving or not self._dirty:
            return not self._dirty
        if not self.form.check():
            return False
        v = self.form.values()
        update = ResidentUpdate(
            last_name=v["last_name"],
            first_name=v["first_name"],
            middle_name=v["middle_name"],
            iin=v["iin"],
            birth_date=v["birth_date"],
            sex=v["sex"],
            phones=v["phones"],
            notes=v["notes"],
        )
        actor, resident_id, today = self._ctx.actor, self.resident_id, self._ctx.today()
        self._saving = True

        def done(_outcome: Any) -> None:
            self._saving = False
            self._set_dirty(False)
            self.drafts.discard()

        def failed(error: BaseException) -> None:
            self._saving = False
            if not self.isVisible() and self._ctx.nav is not None and self.resident_id is not None:
                # Saved on the way out and refused: bring the person back to their edits.
                self._ctx.nav.open_resident(self.resident_id)
            self.tabs.setCurrentIndex(0)
            if isinstance(error, ValidationError):
                self.form.show_error(error)
            else:
                show_error(self, error, context="update_resident")

        self._ctx.run_write(
            self,
            lambda db: residents_service.update_resident(db, actor, resident_id, update, today=today),
            success=done,
            failure=failed,
            description="update_resident",
        )
        return True

    # -- opening related records -------------------------------------------------------------

    def _log_visit(self) -> None:
        if self.resident_id is not None and self._ctx.nav is not None:
            self._ctx.nav.log_visit(resident_id=self.resident_id)

    def open_case(self) -> Any:
        if self.card is None:
            return None
        from inspector_desk.ui.open_case_dialog import OpenCaseDialog

        dialog = OpenCaseDialog(self._ctx, self.card, self)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._case_opened(dialog.opened_id))
        dialog.show()
        return dialog

    def _case_opened(self, case_id: str | None) -> None:
        if case_id and self._ctx.nav is not None:
            self._ctx.nav.open_case(case_id)

    def _open_member(self, index: QModelIndex) -> None:
        member = record_at(self.members_view, index)
        if member is not None and self._ctx.nav is not None:
            self._ctx.nav.open_resident(member.resident_id)

    def _open_case(self, index: QModelIndex) -> None:
        case = record_at(self.cases_view, index)
        if case is not None and self._ctx.nav is not None:
            self._ctx.nav.open_case(case.id)

    def _open_appeal(self, index: QModelIndex) -> None:
        appeal = record_at(self.appeals_view, index)
        if appeal is not None and self._ctx.nav is not None:
            self._ctx.nav.open_appeal(appeal.id)


class NewResidentDialog(QDialog):
    """Registers a resident on the inspector's beat; nothing is written unless the service accepts it."""

    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_resident")
        self._ctx = ctx
        self.created_id: str | None = None
        self._saving = False
        self.form = ResidentForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.drafts = DraftKeeper(ctx, self.form.values, self, key="new-resident")
        self.draft_banner = DraftBanner()
        self.drafts.found.connect(self.draft_banner.offer)
        self.draft_banner.restore.connect(self.form.restore)
        self.draft_banner.discard.connect(self.drafts.discard)
        self.form.edited.connect(self.drafts.edited)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.load(None)
        self.drafts.check()
        self.retranslate()
        self.resize(520, 480)

    def reject(self) -> None:
        self.drafts.discard()  # cancelled on purpose
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New resident"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def save(self) -> None:
        if self._saving or not self.form.check():
            return
        beat = self._ctx.home_beat
        if beat is None:
            self.form.form_error.setText(self.tr("You have no beat to add to"))
            self.form.form_error.show()
            return
        v = self.form.values()
        data = ResidentInput(beat_id=beat, **v)
        actor, today = self._ctx.actor, self._ctx.today()
        self._saving = True

        def done(outcome: Any) -> None:
            self._saving = False
            self.created_id = outcome.record.id
            self.drafts.discard()
            self.accept()

        def failed(error: BaseException) -> None:
            self._saving = False
            if isinstance(error, ValidationError):
                self.form.show_error(error)
            else:
                show_error(self, error, context="register_resident")

        self._ctx.run_write(
            self,
            lambda db: residents_service.register_resident(db, actor, data, today=today),
            success=done,
            failure=failed,
            description="register_resident",
        )
