"""Visit schedules of the prevention registry (most demanding rule wins) and protective measures' dates."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from typing import Any

import pytest

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.policy_data import LANGUAGES, PolicyDataError
from inspector_desk.domain.schedule import (
    MeasureKind,
    RegistryCategory,
    VisitPolicy,
    next_visit_due,
    validate_measure_dates,
)

C = RegistryCategory


def test_shipped_policy_has_every_category_labelled(visit_policy: VisitPolicy) -> None:
    assert set(visit_policy.rules) == set(RegistryCategory)
    for rule in visit_policy.rules.values():
        assert rule.interval_days >= 1
        assert len({rule.label.get(language) for language in LANGUAGES}) == 3


def test_protective_order_is_the_most_demanding(visit_policy: VisitPolicy) -> None:
    shortest = min(rule.interval_days for rule in visit_policy.rules.values())
    assert visit_policy.rules[C.PROTECTIVE_ORDER].interval_days == shortest


def test_single_category(visit_policy: VisitPolicy) -> None:
    days = visit_policy.rules[C.PAROLE].interval_days
    assert next_visit_due(visit_policy, [C.PAROLE], date(2025, 3, 1), date(2024, 1, 1)) == date(
        2025, 3, 1
    ) + timedelta(days=days)


def test_most_demanding_rule_wins(visit_policy: VisitPolicy) -> None:
    categories = [C.UNSPENT_CONVICTION, C.PROTECTIVE_ORDER, C.JUVENILE_AT_RISK]
    due = next_visit_due(visit_policy, iter(categories), date(2025, 3, 1), date(2024, 1, 1))
    assert due == date(2025, 3, 1) + timedelta(days=visit_policy.rules[C.PROTECTIVE_ORDER].interval_days)
    alone = next_visit_due(visit_policy, [C.UNSPENT_CONVICTION], date(2025, 3, 1), date(2024, 1, 1))
    assert due is not None
    assert alone is not None
    assert due < alone


def test_no_visit_yet_counts_from_registration(visit_policy: VisitPolicy) -> None:
    days = visit_policy.rules[C.OFFICIAL_WARNING].interval_days
    assert next_visit_due(visit_policy, {C.OFFICIAL_WARNING}, None, date(2025, 6, 1)) == date(
        2025, 6, 1
    ) + timedelta(days=days)


def test_no_active_category_means_nothing_due(visit_policy: VisitPolicy) -> None:
    assert next_visit_due(visit_policy, [], date(2025, 3, 1), date(2024, 1, 1)) is None


def category_data(days: int = 30) -> dict[str, Any]:
    label = {"en": "x", "ru": "х", "kk": "х"}
    return {"categories": {c.value: {"interval_days": days, "label": label} for c in RegistryCategory}}


def test_missing_category_is_refused() -> None:
    data = category_data()
    del data["categories"]["parole"]
    with pytest.raises(PolicyDataError, match="parole"):
        VisitPolicy.from_dict(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["categories"].update(astrology={"interval_days": 1}), "astrology"),
        (lambda d: d["categories"]["parole"].update(interval_days=0), "at least 1"),
        (lambda d: d["categories"]["parole"]["label"].pop("ru"), "label.ru"),
    ],
)
def test_malformed_schedule_is_refused(change: Any, message: str) -> None:
    data = copy.deepcopy(category_data())
    change(data)
    with pytest.raises(PolicyDataError, match=message):
        VisitPolicy.from_dict(data)


def test_from_json_matches_from_dict() -> None:
    data = category_data(12)
    assert VisitPolicy.from_json(json.dumps(data)) == VisitPolicy.from_dict(data)


def measure_rule(kind: MeasureKind, start: date, end: date | None) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_measure_dates(kind, start, end)
    assert caught.value.field == "end_date"
    return caught.value.rule


START = date(2025, 11, 30)


def test_protective_order_runs_thirty_days() -> None:
    end = date(2025, 12, 30)
    assert validate_measure_dates(MeasureKind.PROTECTIVE_ORDER, START, None) == end
    assert validate_measure_dates(MeasureKind.PROTECTIVE_ORDER, START, end) == end
    for wrong in (date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 10)):
        assert measure_rule(MeasureKind.PROTECTIVE_ORDER, START, wrong) == "measure.protective_order_term"


@pytest.mark.parametrize("kind", list(MeasureKind))
def test_end_before_start_is_refused_for_every_kind(kind: MeasureKind) -> None:
    assert measure_rule(kind, START, date(2025, 11, 29)) == "measure.end_before_start"


def test_special_requirements_from_three_months_to_a_year() -> None:
    kind = MeasureKind.SPECIAL_REQUIREMENTS
    earliest, latest = date(2026, 2, 28), date(2026, 11, 30)  # 30 Nov + 3 months is clamped to 28 Feb
    assert validate_measure_dates(kind, START, earliest) == earliest
    assert validate_measure_dates(kind, START, latest) == latest
    for wrong in (earliest - timedelta(days=1), latest + timedelta(days=1), None):
        assert measure_rule(kind, START, wrong) == "measure.special_requirements_term"


@pytest.mark.parametrize("kind", [MeasureKind.REFERRAL, MeasureKind.OTHER])
def test_referral_and_other_may_be_open_ended(kind: MeasureKind) -> None:
    assert validate_measure_dates(kind, START, None) is None
    assert validate_measure_dates(kind, START, START) == START
    assert validate_measure_dates(kind, START, date(2030, 1, 1)) == date(2030, 1, 1)
