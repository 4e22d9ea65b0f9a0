"""Visit rules: preventive talks need a topic; a visit may not be dated in the future."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.visits import PreventiveTopic, VisitKind, validate_visit

NOW = datetime(2025, 5, 20, 10, 0, tzinfo=UTC)


def test_preventive_talk_needs_a_topic() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_visit(VisitKind.PREVENTIVE_TALK, visited_at=NOW, now=NOW)
    assert (caught.value.field, caught.value.rule) == ("topic", "visit.topic_required")
    validate_visit(VisitKind.PREVENTIVE_TALK, visited_at=NOW, now=NOW, topic=PreventiveTopic.INTERNET_FRAUD)


@pytest.mark.parametrize("kind", [k for k in VisitKind if k is not VisitKind.PREVENTIVE_TALK])
def test_other_kinds_need_no_topic(kind: VisitKind) -> None:
    validate_visit(kind, visited_at=NOW - timedelta(days=3), now=NOW)


@pytest.mark.parametrize("ahead", [timedelta(minutes=5, seconds=1), timedelta(hours=2), timedelta(days=400)])
def test_future_visit_is_refused(ahead: timedelta) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_visit(VisitKind.DOOR_TO_DOOR, visited_at=NOW + ahead, now=NOW)
    assert (caught.value.field, caught.value.rule) == ("visited_at", "visit.in_future")


def test_five_minutes_of_clock_difference_is_tolerated() -> None:
    validate_visit(VisitKind.DOOR_TO_DOOR, visited_at=NOW + timedelta(minutes=5), now=NOW)


def test_time_zones_are_compared_as_instants() -> None:
    almaty = timezone(timedelta(hours=5))
    validate_visit(VisitKind.RECEPTION, visited_at=datetime(2025, 5, 20, 15, 4, tzinfo=almaty), now=NOW)
    with pytest.raises(ValidationError):
        validate_visit(VisitKind.RECEPTION, visited_at=datetime(2025, 5, 20, 15, 6, tzinfo=almaty), now=NOW)


def test_mixing_naive_and_aware_times_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="both"):
        validate_visit(VisitKind.RECEPTION, visited_at=NOW.replace(tzinfo=None), now=NOW)
