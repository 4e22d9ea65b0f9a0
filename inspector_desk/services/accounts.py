"""Accounts on this laptop: the local copy of units, beats and users HQ provisions, and the
``Actor`` (role and beats in scope) every other service acts as.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from inspector_desk.domain.errors import NotFound, ValidationError
from inspector_desk.services.base import Actor, Role
from inspector_desk.store.db import Database
from inspector_desk.store.models import Beat, BeatAssignment, Unit, User


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: str
    login: str
    full_name: str
    role: Role
    unit_id: str | None
    active: bool


@dataclass(frozen=True, slots=True)
class BeatRecord:
    id: str
    code: str
    name: str
    unit_id: str | None


def create_unit(db: Database, name: str, *, unit_id: str | None = None) -> str:
    if not name.strip():
        raise ValidationError("name", "required", "the unit needs a name")
    with db.write() as session:
        unit = Unit(name=name.strip())
        if unit_id:
            unit.id = unit_id
        session.add(unit)
        session.flush()
        return unit.id


def create_beat(
    db: Database, code: str, name: str, unit_id: str | None, *, beat_id: str | None = None
) -> str:
    if not code.strip():
        raise ValidationError("code", "required", "the beat needs a code")
    with db.write() as session:
        if session.scalar(select(Beat.id).where(Beat.code == code.strip())) is not None:
            raise ValidationError("code", "unique", f"a beat with code {code.strip()} already exists")
        beat = Beat(code=code.strip(), name=name.strip() or code.strip(), unit_id=unit_id)
        if beat_id:
            beat.id = beat_id
        session.add(beat)
        session.flush()
        return beat.id


def create_user(
    db: Database,
    login: str,
    full_name: str,
    role: Role,
    *,
    unit_id: str | None = None,
    beat_ids: list[str] | tuple[str, ...] = (),
    user_id: str | None = None,
) -> str:
    """Provision a local account (HQ sends these; the demo and tests make them directly)."""
    login = login.strip()
    if not login:
        raise ValidationError("login", "required", "the login is required")
    with db.write() as session:
        if session.scalar(select(User.id).where(User.login == login)) is not None:
            raise ValidationError("login", "unique", f"the login {login} is taken")
        user = User(login=login, full_name=full_name.strip(), role=Role(role).value, unit_id=unit_id)
        if user_id:
            user.id = user_id
        session.add(user)
        session.flush()
        for beat_id in beat_ids:
            session.add(BeatAssignment(user_id=user.id, beat_id=beat_id))
        return user.id


def assign_beat(db: Database, user_id: str, beat_id: str) -> None:
    with db.write() as session:
        if session.get(BeatAssignment, (user_id, beat_id)) is None:
            session.add(BeatAssignment(user_id=user_id, beat_id=beat_id))


def actor_for(db: Database, user_id: str, *, device_id: str = "local") -> Actor:
    """The actor for a signed-in user: an inspector's assigned beats, a supervisor's unit's."""
    with db.read() as session:
        user = session.get(User, user_id)
        if user is None or not user.active:
            raise NotFound(f"no active account {user_id} on this laptop")
        role = Role(user.role)
        if role is Role.INSPECTOR:
            beats = session.scalars(select(BeatAssignment.beat_id).where(BeatAssignment.user_id == user.id))
        elif role is Role.SUPERVISOR:
            beats = session.scalars(select(Beat.id).where(Beat.unit_id == user.unit_id))
        else:
            beats = session.scalars(select(Beat.id))
        return Actor(
            user_id=user.id,
            role=role,
            beat_ids=frozenset(beats),
            unit_id=user.unit_id,
            device_id=device_id,
            full_name=user.full_name,
        )


def find_user(db: Database, login: str) -> UserRecord:
    with db.read() as session:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            raise NotFound(f"no account {login}")
        return _user_record(user)


def list_users(db: Database, *, unit_id: str | None = None, role: Role | None = None) -> list[UserRecord]:
    with db.read() as session:
        query = select(User).order_by(User.full_name)
        if unit_id is not None:
            query = query.where(User.unit_id == unit_id)
        if role is not None:
            query = query.where(User.role == role.value)
        return [_user_record(u) for u in session.scalars(query)]


def list_beats(db: Database, actor: Actor) -> list[BeatRecord]:
    with db.read() as session:
        rows = session.scalars(select(Beat).where(Beat.id.in_(sorted(actor.beat_ids))).order_by(Beat.code))
        return [BeatRecord(b.id, b.code, b.name, b.unit_id) for b in rows]


def inspectors_of_beats(db: Database, beat_ids: list[str]) -> dict[str, list[str]]:
    """beat id -> the inspectors (user ids) assigned to it."""
    with db.read() as session:
        out: dict[str, list[str]] = {b: [] for b in beat_ids}
        rows = session.execute(
            select(BeatAssignment.beat_id, BeatAssignment.user_id)
            .join(User, User.id == BeatAssignment.user_id)
            .where(BeatAssignment.beat_id.in_(beat_ids), User.role == Role.INSPECTOR.value)
        )
        for beat_id, uid in rows:
            out[beat_id].append(uid)
        return out


def _user_record(user: User) -> UserRecord:
    return UserRecord(user.id, user.login, user.full_name, Role(user.role), user.unit_id, user.active)
