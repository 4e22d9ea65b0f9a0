"""The demo builder: reproducible, valid (IINs, phones, calendar deadlines, derived columns as the
services compute them), searchable, and never overwriting a database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from inspector_desk import demo
from inspector_desk.domain.appeals import appeal_deadline, extension_limit
from inspector_desk.domain.iin import parse_iin
from inspector_desk.domain.phone import normalize_phone
from inspector_desk.domain.risk import RiskLevel, next_review_due
from inspector_desk.resources import risk_policy, work_calendar
from inspector_desk.services.registry import recompute_next_visit_due
from inspector_desk.store import models as m
from inspector_desk.store.db import Database, open_database
from inspector_desk.store.search import search_resident_ids

KEY = bytes(range(1, 33))
TODAY = date(2026, 3, 10)
RESIDENTS = 300
SEED = 7

_LATIN = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "e",
        "ж": "zh", "з": "z", "и": "i", "й": "y", "і": "i", "к": "k", "қ": "q", "л": "l", "м": "m",
        "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, demo.DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = demo.build_demo(path, residents=RESIDENTS, seed=SEED, key=KEY, today=TODAY)
    db = open_database(path, KEY)
    yield db, summary
    db.close()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    db = open_database(path, KEY)
    try:
        with db.engine.connect() as conn:
            tables = [*demo.COLUMNS, "units", "beats", "users", "beat_assignments", "resident_search_map"]
            return {
                t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2")]
                for t in tables
            }
    finally:
        db.close()


def test_same_seed_gives_identical_rows(built: tuple[Database, demo.DemoSummary], tmp_path: Path) -> None:
    _db, summary = built
    again = tmp_path / "again.db"
    demo.build_demo(again, residents=RESIDENTS, seed=SEED, key=KEY, today=TODAY)
    first, second = _dump(summary.path), _dump(again)
    assert first == second
    assert len(first["residents"]) == RESIDENTS
    other = tmp_path / "other.db"
    demo.build_demo(other, residents=RESIDENTS, seed=SEED + 1, key=KEY, today=TODAY)
    assert _dump(other)["residents"] != first["residents"]


def test_counts_accounts_and_bookkeeping(built: tuple[Database, demo.DemoSummary]) -> None:
    db, summary = built
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Visit)) == RESIDENTS * 5
        assert s.scalar(select(func.count()).select_from(m.DvCase)) == RESIDENTS // 10
        logins = set(s.scalars(select(m.User.login)))
        assert {"inspector", "supervisor", "inspector01"} <= logins
        # Data HQ already holds: nothing waits in the outbox; one audit entry tells of the build.
        assert s.scalar(select(func.count()).select_from(m.OutboxEntry)) == 0
        assert list(s.scalars(select(m.AuditEntry.action))) == ["demo_build"]
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        fts = s.execute(text("SELECT count(*) FROM resident_fts")).scalar()
        assert fts == RESIDENTS
        triggers = set(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        assert {"residents_fts_insert", "residents_fts_update", "residents_fts_delete"} <= triggers
    assert summary.counts["residents"] == RESIDENTS
    assert db.info().encrypted


def test_iins_and_phones_are_valid(built: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = built
    with db.read() as s:
        rows = s.execute(
            select(m.Resident.iin, m.Resident.birth_date, m.Resident.sex, m.Resident.phones)
        ).all()
    with_iin = [r for r in rows if r.iin]
    assert len(with_iin) > RESIDENTS * 0.9
    for iin, birth, sex, _phones in with_iin:
        parsed = parse_iin(iin)
        assert (parsed.birth_date, parsed.sex.value) == (birth, sex)
    phones = [p for r in rows for p in r.phones]
    assert len(phones) > RESIDENTS // 2
    assert all(p.startswith("+7") and normalize_phone(p) == p for p in phones)


def test_names_use_kazakh_letters_and_sex_consistent_forms(built: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = built
    with db.read() as s:
        rows = s.execute(select(m.Resident.last_name, m.Resident.middle_name, m.Resident.sex)).all()
    assert sum(1 for r in rows if set("әғқңөұүһі") & set(r.last_name.lower())) > RESIDENTS // 10
    for last, middle, sex in rows:
        if sex == "M":
            assert not last.endswith(("ова", "ева", "қызы"))
            assert not (middle or "").endswith(("овна", "қызы"))
        else:
            assert not last.endswith(("ов", "ев", "ұлы"))
            assert not (middle or "").endswith(("ович", "ұлы"))


def test_next_visit_due_is_what_the_registry_service_computes(
    built: tuple[Database, demo.DemoSummary],
) -> None:
    db, _ = built
    with Session(db.engine) as s:
        active = set(
            s.scalars(
                select(m.RegistryEntry.resident_id).where(
                    m.RegistryEntry.start_date <= TODAY,
                    (m.RegistryEntry.end_date.is_(None)) | (m.RegistryEntry.end_date >= TODAY),
                    m.RegistryEntry.ended_reason.is_(None),
                )
            )
        )
        assert len(active) > 5
        stored = {r.id: r.next_visit_due for r in s.execute(select(m.Resident.id, m.Resident.next_visit_due))}
        for rid in active:
            assert stored[rid] is not None
            assert recompute_next_visit_due(s, rid, on=TODAY) == stored[rid]
        assert all(due is None for rid, due in stored.items() if rid not in active)
        overdue = sum(1 for rid in active if stored[rid] is not None and stored[rid] < TODAY)  # type: ignore[operator]
        assert 0 < overdue < len(active)
        s.rollback()


def test_dv_cases_at_every_stage_with_derived_columns(built: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = built
    policy = risk_policy()
    with db.read() as s:
        cases = s.scalars(select(m.DvCase)).all()
        stages = {(c.status, c.closure_state) for c in cases}
        assert {("open", None), ("monitoring", None), ("closed", "approved")} <= stages
        assert {c.closure_state for c in cases} >= {"requested", "rejected"}
        assert all(c.closure_reason for c in cases if c.status == "closed")
        for c in cases:
            newest = s.scalars(
                select(m.RiskAssessment)
                .where(m.RiskAssessment.case_id == c.id)
                .order_by(m.RiskAssessment.assessed_at.desc())
            ).first()
            assert newest is not None
            assert c.risk_level == newest.final_level
            last_review = s.scalar(
                select(func.max(m.CaseReview.reviewed_at)).where(m.CaseReview.case_id == c.id)
            )
            point = max(p.date() for p in (last_review, newest.assessed_at) if isinstance(p, datetime))
            want = None if c.status == "closed" else next_review_due(policy, RiskLevel(c.risk_level), point)
            assert c.next_review_due == want
            household = {c.victim_id, c.offender_id}
            homes = set(s.scalars(select(m.Resident.household_id).where(m.Resident.id.in_(household))))
            assert homes == {c.household_id}
        orders = s.scalars(select(m.Measure).where(m.Measure.kind == "protective_order")).all()
        assert orders
        assert all(o.end_date is not None and (o.end_date - o.start_date).days == 30 for o in orders)


def test_appeal_deadlines_follow_the_work_calendar(built: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = built
    cal = work_calendar()
    with db.read() as s:
        appeals = s.scalars(select(m.Appeal)).all()
    assert appeals
    for a in appeals:
        assert a.deadline == appeal_deadline(a.received_on, cal)
        assert a.due_on == (a.extended_deadline or a.deadline)
        if a.extended_deadline is not None:
            assert a.deadline < a.extended_deadline <= extension_limit(a.received_on)
        assert (a.status == "answered") == (a.answered_on is not None)


def test_search_finds_a_demo_resident_typed_in_latin(built: tuple[Database, demo.DemoSummary]) -> None:
    db, _ = built
    with db.read() as s:
        beats = list(s.scalars(select(m.Beat.id)))
        row = s.execute(
            select(m.Resident.id, m.Resident.last_name, m.Resident.first_name)
            .where(m.Resident.last_name.like("%қ%"))
            .order_by(m.Resident.id)
            .limit(1)
        ).one()
        query = f"{row.last_name.lower().translate(_LATIN)} {row.first_name.lower().translate(_LATIN)}"
        assert query.isascii()
        ids, _ = search_resident_ids(s, query, beats, limit=50)
        assert row.id in ids


def test_refuses_to_overwrite_an_existing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "existing.db"
    path.write_bytes(b"precious")
    with pytest.raises(demo.DemoError, match="already exists"):
        demo.build_demo(path, residents=50, seed=1, key=KEY, today=TODAY)
    assert demo.main(["--db", str(path), "--residents", "50", "--plain"]) == 2
    assert "--force" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"


def test_cli_builds_a_plain_database_with_force(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    path.write_bytes(b"old")
    args = [
        "--db",
        str(path),
        "--residents",
        "40",
        "--seed",
        "3",
        "--plain",
        "--today",
        "2026-03-10",
        "--force",
    ]
    assert demo.main(args) == 0
    db = open_database(path, None)  # the --plain build this test is about
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(m.Resident)) == 40
            changes = s.scalar(select(m.AuditEntry.changes))
        assert json.loads(json.dumps(changes))["seed"] == 3
    finally:
        db.close()
