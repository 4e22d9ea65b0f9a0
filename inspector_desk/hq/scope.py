"""Who may see which beats, computed from the data on every request (never trusted from a token),
and the change-log entries that tell laptops when a beat enters or leaves their scope."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_desk.hq.db import Writer
from inspector_desk.hq.models import Beat, BeatAssignment, User


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


def beats_of(session: Session, user: User) -> frozenset[str]:
    """Inspector: assigned beats. Supervisor: every beat of their unit. Admin: every beat."""
    if user.revoked:
        return frozenset()
    if user.role == "inspector":
        rows = session.scalars(select(BeatAssignment.beat_id).where(BeatAssignment.user_id == user.id))
    elif user.role == "supervisor":
        if user.unit_id is None:
            return frozenset()
        rows = session.scalars(select(Beat.id).where(Beat.unit_id == user.unit_id))
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
