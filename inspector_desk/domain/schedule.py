"""How often persons on the prevention registry must be visited (policy from its data file), and the
date rules of protective measures (protective order, court's special requirements, referrals)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from inspector_desk.domain.calendar import add_months
from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.policy_data import (
    LocalizedText,
    PolicyDataError,
    parse_enum,
    require_int,
    require_mapping,
)

PROTECTIVE_ORDER_DAYS = 30
SPECIAL_REQUIREMENTS_MIN_MONTHS = 3
SPECIAL_REQUIREMENTS_MAX_MONTHS = 12


class RegistryCategory(StrEnum):
    PROTECTIVE_ORDER = "protective_order"
    SPECIAL_REQUIREMENTS = "special_requirements"
    PAROLE = "parole"
    ADMINISTRATIVE_SUPERVISION = "administrative_supervision"
    OFFICIAL_WARNING = "official_warning"
    NON_CUSTODIAL_SENTENCE = "non_custodial_sentence"
    UNSPENT_CONVICTION = "unspent_conviction"
    JUVENILE_AT_RISK = "juvenile_at_risk"
    FAMILY_IN_DIFFICULTY = "family_in_difficulty"


@dataclass(frozen=True, slots=True)
class CategoryRule:
    category: RegistryCategory
    interval_days: int
    label: LocalizedText


@dataclass(frozen=True, slots=True)
class VisitPolicy:
    """Visit interval per registry category, from ``resources/policy/visit_schedule.json``.

    Every category must be present in the data, so a new category can never silently go unvisited.
    """

    rules: Mapping[RegistryCategory, CategoryRule]

    @classmethod
    def from_json(cls, text: str) -> VisitPolicy:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VisitPolicy:
        root = require_mapping(data, "visit_schedule")
        raw_categories = require_mapping(root.get("categories"), "visit_schedule.categories")
        rules: dict[RegistryCategory, CategoryRule] = {}
        for key, raw in raw_categories.items():
            where = f"visit_schedule.categories.{key}"
            category = parse_enum(RegistryCategory, key, where)
            entry = require_mapping(raw, where)
            rules[category] = CategoryRule(
                category=category,
                interval_days=require_int(entry, "interval_days", where, minimum=1),
                label=LocalizedText.from_dict(entry.get("label"), f"{where}.label"),
            )
        missing = [c.value for c in RegistryCategory if c not in rules]
        if missing:
            raise PolicyDataError(f"visit_schedule.categories: no rule for {', '.join(missing)}")
        return cls(rules=MappingProxyType(rules))

    def interval(self, category: RegistryCategory) -> timedelta:
        return timedelta(days=self.rules[category].interval_days)


def next_visit_due(
    policy: VisitPolicy,
    categories: Iterable[RegistryCategory],
    last_visit: date | None,
    registered_since: date,
) -> date | None:
    """When the next visit is due, or None when the person has no active registry category.

    The most demanding (shortest) interval among the categories wins. With no visit yet the
    interval runs from ``registered_since``: placing someone on the registry is itself done in
    person, so that contact counts as the first visit (a person newly registered under a
    protective order is thus due within 7 days, not "overdue from day one").
    """
    intervals = [policy.interval(c) for c in set(categories)]
    if not intervals:
        return None
    base = last_visit if last_visit is not None else registered_since
    return base + min(intervals)


class MeasureKind(StrEnum):
    PROTECTIVE_ORDER = "protective_order"
    SPECIAL_REQUIREMENTS = "special_requirements"
    REFERRAL = "referral"
    OTHER = "other"


def protective_order_end(start: date) -> date:
    return start + timedelta(days=PROTECTIVE_ORDER_DAYS)


def validate_measure_dates(kind: MeasureKind, start: date, end: date | None) -> date | None:
    """Check a measure's dates and return its effective end date.

    - any kind: the end may not be before the start;
    - protective order: runs 30 days, so the end is ``start + 30 days`` (filled in when not given);
    - court's special requirements: set for 3 months to 1 year (calendar months), end required;
    - referral and other: an open end (None) is allowed and returned as None.
    """
    if end is not None and end < start:
        raise ValidationError(
            "end_date", "measure.end_before_start", "The end date may not be before the start date"
        )
    if kind is MeasureKind.PROTECTIVE_ORDER:
        expected = protective_order_end(start)
        if end is not None and end != expected:
            raise ValidationError(
                "end_date",
                "measure.protective_order_term",
                f"A protective order runs {PROTECTIVE_ORDER_DAYS} days: it ends on {expected.isoformat()}",
            )
        return expected
    if kind is MeasureKind.SPECIAL_REQUIREMENTS:
        earliest = add_months(start, SPECIAL_REQUIREMENTS_MIN_MONTHS)
        latest = add_months(start, SPECIAL_REQUIREMENTS_MAX_MONTHS)
        if end is None or not earliest <= end <= latest:
            raise ValidationError(
                "end_date",
                "measure.special_requirements_term",
                "Special requirements are set for 3 months to 1 year: "
                f"the end date must be from {earliest.isoformat()} to {latest.isoformat()}",
            )
        return end
    return end
