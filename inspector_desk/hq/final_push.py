"""The final push of a revoked (or password-reset) laptop: its outbox, kept at HQ before its wipe.

A revoked device is refused everywhere else, and its access token has usually expired, so the
laptop cannot push its unsent edits the normal way. It may instead send them once more, signed
by the refresh token it still holds (``POST /v1/sync/final-push``). HQ accepts that token here
only when an administrator revoked the device or account, or reset the password, after the token
was issued, and only for ``FINAL_PUSH_DAYS`` after that; the token stays revoked for everything
else. Every change is kept in quarantine (never applied) for the supervisor to decide on,
idempotent by change id like a normal push, and the push (accepted or refused) is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from inspector_desk.hq.auth import _token_hash, hq_audit
from inspector_desk.hq.db import HqDatabase
from inspector_desk.hq.errors import ApiError, forbidden
from inspector_desk.hq.ids import now_ms, utcnow
from inspector_desk.hq.models import AppliedChange, AuditRecord, Device, RefreshToken, User
from inspector_desk.hq.push import APPLIED, quarantine, store_audit
from inspector_desk.hq.scope import Caller
from inspector_desk.sync.protocol import ChangeResult, FinalPushRequest, FinalPushResponse

FINAL_PUSH_DAYS = 30
# The administrator's actions that let a token be used for a final push, and the quarantine reason.
REASONS = {
    "revoke_device": "pushed by a revoked device before its wipe",
    "revoke_user": "pushed by a revoked account before its wipe",
    "reset_password": "pushed before the laptop's wipe after a password reset",
}


@dataclass(frozen=True, slots=True)
class _Pusher:
    caller: Caller
    reason: str


def final_push(db: HqDatabase, request: FinalPushRequest) -> FinalPushResponse:
    """Quarantine the changes of a revoked laptop's final push (see the module's docstring)."""
    hq_now = now_ms()
    failure: ApiError | None = None
    with db.write() as writer:
        session = writer.session
        pusher = _authorise(session, request)
        if isinstance(pusher, ApiError):
            # Committed, then refused: an attempt with a stolen or guessed token is on record.
            hq_audit(
                session,
                "final_push",
                None,
                device_id=request.device_id,
                changes={"error": pusher.error, "changes": len(request.changes)},
                outcome="denied",
            )
            failure = pusher
        else:
            caller, reason = pusher.caller, pusher.reason
            rows = session.execute(
                select(APPLIED.c.change_id, APPLIED.c.result).where(
                    APPLIED.c.change_id.in_(sorted({c.change_id for c in request.changes}))
                )
            )
            known: dict[str, dict[str, Any]] = dict(rows.all())
            results: list[ChangeResult] = []
            stored: list[str] = []  # change ids kept now, remembered like applied ones
            for change in request.changes:
                if change.change_id in known:  # pushed before: nothing is kept twice
                    done = ChangeResult.model_validate(known[change.change_id])
                    results.append(done.model_copy(update={"duplicate": True}))
                    continue
                result = quarantine(writer, caller, change, reason)
                known[change.change_id] = result.model_dump(mode="json")
                stored.append(change.change_id)
                results.append(result)
            now = utcnow()
            session.add_all(
                AppliedChange(
                    change_id=c, user_id=caller.user_id, device_id=caller.device_id, result=known[c], at=now
                )
                for c in stored
            )
            store_audit(session, caller, request)
            hq_audit(
                session,
                "final_push",
                caller.user_id,
                device_id=caller.device_id,
                changes={
                    "reason": reason,
                    "quarantined": len(stored),
                    "duplicates": len(results) - len(stored),
                    "audit": len(request.audit),
                },
            )
            return FinalPushResponse(
                results=results,
                audit_accepted=len(request.audit),
                server_time_ms=hq_now,
                clock_skew_ms=request.client_time_ms - hq_now,
                reason=reason,
            )
    assert failure is not None
    raise failure


def _authorise(session: Session, request: FinalPushRequest) -> _Pusher | ApiError:
    """Whose final push this is, or why it is refused (the token is checked like a refresh)."""
    token = session.scalars(
        select(RefreshToken).where(RefreshToken.token_hash == _token_hash(request.refresh_token))
    ).one_or_none()
    device = session.get(Device, request.device_id)
    user = session.get(User, token.user_id) if token is not None else None
    if token is None or device is None or user is None or token.device_id != device.id:
        return _bad_token("not a token of this device")
    if device.user_id != user.id:
        return _bad_token("this device now belongs to another account")
    if not (token.revoked or device.revoked or user.revoked):
        return ApiError(
            409,
            "not_revoked",
            "this device is not revoked: send its changes with the normal push (/v1/sync/push)",
        )
    if token.used_at is not None:
        return _bad_token("replaced by a newer token of this device")
    if user.role not in ("inspector", "supervisor"):
        return forbidden("forbidden_role", "administrators do not sync field data")
    event = _revocation(session, token)
    if event is None:
        return _bad_token("ended without a revocation or password reset: sign in again")
    action, revoked_at = event
    if token.expires_at <= revoked_at:
        return _bad_token("had expired before the revocation")
    ends = revoked_at + timedelta(days=FINAL_PUSH_DAYS)
    if utcnow() > ends:
        return ApiError(
            403,
            "final_push_expired",
            f"refresh_token: a final push is accepted for {FINAL_PUSH_DAYS} days after the revocation; "
            f"that ended on {ends:%Y-%m-%d}",
            field="refresh_token",
        )
    caller = Caller(user.id, user.role, user.unit_id, device.id, frozenset())
    return _Pusher(caller, REASONS[action])


def _bad_token(rule: str) -> ApiError:
    return ApiError(401, "invalid_token", f"refresh_token: {rule}", field="refresh_token")


def _revocation(session: Session, token: RefreshToken) -> tuple[str, datetime] | None:
    """The administrator's first revocation or password reset that ended ``token`` (HQ's own
    audit entries only: a laptop's pushed entries cannot open the way)."""
    row = session.execute(
        select(AuditRecord.action, AuditRecord.at)
        .where(
            AuditRecord.source == "hq",
            AuditRecord.at >= token.created_at,
            or_(
                and_(AuditRecord.action == "revoke_device", AuditRecord.device_id == token.device_id),
                and_(
                    AuditRecord.action.in_(("revoke_user", "reset_password")),
                    AuditRecord.entity == "users",
                    AuditRecord.entity_id == token.user_id,
                ),
            ),
        )
        .order_by(AuditRecord.at)
        .limit(1)
    ).first()
    return (str(row[0]), row[1]) if row is not None else None
