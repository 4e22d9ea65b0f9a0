"""Applying HQ's records to an encrypted local store: column conversion, the derived local
columns, pending outbox fields kept, stale states skipped, evictions (children, deferral) and
dangling references."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from inspector_desk.services.base import Actor
from inspector_desk.services.residents import (
    ResidentInput,
    ResidentUpdate,
    register_resident,
    update_resident,
)
from inspector_desk.store.db import Database
from inspector_desk.store.models import (
    Appeal,
    DvCase,
    OutboxEntry,
    RegistryEntry,
    Resident,
    SyncConflict,
    Visit,
)
from inspector_desk.sync.apply import DEFERRED_KEY, Applier, get_state, sync_session
from inspector_desk.sync.protocol import ConflictOut, RecordState

STAMP = "1760000000000-000000-hq"


def state(entity: str, rid: str, beat: str, rev: int, **fields: Any) -> RecordState:
    full = {"deleted": False, "void_reason": None, "beat_id": beat, **fields}
    return RecordState(
        entity=entity,  # type: ignore[arg-type]
        id=rid,
        beat_id=beat,
        rev=rev,
        deleted=False,
        fields=full,
        stamps=dict.fromkeys(full, STAMP),
    )


def person(rid: str, beat: str, rev: int = 1, **more: Any) -> RecordState:
    fields = {
        "household_id": None,
        "iin": None,
        "last_name": "Ахметов",
        "first_name": "Ерлан",
        "middle_name": None,
        "birth_date": "1980-01-02",
        "sex": "M",
        "phones": ["+77011234567"],
        "notes": None,
        **more,
    }
    return state("residents", rid, beat, rev, **fields)


def apply(
    db: Database, *states: RecordState, force: bool = False, scope: frozenset[str] | None = None
) -> Applier:
    with sync_session(db) as session:
        applier = Applier(session, scope)
        applier.records(states, force=force)
        applier.finish()
    return applier


def test_new_records_are_converted_and_derived_columns_computed(db: Database, world: Any) -> None:
    beat = world.beat_id
    apply(
        db,
        state(
            "addresses", "addr-1", beat, 1, locality=None, street="Абая", house="12", walk_order=3, notes=None
        ),
        state("households", "home-1", beat, 2, address_id="addr-1", apartment="7", notes=None),
        person("res-1", beat, 3, household_id="home-1"),
        state(
            "registry_entries",
            "reg-1",
            beat,
            4,
            resident_id="res-1",
            category="official_warning",
            basis="court",
            start_date=(date.today() - timedelta(days=10)).isoformat(),
            end_date=None,
            ended_reason=None,
        ),
        state(
            "appeals",
            "app-1",
            beat,
            5,
            received_on="2026-01-05",
            applicant_name="A",
            applicant_contact=None,
            resident_id=None,
            subject="noise",
            body=None,
            officer_id="u",
            deadline="2026-01-26",
            extended_deadline="2026-02-20",
            extension_reason="x",
            status="extended",
            answer=None,
            answered_on=None,
            answered_by=None,
        ),
    )
    with db.read() as s:
        r = s.get(Resident, "res-1")
        assert r is not None
        assert r.birth_date == date(1980, 1, 2)
        assert r.phones == ["+77011234567"]
        assert r.name_key == "ahmetov erlan"
        assert "abaya" in r.search_text or "abai" in r.search_text
        assert "87011234567" in r.search_text
        assert r.next_visit_due is not None
        assert r.server_rev == 3
        assert r.field_clock["last_name"] == STAMP
        entry = s.get(RegistryEntry, "reg-1")
        assert entry is not None
        assert entry.start_date == date.today() - timedelta(days=10)
        appeal = s.get(Appeal, "app-1")
        assert appeal is not None
        assert appeal.due_on == date(2026, 2, 20)
    # A counting visit moves the due date.
    before = _due(db, "res-1")
    apply(
        db,
        state(
            "visits",
            "vis-1",
            beat,
            6,
            kind="prevention",
            topic=None,
            visited_at=f"{date.today().isoformat()}T10:00:00",
            resident_id="res-1",
            household_id=None,
            dv_case_id=None,
            outcome="met",
            notes=None,
            officer_id="u",
        ),
    )
    assert _due(db, "res-1") != before


def test_due_date_follows_the_registry_entry_and_clears_when_it_ends(db: Database, world: Any) -> None:
    """Only residents on the registry (or with a due date to clear) are looked at again: the
    others keep no due date, and an ended entry clears the one its resident had."""
    beat = world.beat_id
    started = (date.today() - timedelta(days=10)).isoformat()
    entry = {
        "resident_id": "res-1",
        "category": "official_warning",
        "basis": "court",
        "start_date": started,
        "end_date": None,
        "ended_reason": None,
    }
    apply(
        db,
        person("res-1", beat, 1),
        person("res-2", beat, 2),
        state("registry_entries", "reg-1", beat, 3, **entry),
    )
    assert _due(db, "res-1") is not None
    assert _due(db, "res-2") is None
    ended = {**entry, "end_date": date.today().isoformat(), "ended_reason": "term served"}
    apply(db, state("registry_entries", "reg-1", beat, 4, **ended))
    assert _due(db, "res-1") is None
    assert _due(db, "res-2") is None


def _due(db: Database, rid: str) -> date | None:
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        return r.next_visit_due


def local_resident(db: Database, actor: Actor, beat: str) -> str:
    return register_resident(
        db, actor, ResidentInput(beat_id=beat, last_name="Local", first_name="One")
    ).record.id


def test_a_pending_local_change_is_kept_and_stale_states_are_skipped(db: Database, world: Any) -> None:
    rid = local_resident(db, world.inspector, world.beat_id)
    with db.write() as s:
        s.execute(OutboxEntry.__table__.update().values(pushed_at=date.today()))  # the insert was pushed
    update_resident(db, world.inspector, rid, ResidentUpdate(notes="mine, not yet pushed"))
    apply(db, person(rid, world.beat_id, 10, last_name="Remote", notes="theirs"))
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        assert r.last_name == "Remote"  # applied
        assert r.notes == "mine, not yet pushed"  # kept: it is still in the outbox
        assert r.name_key.startswith("remote")
        assert r.server_rev == 10
    apply(db, person(rid, world.beat_id, 9, last_name="Older"))
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        assert r.last_name == "Remote"
    apply(db, person(rid, world.beat_id, 10, last_name="Forced"), force=True)
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        assert r.last_name == "Forced"


def test_dangling_references_are_stored(db: Database, world: Any) -> None:
    case = state(
        "dv_cases",
        "case-1",
        world.beat_id,
        1,
        number="DV-1",
        victim_id="not-here",
        offender_id="nor-here",
        household_id="no-home",
        owner_id="u",
        status="open",
        opened_on="2026-01-01",
        summary=None,
        closure_state=None,
        closure_reason=None,
        closure_requested_by=None,
        closure_requested_at=None,
        closure_decided_by=None,
        closure_decided_at=None,
        closure_decision_note=None,
        closed_on=None,
    )
    assessment = state(
        "risk_assessments",
        "ra-1",
        world.beat_id,
        2,
        case_id="case-1",
        answers={"cs_injured": True},
        score=5,
        computed_level="high",
        final_level="high",
        override_reason=None,
        assessed_by="u",
        assessed_at="2026-01-02T09:00:00",
    )
    apply(db, case, assessment)
    with db.read() as s:
        got = s.get(DvCase, "case-1")
        assert got is not None
        assert got.victim_id == "not-here"
        assert got.risk_level == "high"
        assert got.next_review_due is not None
        assert got.next_review_due > date(2026, 1, 2)
    # The local store keeps enforcing foreign keys for the services' own writes.
    with db.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_eviction_purges_children_out_of_scope_and_defers_pending_rows(db: Database, world: Any) -> None:
    beat, other = world.beat_id, world.other_beat_id
    apply(
        db,
        person("res-1", beat),
        state(
            "visits",
            "vis-out",
            beat,
            2,
            kind="prevention",
            topic=None,
            visited_at="2026-01-01T10:00:00",
            resident_id="res-1",
            household_id=None,
            dv_case_id=None,
            outcome="met",
            notes=None,
            officer_id="u",
        ),
        state(
            "visits",
            "vis-in",
            other,
            3,
            kind="prevention",
            topic=None,
            visited_at="2026-01-01T10:00:00",
            resident_id="res-1",
            household_id=None,
            dv_case_id=None,
            outcome="met",
            notes=None,
            officer_id="u",
        ),
    )
    pending = local_resident(db, world.inspector, beat)
    with sync_session(db) as session:
        applier = Applier(session, frozenset({other}))
        applier.evict("residents", "res-1")
        applier.evict("residents", pending)
        applier.conflict(
            ConflictOut(
                id=7,
                entity="residents",
                entity_id=pending,
                beat_id=beat,
                field="notes",
                kind="field",
                current_value="a",
                current_stamp=None,
                losing_value="b",
                losing_stamp=None,
                base_rev=0,
                rev=1,
                current_user_id=None,
                losing_user_id=None,
                losing_change_id=None,
                status="open",
            )
        )
        applier.finish()
        assert applier.stats.deferred == 1
    with db.read() as s:
        assert s.get(Resident, "res-1") is None
        assert s.get(Visit, "vis-out") is None
        assert s.get(Visit, "vis-in") is not None  # still in scope through the other beat
        assert s.get(Resident, pending) is not None
        assert s.get(SyncConflict, 7) is not None
        assert pending in (get_state(s, DEFERRED_KEY) or "")
    # Back in scope before the purge ran: the upsert cancels the deferred eviction.
    with db.write() as s:
        s.execute(OutboxEntry.__table__.update().values(pushed_at=date.today()))
    apply(db, person(pending, beat, 5))
    with sync_session(db) as session:
        applier = Applier(session, None)
        applier.run_deferred()
        applier.finish()
    with db.read() as s:
        assert s.get(Resident, pending) is not None
        assert get_state(s, DEFERRED_KEY) is None
        assert s.scalars(select(SyncConflict.id)).all() == [7]


def test_cached_search_columns_match_the_services() -> None:
    from inspector_desk.services.addresses import resident_search_columns
    from inspector_desk.sync.apply import search_columns

    for last, first, middle, iin, phones, place in (
        ("Ахметов", "Ерлан", None, "800102300123", ["+77011234567"], ("Абая", "12", "7")),
        ("O'Brien", "Асель", "Нурлановна", None, [], (None, None, None)),
        ("Ким", "Ли", None, None, ["+77770001122", "+77010000000"], ("ул. Төле би", "5А", None)),
    ):
        row = Resident(last_name=last, first_name=first, middle_name=middle, iin=iin, phones=phones)
        expected = resident_search_columns(row, *place)
        key, sort, text = search_columns(last, first, middle, iin, phones, *place)
        assert {"name_key": key, "sort_name": sort, "search_text": text} == expected
