"""Full-text search over residents, through ``services.residents.search_residents``: Cyrillic,
Kazakh and Latin spellings meet; prefix and substring; IIN and phone digits; street and house;
ranked and paged; voided residents and other beats never found."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from inspector_desk.domain.iin import Sex, make_iin
from inspector_desk.services.addresses import (
    AddressInput,
    AddressUpdate,
    HouseholdInput,
    create_address,
    create_household,
    update_address,
)
from inspector_desk.services.residents import (
    ResidentInput,
    register_resident,
    search_residents,
    void_resident,
)
from inspector_desk.store.db import Database

IIN = make_iin(date(1979, 11, 30), Sex.MALE, 4321)


@pytest.fixture
def people(db: Database, world: Any) -> dict[str, str]:
    insp = world.inspector
    abaya = create_address(db, insp, AddressInput(world.beat_id, "Абая", "12")).record
    flat = create_household(db, insp, HouseholdInput(abaya.id, "45")).record
    other_house = create_address(db, insp, AddressInput(world.beat_id, "Абая", "120")).record
    other_flat = create_household(db, insp, HouseholdInput(other_house.id, None)).record

    def add(last: str, first: str, **kw: Any) -> str:
        return register_resident(db, insp, ResidentInput(world.beat_id, last, first, **kw)).record.id

    return {
        "ahmetov": add("Ахметов", "Ерлан", iin=IIN, phones=("+7 701 123 45 67",), household_id=flat.id),
        "kairat": add("Сейітов", "Қайрат", household_id=other_flat.id),
        "olzhas": add("Нұрланов", "Өлжас"),
        "akmaral": add("Жұмабаева", "Ақмарал"),
        "makhmetov": add("Махметов", "Берик"),
        "other": register_resident(
            db, world.other_inspector, ResidentInput(world.other_beat_id, "Ахметов", "Чужой")
        ).record.id,
    }


def found(db: Database, actor: Any, query: str, **kw: Any) -> list[str]:
    return [r.id for r in search_residents(db, actor, query, **kw).rows]


def test_cyrillic_query_finds_cyrillic_name(db: Database, world: Any, people: dict[str, str]) -> None:
    assert found(db, world.inspector, "Ахметов")[0] == people["ahmetov"]
    assert found(db, world.inspector, "Ахметов Ерлан") == [people["ahmetov"]]


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("Кайрат", "kairat"),
        ("Олжас", "olzhas"),
        ("Акмарал", "akmaral"),
        ("Нурланов", "olzhas"),
        ("Жумабаева", "akmaral"),
    ],
)
def test_query_without_kazakh_letters_finds_names_with_them(
    db: Database, world: Any, people: dict[str, str], query: str, who: str
) -> None:
    assert people[who] in found(db, world.inspector, query)


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("Akhmetov", "ahmetov"),
        ("Ahmetov", "ahmetov"),
        ("Qairat", "kairat"),
        ("Kairat", "kairat"),
        ("Olzhas", "olzhas"),
    ],
)
def test_latin_query_finds_cyrillic_name(
    db: Database, world: Any, people: dict[str, str], query: str, who: str
) -> None:
    assert people[who] in found(db, world.inspector, query)


def test_cyrillic_query_finds_latin_name(db: Database, world: Any) -> None:
    rid = register_resident(
        db, world.inspector, ResidentInput(world.beat_id, "Akhmetova", "Qarlygash")
    ).record.id
    assert rid in found(db, world.inspector, "Ахметова")
    assert rid in found(db, world.inspector, "Карлыгаш")


def test_search_is_case_insensitive(db: Database, world: Any, people: dict[str, str]) -> None:
    assert (
        found(db, world.inspector, "АХМЕТОВ ерлан")
        == found(db, world.inspector, "ахметов ЕРЛАН")
        == [people["ahmetov"]]
    )


def test_prefix_and_substring(db: Database, world: Any, people: dict[str, str]) -> None:
    assert people["ahmetov"] in found(db, world.inspector, "Ахм")
    # The middle of a surname: "метов" is inside both Ахметов and Махметов.
    middle = found(db, world.inspector, "метов")
    assert {people["ahmetov"], people["makhmetov"]} <= set(middle)


def test_prefix_of_surname_ranks_before_substring(db: Database, world: Any, people: dict[str, str]) -> None:
    result = found(db, world.inspector, "Ахметов")
    assert result.index(people["ahmetov"]) < result.index(people["makhmetov"])


def test_iin_prefix(db: Database, world: Any, people: dict[str, str]) -> None:
    assert found(db, world.inspector, IIN[:6]) == [people["ahmetov"]]
    assert found(db, world.inspector, IIN) == [people["ahmetov"]]


@pytest.mark.parametrize("query", ["8 701 123", "+7701123", "87011234567", "+7 (701) 123-45-67", "1234567"])
def test_phone_digits_as_typed(db: Database, world: Any, people: dict[str, str], query: str) -> None:
    assert found(db, world.inspector, query) == [people["ahmetov"]]


def test_street_and_house(db: Database, world: Any, people: dict[str, str]) -> None:
    # "12" is also inside "120": both houses match, each once.
    assert sorted(found(db, world.inspector, "Абая 12")) == sorted([people["ahmetov"], people["kairat"]])
    assert found(db, world.inspector, "Абая 120") == [people["kairat"]]
    assert found(db, world.inspector, "Abaya 12 45") == [people["ahmetov"]]


def test_renaming_a_street_reindexes_its_residents(db: Database, world: Any, people: dict[str, str]) -> None:
    rows = search_residents(db, world.inspector, "Абая 120").rows
    update_address(db, world.inspector, _address_of(db, people["kairat"]), AddressUpdate(street="Достык"))
    assert [r.id for r in rows] == [people["kairat"]]
    assert found(db, world.inspector, "Абая 120") == []
    assert found(db, world.inspector, "Достык") == [people["kairat"]]
    assert search_residents(db, world.inspector, "Достык").rows[0].address == "Достык 120"


def _address_of(db: Database, resident_id: str) -> str:
    from inspector_desk.store.models import Household, Resident

    with db.read() as s:
        r = s.get(Resident, resident_id)
        assert r is not None
        assert r.household_id is not None
        h = s.get(Household, r.household_id)
        assert h is not None
        return h.address_id


def test_pages_without_duplicates(db: Database, world: Any) -> None:
    ids = {
        register_resident(db, world.inspector, ResidentInput(world.beat_id, f"Ахметов{c}", "Ерлан")).record.id
        for c in "абвгдежзиклмнопрстуфх"
    }
    seen: list[str] = []
    offset = 0
    while True:
        page = search_residents(db, world.inspector, "Ахметов", limit=4, offset=offset)
        seen.extend(r.id for r in page.rows)
        offset += 4
        if not page.has_more:
            break
    assert len(seen) == len(set(seen))
    assert ids <= set(seen)


def test_voided_residents_never_found(db: Database, world: Any, people: dict[str, str]) -> None:
    void_resident(db, world.inspector, people["ahmetov"], "entered twice")
    assert people["ahmetov"] not in found(db, world.inspector, "Ахметов")
    assert found(db, world.inspector, IIN) == []
    assert found(db, world.inspector, "8 701 123") == []


def test_other_beats_residents_never_found(db: Database, world: Any, people: dict[str, str]) -> None:
    assert people["other"] not in found(db, world.inspector, "Ахметов")
    assert people["other"] not in found(db, world.inspector, "Чужой")
    assert found(db, world.other_inspector, "Ахметов") == [people["other"]]
    # The supervisor's scope is the unit: both.
    assert {people["ahmetov"], people["other"]} <= set(found(db, world.supervisor, "Ахметов"))


def test_empty_query_finds_nothing(db: Database, world: Any, people: dict[str, str]) -> None:
    assert found(db, world.inspector, "   ") == []
