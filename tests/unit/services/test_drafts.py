"""Drafts of forms: kept per user and form, replaced, discarded; local only (no outbox, no audit)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services.drafts import discard_draft, list_drafts, load_draft, save_draft
from inspector_desk.store.db import Database
from inspector_desk.store.migrate import HEAD_REVISION, head_revision
from inspector_desk.store.models import AuditEntry, OutboxEntry


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_draft_is_kept_replaced_and_discarded(db: Database, world: Any) -> None:
    save_draft(db, world.inspector, "resident:r1", {"last_name": "Омаров", "notes": "first"})
    save_draft(db, world.inspector, "resident:r1", {"last_name": "Омаров", "notes": "second"})
    draft = load_draft(db, world.inspector, "resident:r1")
    assert draft is not None
    assert draft.values == {"last_name": "Омаров", "notes": "second"}
    assert [d.form_key for d in list_drafts(db, world.inspector)] == ["resident:r1"]
    assert discard_draft(db, world.inspector, "resident:r1")
    assert load_draft(db, world.inspector, "resident:r1") is None
    assert not discard_draft(db, world.inspector, "resident:r1")


def test_drafts_belong_to_their_user(db: Database, world: Any) -> None:
    save_draft(db, world.inspector, "new-resident", {"last_name": "Ким"})
    assert load_draft(db, world.other_inspector, "new-resident") is None
    assert list_drafts(db, world.other_inspector) == []


def test_drafts_never_reach_the_outbox_or_the_audit_log(db: Database, world: Any) -> None:
    outbox, audit = count(db, OutboxEntry), count(db, AuditEntry)
    save_draft(db, world.inspector, "resident:r2", {"notes": "typed"})
    discard_draft(db, world.inspector, "resident:r2")
    assert (count(db, OutboxEntry), count(db, AuditEntry)) == (outbox, audit)


def test_a_bad_key_or_an_oversized_draft_is_refused(db: Database, world: Any) -> None:
    with pytest.raises(ValidationError) as bad_key:
        save_draft(db, world.inspector, "  ", {"a": 1})
    assert bad_key.value.field == "form_key"
    with pytest.raises(ValidationError) as too_big:
        save_draft(db, world.inspector, "k", {"notes": "x" * 300_000})
    assert too_big.value.field == "values"
    assert list_drafts(db, world.inspector) == []


def test_the_head_known_in_code_is_the_newest_migration() -> None:
    # The store skips Alembic on open when the file is at HEAD_REVISION: it must be the real head.
    assert head_revision() == HEAD_REVISION
