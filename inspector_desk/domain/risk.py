"""Domestic-violence risk assessment: the questionnaire policy (from its data file), the score and
level it gives, the officer's raise-only override, and how often a case is reviewed at each level."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.policy_data import (
    LocalizedText,
    PolicyDataError,
    parse_enum,
    require_int,
    require_list,
    require_mapping,
    require_str,
)


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    EXTREME = "extreme"

    @property
    def rank(self) -> int:
        """0 (low) .. 3 (extreme): compare levels by rank, never by their string values."""
        return _RANKS[self]

    @classmethod
    def highest(cls, *levels: RiskLevel) -> RiskLevel:
        return max(levels, key=lambda level: level.rank)


_RANKS = {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 1, RiskLevel.HIGH: 2, RiskLevel.EXTREME: 3}


class RiskTheme(StrEnum):
    CURRENT_SITUATION = "current_situation"
    CHILDREN = "children"
    HISTORY_OF_VIOLENCE = "history_of_violence"
    OFFENDER = "offender"


@dataclass(frozen=True, slots=True)
class RiskOption:
    """One answer of a multiple-choice question."""

    id: str
    text: LocalizedText
    score: int
    critical: bool = False


@dataclass(frozen=True, slots=True)
class RiskQuestion:
    """A yes/no question (``weight`` counts on yes) or, when ``options`` is set, a choice question."""

    id: str
    theme: RiskTheme
    text: LocalizedText
    weight: int
    critical: bool = False
    options: tuple[RiskOption, ...] = ()

    @property
    def is_choice(self) -> bool:
        return bool(self.options)

    def option(self, option_id: str) -> RiskOption | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True, slots=True)
class RiskPolicy:
    """The questionnaire, thresholds and review intervals of ``resources/policy/risk_questionnaire.json``."""

    instrument: str
    questions: tuple[RiskQuestion, ...]
    thresholds: Mapping[RiskLevel, int]
    critical_minimum_level: RiskLevel
    review_days: Mapping[RiskLevel, int]
    theme_titles: Mapping[RiskTheme, LocalizedText]

    @classmethod
    def from_json(cls, text: str) -> RiskPolicy:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RiskPolicy:
        root = require_mapping(data, "risk")
        questions: list[RiskQuestion] = []
        titles: dict[RiskTheme, LocalizedText] = {}
        for i, raw_theme in enumerate(require_list(root.get("themes"), "risk.themes")):
            where = f"risk.themes[{i}]"
            theme_data = require_mapping(raw_theme, where)
            theme = parse_enum(RiskTheme, require_str(theme_data, "id", where), f"{where}.id")
            titles[theme] = LocalizedText.from_dict(theme_data.get("title"), f"{where}.title")
            for j, raw_q in enumerate(require_list(theme_data.get("questions"), f"{where}.questions")):
                questions.append(_parse_question(theme, raw_q, f"{where}.questions[{j}]"))
        ids = [q.id for q in questions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise PolicyDataError(f"risk.themes: duplicate question ids {duplicates}")
        if not questions:
            raise PolicyDataError("risk.themes: no questions")

        raw_thresholds = require_mapping(root.get("thresholds"), "risk.thresholds")
        thresholds = {
            level: require_int(raw_thresholds, level.value, "risk.thresholds", minimum=1)
            for level in (RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.EXTREME)
        }
        if not thresholds[RiskLevel.MEDIUM] < thresholds[RiskLevel.HIGH] < thresholds[RiskLevel.EXTREME]:
            raise PolicyDataError("risk.thresholds: must rise from medium to high to extreme")
        raw_review = require_mapping(root.get("review_days"), "risk.review_days")
        review_days = {
            level: require_int(raw_review, level.value, "risk.review_days", minimum=1) for level in RiskLevel
        }
        critical_minimum = parse_enum(
            RiskLevel, root.get("critical_minimum_level", "high"), "risk.critical_minimum_level"
        )
        return cls(
            instrument=require_str(root, "instrument", "risk"),
            questions=tuple(questions),
            thresholds=MappingProxyType(thresholds),
            critical_minimum_level=critical_minimum,
            review_days=MappingProxyType(review_days),
            theme_titles=MappingProxyType(titles),
        )

    def question(self, question_id: str) -> RiskQuestion | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def questions_of(self, theme: RiskTheme) -> tuple[RiskQuestion, ...]:
        return tuple(q for q in self.questions if q.theme is theme)

    @property
    def max_score(self) -> int:
        return sum(
            max((o.score for o in q.options), default=0) if q.is_choice else q.weight for q in self.questions
        )

    def level_for_score(self, score: int) -> RiskLevel:
        for level in (RiskLevel.EXTREME, RiskLevel.HIGH, RiskLevel.MEDIUM):
            if score >= self.thresholds[level]:
                return level
        return RiskLevel.LOW


@dataclass(frozen=True, slots=True)
class RiskScore:
    """The result of scoring one set of answers.

    ``critical_answers`` lists the critical questions answered yes (they may have lifted the level).
    """

    score: int
    computed_level: RiskLevel
    answered: int
    total: int
    critical_answers: tuple[str, ...] = ()


def score_assessment(policy: RiskPolicy, answers: Mapping[str, bool | str]) -> RiskScore:
    """Score the answers: yes/no questions take ``True``/``False``, choice questions an option id.

    Unanswered questions count nothing (``answered`` < ``total`` shows the gap). A critical
    question answered yes lifts the level to at least ``policy.critical_minimum_level``,
    whatever the score, as in DASH/SARA-style instruments.
    """
    score = 0
    critical: list[str] = []
    for question_id, answer in answers.items():
        question = policy.question(question_id)
        if question is None:
            raise ValidationError("answers", "risk.unknown_question", f"Unknown risk question: {question_id}")
        field = f"answers[{question_id}]"
        if question.is_choice:
            if not isinstance(answer, str):
                raise ValidationError(field, "risk.invalid_answer", "Choose one of the answer options")
            option = question.option(answer)
            if option is None:
                raise ValidationError(field, "risk.unknown_option", f"Unknown answer option: {answer}")
            score += option.score
            if option.critical:
                critical.append(question_id)
        else:
            if not isinstance(answer, bool):
                raise ValidationError(field, "risk.invalid_answer", "Answer yes or no")
            if answer:
                score += question.weight
                if question.critical:
                    critical.append(question_id)
    level = policy.level_for_score(score)
    if critical:
        level = RiskLevel.highest(level, policy.critical_minimum_level)
    return RiskScore(
        score=score,
        computed_level=level,
        answered=len(answers),
        total=len(policy.questions),
        critical_answers=tuple(critical),
    )


def final_level(computed: RiskLevel, override: RiskLevel | None, reason: str | None) -> RiskLevel:
    """The level that applies: the officer may raise the computed level, with a written reason,
    but never lower it."""
    if override is None:
        return computed
    if override.rank < computed.rank:
        raise ValidationError(
            "override_level", "risk.override_lower", "The risk level may be raised but not lowered"
        )
    if override.rank > computed.rank and (reason is None or not reason.strip()):
        raise ValidationError(
            "override_reason",
            "risk.override_reason_required",
            "A written reason is required to raise the risk level",
        )
    return override


def review_interval(policy: RiskPolicy, level: RiskLevel) -> timedelta:
    return timedelta(days=policy.review_days[level])


def next_review_due(policy: RiskPolicy, level: RiskLevel, last_review: date) -> date:
    return last_review + review_interval(policy, level)


def _parse_question(theme: RiskTheme, raw: object, where: str) -> RiskQuestion:
    data = require_mapping(raw, where)
    question_id = require_str(data, "id", where)
    text = LocalizedText.from_dict(data.get("text"), f"{where}.text")
    critical = data.get("critical", False) is True
    if "options" in data:
        options = tuple(
            RiskOption(
                id=require_str(opt, "id", f"{where}.options[{k}]"),
                text=LocalizedText.from_dict(opt.get("text"), f"{where}.options[{k}].text"),
                score=require_int(opt, "score", f"{where}.options[{k}]"),
                critical=opt.get("critical", False) is True,
            )
            for k, opt in (
                (k, require_mapping(o, f"{where}.options[{k}]"))
                for k, o in enumerate(require_list(data["options"], f"{where}.options"))
            )
        )
        if len(options) < 2:
            raise PolicyDataError(f"{where}.options: a choice question needs at least two options")
        return RiskQuestion(
            id=question_id, theme=theme, text=text, weight=0, critical=critical, options=options
        )
    weight = require_int(data, "weight", where, minimum=1)
    return RiskQuestion(id=question_id, theme=theme, text=text, weight=weight, critical=critical)
