"""The content of each report as a generator of flowables, read through the same service functions the
screens use (caseload figures, due_visits, list_cases, expiring_measures, appeals_by_deadline ...).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from inspector_desk.domain.errors import NotFound
from inspector_desk.domain.schedule import MeasureKind, RegistryCategory
from inspector_desk.reports import charts
from inspector_desk.reports.api import Progress, ReportKind, ReportRequest, request_params
from inspector_desk.reports.document import (
    FRAME_W,
    ReportCancelled,
    Styles,
    cell,
    esc,
    list_table,
    table_style,
)
from inspector_desk.reports.i18n import label, tr
from inspector_desk.services import caseload as caseload_service
from inspector_desk.services.accounts import inspectors_of_beats
from inspector_desk.services.addresses import households_on_streets
from inspector_desk.services.appeals import appeals_by_deadline
from inspector_desk.services.base import Actor, Role
from inspector_desk.services.caseload import ORDERS_ENDING_WITHIN_DAYS, InspectorCaseload, unit_totals
from inspector_desk.services.dv_cases import (
    ACTIVE_STATUSES,
    cases_due_for_review,
    expiring_measures,
    list_cases,
)
from inspector_desk.services.residents import ResidentCard, resident_card
from inspector_desk.services.visits import DUE_MAX, DueVisit, due_visits
from inspector_desk.store.db import Database
from inspector_desk.store.models import Unit

LEVELS = ("extreme", "high", "medium", "low", "unassessed")
PAGE = 500


def _d(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else ""


class Builder:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        request: ReportRequest,
        kind: ReportKind,
        *,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.req = request
        self.kind = kind
        self.lang = request.language
        self._progress = progress
        self._cancel = cancel
        self.styles = Styles()
        self.rows = 0
        self.total = 1
        self.names_dv_residents = False
        self.unit_name = ""
        self.filters: dict[str, str] = {}
        self.caseload: list[InspectorCaseload] = []
        self.card: ResidentCard | None = None

    # -- plumbing ------------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return tr(self.lang, key, **values)

    def check_cancel(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ReportCancelled("the report was cancelled")

    def _tick(self, rows: int) -> None:
        self.check_cancel()
        if self._progress is not None:
            self._progress(min(rows, self.total), self.total)

    def done(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)

    def _count(self, rows: Iterable[Sequence[object]]) -> Iterator[Sequence[object]]:
        for row in rows:
            self.rows += 1
            yield row

    def _list(
        self, columns: Sequence[tuple[str, float]], rows: Iterable[Sequence[object]]
    ) -> Iterator[Flowable]:
        base = self.rows
        yield from list_table(
            self.styles,
            [(self.t(h), w) for h, w in columns],
            self._count(rows),
            empty_text=self.t("no_records"),
            on_chunk=lambda _n: self._tick(self.rows if self.rows >= base else base),
        )

    # -- parameters ------------------------------------------------------------------------------

    def prepare(self) -> None:
        req = self.req
        with self.db.read() as s:
            unit = s.get(Unit, self.actor.unit_id) if self.actor.unit_id else None
            self.unit_name = unit.name if unit is not None else ""
        needs_caseload = self.kind in (ReportKind.UNIT_CASELOAD, ReportKind.INSPECTOR_CASELOAD) or (
            req.inspector_id is not None
        )
        if needs_caseload:
            self.caseload = caseload_service.caseload(
                self.db,
                self._figures_actor(),
                period_start=req.period_start,
                period_end=req.period_end,
                on=req.on,
            )
        if self.kind is ReportKind.INSPECTOR_CASELOAD:
            wanted = req.inspector_id or (self.actor.user_id if self.actor.role is Role.INSPECTOR else None)
            if wanted is None:
                from inspector_desk.domain.errors import ValidationError

                raise ValidationError("inspector_id", "required", "Choose the inspector")
            self.caseload = [r for r in self.caseload if r.inspector_id == wanted]
        elif req.inspector_id is not None:
            self.caseload = [r for r in self.caseload if r.inspector_id == req.inspector_id]
        if (self.kind is ReportKind.INSPECTOR_CASELOAD or req.inspector_id is not None) and not self.caseload:
            raise NotFound("no inspector with this id in your unit")
        if self.caseload and (self.kind is not ReportKind.UNIT_CASELOAD or req.inspector_id is not None):
            self.filters[self.t("f.inspector")] = self.caseload[0].inspector_name
        if self.kind is ReportKind.RESIDENT_CARD:
            assert req.resident_id is not None
            self.card = resident_card(self.db, self.actor, req.resident_id.strip(), on=req.on)
            self.filters[self.t("f.resident")] = self.card.resident.full_name
            self.names_dv_residents = bool(self.card.dv_cases)
        if self.kind is ReportKind.ROUND_SHEET:
            self.filters[self.t("f.streets")] = ", ".join(s.strip() for s in req.streets if s.strip())
        if self.kind is ReportKind.MEASURES_ENDING:
            self.filters[self.t("f.within_days")] = str(req.within_days)
            self.filters[self.t("f.kinds")] = ", ".join(
                label(self.lang, "measure", k) for k in req.measure_kinds
            )
        if self.kind is ReportKind.HIGH_RISK_CASES:
            self.filters[self.t("f.risk_levels")] = ", ".join(
                label(self.lang, "risk", r) for r in req.risk_levels
            )
        if self.kind is ReportKind.APPEALS_BY_DEADLINE:
            if req.within_working_days is not None:
                self.filters[self.t("f.within_working_days")] = str(req.within_working_days)
            self.filters[self.t("f.include_answered")] = self.t("yes" if req.include_answered else "no")
        if self.kind is ReportKind.UNIT_CASELOAD:
            self.filters[self.t("f.with_lists")] = self.t("yes" if req.with_lists else "no")
            if req.with_lists:
                self.total = max(
                    1, sum(r.visits_overdue + r.dv_open + r.appeals_overdue for r in self.caseload)
                )
        elif self.kind is ReportKind.INSPECTOR_CASELOAD:
            r = self.caseload[0]
            self.total = max(1, r.visits_overdue + r.dv_open + r.appeals_overdue)

    def _figures_actor(self) -> Actor:
        """The actor for caseload(): for one inspector's figures, narrowed to that inspector's beats.

        An inspector's row depends only on their id and their beats, so the figures are the same as in
        the whole unit's run, without counting 30 inspectors to print one.
        """
        wanted = self.req.inspector_id
        if self.kind is ReportKind.UNIT_CASELOAD or wanted is None or self.actor.role is Role.INSPECTOR:
            return self.actor
        by_beat = inspectors_of_beats(self.db, sorted(self.actor.beat_ids))
        beats = frozenset(b for b, users in by_beat.items() if wanted in users)
        return replace(self.actor, beat_ids=beats)

    def period_text(self) -> str:
        req = self.req
        period = self.t("period_value", start=_d(req.period_start), end=_d(req.period_end))
        return f"{self.t('period')}: {period}   ·   {self.t('as_of')} {_d(req.on)}"

    def filters_text(self) -> str:
        if not self.filters:
            return ""
        return f"{self.t('filters')}: " + "; ".join(f"{k}: {v}" for k, v in self.filters.items())

    def audit_params(self) -> dict[str, Any]:
        return {**request_params(self.req), "rows": self.rows}

    # -- the story ---------------------------------------------------------------------------------

    def story(self) -> Iterator[Flowable]:
        st = self.styles
        # The page header names the report; a long filter line is cut there, so print it whole here.
        if len(self.filters_text()) > 110:
            yield Paragraph(esc(self.filters_text()), st.note)
            yield Spacer(1, 4)
        makers = {
            ReportKind.UNIT_CASELOAD: self._unit_caseload,
            ReportKind.INSPECTOR_CASELOAD: self._inspector_caseload,
            ReportKind.OVERDUE_VISITS: self._overdue_visits_report,
            ReportKind.MEASURES_ENDING: self._measures_ending,
            ReportKind.HIGH_RISK_CASES: self._high_risk,
            ReportKind.APPEALS_BY_DEADLINE: self._appeals,
            ReportKind.RESIDENT_CARD: self._resident_card,
            ReportKind.ROUND_SHEET: self._round_sheet,
        }
        yield from makers[self.kind]()

    # -- caseload ----------------------------------------------------------------------------------

    def _figure_columns(self) -> list[tuple[str, str]]:
        return [
            ("residents", "c.residents_short"),
            ("registry_persons", "c.registry_short"),
            ("visits_done", "c.visits_done_short"),
            ("visits_due", "c.visits_due_short"),
            ("visits_overdue", "c.visits_overdue_short"),
            ("dv_open", "c.dv_open_short"),
            ("protective_orders_ending", "c.orders_ending_short"),
            ("cases_overdue_review", "c.review_overdue_short"),
            ("appeals_received", "c.appeals_received_short"),
            ("appeals_answered_on_time", "c.appeals_on_time_short"),
            ("appeals_overdue", "c.appeals_overdue_short"),
        ]

    def _unit_caseload(self) -> Iterator[Flowable]:
        st = self.styles
        rows = self.caseload
        totals = unit_totals(rows)
        figures = self._figure_columns()
        name_w = 0.175
        other_w = (1 - name_w) / len(figures)
        header = [cell(self.t("c.inspector"), st.head)] + [cell(self.t(k), st.head_small) for _, k in figures]
        data: list[list[Any]] = [header]
        for r in rows:
            data.append(
                [cell(r.inspector_name, st.cell)] + [cell(getattr(r, a), st.cell) for a, _ in figures]
            )
        data.append(
            [cell(self.t("c.total"), st.cell_bold)]
            + [cell(getattr(totals, a), st.cell_bold) for a, _ in figures]
        )
        table = Table(data, colWidths=[FRAME_W * name_w] + [FRAME_W * other_w] * len(figures), repeatRows=1)
        table.setStyle(table_style(True))
        yield table
        yield Paragraph(esc(self.t("c.orders_ending", n=ORDERS_ENDING_WITHIN_DAYS)), st.note)

        # registry by category and DV by level, per inspector
        cats = [c.value for c in RegistryCategory]
        yield Paragraph(esc(self.t("c.by_category")), st.h2)
        w = (1 - name_w) / len(cats)
        data = [
            [cell(self.t("c.inspector"), st.head)]
            + [cell(label(self.lang, "cat", c), st.head_small) for c in cats]
        ]
        for r in rows:
            data.append(
                [cell(r.inspector_name, st.cell)]
                + [cell(r.registry_by_category.get(c, 0), st.cell) for c in cats]
            )
        data.append(
            [cell(self.t("c.total"), st.cell_bold)]
            + [cell(totals.registry_by_category.get(c, 0), st.cell_bold) for c in cats]
        )
        yield Table(
            data,
            colWidths=[FRAME_W * name_w] + [FRAME_W * w] * len(cats),
            repeatRows=1,
            style=table_style(True),
        )

        yield Paragraph(esc(self.t("c.by_level")), st.h2)
        w = (1 - name_w) / (len(LEVELS) + 1)
        data = [
            [cell(self.t("c.inspector"), st.head)]
            + [cell(label(self.lang, "risk", lv), st.head) for lv in LEVELS]
            + [cell(self.t("c.dv_open_short"), st.head)]
        ]
        for r in rows:
            data.append(
                [cell(r.inspector_name, st.cell)]
                + [cell(r.dv_open_by_level.get(lv, 0), st.cell) for lv in LEVELS]
                + [cell(r.dv_open, st.cell)]
            )
        data.append(
            [cell(self.t("c.total"), st.cell_bold)]
            + [cell(totals.dv_open_by_level.get(lv, 0), st.cell_bold) for lv in LEVELS]
            + [cell(totals.dv_open, st.cell_bold)]
        )
        yield Table(
            data,
            colWidths=[FRAME_W * name_w] + [FRAME_W * w] * (len(LEVELS) + 1),
            repeatRows=1,
            style=table_style(True),
        )

        yield from self._charts(rows, totals.dv_open_by_level)
        if self.req.with_lists:
            appeals = self._overdue_appeals_by_officer()
            for r in rows:
                self.check_cancel()
                yield PageBreak()
                yield Paragraph(esc(f"{self.t('c.inspector')}: {r.inspector_name}"), st.h1)
                yield from self._figures_table(r)
                yield from self._inspector_lists(r, appeals.get(r.inspector_id, []))

    def _charts(
        self, rows: Sequence[InspectorCaseload], by_level: dict[str, int] | Any
    ) -> Iterator[Flowable]:
        yield CondPageBreak(380)  # both chart rows together on one page
        names = [r.inspector_name.split()[0] if r.inspector_name else "?" for r in rows]
        yield Spacer(1, 8)
        yield charts.grouped_bars(
            self.t("chart.caseload"),
            names,
            [
                (self.t("c.registry_short"), [r.registry_persons for r in rows]),
                (self.t("c.dv_open_short"), [r.dv_open for r in rows]),
                (self.t("c.visits_overdue_short"), [r.visits_overdue for r in rows]),
            ],
        )
        levels = [(lv, label(self.lang, "risk", lv), int(by_level.get(lv, 0))) for lv in LEVELS]
        weeks, counts = self._visits_per_week(rows)
        pair = Table(
            [
                [
                    charts.risk_bars(self.t("chart.risk"), levels),
                    charts.weekly_line(self.t("chart.visits_week"), weeks, counts),
                ]
            ],
            colWidths=[FRAME_W / 2, FRAME_W / 2],
        )
        yield Spacer(1, 6)
        yield pair

    def _visits_per_week(self, rows: Sequence[InspectorCaseload]) -> tuple[list[str], list[int]]:
        """Visits done per week of the period (weeks clipped to the period, so they add up to the figure)."""
        req = self.req
        ids = [r.inspector_id for r in rows]
        beats = sorted({b for r in rows for b in r.beat_ids})
        labels: list[str] = []
        counts: list[int] = []
        start = req.period_start
        with self.db.read() as s:
            while start <= req.period_end:
                end = min(start + timedelta(days=6 - start.weekday()), req.period_end)
                done = caseload_service.visits_done_counts(s, ids, beats, start, end)
                labels.append(start.strftime("%d.%m"))
                counts.append(sum(done.values()))
                start = end + timedelta(days=1)
        return labels, counts

    def _figures_table(self, r: InspectorCaseload) -> Iterator[Flowable]:
        st = self.styles
        pairs: list[tuple[str, object, bool]] = [
            (self.t("c.residents"), r.residents, True),
            (self.t("c.registry"), r.registry_persons, True),
        ]
        pairs += [
            ("    " + label(self.lang, "cat", c), n, False) for c, n in sorted(r.registry_by_category.items())
        ]
        pairs += [
            (self.t("c.visits_done"), r.visits_done, True),
            (self.t("c.visits_due"), r.visits_due, True),
            (self.t("c.visits_overdue"), r.visits_overdue, True),
            (self.t("c.dv_open"), r.dv_open, True),
        ]
        pairs += [
            ("    " + label(self.lang, "risk", lv), r.dv_open_by_level[lv], False)
            for lv in LEVELS
            if r.dv_open_by_level.get(lv)
        ]
        pairs += [
            (self.t("c.orders_ending", n=ORDERS_ENDING_WITHIN_DAYS), r.protective_orders_ending, True),
            (self.t("c.review_overdue"), r.cases_overdue_review, True),
            (self.t("c.appeals_received"), r.appeals_received, True),
            (self.t("c.appeals_on_time"), r.appeals_answered_on_time, True),
            (self.t("c.appeals_overdue"), r.appeals_overdue, True),
        ]
        data = [[cell(self.t("c.figure"), st.head), cell(self.t("c.value"), st.head)]]
        for text, value, strong in pairs:
            style = st.cell_bold if strong else st.cell
            data.append([Paragraph(esc(text).replace("    ", "&nbsp;" * 6), style), cell(value, style)])
        yield Table(data, colWidths=[FRAME_W * 0.6, FRAME_W * 0.15], style=table_style(True), hAlign="LEFT")

    def _inspector_caseload(self) -> Iterator[Flowable]:
        r = self.caseload[0]
        yield from self._figures_table(r)
        appeals = self._overdue_appeals_by_officer(r.inspector_id)
        yield from self._inspector_lists(r, appeals.get(r.inspector_id, []))

    def _inspector_lists(self, r: InspectorCaseload, appeals: list[Any]) -> Iterator[Flowable]:
        st = self.styles
        yield Paragraph(esc(f"{self.t('s.overdue_visits')} ({r.visits_overdue})"), st.h2)
        yield from self._visit_rows_table(self._overdue_visits(r.beat_ids), r.visits_overdue)
        self.names_dv_residents = True
        yield Paragraph(esc(f"{self.t('s.cases')} ({r.dv_open})"), st.h2)
        yield from self._case_table(self._open_cases(r))
        reviews = [
            c
            for c in cases_due_for_review(self.db, self.actor, on=self.req.on, owner_id=r.inspector_id)
            if c.days_overdue > 0
        ]
        yield Paragraph(esc(f"{self.t('s.review_overdue')} ({r.cases_overdue_review})"), st.h2)
        yield from self._list(
            [
                ("col.no", 0.05),
                ("col.case_no", 0.14),
                ("col.risk", 0.14),
                ("col.victim", 0.37),
                ("col.review_due", 0.15),
                ("col.days_overdue", 0.15),
            ],
            (
                (
                    i,
                    c.number,
                    label(self.lang, "risk", c.risk_level or "unassessed"),
                    c.victim_name,
                    _d(c.next_review_due),
                    c.days_overdue,
                )
                for i, c in enumerate(reviews, 1)
            ),
        )
        orders = expiring_measures(
            self.db,
            self.actor,
            on=self.req.on,
            within_days=ORDERS_ENDING_WITHIN_DAYS,
            kinds=(MeasureKind.PROTECTIVE_ORDER,),
            owner_id=r.inspector_id,
        )
        yield Paragraph(esc(f"{self.t('s.orders_ending')} ({r.protective_orders_ending})"), st.h2)
        yield from self._measure_table(orders)
        yield Paragraph(esc(f"{self.t('s.appeals_overdue')} ({r.appeals_overdue})"), st.h2)
        yield from self._appeal_table(appeals)

    # -- the lists, each from a screen's read ------------------------------------------------------

    def _overdue_visits(self, beats: Iterable[str]) -> Iterator[DueVisit]:
        for beat in sorted(beats):
            for v in due_visits(self.db, self.actor, on=self.req.on, limit=DUE_MAX, beat_id=beat):
                if v.days_overdue > 0:
                    yield v

    def _visit_rows_table(self, visits: Iterable[DueVisit], total: int | None = None) -> Iterator[Flowable]:
        shown = 0

        def rows() -> Iterator[Sequence[object]]:
            nonlocal shown
            for v in visits:
                shown += 1
                cats = ", ".join(label(self.lang, "cat", c) for c in v.categories)
                yield (shown, v.full_name, v.address, cats, _d(v.due_on), v.days_overdue)

        yield from self._list(
            [
                ("col.no", 0.05),
                ("col.name", 0.25),
                ("col.address", 0.25),
                ("col.categories", 0.22),
                ("col.due_on", 0.11),
                ("col.days_overdue", 0.12),
            ],
            rows(),
        )
        if total is not None and shown < total:
            # due_visits answers at most DUE_MAX rows per beat, and skips people whose categories ended.
            yield Paragraph(esc(self.t("truncated", shown=shown, total=total)), self.styles.note)

    def _open_cases(self, r: InspectorCaseload) -> Iterator[Any]:
        beats = set(r.beat_ids)
        offset = 0
        while True:
            page = list_cases(self.db, self.actor, owner_id=r.inspector_id, limit=PAGE, offset=offset)
            for c in page.rows:
                if c.status in ACTIVE_STATUSES and c.beat_id in beats:
                    yield c
            if not page.has_more:
                return
            offset += PAGE

    def _case_table(self, cases: Iterable[Any], *, with_owner: bool = False) -> Iterator[Flowable]:
        cols: list[tuple[str, float]] = [
            ("col.no", 0.05),
            ("col.case_no", 0.15),
            ("col.risk", 0.15),
            ("col.status", 0.12),
            ("col.victim", 0.20 if with_owner else 0.30),
            ("col.review_due", 0.11),
            ("col.opened", 0.10 if with_owner else 0.12),
        ]
        if with_owner:
            cols.append(("col.owner", 0.12))

        def rows() -> Iterator[Sequence[object]]:
            for i, c in enumerate(cases, 1):
                row: list[object] = [
                    i,
                    c.number,
                    label(self.lang, "risk", c.risk_level or "unassessed"),
                    label(self.lang, "status", c.status),
                    c.victim_name,
                    _d(c.next_review_due),
                    _d(c.opened_on),
                ]
                if with_owner:
                    row.append(c.owner_name)
                yield row

        yield from self._list(cols, rows())

    def _measure_table(self, measures: Iterable[Any], *, with_owner: bool = False) -> Iterator[Flowable]:
        cols: list[tuple[str, float]] = [
            ("col.no", 0.05),
            ("col.case_no", 0.12),
            ("col.kind", 0.18),
            ("col.victim", 0.27 if with_owner else 0.38),
            ("col.start", 0.1),
            ("col.end", 0.1),
            ("col.days_left", 0.07),
        ]
        if with_owner:
            cols.append(("col.owner", 0.11))

        def rows() -> Iterator[Sequence[object]]:
            for i, m in enumerate(measures, 1):
                row: list[object] = [
                    i,
                    m.case_number,
                    label(self.lang, "measure", m.kind),
                    m.victim_name,
                    _d(m.start_date),
                    _d(m.end_date),
                    m.days_left,
                ]
                if with_owner:
                    row.append(m.owner_name)
                yield row

        yield from self._list(cols, rows())

    def _appeals_stream(self, **kw: Any) -> Iterator[Any]:
        offset = 0
        while True:
            page = appeals_by_deadline(self.db, self.actor, on=self.req.on, limit=PAGE, offset=offset, **kw)
            yield from page.rows
            if not page.has_more:
                return
            offset += PAGE

    def _overdue_appeals_by_officer(self, officer_id: str | None = None) -> dict[str, list[Any]]:
        """Open overdue appeals per officer (the rows behind the "appeals overdue" figure)."""
        beats = {r.inspector_id: set(r.beat_ids) for r in self.caseload}
        out: dict[str, list[Any]] = {}
        for a in self._appeals_stream():
            if not a.overdue:
                break  # ordered by deadline: the overdue ones come first
            if (officer_id is None or a.officer_id == officer_id) and a.beat_id in beats.get(
                a.officer_id, ()
            ):
                out.setdefault(a.officer_id, []).append(a)
        return out

    def _appeal_table(self, appeals: Iterable[Any], *, with_owner: bool = False) -> Iterator[Flowable]:
        cols: list[tuple[str, float]] = [
            ("col.no", 0.05),
            ("col.received", 0.1),
            ("col.applicant", 0.2),
            ("col.subject", 0.3 if with_owner else 0.41),
            ("col.due_on", 0.1),
            ("col.working_days_left", 0.07),
            ("col.status", 0.07),
        ]
        if with_owner:
            cols.append(("col.owner", 0.11))

        def rows() -> Iterator[Sequence[object]]:
            for i, a in enumerate(appeals, 1):
                left = "" if a.working_days_left is None else a.working_days_left
                row: list[object] = [
                    i,
                    _d(a.received_on),
                    a.applicant_name,
                    a.subject,
                    _d(a.due_on),
                    left,
                    label(self.lang, "status", a.status),
                ]
                if with_owner:
                    row.append(a.officer_name)
                yield row

        yield from self._list(cols, rows())

    # -- list reports --------------------------------------------------------------------------------

    def _scope_beats(self) -> list[str]:
        beats = sorted(self.actor.beat_ids)
        if self.req.inspector_id is not None and self.caseload:
            beats = sorted(set(self.caseload[0].beat_ids))
        if self.req.beat_id is not None:
            beats = [b for b in beats if b == self.req.beat_id]
        return beats

    def _overdue_visits_report(self) -> Iterator[Flowable]:
        yield from self._visit_rows_table(self._overdue_visits(self._scope_beats()))

    def _measures_ending(self) -> Iterator[Flowable]:
        self.names_dv_residents = True
        measures = expiring_measures(
            self.db,
            self.actor,
            on=self.req.on,
            within_days=self.req.within_days,
            kinds=self.req.measure_kinds,
            owner_id=self.req.inspector_id,
        )
        yield from self._measure_table(measures, with_owner=self.req.inspector_id is None)

    def _high_risk(self) -> Iterator[Flowable]:
        self.names_dv_residents = True

        def cases() -> Iterator[Any]:
            for level in sorted(self.req.risk_levels, key=LEVELS.index):
                offset = 0
                while True:
                    page = list_cases(
                        self.db,
                        self.actor,
                        risk_level=level,
                        owner_id=self.req.inspector_id,
                        limit=PAGE,
                        offset=offset,
                    )
                    yield from (c for c in page.rows if c.status in ACTIVE_STATUSES)
                    if not page.has_more:
                        break
                    offset += PAGE

        yield from self._case_table(cases(), with_owner=self.req.inspector_id is None)

    def _appeals(self) -> Iterator[Flowable]:
        req = self.req
        stream = self._appeals_stream(
            within_working_days=req.within_working_days, include_answered=req.include_answered
        )
        if req.inspector_id is not None:
            stream = (a for a in stream if a.officer_id == req.inspector_id)
        yield from self._appeal_table(stream, with_owner=req.inspector_id is None)

    # -- resident card ---------------------------------------------------------------------------------

    def _resident_card(self) -> Iterator[Flowable]:
        card = self.card
        assert card is not None
        st = self.styles
        res = card.resident
        self.rows = 1
        yield Paragraph(esc(res.full_name), st.h2)
        facts = [
            (self.t("r.iin"), res.iin or ""),
            (self.t("r.birth_date"), _d(res.birth_date)),
            (self.t("r.age"), "" if card.age is None else card.age),
            (self.t("r.sex"), label(self.lang, "sex", res.sex)),
            (self.t("col.address"), card.address),
            (self.t("r.phones"), ", ".join(res.phones)),
            (self.t("col.categories"), ", ".join(label(self.lang, "cat", c) for c in card.categories)),
            (self.t("r.next_visit"), _d(card.next_visit_due)),
            (self.t("r.notes"), res.notes or ""),
        ]
        yield Table(
            [[cell(k, st.cell_bold), cell(v, st.cell)] for k, v in facts],
            colWidths=[FRAME_W * 0.25, FRAME_W * 0.75],
            style=table_style(False),
        )

        def section(
            title: str, cols: list[tuple[str, float]], rows: list[Sequence[object]]
        ) -> Iterator[Flowable]:
            yield Paragraph(esc(title), st.h3)
            widths = [FRAME_W * w for _, w in cols]
            if not rows:
                yield Paragraph(esc(self.t("no_records")), st.note)
                return
            data = [[cell(self.t(h), st.head) for h, _ in cols]] + [
                [cell(v, st.cell) for v in r] for r in rows
            ]
            yield Table(data, colWidths=widths, repeatRows=1, style=table_style(True))

        yield from section(
            self.t("r.members"),
            [("col.name", 0.6), ("r.birth_date", 0.25), ("r.age", 0.15)],
            [(m.full_name, _d(m.birth_date), "" if m.age is None else m.age) for m in card.members],
        )
        yield from section(
            self.t("r.registry"),
            [
                ("col.categories", 0.25),
                ("r.basis", 0.35),
                ("col.start", 0.13),
                ("col.end", 0.13),
                ("r.active", 0.14),
            ],
            [
                (
                    label(self.lang, "cat", e.category),
                    e.basis,
                    _d(e.start_date),
                    _d(e.end_date),
                    self.t("yes" if e.active else "no"),
                )
                for e in card.registry
            ],
        )
        yield from section(
            self.t("r.visits"),
            [("r.date", 0.14), ("col.kind", 0.2), ("r.outcome", 0.14), ("r.officer", 0.22), ("r.notes", 0.3)],
            [
                (
                    v.visited_at.strftime("%d.%m.%Y %H:%M"),
                    label(self.lang, "visit", v.kind),
                    label(self.lang, "outcome", v.outcome),
                    v.officer_name or "",
                    (v.notes or "")[:300],
                )
                for v in card.visits
            ],
        )
        if card.more_visits:
            yield Paragraph(esc(self.t("r.more_visits")), st.note)
        yield from section(
            self.t("r.dv_cases"),
            [("col.case_no", 0.25), ("r.role", 0.25), ("col.status", 0.25), ("col.risk", 0.25)],
            [
                (
                    c.number,
                    label(self.lang, "role", c.role),
                    label(self.lang, "status", c.status),
                    label(self.lang, "risk", c.risk_level or "unassessed"),
                )
                for c in card.dv_cases
            ],
        )
        yield from section(
            self.t("r.appeals"),
            [("col.received", 0.15), ("col.subject", 0.55), ("col.status", 0.15), ("col.due_on", 0.15)],
            [
                (_d(a.received_on), a.subject, label(self.lang, "status", a.status), _d(a.due_on))
                for a in card.appeals
            ],
        )

    # -- round sheet ----------------------------------------------------------------------------------

    def _round_sheet(self) -> Iterator[Flowable]:
        stops = households_on_streets(
            self.db, self.actor, list(self.req.streets), beat_id=self.req.beat_id, on=self.req.on
        )

        def rows() -> Iterator[Sequence[object]]:
            for i, stop in enumerate(stops, 1):
                people = "\n".join(
                    f"{p.full_name}"
                    + (f", {p.age}" if p.age is not None else "")
                    + (
                        f" ({', '.join(label(self.lang, 'cat', c) for c in p.categories)})"
                        if p.categories
                        else ""
                    )
                    for p in stop.residents
                )
                last = stop.last_visit_at.strftime("%d.%m.%Y") if stop.last_visit_at else ""
                text = f"<b>{esc(stop.address_line)}</b>"
                if people:
                    text += "<br/>" + esc(people).replace("\n", "<br/>")
                yield (i, Paragraph(text, self.styles.cell), last, "", "", "")

        yield from self._list(
            [
                ("col.no", 0.05),
                ("col.household", 0.42),
                ("col.last_visit", 0.1),
                ("col.present", 0.14),
                ("col.notes", 0.19),
                ("col.signature", 0.1),
            ],
            rows(),
        )
