"""Fixtures that load the shipped policy and calendar data files, so the tests check the real data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from inspector_desk.domain.calendar import WorkCalendar
from inspector_desk.domain.risk import RiskPolicy
from inspector_desk.domain.schedule import VisitPolicy

REPO_ROOT = Path(__file__).resolve().parents[3]


def load_resource(relative: str) -> Any:
    return json.loads((REPO_ROOT / "resources" / relative).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def holidays_data() -> Any:
    return load_resource("calendar/kz_holidays.json")


@pytest.fixture(scope="session")
def cal(holidays_data: Any) -> WorkCalendar:
    return WorkCalendar.from_dict(holidays_data)


@pytest.fixture(scope="session")
def risk_data() -> Any:
    return load_resource("policy/risk_questionnaire.json")


@pytest.fixture(scope="session")
def risk_policy(risk_data: Any) -> RiskPolicy:
    return RiskPolicy.from_dict(risk_data)


@pytest.fixture(scope="session")
def schedule_data() -> Any:
    return load_resource("policy/visit_schedule.json")


@pytest.fixture(scope="session")
def visit_policy(schedule_data: Any) -> VisitPolicy:
    return VisitPolicy.from_dict(schedule_data)
