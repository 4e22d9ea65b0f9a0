"""Identity and time for stored rows: time-ordered UUIDv7 keys made on the client, UTC stamps."""

from __future__ import annotations

from datetime import UTC, datetime

import uuid6


def new_id() -> str:
    """A new UUIDv7 as text: unique without HQ, and ordered by creation time."""
    return str(uuid6.uuid7())


def utcnow() -> datetime:
    """Now in UTC, naive: the store keeps every timestamp in UTC without a zone."""
    return datetime.now(UTC).replace(tzinfo=None)
