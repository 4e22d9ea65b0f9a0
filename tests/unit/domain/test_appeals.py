"""Appeal deadlines (15 working days) and the rules for extending them."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_desk.domain.appeals import (
    APPEAL_RESPONSE_WORKING_DAYS,
    appeal_deadline,
    days_left,
    extension_limit,
    is_overdue,
    validate_extension,
    working_days_left,
)
from inspector_desk.domain.calendar import WorkCalendar
from inspector_desk.domain.errors import ValidationError


def test_term_is_fifteen_working_days() -> None:
    assert APPEAL_RESPONSE_WORKING_DAYS == 15


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        (date(2025, 2, 3), date(2025, 2, 24)),  # Monday, three plain weeks
        (date(2025, 2, 8), date(2025, 2, 28)),  # received on a Saturday
        # Thursday before Nauryz: 21-25 March are all off, so counting starts on the 26th.
        (date(2025, 3, 20), date(2025, 4, 15)),
        # Over New Year 2026 (1-2 Jan, weekend, 7 Jan Christmas).
        (date(2025, 12, 24), date(2026, 1, 19)),
    ],
)
def test_deadline(cal: WorkCalendar, received: date, deadline: date) -> None:
    assert appeal_deadline(received, cal) == deadline


def rule_of(received: date, current: date, new: date, reason: str) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_extension(received, current, new, reason)
    return caught.value.rule


def test_valid_extension_passes() -> None:
    validate_extension(date(2025, 2, 3), date(2025, 2, 24), date(2025, 3, 31), "Awaiting expert report")


def test_extension_must_move_the_deadline_later() -> None:
    received, current = date(2025, 2, 3), date(2025, 2, 24)
    assert rule_of(received, current, current, "reason") == "appeal.extension_before_deadline"
    assert rule_of(received, current, date(2025, 2, 20), "reason") == "appeal.extension_before_deadline"


@pytest.mark.parametrize(
    ("received", "limit"),
    [
        (date(2025, 2, 3), date(2025, 4, 3)),
        (date(2024, 12, 31), date(2025, 2, 28)),  # clamped to the month's end
        (date(2023, 12, 31), date(2024, 2, 29)),  # leap year
    ],
)
def test_extension_limit_is_two_calendar_months(received: date, limit: date) -> None:
    assert extension_limit(received) == limit
    validate_extension(received, received, limit, "reason")
    assert (
        rule_of(received, received, date.fromordinal(limit.toordinal() + 1), "reason")
        == "appeal.extension_limit"
    )


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_extension_needs_a_reason(reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_extension(date(2025, 2, 3), date(2025, 2, 24), date(2025, 3, 10), reason)
    assert (caught.value.field, caught.value.rule) == ("reason", "appeal.extension_reason")


def test_days_left_and_overdue(cal: WorkCalendar) -> None:
    deadline = date(2025, 2, 24)
    assert days_left(deadline, date(2025, 2, 20)) == 4
    assert days_left(deadline, deadline) == 0
    assert days_left(deadline, date(2025, 2, 25)) == -1
    assert working_days_left(deadline, date(2025, 2, 20), cal) == 2  # Friday 21, Monday 24
    assert not is_overdue(deadline, deadline)
    assert is_overdue(deadline, date(2025, 2, 25))
    assert not is_overdue(deadline, date(2025, 3, 30), answered_on=date(2025, 2, 24))
    assert is_overdue(deadline, date(2025, 3, 30), answered_on=date(2025, 2, 25))
