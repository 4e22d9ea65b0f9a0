"""Addresses and households of the beat: where residents live, in walking order for a round; and the
helpers the beat-register services share (checked text fields, partial updates, scoped reads)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Final, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from inspector_desk.services.base import (
    Actor,
    Outcome,
    Role,
    Work,
    record_refusal,
    require_beat,
    require_role,
    scope_filter,
    unit_of_work,
)
from inspector_desk.services.fields import optional_text, require_text
from inspector_desk.services.registry import active_categories
from inspector_desk.store import search
from inspector_desk.store.db import Database
from inspector_desk.store.models import Address, Household, Resident, SyncedRow, Visit

# --- shared by the beat-register services ------------------------------------------------------


class Unset(Enum):
    """Marks a field a partial update leaves as it is (None means "clear it")."""

    UNSET = "UNSET"


UNSET: Final = Unset.UNSET

NAME_MAX = 100
STREET_MAX = 200
HOUSE_MAX = 20
LOCALITY_MAX = 120
NOTES_MAX = 4000
REASON_MAX = 1000
WALK_ORDER_MAX = 1_000_000
# Field work (registering people, logging visits) is done by inspectors and their supervisors;
# an HQ administrator reads but does not write the beat register.
FIELD_ROLES = (Role.INSPECTOR, Role.SUPERVISOR)
# Bound parameters per IN list: well under SQLite's limit, whatever build the laptop has.
IN_CHUNK = 500

M = TypeVar("M", bound=SyncedRow)


def require_field_role(actor: Actor) -> None:
    require_role(actor, *FIELD_ROLES)


def live_in_scope(session: Session, actor: Actor, model: type[M], row_id: str) -> M:
    """A live row in the actor's scope for a read; NotFound or PermissionDenied otherwise."""
    table = str(getattr(model, "__tablename__"))  # noqa: B009 (declared by the concrete model)
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(f"{table} {row_id} does not exist or was voided")
    require_beat(actor, row.beat_id, record=f"{table}:{row_id}")
    return row


@contextmanager
def scoped_read(db: Database, actor: Actor, action: str) -> Iterator[Session]:
    """A read session whose refusals are audited like a write's (who tried to see what)."""
    try:
        with db.read() as session:
            yield session
    except PermissionDenied as exc:
        record_refusal(db, actor, action, exc)
        raise


def chunks(items: Sequence[str], size: int = IN_CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def age_on(birth_date: date | None, on: date) -> int | None:
    if birth_date is None:
        return None
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


def address_line(street: str | None, house: str | None, apartment: str | None = None) -> str:
    """ "Абая 12, 45": street and house, then the apartment if any (empty without an address)."""
    if street is None:
        return ""
    line = f"{street} {house}" if house else street
    return f"{line}, {apartment}" if apartment else line


_NUMBER_RUN = re.compile(r"(\d+)")


def natural_key(text: str | None) -> tuple[tuple[int, int | str], ...]:
    """Sort key putting house "2" before "12" and "12" before "12а"."""
    if not text:
        return ()
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold()) for part in _NUMBER_RUN.split(text) if part
    )


def resident_search_columns(
    resident: Resident, street: str | None, house: str | None, apartment: str | None
) -> dict[str, str]:
    """The derived search and sort columns of a resident who lives at this place."""
    return {
        "name_key": search.name_key(resident.last_name, resident.first_name, resident.middle_name),
        "sort_name": search.sort_name(resident.last_name, resident.first_name, resident.middle_name),
        "search_text": search.search_text(
            last_name=resident.last_name,
            first_name=resident.first_name,
            middle_name=resident.middle_name,
            iin=resident.iin,
            phones=resident.phones or (),
            street=street,
            house=house,
            apartment=apartment,
        ),
    }


def place_of(session: Session, household_id: str | None) -> tuple[str | None, str | None, str | None]:
    """(street, house, apartment) of a household, all None without one."""
    if household_id is None:
        return None, None, None
    row = session.execute(
        select(Address.street, Address.house, Household.apartment)
        .join(Address, Address.id == Household.address_id)
        .where(Household.id == household_id)
    ).one_or_none()
    if row is None:
        return None, None, None
    return row[0], row[1], row[2]


def reindex_residents(work: Work, household_ids: Iterable[str]) -> int:
    """Recompute the search columns of everyone living in these households; returns how many changed."""
    changed = 0
    ids = sorted(set(household_ids))
    for part in chunks(ids):
        residents = work.session.scalars(
            select(Resident).where(Resident.household_id.in_(part), Resident.deleted.is_(False))
        ).all()
        places = {hid: place_of(work.session, hid) for hid in part}
        for resident in residents:
            assert resident.household_id is not None
            street, house, apartment = places[resident.household_id]
            if work.update(resident, resident_search_columns(resident, street, house, apartment)):
                changed += 1
    return changed


# --- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AddressInput:
    beat_id: str
    street: str
    house: str
    locality: str | None = None
    walk_order: int = 0
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class AddressUpdate:
    """Only the fields given (not UNSET) change."""

    street: str | Unset = UNSET
    house: str | Unset = UNSET
    locality: str | Unset | None = UNSET
    walk_order: int | Unset = UNSET
    notes: str | Unset | None = UNSET


@dataclass(frozen=True, slots=True)
class AddressRecord:
    id: str
    beat_id: str
    street: str
    house: str
    locality: str | None
    walk_order: int
    notes: str | None


@dataclass(frozen=True, slots=True)
class HouseholdInput:
    address_id: str
    apartment: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class HouseholdUpdate:
    """Only the fields given (not UNSET) change; a new ``address_id`` must be on the same beat."""

    address_id: str | Unset = UNSET
    apartment: str | Unset | None = UNSET
    notes: str | Unset | None = UNSET


@dataclass(frozen=True, slots=True)
class HouseholdRecord:
    id: str
    beat_id: str
    address_id: str
    apartment: str | None
    notes: str | None
    address_line: str


@dataclass(frozen=True, slots=True)
class HouseholdMember:
    resident_id: str
    full_name: str
    birth_date: date | None
    age: int | None
    sex: str | None
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LastVisit:
    visit_id: str
    visited_at: datetime
    kind: str
    outcome: str
    officer_id: str


@dataclass(frozen=True, slots=True)
class HouseholdView:
    id: str
    beat_id: str
    address: AddressRecord
    apartment: str | None
    notes: str | None
    address_line: str
    members: tuple[HouseholdMember, ...]
    last_visit: LastVisit | None


@dataclass(frozen=True, slots=True)
class RoundResident:
    resident_id: str
    full_name: str
    age: int | None
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoundStop:
    """One door of a door-to-door round, in walking order."""

    household_id: str
    address_id: str
    street: str
    house: str
    apartment: str | None
    walk_order: int
    address_line: str
    residents: tuple[RoundResident, ...]
    last_visit_at: datetime | None


def full_name(last_name: str, first_name: str, middle_name: str | None) -> str:
    return " ".join(p for p in (last_name, first_name, middle_name) if p)


def _address_record(a: Address) -> AddressRecord:
    return AddressRecord(a.id, a.beat_id, a.street, a.house, a.locality, a.walk_order, a.notes)


def _household_record(h: Household, a: Address) -> HouseholdRecord:
    return HouseholdRecord(
        h.id, h.beat_id, h.address_id, h.apartment, h.notes, address_line(a.street, a.house, h.apartment)
    )


# --- writes ----------------------------------------------------------------------------------


def _walk_order(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= WALK_ORDER_MAX:
        raise ValidationError(
            "walk_order", "range", f"Walking order must be a whole number from 0 to {WALK_ORDER_MAX}"
        )
    return value


def _check_address_unique(
    session: Session, beat_id: str, street: str, house: str, locality: str | None, exclude: str | None = None
) -> None:
    query = select(Address.id, Address.locality).where(
        Address.beat_id == beat_id,
        Address.street == street,
        Address.house == house,
        Address.deleted.is_(False),
    )
    for other_id, other_locality in session.execute(query):
        if other_id != exclude and (other_locality or "").casefold() == (locality or "").casefold():
            raise ValidationError("house", "address.duplicate", f"{street} {house} is already on this beat")


def create_address(db: Database, actor: Actor, data: AddressInput) -> Outcome[AddressRecord]:
    with unit_of_work(db, actor, "create_address") as work:
        require_field_role(actor)
        require_beat(actor, data.beat_id, record=f"beats:{data.beat_id}")
        street = require_text(data.street, "street", STREET_MAX)
        house = require_text(data.house, "house", HOUSE_MAX)
        locality = optional_text(data.locality, "locality", LOCALITY_MAX)
        walk_order = _walk_order(data.walk_order)
        notes = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        _check_address_unique(work.session, data.beat_id, street, house, locality)
        row = work.insert(
            Address(
                beat_id=data.beat_id,
                street=street,
                house=house,
                locality=locality,
                walk_order=walk_order,
                notes=notes,
            )
        )
        return work.outcome(_address_record(row))


def update_address(
    db: Database, actor: Actor, address_id: str, data: AddressUpdate
) -> Outcome[AddressRecord]:
    """Change an address; a new street or house re-indexes everyone living there for search."""
    with unit_of_work(db, actor, "update_address") as work:
        require_field_role(actor)
        row = work.get(Address, address_id)
        values: dict[str, object] = {}
        if not isinstance(data.street, Unset):
            values["street"] = require_text(data.street, "street", STREET_MAX)
        if not isinstance(data.house, Unset):
            values["house"] = require_text(data.house, "house", HOUSE_MAX)
        if not isinstance(data.locality, Unset):
            values["locality"] = optional_text(data.locality, "locality", LOCALITY_MAX)
        if not isinstance(data.walk_order, Unset):
            values["walk_order"] = _walk_order(data.walk_order)
        if not isinstance(data.notes, Unset):
            values["notes"] = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        street = str(values.get("street", row.street))
        house = str(values.get("house", row.house))
        locality = values.get("locality", row.locality)
        _check_address_unique(
            work.session, row.beat_id, street, house, locality if isinstance(locality, str) else None, row.id
        )
        diff = work.update(row, values)
        if "street" in diff or "house" in diff:
            households = work.session.scalars(
                select(Household.id).where(Household.address_id == row.id, Household.deleted.is_(False))
            ).all()
            reindex_residents(work, households)
        return work.outcome(_address_record(row))


def _check_household_unique(
    session: Session, address_id: str, apartment: str | None, exclude: str | None = None
) -> None:
    rows = session.execute(
        select(Household.id, Household.apartment).where(
            Household.address_id == address_id, Household.deleted.is_(False)
        )
    )
    for other_id, other_apartment in rows:
        if other_id != exclude and (other_apartment or "").casefold() == (apartment or "").casefold():
            what = f"apartment {apartment}" if apartment else "a household without an apartment number"
            raise ValidationError("apartment", "household.duplicate", f"This address already has {what}")


def create_household(db: Database, actor: Actor, data: HouseholdInput) -> Outcome[HouseholdRecord]:
    with unit_of_work(db, actor, "create_household") as work:
        require_field_role(actor)
        address = work.get(Address, data.address_id)
        apartment = optional_text(data.apartment, "apartment", HOUSE_MAX)
        notes = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        _check_household_unique(work.session, address.id, apartment)
        row = work.insert(
            Household(beat_id=address.beat_id, address_id=address.id, apartment=apartment, notes=notes)
        )
        return work.outcome(_household_record(row, address))


@dataclass(frozen=True, slots=True)
class DwellingInput:
    """A door to add to the beat: the building (found, or registered when new) and the apartment."""

    beat_id: str
    street: str
    house: str
    apartment: str | None = None
    locality: str | None = None
    walk_order: int = 0
    notes: str | None = None


def register_dwelling(db: Database, actor: Actor, data: DwellingInput) -> Outcome[HouseholdRecord]:
    """A household at street and house, in one transaction: the address is registered when the beat
    does not have it yet (else reused), then the household; a door already there is refused."""
    with unit_of_work(db, actor, "register_dwelling") as work:
        require_field_role(actor)
        require_beat(actor, data.beat_id, record=f"beats:{data.beat_id}")
        street = " ".join(require_text(data.street, "street", STREET_MAX).split())
        house = require_text(data.house, "house", HOUSE_MAX)
        locality = optional_text(data.locality, "locality", LOCALITY_MAX)
        apartment = optional_text(data.apartment, "apartment", HOUSE_MAX)
        notes = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        walk_order = _walk_order(data.walk_order)
        address = None
        for candidate in work.session.scalars(
            select(Address).where(
                Address.beat_id == data.beat_id,
                Address.street == street,
                Address.house == house,
                Address.deleted.is_(False),
            )
        ):
            if (candidate.locality or "").casefold() == (locality or "").casefold():
                address = candidate
        if address is None:
            address = work.insert(
                Address(
                    beat_id=data.beat_id, street=street, house=house, locality=locality,
                    walk_order=walk_order, notes=None,
                )
            )  # fmt: skip
        _check_household_unique(work.session, address.id, apartment)
        row = work.insert(
            Household(beat_id=address.beat_id, address_id=address.id, apartment=apartment, notes=notes)
        )
        return work.outcome(_household_record(row, address))


def update_household(
    db: Database, actor: Actor, household_id: str, data: HouseholdUpdate
) -> Outcome[HouseholdRecord]:
    """Change a household; a new address or apartment re-indexes its residents for search."""
    with unit_of_work(db, actor, "update_household") as work:
        require_field_role(actor)
        row = work.get(Household, household_id)
        values: dict[str, object] = {}
        address = work.session.get(Address, row.address_id)
        if not isinstance(data.address_id, Unset):
            address = work.get(Address, data.address_id)
            if address.beat_id != row.beat_id:
                raise ValidationError(
                    "address_id", "household.other_beat", "The new address must be on the household's beat"
                )
            values["address_id"] = address.id
        if not isinstance(data.apartment, Unset):
            values["apartment"] = optional_text(data.apartment, "apartment", HOUSE_MAX)
        if not isinstance(data.notes, Unset):
            values["notes"] = optional_text(data.notes, "notes", NOTES_MAX, multiline=True)
        assert address is not None
        apartment = values.get("apartment", row.apartment)
        _check_household_unique(
            work.session, address.id, apartment if isinstance(apartment, str) else None, row.id
        )
        diff = work.update(row, values)
        if "address_id" in diff or "apartment" in diff:
            reindex_residents(work, [row.id])
        return work.outcome(_household_record(row, address))


# --- reads -----------------------------------------------------------------------------------


def last_household_visit(session: Session, household_id: str, member_ids: Sequence[str]) -> LastVisit | None:
    """The newest live visit to the household itself or to anyone living in it."""
    candidates: list[Visit] = []
    newest = session.scalars(
        select(Visit)
        .where(Visit.household_id == household_id, Visit.deleted.is_(False))
        .order_by(Visit.visited_at.desc())
        .limit(1)
    ).first()
    if newest is not None:
        candidates.append(newest)
    for resident_id in member_ids:
        visit = session.scalars(
            select(Visit)
            .where(Visit.resident_id == resident_id, Visit.deleted.is_(False))
            .order_by(Visit.visited_at.desc())
            .limit(1)
        ).first()
        if visit is not None:
            candidates.append(visit)
    if not candidates:
        return None
    v = max(candidates, key=lambda c: c.visited_at)
    return LastVisit(v.id, v.visited_at, v.kind, v.outcome, v.officer_id)


def household(db: Database, actor: Actor, household_id: str, *, on: date | None = None) -> HouseholdView:
    """A household with its address, its members (age on ``on``), their registry categories, last visit."""
    on = on or date.today()
    with scoped_read(db, actor, "view_household") as session:
        row = live_in_scope(session, actor, Household, household_id)
        address = session.get(Address, row.address_id)
        assert address is not None
        residents = session.scalars(
            select(Resident)
            .where(Resident.household_id == row.id, Resident.deleted.is_(False))
            .order_by(Resident.birth_date, Resident.sort_name)
        ).all()
        categories = active_categories(session, [r.id for r in residents], on)
        members = tuple(
            HouseholdMember(
                r.id,
                full_name(r.last_name, r.first_name, r.middle_name),
                r.birth_date,
                age_on(r.birth_date, on),
                r.sex,
                categories.get(r.id, ()),
            )
            for r in residents
        )
        return HouseholdView(
            id=row.id,
            beat_id=row.beat_id,
            address=_address_record(address),
            apartment=row.apartment,
            notes=row.notes,
            address_line=address_line(address.street, address.house, row.apartment),
            members=members,
            last_visit=last_household_visit(session, row.id, [r.id for r in residents]),
        )


def list_streets(db: Database, actor: Actor, *, beat_id: str | None = None) -> list[str]:
    """The streets of the actor's beats (or of one of them), in alphabetical order."""
    beats = scope_filter(actor)
    if beat_id is not None:
        beats = [b for b in beats if b == beat_id]
    with db.read() as session:
        streets = session.scalars(
            select(Address.street).where(Address.beat_id.in_(beats), Address.deleted.is_(False)).distinct()
        ).all()
    return sorted(streets, key=lambda s: (s.casefold(), natural_key(s)))


def list_households(db: Database, actor: Actor, address_id: str) -> list[HouseholdRecord]:
    """The households at an address, apartments in natural order."""
    with scoped_read(db, actor, "view_address") as session:
        address = live_in_scope(session, actor, Address, address_id)
        rows = session.scalars(
            select(Household).where(Household.address_id == address.id, Household.deleted.is_(False))
        ).all()
        records = [_household_record(h, address) for h in rows]
    return sorted(records, key=lambda h: natural_key(h.apartment))


def households_on_streets(
    db: Database,
    actor: Actor,
    streets: Sequence[str],
    *,
    beat_id: str | None = None,
    on: date | None = None,
    limit: int = 5000,
) -> list[RoundStop]:
    """The households on these streets in walking order (walk_order, street, house, apartment).

    For the round sheet: each stop lists its residents (age, registry categories on ``on``)
    and when the household or anyone in it was last visited.
    """
    on = on or date.today()
    beats = scope_filter(actor)
    if beat_id is not None:
        beats = [b for b in beats if b == beat_id]
    wanted = sorted({" ".join(s.split()) for s in streets if s.strip()})
    if not wanted or not beats:
        return []
    with db.read() as session:
        rows = session.execute(
            select(
                Household.id,
                Address.id,
                Address.street,
                Address.house,
                Household.apartment,
                Address.walk_order,
            )
            .join(Address, Address.id == Household.address_id)
            .where(
                Address.beat_id.in_(beats),
                Address.street.in_(wanted),
                Address.deleted.is_(False),
                Household.deleted.is_(False),
            )
            .order_by(Address.walk_order, Address.street, Address.house, Household.apartment)
            .limit(limit)
        ).all()
        household_ids = [r[0] for r in rows]
        members: dict[str, list[Resident]] = {hid: [] for hid in household_ids}
        last_at: dict[str, datetime] = {}
        resident_home: dict[str, str] = {}
        for part in chunks(household_ids):
            for resident in session.scalars(
                select(Resident)
                .where(Resident.household_id.in_(part), Resident.deleted.is_(False))
                .order_by(Resident.sort_name)
            ):
                assert resident.household_id is not None
                members[resident.household_id].append(resident)
                resident_home[resident.id] = resident.household_id
            for hid, at in session.execute(
                select(Visit.household_id, func.max(Visit.visited_at))
                .where(Visit.household_id.in_(part), Visit.deleted.is_(False))
                .group_by(Visit.household_id)
            ):
                if hid is not None:
                    last_at[hid] = at
        resident_ids = list(resident_home)
        for part in chunks(resident_ids):
            for rid, at in session.execute(
                select(Visit.resident_id, func.max(Visit.visited_at))
                .where(Visit.resident_id.in_(part), Visit.deleted.is_(False))
                .group_by(Visit.resident_id)
            ):
                hid = resident_home.get(rid or "", "")
                if hid not in last_at or at > last_at[hid]:
                    last_at[hid] = at
        categories = active_categories(session, resident_ids, on)
    stops = [
        RoundStop(
            household_id=hid,
            address_id=aid,
            street=street,
            house=house,
            apartment=apartment,
            walk_order=walk_order,
            address_line=address_line(street, house, apartment),
            residents=tuple(
                RoundResident(
                    r.id,
                    full_name(r.last_name, r.first_name, r.middle_name),
                    age_on(r.birth_date, on),
                    categories.get(r.id, ()),
                )
                for r in members[hid]
            ),
            last_visit_at=last_at.get(hid),
        )
        for hid, aid, street, house, apartment, walk_order in rows
    ]
    stops.sort(
        key=lambda s: (s.walk_order, s.street.casefold(), natural_key(s.house), natural_key(s.apartment))
    )
    return stops
