"""The beat's records as SQLAlchemy 2.x typed models: one class per table of the local store.

Every synced table shares the same bookkeeping (``SyncedRow``): a client-made UUIDv7 key, the
beat it belongs to, a void flag instead of deletion, who/when stamps, the per-field HLC stamps
sync merges on, and the server revision the row was last seen at. Datetimes are UTC (naive);
dates are the inspector's local calendar dates.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from inspector_desk.store.ids import new_id, utcnow

ID = String(36)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class SyncedRow:
    """Columns every synced table has; sync reads ``field_clock`` and ``server_rev``."""

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    void_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(ID)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(ID)
    # field name -> encoded HLC stamp of its last change; merged field by field by sync.
    field_clock: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # HQ's change-log sequence of the version this row was last synced at (0: never synced).
    server_rev: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))

    __tablename__: Any
    # Columns this device derives from others; never sent to HQ (sync recomputes them).
    LOCAL_FIELDS: ClassVar[frozenset[str]] = frozenset()

    @declared_attr
    def beat_id(cls) -> Mapped[str]:
        return mapped_column(ID, ForeignKey("beats.id"), index=True)


# --- organisation ------------------------------------------------------------------------


class Unit(Base):
    """A local police service: the supervisor's unit of beats."""

    __tablename__ = "units"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    server_rev: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class Beat(Base):
    """An inspector's district (участок)."""

    __tablename__ = "beats"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[str | None] = mapped_column(ID, ForeignKey("units.id"), index=True)
    server_rev: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class User(Base):
    """Local copy of an HQ account: who may act, in which role, on which beats."""

    __tablename__ = "users"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    login: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # inspector | supervisor | admin
    unit_id: Mapped[str | None] = mapped_column(ID, ForeignKey("units.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    server_rev: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class BeatAssignment(Base):
    """Which inspector works which beat."""

    __tablename__ = "beat_assignments"
    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), primary_key=True)
    beat_id: Mapped[str] = mapped_column(ID, ForeignKey("beats.id"), primary_key=True, index=True)


# --- the beat register -------------------------------------------------------------------


class Address(SyncedRow, Base):
    """A building on the beat; ``walk_order`` sorts a door-to-door round."""

    __tablename__ = "addresses"
    locality: Mapped[str | None] = mapped_column(String(120))
    street: Mapped[str] = mapped_column(String(200))
    house: Mapped[str] = mapped_column(String(20))
    walk_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_addresses_street_house", "beat_id", "street", "house"),)


class Household(SyncedRow, Base):
    """A dwelling (apartment or house) at an address, and the people who live in it."""

    __tablename__ = "households"
    address_id: Mapped[str] = mapped_column(ID, ForeignKey("addresses.id"), index=True)
    apartment: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)


class Resident(SyncedRow, Base):
    __tablename__ = "residents"
    household_id: Mapped[str | None] = mapped_column(ID, ForeignKey("households.id"), index=True)
    iin: Mapped[str | None] = mapped_column(String(12))
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    LOCAL_FIELDS = frozenset({"name_key", "sort_name", "search_text", "next_visit_due"})
    # Derived, local only: the folded name for prefix search and sorting, the text the
    # full-text index holds, and the next registry visit due (kept by the services).
    name_key: Mapped[str] = mapped_column(String(300), default="")
    # The full name as a collation key (domain.collation): lists sort in alphabetical order.
    sort_name: Mapped[str] = mapped_column(String(300), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    next_visit_due: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index(
            "uq_residents_iin",
            "iin",
            unique=True,
            sqlite_where=text("iin IS NOT NULL AND deleted = 0"),
            postgresql_where=text("iin IS NOT NULL AND NOT deleted"),
        ),
        Index("ix_residents_name_key", "name_key"),
        Index("ix_residents_beat_name", "beat_id", "name_key"),
        Index("ix_residents_due", "beat_id", "next_visit_due"),
        # A supervisor's unit-wide lists sorted by these columns read the index in order (the id
        # breaks ties in the list's order, so the whole ORDER BY comes from the index).
        Index("ix_residents_sort_name", "sort_name", "id"),
        Index("ix_residents_birth_date", "birth_date", "sort_name"),
        Index("ix_residents_next_due", "next_visit_due", "sort_name"),
    )


class ResidentSearchRow(Base):
    """Local only: gives each resident a stable integer rowid in the full-text index.

    SQLite may renumber the implicit rowids of a table keyed by text (VACUUM), so the
    index is keyed through this table's INTEGER PRIMARY KEY instead. Kept by triggers.
    """

    __tablename__ = "resident_search_map"
    fts_rowid: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[str] = mapped_column(ID, unique=True)
    # The resident's beat, so a one-beat search walks only that beat's part of the index.
    beat_id: Mapped[str] = mapped_column(ID)

    __table_args__ = (Index("ix_search_map_beat", "beat_id", "fts_rowid"),)


class RegistryEntry(SyncedRow, Base):
    """A person on the prevention registry (профилактический учёт) under one category."""

    __tablename__ = "registry_entries"
    resident_id: Mapped[str] = mapped_column(ID, ForeignKey("residents.id"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    basis: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    ended_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_registry_beat_category", "beat_id", "category"),)


class BeatObject(SyncedRow, Base):
    """A place on the beat that matters for prevention: school, alcohol shop, CCTV camera."""

    __tablename__ = "beat_objects"
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    address_id: Mapped[str | None] = mapped_column(ID, ForeignKey("addresses.id"), index=True)
    address_text: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)


class Visit(SyncedRow, Base):
    """A visit, round, reception or preventive talk; append-only (voided, never edited)."""

    __tablename__ = "visits"
    kind: Mapped[str] = mapped_column(String(30))
    topic: Mapped[str | None] = mapped_column(String(40))
    visited_at: Mapped[datetime] = mapped_column(DateTime)
    resident_id: Mapped[str | None] = mapped_column(ID, ForeignKey("residents.id"))
    household_id: Mapped[str | None] = mapped_column(ID, ForeignKey("households.id"))
    dv_case_id: Mapped[str | None] = mapped_column(ID, ForeignKey("dv_cases.id"))
    outcome: Mapped[str] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[str] = mapped_column(ID)

    __table_args__ = (
        Index("ix_visits_resident", "resident_id", "visited_at"),
        Index("ix_visits_household", "household_id", "visited_at"),
        Index("ix_visits_case", "dv_case_id", "visited_at"),
        Index("ix_visits_beat_time", "beat_id", "visited_at"),
        # Covers the caseload's per-officer counts (beat and void flag read from the index).
        Index("ix_visits_officer_time", "officer_id", "visited_at", "beat_id", "deleted"),
    )


# --- domestic-violence prevention -----------------------------------------------------------


class DvCase(SyncedRow, Base):
    __tablename__ = "dv_cases"
    number: Mapped[str] = mapped_column(String(40))
    victim_id: Mapped[str] = mapped_column(ID, ForeignKey("residents.id"), index=True)
    offender_id: Mapped[str] = mapped_column(ID, ForeignKey("residents.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ID, ForeignKey("households.id"))
    owner_id: Mapped[str] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(String(20))  # open | monitoring | closed
    opened_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(Text)
    LOCAL_FIELDS = frozenset({"risk_level", "next_review_due"})
    # Derived from the newest assessment and review: kept by the services.
    risk_level: Mapped[str | None] = mapped_column(String(10))
    next_review_due: Mapped[date | None] = mapped_column(Date)
    closure_state: Mapped[str | None] = mapped_column(String(20))  # requested | approved | rejected
    closure_reason: Mapped[str | None] = mapped_column(Text)
    closure_requested_by: Mapped[str | None] = mapped_column(ID)
    closure_requested_at: Mapped[datetime | None] = mapped_column(DateTime)
    closure_decided_by: Mapped[str | None] = mapped_column(ID)
    closure_decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    closure_decision_note: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_dv_cases_status", "beat_id", "status"),
        Index("ix_dv_cases_review", "status", "next_review_due"),
    )


class DvCaseChild(SyncedRow, Base):
    """A child of the household the case protects."""

    __tablename__ = "dv_case_children"
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("dv_cases.id"), index=True)
    resident_id: Mapped[str] = mapped_column(ID, ForeignKey("residents.id"), index=True)


class DvCaseAccess(SyncedRow, Base):
    """A named co-worker who may see a case besides its inspector and their supervisor."""

    __tablename__ = "dv_case_access"
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("dv_cases.id"), index=True)
    user_id: Mapped[str] = mapped_column(ID, index=True)


class Incident(SyncedRow, Base):
    """Something that happened in a case; append-only."""

    __tablename__ = "dv_incidents"
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("dv_cases.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(ID)


class RiskAssessment(SyncedRow, Base):
    """A scored questionnaire; append-only, the newest one sets the case's level."""

    __tablename__ = "risk_assessments"
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("dv_cases.id"), index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    score: Mapped[int] = mapped_column(Integer)
    computed_level: Mapped[str] = mapped_column(String(10))
    final_level: Mapped[str] = mapped_column(String(10))
    override_reason: Mapped[str | None] = mapped_column(Text)
    assessed_by: Mapped[str] = mapped_column(ID)
    assessed_at: Mapped[datetime] = mapped_column(DateTime)


class Measure(SyncedRow, Base):
    """A protective measure: protective order, court's special requirements, referral, other."""

    __tablename__ = "dv_measures"
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("dv_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    issued_by: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    ended_on: Mapped[date | None] = mapped_column(Date)
    ended_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_dv_measures_end", "kind", "end_date"),)


class CaseReview(SyncedRow, Base):
    """A periodic review of a case; append-only."""

    __tablename__ = "dv_reviews"
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("dv_cases.id"), index=True)
    reviewed_at: Mapped[datetime] = mapped_column(DateTime)
    reviewer_id: Mapped[str] = mapped_column(ID)
    notes: Mapped[str] = mapped_column(Text)


# --- appeals ----------------------------------------------------------------------------------


class Appeal(SyncedRow, Base):
    """A citizen's appeal received at the beat, tracked until answered."""

    __tablename__ = "appeals"
    received_on: Mapped[date] = mapped_column(Date)
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_contact: Mapped[str | None] = mapped_column(String(200))
    resident_id: Mapped[str | None] = mapped_column(ID, ForeignKey("residents.id"), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[str] = mapped_column(ID, index=True)
    deadline: Mapped[date] = mapped_column(Date)
    extended_deadline: Mapped[date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # registered | extended | answered
    answer: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[date | None] = mapped_column(Date)
    answered_by: Mapped[str | None] = mapped_column(ID)
    LOCAL_FIELDS = frozenset({"due_on"})
    # Derived: the deadline in force (extended or not), for "appeals by deadline".
    due_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_appeals_due", "beat_id", "status", "due_on"),)


class Feedback(SyncedRow, Base):
    """A resident's feedback on the police of the beat (for objective evaluation)."""

    __tablename__ = "feedback"
    resident_id: Mapped[str | None] = mapped_column(ID, ForeignKey("residents.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    rating: Mapped[int] = mapped_column(Integer)  # 1..5
    comment: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[str] = mapped_column(ID)


# --- accountability and sync ----------------------------------------------------------------


class AuditEntry(Base):
    """Who viewed or changed what; append-only (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(ID)
    beat_id: Mapped[str | None] = mapped_column(ID)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    outcome: Mapped[str] = mapped_column(String(20), default="ok")
    synced: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id", "at"),
        Index("ix_audit_user_time", "user_id", "at"),
        Index("ix_audit_unsynced", "synced"),
    )


class OutboxEntry(Base):
    """A local change waiting to be pushed to HQ; ``change_id`` makes pushes idempotent."""

    __tablename__ = "sync_outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(ID, unique=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(ID)
    beat_id: Mapped[str] = mapped_column(ID)
    op: Mapped[str] = mapped_column(String(10))  # insert | update | void
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    stamps: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_rev: Mapped[int] = mapped_column(Integer, default=0)
    user_id: Mapped[str | None] = mapped_column(ID)
    pushed_at: Mapped[datetime | None] = mapped_column(DateTime)
    result: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (Index("ix_outbox_pending", "pushed_at", "seq"),)


class SyncState(Base):
    """Key/value state of sync: cursor, device id, last HLC stamp."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Draft(Base):
    """Unsaved edits of a form kept on this laptop only (never synced, never in the outbox): the form's
    values as typed, so a crash or a kill does not lose them. Encrypted with the rest of the store."""

    __tablename__ = "drafts"
    user_id: Mapped[str] = mapped_column(ID, primary_key=True)
    form_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


SYNCED_MODELS: tuple[type[SyncedRow], ...] = (
    Address,
    Household,
    Resident,
    RegistryEntry,
    BeatObject,
    Visit,
    DvCase,
    DvCaseChild,
    DvCaseAccess,
    Incident,
    RiskAssessment,
    Measure,
    CaseReview,
    Appeal,
    Feedback,
)


class SyncConflict(Base):
    """Local copy of an HQ conflict record (same id): a field both sides changed, with the value
    shown as current and the one kept for review. Written only by sync; resolved through it."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(ID)
    beat_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))  # field | edit_on_void
    current_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    losing_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    current_user_id: Mapped[str | None] = mapped_column(String(64))
    losing_user_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))  # open | resolved
    resolution: Mapped[Any] = mapped_column(JSON, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    # Set when this laptop resolved it and the resolving change still waits in the outbox.
    pending_change_id: Mapped[str | None] = mapped_column(ID)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        Index("ix_sync_conflicts_record", "entity", "entity_id"),
        Index("ix_sync_conflicts_status", "status", "beat_id"),
    )
