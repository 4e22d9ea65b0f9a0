"""Accounts and tokens: Argon2id passwords with a policy, lockout after repeated failures,
short-lived JWT access tokens and rotating refresh tokens bound to a device."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.password_policy import RULE_TEXT, check_password
from inspector_desk.hq.config import LOCK_AFTER_FAILURES, LOCK_MINUTES, Settings
from inspector_desk.hq.db import HqDatabase
from inspector_desk.hq.errors import ApiError, forbidden, unauthorized
from inspector_desk.hq.ids import new_id, to_ms, utcnow
from inspector_desk.hq.models import AuditRecord, Beat, Device, RefreshToken, User
from inspector_desk.hq.scope import Caller, beats_of, holder_of
from inspector_desk.sync.protocol import BeatInfo, Me, TokenResponse

ALGORITHM = "HS256"
_hasher = PasswordHasher()  # argon2-cffi's defaults are Argon2id with RFC 9106 parameters
# Verified against when the login is unknown, so both answers take the same time.
_DUMMY_HASH = _hasher.hash("not-a-real-password-0")


class PasswordPolicyError(ValueError):
    pass


def check_password_policy(password: str, login: str | None = None) -> None:
    """The shared rule of ``domain.password_policy`` (10+ characters, three kinds, not the login)."""
    try:
        check_password(password, login=login)
    except ValidationError as exc:
        raise PasswordPolicyError(f"password: {exc.message} ({RULE_TEXT})") from None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def hq_audit(session: Session, action: str, user_id: str | None, **values: Any) -> None:
    session.add(AuditRecord(id=new_id(), at=utcnow(), source="hq", user_id=user_id, action=action, **values))


def me_of(session: Session, user: User) -> Me:
    beats = session.scalars(select(Beat).where(Beat.id.in_(beats_of(session, user))).order_by(Beat.code))
    return Me(
        user_id=user.id,
        login=user.login,
        full_name=user.full_name,
        role=user.role,  # type: ignore[arg-type]
        unit_id=user.unit_id,
        beats=[BeatInfo(id=b.id, code=b.code, name=b.name, unit_id=b.unit_id) for b in beats],
    )


@dataclass(frozen=True, slots=True)
class Auth:
    db: HqDatabase
    settings: Settings

    # -- tokens ---------------------------------------------------------------------------

    def _issue(self, session: Session, user: User, device: Device) -> TokenResponse:
        now = utcnow()
        issued = to_ms(now) // 1000
        # Scope is deliberately not a claim: it is read from the data on every request, so a
        # reassigned beat is out of reach at once, not after the token expires.
        claims = {
            "sub": user.id,
            "role": user.role,
            "dev": device.id,
            "iat": issued,
            "exp": issued + self.settings.access_ttl_s,
            "jti": secrets.token_hex(8),
        }
        access = jwt.encode(claims, self.settings.secret, algorithm=ALGORITHM)
        refresh = secrets.token_urlsafe(32)
        session.add(
            RefreshToken(
                token_hash=_token_hash(refresh),
                user_id=user.id,
                device_id=device.id,
                created_at=now,
                expires_at=now + timedelta(seconds=self.settings.refresh_ttl_s),
            )
        )
        return TokenResponse(
            access_token=access,
            expires_in=self.settings.access_ttl_s,
            refresh_token=refresh,
            refresh_expires_in=self.settings.refresh_ttl_s,
            user=me_of(session, user),
            server_time_ms=to_ms(now),
        )

    def login(self, login: str, password: str, device_id: str, device_name: str | None) -> TokenResponse:
        failure: ApiError | None = None
        with self.db.write() as writer:
            session = writer.session
            user = session.scalars(select(User).where(User.login == login)).one_or_none()
            now = utcnow()
            if user is None:
                _verify(_DUMMY_HASH, password)
                # An unknown account: recorded with the login as typed (committed, then refused).
                hq_audit(
                    session,
                    "login",
                    None,
                    device_id=device_id[:64],
                    changes={"login": login[:80]},
                    outcome="denied",
                )
                failure = unauthorized("bad_credentials", "login or password is wrong")
            elif user.locked_until is not None and user.locked_until > now:
                raise ApiError(
                    429,
                    "locked",
                    f"too many failed attempts: the account is locked until {user.locked_until:%H:%M} UTC",
                )
            elif not _verify(user.password_hash, password):
                user.failed_attempts += 1
                if user.failed_attempts >= LOCK_AFTER_FAILURES:
                    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    user.failed_attempts = 0
                    hq_audit(session, "account_locked", user.id, outcome="denied")
                hq_audit(session, "login", user.id, device_id=device_id, outcome="denied")
                # Raised after commit: the failure count must persist although the login fails.
                failure = unauthorized("bad_credentials", "login or password is wrong")
            else:
                user.failed_attempts = 0
                user.locked_until = None
                if user.revoked:
                    raise forbidden("revoked", "this account has been revoked")
                device = session.get(Device, device_id)
                if device is not None and device.revoked:
                    raise forbidden("revoked", "this device has been revoked")
                if device is None:
                    device = Device(id=device_id, user_id=user.id, name=device_name, created_at=now)
                    session.add(device)
                device.user_id = user.id
                device.last_seen_at = now
                session.flush()
                hq_audit(session, "login", user.id, device_id=device_id)
                return self._issue(session, user, device)
        assert failure is not None
        raise failure

    def refresh(self, token: str, device_id: str) -> TokenResponse:
        with self.db.write() as writer:
            session = writer.session
            row = session.scalars(
                select(RefreshToken).where(RefreshToken.token_hash == _token_hash(token))
            ).one_or_none()
            now = utcnow()
            if row is None or row.device_id != device_id or row.revoked or row.expires_at <= now:
                reset = row is not None and row.revoked and row.device_id == device_id
                if reset and row is not None and _holder_revoked(session, row):
                    # Also after the access token expired: the laptop learns it is revoked and wipes.
                    raise forbidden("revoked", "this account or device has been revoked")
                if reset and row is not None and _reset_since(session, row):
                    # Distinct from a lapsed session: the laptop wipes itself and is set up again.
                    raise forbidden("password_reset", "the password was reset at HQ: set up the laptop again")
                raise unauthorized("invalid_token", "the refresh token is not valid: sign in again")
            if row.used_at is not None:
                # A rotated token used again means it was copied: cut off the device's sessions.
                session.execute(
                    update(RefreshToken).where(RefreshToken.device_id == device_id).values(revoked=True)
                )
                reuse = unauthorized("refresh_reused", "this refresh token was already used: sign in again")
            else:
                reuse = None
                row.used_at = now
                user = session.get(User, row.user_id)
                device = session.get(Device, device_id)
                assert user is not None
                assert device is not None
                if user.revoked or device.revoked:
                    raise forbidden("revoked", "this account or device has been revoked")
                device.last_seen_at = now
                return self._issue(session, user, device)
        assert reuse is not None
        raise reuse

    # -- requests -------------------------------------------------------------------------

    def caller(self, authorization: str | None) -> Caller:
        """The caller of a request, checked against the database: a revoked account or device
        is refused at once, not when its access token expires."""
        if not authorization or not authorization.lower().startswith("bearer "):
            raise unauthorized("missing_token", "Authorization: Bearer <access token> is required")
        token = authorization[7:].strip()
        try:
            claims = jwt.decode(
                token,
                self.settings.secret,
                algorithms=[ALGORITHM],
                options={"require": ["exp", "sub", "dev"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise unauthorized("token_expired", "the access token has expired: refresh it") from exc
        except jwt.PyJWTError as exc:
            raise unauthorized("invalid_token", "the access token is not valid") from exc
        with self.db.read_connection() as conn:
            # The account, the device and the beats in one round trip: scope is read from the
            # data on every request (a reassigned beat is out of reach at once).
            holder = holder_of(conn, str(claims["dev"]))
            if holder is None or holder.user_id != str(claims["sub"]):
                raise unauthorized("invalid_token", "the access token is not valid")
            if holder.user_revoked or holder.device_revoked:
                raise forbidden("revoked", "this account or device has been revoked")
            return Caller(holder.user_id, holder.role, holder.unit_id, holder.device_id, holder.beats)


def _holder_revoked(session: Session, token: RefreshToken) -> bool:
    user, device = session.get(User, token.user_id), session.get(Device, token.device_id)
    return bool((user is not None and user.revoked) or (device is not None and device.revoked))


def _reset_since(session: Session, token: RefreshToken) -> bool:
    """Was the token's user given a new password by an administrator after the token was issued?
    (HQ's own audit entries only: an entry pushed by a laptop cannot fake a reset.)"""
    reset = session.scalars(
        select(AuditRecord.id).where(
            AuditRecord.source == "hq",
            AuditRecord.entity == "users",
            AuditRecord.entity_id == token.user_id,
            AuditRecord.action == "reset_password",
            AuditRecord.at >= token.created_at,
        )
    ).first()
    return reset is not None


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
