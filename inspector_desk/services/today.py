"""The Today screen's question — what is due or overdue now — answered in one call, most
urgent first in each list: registry visits, DV reviews, protective orders ending, appeals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inspector_desk.services.appeals import AppealRow, appeals_by_deadline
from inspector_desk.services.base import Actor
from inspector_desk.services.dv_cases import CaseDue, MeasureDue, cases_due_for_review, expiring_measures
from inspector_desk.services.visits import DueVisit, due_visits
from inspector_desk.store.db import Database

# The product's horizons: orders ending in the next 3 days, appeals within 3 working days.
ORDER_HORIZON_DAYS = 3
APPEAL_HORIZON_WORKING_DAYS = 3
LIST_LIMIT = 500


@dataclass(frozen=True, slots=True)
class TodayView:
    on: date
    due_visits: list[DueVisit]
    cases_due: list[CaseDue]
    expiring_orders: list[MeasureDue]
    appeals_due: list[AppealRow]
    # True where a list was cut at LIST_LIMIT rows (the screen says "and more").
    visits_truncated: bool = False
    appeals_truncated: bool = False

    @property
    def total(self) -> int:
        return len(self.due_visits) + len(self.cases_due) + len(self.expiring_orders) + len(self.appeals_due)


def today(db: Database, actor: Actor, *, on: date) -> TodayView:
    """Everything due or overdue for ``actor`` on ``on``, each list ordered by urgency."""
    visits = due_visits(db, actor, on=on, limit=LIST_LIMIT + 1)
    cases = [c for c in cases_due_for_review(db, actor, on=on) if c.days_overdue >= 0]
    orders = expiring_measures(db, actor, on=on, within_days=ORDER_HORIZON_DAYS)
    appeals = appeals_by_deadline(
        db, actor, on=on, within_working_days=APPEAL_HORIZON_WORKING_DAYS, limit=LIST_LIMIT
    )
    return TodayView(
        on=on,
        due_visits=visits[:LIST_LIMIT],
        cases_due=cases,
        expiring_orders=orders,
        appeals_due=appeals.rows,
        visits_truncated=len(visits) > LIST_LIMIT,
        appeals_truncated=appeals.has_more,
    )
