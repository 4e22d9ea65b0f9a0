"""The supervisor's audit screen: who viewed or changed what, when, from which laptop and with what
outcome; filtered by person, event, record, outcome and period, loaded a page at a time as the list
scrolls, and a row opens the entry's before/after values. Opening the log is itself audited.

Also the client's hook for the session events the audit log keeps (lock, unlock, failed unlock)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.services import audit as audit_service
from inspector_desk.services.audit import AuditCursor, AuditDetail, AuditFilters, AuditPage, AuditRow
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import log, show_error
from inspector_desk.ui.forms import to_date
from inspector_desk.ui.i18n import date_format, fmt_datetime, fmt_int
from inspector_desk.ui.operations import Debouncer
from inspector_desk.ui.pages import Page
from inspector_desk.ui.rows import Column, PagedFetch, RowsModel, data_table, record_at

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


def record_session_event(ctx: ClientContext, event: str, outcome: str = audit_service.OK) -> None:
    """Write a lock/unlock event of the signed-in user to the audit log (off the GUI thread)."""
    actor = ctx.actor
    ctx.run(
        None,
        lambda db: audit_service.record_event(db, actor, event, outcome),
        failure=lambda e: log.error("audit of %s failed: %s", event, e),
        description=f"audit {event}",
    )


def event_names() -> dict[str, str]:
    return {
        "view": translate("AuditPage", "Viewed"),
        "view_timeline": translate("AuditPage", "Viewed the case timeline"),
        "view_resident": translate("AuditPage", "Viewed a resident"),
        "view_household": translate("AuditPage", "Viewed a household"),
        "create": translate("AuditPage", "Created"),
        "update": translate("AuditPage", "Changed"),
        "void": translate("AuditPage", "Voided"),
        "login": translate("AuditPage", "Sign-in"),
        "unlock": translate("AuditPage", "Unlock"),
        "lock": translate("AuditPage", "Lock"),
        "role_change": translate("AuditPage", "Role change"),
        "password_change": translate("AuditPage", "Password change"),
        "report_export": translate("AuditPage", "Report produced, printed or saved"),
        "view_audit": translate("AuditPage", "Opened the audit log"),
    }


def outcome_names() -> dict[str, str]:
    return {
        "ok": translate("AuditPage", "Done"),
        "denied": translate("AuditPage", "Refused"),
        "failed": translate("AuditPage", "Failed"),
    }


def _record_text(row: AuditRow) -> str:
    return row.record_label


class AuditModel(PagedFetch, RowsModel):
    """The audit rows held so far; ``fetchMore`` asks the service for the next page."""

    def __init__(self, ctx: ClientContext, parent: Any = None) -> None:
        super().__init__(
            [
                Column(lambda: translate("AuditPage", "Time"), lambda r: fmt_datetime(r.at), stretch=False),
                Column(lambda: translate("AuditPage", "User"), lambda r: r.user_name, stretch=False),
                Column(lambda: translate("AuditPage", "Device"), lambda r: r.device_id or "", stretch=False),
                Column(
                    lambda: translate("AuditPage", "Event"),
                    lambda r: labels.label(event_names(), r.event),
                    stretch=False,
                ),
                Column(lambda: translate("AuditPage", "Record"), _record_text, stretch=True),
                Column(
                    lambda: translate("AuditPage", "Outcome"),
                    lambda r: labels.label(outcome_names(), r.outcome),
                    stretch=False,
                ),
            ],
            row_id=lambda r: r.id,
            alarm=lambda r: r.outcome != audit_service.OK,
            parent=parent,
        )
        self._ctx = ctx
        self._filters = AuditFilters()
        self._next: AuditCursor | None = None
        self._has_more = False
        self._loading = False
        self._generation = 0
        self.pages_fetched = 0
        self.on_page: Any = None  # called with the number of rows held after each page

    @property
    def filters(self) -> AuditFilters:
        return self._filters

    def set_filters(self, filters: AuditFilters) -> None:
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self._loading = False
        self._next = None
        self._has_more = True
        self.set_rows([])
        self.fetchMore(QModelIndex())

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        generation = self._begin_fetch(parent)
        if generation is None:
            return
        actor, filters, after = self._ctx.actor, self._filters, self._next

        def done(page: AuditPage) -> None:
            if not self._fetch_ended(generation):
                return
            if page.rows:
                first = self.rowCount()
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()
            self._next = page.next
            self._has_more = page.has_more and page.next is not None
            self.pages_fetched += 1
            if self.on_page is not None:
                self.on_page(self.rowCount())

        def failed(error: BaseException) -> None:
            if self._fetch_ended(generation, failed=True):
                show_error(None, error)

        self._ctx.run(
            self,
            lambda db: audit_service.list_audit(db, actor, filters, after, limit=PAGE_SIZE),
            success=done,
            failure=failed,
            key=f"audit-{id(self)}",
        )


class AuditPageWidget(Page):
    """The audit screen (supervisors and administrators only: the service refuses anyone else)."""

    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_page")
        self._ctx = ctx
        self._filling = False
        self._users: list[tuple[str, str]] = []
        self._events: list[str] = sorted(event_names())
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6b7a;")
        self.note.setWordWrap(True)
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.kind = QComboBox()
        self.kind.setObjectName("audit_event")
        self.outcome = QComboBox()
        self.outcome.setObjectName("audit_outcome")
        self.record = QLineEdit()
        self.record.setObjectName("audit_record")
        self.record.setClearButtonEnabled(True)
        self.record.setMaxLength(audit_service.RECORD_QUERY_MAX)
        self.use_since = QCheckBox()
        self.use_since.setObjectName("audit_use_since")
        self.since = QDateEdit()
        self.since.setObjectName("audit_since")
        self.use_until = QCheckBox()
        self.use_until.setObjectName("audit_use_until")
        self.until = QDateEdit()
        self.until.setObjectName("audit_until")
        today = ctx.today()
        for edit, day in ((self.since, today.replace(day=1)), (self.until, today)):
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setDisplayFormat(date_format())
            edit.setEnabled(False)
        self.count = QLabel()
        self.count.setObjectName("audit_count")
        self.count.setStyleSheet("color: #5f6b7a;")
        self.reset = QPushButton()
        self.reset.setObjectName("audit_reset")
        self.reset.clicked.connect(self._reset_filters)

        self.model = AuditModel(ctx, self)
        self.model.on_page = self._show_count
        self.view = data_table(self.model, sortable=False, name="audit_table")
        header = self.view.horizontalHeader()
        # Rows arrive a page at a time: fixed starting widths instead of re-measuring every page.
        for column, width in enumerate((150, 190, 150, 230, 0, 110)):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._open_row)
        self.view.activated.connect(self._open_row)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("audit_detail_title")
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title.setWordWrap(True)
        self.detail_model = RowsModel(
            [
                Column(lambda: translate("AuditPage", "Field"), lambda c: c.field, stretch=False),
                Column(lambda: translate("AuditPage", "Before"), lambda c: c.before or "", stretch=True),
                Column(lambda: translate("AuditPage", "After"), lambda c: c.after or "", stretch=True),
            ],
            row_id=lambda c: c.field,
        )
        self.detail = data_table(self.detail_model, sortable=False, name="audit_detail")
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)

        self._captions = [QLabel() for _ in range(4)]
        filters = QGridLayout()
        filters.addWidget(self._captions[0], 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(self._captions[1], 0, 2)
        filters.addWidget(self.kind, 0, 3)
        filters.addWidget(self._captions[2], 0, 4)
        filters.addWidget(self.outcome, 0, 5)
        filters.addWidget(self._captions[3], 1, 0)
        filters.addWidget(self.record, 1, 1, 1, 3)
        period = QHBoxLayout()
        for widget in (self.use_since, self.since, self.use_until, self.until):
            period.addWidget(widget)
        filters.addLayout(period, 1, 4, 1, 2)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.reset)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self._debounce = Debouncer(300, self.apply, self)
        self.record.textEdited.connect(lambda _t: self._debounce.poke())
        self.record.returnPressed.connect(self._debounce.flush)
        for combo in (self.user, self.kind, self.outcome):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        for box, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self.apply())
            edit.dateChanged.connect(lambda _d: self.apply())
        self.retranslate()

    # -- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit log"))
        self.note.setText(
            self.tr(
                "Every view of a DV case, every change, export and print, and every sign-in and unlock "
                "on this laptop. Opening this log is recorded too."
            )
        )
        for caption, text in zip(
            self._captions,
            (self.tr("User"), self.tr("Event"), self.tr("Outcome"), self.tr("Record")),
            strict=True,
        ):
            caption.setText(text)
        self.record.setPlaceholderText(self.tr("Name, DV case number or record id"))
        self.record.setAccessibleName(self.tr("Record"))
        self.use_since.setText(self.tr("From"))
        self.use_until.setText(self.tr("To"))
        self.reset.setText(self.tr("Clear filters"))
        self._fill_combos()
        self.model.retranslate()
        self.detail_model.retranslate()
        self._show_count(self.model.rowCount())

    def _fill_combos(self) -> None:
        self._filling = True
        try:
            user = self.user.currentData()
            event = self.kind.currentData()
            outcome = self.outcome.currentData()
            self.user.clear()
            self.user.addItem(self.tr("Everyone"), None)
            for uid, name in self._users:
                self.user.addItem(name, uid)
            self.kind.clear()
            self.kind.addItem(self.tr("All events"), None)
            names = event_names()
            for code in self._events:
                self.kind.addItem(labels.label(names, code), code)
            self.outcome.clear()
            self.outcome.addItem(self.tr("Any outcome"), None)
            for code, text in outcome_names().items():
                self.outcome.addItem(text, code)
            for combo, value in ((self.user, user), (self.kind, event), (self.outcome, outcome)):
                found = combo.findData(value)
                combo.setCurrentIndex(max(0, found))
        finally:
            self._filling = False

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        actor = self._ctx.actor

        def choices(db: Any) -> tuple[list[tuple[str, str]], list[str]]:
            users = [(u.id, u.name) for u in audit_service.audit_users(db, actor)]
            return users, audit_service.audit_events(db, actor)

        def got(result: tuple[list[tuple[str, str]], list[str]]) -> None:
            self._users, events = result
            self._events = sorted(set(events) | set(event_names()))
            self._fill_combos()

        self._ctx.run(
            self, choices, success=got, failure=lambda e: show_error(self, e), key=f"audit-f-{id(self)}"
        )
        self.apply()

    def filters(self) -> AuditFilters:
        def day(box: QCheckBox, edit: QDateEdit) -> date | None:
            return to_date(edit.date()) if box.isChecked() else None

        return AuditFilters(
            user_id=self.user.currentData(),
            event=self.kind.currentData(),
            record=self.record.text().strip() or None,
            outcome=self.outcome.currentData(),
            since=day(self.use_since, self.since),
            until=day(self.use_until, self.until),
            utc_offset_minutes=QDateTime.currentDateTime().offsetFromUtc() // 60,
        )

    def apply(self) -> None:
        if self._filling or not self._activated:
            return
        filters = self.filters()
        if filters.since and filters.until and filters.since > filters.until:
            self.count.setText(self.tr("The end of the period is before its start."))
            return
        self._clear_detail()
        self.model.set_filters(filters)

    def _reset_filters(self) -> None:
        self._filling = True
        for combo in (self.user, self.kind, self.outcome):
            combo.setCurrentIndex(0)
        self.record.clear()
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)
        self._filling = False
        self.apply()

    def _show_count(self, rows: int) -> None:
        if self.model.canFetchMore() or self.model.loading:
            self.count.setText(self.tr("Entries shown: %1, more below").replace("%1", fmt_int(rows)))
        else:
            self.count.setText(self.tr("Entries: %1").replace("%1", fmt_int(rows)))

    # -- detail ----------------------------------------------------------------------------

    def _clear_detail(self) -> None:
        self.detail_title.setText("")
        self.detail_model.set_rows([])

    def _open_row(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row: AuditRow | None = record_at(self.view, index)
        if row is None:
            return
        actor = self._ctx.actor
        self._ctx.run(
            self,
            lambda db: audit_service.audit_detail(db, actor, row.id),
            success=self._show_detail,
            failure=lambda e: show_error(self, e),
            key=f"audit-detail-{id(self)}",
        )

    def _show_detail(self, detail: AuditDetail) -> None:
        row = detail.row
        head = " · ".join(
            p
            for p in (
                fmt_datetime(row.at),
                row.user_name,
                labels.label(event_names(), row.event),
                row.record_label,
                labels.label(outcome_names(), row.outcome),
            )
            if p
        )
        if detail.redacted:
            head += " — " + self.tr("values of DV records are hidden from administrators")
        self.detail_title.setText(head)
        self.detail_model.set_rows(list(detail.changes))
