"""Reports benchmark on the 200,000-resident demo unit: the inspector caseload report (target ≤ 2 s) and
the unit caseload with every inspector's lists (≤ 20 s, ≤ 400 MB peak). Run:
``.venv/bin/python bench/reports.py`` (reuses /tmp/inspector-desk-bench/demo-200000-1.db when present).

Peak memory is the process's maximum resident set size (ru_maxrss: the interpreter, SQLCipher's page
cache and the build together); ``--trace`` adds a second, traced build for the Python allocation peak.
The last line printed is a JSON object with every figure and whether each target was met.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from inspector_desk import demo
from inspector_desk.reports import ReportRequest, build_report
from inspector_desk.security.keyfile import keyfile_path, provision_key, unlock_key
from inspector_desk.services.accounts import actor_for, find_user
from inspector_desk.services.base import Actor
from inspector_desk.services.caseload import caseload, unit_totals
from inspector_desk.store.db import Database, open_database
from inspector_desk.store.models import AuditEntry

TARGETS = {"inspector_s": 2.0, "unit_s": 20.0, "unit_peak_mb": 400.0}
PASSWORD = demo.DEFAULT_PASSWORD  # "Demo-Beat-2026!"


def _rss_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(db: Database, actor: Actor, req: ReportRequest, out: Path, *, trace: bool) -> dict[str, Any]:
    """One build; with ``trace`` also the Python allocation peak (tracemalloc slows Python ~2x, so a
    traced build is never the one that is timed against the target)."""
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    result = build_report(db, actor, req, out)
    seconds = time.perf_counter() - started
    figures: dict[str, Any] = {
        "seconds": round(seconds, 3),
        "pages": result.pages,
        "rows": result.rows,
        "bytes": out.stat().st_size,
        "rss_max_mb": round(_rss_mb(), 1),
    }
    if trace:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        figures["py_peak_mb"] = round(peak / 2**20, 1)
    return figures


def _time_plain(db: Database, actor: Actor, req: ReportRequest, out: Path) -> float:
    started = time.perf_counter()
    build_report(db, actor, req, out)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "inspector-desk-bench")
    parser.add_argument("--residents", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--language", default="ru")
    parser.add_argument("--trace", action="store_true", help="also measure Python allocations (slow)")
    args = parser.parse_args()

    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"demo-{args.residents}-{args.seed}.db"
    built = False
    if path.exists() and keyfile_path(path).exists():
        key = unlock_key(path, PASSWORD)
    else:
        key = provision_key(path, PASSWORD)
        demo.build_demo(path, residents=args.residents, seed=args.seed, key=key, today=args.today)
        built = True
    db = open_database(path, key)
    try:
        inspector = actor_for(db, find_user(db, "inspector").id)
        supervisor = actor_for(db, find_user(db, "supervisor").id)
        on = args.today or _demo_day(db)
        start, end = on - timedelta(days=90), on - timedelta(days=1)
        rows = caseload(db, supervisor, period_start=start, period_end=end, on=on)
        totals = unit_totals(rows)
        mine = next(r for r in rows if r.inspector_id == inspector.user_id)
        out_dir = Path(tempfile.mkdtemp(prefix="reports-bench-"))

        def req(kind: str, **kw: Any) -> ReportRequest:
            return ReportRequest(
                kind=kind, period_start=start, period_end=end, on=on, language=args.language, **kw
            )

        insp_req = req("inspector_caseload", inspector_id=inspector.user_id)
        _time_plain(db, supervisor, insp_req, out_dir / "warm.pdf")  # warm the page cache and fonts
        insp_runs = [_time_plain(db, supervisor, insp_req, out_dir / "inspector.pdf") for _ in range(3)]
        inspector_detail = _run(db, supervisor, insp_req, out_dir / "inspector.pdf", trace=False)
        # The unit report first and untraced: its time and the process's peak RSS are the figures.
        unit_req = req("unit_caseload", with_lists=True)
        unit = _run(db, supervisor, unit_req, out_dir / "unit.pdf", trace=False)
        if args.trace:
            unit["traced"] = _run(db, supervisor, unit_req, out_dir / "unit-traced.pdf", trace=True)
    finally:
        db.close()

    inspector_s = max(insp_runs)
    # ru_maxrss is the whole process (interpreter, SQLCipher cache, the fixture reads): an upper bound.
    unit_peak = float(unit["rss_max_mb"])
    figures = {
        "database": str(path),
        "built_now": built,
        "on": on.isoformat(),
        "inspectors": len(rows),
        "unit_residents": totals.residents,
        "unit_dv_open": totals.dv_open,
        "inspector_dv_open": mine.dv_open,
        "inspector_visits_overdue": mine.visits_overdue,
        "inspector_runs_s": [round(s, 3) for s in insp_runs],
        "inspector": inspector_detail,
        "unit_with_lists": unit,
        "output_dir": str(out_dir),
    }
    met = {
        "inspector_s": inspector_s <= TARGETS["inspector_s"],
        "unit_s": unit["seconds"] <= TARGETS["unit_s"],
        "unit_peak_mb": unit_peak <= TARGETS["unit_peak_mb"],
    }
    print(f"inspector caseload: {inspector_s:.2f} s (max of 3), {inspector_detail['pages']} pages")
    print(
        f"unit caseload with lists: {unit['seconds']:.2f} s, {unit['pages']} pages, peak {unit_peak:.0f} MB"
    )
    print(json.dumps({"targets": TARGETS, "figures": figures, "met": met, "ok": all(met.values())}))
    return 0 if all(met.values()) else 1


def _demo_day(db: Database) -> date:
    """The day the demo was built for (its data is dated relative to it), from its build audit entry."""
    with db.read() as s:
        changes = s.scalar(
            select(AuditEntry.changes).where(AuditEntry.action == "demo_build").order_by(AuditEntry.at.desc())
        )
    return date.fromisoformat(changes["today"]) if changes and "today" in changes else date.today()


if __name__ == "__main__":
    raise SystemExit(main())
