"""Beat objects: create, partial update, void, list by beat — audit/outbox entries and refusals."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.services.addresses import AddressInput, create_address
from inspector_desk.services.beat_objects import (
    BeatObjectInput,
    BeatObjectUpdate,
    create_beat_object,
    list_beat_objects,
    update_beat_object,
    void_beat_object,
)
from inspector_desk.store.db import Database
from inspector_desk.store.models import AuditEntry, BeatObject, OutboxEntry


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_create_with_address_and_list(db: Database, world: Any) -> None:
    a = create_address(db, world.inspector, AddressInput(world.beat_id, "Абая", "12")).record
    school = create_beat_object(
        db, world.inspector, BeatObjectInput(world.beat_id, "school", " Школа №5 ", address_id=a.id)
    ).record
    camera = create_beat_object(
        db,
        world.inspector,
        BeatObjectInput(world.beat_id, "cctv_camera", "Камера 1", address_text="Абая/Сейфуллина"),
    ).record
    create_beat_object(db, world.other_inspector, BeatObjectInput(world.other_beat_id, "bar", "Чужой бар"))
    assert (school.name, school.address) == ("Школа №5", "Абая 12")
    assert camera.address == "Абая/Сейфуллина"
    listed = list_beat_objects(db, world.inspector)
    assert [o.id for o in listed] == [camera.id, school.id]  # by kind: cctv_camera < school
    assert [o.id for o in list_beat_objects(db, world.inspector, kind="school")] == [school.id]
    assert len(list_beat_objects(db, world.supervisor)) == 3
    with db.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == school.id)).one()
        box = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == school.id)).one()
    assert (audit.action, audit.entity) == ("create", "beat_objects")
    assert (box.op, box.fields["kind"]) == ("insert", "school")


@pytest.mark.parametrize(
    ("data", "field", "rule"),
    [
        ({"kind": "casino"}, "kind", "choice"),
        ({"kind": " "}, "kind", "required"),
        ({"name": ""}, "name", "required"),
        ({"name": "x" * 201}, "name", "max_length"),
        ({"address_text": "x" * 301}, "address_text", "max_length"),
    ],
)
def test_create_refuses_bad_input(
    db: Database, world: Any, data: dict[str, Any], field: str, rule: str
) -> None:
    full: dict[str, Any] = {"kind": "pharmacy", "name": "Аптека", **data}
    before = (count(db, BeatObject), count(db, AuditEntry), count(db, OutboxEntry))
    with pytest.raises(ValidationError) as err:
        create_beat_object(db, world.inspector, BeatObjectInput(beat_id=world.beat_id, **full))
    assert (err.value.field, err.value.rule) == (field, rule)
    assert (count(db, BeatObject), count(db, AuditEntry), count(db, OutboxEntry)) == before


def test_scope_and_role_refusals(db: Database, world: Any) -> None:
    with pytest.raises(PermissionDenied):
        create_beat_object(db, world.inspector, BeatObjectInput(world.other_beat_id, "bar", "Бар"))
    with pytest.raises(PermissionDenied):
        create_beat_object(db, world.admin, BeatObjectInput(world.beat_id, "bar", "Бар"))
    other_address = create_address(
        db, world.other_inspector, AddressInput(world.other_beat_id, "Абая", "1")
    ).record
    with pytest.raises(ValidationError) as err:
        create_beat_object(
            db, world.supervisor, BeatObjectInput(world.beat_id, "bar", "Бар", address_id=other_address.id)
        )
    assert (err.value.field, err.value.rule) == ("address_id", "object.other_beat")
    with db.read() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")).all()
    assert [d.action for d in denied] == ["create_beat_object", "create_beat_object"]
    assert count(db, BeatObject) == 0


def test_update_and_void(db: Database, world: Any) -> None:
    obj = create_beat_object(
        db, world.inspector, BeatObjectInput(world.beat_id, "alcohol_shop", "Магазин", notes="24/7")
    ).record
    rec = update_beat_object(
        db, world.inspector, obj.id, BeatObjectUpdate(name="Магазин «Жұлдыз»", notes=None)
    ).record
    assert (rec.kind, rec.name, rec.notes) == ("alcohol_shop", "Магазин «Жұлдыз»", None)
    with db.read() as s:
        box = s.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == obj.id).order_by(OutboxEntry.seq)
        ).all()[-1]
    assert box.fields == {"name": "Магазин «Жұлдыз»", "notes": None}
    with pytest.raises(ValidationError) as err:
        update_beat_object(db, world.inspector, obj.id, BeatObjectUpdate(kind="zoo"))
    assert err.value.rule == "choice"
    with pytest.raises(PermissionDenied):
        void_beat_object(db, world.other_inspector, obj.id, "not mine")
    with pytest.raises(ValidationError) as err2:
        void_beat_object(db, world.inspector, obj.id, " ")
    assert (err2.value.field, err2.value.rule) == ("reason", "required")
    void_beat_object(db, world.inspector, obj.id, "closed down")
    assert list_beat_objects(db, world.inspector) == []
