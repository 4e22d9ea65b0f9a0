"""PDF reports (reportlab, no Qt): ``build_report(db, actor, ReportRequest(...), out)`` -> ReportResult."""

from inspector_desk.reports.api import (
    ReportCancelled,
    ReportKind,
    ReportRequest,
    ReportResult,
    build_report,
    record_report_export,
)

__all__ = [
    "ReportCancelled",
    "ReportKind",
    "ReportRequest",
    "ReportResult",
    "build_report",
    "record_report_export",
]
