"""Refusals at HQ written to its append-only audit: a request answered 403/404 for a signed-in caller
(another unit's record, a role that may not do it), and a fetch naming records outside the caller's
scope (answered as evictions, exactly like unknown ids, so nothing leaks, but still recorded)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from inspector_desk.hq.auth import hq_audit
from inspector_desk.hq.db import HqDatabase
from inspector_desk.hq.errors import ApiError
from inspector_desk.hq.models import Record
from inspector_desk.hq.scope import Caller

AUDITED_STATUSES = frozenset({403, 404})
MAX_IDS = 50


def audit_refusal(db: HqDatabase, caller: Caller, route: str, path: str, exc: ApiError) -> None:
    """One "denied" entry for a refused request (its own short transaction: the request's rolled back)."""
    if exc.status not in AUDITED_STATUSES:
        return
    # An audit row takes no change-log number, so it does not need the serialised writer.
    with db.read() as session:
        hq_audit(
            session,
            f"api:{route}"[:40],
            caller.user_id,
            device_id=caller.device_id,
            changes={"path": path[:300], "status": exc.status, "error": exc.error, "message": exc.message},
            outcome="denied",
        )


def audit_foreign_fetch(db: HqDatabase, caller: Caller, entity: str, ids: Sequence[str]) -> int:
    """Record a fetch that named existing records outside the caller's scope; how many it named."""
    if not ids:
        return 0
    with db.read() as session:
        foreign = [
            (record_id, beat_id)
            for record_id, beat_id in session.execute(
                select(Record.id, Record.beat_id).where(Record.entity == entity, Record.id.in_(list(ids)))
            )
            if not caller.sees(beat_id)
        ]
        if foreign:
            hq_audit(
                session,
                "api:sync_fetch",
                caller.user_id,
                device_id=caller.device_id,
                entity=entity,
                entity_id=foreign[0][0],
                beat_id=foreign[0][1],
                changes={"ids": [f[0] for f in foreign[:MAX_IDS]], "count": len(foreign)},
                outcome="denied",
            )
    return len(foreign)
