"""Drafts: the unsaved values of a form, kept on this laptop so that a crash, a kill or a power cut
does not lose what an inspector typed. Keyed by the user and the form (``"resident:<id>"``,
``"new-resident"``...). Local only: a draft is never written to the sync outbox nor to the audit log,
and never leaves the laptop; it sits in the encrypted store like every other record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services.base import Actor
from inspector_desk.store.db import Database
from inspector_desk.store.ids import utcnow
from inspector_desk.store.models import Draft

FORM_KEY_MAX = 200
# A draft is typed text: a generous bound that still refuses a runaway value.
VALUES_MAX_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class DraftRecord:
    form_key: str
    values: dict[str, Any]
    saved_at: datetime


def _key(form_key: str) -> str:
    key = form_key.strip()
    if not key or len(key) > FORM_KEY_MAX:
        raise ValidationError("form_key", "length", f"A form key has 1 to {FORM_KEY_MAX} characters")
    return key


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """The values as JSON holds them (dates as ISO text), refused when too large."""
    text = json.dumps(values, ensure_ascii=False, default=str)
    if len(text.encode()) > VALUES_MAX_BYTES:
        raise ValidationError("values", "too_long", "The draft is too large to keep")
    plain: dict[str, Any] = json.loads(text)
    return plain


def save_draft(db: Database, actor: Actor, form_key: str, values: dict[str, Any]) -> DraftRecord:
    """Keep (or replace) the draft of ``form_key`` for the signed-in user."""
    key, plain, now = _key(form_key), _plain(values), utcnow()
    with db.write() as session:
        row = session.get(Draft, (actor.user_id, key))
        if row is None:
            session.add(Draft(user_id=actor.user_id, form_key=key, values=plain, saved_at=now))
        else:
            row.values = plain
            row.saved_at = now
    return DraftRecord(key, plain, now)


def load_draft(db: Database, actor: Actor, form_key: str) -> DraftRecord | None:
    """The user's draft of ``form_key``, or None."""
    with db.read() as session:
        row = session.get(Draft, (actor.user_id, _key(form_key)))
        return None if row is None else DraftRecord(row.form_key, dict(row.values), row.saved_at)


def list_drafts(db: Database, actor: Actor) -> list[DraftRecord]:
    """Every draft the user left, newest first (offered again at the next start)."""
    with db.read() as session:
        rows = session.scalars(
            select(Draft).where(Draft.user_id == actor.user_id).order_by(Draft.saved_at.desc())
        ).all()
        return [DraftRecord(r.form_key, dict(r.values), r.saved_at) for r in rows]


def discard_draft(db: Database, actor: Actor, form_key: str) -> bool:
    """Throw the draft away (the form was saved, or the user chose not to restore it)."""
    with db.write() as session:
        result = session.execute(
            delete(Draft).where(Draft.user_id == actor.user_id, Draft.form_key == _key(form_key))
        )
        return bool(getattr(result, "rowcount", 0))
