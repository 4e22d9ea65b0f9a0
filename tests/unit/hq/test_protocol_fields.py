"""The protocol's literal field lists must match the client's synced models (HQ cannot import them)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from inspector_desk.services.base import synced_fields
from inspector_desk.store.models import SYNCED_MODELS
from inspector_desk.sync.protocol import ENTITY_FIELDS, REFERENCES, Change


def test_entity_fields_match_client_models() -> None:
    assert {m.__tablename__: frozenset(synced_fields(m)) for m in SYNCED_MODELS} == ENTITY_FIELDS


def test_references_name_real_fields() -> None:
    for entity, refs in REFERENCES.items():
        for field, parent in refs.items():
            assert field in ENTITY_FIELDS[entity]
            assert parent in ENTITY_FIELDS


def test_change_refuses_unknown_fields_and_bad_stamps() -> None:
    base = {
        "change_id": "c1",
        "entity": "residents",
        "entity_id": "r1",
        "beat_id": "b1",
        "op": "update",
        "fields": {"notes": "x"},
        "stamps": {"notes": "1700000000000-000000-dev"},
    }
    Change.model_validate(base)
    with pytest.raises(ValidationError, match="has no field secret"):
        Change.model_validate(
            {**base, "fields": {"secret": 1}, "stamps": {"secret": base["stamps"]["notes"]}}
        )
    with pytest.raises(ValidationError, match="not an encoded HLC"):
        Change.model_validate({**base, "stamps": {"notes": "now"}})
    with pytest.raises(ValidationError, match="void must set deleted"):
        Change.model_validate({**base, "op": "void"})
