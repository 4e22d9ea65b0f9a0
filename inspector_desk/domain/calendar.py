"""Kazakhstan's working-day calendar (weekends, public holidays, their transfers) for deadlines
counted in working days, and calendar-month arithmetic."""

from __future__ import annotations

import calendar as _stdlib_calendar
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from inspector_desk.domain.policy_data import (
    PolicyDataError,
    parse_iso_date,
    require_list,
    require_mapping,
)

_SATURDAY = 5
_ONE_DAY = timedelta(days=1)


class CalendarRangeError(ValueError):
    """A date falls in a year the calendar data does not cover.

    Guessing that such a year has no holidays would give a wrong legal deadline, so the
    caller must say so to the user (or the data file must be updated) instead.
    """

    def __init__(self, day: date, first_year: int, last_year: int) -> None:
        super().__init__(
            f"no working-day calendar for {day.isoformat()}: "
            f"the holiday data covers {first_year}-{last_year} only"
        )
        self.day = day
        self.first_year = first_year
        self.last_year = last_year


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = _stdlib_calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


@dataclass(frozen=True, slots=True)
class CalendarYear:
    """One year of the data file: which weekdays are off, and which weekend days are worked."""

    year: int
    days_off: frozenset[date]
    working_weekend_days: frozenset[date]
    source: str
    notes: str


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """Working days for the years in the data file; any other year raises ``CalendarRangeError``."""

    years: Mapping[int, CalendarYear]
    # Working days from the first covered day through each day: counts become O(1) lookups
    # (Today asks for the working days left of hundreds of appeals at once).
    _first_day: date = field(init=False, repr=False, compare=False)
    _cumulative: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first = date(min(self.years), 1, 1)
        last = date(max(self.years), 12, 31)
        counts: list[int] = []
        running = 0
        day = first
        while day <= last:
            running += self.is_working_day(day)
            counts.append(running)
            day += _ONE_DAY
        object.__setattr__(self, "_first_day", first)
        object.__setattr__(self, "_cumulative", tuple(counts))

    @classmethod
    def from_json(cls, text: str) -> WorkCalendar:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkCalendar:
        """Build from the parsed ``resources/calendar/kz_holidays.json``.

        Each year has ``holidays`` (ISO dates that are days off) and ``transfers``: objects
        with ``day_off`` (an extra day off, usually a weekday) and optionally ``working_day``
        (a Saturday or Sunday that becomes a working day).
        """
        root = require_mapping(data, "calendar")
        years_data = require_mapping(root.get("years"), "calendar.years")
        years: dict[int, CalendarYear] = {}
        for key, raw in years_data.items():
            if not key.isdigit():
                raise PolicyDataError(f"calendar.years: {key!r} is not a year")
            year = int(key)
            years[year] = _parse_year(year, require_mapping(raw, f"calendar.years.{key}"))
        if not years:
            raise PolicyDataError("calendar.years: no years")
        ordered = sorted(years)
        if ordered != list(range(ordered[0], ordered[-1] + 1)):
            raise PolicyDataError(f"calendar.years: years must be consecutive, got {ordered}")
        return cls(years=years)

    @property
    def first_year(self) -> int:
        return min(self.years)

    @property
    def last_year(self) -> int:
        return max(self.years)

    def _year(self, day: date) -> CalendarYear:
        found = self.years.get(day.year)
        if found is None:
            raise CalendarRangeError(day, self.first_year, self.last_year)
        return found

    def is_working_day(self, day: date) -> bool:
        year = self._year(day)
        if day in year.working_weekend_days:
            return True
        if day in year.days_off:
            return False
        return day.weekday() < _SATURDAY

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (``start`` itself is not counted, working or not).

        n = 0 gives ``start``; a negative n counts back (day -1 is the last working day before).
        """
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        remaining = abs(n)
        day = start
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: so ``add_working_days(s, k)`` is k working days after s.

        When ``end`` is before ``start`` the count is negative, over [end, start): again the
        inverse of ``add_working_days`` with a negative n.
        """
        # Check the ends first so an uncovered range fails even when start == end.
        self._year(start)
        self._year(end)
        if end < start:
            return -self._count_working(end - _ONE_DAY, start - _ONE_DAY)
        return self._count_working(start, end)

    def _count_working(self, after: date, through: date) -> int:
        """Working days in (after, through]; both within the covered years or the day before."""
        return self._working_through(through) - self._working_through(after)

    def _working_through(self, day: date) -> int:
        index = (day - self._first_day).days
        return self._cumulative[index] if index >= 0 else 0


def _parse_year(year: int, raw: Mapping[str, Any]) -> CalendarYear:
    where = f"calendar.years.{year}"
    days_off: set[date] = set()
    working: set[date] = set()
    for i, item in enumerate(require_list(raw.get("holidays"), f"{where}.holidays")):
        days_off.add(_in_year(parse_iso_date(item, f"{where}.holidays[{i}]"), year, where))
    for i, item in enumerate(require_list(raw.get("transfers", []), f"{where}.transfers")):
        at = f"{where}.transfers[{i}]"
        transfer = require_mapping(item, at)
        days_off.add(_in_year(parse_iso_date(transfer.get("day_off"), f"{at}.day_off"), year, where))
        if transfer.get("working_day") is not None:
            worked = _in_year(parse_iso_date(transfer["working_day"], f"{at}.working_day"), year, where)
            if worked.weekday() < _SATURDAY:
                raise PolicyDataError(f"{at}.working_day: {worked} is already a working day")
            working.add(worked)
    if days_off & working:
        raise PolicyDataError(f"{where}: {sorted(days_off & working)} both off and worked")
    source = raw.get("source", "")
    notes = raw.get("notes", "")
    return CalendarYear(
        year=year,
        days_off=frozenset(days_off),
        working_weekend_days=frozenset(working),
        source=source if isinstance(source, str) else "",
        notes=notes if isinstance(notes, str) else "",
    )


def _in_year(day: date, year: int, where: str) -> date:
    if day.year != year:
        raise PolicyDataError(f"{where}: {day.isoformat()} is not in {year}")
    return day
