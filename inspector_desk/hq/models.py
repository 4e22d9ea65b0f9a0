"""HQ's own store as SQLAlchemy 2.x typed models (PostgreSQL in production, SQLite by default).

Synced field data lives in ONE generic document table, ``records``, keyed (entity, id), with the
fields, their HLC stamps and the change-log revision of each field as JSON: per-field merge works
the same for every entity and HQ does not follow every client schema change.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from inspector_desk.hq.ids import new_id, utcnow

ID = String(64)
Json = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: Json, Any: Json}


class HqState(Base):
    """The single row every write transaction locks: the change-log counter and HQ's clock.

    Taking this row first serialises writers, so change-log sequence numbers commit in order and
    a cursor can never pass a row that commits later.
    """

    __tablename__ = "hq_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hlc_last: Mapped[str | None] = mapped_column(String(100))


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Beat(Base):
    __tablename__ = "beats"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[str | None] = mapped_column(ID, ForeignKey("units.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    login: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # inspector | supervisor | admin
    unit_id: Mapped[str | None] = mapped_column(ID, ForeignKey("units.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BeatAssignment(Base):
    __tablename__ = "beat_assignments"
    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), primary_key=True)
    beat_id: Mapped[str] = mapped_column(ID, ForeignKey("beats.id"), primary_key=True, index=True)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(120))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Laptop clock minus HQ clock at its last push: shown to admins, used to correct stamps.
    clock_skew_ms: Mapped[int | None] = mapped_column(BigInteger)


class RefreshToken(Base):
    """A refresh token, stored only as its SHA-256 (it is random, so a slow hash buys nothing)."""

    __tablename__ = "refresh_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), index=True)
    device_id: Mapped[str] = mapped_column(ID, ForeignKey("devices.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Record(Base):
    """One synced client row as a document: fields, per-field stamps and per-field revisions."""

    __tablename__ = "records"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    beat_id: Mapped[str] = mapped_column(ID)
    fields: Mapped[dict[str, Any]] = mapped_column(Json)
    stamps: Mapped[dict[str, Any]] = mapped_column(Json)
    # field -> change-log seq of its last change: "changed since base_rev" is field_revs[f] > base.
    field_revs: Mapped[dict[str, Any]] = mapped_column(Json)
    # field -> device that wrote it last: a device's own earlier edit is never "concurrent" with
    # its later one (a laptop that creates and then edits a record offline pushes both on base 0).
    field_devices: Mapped[dict[str, Any]] = mapped_column(Json)
    rev: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_records_beat", "beat_id", "entity", "id"),)


class ChangeLogEntry(Base):
    """What happened, in commit order. ``change``: a record changed (current state is served);
    ``conflict``: a conflict opened or resolved; ``scope``: a user gained/lost a beat."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(ID)
    beat_id: Mapped[str | None] = mapped_column(ID)
    prev_beat_id: Mapped[str | None] = mapped_column(ID)
    user_id: Mapped[str | None] = mapped_column(ID)  # scope entries: whose scope changed
    action: Mapped[str | None] = mapped_column(String(10))  # scope entries: grant | revoke
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_change_log_beat", "beat_id", "seq"),
        Index("ix_change_log_prev_beat", "prev_beat_id", "seq"),
        Index("ix_change_log_user", "user_id", "seq"),
    )


class AppliedChange(Base):
    """Idempotency: the stored result of every change id ever received."""

    __tablename__ = "applied_changes"
    change_id: Mapped[str] = mapped_column(ID, primary_key=True)
    user_id: Mapped[str] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    result: Mapped[dict[str, Any]] = mapped_column(Json)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Conflict(Base):
    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(ID)
    beat_id: Mapped[str] = mapped_column(ID, index=True)
    field: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))  # field | edit_on_void
    current_value: Mapped[Any] = mapped_column(Json, nullable=True)
    current_stamp: Mapped[str | None] = mapped_column(String(100))
    losing_value: Mapped[Any] = mapped_column(Json, nullable=True)
    losing_stamp: Mapped[str | None] = mapped_column(String(100))
    base_rev: Mapped[int] = mapped_column(BigInteger)
    rev: Mapped[int] = mapped_column(BigInteger)
    current_user_id: Mapped[str | None] = mapped_column(ID)
    losing_user_id: Mapped[str | None] = mapped_column(ID)
    losing_change_id: Mapped[str | None] = mapped_column(ID)
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolved_by: Mapped[str | None] = mapped_column(ID)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[Any] = mapped_column(Json, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_conflicts_record", "entity", "entity_id"),)


class QuarantineEntry(Base):
    """A write outside the pusher's scope (or against a record HQ does not have): kept whole."""

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ID, index=True)
    unit_id: Mapped[str | None] = mapped_column(ID, index=True)  # the pusher's unit at the time
    device_id: Mapped[str | None] = mapped_column(ID)
    change_id: Mapped[str] = mapped_column(ID)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(ID)
    beat_id: Mapped[str] = mapped_column(ID, index=True)
    reason: Mapped[str] = mapped_column(Text)
    change: Mapped[dict[str, Any]] = mapped_column(Json)


class AuditRecord(Base):
    """Append-only audit: entries pushed by laptops and HQ's own (logins, admin, resolutions)."""

    __tablename__ = "audit"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(10))  # client | hq
    pushed_by: Mapped[str | None] = mapped_column(ID)
    user_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(ID)
    beat_id: Mapped[str | None] = mapped_column(ID)
    changes: Mapped[dict[str, Any] | None] = mapped_column(Json, nullable=True)
    outcome: Mapped[str] = mapped_column(String(20), default="ok")

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id", "at"),)
