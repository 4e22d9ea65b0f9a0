"""Hostile input in every text field the services accept: SQL, HTML, quotes, emoji and line breaks are
stored and read back exactly; a 100,000-character string, control characters (NUL, ESC), a text
direction override (U+202E) and a lone surrogate are refused with a ValidationError naming the field
and the rule, and nothing is half-written. Searches take the same strings without failing."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_desk.domain.errors import ValidationError
from inspector_desk.services import (
    addresses,
    appeals,
    audit,
    beat_objects,
    dv_cases,
    feedback,
    registry,
    residents,
    visits,
)
from inspector_desk.services.base import Actor
from inspector_desk.store.db import Database
from inspector_desk.store.models import (
    Address,
    Appeal,
    BeatObject,
    CaseReview,
    DvCase,
    Feedback,
    Household,
    Incident,
    Measure,
    OutboxEntry,
    RegistryEntry,
    Resident,
    Visit,
)

TODAY = date.today()
NOW = datetime.now().replace(microsecond=0)
SQL = "'; DROP TABLE residents;--"
HTML = "<b>x</b><script>alert(1)</script>"
QUOTES = '"O\'Neil" `back` \\ %_ *'
EMOJI = "Ерлан 😀 👨\u200d👩\u200d👧 ✓ Қазақ"
LINES = "first line\r\nsecond line\n\tindented"
LONG = "a" * 100_000

# payload -> the rule a refusal must name (None: stored as typed).
ACCEPTED = (SQL, HTML, QUOTES, EMOJI, LINES)
REFUSED = {
    LONG: "max_length",
    "nul\x00byte": "control_character",
    "escape \x1b[31m red": "control_character",
    "bell\x07": "control_character",
    "abc\u202etxt.exe": "bidi_control",
    "lone \ud800 surrogate": "invalid_character",
}
# People's names take letters only: SQL, HTML, emoji are refused by that rule instead.
NAME_RULES = {"name.characters", "max_length"}


@dataclass(frozen=True)
class Field:
    name: str  # the field a refusal must name
    write: Callable[[str], Any]  # writes the value; returns (model, id) of the row holding it
    attr: str
    multiline: bool = True
    max_length: int = 4000
    letters_only: bool = False


counter = itertools.count(1)


def _fields(db: Database, a: Actor, sup: Actor, beat: str) -> list[Field]:
    def person(last: str = "Person") -> str:
        return residents.register_resident(
            db, a, residents.ResidentInput(beat_id=beat, last_name=last, first_name="Test")
        ).record.id

    address = addresses.create_address(db, a, addresses.AddressInput(beat_id=beat, street="Abay", house="1"))
    someone = person()

    def resident_with(**kw: Any) -> tuple[type, str]:
        base = {"beat_id": beat, "last_name": "Name", "first_name": "Test", **kw}
        return Resident, residents.register_resident(db, a, residents.ResidentInput(**base)).record.id

    def case() -> str:
        data = dv_cases.CaseInput(victim_id=person("Victim"), offender_id=person("Offender"), opened_on=TODAY)
        return dv_cases.open_case(db, a, data).record.id

    def measure() -> str:
        return dv_cases.add_measure(
            db, a, case(), dv_cases.MeasureInput(kind="protective_order", start_date=TODAY)
        ).record.id

    def visit() -> str:
        return visits.log_visit(
            db, a, visits.VisitInput(kind="prevention", visited_at=NOW, outcome="met", resident_id=someone)
        ).record.id

    def appeal() -> str:
        data = appeals.AppealInput(beat_id=beat, received_on=TODAY, applicant_name="Citizen", subject="Noise")
        return appeals.record_appeal(db, a, data).record.id

    def registry_entry() -> str:
        data = registry.RegistryInput(
            resident_id=person(), category="official_warning", basis="order", start_date=TODAY
        )
        return registry.add_registry_entry(db, a, data).record.id

    def obj(**kw: Any) -> tuple[type, str]:
        base = {"beat_id": beat, "kind": "school", "name": "School", **kw}
        return BeatObject, beat_objects.create_beat_object(
            db, a, beat_objects.BeatObjectInput(**base)
        ).record.id

    def appeal_with(**kw: Any) -> tuple[type, str]:
        base = {"beat_id": beat, "received_on": TODAY, "applicant_name": "Citizen", "subject": "Noise", **kw}
        return Appeal, appeals.record_appeal(db, a, appeals.AppealInput(**base)).record.id

    def uniq() -> str:
        return str(next(counter))

    return [
        Field("last_name", lambda v: resident_with(last_name=v), "last_name", False, 100, True),
        Field("first_name", lambda v: resident_with(first_name=v), "first_name", False, 100, True),
        Field("middle_name", lambda v: resident_with(middle_name=v), "middle_name", False, 100, True),
        Field("notes", lambda v: resident_with(notes=v), "notes"),
        Field(
            "reason",
            lambda v: (Resident, residents.void_resident(db, a, person(), v).record.id),
            "void_reason",
            max_length=1000,
        ),
        Field(
            "street",
            lambda v: (
                Address,
                addresses.create_address(
                    db, a, addresses.AddressInput(beat_id=beat, street=v, house=uniq())
                ).record.id,
            ),
            "street",
            False,
            200,
        ),
        Field(
            "locality",
            lambda v: (
                Address,
                addresses.create_address(
                    db, a, addresses.AddressInput(beat_id=beat, street="Locality", house=uniq(), locality=v)
                ).record.id,
            ),
            "locality",
            False,
            120,
        ),
        Field(
            "notes",
            lambda v: (
                Address,
                addresses.create_address(
                    db, a, addresses.AddressInput(beat_id=beat, street="Notes", house=uniq(), notes=v)
                ).record.id,
            ),
            "notes",
        ),
        Field(
            "notes",
            lambda v: (
                Household,
                addresses.create_household(
                    db, a, addresses.HouseholdInput(address_id=address.record.id, apartment=uniq(), notes=v)
                ).record.id,
            ),
            "notes",
        ),
        Field(
            "notes",
            lambda v: (
                Visit,
                visits.log_visit(
                    db,
                    a,
                    visits.VisitInput(
                        kind="prevention", visited_at=NOW, outcome="met", resident_id=someone, notes=v
                    ),
                ).record.id,
            ),
            "notes",
        ),
        Field(
            "reason",
            lambda v: (Visit, visits.void_visit(db, a, visit(), v).record.id),
            "void_reason",
            max_length=1000,
        ),
        Field(
            "basis",
            lambda v: (
                RegistryEntry,
                registry.add_registry_entry(
                    db,
                    a,
                    registry.RegistryInput(
                        resident_id=person(), category="parole", basis=v, start_date=TODAY
                    ),
                ).record.id,
            ),
            "basis",
            max_length=2000,
        ),
        Field(
            "reason",
            lambda v: (
                RegistryEntry,
                registry.end_registry_entry(db, a, registry_entry(), TODAY, v).record.id,
            ),
            "ended_reason",
            max_length=1000,
        ),
        Field(
            "summary",
            lambda v: (
                DvCase,
                dv_cases.open_case(
                    db,
                    a,
                    dv_cases.CaseInput(
                        victim_id=person("Victim"), offender_id=person("Offender"), opened_on=TODAY, summary=v
                    ),
                ).record.id,
            ),
            "summary",
        ),
        Field(
            "description",
            lambda v: (
                Incident,
                dv_cases.record_incident(
                    db, a, case(), dv_cases.IncidentInput(occurred_at=NOW, kind="threats", description=v)
                ).record.id,
            ),
            "description",
        ),
        Field(
            "issued_by",
            lambda v: (
                Measure,
                dv_cases.add_measure(
                    db,
                    a,
                    case(),
                    dv_cases.MeasureInput(kind="protective_order", start_date=TODAY, issued_by=v),
                ).record.id,
            ),
            "issued_by",
            False,
            200,
        ),
        Field(
            "notes",
            lambda v: (
                Measure,
                dv_cases.add_measure(
                    db, a, case(), dv_cases.MeasureInput(kind="referral", start_date=TODAY, notes=v)
                ).record.id,
            ),
            "notes",
        ),
        Field(
            "reason",
            lambda v: (Measure, dv_cases.end_measure(db, a, measure(), TODAY, v).record.id),
            "ended_reason",
        ),
        Field(
            "notes",
            lambda v: (CaseReview, dv_cases.record_review(db, a, case(), v, NOW).record.id),
            "notes",
        ),
        Field(
            "reason",
            lambda v: (DvCase, dv_cases.request_closure(db, a, case(), v).record.id),
            "closure_reason",
        ),
        Field("applicant_name", lambda v: appeal_with(applicant_name=v), "applicant_name", False, 200),
        Field(
            "applicant_contact", lambda v: appeal_with(applicant_contact=v), "applicant_contact", True, 200
        ),
        Field("subject", lambda v: appeal_with(subject=v), "subject", False, 300),
        Field("body", lambda v: appeal_with(body=v), "body", True, 8000),
        Field(
            "answer",
            lambda v: (Appeal, appeals.answer_appeal(db, a, appeal(), v, TODAY).record.id),
            "answer",
            True,
            8000,
        ),
        Field(
            "reason",
            lambda v: (
                Appeal,
                appeals.extend_appeal(db, a, appeal(), TODAY + timedelta(days=40), v).record.id,
            ),
            "extension_reason",
        ),
        Field("name", lambda v: obj(name=v), "name", False, 200),
        Field("address_text", lambda v: obj(address_text=v), "address_text", False, 300),
        Field("notes", lambda v: obj(notes=v), "notes"),
        Field(
            "comment",
            lambda v: (
                Feedback,
                feedback.record_feedback(
                    db, a, feedback.FeedbackInput(received_on=TODAY, rating=4, comment=v, beat_id=beat)
                ).record.id,
            ),
            "comment",
        ),
    ]


def _expected(value: str, multiline: bool) -> str:
    return value.strip() if multiline else " ".join(value.split())


def _held(db: Database, field: Field, value: str) -> int:
    """Rows whose field holds the value (or its cleaned form): a refused value must be in none."""
    if "\ud800" in value:
        return 0  # no UTF-8 text (so no row) can hold a lone surrogate
    with db.read() as s:
        total = 0
        for candidate in {value, _expected(value, field.multiline)}:
            for table in _MODELS:
                column = getattr(table, field.attr, None)
                if column is not None:
                    total += int(
                        s.scalar(select(func.count()).select_from(table).where(column == candidate)) or 0
                    )
        outbox = s.scalars(select(OutboxEntry.fields)).all()
        total += sum(1 for f in outbox if value in f.values())
        return total


_MODELS = (
    Address,
    Appeal,
    BeatObject,
    CaseReview,
    DvCase,
    Feedback,
    Household,
    Incident,
    Measure,
    RegistryEntry,
    Resident,
    Visit,
)


def test_every_text_field_stores_or_refuses_hostile_input(db: Database, world: Any) -> None:
    fields = _fields(db, world.inspector, world.supervisor, world.beat_id)
    problems: list[str] = []
    for field in fields:
        for value in ACCEPTED:
            try:
                model, row_id = field.write(value)
            except ValidationError as err:
                allowed = NAME_RULES if field.letters_only else {"max_length"}
                if err.field != field.name or err.rule not in allowed:
                    problems.append(f"{field.name}/{field.attr} refused {value!r}: {err.field} {err.rule}")
                elif err.rule == "max_length" and len(_expected(value, field.multiline)) <= field.max_length:
                    problems.append(f"{field.name}/{field.attr}: {value!r} is within the limit")
                continue
            with db.read() as s:
                stored = getattr(s.get(model, row_id), field.attr)
            if stored != _expected(value, field.multiline):
                problems.append(f"{field.name}/{field.attr}: {value!r} stored as {stored!r}")
        for value, rule in REFUSED.items():
            try:
                field.write(value)
            except ValidationError as err:
                if (err.field, err.rule) != (field.name, rule):
                    problems.append(
                        f"{field.name}/{field.attr} {value[:20]!r}: {err.field} {err.rule}, not {rule}"
                    )
                if not err.message:
                    problems.append(f"{field.name}: no message")
                if _held(db, field, value):
                    problems.append(f"{field.name}/{field.attr} {value[:20]!r}: half-written")
            else:
                problems.append(f"{field.name}/{field.attr} accepted {value[:20]!r}")
    assert problems == []


def test_the_limits_are_the_documented_ones(db: Database, world: Any) -> None:
    """Exactly at the limit is stored; one more character is refused (per field)."""
    for field in _fields(db, world.inspector, world.supervisor, world.beat_id):
        if field.letters_only:
            at_limit = "Ж" * field.max_length
        else:
            at_limit = ("x" * (field.max_length - 1)) + "y"
        model, row_id = field.write(at_limit)
        with db.read() as s:
            assert getattr(s.get(model, row_id), field.attr) == at_limit
        with pytest.raises(ValidationError) as err:
            field.write(at_limit + "z")
        assert (err.value.field, err.value.rule) == (field.name, "max_length")


@pytest.mark.parametrize("query", [*ACCEPTED, LONG, '"unbalanced', "NEAR(a b) OR *", "x\x00y", "-", "''"])
def test_searches_take_hostile_text_without_failing(db: Database, world: Any, query: str) -> None:
    residents.register_resident(
        db,
        world.inspector,
        residents.ResidentInput(beat_id=world.beat_id, last_name="Omarov", first_name="Ali"),
    )
    page = residents.search_residents(db, world.inspector, query)
    assert all(r.full_name for r in page.rows)
    if len(query) > audit.RECORD_QUERY_MAX or "\x00" in query:
        with pytest.raises(ValidationError) as err:
            audit.list_audit(db, world.supervisor, audit.AuditFilters(record=query))
        assert err.value.field == "record"
    else:
        assert isinstance(audit.list_audit(db, world.supervisor, audit.AuditFilters(record=query)).rows, list)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 1
