"""Risk scoring: thresholds, critical questions, choice questions, raise-only override, review intervals,
and the shipped questionnaire."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from typing import Any

import pytest

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.policy_data import LANGUAGES, PolicyDataError
from inspector_desk.domain.risk import (
    RiskLevel,
    RiskPolicy,
    RiskTheme,
    final_level,
    next_review_due,
    review_interval,
    score_assessment,
)


def text(word: str) -> dict[str, str]:
    return {"en": word, "ru": word, "kk": word}


def small_policy_data() -> dict[str, Any]:
    """Six yes/no questions of weight 1 (q1..q6), one critical (k, weight 1), one choice question (c)."""
    questions: list[dict[str, Any]] = [
        {"id": f"q{i}", "text": text(f"q{i}"), "weight": 1} for i in range(1, 7)
    ]
    questions.append({"id": "k", "text": text("strangled?"), "weight": 1, "critical": True})
    questions.append(
        {
            "id": "c",
            "text": text("calls?"),
            "options": [
                {"id": "none", "text": text("none"), "score": 0},
                {"id": "many", "text": text("many"), "score": 3},
            ],
        }
    )
    return {
        "instrument": "test",
        "themes": [{"id": "current_situation", "title": text("t"), "questions": questions}],
        "thresholds": {"medium": 2, "high": 4, "extreme": 6},
        "review_days": {"low": 60, "medium": 30, "high": 7, "extreme": 3},
    }


@pytest.fixture
def small() -> RiskPolicy:
    return RiskPolicy.from_dict(small_policy_data())


def yes(n: int) -> dict[str, bool | str]:
    return {f"q{i}": True for i in range(1, n + 1)}


@pytest.mark.parametrize(
    ("yes_count", "level"),
    [
        (0, RiskLevel.LOW),
        (1, RiskLevel.LOW),
        (2, RiskLevel.MEDIUM),
        (3, RiskLevel.MEDIUM),
        (4, RiskLevel.HIGH),
        (5, RiskLevel.HIGH),
        (6, RiskLevel.EXTREME),
    ],
)
def test_thresholds(small: RiskPolicy, yes_count: int, level: RiskLevel) -> None:
    result = score_assessment(small, yes(yes_count))
    assert (result.score, result.computed_level) == (yes_count, level)


def test_no_counts_as_answered_but_scores_nothing(small: RiskPolicy) -> None:
    result = score_assessment(small, {"q1": False, "q2": False, "q3": True})
    assert (result.score, result.answered, result.total) == (1, 3, 8)


def test_critical_yes_forces_at_least_high(small: RiskPolicy) -> None:
    result = score_assessment(small, {"k": True})
    assert result.score == 1
    assert result.computed_level is RiskLevel.HIGH
    assert result.critical_answers == ("k",)


def test_critical_no_changes_nothing(small: RiskPolicy) -> None:
    result = score_assessment(small, {"k": False, "q1": True})
    assert result.computed_level is RiskLevel.LOW
    assert result.critical_answers == ()


def test_critical_does_not_lower_a_higher_score(small: RiskPolicy) -> None:
    assert score_assessment(small, {**yes(5), "k": True}).computed_level is RiskLevel.EXTREME


def test_critical_minimum_level_comes_from_the_policy() -> None:
    data = small_policy_data()
    data["critical_minimum_level"] = "extreme"
    policy = RiskPolicy.from_dict(data)
    assert score_assessment(policy, {"k": True}).computed_level is RiskLevel.EXTREME


def test_choice_question_scores_the_option(small: RiskPolicy) -> None:
    assert score_assessment(small, {"c": "many", "q1": True}).score == 4
    assert score_assessment(small, {"c": "none"}).score == 0


@pytest.mark.parametrize(
    ("answers", "field", "rule"),
    [
        ({"nope": True}, "answers", "risk.unknown_question"),
        ({"c": "sometimes"}, "answers[c]", "risk.unknown_option"),
        ({"c": True}, "answers[c]", "risk.invalid_answer"),
        ({"q1": "yes"}, "answers[q1]", "risk.invalid_answer"),
    ],
)
def test_bad_answers(small: RiskPolicy, answers: dict[str, bool | str], field: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        score_assessment(small, answers)
    assert (caught.value.field, caught.value.rule) == (field, rule)


def test_levels_compare_by_rank_not_by_name() -> None:
    ordered = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.EXTREME]
    assert [level.rank for level in ordered] == [0, 1, 2, 3]
    assert sorted(RiskLevel, key=lambda level: level.rank) == ordered
    assert RiskLevel.highest(RiskLevel.HIGH, RiskLevel.LOW, RiskLevel.MEDIUM) is RiskLevel.HIGH


def test_final_level_without_override_is_computed() -> None:
    assert final_level(RiskLevel.MEDIUM, None, None) is RiskLevel.MEDIUM


def test_override_may_raise_with_a_reason() -> None:
    assert final_level(RiskLevel.MEDIUM, RiskLevel.EXTREME, "Offender bought a gun") is RiskLevel.EXTREME


def test_override_to_the_same_level_needs_no_reason() -> None:
    assert final_level(RiskLevel.HIGH, RiskLevel.HIGH, None) is RiskLevel.HIGH


@pytest.mark.parametrize("override", [RiskLevel.LOW, RiskLevel.MEDIUM])
def test_override_may_not_lower(override: RiskLevel) -> None:
    with pytest.raises(ValidationError) as caught:
        final_level(RiskLevel.HIGH, override, "victim says it is fine")
    assert (caught.value.field, caught.value.rule) == ("override_level", "risk.override_lower")


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_raising_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        final_level(RiskLevel.LOW, RiskLevel.HIGH, reason)
    assert (caught.value.field, caught.value.rule) == ("override_reason", "risk.override_reason_required")


@pytest.mark.parametrize(
    ("level", "days"),
    [(RiskLevel.LOW, 60), (RiskLevel.MEDIUM, 30), (RiskLevel.HIGH, 7), (RiskLevel.EXTREME, 3)],
)
def test_review_intervals_of_the_shipped_policy(risk_policy: RiskPolicy, level: RiskLevel, days: int) -> None:
    assert review_interval(risk_policy, level) == timedelta(days=days)
    last = date(2025, 12, 30)
    assert next_review_due(risk_policy, level, last) == last + timedelta(days=days)


def test_shipped_questionnaire(risk_policy: RiskPolicy) -> None:
    assert 18 <= len(risk_policy.questions) <= 30
    for theme in RiskTheme:
        assert risk_policy.questions_of(theme), theme
        for language in LANGUAGES:
            assert risk_policy.theme_titles[theme].get(language)
    for question in risk_policy.questions:
        texts = {question.text.get(language) for language in LANGUAGES}
        assert len(texts) == 3, question.id  # really translated, not copied
    critical = {q.id for q in risk_policy.questions if q.critical}
    assert {"hv_strangulation", "hv_threat_to_kill"} <= critical


def test_shipped_questionnaire_extremes(risk_policy: RiskPolicy) -> None:
    all_no: dict[str, bool | str] = {
        q.id: (q.options[0].id if q.is_choice else False) for q in risk_policy.questions
    }
    nothing = score_assessment(risk_policy, all_no)
    assert (nothing.score, nothing.computed_level, nothing.answered) == (0, RiskLevel.LOW, nothing.total)
    all_worst: dict[str, bool | str] = {
        q.id: (max(q.options, key=lambda o: o.score).id if q.is_choice else True)
        for q in risk_policy.questions
    }
    worst = score_assessment(risk_policy, all_worst)
    assert worst.score == risk_policy.max_score
    assert worst.computed_level is RiskLevel.EXTREME
    assert risk_policy.max_score > risk_policy.thresholds[RiskLevel.EXTREME]


def test_shipped_threat_to_kill_alone_is_high(risk_policy: RiskPolicy) -> None:
    assert score_assessment(risk_policy, {"hv_threat_to_kill": True}).computed_level is RiskLevel.HIGH


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(thresholds={"medium": 5, "high": 5, "extreme": 9}), "rise"),
        (lambda d: d["themes"][0]["questions"].append(dict(d["themes"][0]["questions"][0])), "duplicate"),
        (lambda d: d["themes"][0].update(id="weather"), "weather"),
        (lambda d: d["themes"][0]["questions"][0]["text"].pop("kk"), r"text\.kk"),
        (lambda d: d["review_days"].pop("extreme"), "review_days.extreme"),
        (lambda d: d["themes"][0]["questions"][0].update(weight=True), "integer"),
        (lambda d: d.update(critical_minimum_level="severe"), "critical_minimum_level"),
    ],
)
def test_malformed_policy_is_refused(change: Any, message: str) -> None:
    data = copy.deepcopy(small_policy_data())
    change(data)
    with pytest.raises(PolicyDataError, match=message):
        RiskPolicy.from_dict(data)


def test_from_json_matches_from_dict() -> None:
    data = small_policy_data()
    assert RiskPolicy.from_json(json.dumps(data)) == RiskPolicy.from_dict(data)


def test_localized_text_falls_back_to_english(risk_policy: RiskPolicy) -> None:
    question = risk_policy.questions[0]
    assert question.text.get("de") == question.text.en
    assert question.text.get("kk") == question.text.kk != question.text.en
