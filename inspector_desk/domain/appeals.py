"""Deadlines of citizens' appeals received at the beat: the legal response term in working days,
and the rules for extending it."""

from __future__ import annotations

from datetime import date

from inspector_desk.domain.calendar import WorkCalendar, add_months
from inspector_desk.domain.errors import ValidationError

APPEAL_RESPONSE_WORKING_DAYS = 15
# An extension may never push the answer later than this many calendar months after receipt.
APPEAL_EXTENSION_LIMIT_MONTHS = 2


def appeal_deadline(received: date, cal: WorkCalendar) -> date:
    """The last day to answer: the 15th working day after the day of receipt (which is not counted)."""
    return cal.add_working_days(received, APPEAL_RESPONSE_WORKING_DAYS)


def extension_limit(received: date) -> date:
    """The latest date an extended deadline may have: two calendar months after receipt."""
    return add_months(received, APPEAL_EXTENSION_LIMIT_MONTHS)


def validate_extension(received: date, current_deadline: date, new_deadline: date, reason: str) -> None:
    """Refuse an extension that does not move the deadline later, goes past the limit, or has no reason."""
    if new_deadline <= current_deadline:
        raise ValidationError(
            "new_deadline",
            "appeal.extension_before_deadline",
            f"The new deadline must be after the current deadline ({current_deadline.isoformat()})",
        )
    limit = extension_limit(received)
    if new_deadline > limit:
        raise ValidationError(
            "new_deadline",
            "appeal.extension_limit",
            f"The deadline may be extended to at most two months after receipt ({limit.isoformat()})",
        )
    if not reason or not reason.strip():
        raise ValidationError(
            "reason", "appeal.extension_reason", "A reason is required to extend the deadline"
        )


def days_left(deadline: date, today: date) -> int:
    """Calendar days until the deadline: 0 on the day itself, negative once it has passed."""
    return (deadline - today).days


def working_days_left(deadline: date, today: date, cal: WorkCalendar) -> int:
    """Working days after today up to and including the deadline; negative once it has passed."""
    return cal.working_days_between(today, deadline)


def is_overdue(deadline: date, today: date, answered_on: date | None = None) -> bool:
    """An appeal is overdue when it is answered after its deadline, or unanswered once the deadline passed."""
    if answered_on is not None:
        return answered_on > deadline
    return today > deadline
