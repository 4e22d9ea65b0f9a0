"""Finding the application's data files, in a checkout and in the frozen bundle alike, and the
policies (calendar, risk questionnaire, visit schedule) loaded from them once per process.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from inspector_desk.domain.calendar import WorkCalendar
from inspector_desk.domain.risk import RiskPolicy
from inspector_desk.domain.schedule import VisitPolicy


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (``sys._MEIPASS`` in a PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def _load_json(*parts: str) -> Any:
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))


@cache
def work_calendar() -> WorkCalendar:
    return WorkCalendar.from_dict(_load_json("calendar", "kz_holidays.json"))


@cache
def risk_policy() -> RiskPolicy:
    return RiskPolicy.from_dict(_load_json("policy", "risk_questionnaire.json"))


@cache
def visit_policy() -> VisitPolicy:
    return VisitPolicy.from_dict(_load_json("policy", "visit_schedule.json"))
