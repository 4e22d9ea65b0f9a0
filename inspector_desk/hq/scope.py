"""Who may see which beats, computed from the data on every request (never trusted from a token),
and the change-log entries that tell laptops when a beat enters or leaves their scope."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, bindparam, or_, select
from sqlalchemy.orm import Session

from inspector_desk.hq.db import Writer
from inspector_desk.hq.models import Beat, BeatAssignment, Device, User


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated user of a request, with the beats in their scope right now."""

    user_id: str
    role: str
    unit_id: str | None
    device_id: str
    beats: frozenset[str]

    def sees(self, beat_id: str | None) -> bool:
        return beat_id is not None and beat_id in self.beats


@dataclass(frozen=True, slots=True)
class Holder:
    """The account holding a device, with its beats: what every request is checked against."""

    user_id: str
    role: str
    unit_id: str | None
    user_revoked: bool
    device_id: str
    device_revoked: bool
    beats: frozenset[str]


# Built once: it runs on every request, and building and caching the statement cost more CPU
# than the query itself.
_INSPECTOR = and_(User.role == "inspector", BeatAssignment.user_id == User.id)
HOLDER_QUERY = (
    select(User.id, User.role, User.unit_id, User.revoked, Device.id, Device.revoked, Beat.id)
    .select_from(Device)
    .join(User, User.id == Device.user_id)
    .outerjoin(BeatAssignment, _INSPECTOR)
    .outerjoin(
        Beat,
        or_(
            and_(User.role == "inspector", Beat.id == BeatAssignment.beat_id),
            and_(User.role == "supervisor", Beat.unit_id == User.unit_id),
            User.role == "admin",
        ),
    )
    .where(Device.id == bindparam("device_id"))
)


def holder_of(session: Session | Connection, device_id: str) -> Holder | None:
    """The device's account and its beats (as ``beats_of``) in ONE query: it runs on every
    request, so a round trip saved here is one saved per request."""
    rows = session.execute(HOLDER_QUERY, {"device_id": device_id}).all()
    if not rows:
        return None
    first = rows[0]
    beats = frozenset(r[6] for r in rows if r[6] is not None) if not first[3] else frozenset()
    return Holder(first[0], first[1], first[2], bool(first[3]), first[4], bool(first[5]), beats)


def beats_of(session: Session, user: User) -> frozenset[str]:
    """Inspector: assigned beats. Supervisor: every beat of their unit. Admin: every beat."""
    return beat_ids(session, user.id, user.role, user.unit_id, revoked=user.revoked)


def beat_ids(
    session: Session, user_id: str, role: str, unit_id: str | None, *, revoked: bool
) -> frozenset[str]:
    """``beats_of`` from the user's columns (one query, no ORM object needed)."""
    if revoked:
        return frozenset()
    if role == "inspector":
        rows = session.scalars(select(BeatAssignment.beat_id).where(BeatAssignment.user_id == user_id))
    elif role == "supervisor":
        if unit_id is None:
            return frozenset()
        rows = session.scalars(select(Beat.id).where(Beat.unit_id == unit_id))
    else:
        rows = session.scalars(select(Beat.id))
    return frozenset(rows)


def all_scopes(session: Session) -> dict[str, frozenset[str]]:
    """Scope of every syncing user (inspectors and supervisors): taken before and after an
    organisational change to find whose laptops must be told."""
    users = session.scalars(select(User).where(User.role.in_(("inspector", "supervisor")))).all()
    return {u.id: beats_of(session, u) for u in users}


def log_scope_changes(writer: Writer, before: dict[str, frozenset[str]]) -> int:
    """Write grant/revoke entries for every user whose scope differs from ``before``."""
    writer.session.flush()
    after = all_scopes(writer.session)
    count = 0
    for user_id in sorted(set(before) | set(after)):
        old, new = before.get(user_id, frozenset()), after.get(user_id, frozenset())
        for beat_id in sorted(old - new):
            writer.log("scope", user_id=user_id, beat_id=beat_id, action="revoke")
            count += 1
        for beat_id in sorted(new - old):
            writer.log("scope", user_id=user_id, beat_id=beat_id, action="grant")
            count += 1
    return count
