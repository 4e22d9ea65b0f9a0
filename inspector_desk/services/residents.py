"""Residents of the beat: registering and correcting them, moving them between households, voiding
mistaken entries; and the reads the screens need: search, the filtered list and the resident card."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import PermissionDenied, ValidationError
from inspector_desk.domain.iin import Iin, Sex, parse_iin
from inspector_desk.domain.phone import normalize_phone
from inspector_desk.services.addresses import (
    NAME_MAX,
    NOTES_MAX,
    REASON_MAX,
    UNSET,
    Unset,
    address_line,
    age_on,
    full_name,
    live_in_scope,
    place_of,
    require_field_role,
    resident_search_columns,
    scoped_read,
)
from inspector_desk.services.base import (
    Actor,
    Outcome,
    Page,
    audit_entry,
    ids_in_scope,
    record_refusal,
    require_beat,
    scope_filter,
    unit_of_work,
)
from inspector_desk.services.dv_cases import visible_case_filter
from inspector_desk.services.fields import optional_text, require_text
from inspector_desk.services.registry import active_on, recompute_next_visit_due
from inspector_desk.services.visits import VisitRow, resident_visit_rows
from inspector_desk.store.db import Database
from inspector_desk.store.models import (
    Address,
    Appeal,
    AuditEntry,
    BeatAssignment,
    DvCase,
    DvCaseChild,
    Household,
    RegistryEntry,
    Resident,
    User,
)
from inspector_desk.store.search import search_resident_ids

MAX_PHONES = 5
PAGE_MAX = 500
OPEN_CASE_STATUSES = ("open", "monitoring")
CARD_VISITS = 50
CARD_HISTORY = 100
EARLIEST_BIRTH = date(1900, 1, 1)
# Letters of any script plus the marks names are written with (Абай-Кунанбаев, O'Brien, Ж.).
_NAME_MARKS = frozenset(" -'’.")


# --- inputs and records ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResidentInput:
    beat_id: str
    last_name: str
    first_name: str
    middle_name: str | None = None
    iin: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    phones: Sequence[str] = ()
    household_id: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class ResidentUpdate:
    """A partial update: only fields given (not UNSET) change; None clears an optional field.

    The household is changed by ``move_resident``, never here.
    """

    last_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset | None = UNSET
    iin: str | Unset | None = UNSET
    birth_date: date | Unset | None = UNSET
    sex: str | Unset | None = UNSET
    phones: Sequence[str] | Unset = UNSET
    notes: str | Unset | None = UNSET


@dataclass(frozen=True, slots=True)
class ResidentRecord:
    id: str
    beat_id: str
    household_id: str | None
    last_name: str
    first_name: str
    middle_name: str | None
    full_name: str
    iin: str | None
    birth_date: date | None
    sex: str | None
    phones: tuple[str, ...]
    notes: str | None
    next_visit_due: date | None


@dataclass(frozen=True, slots=True)
class ResidentListRow:
    id: str
    beat_id: str
    full_name: str
    iin: str | None
    birth_date: date | None
    sex: str | None
    address: str
    phone: str | None
    categories: tuple[str, ...]
    has_open_dv_case: bool
    next_visit_due: date | None


@dataclass(frozen=True, slots=True)
class ResidentFilter:
    """Filters of the residents list; None means "any". Ages are full years on the list's date."""

    category: str | None = None
    has_open_dv_case: bool | None = None
    age_min: int | None = None
    age_max: int | None = None
    street: str | None = None
    beat_id: str | None = None
    inspector_id: str | None = None


SORTS = ("name", "birth_date", "address", "next_visit_due")


@dataclass(frozen=True, slots=True)
class CardMember:
    resident_id: str
    full_name: str
    birth_date: date | None
    age: int | None


@dataclass(frozen=True, slots=True)
class CardRegistryEntry:
    id: str
    category: str
    basis: str
    start_date: date
    end_date: date | None
    ended_reason: str | None
    active: bool


@dataclass(frozen=True, slots=True)
class CardDvCase:
    id: str
    number: str
    role: str  # victim | offender | child
    status: str
    risk_level: str | None


@dataclass(frozen=True, slots=True)
class CardAppeal:
    id: str
    subject: str
    status: str
    received_on: date
    due_on: date


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    user_id: str | None
    user_name: str | None
    action: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ResidentCard:
    resident: ResidentRecord
    age: int | None
    household_id: str | None
    address: str
    members: tuple[CardMember, ...]
    registry: tuple[CardRegistryEntry, ...]
    categories: tuple[str, ...]
    visits: tuple[VisitRow, ...]
    more_visits: bool
    dv_cases: tuple[CardDvCase, ...]
    appeals: tuple[CardAppeal, ...]
    history: tuple[HistoryEntry, ...]
    next_visit_due: date | None


def _record(r: Resident) -> ResidentRecord:
    return ResidentRecord(
        id=r.id,
        beat_id=r.beat_id,
        household_id=r.household_id,
        last_name=r.last_name,
        first_name=r.first_name,
        middle_name=r.middle_name,
        full_name=full_name(r.last_name, r.first_name, r.middle_name),
        iin=r.iin,
        birth_date=r.birth_date,
        sex=r.sex,
        phones=tuple(r.phones or ()),
        notes=r.notes,
        next_visit_due=r.next_visit_due,
    )


# --- validation ------------------------------------------------------------------------------


def _name(value: str | None, field: str, *, required: bool) -> str | None:
    text = require_text(value, field, NAME_MAX) if required else optional_text(value, field, NAME_MAX)
    if text is not None:
        text = unicodedata.normalize("NFC", text)
        if not any(c.isalpha() for c in text) or any(not c.isalpha() and c not in _NAME_MARKS for c in text):
            raise ValidationError(
                field, "name.characters", "Use letters, spaces, hyphens and apostrophes only"
            )
    return text


def _sex(value: str | None) -> Sex | None:
    if value is None or not value.strip():
        return None
    try:
        return Sex(value.strip().upper())
    except ValueError:
        raise ValidationError("sex", "choice", "Sex must be M or F") from None


def _birth_date(value: date | None, today: date) -> date | None:
    if value is None:
        return None
    if value > today:
        raise ValidationError("birth_date", "not_future", "The birth date may not be in the future")
    if value < EARLIEST_BIRTH:
        raise ValidationError("birth_date", "range", "The birth date must be after 1900")
    return value


def _iin(value: str | None) -> Iin | None:
    if value is None or not value.strip():
        return None
    return parse_iin(value, "iin")


def _phones(values: Sequence[str]) -> list[str]:
    if isinstance(values, str):
        values = [values]
    phones: list[str] = []
    for i, raw in enumerate(values):
        if raw is None or not raw.strip():
            continue  # an empty phone slot of the form
        phone = normalize_phone(raw, f"phones[{i}]")
        if phone not in phones:
            phones.append(phone)
    if len(phones) > MAX_PHONES:
        raise ValidationError("phones", "max_count", f"At most {MAX_PHONES} phone numbers")
    return phones


def _consistent_with_iin(
    iin: Iin | None, birth: date | None, sex: Sex | None, birth_given: bool, sex_given: bool
) -> tuple[date | None, Sex | None]:
    """Birth date and sex filled from the IIN; a value typed in as well must agree with it."""
    if iin is None:
        return birth, sex
    if birth_given and birth is not None and birth != iin.birth_date:
        raise ValidationError(
            "birth_date", "iin.mismatch", f"The IIN gives the birth date {iin.birth_date.isoformat()}"
        )
    if sex_given and sex is not None and sex != iin.sex:
        raise ValidationError("sex", "iin.mismatch", f"The IIN gives the sex {iin.sex.value}")
    return iin.birth_date, iin.sex


def _check_iin_unique(session: Session, actor: Actor, iin: str, exclude: str | None = None) -> None:
    query = select(Resident).where(Resident.iin == iin, Resident.deleted.is_(False))
    for other in session.scalars(query):
        if other.id == exclude:
            continue
        if actor.in_scope(other.beat_id):
            born = f", born {other.birth_date.isoformat()}" if other.birth_date else ""
            holder = full_name(other.last_name, other.first_name, other.middle_name)
            message = f"This IIN is already registered to {holder}{born}"
        else:
            # The holder is outside the actor's beats: say that it exists, not who it is.
            message = "This IIN is already registered to a resident of another beat"
        raise ValidationError("iin", "iin.unique", message)


def _household_on_beat(session: Session, actor: Actor, household_id: str, beat_id: str) -> Household:
    household = live_in_scope(session, actor, Household, household_id)
    if household.beat_id != beat_id:
        raise ValidationError(
            "household_id", "household.other_beat", "The household must be on the resident's beat"
        )
    return household


# --- writes ----------------------------------------------------------------------------------


def register_resident(
    db: Database, actor: Actor, data: ResidentInput, *, today: date | None = None
) -> Outcome[ResidentRecord]:
    """Add a resident to the beat; birth date and sex come from the IIN when one is given."""
    today = today or date.today()
    with unit_of_work(db, actor, "register_resident") as work:
        require_field_role(actor)
        require_beat(actor, data.beat_id, record=f"beats:{data.beat_id}")
        last_name = _name(data.last_name, "last_name", required=True)
        first_name = _name(data.first_name, "first_name", required=True)
        middle_name = _name(data.middle_name, "middle_name", required=False)
        iin = _iin(data.iin)
        birth, sex = _consistent_with_iin(
            iin,
            _birth_date(data.birth_date, today),
            _sex(data.sex),
            birth_given=data.birth_date is not None,
            sex_given=data.sex is not None,
        )
        phones = _phones(data.phones)
        notes = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        if iin is not None:
            _check_iin_unique(work.session, actor, iin.value)
        if data.household_id:
            _household_on_beat(work.session, actor, data.household_id, data.beat_id)
        assert last_name is not None
        assert first_name is not None
        row = Resident(
            beat_id=data.beat_id,
            household_id=data.household_id or None,
            last_name=last_name,
            first_name=first_name,
            middle_name=middle_name,
            iin=iin.value if iin else None,
            birth_date=birth,
            sex=sex.value if sex else None,
            phones=phones,
            notes=notes,
            next_visit_due=None,
        )
        street, house, apartment = place_of(work.session, row.household_id)
        for key, value in resident_search_columns(row, street, house, apartment).items():
            setattr(row, key, value)
        work.insert(row)
        return work.outcome(_record(row))


def update_resident(
    db: Database, actor: Actor, resident_id: str, data: ResidentUpdate, *, today: date | None = None
) -> Outcome[ResidentRecord]:
    """Correct a resident's details; only the fields given change, the rest are checked as they stand."""
    today = today or date.today()
    with unit_of_work(db, actor, "update_resident") as work:
        require_field_role(actor)
        row = work.get(Resident, resident_id)
        values: dict[str, Any] = {}
        if not isinstance(data.last_name, Unset):
            values["last_name"] = _name(data.last_name, "last_name", required=True)
        if not isinstance(data.first_name, Unset):
            values["first_name"] = _name(data.first_name, "first_name", required=True)
        if not isinstance(data.middle_name, Unset):
            values["middle_name"] = _name(data.middle_name, "middle_name", required=False)
        iin = _iin(row.iin) if isinstance(data.iin, Unset) else _iin(data.iin)
        birth_given = not isinstance(data.birth_date, Unset)
        sex_given = not isinstance(data.sex, Unset)
        birth = (
            _birth_date(data.birth_date, today) if not isinstance(data.birth_date, Unset) else row.birth_date
        )
        sex = _sex(data.sex) if not isinstance(data.sex, Unset) else _sex(row.sex)
        birth, sex = _consistent_with_iin(iin, birth, sex, birth_given, sex_given)
        values["iin"] = iin.value if iin else None
        values["birth_date"] = birth
        values["sex"] = sex.value if sex else None
        if not isinstance(data.phones, Unset):
            values["phones"] = _phones(data.phones)
        if not isinstance(data.notes, Unset):
            values["notes"] = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        if iin is not None and iin.value != row.iin:
            _check_iin_unique(work.session, actor, iin.value, exclude=row.id)
        diff = work.update(row, values)
        if diff.keys() & {"last_name", "first_name", "middle_name", "iin", "phones"}:
            street, house, apartment = place_of(work.session, row.household_id)
            work.update(row, resident_search_columns(row, street, house, apartment))
        return work.outcome(_record(row))


def move_resident(
    db: Database, actor: Actor, resident_id: str, household_id: str | None, *, today: date | None = None
) -> Outcome[ResidentRecord]:
    """Move a resident to another household of the same beat (None: no known dwelling on the beat)."""
    with unit_of_work(db, actor, "move_resident") as work:
        require_field_role(actor)
        row = work.get(Resident, resident_id)
        if household_id:
            _household_on_beat(work.session, actor, household_id, row.beat_id)
        diff = work.update(row, {"household_id": household_id or None})
        if diff:
            street, house, apartment = place_of(work.session, row.household_id)
            work.update(row, resident_search_columns(row, street, house, apartment))
            # Visits to the old household no longer count for them; the new one's do.
            recompute_next_visit_due(work.session, row.id, on=today)
        return work.outcome(_record(row))


def void_resident(db: Database, actor: Actor, resident_id: str, reason: str) -> Outcome[ResidentRecord]:
    """Void a resident entered by mistake (kept, never deleted; hidden from every read)."""
    with unit_of_work(db, actor, "void_resident") as work:
        require_field_role(actor)
        row = work.get(Resident, resident_id)
        text = require_text(reason, "reason", REASON_MAX, multiline=True)
        work.void(row, text)
        row.next_visit_due = None
        return work.outcome(_record(row))


# --- reads: lists ----------------------------------------------------------------------------


def _in_open_case(beats: Sequence[str] | None = None) -> Any:
    """Correlated test: the resident is victim, offender or child of an open (or monitored) DV case
    (of one of ``beats``; None: of any beat).

    EXISTS probes (ix_dv_cases_victim_id, ..._offender_id, ix_dv_case_children_resident_id) let a list
    walking the name index stop after a page, where an IN (union of all parties) builds the whole set.
    """
    live_open = and_(DvCase.deleted.is_(False), DvCase.status.in_(OPEN_CASE_STATUSES))
    if beats is not None:
        live_open = and_(live_open, DvCase.beat_id.in_(beats))
    return or_(
        exists().where(DvCase.victim_id == Resident.id, live_open),
        exists().where(DvCase.offender_id == Resident.id, live_open),
        exists().where(
            DvCaseChild.resident_id == Resident.id,
            DvCaseChild.deleted.is_(False),
            DvCase.id == DvCaseChild.case_id,
            live_open,
        ),
    )


def list_rows(session: Session, ids: Sequence[str], on: date) -> list[ResidentListRow]:
    """Display rows for these residents, in the order of ``ids`` (a search's ranking).

    One statement: the ids travel as one JSON array read by ``json_each`` (a statement of constant
    shape, compiled once and cached, instead of an IN of a page of parameters built in Python for
    every page), the categories in force and the open-case flag come from correlated subqueries on
    their indexes. A list page costs the worker thread little Python, so little time holding the GIL
    the window's painting needs."""
    if not ids:
        return []
    wanted = func.json_each(json.dumps(list(ids))).table_valued("value").alias("wanted")
    categories = (
        select(func.group_concat(RegistryEntry.category, ","))
        .where(RegistryEntry.resident_id == Resident.id, active_on(on))
        .scalar_subquery()
    )
    # Plain rows through the connection: no ORM loading machinery per row.
    rows = session.connection().execute(
        select(
            Resident.id,
            Resident.beat_id,
            Resident.last_name,
            Resident.first_name,
            Resident.middle_name,
            Resident.iin,
            Resident.birth_date,
            Resident.sex,
            Resident.phones,
            Resident.next_visit_due,
            Address.street,
            Address.house,
            Household.apartment,
            categories.label("categories"),
            _in_open_case().label("in_open_case"),
        )
        .select_from(wanted)
        .join(Resident, Resident.id == wanted.c.value)
        .outerjoin(Household, Household.id == Resident.household_id)
        .outerjoin(Address, Address.id == Household.address_id)
    )
    found: dict[str, ResidentListRow] = {}
    for r in rows:
        found[r.id] = ResidentListRow(
            id=r.id,
            beat_id=r.beat_id,
            full_name=full_name(r.last_name, r.first_name, r.middle_name),
            iin=r.iin,
            birth_date=r.birth_date,
            sex=r.sex,
            address=address_line(r.street, r.house, r.apartment),
            phone=r.phones[0] if r.phones else None,
            categories=tuple(sorted(set(r.categories.split(",")))) if r.categories else (),
            has_open_dv_case=bool(r.in_open_case),
            next_visit_due=r.next_visit_due,
        )
    return [found[i] for i in ids if i in found]


def resident_rows(
    db: Database, actor: Actor, ids: Sequence[str], *, on: date | None = None
) -> list[ResidentListRow]:
    """The list rows of these residents again, in the order given (a list's rows scrolled out of its
    cache and back); residents voided since, or outside the actor's beats, are left out."""
    if len(ids) > PAGE_MAX:
        raise ValidationError("ids", "range", f"A page holds 1 to {PAGE_MAX} rows")
    on = on or date.today()
    with db.read() as session:
        live = set(ids_in_scope(session, Resident, ids, actor))
        rows = list_rows(session, [i for i in ids if i in live], on)
        outside = [i for i in ids if i not in live]
        foreign = (
            session.scalars(
                select(Resident.id).where(Resident.id.in_(outside), Resident.deleted.is_(False)).limit(1)
            ).first()
            if outside
            else None
        )
    if foreign is not None:
        # Left out like a voided row, but asking for another beat's resident is recorded.
        denied = PermissionDenied(
            "this record belongs to a beat outside your scope", record=f"residents:{foreign}"
        )
        record_refusal(db, actor, "view_resident_rows", denied)
    return rows


def _page_bounds(limit: int, offset: int) -> tuple[int, int]:
    if limit < 1 or limit > PAGE_MAX:
        raise ValidationError("limit", "range", f"A page holds 1 to {PAGE_MAX} rows")
    if offset < 0:
        raise ValidationError("offset", "range", "The offset may not be negative")
    return limit, offset


def search_residents(
    db: Database, actor: Actor, query: str, *, limit: int = 50, offset: int = 0, on: date | None = None
) -> Page[ResidentListRow]:
    """Residents matching what was typed (name in any script, IIN, phone, street and house), best first."""
    limit, offset = _page_bounds(limit, offset)
    on = on or date.today()
    with db.read() as session:
        ids, has_more = search_resident_ids(session, query, actor.beat_ids, limit=limit, offset=offset)
        return Page(list_rows(session, ids, on), has_more)


def _years_before(on: date, years: int) -> date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February in a year that has none
        return on.replace(year=on.year - years, day=28)


def _list_query(
    session: Session, actor: Actor, f: ResidentFilter, on: date, *, walk_sort_index: bool = False
) -> Select[Any] | None:
    beats = scope_filter(actor)
    if f.beat_id is not None:
        beats = [b for b in beats if b == f.beat_id]
    if f.inspector_id is not None:
        assigned = set(
            session.scalars(select(BeatAssignment.beat_id).where(BeatAssignment.user_id == f.inspector_id))
        )
        beats = [b for b in beats if b in assigned]
    if not beats:
        return None
    beat_filter = Resident.beat_id.in_(beats)
    if walk_sort_index and len(beats) > 1:
        # Over several beats, reading the sort column's index in order and skipping other beats' rows
        # beats fetching every resident of the beats and sorting them (a unit: 200k rows). The
        # coalesce hides beat_id from the planner so it takes that path (ix_residents_sort_name; birth
        # date and due date need their own single-column indexes for it).
        beat_filter = func.coalesce(Resident.beat_id, "").in_(beats)
    query = select(Resident.id).where(Resident.deleted.is_(False), beat_filter)
    if f.category is not None:
        query = query.where(
            Resident.id.in_(
                select(RegistryEntry.resident_id).where(
                    RegistryEntry.beat_id.in_(beats), RegistryEntry.category == f.category, active_on(on)
                )
            )
        )
    if f.has_open_dv_case is not None:
        in_case = _in_open_case(beats)
        query = query.where(in_case if f.has_open_dv_case else ~in_case)
    for value, field in ((f.age_min, "age_min"), (f.age_max, "age_max")):
        if value is not None and not 0 <= value <= 150:
            raise ValidationError(field, "range", "Age must be from 0 to 150")
    if f.age_min is not None:
        query = query.where(Resident.birth_date <= _years_before(on, f.age_min))
    if f.age_max is not None:
        query = query.where(Resident.birth_date > _years_before(on, f.age_max + 1))
    if f.street is not None:
        query = query.where(
            Resident.household_id.in_(
                select(Household.id)
                .join(Address, Address.id == Household.address_id)
                .where(
                    Address.beat_id.in_(beats),
                    Address.street == " ".join(f.street.split()),
                    Address.deleted.is_(False),
                    Household.deleted.is_(False),
                )
            )
        )
    return query


def list_residents(
    db: Database,
    actor: Actor,
    filters: ResidentFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int = 50,
    offset: int = 0,
    on: date | None = None,
    after: str | None = None,
) -> Page[ResidentListRow]:
    """The residents of the actor's beats matching ``filters``, sorted by name, birth date, address
    or next registry visit due (residents with no date last either way), paged.

    ``after``: sorted by name, the id of the last row already shown; the page starts after it
    (reads on from there in the index instead of skipping ``offset`` rows: deep pages stay fast)."""
    limit, offset = _page_bounds(limit, offset)
    if sort not in SORTS:
        raise ValidationError("sort", "choice", f"Sort by one of: {', '.join(SORTS)}")
    on = on or date.today()
    with db.read() as session:
        query = _list_query(
            session, actor, filters or ResidentFilter(), on, walk_sort_index=sort != "address"
        )
        if query is None:
            return Page([], False)
        if after is not None:
            if sort != "name":
                raise ValidationError("after", "sort", "Paging after a row needs the list sorted by name")
            query = _after_name(session, query, after, descending)
        name = Resident.sort_name.desc() if descending else Resident.sort_name.asc()
        order: list[Any]
        if sort == "name":
            # Both in one direction: ix_residents_sort_name (sort_name, id) read forwards or backwards.
            order = [name, Resident.id.desc() if descending else Resident.id.asc()]
        elif sort == "birth_date":
            key = Resident.birth_date.desc() if descending else Resident.birth_date.asc()
            order = [key.nulls_last(), name, Resident.id]
        elif sort == "next_visit_due":
            key = Resident.next_visit_due.desc() if descending else Resident.next_visit_due.asc()
            order = [key.nulls_last(), name, Resident.id]
        else:
            query = query.outerjoin(Household, Household.id == Resident.household_id).outerjoin(
                Address, Address.id == Household.address_id
            )
            keys = [Address.street, Address.house, Household.apartment]
            order = [(k.desc() if descending else k.asc()).nulls_last() for k in keys] + [name, Resident.id]
        ids = list(session.scalars(query.order_by(*order).limit(limit + 1).offset(offset)))
        return Page(list_rows(session, ids[:limit], on), len(ids) > limit)


def _after_name(session: Session, query: Select[Any], after: str, descending: bool) -> Select[Any]:
    """The rows that follow resident ``after`` in name order (sort_name, then id)."""
    key = session.scalar(select(Resident.sort_name).where(Resident.id == after))
    if key is None:
        raise ValidationError("after", "not_found", "The row to continue after no longer exists")
    # "sort_name >= key AND ...": a range on ix_residents_sort_name (an OR alone is no range).
    if descending:
        return query.where(Resident.sort_name <= key, or_(Resident.sort_name < key, Resident.id < after))
    return query.where(Resident.sort_name >= key, or_(Resident.sort_name > key, Resident.id > after))


# --- reads: the card -------------------------------------------------------------------------


def _card_cases(session: Session, actor: Actor, resident_id: str) -> tuple[CardDvCase, ...]:
    """The resident's DV cases the actor may see (need-to-know, shared with the DV case service)."""
    visible = visible_case_filter(actor)
    roles: dict[str, tuple[DvCase, str]] = {}
    child_of = select(DvCaseChild.case_id).where(
        DvCaseChild.resident_id == resident_id, DvCaseChild.deleted.is_(False)
    )
    # Three indexed lookups; a person who is both victim and child keeps the stronger role.
    for role, condition in (
        ("child", DvCase.id.in_(child_of)),
        ("offender", DvCase.offender_id == resident_id),
        ("victim", DvCase.victim_id == resident_id),
    ):
        for case in session.scalars(select(DvCase).where(condition, visible)):
            roles[case.id] = (case, role)
    cases = [CardDvCase(c.id, c.number, role, c.status, c.risk_level) for c, role in roles.values()]
    return tuple(sorted(cases, key=lambda c: (c.status == "closed", c.number)))


def _card_history(session: Session, resident_id: str) -> tuple[HistoryEntry, ...]:
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == Resident.__tablename__,
            AuditEntry.entity_id == resident_id,
            AuditEntry.outcome == "ok",
            AuditEntry.action != "view",
        )
        .order_by(AuditEntry.at.desc())
        .limit(CARD_HISTORY)
    ).all()
    user_ids = sorted({e.user_id for e in entries if e.user_id})
    names = (
        dict(session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids))).all())
        if user_ids
        else {}
    )
    history = []
    for e in entries:
        changes = e.changes or {}
        if e.action == "create":
            # A new record lists the fields it was created with, not its empty ones.
            fields = {k: v for k, v in (changes.get("after") or {}).items() if v not in (None, False, [], "")}
        else:
            fields = changes
        history.append(
            HistoryEntry(e.at, e.user_id, names.get(e.user_id or ""), e.action, tuple(sorted(fields or {})))
        )
    return tuple(history)


def resident_card(db: Database, actor: Actor, resident_id: str, *, on: date | None = None) -> ResidentCard:
    """Everything about one resident on one screen; the view itself is written to the audit log."""
    on = on or date.today()
    with scoped_read(db, actor, "view_resident") as session:
        row = live_in_scope(session, actor, Resident, resident_id)
        record = _record(row)
        street, house, apartment = place_of(session, row.household_id)
        members: tuple[CardMember, ...] = ()
        if row.household_id is not None:
            others = session.execute(
                select(
                    Resident.id,
                    Resident.last_name,
                    Resident.first_name,
                    Resident.middle_name,
                    Resident.birth_date,
                )
                .where(
                    Resident.household_id == row.household_id,
                    Resident.deleted.is_(False),
                    Resident.id != row.id,
                )
                .order_by(Resident.birth_date)
            )
            members = tuple(
                CardMember(
                    o.id,
                    full_name(o.last_name, o.first_name, o.middle_name),
                    o.birth_date,
                    age_on(o.birth_date, on),
                )
                for o in others
            )
        entries = session.scalars(
            select(RegistryEntry)
            .where(RegistryEntry.resident_id == row.id, RegistryEntry.deleted.is_(False))
            .order_by(RegistryEntry.start_date.desc())
        ).all()
        registry = tuple(
            CardRegistryEntry(
                e.id,
                e.category,
                e.basis,
                e.start_date,
                e.end_date,
                e.ended_reason,
                e.start_date <= on and (e.end_date is None or e.end_date >= on),
            )
            for e in entries
        )
        visits, more_visits = resident_visit_rows(
            session, row.id, row.household_id, limit=CARD_VISITS, offset=0
        )
        appeals = tuple(
            CardAppeal(a.id, a.subject, a.status, a.received_on, a.due_on)
            for a in session.scalars(
                select(Appeal)
                .where(Appeal.resident_id == row.id, Appeal.deleted.is_(False))
                .order_by(Appeal.received_on.desc())
            )
            if actor.in_scope(a.beat_id)
        )
        card = ResidentCard(
            resident=record,
            age=age_on(row.birth_date, on),
            household_id=row.household_id,
            address=address_line(street, house, apartment),
            members=members,
            registry=registry,
            categories=tuple(sorted({e.category for e in registry if e.active})),
            visits=tuple(visits),
            more_visits=more_visits,
            dv_cases=_card_cases(session, actor, row.id),
            appeals=appeals,
            history=_card_history(session, row.id),
            next_visit_due=row.next_visit_due,
        )
    # Who looked at whom is part of the audit trail (anti-corruption), in its own short write.
    with db.write() as session:
        session.add(
            audit_entry(actor, "view", entity=Resident.__tablename__, entity_id=row.id, beat_id=row.beat_id)
        )
    return card
