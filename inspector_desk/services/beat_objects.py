"""Places on the beat that matter for prevention (schools, shops selling alcohol, CCTV cameras...):
registering, correcting and voiding them, and the list of a beat's objects."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services.addresses import (
    NOTES_MAX,
    REASON_MAX,
    UNSET,
    Unset,
    address_line,
    require_field_role,
)
from inspector_desk.services.base import Actor, Outcome, Work, require_beat, scope_filter, unit_of_work
from inspector_desk.services.fields import optional_text, require_text
from inspector_desk.store.db import Database
from inspector_desk.store.models import Address, BeatObject

NAME_MAX = 200
ADDRESS_TEXT_MAX = 300


class BeatObjectKind(StrEnum):
    SCHOOL = "school"
    KINDERGARTEN = "kindergarten"
    ALCOHOL_SHOP = "alcohol_shop"
    CCTV_CAMERA = "cctv_camera"
    BAR = "bar"
    PHARMACY = "pharmacy"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class BeatObjectInput:
    """``address_id`` links a registered address; ``address_text`` describes a place without one
    (a camera at a crossing)."""

    beat_id: str
    kind: str
    name: str
    address_id: str | None = None
    address_text: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class BeatObjectUpdate:
    """Only the fields given (not UNSET) change."""

    kind: str | Unset = UNSET
    name: str | Unset = UNSET
    address_id: str | Unset | None = UNSET
    address_text: str | Unset | None = UNSET
    notes: str | Unset | None = UNSET


@dataclass(frozen=True, slots=True)
class BeatObjectRecord:
    id: str
    beat_id: str
    kind: str
    name: str
    address_id: str | None
    address_text: str | None
    address: str  # the linked address's line, else address_text
    notes: str | None


def _kind(value: str | None) -> BeatObjectKind:
    if value is None or not value.strip():
        raise ValidationError("kind", "required", "This field is required")
    try:
        return BeatObjectKind(value.strip())
    except ValueError:
        raise ValidationError("kind", "choice", "Choose a kind of object from the list") from None


def _linked_address(work: Work, address_id: str, beat_id: str) -> Address:
    address = work.get(Address, address_id)
    if address.beat_id != beat_id:
        raise ValidationError("address_id", "object.other_beat", "The address must be on the object's beat")
    return address


def _record(session: Session, obj: BeatObject) -> BeatObjectRecord:
    line = obj.address_text or ""
    if obj.address_id is not None:
        address = session.get(Address, obj.address_id)
        if address is not None:
            line = address_line(address.street, address.house, None)
    return BeatObjectRecord(
        obj.id, obj.beat_id, obj.kind, obj.name, obj.address_id, obj.address_text, line, obj.notes
    )


def create_beat_object(db: Database, actor: Actor, data: BeatObjectInput) -> Outcome[BeatObjectRecord]:
    with unit_of_work(db, actor, "create_beat_object") as work:
        require_field_role(actor)
        require_beat(actor, data.beat_id, record=f"beats:{data.beat_id}")
        kind = _kind(data.kind)
        name = require_text(data.name, "name", NAME_MAX)
        address_text = optional_text(data.address_text, "address_text", ADDRESS_TEXT_MAX)
        notes = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        if data.address_id:
            _linked_address(work, data.address_id, data.beat_id)
        obj = work.insert(
            BeatObject(
                beat_id=data.beat_id,
                kind=kind.value,
                name=name,
                address_id=data.address_id or None,
                address_text=address_text,
                notes=notes,
            )
        )
        return work.outcome(_record(work.session, obj))


def update_beat_object(
    db: Database, actor: Actor, object_id: str, data: BeatObjectUpdate
) -> Outcome[BeatObjectRecord]:
    with unit_of_work(db, actor, "update_beat_object") as work:
        require_field_role(actor)
        obj = work.get(BeatObject, object_id)
        values: dict[str, object] = {}
        if not isinstance(data.kind, Unset):
            values["kind"] = _kind(data.kind).value
        if not isinstance(data.name, Unset):
            values["name"] = require_text(data.name, "name", NAME_MAX)
        if not isinstance(data.address_id, Unset):
            if data.address_id:
                _linked_address(work, data.address_id, obj.beat_id)
            values["address_id"] = data.address_id or None
        if not isinstance(data.address_text, Unset):
            values["address_text"] = optional_text(data.address_text, "address_text", ADDRESS_TEXT_MAX)
        if not isinstance(data.notes, Unset):
            values["notes"] = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        work.update(obj, values)
        return work.outcome(_record(work.session, obj))


def void_beat_object(db: Database, actor: Actor, object_id: str, reason: str) -> Outcome[BeatObjectRecord]:
    with unit_of_work(db, actor, "void_beat_object") as work:
        require_field_role(actor)
        obj = work.get(BeatObject, object_id)
        work.void(obj, require_text(reason, "reason", REASON_MAX, multiline=True))
        return work.outcome(_record(work.session, obj))


def list_beat_objects(
    db: Database, actor: Actor, *, beat_id: str | None = None, kind: str | None = None
) -> list[BeatObjectRecord]:
    """The live objects of the actor's beats (or of one), by kind then name. A beat has dozens, not
    thousands, so the list is not paged."""
    beats = scope_filter(actor)
    if beat_id is not None:
        beats = [b for b in beats if b == beat_id]
    if not beats:
        return []
    query = (
        select(BeatObject, Address.street, Address.house)
        .outerjoin(Address, Address.id == BeatObject.address_id)
        .where(BeatObject.beat_id.in_(beats), BeatObject.deleted.is_(False))
    )
    if kind is not None:
        query = query.where(BeatObject.kind == _kind(kind).value)
    with db.read() as session:
        rows = session.execute(query).all()
    records = [
        BeatObjectRecord(
            o.id,
            o.beat_id,
            o.kind,
            o.name,
            o.address_id,
            o.address_text,
            address_line(street, house, None) if street is not None else (o.address_text or ""),
            o.notes,
        )
        for o, street, house in rows
    ]
    return sorted(records, key=lambda r: (r.kind, r.name.casefold()))
