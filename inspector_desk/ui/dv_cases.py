"""DV prevention cases: the list (riskiest first) and the case workspace, marked confidential: parties,
risk assessment with the live score and level, the officer's raise-only override, measures with days
left, incidents, the timeline, and closure (request; approve or reject for supervisors)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.risk import RiskLevel, RiskPolicy, score_assessment
from inspector_desk.resources import risk_policy
from inspector_desk.services import accounts as accounts_service
from inspector_desk.services import dv_cases as dv_service
from inspector_desk.services.base import ChangeSet, Role
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error, validation_text
from inspector_desk.ui.form_dialog import Field, FormDialog
from inspector_desk.ui.forms import FieldErrors, error_label
from inspector_desk.ui.i18n import current_language, fmt_date, fmt_datetime
from inspector_desk.ui.icons import icon
from inspector_desk.ui.pages import Page
from inspector_desk.ui.rows import Column, RowsModel, data_table, record_at

translate = QCoreApplication.translate
CASE_KINDS = frozenset(
    {
        "dv_cases",
        "dv_incidents",
        "risk_assessments",
        "dv_measures",
        "dv_reviews",
        "dv_case_children",
        "visits",
    }
)
CONFIDENTIAL_STYLE = (
    "background: #fbeaea; color: #8a1c14; padding: 6px 10px; border-radius: 4px; font-weight: 600;"
)
LEVEL_COLORS = {"low": "#2e6b3a", "medium": "#8a6d00", "high": "#b3261e", "extreme": "#7a0e0e"}


class CasesPage(Page):
    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cases_page")
        self._ctx = ctx
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.banner = QLabel()
        self.banner.setObjectName("confidential_banner")
        self.banner.setStyleSheet(CONFIDENTIAL_STYLE)
        self.status = QComboBox()
        self.status.setObjectName("cases_status")
        self.status.currentIndexChanged.connect(lambda _i: self.load())
        self.model = RowsModel(
            [
                Column(lambda: translate("CasesPage", "Case"), lambda r: r.number, stretch=False),
                Column(lambda: translate("CasesPage", "Victim"), lambda r: r.victim_name),
                Column(
                    lambda: translate("CasesPage", "Risk"),
                    lambda r: labels.label(labels.risk_levels(), r.risk_level),
                    alarm=True,
                    stretch=False,
                ),
                Column(
                    lambda: translate("CasesPage", "Status"),
                    lambda r: labels.label(labels.case_statuses(), r.status),
                    stretch=False,
                ),
                Column(
                    lambda: translate("CasesPage", "Closure"),
                    lambda r: labels.label(labels.closure_states(), r.closure_state),
                ),
                Column(
                    lambda: translate("CasesPage", "Review due"),
                    lambda r: fmt_date(r.next_review_due),
                    lambda r: r.next_review_due,
                ),
                Column(
                    lambda: translate("CasesPage", "Opened"),
                    lambda r: fmt_date(r.opened_on),
                    lambda r: r.opened_on,
                ),
                Column(lambda: translate("CasesPage", "Owner"), lambda r: r.owner_name),
            ],
            row_id=lambda r: r.id,
            alarm=lambda r: r.risk_level in ("high", "extreme") and r.status != "closed",
        )
        self.view = data_table(self.model, name="cases_table")
        self.view.activated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("DV cases"))
        self.banner.setText(
            self.tr("CONFIDENTIAL — domestic-violence records. Every view is recorded in the audit log.")
        )
        current = self.status.currentData() if self.status.count() else "active"
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Active cases"), "active")
        for code, text in labels.case_statuses().items():
            self.status.addItem(text, code)
        self.status.addItem(self.tr("All cases"), None)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.setAccessibleName(self.tr("Case status"))
        self.status.blockSignals(False)
        self.model.retranslate()

    def load(self) -> None:
        actor, status = self._ctx.actor, self.status.currentData()

        def op(db: Any) -> Any:
            if status == "active":
                rows = []
                for s in ("open", "monitoring"):
                    rows.extend(dv_service.list_cases(db, actor, status=s, limit=500).rows)
                return rows
            return dv_service.list_cases(db, actor, status=status, limit=500).rows

        self._ctx.run(
            self,
            op,
            success=self.model.set_rows,
            failure=lambda e: show_error(self, e),
            key=f"cases-{id(self)}",
        )

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self._activated and changes.kinds & CASE_KINDS:
            self.load()

    def _open(self, index: QModelIndex) -> None:
        row = record_at(self.view, index)
        if row is not None and self._ctx.nav is not None:
            self._ctx.nav.open_case(row.id)


class RiskForm(QWidget):
    """The questionnaire with the live score and level; the override may only raise the level."""

    changed = Signal()

    def __init__(self, policy: RiskPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self.errors = FieldErrors()
        self._groups: dict[str, QButtonGroup] = {}
        self._texts: list[tuple[QLabel, Any]] = []
        self._option_buttons: list[tuple[QRadioButton, Any]] = []
        self._yes_no: list[tuple[QRadioButton, QRadioButton]] = []
        inner = QWidget()
        form = QVBoxLayout(inner)
        for question in policy.questions:
            text = QLabel()
            text.setWordWrap(True)
            self._texts.append((text, question.text))
            form.addWidget(text)
            row = QHBoxLayout()
            group = QButtonGroup(self)
            group.setExclusive(True)
            if question.is_choice:
                for option in question.options:
                    button = QRadioButton()
                    button.setProperty("answer", option.id)
                    self._option_buttons.append((button, option.text))
                    group.addButton(button)
                    row.addWidget(button)
            else:
                yes, no = QRadioButton(), QRadioButton()
                yes.setProperty("answer", True)
                no.setProperty("answer", False)
                yes.setObjectName(f"q_{question.id}_yes")
                no.setObjectName(f"q_{question.id}_no")
                self._yes_no.append((yes, no))
                group.addButton(yes)
                group.addButton(no)
                row.addWidget(yes)
                row.addWidget(no)
            row.addStretch(1)
            form.addLayout(row)
            group.buttonToggled.connect(lambda _b, _c: self._update())
            self._groups[question.id] = group
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.score = QLabel()
        self.score.setObjectName("risk_score")
        self.level = QLabel()
        self.level.setObjectName("risk_level")
        self.override = QComboBox()
        self.override.setObjectName("override_level")
        self.reason = QLineEdit()
        self.reason.setObjectName("override_reason")
        self.override.currentIndexChanged.connect(lambda _i: self.errors.clear("override_level"))
        self.reason.textEdited.connect(lambda _t: self.errors.clear("override_reason"))
        self._override_caption = QLabel()
        self._override_caption.setBuddy(self.override)
        self._reason_caption = QLabel()
        self._reason_caption.setBuddy(self.reason)
        lower = QFormLayout()
        for caption, widget, name in (
            (self._override_caption, self.override, "override_level"),
            (self._reason_caption, self.reason, "override_reason"),
        ):
            box = QVBoxLayout()
            box.addWidget(widget)
            err = error_label(name)
            box.addWidget(err)
            self.errors.add(name, widget, err)
            lower.addRow(caption, box)
        self.form_error = error_label("risk_form")
        self.errors.fallback = self.form_error
        summary = QHBoxLayout()
        summary.addWidget(self.score)
        summary.addStretch(1)
        summary.addWidget(self.level)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(summary)
        layout.addLayout(lower)
        layout.addWidget(self.form_error)
        self.retranslate()

    def retranslate(self) -> None:
        language = current_language()
        for label, text in self._texts:
            label.setText(text.get(language))
        for button, text in self._option_buttons:
            button.setText(text.get(language))
        for yes, no in self._yes_no:
            yes.setText(self.tr("Yes"))
            no.setText(self.tr("No"))
        self._override_caption.setText(self.tr("&Raise level to"))
        self._reason_caption.setText(self.tr("Reason for raising"))
        self.override.setAccessibleName(self.tr("Raise level to"))
        self.reason.setAccessibleName(self.tr("Reason for raising"))
        current = self.override.currentData()
        self.override.blockSignals(True)
        self.override.clear()
        self.override.addItem(self.tr("No override: use the computed level"), None)
        for code, text in labels.risk_levels().items():
            self.override.addItem(text, code)
        self.override.setCurrentIndex(max(0, self.override.findData(current)))
        self.override.blockSignals(False)
        self._update()

    def answers(self) -> dict[str, bool | str]:
        out: dict[str, bool | str] = {}
        for qid, group in self._groups.items():
            button = group.checkedButton()
            if button is not None:
                out[qid] = button.property("answer")
        return out

    def set_answer(self, question_id: str, value: bool | str) -> None:
        for button in self._groups[question_id].buttons():
            if button.property("answer") == value:
                button.setChecked(True)

    def computed_level(self) -> RiskLevel:
        return score_assessment(self.policy, self.answers()).computed_level

    def _update(self) -> None:
        result = score_assessment(self.policy, self.answers())
        self.score.setText(
            self.tr("Score %1 · answered %2 of %3")
            .replace("%1", str(result.score))
            .replace("%2", str(result.answered))
            .replace("%3", str(result.total))
        )
        level = result.computed_level.value
        self.level.setText(self.tr("Level: %1").replace("%1", labels.label(labels.risk_levels(), level)))
        self.level.setStyleSheet(f"font-weight: 700; color: {LEVEL_COLORS.get(level, '#2b3a4d')};")
        self.changed.emit()

    def check_override(self) -> bool:
        """The raise-only rule on the spot (the service enforces it again)."""
        chosen = self.override.currentData()
        if chosen is None:
            return True
        if RiskLevel(chosen).rank < self.computed_level().rank:
            err = ValidationError("override_level", "risk.override_lower", "")
            self.errors.set("override_level", validation_text(err), err.rule)
            return False
        if RiskLevel(chosen).rank > self.computed_level().rank and not self.reason.text().strip():
            err = ValidationError("override_reason", "risk.override_reason_required", "")
            self.errors.set("override_reason", validation_text(err), err.rule)
            return False
        return True


def _with_button(view: QWidget, button: QPushButton) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 0)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    layout.addWidget(view, 1)
    return box


class CasePage(Page):
    back_requested = Signal()
    loaded = Signal(str)

    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_page")
        self._ctx = ctx
        self.case_id: str | None = None
        self.case: Any = None
        self.back = QPushButton(icon("back"), "")
        self.back.clicked.connect(self.back_requested.emit)
        self.title = QLabel()
        self.title.setObjectName("case_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.banner = QLabel()
        self.banner.setObjectName("confidential_banner")
        self.banner.setStyleSheet(CONFIDENTIAL_STYLE)
        self.summary = QLabel()
        self.summary.setObjectName("case_summary")
        self.summary.setWordWrap(True)
        self.log_visit_button = QPushButton(icon("visits"), "")
        self.log_visit_button.clicked.connect(self._log_visit)
        self.request_button = QPushButton()
        self.request_button.setObjectName("request_closure")
        self.request_button.clicked.connect(self.request_closure)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approve_closure")
        self.approve_button.clicked.connect(lambda: self.approve_closure())
        self.reassign_button = QPushButton()
        self.reassign_button.setObjectName("reassign_case")
        self.reassign_button.clicked.connect(lambda: self.reassign())
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("reject_closure")
        self.reject_button.clicked.connect(lambda: self.reject_closure())

        self.parties = RowsModel(
            [
                Column(
                    lambda: translate("CasePage", "Role"),
                    lambda p: labels.label(labels.party_roles(), p.role),
                ),
                Column(lambda: translate("CasePage", "Name"), lambda p: p.full_name),
                Column(lambda: translate("CasePage", "Born"), lambda p: fmt_date(p.birth_date)),
            ],
            row_id=lambda p: p.resident_id,
        )
        self.measures = RowsModel(
            [
                Column(
                    lambda: translate("CasePage", "Measure"),
                    lambda m: labels.label(labels.measure_kinds(), m.kind),
                ),
                Column(
                    lambda: translate("CasePage", "From"),
                    lambda m: fmt_date(m.start_date),
                    lambda m: m.start_date,
                ),
                Column(lambda: translate("CasePage", "Until"), lambda m: fmt_date(m.end_date), stretch=False),
                Column(
                    lambda: translate("CasePage", "Days left"),
                    lambda m: "" if m.days_left is None else str(m.days_left),
                    lambda m: m.days_left if m.days_left is not None else 9999,
                    alarm=True,
                ),
                Column(lambda: translate("CasePage", "Issued by"), lambda m: m.issued_by or ""),
            ],
            row_id=lambda m: m.id,
            alarm=lambda m: m.days_left is not None and m.days_left <= 3,
        )
        self.incidents = RowsModel(
            [
                Column(
                    lambda: translate("CasePage", "When"),
                    lambda i: fmt_datetime(i.occurred_at),
                    lambda i: i.occurred_at,
                ),
                Column(
                    lambda: translate("CasePage", "Kind"),
                    lambda i: labels.label(labels.incident_kinds(), i.kind),
                ),
                Column(
                    lambda: translate("CasePage", "Description"), lambda i: i.description.replace("\n", " ")
                ),
            ],
            row_id=lambda i: i.id,
        )
        self.timeline = RowsModel(
            [
                Column(lambda: translate("CasePage", "When"), lambda e: fmt_datetime(e.at), lambda e: e.at),
                Column(
                    lambda: translate("CasePage", "What"),
                    lambda e: labels.label(labels.timeline_kinds(), e.kind),
                ),
                Column(lambda: translate("CasePage", "Details"), lambda e: e.summary),
            ],
            row_id=lambda e: e.ref_id,
        )
        self.parties_view = data_table(self.parties, name="case_parties")
        self.parties_view.activated.connect(self._open_party)
        self.risk = RiskForm(risk_policy())
        self.incident_button = QPushButton(icon("add"), "")
        self.incident_button.setObjectName("add_incident")
        self.incident_button.clicked.connect(self.add_incident)
        self.measure_button = QPushButton(icon("add"), "")
        self.measure_button.setObjectName("add_measure")
        self.measure_button.clicked.connect(self.add_measure)
        self.review_button = QPushButton(icon("add"), "")
        self.review_button.setObjectName("record_review")
        self.review_button.clicked.connect(self.record_review)
        self.assess_button = QPushButton()
        self.assess_button.setObjectName("save_assessment")
        self.assess_button.clicked.connect(self.save_assessment)
        risk_tab = QWidget()
        risk_layout = QVBoxLayout(risk_tab)
        risk_layout.addWidget(self.risk, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.assess_button)
        risk_layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.parties_view, "")
        self.tabs.addTab(risk_tab, "")
        self.tabs.addTab(
            _with_button(data_table(self.measures, name="case_measures"), self.measure_button), ""
        )
        self.tabs.addTab(
            _with_button(data_table(self.incidents, name="case_incidents"), self.incident_button), ""
        )
        self.tabs.addTab(
            _with_button(data_table(self.timeline, name="case_timeline"), self.review_button), ""
        )

        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.title, 1)
        head.addWidget(self.log_visit_button)
        head.addWidget(self.request_button)
        head.addWidget(self.approve_button)
        head.addWidget(self.reject_button)
        head.addWidget(self.reassign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.back.setToolTip(self.tr("Back (Alt+Left)"))
        self.banner.setText(
            self.tr("CONFIDENTIAL — need-to-know only. This view is recorded in the audit log.")
        )
        self.log_visit_button.setText(self.tr("Log follow-up"))
        self.request_button.setText(self.tr("Request closure"))
        self.approve_button.setText(self.tr("Approve closure"))
        self.reject_button.setText(self.tr("Reject closure"))
        self.reassign_button.setText(self.tr("Reassign…"))
        self.reassign_button.setToolTip(self.tr("Hand the case to another inspector of the unit"))
        self.assess_button.setText(self.tr("Save assessment"))
        self.incident_button.setText(self.tr("Record incident…"))
        self.measure_button.setText(self.tr("Add measure…"))
        self.review_button.setText(self.tr("Record review…"))
        for i, text in enumerate(
            (
                self.tr("Parties"),
                self.tr("Risk assessment"),
                self.tr("Measures"),
                self.tr("Incidents"),
                self.tr("Timeline"),
            )
        ):
            self.tabs.setTabText(i, text)
        for model in (self.parties, self.measures, self.incidents, self.timeline):
            model.retranslate()
        self.risk.retranslate()
        if self.case is not None:
            self._show_case(self.case)

    def open(self, case_id: str) -> None:
        self.case_id = case_id
        self.case = None
        self.title.setText(self.tr("Loading…"))
        self.load()

    def load(self) -> None:
        if self.case_id is None:
            return
        actor, case_id, on = self._ctx.actor, self.case_id, self._ctx.today()

        def op(db: Any) -> Any:
            return dv_service.case_view(db, actor, case_id, on=on), dv_service.case_timeline(
                db, actor, case_id
            )

        self._ctx.run(
            self, op, success=self._show, failure=lambda e: show_error(self, e), key=f"case-{id(self)}"
        )

    def _show(self, result: Any) -> None:
        case, timeline = result
        self._show_case(case)
        self.parties.set_rows([case.victim, case.offender, *case.children])
        self.measures.set_rows(case.measures)
        self.incidents.set_rows(case.incidents)
        self.timeline.set_rows(sorted(timeline, key=lambda e: e.at, reverse=True))
        self.loaded.emit(case.id)

    def _show_case(self, case: Any) -> None:
        self.case = case
        self.title.setText(self.tr("Case %1").replace("%1", case.number))
        parts = [
            labels.label(labels.case_statuses(), case.status),
            self.tr("risk: %1").replace(
                "%1", labels.label(labels.risk_levels(), case.risk_level) or self.tr("not assessed")
            ),
            self.tr("owner: %1").replace("%1", case.owner_name),
            self.tr("opened %1").replace("%1", fmt_date(case.opened_on)),
        ]
        if case.next_review_due is not None:
            parts.append(self.tr("review due %1").replace("%1", fmt_date(case.next_review_due)))
        if case.closure_state:
            parts.append(labels.label(labels.closure_states(), case.closure_state))
        self.summary.setText("  ·  ".join(parts))
        supervisor = self._ctx.actor.role is Role.SUPERVISOR
        requested = case.closure_state == "requested" and case.status != "closed"
        self.request_button.setVisible(case.status != "closed" and not requested)
        self.approve_button.setVisible(supervisor and requested)
        self.reject_button.setVisible(supervisor and requested)
        self.reassign_button.setVisible(supervisor and case.status != "closed")

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self.case_id is None or not changes.kinds & CASE_KINDS:
            return
        mine = initiator is self or getattr(initiator, "dv_case_id", None) == self.case_id
        shown = set(self.measures.row_ids()) | set(self.incidents.row_ids()) | set(self.timeline.row_ids())
        if mine or self.case_id in changes.ids or changes.ids & shown:
            self.load()

    # -- actions -----------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and self.risk.errors.show(error):
            self.tabs.setCurrentIndex(1)
            return
        show_error(self, error)

    def save_assessment(self) -> None:
        if self.case_id is None or not self.risk.check_override():
            self.tabs.setCurrentIndex(1)
            return
        self.risk.errors.clear()
        actor, case_id = self._ctx.actor, self.case_id
        answers = self.risk.answers()
        override = self.risk.override.currentData()
        reason = self.risk.reason.text() or None
        self._ctx.run_write(
            self,
            lambda db: dv_service.assess_risk(db, actor, case_id, answers, override, reason),
            failure=self._failed,
        )

    def add_incident(self) -> FormDialog | None:
        if self.case_id is None:
            return None
        actor, case_id = self._ctx.actor, self.case_id
        fields = [
            Field("occurred_at", self.tr("&When"), "datetime"),
            Field("kind", self.tr("&Kind"), "choice", labels.incident_kinds(), optional=True),
            Field("description", self.tr("&What happened"), "multiline"),
        ]

        def submit(v: dict[str, Any]) -> Any:
            data = dv_service.IncidentInput(
                occurred_at=v["occurred_at"], kind=v["kind"] or "", description=v["description"]
            )
            return lambda db: dv_service.record_incident(db, actor, case_id, data)

        return self._form(self.tr("Record incident"), fields, submit)

    def add_measure(self) -> FormDialog | None:
        if self.case_id is None:
            return None
        actor, case_id = self._ctx.actor, self.case_id
        fields = [
            Field("kind", self.tr("&Measure"), "choice", labels.measure_kinds()),
            Field("start_date", self.tr("&From"), "date"),
            Field("end_date", self.tr("&Until"), "date", optional=True),
            Field("issued_by", self.tr("&Issued by")),
            Field("notes", self.tr("&Notes"), "multiline"),
        ]

        def submit(v: dict[str, Any]) -> Any:
            data = dv_service.MeasureInput(
                kind=v["kind"],
                start_date=v["start_date"],
                end_date=v["end_date"],
                issued_by=v["issued_by"] or None,
                notes=v["notes"] or None,
            )
            return lambda db: dv_service.add_measure(db, actor, case_id, data)

        return self._form(self.tr("Add measure"), fields, submit)

    def record_review(self) -> FormDialog | None:
        if self.case_id is None:
            return None
        actor, case_id = self._ctx.actor, self.case_id
        fields = [
            Field("reviewed_at", self.tr("&When"), "datetime"),
            Field("notes", self.tr("&Findings"), "multiline"),
        ]

        def submit(v: dict[str, Any]) -> Any:
            return lambda db: dv_service.record_review(db, actor, case_id, v["notes"], v["reviewed_at"])

        return self._form(self.tr("Record review"), fields, submit)

    def _form(self, title: str, fields: list[Field], submit: Any) -> FormDialog:
        dialog = FormDialog(self._ctx, title, fields, submit, self)
        dialog.dv_case_id = self.case_id
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, label)
        return text if ok else None

    def request_closure(self, reason: str | None = None) -> None:
        if self.case_id is None:
            return
        if not reason:
            reason = self._ask(self.tr("Request closure"), self.tr("Why can the case be closed?"))
        if reason is None:
            return
        actor, case_id, today = self._ctx.actor, self.case_id, self._ctx.today()
        self._ctx.run_write(
            self,
            lambda db: dv_service.request_closure(db, actor, case_id, reason, today=today),
            failure=self._failed,
        )

    def approve_closure(self, note: str | None = None) -> None:
        if self.case_id is None:
            return
        actor, case_id, today = self._ctx.actor, self.case_id, self._ctx.today()
        self._ctx.run_write(
            self,
            lambda db: dv_service.approve_closure(db, actor, case_id, note, today=today),
            failure=self._failed,
        )

    def reject_closure(self, note: str | None = None) -> None:
        if self.case_id is None:
            return
        if not note:
            note = self._ask(self.tr("Reject closure"), self.tr("Why must the case stay open?"))
        if note is None:
            return
        actor, case_id = self._ctx.actor, self.case_id
        self._ctx.run_write(
            self, lambda db: dv_service.reject_closure(db, actor, case_id, note), failure=self._failed
        )

    def reassign(self, inspector_id: str | None = None) -> None:
        """Supervisor mode: hand the case to another inspector (asked for when not given)."""
        if self.case_id is None:
            return
        actor, case_id = self._ctx.actor, self.case_id
        if inspector_id is None:
            self._ctx.run(
                self,
                lambda db: accounts_service.list_users(db, unit_id=actor.unit_id, role=Role.INSPECTOR),
                success=self._choose_inspector,
                failure=lambda e: show_error(self, e),
            )
            return
        chosen = inspector_id
        self._ctx.run_write(
            self, lambda db: dv_service.reassign_case(db, actor, case_id, chosen), failure=self._failed
        )

    def _choose_inspector(self, users: list[Any]) -> None:
        names = [u.full_name for u in users if u.active]
        ids = [u.id for u in users if u.active]
        name, ok = QInputDialog.getItem(
            self, self.tr("Reassign case"), self.tr("New owner:"), names, 0, False
        )
        if ok and name in names:
            self.reassign(ids[names.index(name)])

    def _log_visit(self) -> None:
        if self.case is not None and self._ctx.nav is not None:
            self._ctx.nav.log_visit(resident_id=self.case.victim.resident_id, dv_case_id=self.case.id)

    def _open_party(self, index: QModelIndex) -> None:
        party = record_at(self.parties_view, index)
        if party is not None and self._ctx.nav is not None:
            self._ctx.nav.open_resident(party.resident_id)
