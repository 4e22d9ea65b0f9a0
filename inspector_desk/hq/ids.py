"""Identity and time at HQ: UUIDv7 keys for rows HQ creates, naive-UTC timestamps, milliseconds."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())


def utcnow() -> datetime:
    """Now in UTC without a zone: HQ stores every timestamp that way on both backends."""
    return datetime.now(UTC).replace(tzinfo=None)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def to_ms(moment: datetime) -> int:
    return int(moment.replace(tzinfo=UTC).timestamp() * 1000)
