"""Working-day calendar over the shipped Kazakhstan holiday data: holidays, weekend shifts, transfers,
year ends and the limits of the data."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_desk.domain.calendar import CalendarRangeError, WorkCalendar, add_months
from inspector_desk.domain.policy_data import PolicyDataError


def test_covers_2024_to_2027(cal: WorkCalendar) -> None:
    assert (cal.first_year, cal.last_year) == (2024, 2027)


def test_ordinary_weekdays_and_weekends(cal: WorkCalendar) -> None:
    assert cal.is_working_day(date(2025, 2, 12))  # Wednesday
    assert not cal.is_working_day(date(2025, 2, 15))  # Saturday
    assert not cal.is_working_day(date(2025, 2, 16))  # Sunday


@pytest.mark.parametrize(
    "day",
    [
        date(2025, 1, 1),
        date(2025, 1, 2),
        date(2025, 1, 7),  # Orthodox Christmas
        date(2025, 3, 21),  # Nauryz, Friday
        date(2025, 5, 1),
        date(2025, 5, 7),
        date(2025, 5, 9),
        date(2025, 6, 6),  # Kurban Ait
        date(2025, 12, 16),
        date(2026, 5, 27),  # Kurban Ait
        date(2024, 10, 25),  # Republic Day, Friday
        date(2026, 7, 6),
    ],
)
def test_public_holidays_on_weekdays_are_days_off(cal: WorkCalendar, day: date) -> None:
    assert day.weekday() < 5
    assert not cal.is_working_day(day)


@pytest.mark.parametrize(
    ("holiday", "shifted_to"),
    [
        (date(2025, 3, 8), date(2025, 3, 10)),  # Saturday -> Monday
        (date(2025, 3, 22), date(2025, 3, 24)),  # Nauryz Sat+Sun -> Mon+Tue
        (date(2025, 3, 23), date(2025, 3, 25)),
        (date(2025, 8, 30), date(2025, 9, 1)),
        (date(2025, 10, 25), date(2025, 10, 27)),
        (date(2026, 3, 21), date(2026, 3, 24)),  # Sat+Sun, Monday is itself Nauryz -> Tue+Wed
        (date(2026, 3, 22), date(2026, 3, 25)),
        (date(2026, 5, 9), date(2026, 5, 11)),
        (date(2024, 7, 6), date(2024, 7, 8)),
        (date(2027, 1, 2), date(2027, 1, 4)),
    ],
)
def test_holiday_on_a_weekend_moves_to_the_next_working_day(
    cal: WorkCalendar, holiday: date, shifted_to: date
) -> None:
    assert holiday.weekday() >= 5
    assert not cal.is_working_day(shifted_to)
    assert shifted_to.weekday() < 5


def test_a_weekend_shift_ends_the_long_weekend(cal: WorkCalendar) -> None:
    # Nauryz 2026: Sat 21, Sun 22, Mon 23 (holiday), Tue 24 and Wed 25 (shifted); Thursday works.
    off = [date(2026, 3, 20) + timedelta(days=i) for i in range(1, 6)]
    assert not any(cal.is_working_day(d) for d in off)
    assert cal.is_working_day(date(2026, 3, 20))
    assert cal.is_working_day(date(2026, 3, 26))


@pytest.mark.parametrize(
    "monday_after",
    [date(2024, 1, 8), date(2024, 6, 17)],  # Christmas and Kurban Ait 2024 fell on Sundays
)
def test_christmas_and_kurban_ait_do_not_move(cal: WorkCalendar, monday_after: date) -> None:
    assert cal.is_working_day(monday_after)


def test_government_transfers(cal: WorkCalendar) -> None:
    # 2024: day off moved from Saturday 4 May to Wednesday 8 May.
    assert cal.is_working_day(date(2024, 5, 4))
    assert not cal.is_working_day(date(2024, 5, 8))
    # 2025: day off moved from Sunday 5 January to Friday 3 January.
    assert cal.is_working_day(date(2025, 1, 5))
    assert not cal.is_working_day(date(2025, 1, 3))


def test_2026_has_246_working_days_as_published(cal: WorkCalendar) -> None:
    assert cal.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == 246


def test_add_working_days_skips_nauryz(cal: WorkCalendar) -> None:
    # Thursday 20 March 2025: 21 (holiday), 22-23 (weekend), 24-25 (shifted) are all off.
    assert cal.add_working_days(date(2025, 3, 20), 1) == date(2025, 3, 26)


def test_start_day_is_not_counted_even_when_it_is_off(cal: WorkCalendar) -> None:
    assert cal.add_working_days(date(2025, 2, 15), 1) == date(2025, 2, 17)  # Saturday -> Monday
    assert cal.add_working_days(date(2025, 2, 17), 0) == date(2025, 2, 17)


def test_across_year_ends(cal: WorkCalendar) -> None:
    assert cal.add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 5)
    # 1 Jan 2027 Friday, 2 Jan Saturday (moved to Monday 4 Jan).
    assert cal.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 5)
    assert cal.add_working_days(date(2026, 1, 5), -1) == date(2025, 12, 31)


@pytest.mark.parametrize("day", [date(2028, 1, 3), date(2023, 12, 29), date(2030, 6, 1)])
def test_dates_outside_the_data_raise_a_clear_error(cal: WorkCalendar, day: date) -> None:
    with pytest.raises(CalendarRangeError, match="2024-2027") as caught:
        cal.is_working_day(day)
    assert caught.value.day == day


def test_counting_into_an_uncovered_year_raises(cal: WorkCalendar) -> None:
    with pytest.raises(CalendarRangeError):
        cal.add_working_days(date(2027, 12, 28), 5)
    with pytest.raises(CalendarRangeError):
        cal.working_days_between(date(2028, 1, 3), date(2028, 1, 3))


@settings(max_examples=200)
@given(
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 9, 30)),
    n=st.integers(min_value=-40, max_value=40),
)
def test_add_and_count_agree(cal: WorkCalendar, start: date, n: int) -> None:
    if n < 0 and start < date(2024, 3, 1):
        n = -n  # counting back from early 2024 would leave the data
    end = cal.add_working_days(start, n)
    assert cal.working_days_between(start, end) == n
    if n != 0:
        assert cal.is_working_day(end)
        assert (end > start) == (n > 0)


def _data(holidays_data: Any) -> Any:
    return copy.deepcopy(holidays_data)


def test_refuses_a_gap_between_years(holidays_data: Any) -> None:
    data = _data(holidays_data)
    del data["years"]["2025"]
    with pytest.raises(PolicyDataError, match="consecutive"):
        WorkCalendar.from_dict(data)


def test_refuses_a_worked_weekday(holidays_data: Any) -> None:
    data = _data(holidays_data)
    data["years"]["2025"]["transfers"].append({"day_off": "2025-02-14", "working_day": "2025-02-12"})
    with pytest.raises(PolicyDataError, match="already a working day"):
        WorkCalendar.from_dict(data)


def test_refuses_a_date_filed_under_the_wrong_year(holidays_data: Any) -> None:
    data = _data(holidays_data)
    data["years"]["2025"]["holidays"].append("2026-02-12")
    with pytest.raises(PolicyDataError, match="not in 2025"):
        WorkCalendar.from_dict(data)


def test_refuses_a_malformed_date(holidays_data: Any) -> None:
    data = _data(holidays_data)
    data["years"]["2024"]["holidays"][0] = "2024-13-01"
    with pytest.raises(PolicyDataError, match=r"holidays\[0\]"):
        WorkCalendar.from_dict(data)


def test_every_year_documents_its_source(cal: WorkCalendar) -> None:
    for year in cal.years.values():
        assert year.source
    assert "expected" in cal.years[2027].source.lower()


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 12, 31), 2, date(2025, 2, 28)),
        (date(2025, 3, 15), 12, date(2026, 3, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_from_json_reads_the_same_calendar(holidays_data: Any, cal: WorkCalendar) -> None:
    assert WorkCalendar.from_json(json.dumps(holidays_data)) == cal
