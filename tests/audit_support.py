"""Reading the client's audit journal back in tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from inspector_desk.store.db import Database
from inspector_desk.store.models import AuditEntry


def audit_entries(db: Database, **where: Any) -> list[AuditEntry]:
    """The journal's entries whose columns equal ``where``, oldest first."""
    with db.read() as s:
        query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
        for name, value in where.items():
            query = query.where(getattr(AuditEntry, name) == value)
        return list(s.scalars(query))
