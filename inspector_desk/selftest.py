"""``inspector-desk --self-test``: proves that an installed copy (the PyInstaller bundle above all) has
every part it needs, by using each of them once, in a temporary folder, never touching the user's data.

It provisions a key and opens a fresh encrypted database (the migrations run), creates records
through the services, shows the main window (offscreen unless QT_QPA_PLATFORM says otherwise) in
Russian, builds a PDF report and previews one in the window. Each step prints
``ok <step> ...`` with the seconds since the self-test started; the first failure prints
``FAILED <step>: <what>`` (and the traceback on stderr) and the exit code is 1. A composition root
like app.py: it wires store, services, reports and UI together.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from inspector_desk.security.keyfile import KdfParams, provision_key, unlock_key
from inspector_desk.services.base import Actor
from inspector_desk.store.db import Database, checkpoint, is_plaintext_sqlite, open_database

PASSWORD = "Self-Test-2026!"
# The self-test proves the KDF works here, not its cost: a light setting keeps it quick.
SELF_TEST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
WAIT_SECONDS = 30.0
CYRILLIC = re.compile("[\u0400-\u04ff]")


class SelfTestFailure(Exception):
    """A check of the self-test did not hold; the message says which."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


@dataclass
class SelfTest:
    folder: Path
    out: TextIO = field(default_factory=lambda: sys.stdout)
    started: float = field(default_factory=time.perf_counter)
    today: date = field(default_factory=date.today)
    db: Database | None = None
    actor: Actor | None = None
    report: Path | None = None
    window: Any = None
    app: Any = None

    def say(self, text: str) -> None:
        print(f"{text} [{time.perf_counter() - self.started:.2f}s]", file=self.out, flush=True)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            raise StepFailed(name, exc) from exc

    # -- the steps -------------------------------------------------------------------------------

    def database(self) -> None:
        from inspector_desk.store.migrate import head_revision

        path = self.folder / "self-test.db"
        key = provision_key(path, PASSWORD, SELF_TEST_KDF)
        check(unlock_key(path, PASSWORD) == key, "the password does not unwrap the key it wrapped")
        self.db = open_database(path, key)
        info = self.db.info()
        head = head_revision()
        check(info.schema_revision == head, f"the schema is at {info.schema_revision}, not at {head}")
        check(info.encrypted and bool(info.cipher_version), "the database is not encrypted by SQLCipher")
        checkpoint(self.db)
        check(not is_plaintext_sqlite(path), "the database file is plain SQLite on disk")
        self.say(f"ok encrypted database (SQLCipher {info.cipher_version}, schema {info.schema_revision})")

    def records(self) -> None:
        from inspector_desk.domain.iin import Sex, make_iin
        from inspector_desk.services import accounts
        from inspector_desk.services.appeals import AppealInput, record_appeal
        from inspector_desk.services.base import Role
        from inspector_desk.services.residents import ResidentInput, register_resident, resident_card
        from inspector_desk.services.visits import VisitInput, log_visit

        db = self._db()
        unit = accounts.create_unit(db, "Self-test unit")
        beat = accounts.create_beat(db, "ST-01", "Self-test beat", unit)
        user = accounts.create_user(
            db, "selftest", "Self Test", Role.INSPECTOR, unit_id=unit, beat_ids=[beat]
        )
        self.actor = actor = accounts.actor_for(db, user, device_id="self-test")
        resident = register_resident(
            db,
            actor,
            ResidentInput(
                beat_id=beat,
                last_name="Абенов",
                first_name="Нұрлан",
                iin=make_iin(date(1985, 4, 12), Sex.MALE, 1),
                phones=("+7 701 234 5678",),
            ),
            today=self.today,
        ).record
        log_visit(
            db,
            actor,
            VisitInput(
                kind="door_to_door",
                visited_at=datetime.now(UTC) - timedelta(hours=1),
                outcome="met",
                resident_id=resident.id,
            ),
            today=self.today,
        )
        record_appeal(
            db,
            actor,
            AppealInput(
                beat_id=beat, received_on=self.today, applicant_name="Абенов Н.", subject="Шум по ночам"
            ),
            today=self.today,
        )
        card = resident_card(db, actor, resident.id, on=self.today)
        check(card is not None, "the resident card cannot be read back")
        self.say("ok records (a resident, a visit and an appeal through the services)")

    def pdf_report(self) -> None:
        from inspector_desk.reports.api import ReportKind, ReportRequest, build_report

        self.report = self.folder / "caseload.pdf"
        request = ReportRequest(
            kind=ReportKind.INSPECTOR_CASELOAD.value,
            period_start=self.today - timedelta(days=30),
            period_end=self.today,
            on=self.today,
            inspector_id=self._actor().user_id,
            language="kk",
        )
        result = build_report(self._db(), self._actor(), request, self.report)
        check(self.report.read_bytes()[:5] == b"%PDF-", "the report is not a PDF file")
        check(result.pages >= 1, "the report has no pages")
        self.say(f"ok report ({result.pages} page(s), {self.report.stat().st_size:,} bytes)")

    def main_window(self) -> None:
        from inspector_desk.ui.application import create_main_window, ensure_app, file_settings
        from inspector_desk.ui.i18n import set_language
        from inspector_desk.ui.icons import icon
        from inspector_desk.ui.settings import LANGUAGE

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        self.app = ensure_app(log_dir=self.folder / "logs")
        settings = file_settings(self.folder / "settings.ini")
        settings.set(LANGUAGE, "ru")
        set_language("ru")
        check(not icon("app").pixmap(32, 32).isNull(), "the SVG icons cannot be drawn (Qt's svg plugin)")
        self.window = window = create_main_window(
            self._db(), self._actor(), settings=settings, today=lambda: self.today
        )
        window.show()
        window.start()
        self.wait_until(lambda: window.today_page.view_data is not None, "the Today page did not load")
        check(window.isVisible(), "the main window is not visible")
        today_text = window.rail_text("today")
        check(bool(CYRILLIC.search(today_text)), f"the window is not in Russian ({today_text!r})")
        self.say(f"ok main window shown ({self.app.platformName()}, {today_text.split()[0]!r})")

    def preview(self) -> None:
        from inspector_desk.reports.api import ReportKind

        window = self.window
        window.show_page("reports")
        page = window.pages["reports"]
        page.select_kind(ReportKind.INSPECTOR_CASELOAD)
        page.generate()
        self.wait_until(lambda: not page.running, "the report preview did not finish")
        pages = page.document.pageCount()
        check(pages >= 1, f"the report preview shows no page ({page.status.text()})")
        self.say(f"ok report preview in the window (Qt PDF, {pages} page(s))")

    # -- helpers ---------------------------------------------------------------------------------

    def wait_until(self, condition: Callable[[], bool], failure: str) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        while not condition():
            if time.monotonic() > deadline:
                raise SelfTestFailure(f"{failure} within {WAIT_SECONDS:.0f} s")
            self.app.processEvents()
            time.sleep(0.005)

    def _db(self) -> Database:
        assert self.db is not None
        return self.db

    def _actor(self) -> Actor:
        assert self.actor is not None
        return self.actor

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.ctx.runner.shutdown()
            self.window.deleteLater()
            self.app.processEvents()
            self.window = None
        if self.db is not None:
            self.db.close()
            self.db = None


class StepFailed(Exception):
    def __init__(self, step: str, cause: Exception) -> None:
        super().__init__(f"{step}: {type(cause).__name__}: {cause}")
        self.step = step
        self.cause = cause


STEPS = (
    ("encrypted database", SelfTest.database),
    ("records", SelfTest.records),
    ("main window", SelfTest.main_window),
    ("report", SelfTest.pdf_report),
    ("report preview", SelfTest.preview),
)


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("inspector-desk")
    except PackageNotFoundError:
        return "unknown"


def run(out: TextIO | None = None) -> int:
    """Run every step; 0 when all held, 1 (and what failed, in words) otherwise.

    A windowed executable on Windows has no console: there the report goes to self-test.txt in the
    user's log folder (the exit code says the outcome either way)."""
    if out is None and sys.stdout is None:
        from platformdirs import user_log_path

        log = user_log_path("InspectorDesk", appauthor=False) / "self-test.txt"
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("w", encoding="utf-8") as fh:
            return run(fh)
    out = out or sys.stdout
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"Inspector Desk {app_version()} self-test ({frozen}, Python {sys.version.split()[0]})", file=out)
    # The log file stays open until the process ends: on Windows the folder cannot go before then.
    with tempfile.TemporaryDirectory(
        prefix="inspector-desk-self-test-", ignore_cleanup_errors=True
    ) as folder:
        test = SelfTest(Path(folder), out=out)
        try:
            for name, action in STEPS:
                with test.step(name):
                    action(test)
        except StepFailed as failure:
            print(f"FAILED {failure}", file=out, flush=True)
            traceback.print_exception(failure.cause, file=sys.stderr or out)
            return 1
        finally:
            test.close()
    test.say("self-test passed")
    return 0
