"""The one entry point the client calls: validate a ReportRequest, build the PDF into a temporary file,
and move it into place only when it is complete (a refused or cancelled report leaves no file).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from inspector_desk.domain.errors import NotFound, ValidationError
from inspector_desk.domain.risk import RiskLevel
from inspector_desk.domain.schedule import MeasureKind
from inspector_desk.reports.document import LazyStory, PageFurniture, ReportCancelled, ReportDoc
from inspector_desk.reports.i18n import LANGUAGES, tr
from inspector_desk.services.base import Actor, unit_of_work
from inspector_desk.store.db import Database

Progress = Callable[[int, int], None]


class ReportKind(StrEnum):
    UNIT_CASELOAD = "unit_caseload"
    INSPECTOR_CASELOAD = "inspector_caseload"
    OVERDUE_VISITS = "overdue_visits"
    MEASURES_ENDING = "measures_ending"
    HIGH_RISK_CASES = "high_risk_cases"
    APPEALS_BY_DEADLINE = "appeals_by_deadline"
    RESIDENT_CARD = "resident_card"
    ROUND_SHEET = "round_sheet"


# Reports that print names of people in DV cases: producing one is written to the audit log.
NAMES_DV_RESIDENTS = frozenset(
    {ReportKind.INSPECTOR_CASELOAD, ReportKind.MEASURES_ENDING, ReportKind.HIGH_RISK_CASES}
)
MAX_PERIOD_DAYS = 2 * 366


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportRequest:
    """What the Reports page asks for. Fields a kind does not use are ignored (and not printed)."""

    kind: str
    period_start: date
    period_end: date
    on: date
    inspector_id: str | None = None
    beat_id: str | None = None
    streets: tuple[str, ...] = ()
    resident_id: str | None = None
    within_days: int = 7  # measures ending soon
    measure_kinds: tuple[str, ...] = (
        MeasureKind.PROTECTIVE_ORDER.value,
        MeasureKind.SPECIAL_REQUIREMENTS.value,
    )
    risk_levels: tuple[str, ...] = (RiskLevel.EXTREME.value, RiskLevel.HIGH.value)
    within_working_days: int | None = None  # appeals by deadline
    include_answered: bool = False
    with_lists: bool = False  # unit caseload: each inspector's lists after the figures
    language: str = "ru"


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: Path | None  # None when written to a file object
    pages: int
    kind: str
    language: str
    rows: int  # list rows printed (0: the report says "no records")
    names_dv_residents: bool
    generated_at: datetime
    title: str
    filters: Mapping[str, str] = field(default_factory=dict)


def record_report_export(db: Database, actor: Actor, kind: str, params: Mapping[str, Any]) -> None:
    """Write "this user produced/opened this report" to the audit log (it syncs to HQ like any entry)."""
    with unit_of_work(db, actor, "report_export") as work:
        work.audit("report_export", entity="reports", entity_id=str(kind), changes={"params": dict(params)})


def _validate(req: ReportRequest) -> ReportKind:
    try:
        kind = ReportKind(req.kind)
    except ValueError:
        raise ValidationError("kind", "choice", f"Unknown report {req.kind!r}") from None
    if req.language not in LANGUAGES:
        raise ValidationError("language", "choice", f"Reports are printed in {', '.join(LANGUAGES)}")
    if req.period_end < req.period_start:
        raise ValidationError("period_end", "date_range", "The end of the period is before its start")
    if (req.period_end - req.period_start).days > MAX_PERIOD_DAYS:
        raise ValidationError("period_end", "max_range", "The period is at most two years")
    if kind is ReportKind.MEASURES_ENDING:
        if not 0 <= req.within_days <= 366:
            raise ValidationError("within_days", "range", "0 to 366 days")
        for k in req.measure_kinds:
            if k not in {m.value for m in MeasureKind}:
                raise ValidationError("measure_kinds", "choice", f"Unknown measure kind {k!r}")
        if not req.measure_kinds:
            raise ValidationError("measure_kinds", "required", "Choose at least one kind of measure")
    if kind is ReportKind.HIGH_RISK_CASES:
        if not req.risk_levels:
            raise ValidationError("risk_levels", "required", "Choose at least one risk level")
        for level in req.risk_levels:
            if level not in {r.value for r in RiskLevel}:
                raise ValidationError("risk_levels", "choice", f"Unknown risk level {level!r}")
    if (
        kind is ReportKind.APPEALS_BY_DEADLINE
        and req.within_working_days is not None
        and not 0 <= req.within_working_days <= 250
    ):
        raise ValidationError("within_working_days", "range", "0 to 250 working days")
    if kind is ReportKind.ROUND_SHEET and not [s for s in req.streets if s.strip()]:
        raise ValidationError("streets", "required", "Choose at least one street for the round")
    if kind is ReportKind.RESIDENT_CARD and not (req.resident_id or "").strip():
        raise ValidationError("resident_id", "required", "Choose the resident")
    return kind


def build_report(
    db: Database,
    actor: Actor,
    request: ReportRequest,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ReportResult:
    """Build one report as an A4 PDF into ``out`` (a path, or a binary file object).

    Raises ValidationError (nothing written) for bad parameters, ReportCancelled when ``cancel`` is set
    during the build (nothing written), PermissionDenied when the actor may not see the subject.
    """
    # Imported here: builders import the services, which the API module's importers may not need.
    from inspector_desk.reports.builders import Builder

    kind = _validate(request)
    generated_at = datetime.now().replace(microsecond=0)
    builder = Builder(db, actor, request, kind, progress=progress, cancel=cancel)
    try:
        builder.prepare()  # reads figures and checks inspector / resident before any file exists
    except NotFound as exc:
        field_name = "resident_id" if kind is ReportKind.RESIDENT_CARD else "inspector_id"
        raise ValidationError(field_name, "unknown", str(exc)) from None
    lang = request.language
    title = tr(lang, f"kind.{kind.value}")
    furniture = PageFurniture(
        unit=builder.unit_name,
        title=title,
        period=builder.period_text(),
        filters=builder.filters_text(),
        confidential=tr(lang, "confidential"),
        page_of=tr(lang, "page_of"),
        generated=tr(
            lang,
            "generated",
            at=generated_at.strftime("%d.%m.%Y %H:%M"),
            user=actor.full_name or actor.user_id,
        ),
    )

    def page_end(_page: int) -> None:
        builder.check_cancel()

    target_path = Path(os.fspath(out)) if isinstance(out, str | os.PathLike) else None
    directory = target_path.parent if target_path is not None else None
    fd, tmp_name = tempfile.mkstemp(suffix=".pdf.part", dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        doc = ReportDoc(str(tmp), furniture, page_end)
        pages = doc.write(LazyStory(builder.story()))
        builder.check_cancel()
        if target_path is not None:
            os.replace(tmp, target_path)
        else:
            with tmp.open("rb") as src:
                shutil.copyfileobj(src, out)  # type: ignore[arg-type]
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        if target_path is None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    builder.done()
    names_dv = kind in NAMES_DV_RESIDENTS or builder.names_dv_residents
    if names_dv:
        record_report_export(db, actor, kind.value, builder.audit_params())
    return ReportResult(
        path=target_path,
        pages=pages,
        kind=kind.value,
        language=lang,
        rows=builder.rows,
        names_dv_residents=names_dv,
        generated_at=generated_at,
        title=title,
        filters=builder.filters,
    )


def request_params(request: ReportRequest) -> dict[str, Any]:
    """The request as plain values (for the audit entry)."""
    return {
        k: (v.isoformat() if isinstance(v, date) else list(v) if isinstance(v, tuple) else v)
        for k, v in asdict(request).items()
    }


__all__ = [
    "ReportCancelled",
    "ReportKind",
    "ReportRequest",
    "ReportResult",
    "build_report",
    "record_report_export",
]
