"""HQ administration: units, beats, accounts, assignments, reassignment and revocation, as plain
functions (used by tests and the supervisor endpoint) and as ``python -m inspector_desk.hq admin``."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from sqlalchemy import select, update

from inspector_desk.hq.auth import PasswordPolicyError, check_password_policy, hash_password, hq_audit
from inspector_desk.hq.db import HqDatabase, Writer
from inspector_desk.hq.errors import ApiError
from inspector_desk.hq.ids import new_id, utcnow
from inspector_desk.hq.models import Beat, BeatAssignment, Device, RefreshToken, Unit, User
from inspector_desk.hq.reassign import reassign_beat, reassign_case, reassign_resident
from inspector_desk.hq.scope import all_scopes, log_scope_changes

ROLES = ("inspector", "supervisor", "admin")


class AdminError(ValueError):
    pass


def _user(writer: Writer, login_or_id: str) -> User:
    session = writer.session
    user = (
        session.get(User, login_or_id)
        or session.scalars(select(User).where(User.login == login_or_id)).one_or_none()
    )
    if user is None:
        raise AdminError(f"no user {login_or_id!r}")
    return user


def _beat(writer: Writer, code_or_id: str) -> Beat:
    session = writer.session
    beat = (
        session.get(Beat, code_or_id)
        or session.scalars(select(Beat).where(Beat.code == code_or_id)).one_or_none()
    )
    if beat is None:
        raise AdminError(f"no beat {code_or_id!r}")
    return beat


def _unit(writer: Writer, name_or_id: str) -> Unit:
    session = writer.session
    unit = (
        session.get(Unit, name_or_id)
        or session.scalars(select(Unit).where(Unit.name == name_or_id)).one_or_none()
    )
    if unit is None:
        raise AdminError(f"no unit {name_or_id!r}")
    return unit


def create_unit(db: HqDatabase, name: str) -> str:
    with db.write() as writer:
        if writer.session.scalars(select(Unit).where(Unit.name == name)).first() is not None:
            raise AdminError(f"unit {name!r} exists")
        unit = Unit(id=new_id(), name=name, created_at=utcnow())
        writer.session.add(unit)
        hq_audit(writer.session, "create_unit", None, entity="units", entity_id=unit.id)
        return unit.id


def create_beat(db: HqDatabase, code: str, name: str, unit: str | None) -> str:
    with db.write() as writer:
        if writer.session.scalars(select(Beat).where(Beat.code == code)).first() is not None:
            raise AdminError(f"beat {code!r} exists")
        before = all_scopes(writer.session)
        beat = Beat(id=new_id(), code=code, name=name, unit_id=_unit(writer, unit).id if unit else None)
        writer.session.add(beat)
        log_scope_changes(writer, before)  # the unit's supervisors gain the beat
        hq_audit(writer.session, "create_beat", None, entity="beats", entity_id=beat.id)
        return beat.id


def create_user(
    db: HqDatabase, login: str, full_name: str, role: str, password: str, unit: str | None = None
) -> str:
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    try:
        check_password_policy(password, login)
    except PasswordPolicyError as exc:
        raise AdminError(str(exc)) from None
    with db.write() as writer:
        if writer.session.scalars(select(User).where(User.login == login)).first() is not None:
            raise AdminError(f"login {login!r} exists")
        before = all_scopes(writer.session)
        user = User(
            id=new_id(),
            login=login,
            full_name=full_name,
            role=role,
            unit_id=_unit(writer, unit).id if unit else None,
            password_hash=hash_password(password),
            failed_attempts=0,
            revoked=False,
            created_at=utcnow(),
        )
        writer.session.add(user)
        log_scope_changes(writer, before)
        hq_audit(writer.session, "create_user", None, entity="users", entity_id=user.id)
        return user.id


def assign_beat(db: HqDatabase, user: str, beat: str) -> None:
    """Give an inspector one more beat (keeps the ones they have)."""
    with db.write() as writer:
        target, place = _user(writer, user), _beat(writer, beat)
        if target.role != "inspector":
            raise AdminError("beats are assigned to inspectors; supervisors get units")
        if writer.session.get(BeatAssignment, (target.id, place.id)) is None:
            before = all_scopes(writer.session)
            writer.session.add(BeatAssignment(user_id=target.id, beat_id=place.id))
            log_scope_changes(writer, before)
            hq_audit(
                writer.session, "assign_beat", None, entity="users", entity_id=target.id, beat_id=place.id
            )


def assign_unit(db: HqDatabase, user: str, unit: str) -> None:
    with db.write() as writer:
        target, group = _user(writer, user), _unit(writer, unit)
        before = all_scopes(writer.session)
        changes = {"unit_id": [target.unit_id, group.id]}
        target.unit_id = group.id
        log_scope_changes(writer, before)
        hq_audit(writer.session, "assign_unit", None, entity="users", entity_id=target.id, changes=changes)


def admin_reassign_beat(db: HqDatabase, beat: str, to_user: str) -> int:
    with db.write() as writer:
        place, target = _beat(writer, beat), _user(writer, to_user)
        return reassign_beat(writer, place.id, target.id)


def admin_reassign_resident(
    db: HqDatabase, resident_id: str, to_beat: str, with_household: bool
) -> dict[str, int]:
    with db.write() as writer:
        return reassign_resident(
            writer, resident_id, _beat(writer, to_beat).id, with_household=with_household
        )


def admin_reassign_case(
    db: HqDatabase, case_id: str, to_beat: str | None, to_user: str | None
) -> dict[str, int]:
    with db.write() as writer:
        beat_id = _beat(writer, to_beat).id if to_beat else None
        owner_id = _user(writer, to_user).id if to_user else None
        return reassign_case(writer, case_id, beat_id, owner_id)


def revoke_device(db: HqDatabase, device_id: str) -> None:
    with db.write() as writer:
        device = writer.session.get(Device, device_id)
        if device is None:
            raise AdminError(f"no device {device_id!r}")
        device.revoked = True
        writer.session.execute(
            update(RefreshToken).where(RefreshToken.device_id == device_id).values(revoked=True)
        )
        hq_audit(writer.session, "revoke_device", None, device_id=device_id)


def revoke_user(db: HqDatabase, user: str) -> None:
    with db.write() as writer:
        target = _user(writer, user)
        before = all_scopes(writer.session)
        target.revoked = True
        writer.session.execute(
            update(RefreshToken).where(RefreshToken.user_id == target.id).values(revoked=True)
        )
        log_scope_changes(writer, before)
        hq_audit(writer.session, "revoke_user", None, entity="users", entity_id=target.id)


def reset_password(db: HqDatabase, user: str, password: str) -> None:
    with db.write() as writer:
        target = _user(writer, user)
        try:
            check_password_policy(password, target.login)
        except PasswordPolicyError as exc:
            raise AdminError(str(exc)) from None
        target.password_hash = hash_password(password)
        target.failed_attempts = 0
        target.locked_until = None
        writer.session.execute(
            update(RefreshToken).where(RefreshToken.user_id == target.id).values(revoked=True)
        )
        hq_audit(writer.session, "reset_password", None, entity="users", entity_id=target.id)


def listing(db: HqDatabase) -> dict[str, list[dict[str, object]]]:
    with db.read() as session:
        assignments: dict[str, list[str]] = {}
        for a in session.scalars(select(BeatAssignment)):
            assignments.setdefault(a.user_id, []).append(a.beat_id)
        return {
            "units": [
                {"id": u.id, "name": u.name} for u in session.scalars(select(Unit).order_by(Unit.name))
            ],
            "beats": [
                {"id": b.id, "code": b.code, "name": b.name, "unit_id": b.unit_id}
                for b in session.scalars(select(Beat).order_by(Beat.code))
            ],
            "users": [
                {
                    "id": u.id,
                    "login": u.login,
                    "full_name": u.full_name,
                    "role": u.role,
                    "unit_id": u.unit_id,
                    "revoked": u.revoked,
                    "beats": sorted(assignments.get(u.id, [])),
                }
                for u in session.scalars(select(User).order_by(User.login))
            ],
            "devices": [
                {"id": d.id, "user_id": d.user_id, "revoked": d.revoked, "clock_skew_ms": d.clock_skew_ms}
                for d in session.scalars(select(Device).order_by(Device.id))
            ],
        }


# --- command line --------------------------------------------------------------------------------


def add_admin_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    admin = sub.add_parser("admin", help="manage units, beats, accounts and devices")
    cmds = admin.add_subparsers(dest="admin_command", required=True)
    p = cmds.add_parser("create-unit")
    p.add_argument("name")
    p = cmds.add_parser("create-beat")
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--unit")
    p = cmds.add_parser("create-user")
    p.add_argument("login")
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--unit")
    p.add_argument("--password", help="prompted for when absent")
    p = cmds.add_parser("assign-beat", help="give an inspector a beat")
    p.add_argument("user")
    p.add_argument("beat")
    p = cmds.add_parser("assign-unit", help="put a supervisor (or anyone) in a unit")
    p.add_argument("user")
    p.add_argument("unit")
    p = cmds.add_parser("reassign-beat", help="the beat goes to another inspector (alone)")
    p.add_argument("beat")
    p.add_argument("to_user")
    p = cmds.add_parser("reassign-resident")
    p.add_argument("resident_id")
    p.add_argument("to_beat")
    p.add_argument("--with-household", action="store_true")
    p = cmds.add_parser("reassign-case")
    p.add_argument("case_id")
    p.add_argument("--to-beat")
    p.add_argument("--to-user")
    p = cmds.add_parser("revoke-device")
    p.add_argument("device_id")
    p = cmds.add_parser("revoke-user")
    p.add_argument("user")
    p = cmds.add_parser("reset-password")
    p.add_argument("user")
    p.add_argument("--password")
    cmds.add_parser("list")


def _password(given: str | None) -> str:
    if given:
        return given
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat: "):
        raise AdminError("the passwords differ")
    return first


def run_admin(db: HqDatabase, args: argparse.Namespace) -> int:
    cmd = args.admin_command
    try:
        out: object
        if cmd == "create-unit":
            out = create_unit(db, args.name)
        elif cmd == "create-beat":
            out = create_beat(db, args.code, args.name, args.unit)
        elif cmd == "create-user":
            out = create_user(db, args.login, args.full_name, args.role, _password(args.password), args.unit)
        elif cmd == "assign-beat":
            assign_beat(db, args.user, args.beat)
            out = "ok"
        elif cmd == "assign-unit":
            assign_unit(db, args.user, args.unit)
            out = "ok"
        elif cmd == "reassign-beat":
            out = f"{admin_reassign_beat(db, args.beat, args.to_user)} scope changes"
        elif cmd == "reassign-resident":
            out = admin_reassign_resident(db, args.resident_id, args.to_beat, args.with_household)
        elif cmd == "reassign-case":
            if not args.to_beat and not args.to_user:
                raise AdminError("give --to-beat, --to-user or both")
            out = admin_reassign_case(db, args.case_id, args.to_beat, args.to_user)
        elif cmd == "revoke-device":
            revoke_device(db, args.device_id)
            out = "ok"
        elif cmd == "revoke-user":
            revoke_user(db, args.user)
            out = "ok"
        elif cmd == "reset-password":
            reset_password(db, args.user, _password(args.password))
            out = "ok"
        else:
            out = listing(db)
    except (AdminError, ApiError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(out if isinstance(out, str) else json.dumps(out, indent=2, ensure_ascii=False))
    return 0
