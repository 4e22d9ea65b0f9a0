"""Reports: figures on paper equal the service figures, Kazakh and Russian text extracts, A4 pages with
"page N of M", "no records" on empty reports, bad parameters refused with no file, audit of DV names,
cancel, and a rendered page that is not blank."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from inspector_desk.demo import build_demo
from inspector_desk.domain.errors import ValidationError
from inspector_desk.reports import ReportCancelled, ReportRequest, build_report
from inspector_desk.reports.i18n import LANGUAGES, tr
from inspector_desk.services.accounts import actor_for, find_user
from inspector_desk.services.addresses import AddressInput, HouseholdInput, create_address, create_household
from inspector_desk.services.base import Actor
from inspector_desk.services.caseload import caseload, unit_totals
from inspector_desk.services.dv_cases import expiring_measures, list_cases
from inspector_desk.services.registry import RegistryInput, add_registry_entry
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.store.db import Database, open_database
from inspector_desk.store.models import AuditEntry

ON = date(2026, 11, 20)
START = date(2026, 8, 1)
END = date(2026, 10, 31)
A4 = (595.27, 841.89)


def text_of(path: Path | io.BytesIO) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def request(kind: str, **kw: object) -> ReportRequest:
    base: dict[str, object] = {"kind": kind, "period_start": START, "period_end": END, "on": ON}
    base.update(kw)
    return ReportRequest(**base)  # type: ignore[arg-type]


# --- a small seeded demo: many figures with known values ---------------------------------------------


class Demo:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.supervisor = actor_for(db, find_user(db, "supervisor").id)
        self.inspector = actor_for(db, find_user(db, "inspector").id)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    key = bytes(range(32))
    build_demo(path, residents=3000, seed=7, key=key, today=ON)
    db = open_database(path, key)
    yield Demo(db)
    db.close()


def _numbers_after(text: str, label: str) -> list[int]:
    """The integers that follow the cell ``label`` (pypdf puts each table cell on its own line)."""
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        if line.startswith(label):
            rest = line[len(label) :].split()
            numbers = [int(n) for n in rest if n.isdigit()]
            for after in lines[i + 1 :]:
                if not after.isdigit():
                    break
                numbers.append(int(after))
            return numbers
    raise AssertionError(f"no line starting with {label!r}")


def test_unit_caseload_figures_equal_the_service(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "unit.pdf"
    result = build_report(demo.db, demo.supervisor, request("unit_caseload", language="en"), out)
    text = text_of(out)
    rows = caseload(demo.db, demo.supervisor, period_start=START, period_end=END, on=ON)
    totals = unit_totals(rows)
    expected = [
        totals.residents,
        totals.registry_persons,
        totals.visits_done,
        totals.visits_due,
        totals.visits_overdue,
        totals.dv_open,
        totals.protective_orders_ending,
        totals.cases_overdue_review,
        totals.appeals_received,
        totals.appeals_answered_on_time,
        totals.appeals_overdue,
    ]
    assert _numbers_after(text, "Unit total")[:11] == expected
    assert totals.dv_open > 0
    assert totals.visits_done > 0
    assert result.pages >= 1
    assert result.kind == "unit_caseload"
    assert "Caseload by inspector" in text
    assert "Cases by risk level" in text
    assert "Visits per week" in text


def test_inspector_caseload_lists_the_rows_behind_the_figures(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "insp.pdf"
    insp = demo.inspector.user_id
    result = build_report(demo.db, demo.supervisor, request("inspector_caseload", inspector_id=insp), out)
    text = text_of(out)
    row = next(
        r
        for r in caseload(demo.db, demo.supervisor, period_start=START, period_end=END, on=ON)
        if r.inspector_id == insp
    )
    flat = " ".join(text.split())
    assert f"Открытые дела о бытовом насилии ({row.dv_open})" in flat
    assert f"Просроченные посещения ({row.visits_overdue})" in flat
    assert _numbers_after(text, "Открытых дел о бытовом насилии")[0] == row.dv_open
    assert _numbers_after(text, "Посещений проведено")[0] == row.visits_done
    # every open case of the inspector is listed by number
    cases = [
        c
        for c in list_cases(demo.db, demo.supervisor, owner_id=insp, limit=5000).rows
        if c.status in ("open", "monitoring")
    ]
    assert len(cases) == row.dv_open
    assert all(c.number in flat for c in cases)
    orders = expiring_measures(demo.db, demo.supervisor, on=ON, within_days=7, owner_id=insp)
    assert len(orders) == row.protective_orders_ending
    assert result.names_dv_residents


def test_kazakh_and_russian_words_extract(demo: Demo, tmp_path: Path) -> None:
    kk = tmp_path / "kk.pdf"
    build_report(demo.db, demo.supervisor, request("unit_caseload", language="kk"), kk)
    text = text_of(kk)
    assert "Бөлімшенің жүктемесі" in text
    assert "ҚЫЗМЕТТІК ПАЙДАЛАНУ ҮШІН" in text
    assert "Серікова Әсел Нұрланқызы" in " ".join(text.split())  # the demo inspector, Kazakh letters
    assert "Жақсыбеков Қайрат Бақытұлы" in text  # the supervisor who generated it
    ru = tmp_path / "ru.pdf"
    build_report(demo.db, demo.supervisor, request("unit_caseload", language="ru"), ru)
    text = text_of(ru)
    assert "Нагрузка подразделения" in text
    assert "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ" in text
    assert "УП Алмалинского района г. Алматы" in text


def test_every_page_is_a4_with_page_n_of_m_and_marking(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "insp.pdf"
    result = build_report(
        demo.db, demo.supervisor, request("inspector_caseload", inspector_id=demo.inspector.user_id), out
    )
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages > 1
    for n, page in enumerate(reader.pages, 1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(w, 1), round(h, 1)) == (round(A4[0], 1), round(A4[1], 1))
        text = " ".join((page.extract_text() or "").split())
        assert f"Страница {n} из {result.pages}" in text
        assert "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ" in text
        assert "Сформировано" in text
        assert "Жақсыбеков Қайрат Бақытұлы" in text
        assert "01.08.2026 — 31.10.2026" in text


def test_fonts_are_embedded(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "unit.pdf"
    build_report(demo.db, demo.supervisor, request("unit_caseload"), out)
    page = PdfReader(out).pages[0]
    content = page.get_contents()
    assert content is not None
    # fonts that show text (an empty "BT /F1 10 Tf ET" state reset draws nothing)
    used = set(re.findall(rb"/(F\d+(?:\+\d+)?) [\d.]+ Tf(?: [\d.]+ TL)? [(<]", content.get_data()))
    assert used
    fonts: Any = page["/Resources"]["/Font"]  # type: ignore[index]
    for name in used:
        font: Any = fonts["/" + name.decode()].get_object()
        assert "DejaVu" in str(font["/BaseFont"])
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()  # embedded TrueType


@pytest.mark.parametrize(
    "kind",
    ["overdue_visits", "measures_ending", "high_risk_cases", "appeals_by_deadline"],
)
def test_list_reports_print_their_filters_and_rows(demo: Demo, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    result = build_report(demo.db, demo.supervisor, request(kind, language="en"), out)
    text = " ".join(text_of(out).split())
    assert result.rows > 0
    assert result.pages >= 1
    if kind != "overdue_visits":
        assert "Filters:" in text
    if kind == "measures_ending":
        assert "Within, days: 7" in text


def test_high_risk_report_lists_exactly_the_high_and_extreme_open_cases(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "hr.pdf"
    result = build_report(demo.db, demo.supervisor, request("high_risk_cases"), out)
    expected = [
        c
        for level in ("extreme", "high")
        for c in list_cases(demo.db, demo.supervisor, risk_level=level, limit=10000).rows
        if c.status in ("open", "monitoring")
    ]
    assert result.rows == len(expected) > 0
    flat = " ".join(text_of(out).split())
    assert all(c.number in flat for c in expected)


def test_resident_card_fits_one_or_two_pages(demo: Demo, tmp_path: Path) -> None:
    case = list_cases(demo.db, demo.supervisor, limit=1).rows[0]
    from inspector_desk.services.dv_cases import case_view

    victim = case_view(demo.db, demo.supervisor, case.id, on=ON).victim
    out = tmp_path / "card.pdf"
    result = build_report(
        demo.db, demo.supervisor, request("resident_card", resident_id=victim.resident_id), out
    )
    assert 1 <= result.pages <= 2
    text = " ".join(text_of(out).split())
    assert victim.full_name in text
    assert case.number in text
    assert result.names_dv_residents


def test_unit_caseload_with_lists_has_a_section_per_inspector(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "unit-lists.pdf"
    seen: list[tuple[int, int]] = []
    result = build_report(
        demo.db,
        demo.supervisor,
        request("unit_caseload", with_lists=True, language="en"),
        out,
        progress=lambda done, total: seen.append((done, total)),
    )
    text = " ".join(text_of(out).split())
    rows = caseload(demo.db, demo.supervisor, period_start=START, period_end=END, on=ON)
    for r in rows:
        assert f"Inspector: {r.inspector_name}" in text
        assert f"Open domestic violence cases ({r.dv_open})" in text
    assert seen
    assert seen[-1][0] == seen[-1][1]
    assert all(done <= total for done, total in seen)
    assert result.pages > 2


def test_output_to_a_binary_file(demo: Demo) -> None:
    buf = io.BytesIO()
    result = build_report(demo.db, demo.supervisor, request("measures_ending"), buf)
    assert result.path is None
    assert buf.getvalue().startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(buf.getvalue())).pages) == result.pages


def test_cancel_leaves_no_file(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        cancel.set()

    with pytest.raises(ReportCancelled):
        build_report(
            demo.db,
            demo.supervisor,
            request("unit_caseload", with_lists=True),
            out,
            progress=progress,
            cancel=cancel,
        )
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_rendered_page_is_not_blank(demo: Demo, tmp_path: Path) -> None:
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is missing: scripts/setup_env.sh installs it"
    from PIL import Image

    out = tmp_path / "unit.pdf"
    build_report(demo.db, demo.supervisor, request("unit_caseload", language="kk"), out)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True
    )
    png = next(tmp_path.glob("p*.png"))
    image = Image.open(png).convert("L")
    w, h = image.size
    assert abs(w / h - A4[0] / A4[1]) < 0.01
    histogram = image.histogram()
    dark = sum(histogram[:128])
    assert dark > 0.01 * w * h  # text, tables and charts, not an empty page


# --- hand-made data with the world fixture ------------------------------------------------------


def _resident(
    db: Database, actor: Actor, beat: str, last: str, first: str, household: str | None = None
) -> str:
    data = ResidentInput(beat_id=beat, last_name=last, first_name=first, household_id=household)
    return register_resident(db, actor, data, today=ON).record.id


def test_overdue_visits_of_known_residents(db: Database, world: Any, tmp_path: Path) -> None:
    w = world
    insp: Actor = w.inspector
    names = [("Нұрғалиева", "Әйгерім"), ("Іскаков", "Һарун"), ("Петрова", "Ольга")]
    for last, first in names:
        rid = _resident(db, insp, w.beat_id, last, first)
        add_registry_entry(
            db,
            insp,
            RegistryInput(rid, "official_warning", "решение суда", ON - timedelta(days=200)),
            today=ON,
        )
    out = tmp_path / "overdue.pdf"
    result = build_report(db, insp, request("overdue_visits", language="kk"), out)
    text = " ".join(text_of(out).split())
    rows = caseload(db, insp, period_start=START, period_end=END, on=ON)
    assert rows[0].visits_overdue == 3 == result.rows
    for last, first in names:
        assert f"{last} {first}" in text
    assert "Мерзімі өткен бару" in text


def test_round_sheet_in_walking_order(db: Database, world: Any, tmp_path: Path) -> None:
    w = world
    insp: Actor = w.inspector
    beat: str = w.beat_id
    far = create_address(db, insp, AddressInput(beat, "ул. Төле би", "40", walk_order=2)).record
    near = create_address(db, insp, AddressInput(beat, "ул. Төле би", "2", walk_order=1)).record
    h_far = create_household(db, insp, HouseholdInput(far.id, "1")).record
    h_near = create_household(db, insp, HouseholdInput(near.id, "5")).record
    _resident(db, insp, beat, "Қасымов", "Ұлан", h_far.id)
    _resident(db, insp, beat, "Өмірбек", "Ғалия", h_near.id)
    out = tmp_path / "round.pdf"
    result = build_report(db, insp, request("round_sheet", streets=("ул. Төле би",)), out)
    text = " ".join(text_of(out).split())
    assert result.rows == 2
    assert text.index("Өмірбек Ғалия") < text.index("Қасымов Ұлан")
    assert "Подпись" in text
    assert "Отметки" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_report_says_no_records(db: Database, world: Any, tmp_path: Path, language: str) -> None:
    insp: Actor = world.inspector
    out = tmp_path / "empty.pdf"
    result = build_report(db, insp, request("high_risk_cases", language=language), out)
    assert result.rows == 0
    assert result.pages == 1
    assert tr(language, "no_records") in text_of(out)


def _refused(db: Database, actor: Actor, req: ReportRequest, tmp_path: Path, field: str, rule: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    out = folder / "bad.pdf"
    with pytest.raises(ValidationError) as info:
        build_report(db, actor, req, out)
    assert (info.value.field, info.value.rule) == (field, rule)
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no temporary file left either


def test_bad_parameters_write_no_file(db: Database, world: Any, tmp_path: Path) -> None:
    sup: Actor = world.supervisor
    cases = [
        (request("unit_caseload", period_start=END, period_end=START), "period_end", "date_range"),
        (request("inspector_caseload", inspector_id="no-such-user"), "inspector_id", "unknown"),
        (request("inspector_caseload"), "inspector_id", "required"),
        (request("overdue_visits", inspector_id="no-such-user"), "inspector_id", "unknown"),
        (request("round_sheet", streets=()), "streets", "required"),
        (request("round_sheet", streets=("  ",)), "streets", "required"),
        (request("resident_card"), "resident_id", "required"),
        (request("resident_card", resident_id="missing"), "resident_id", "unknown"),
        (request("nonsense"), "kind", "choice"),
        (request("unit_caseload", language="de"), "language", "choice"),
        (request("measures_ending", within_days=-1), "within_days", "range"),
        (request("high_risk_cases", risk_levels=("purple",)), "risk_levels", "choice"),
    ]
    for req, field, rule in cases:
        _refused(db, sup, req, tmp_path, field, rule)


def test_inspector_cannot_report_on_another_inspector(db: Database, world: Any, tmp_path: Path) -> None:
    insp: Actor = world.inspector
    other: Actor = world.other_inspector
    req = request("inspector_caseload", inspector_id=other.user_id)
    _refused(db, insp, req, tmp_path, "inspector_id", "unknown")


def test_report_naming_dv_residents_is_audited(demo: Demo, tmp_path: Path) -> None:
    def exports() -> int:
        with demo.db.read() as s:
            return len(s.scalars(select(AuditEntry).where(AuditEntry.action == "report_export")).all())

    before = exports()
    build_report(demo.db, demo.supervisor, request("high_risk_cases"), tmp_path / "hr.pdf")
    assert exports() == before + 1
    with demo.db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "report_export").order_by(AuditEntry.at.desc())
        ).first()
        assert entry is not None
        assert entry.user_id == demo.supervisor.user_id
        assert entry.entity_id == "high_risk_cases"
        assert entry.changes is not None
        assert entry.changes["params"]["risk_levels"] == ["extreme", "high"]
    # a report without DV names is not an export of DV data
    build_report(demo.db, demo.supervisor, request("appeals_by_deadline"), tmp_path / "ap.pdf")
    assert exports() == before + 1


def test_shipped_fonts_have_every_kazakh_letter() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    from inspector_desk.reports.document import FONT_FILES
    from inspector_desk.resources import resource_path

    letters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ" + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    assert resource_path("fonts", "LICENSE-DejaVu.txt").exists()
    for filename in FONT_FILES.values():
        face = TTFont("probe", str(resource_path("fonts", filename))).face
        missing = [ch for ch in letters if ord(ch) not in face.charToGlyph]
        assert missing == [], f"{filename} lacks {missing}"
