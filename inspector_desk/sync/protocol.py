"""The wire protocol between a laptop and HQ: pydantic v2 models for every request and response.

Shared by the HQ server (``inspector_desk.hq``) and the client sync engine, so both sides validate
the same shapes. Standard library and pydantic only: HQ imports this module and must not pull the
client's store in with it. Every request carries ``X-Protocol-Version``; HQ answers 426
``upgrade_required`` to a client older than ``MIN_PROTOCOL_VERSION`` and applies nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator, model_validator

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
VERSION_HEADER = "X-Protocol-Version"

MAX_BATCH = 1000  # changes per push request
MAX_AUDIT_BATCH = 5000
MAX_PAGE = 5000
MAX_TEXT = 20_000  # characters in any one string value of a change
MAX_FIELDS = 64

# The synced client tables and the fields of each that travel (store.models' synced fields).
# Kept literal here so HQ never imports the client's store; a unit test checks it against the
# client models, and a change to it is a protocol change (bump PROTOCOL_VERSION).
_COMMON = ("deleted", "void_reason", "beat_id")
ENTITY_FIELDS: dict[str, frozenset[str]] = {
    "addresses": frozenset(("locality", "street", "house", "walk_order", "notes", *_COMMON)),
    "households": frozenset(("address_id", "apartment", "notes", *_COMMON)),
    "residents": frozenset(
        (
            "household_id",
            "iin",
            "last_name",
            "first_name",
            "middle_name",
            "birth_date",
            "sex",
            "phones",
            "notes",
            *_COMMON,
        )
    ),
    "registry_entries": frozenset(
        ("resident_id", "category", "basis", "start_date", "end_date", "ended_reason", *_COMMON)
    ),
    "beat_objects": frozenset(("kind", "name", "address_id", "address_text", "notes", *_COMMON)),
    "visits": frozenset(
        (
            "kind",
            "topic",
            "visited_at",
            "resident_id",
            "household_id",
            "dv_case_id",
            "outcome",
            "notes",
            "officer_id",
            *_COMMON,
        )
    ),
    "dv_cases": frozenset(
        (
            "number",
            "victim_id",
            "offender_id",
            "household_id",
            "owner_id",
            "status",
            "opened_on",
            "summary",
            "closure_state",
            "closure_reason",
            "closure_requested_by",
            "closure_requested_at",
            "closure_decided_by",
            "closure_decided_at",
            "closure_decision_note",
            "closed_on",
            *_COMMON,
        )
    ),
    "dv_case_children": frozenset(("case_id", "resident_id", *_COMMON)),
    "dv_case_access": frozenset(("case_id", "user_id", *_COMMON)),
    "dv_incidents": frozenset(("case_id", "occurred_at", "kind", "description", "reported_by", *_COMMON)),
    "risk_assessments": frozenset(
        (
            "case_id",
            "answers",
            "score",
            "computed_level",
            "final_level",
            "override_reason",
            "assessed_by",
            "assessed_at",
            *_COMMON,
        )
    ),
    "dv_measures": frozenset(
        (
            "case_id",
            "kind",
            "start_date",
            "end_date",
            "issued_by",
            "notes",
            "ended_on",
            "ended_reason",
            *_COMMON,
        )
    ),
    "dv_reviews": frozenset(("case_id", "reviewed_at", "reviewer_id", "notes", *_COMMON)),
    "appeals": frozenset(
        (
            "received_on",
            "applicant_name",
            "applicant_contact",
            "resident_id",
            "subject",
            "body",
            "officer_id",
            "deadline",
            "extended_deadline",
            "extension_reason",
            "status",
            "answer",
            "answered_on",
            "answered_by",
            *_COMMON,
        )
    ),
    "feedback": frozenset(("resident_id", "received_on", "rating", "comment", "officer_id", *_COMMON)),
}

EntityName = Literal[
    "addresses",
    "households",
    "residents",
    "registry_entries",
    "beat_objects",
    "visits",
    "dv_cases",
    "dv_case_children",
    "dv_case_access",
    "dv_incidents",
    "risk_assessments",
    "dv_measures",
    "dv_reviews",
    "appeals",
    "feedback",
]

# Written once, then only voided: concurrent writes to them never make a conflict record.
APPEND_ONLY: frozenset[str] = frozenset({"visits", "dv_incidents", "risk_assessments", "dv_reviews"})

# entity -> {reference field: parent entity}: what moves with a record when it is reassigned.
REFERENCES: dict[str, dict[str, str]] = {
    "households": {"address_id": "addresses"},
    "residents": {"household_id": "households"},
    "registry_entries": {"resident_id": "residents"},
    "beat_objects": {"address_id": "addresses"},
    "visits": {"resident_id": "residents", "household_id": "households", "dv_case_id": "dv_cases"},
    "dv_cases": {"household_id": "households"},
    "dv_case_children": {"case_id": "dv_cases"},
    "dv_case_access": {"case_id": "dv_cases"},
    "dv_incidents": {"case_id": "dv_cases"},
    "risk_assessments": {"case_id": "dv_cases"},
    "dv_measures": {"case_id": "dv_cases"},
    "dv_reviews": {"case_id": "dv_cases"},
    "appeals": {"resident_id": "residents"},
    "feedback": {"resident_id": "residents"},
}

_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
Id = Annotated[str, Field(pattern=_ID, max_length=64)]
# Conflict ids are database integers: bounded so an absurd id is a 422, never a server error.
ConflictId = Annotated[int, Field(ge=1, le=2**31 - 1)]
DeviceId = Annotated[str, Field(pattern=r"^[A-Za-z0-9._:-]{8,64}$")]
_STAMP = re.compile(r"^\d{13}-\d{6}-\S{1,64}$")
Role = Literal["inspector", "supervisor", "admin"]


class Wire(BaseModel):
    """Base of every protocol model: unknown keys are refused, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class Versioned(Wire):
    protocol: int = Field(PROTOCOL_VERSION, ge=1, description="the client's protocol version")


# --- errors ---------------------------------------------------------------------------------


class ErrorDetail(Wire):
    field: str
    rule: str
    message: str


class ErrorBody(Wire):
    """Every 4xx/5xx answer: a machine-readable ``error`` and words for a person."""

    error: str
    message: str
    field: str | None = None
    details: list[ErrorDetail] = Field(default_factory=list)
    min_version: int | None = None


# --- auth -----------------------------------------------------------------------------------


class LoginRequest(Versioned):
    login: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=256)
    device_id: DeviceId
    device_name: str | None = Field(None, max_length=120)


class RefreshRequest(Versioned):
    refresh_token: str = Field(min_length=20, max_length=200)
    device_id: DeviceId


class BeatInfo(Wire):
    id: str
    code: str
    name: str
    unit_id: str | None


class Me(Wire):
    user_id: str
    login: str
    full_name: str
    role: Role
    unit_id: str | None
    beats: list[BeatInfo]


class TokenResponse(Wire):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_token: str
    refresh_expires_in: int
    user: Me
    server_time_ms: int


# --- push -----------------------------------------------------------------------------------


def _check_values(fields: dict[str, Any]) -> None:
    def walk(value: Any, path: str) -> None:
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ValueError(f"{path}: text longer than {MAX_TEXT} characters")
        if isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{path}.{i}")
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}")

    for name, value in fields.items():
        walk(value, name)


class Change(Wire):
    """One outbox entry of a laptop: the changed fields with their HLC stamps."""

    change_id: Id
    entity: EntityName
    entity_id: Id
    beat_id: Id
    op: Literal["insert", "update", "void"]
    fields: dict[str, JsonValue] = Field(max_length=MAX_FIELDS)
    stamps: dict[str, str] = Field(max_length=MAX_FIELDS)
    base_rev: int = Field(0, ge=0)
    user_id: Id | None = None
    created_at: datetime | None = None
    resolves: list[ConflictId] = Field(default_factory=list, max_length=100, description="conflict ids")

    @model_validator(mode="after")
    def _consistent(self) -> Change:
        allowed = ENTITY_FIELDS[self.entity]
        unknown = sorted(set(self.fields) - allowed)
        if unknown:
            raise ValueError(f"fields: {self.entity} has no field {', '.join(unknown)}")
        missing = sorted(set(self.fields) - set(self.stamps))
        if missing:
            raise ValueError(f"stamps: no stamp for field {', '.join(missing)}")
        extra = sorted(set(self.stamps) - set(self.fields))
        if extra:
            raise ValueError(f"stamps: stamp for a field not in the change: {', '.join(extra)}")
        for name, stamp in self.stamps.items():
            if not _STAMP.match(stamp):
                raise ValueError(f"stamps.{name}: not an encoded HLC stamp")
        if not self.fields:
            raise ValueError("fields: a change must carry at least one field")
        if self.op == "void" and self.fields.get("deleted") is not True:
            raise ValueError("fields.deleted: a void must set deleted to true")
        if "beat_id" in self.fields and not isinstance(self.fields["beat_id"], str):
            raise ValueError("fields.beat_id: must be a beat id")
        if self.op == "insert" and self.fields.get("beat_id", self.beat_id) != self.beat_id:
            raise ValueError("fields.beat_id: differs from the change's beat_id")
        _check_values(self.fields)
        return self


class AuditIn(Wire):
    """A client audit entry (who viewed or changed what), pushed once, kept append-only at HQ."""

    id: Id
    at: datetime
    user_id: Id | None = None
    device_id: str | None = Field(None, max_length=64)
    action: str = Field(min_length=1, max_length=40)
    entity: str | None = Field(None, max_length=40)
    entity_id: str | None = Field(None, max_length=64)
    beat_id: str | None = Field(None, max_length=64)
    changes: dict[str, JsonValue] | None = None
    outcome: str = Field("ok", max_length=20)

    @field_validator("changes")
    @classmethod
    def _small(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            _check_values(value)
        return value


class PushRequest(Versioned):
    device_id: DeviceId
    client_time_ms: int = Field(ge=0, description="the laptop's wall clock when sending (skew check)")
    changes: list[Change] = Field(default_factory=list, max_length=MAX_BATCH)
    audit: list[AuditIn] = Field(default_factory=list, max_length=MAX_AUDIT_BATCH)


ChangeStatus = Literal["applied", "merged", "conflict", "quarantined"]


class ChangeResult(Wire):
    """What HQ did with one change. A repeat of the same change_id answers the stored result
    with ``duplicate`` set: nothing is applied twice."""

    change_id: str
    status: ChangeStatus
    rev: int | None = None
    conflict_ids: list[int] = Field(default_factory=list)
    message: str | None = None
    duplicate: bool = False


class PushResponse(Wire):
    results: list[ChangeResult]
    audit_accepted: int
    server_time_ms: int
    clock_skew_ms: int = Field(description="laptop clock minus HQ clock as measured on this push")


# --- pull, snapshot, fetch ------------------------------------------------------------------


class RecordState(Wire):
    """The full current state of one record at HQ (never a delta)."""

    kind: Literal["upsert"] = "upsert"
    entity: EntityName
    id: str
    beat_id: str
    rev: int
    deleted: bool
    fields: dict[str, JsonValue]
    stamps: dict[str, str]


class Eviction(Wire):
    """The record left the caller's scope: purge it locally (after pushing its outbox)."""

    kind: Literal["evict"] = "evict"
    entity: EntityName
    id: str


class BeatEviction(Wire):
    """A whole beat left the caller's scope: purge every row of it (after pushing the outbox)."""

    kind: Literal["evict_beat"] = "evict_beat"
    beat_id: str


ConflictKind = Literal["field", "edit_on_void"]


class ConflictOut(Wire):
    id: int
    entity: EntityName
    entity_id: str
    beat_id: str
    field: str
    kind: ConflictKind
    current_value: JsonValue
    current_stamp: str | None
    losing_value: JsonValue
    losing_stamp: str | None
    base_rev: int
    rev: int
    current_user_id: str | None
    losing_user_id: str | None
    losing_change_id: str | None
    status: Literal["open", "resolved"]
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    resolution: JsonValue = None


class ConflictItem(Wire):
    kind: Literal["conflict"] = "conflict"
    conflict: ConflictOut


PullItem = Annotated[RecordState | Eviction | BeatEviction | ConflictItem, Field(discriminator="kind")]


class PullRequest(Versioned):
    cursor: str | None = Field(None, max_length=200, description="opaque; null for 'from the start'")
    limit: int = Field(500, ge=1, le=MAX_PAGE)


class PullResponse(Wire):
    items: list[PullItem]
    cursor: str
    has_more: bool
    scope_beats: list[str]
    server_time_ms: int


class SnapshotKey(Wire):
    entity: EntityName
    id: str


class SnapshotRequest(Versioned):
    position: int | None = Field(None, ge=0, description="null on the first page; then as answered")
    after: SnapshotKey | None = None
    limit: int = Field(1000, ge=1, le=MAX_PAGE)


class SnapshotResponse(Wire):
    """A page of every record in scope. When ``has_more`` is false, pull from ``cursor``."""

    position: int
    cursor: str
    items: list[RecordState]
    next: SnapshotKey | None
    has_more: bool
    scope_beats: list[str]


class FetchRequest(Versioned):
    entity: EntityName
    ids: list[Id] = Field(max_length=MAX_PAGE)


class FetchResponse(Wire):
    items: list[RecordState | Eviction]


# --- reconcile -------------------------------------------------------------------------------


def holdings_digest(pairs: Iterable[tuple[str, int]]) -> str:
    """The digest both sides compute over the (id, rev) pairs of one entity they hold."""
    h = hashlib.sha256()
    for record_id, rev in sorted(pairs):
        h.update(f"{record_id}:{rev}\n".encode())
    return h.hexdigest()


class EntityDigest(Wire):
    count: int = Field(ge=0)
    digest: str = Field(pattern=r"^[0-9a-f]{64}$")


class ReconcileRequest(Versioned):
    """First call with ``digests``; for entities that differ, call again with ``ids``."""

    digests: dict[EntityName, EntityDigest] = Field(default_factory=dict)
    ids: dict[EntityName, list[tuple[Id, int]]] = Field(default_factory=dict)

    @field_validator("ids")
    @classmethod
    def _bounded(cls, value: dict[str, list[tuple[str, int]]]) -> dict[str, list[tuple[str, int]]]:
        if sum(len(v) for v in value.values()) > 250_000:
            raise ValueError("ids: more than 250000 ids in one request")
        return value


class ReconcileEntity(Wire):
    entity: EntityName
    match: bool
    hq_count: int
    hq_digest: str
    missing: list[str] = Field(default_factory=list, description="fetch these (absent or stale)")
    purge: list[str] = Field(default_factory=list, description="not in your scope at HQ")


class ReconcileResponse(Wire):
    entities: list[ReconcileEntity]
    position: int


# --- conflicts, quarantine, reassignment -------------------------------------------------------


class ResolveRequest(Versioned):
    value: JsonValue = Field(description="the value to keep (either side's or a combination)")


class ResolveResponse(Wire):
    conflict: ConflictOut
    rev: int


class ConflictList(Wire):
    items: list[ConflictOut]


class QuarantineOut(Wire):
    id: int
    at: datetime
    user_id: str | None
    device_id: str | None
    change_id: str
    entity: str
    entity_id: str
    beat_id: str
    reason: str
    change: dict[str, JsonValue]


class QuarantineList(Wire):
    items: list[QuarantineOut]


class ReassignRequest(Versioned):
    """Supervisor's reassignment inside their unit (admins use the command line for any)."""

    kind: Literal["beat", "resident", "case"]
    target_id: Id = Field(description="beat id, resident id or dv case id")
    to_user_id: Id | None = Field(None, description="beat: the new inspector; case: the new owner")
    to_beat_id: Id | None = Field(None, description="resident/case: the beat they move to")
    with_household: bool = False


class ReassignResponse(Wire):
    moved: dict[str, int] = Field(description="records moved per entity")
    position: int


# --- final push (revoked or password-reset laptops) -------------------------------------------


class FinalPushRequest(PushRequest):
    """A revoked (or password-reset) laptop's last push before its wipe, signed by its refresh
    token: HQ keeps every change in quarantine for the supervisor and applies none."""

    refresh_token: str = Field(min_length=20, max_length=200)


class FinalPushResponse(PushResponse):
    reason: str = Field(description="why the changes are kept in quarantine")
