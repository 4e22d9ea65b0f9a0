"""Kinds, topics and outcomes of an inspector's visits, and the rules a logged visit must meet."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from inspector_desk.domain.errors import ValidationError

# Laptop and phone clocks differ by a few minutes; a visit "just now" must not be refused for that.
FUTURE_TOLERANCE = timedelta(minutes=5)


class VisitKind(StrEnum):
    DOOR_TO_DOOR = "door_to_door"
    PREVENTION = "prevention"
    DV_FOLLOW_UP = "dv_follow_up"
    RECEPTION = "reception"
    PREVENTIVE_TALK = "preventive_talk"


class PreventiveTopic(StrEnum):
    CHILDREN_SAFETY = "children_safety"
    DRUGS = "drugs"
    INTERNET_FRAUD = "internet_fraud"
    ROAD_SAFETY = "road_safety"
    DOMESTIC_VIOLENCE = "domestic_violence"
    OTHER = "other"


class VisitOutcome(StrEnum):
    MET = "met"
    NOT_HOME = "not_home"
    REFUSED = "refused"
    MOVED_OUT = "moved_out"
    OTHER = "other"


def validate_visit(
    kind: VisitKind,
    *,
    visited_at: datetime,
    now: datetime,
    topic: PreventiveTopic | None = None,
) -> None:
    """Refuse a preventive talk with no topic, or a visit dated more than 5 minutes in the future.

    ``visited_at`` and ``now`` must both be timezone-aware or both naive; mixing them is a
    programming error (ValueError), not a user's mistake.
    """
    if (visited_at.tzinfo is None) != (now.tzinfo is None):
        raise ValueError("visited_at and now must both be timezone-aware or both naive")
    if kind is VisitKind.PREVENTIVE_TALK and topic is None:
        raise ValidationError("topic", "visit.topic_required", "A preventive talk needs a topic")
    if visited_at > now + FUTURE_TOLERANCE:
        raise ValidationError("visited_at", "visit.in_future", "The visit time may not be in the future")
