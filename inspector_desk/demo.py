"""A realistic, reproducible demo unit (Kazakh and Russian names, valid IINs, a year of visits, DV
cases at every stage, appeals), bulk-loaded fast enough for 200,000 residents in under two minutes.

Run as ``python -m inspector_desk.demo --db PATH --residents N --seed S``. The same seed and
``--today`` give the same rows, ids included.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from inspector_desk.domain.appeals import appeal_deadline, extension_limit, validate_extension
from inspector_desk.domain.calendar import add_months
from inspector_desk.domain.iin import Sex, make_iin
from inspector_desk.domain.risk import (
    RiskLevel,
    RiskPolicy,
    final_level,
    next_review_due,
    review_interval,
    score_assessment,
)
from inspector_desk.domain.schedule import MeasureKind, RegistryCategory, validate_measure_dates
from inspector_desk.domain.search_text import fold
from inspector_desk.domain.visits import PreventiveTopic, VisitKind, VisitOutcome
from inspector_desk.resources import risk_policy, work_calendar
from inspector_desk.services import accounts
from inspector_desk.services.base import Role
from inspector_desk.services.dv_cases import SELF_CLOSABLE
from inspector_desk.services.registry import compute_next_visit_due, counts_for_registry
from inspector_desk.store import models as m
from inspector_desk.store import search
from inspector_desk.store.db import open_database
from inspector_desk.store.schema_extras import FTS_TABLE

DEFAULT_RESIDENTS = 2000
DEFAULT_SEED = 1
DEFAULT_PASSWORD = "Demo-Beat-2026!"
RESIDENTS_PER_BEAT = 7000
UTC_OFFSET_HOURS = 5  # Almaty: visit times are stored in UTC
# Each beat's ids live in their own millisecond window, so ids sort by beat, then by creation.
_BEAT_ID_WINDOW_MS = 1 << 24
# One resident in this many has search_text recomputed with store.search as a cross-check.
_CHECK_EVERY = 97
# Processes generating beats while the main one inserts (the machine has few cores).
WORKERS = int(os.environ.get("INSPECTOR_DESK_DEMO_WORKERS", "2"))


class DemoError(Exception):
    """The demo database cannot be built (for instance, the file already exists)."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    path: Path
    encrypted: bool
    seed: int
    today: date
    counts: dict[str, int]
    logins: tuple[str, ...]
    seconds: float
    phases: dict[str, float] = field(default_factory=dict)


# --- vocabulary ------------------------------------------------------------------------------

STREETS = (
    "ул. Абая", "пр. Назарбаева", "ул. Төле би", "ул. Жібек жолы", "ул. Сейфуллина", "ул. Гагарина",
    "ул. Пушкина", "пр. Достық", "ул. Сәтбаева", "ул. Жандосова", "ул. Розыбакиева", "пр. Райымбека",
    "ул. Толстого", "ул. Шевченко", "ул. Байтұрсынұлы", "ул. Қабанбай батыра", "ул. Бөгенбай батыра",
    "ул. Әуезова", "ул. Жамбыла", "ул. Мақатаева", "ул. Лермонтова", "ул. Чехова", "ул. Құрманғазы",
    "ул. Наурызбай батыра", "ул. Желтоқсан", "ул. Панфилова", "ул. Мәметовой", "ул. Шолохова",
    "ул. Рысқұлова", "ул. Ғабдуллиных", "ул. Сүйінбая", "ул. Майлина", "ул. Момышұлы",
    "ул. Алтынсарина", "пр. Абылай хана", "ул. Қазыбек би", "ул. Кенесары", "ул. Тимирязева",
    "ул. Есенова", "мкр. Самал-2", "мкр. Орбита-1", "ул. Һакімова", "ул. Жарокова", "ул. Ауэзова",
)  # fmt: skip

KZ_MALE = (
    "Нұрлан", "Ержан", "Серік", "Қайрат", "Асқар", "Ғалым", "Бауыржан", "Дәурен", "Мұрат", "Ерлан",
    "Арман", "Әділет", "Санжар", "Дәулет", "Айдос", "Жандос", "Нұрсұлтан", "Талғат", "Болат",
    "Еркебұлан", "Ұлан", "Өмірзақ", "Самат", "Тимур", "Алмас", "Әлихан", "Бақыт", "Нұржан", "Мақсат",
    "Жасұлан", "Руслан", "Азамат", "Дархан", "Ғабит", "Қанат", "Ақжол", "Бекзат", "Шыңғыс", "Ілияс",
    "Жиһангер", "Ерболат", "Марат", "Айбек", "Рустем", "Медет",
)  # fmt: skip
KZ_FEMALE = (
    "Айгүл", "Әсел", "Гүлназ", "Жанар", "Динара", "Айнұр", "Сәуле", "Гүлжан", "Мәдина", "Аружан",
    "Ақерке", "Жансая", "Айым", "Дана", "Перизат", "Салтанат", "Ботагөз", "Мөлдір", "Нұргүл",
    "Қарлығаш", "Шынар", "Әйгерім", "Іңкәр", "Ұлжан", "Толқын", "Шаһизада", "Жиһан", "Гүлнар",
    "Ләззат", "Сабина", "Інжу", "Ұлпан", "Алия", "Камила", "Томирис",
)  # fmt: skip
# Roots of Kazakh family names: -ов/-ова or -ев/-ева (after -ай), or -ұлы/-қызы.
KZ_ROOTS = (
    "Ахмет", "Нұрлан", "Сәрсенбай", "Жұмабай", "Омар", "Қасым", "Серік", "Төлеген", "Байтұрсын",
    "Есенбай", "Мұхамеджан", "Әбдіхалық", "Ғабит", "Ысқақ", "Құдайберген", "Оспан", "Исабай",
    "Ибрагим", "Жақсыбек", "Бекмұхамбет", "Тоқтар", "Рахым", "Сұлтанбек", "Әлжан", "Мұқан", "Нұрпейіс",
    "Қожахмет", "Сейітқали", "Тұрсын", "Шәріп", "Өтеген", "Үмбетәлі", "Дүйсенбай", "Иманғали",
    "Жүсіп", "Қали", "Смағұл", "Ержан", "Ілияс", "Мамыт", "Байжан", "Сағынтай", "Әміржан",
)  # fmt: skip
RU_MALE = {
    "Александр": ("Александрович", "Александровна"), "Сергей": ("Сергеевич", "Сергеевна"),
    "Андрей": ("Андреевич", "Андреевна"), "Алексей": ("Алексеевич", "Алексеевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"), "Владимир": ("Владимирович", "Владимировна"),
    "Николай": ("Николаевич", "Николаевна"), "Иван": ("Иванович", "Ивановна"),
    "Михаил": ("Михайлович", "Михайловна"), "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Виктор": ("Викторович", "Викторовна"), "Юрий": ("Юрьевич", "Юрьевна"),
    "Игорь": ("Игоревич", "Игоревна"), "Олег": ("Олегович", "Олеговна"),
    "Павел": ("Павлович", "Павловна"), "Максим": ("Максимович", "Максимовна"),
    "Артём": ("Артёмович", "Артёмовна"), "Денис": ("Денисович", "Денисовна"),
    "Константин": ("Константинович", "Константиновна"), "Фёдор": ("Фёдорович", "Фёдоровна"),
    "Геннадий": ("Геннадьевич", "Геннадьевна"), "Василий": ("Васильевич", "Васильевна"),
    "Роман": ("Романович", "Романовна"), "Вячеслав": ("Вячеславович", "Вячеславовна"),
}  # fmt: skip
RU_FEMALE = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария", "Екатерина",
    "Юлия", "Людмила", "Галина", "Оксана", "Анастасия", "Виктория", "Дарья", "Марина", "Валентина",
    "Надежда", "Ксения", "Полина", "Алёна",
)  # fmt: skip
RU_SURNAMES = (
    "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков",
    "Морозов", "Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов", "Голубев",
    "Виноградов", "Богданов", "Воробьёв", "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Белов",
    "Комаров", "Орлов", "Киселёв", "Макаров", "Андреев", "Ковалёв", "Ильин", "Гусев", "Титов",
    "Кузьмин", "Кудрявцев", "Баранов", "Куликов", "Алексеев", "Степанов", "Яковлев", "Сорокин",
    "Сергеев", "Романов", "Захаров", "Борисов", "Королёв", "Герасимов", "Пономарёв", "Григорьев",
    "Медведев", "Никитин", "Щербаков", "Жуков", "Фролов", "Журавлёв", "Крылов", "Хохлов", "Шевченко",
    "Цой", "Ким", "Пак", "Ли", "Вишневский", "Ковальский",
)  # fmt: skip

SCHOOLS = ("Школа-гимназия № {n} им. Абая", "СОШ № {n}", "Лицей № {n}", "Детский сад № {n} «Балапан»")
SHOPS = ("Магазин «Арман»", "Минимаркет «Береке»", "Магазин «Продукты 24»", "Магазин «Көктем»",
         "Супермаркет «Ақжол»", "Бар «Ностальжи»", "Магазин «Шанс»", "Кафе «Достар»")  # fmt: skip
OBJECT_NOTES = (None, "Лицензия на продажу алкоголя", "Жалобы жителей на шум", "Круглосуточно")
APPEAL_SUBJECTS = (
    "Шум в ночное время от соседей", "Парковка автомобилей на газоне", "Распитие спиртных напитков во дворе",
    "Бродячие собаки во дворе", "Конфликт с соседями", "Мошенничество по телефону",
    "Продажа алкоголя несовершеннолетним", "Не работает освещение во дворе", "Сомнительные жильцы в квартире",
    "Жалоба на поведение подростков", "Қоқыс төгу мәселесі", "Көлік тұрағы туралы өтініш",
)  # fmt: skip
INCIDENT_KINDS = (
    ("physical_violence", "Нанёс побои супруге в ходе ссоры"),
    ("threats", "Угрожал расправой, выгонял из квартиры"),
    ("psychological_violence", "Систематические оскорбления и унижения"),
    ("economic_violence", "Отбирает заработную плату, не даёт денег на детей"),
    ("order_violation", "Нарушил защитное предписание: пришёл к месту проживания потерпевшей"),
)
CLOSURE_REASONS = (
    "Примирение сторон, повторных инцидентов не было",
    "Стороны проживают раздельно, брак расторгнут",
    "Обидчик осуждён к лишению свободы",
    "Семья выехала за пределы участка",
    "Истёк срок наблюдения без новых инцидентов",
)
REVIEW_NOTES = (
    "Посещение семьи, жалоб нет", "Беседа с потерпевшей, обстановка спокойная",
    "Профилактическая беседа с обидчиком", "Проверено соблюдение защитного предписания",
    "Связь с кризисным центром, потерпевшая посещает психолога", "Соседи сообщают о шуме по вечерам",
)  # fmt: skip
BASES = {
    RegistryCategory.PAROLE: "Постановление суда об УДО от {d}",
    RegistryCategory.ADMINISTRATIVE_SUPERVISION: "Решение суда об административном надзоре от {d}",
    RegistryCategory.OFFICIAL_WARNING: "Официальное предостережение от {d}",
    RegistryCategory.NON_CUSTODIAL_SENTENCE: "Приговор суда (пробация) от {d}",
    RegistryCategory.UNSPENT_CONVICTION: "Приговор Алмалинского районного суда от {d}",
    RegistryCategory.JUVENILE_AT_RISK: "Представление КДН от {d}",
    RegistryCategory.FAMILY_IN_DIFFICULTY: "Акт обследования условий жизни семьи от {d}",
    RegistryCategory.PROTECTIVE_ORDER: "Защитное предписание от {d}",
    RegistryCategory.SPECIAL_REQUIREMENTS: "Постановление суда об особых требованиях от {d}",
}
# Categories given to residents at random, with their weights (the DV ones come from cases).
_RANDOM_CATEGORIES = (
    (RegistryCategory.UNSPENT_CONVICTION, 26), (RegistryCategory.OFFICIAL_WARNING, 16),
    (RegistryCategory.ADMINISTRATIVE_SUPERVISION, 10), (RegistryCategory.PAROLE, 9),
    (RegistryCategory.NON_CUSTODIAL_SENTENCE, 11), (RegistryCategory.JUVENILE_AT_RISK, 12),
    (RegistryCategory.FAMILY_IN_DIFFICULTY, 16),
)  # fmt: skip
FEEDBACK_COMMENTS = (None, None, "Участковый быстро отреагировал", "Спасибо за помощь", "Долго не приходил",
                     "Рахмет, көмектестіңіз", "Не дозвонился до участкового")  # fmt: skip
RESIDENT_NOTES = (None,) * 30 + ("Пенсионер, живёт один", "Многодетная семья", "Инвалид II группы",
                                  "Часто в командировках", "Арендует квартиру")  # fmt: skip
# Points in [0, 1) of a case's stage draw: open, monitoring, closure requested, rejected, closed.
_STAGES = (0.1, 0.45, 0.62, 0.7, 0.9)
_RECEPTION_NOTE = "Приём граждан в опорном пункте"
_PREVENTION_NOTE = "Профилактическая беседа, проверка по месту жительства"
_SPECIAL_REQUIREMENTS = "Запрет на употребление алкоголя, явка на регистрацию"
_MOBILE = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")


# --- ids, formats ----------------------------------------------------------------------------


class _Ids:
    """UUIDv7-shaped ids from a seeded generator: a millisecond counter then 74 random bits."""

    def __init__(self, rng: random.Random, start_ms: int) -> None:
        self._bits = rng.getrandbits
        self._ms = start_ms

    def __call__(self) -> str:
        self._ms += 1
        r = self._bits(74)
        h = f"{self._ms:012x}"
        return (
            f"{h[:8]}-{h[8:]}-7{r >> 62:03x}-{0x8 | (r >> 60) & 0x3:x}{(r >> 48) & 0xFFF:03x}"
            f"-{r & 0xFFFFFFFFFFFF:012x}"
        )


def _ts(value: datetime) -> str:
    # SQLAlchemy's storage format for DateTime on SQLite.
    return value.isoformat(sep=" ", timespec="microseconds")


@cache
def _day(value: date) -> str:
    return value.isoformat()


@cache
def _fold_word(word: str) -> str:
    return fold(word)


def _fold_cached(text: str) -> str:
    """``fold`` word by word with a cache: fold folds each word alone, so this is the same result
    (checked against ``store.search`` on a sample of residents during every build)."""
    return " ".join(f for f in (_fold_word(w) for w in text.split()) if f)


def _name_key(last: str, first: str, middle: str | None) -> str:
    return " ".join(f for f in (_fold_cached(last), _fold_cached(first), _fold_cached(middle or "")) if f)


# --- per-beat generation ---------------------------------------------------------------------


@dataclass(slots=True)
class _Person:
    id: str
    household_id: str
    last: str
    first: str
    middle: str | None
    birth: date
    sex: Sex
    iin: str | None
    phones: list[str]
    notes: str | None

    def age(self, today: date) -> int:
        return today.year - self.birth.year - ((today.month, today.day) < (self.birth.month, self.birth.day))

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last, self.first, self.middle) if p)


@dataclass(slots=True)
class _Home:
    id: str
    street: str
    house: str
    apartment: str | None
    people: list[_Person] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _BeatPlan:
    index: int  # 0-based
    beat_id: str
    code: str
    residents: int
    officers: tuple[str, ...]  # user ids of the beat's inspectors; the first does most of the work
    officer_weights: tuple[int, ...]
    supervisor_id: str


Row = tuple[Any, ...]


class _BeatBuilder:
    """Generates every row of one beat; rows are tuples in the column order of ``COLUMNS``."""

    def __init__(
        self,
        plan: _BeatPlan,
        *,
        seed: int,
        today: date,
        base_ms: int,
        n_beats: int,
        policy: RiskPolicy,
    ) -> None:
        self.plan = plan
        self.rng = random.Random(f"inspector-desk-demo:{seed}:{plan.index}")
        self.new_id = _Ids(
            random.Random(f"inspector-desk-demo-ids:{seed}:{plan.index}"),
            base_ms + plan.index * _BEAT_ID_WINDOW_MS,
        )
        self.today = today
        self.past = [today - timedelta(days=n) for n in range(1200)]
        self.stamp = _ts(datetime(today.year, today.month, today.day) - timedelta(hours=UTC_OFFSET_HOURS))
        # Each beat draws IIN serials from its own slice, so beats built apart never collide.
        self.serial_width = 10_000 // n_beats
        self.serial_lo = plan.index * self.serial_width
        self.used_iins: set[str] = set()
        self.policy = policy
        self.cal = work_calendar()
        self.rows: dict[str, list[Row]] = {name: [] for name in COLUMNS}
        self.homes: list[_Home] = []
        self.people: list[_Person] = []
        # registry bookkeeping for next_visit_due: resident -> [(category, start, end, ended_reason)]
        self.registry: dict[str, list[tuple[str, date, date | None, str | None]]] = {}
        self.last_visit_person: dict[str, date] = {}
        self.last_visit_home: dict[str, date] = {}

    # -- helpers -------------------------------------------------------------------------------

    def officer(self) -> str:
        if len(self.plan.officers) == 1:
            return self.plan.officers[0]
        return self.rng.choices(self.plan.officers, self.plan.officer_weights)[0]

    def synced(self, row_id: str, by: str, at: str | None = None) -> Row:
        """The bookkeeping columns every synced row starts with (see ``_SYNCED``)."""
        when = at or self.stamp
        return (row_id, self.plan.beat_id, 0, None, when, by, when, by, "{}", 0)

    def days_ago(self, lo: int, hi: int) -> date:
        # randint is slow and this runs for every visit: index a table of past days instead.
        return self.past[lo + int(self.rng.random() * (hi - lo + 1))]

    def at_time(self, day: date) -> str:
        """A time in the working day (local 09:00-19:59) of ``day``, as stored (UTC)."""
        r = self.rng.getrandbits(17)
        hour = 9 + (r % 11) - UTC_OFFSET_HOURS
        return f"{_day(day)} {hour:02d}:{(r >> 4) % 60:02d}:{(r >> 10) % 60:02d}.000000"

    def iin_for(self, birth: date, sex: Sex) -> str:
        lo, width = self.serial_lo, self.serial_width
        offset = self.rng.randrange(width)
        while True:
            iin = make_iin(birth, sex, lo + offset)
            # make_iin skips unissuable serials, which may leave this beat's slice: try the next.
            if lo <= int(iin[7:11]) < lo + width and iin not in self.used_iins:
                self.used_iins.add(iin)
                return iin
            offset = (offset + 1) % width

    def phone(self, city: bool = False) -> str:
        rng = self.rng
        if city:
            return f"+7727{rng.choice('23')}{rng.randrange(1_000_000):06d}"
        return f"+7{rng.choice(_MOBILE)}{rng.randrange(10_000_000):07d}"

    # -- the register ----------------------------------------------------------------------------

    def build_register(self) -> None:
        rng = self.rng
        target = self.plan.residents
        streets = rng.sample(STREETS, k=rng.randint(4, 7))
        walk = 0
        count = 0
        street_i = 0
        while count < target:
            street = streets[street_i % len(streets)]
            street_i += 1
            base_no = 1 + (street_i // len(streets)) * 40
            for n in range(base_no, base_no + 40, 2):
                if count >= target:
                    break
                walk += 1
                house = str(n) if rng.random() < 0.8 else f"{n}{rng.choice('АБВ')}"
                address_id = self.new_id()
                by = self.plan.officers[0]
                self.rows["addresses"].append(
                    (*self.synced(address_id, by), "г. Алматы", street, house, walk, None)
                )
                block = rng.random() < 0.8
                flats = rng.randint(30, 120) if block else 1
                for flat in range(1, flats + 1):
                    if count >= target:
                        break
                    home = _Home(self.new_id(), street, house, str(flat) if block else None)
                    self.rows["households"].append(
                        (*self.synced(home.id, by), address_id, home.apartment, None)
                    )
                    self.family(home, min(target - count, 8))
                    count += len(home.people)
                    self.homes.append(home)

    def family(self, home: _Home, room: int) -> None:
        rng = self.rng
        today = self.today
        kazakh = rng.random() < 0.66
        kind = rng.random()
        # A man heads the family record; surname forms follow sex.
        if kazakh:
            root = rng.choice(KZ_ROOTS)
            style = rng.random()
            if style < 0.22:
                male_last, female_last = root + "ұлы", root + "қызы"
            elif root.endswith("й"):
                male_last, female_last = root[:-1] + "ев", root[:-1] + "ева"
            else:
                male_last, female_last = root + "ов", root + "ова"
            kz_patronymic = rng.random() < 0.5
        else:
            male_last = rng.choice(RU_SURNAMES)
            if male_last.endswith("ский"):
                female_last = male_last[:-2] + "ая"
            elif male_last.endswith(("ов", "ев", "ёв", "ин")):
                female_last = male_last + "а"
            else:
                female_last = male_last
            kz_patronymic = False

        def add(sex: Sex, age_lo: int, age_hi: int, father: str | None) -> _Person:
            birth = today - timedelta(days=rng.randint(age_lo * 365 + 1, age_hi * 365 + 360))
            if kazakh:
                first = rng.choice(KZ_MALE if sex is Sex.MALE else KZ_FEMALE)
            else:
                first = rng.choice(tuple(RU_MALE) if sex is Sex.MALE else RU_FEMALE)
            father_name = father or (rng.choice(KZ_MALE) if kazakh else rng.choice(tuple(RU_MALE)))
            if father_name in RU_MALE:
                middle: str | None = RU_MALE[father_name][0 if sex is Sex.MALE else 1]
            elif kz_patronymic:
                middle = father_name + ("ұлы" if sex is Sex.MALE else "қызы")
            else:
                middle = father_name + ("ович" if sex is Sex.MALE else "овна")
            if rng.random() < 0.03:
                middle = None  # not every document has one
            surname = male_last if sex is Sex.MALE else female_last
            p = _Person(self.new_id(), home.id, surname, first, middle, birth, sex, None, [],
                        rng.choice(RESIDENT_NOTES))  # fmt: skip
            # Nearly everyone has an IIN; a few foreigners and undocumented people do not.
            if rng.random() < 0.985:
                p.iin = self.iin_for(birth, sex)
            age = p.age(today)
            if age >= 14 and rng.random() < 0.92:
                p.phones.append(self.phone())
                if rng.random() < 0.2:
                    p.phones.append(self.phone())
            if age >= 30 and rng.random() < 0.12:
                p.phones.append(self.phone(city=True))
            home.people.append(p)
            self.people.append(p)
            return p

        if kind < 0.22 or room == 1:
            add(Sex.MALE if rng.random() < 0.45 else Sex.FEMALE, 18, 88, None)
            return
        husband = add(Sex.MALE, 22, 75, None)
        if kind < 0.88:
            add(Sex.FEMALE, 20, 72, None)
        for _ in range(min(room - len(home.people), rng.choice((0, 1, 1, 2, 2, 3, 4)) if kind < 0.8 else 0)):
            add(Sex.MALE if rng.random() < 0.5 else Sex.FEMALE, 0, 17, husband.first)
        if len(home.people) < room and rng.random() < 0.15:
            add(Sex.FEMALE, 60, 88, None)  # the husband's mother

    def finish_residents(self) -> None:
        """Resident rows, with the derived search columns and the registry's next visit due."""
        rows = self.rows["residents"]
        today = self.today
        for home in self.homes:
            street_f = _fold_cached(home.street)
            house_f = _fold_cached(home.house)
            flat_f = _fold_cached(home.apartment) if home.apartment else ""
            for p in home.people:
                key = _name_key(p.last, p.first, p.middle)
                parts = [key]
                if p.iin:
                    parts.append(p.iin)
                for ph in p.phones:
                    parts.extend(search.phone_search_forms(ph))
                parts.extend(x for x in (street_f, house_f, flat_f) if x)
                text = " ".join(parts)
                if len(rows) % _CHECK_EVERY == 0:
                    _check_search_columns(p, home, key, text)
                due = self.next_visit_due(p.id, home.id, today)
                rows.append(
                    (
                        *self.synced(p.id, self.plan.officers[0]),
                        home.id, p.iin, p.last, p.first, p.middle, _day(p.birth), p.sex.value,
                        json.dumps(p.phones), p.notes, key, search.sort_name(p.last, p.first, p.middle), text,
                        _day(due) if due else None,
                    )
                )  # fmt: skip

    def next_visit_due(self, resident_id: str, household_id: str, on: date) -> date | None:
        entries = [
            (c, s) for c, s, e, why in self.registry.get(resident_id, ())
            if s <= on and (e is None or e >= on) and why is None
        ]  # fmt: skip
        if not entries:
            return None
        last = max(
            (
                d
                for d in (self.last_visit_person.get(resident_id), self.last_visit_home.get(household_id))
                if d
            ),
            default=None,
        )
        return compute_next_visit_due([c for c, _ in entries], [s for _, s in entries], last)

    def add_registry(
        self, person: _Person, category: RegistryCategory, start: date, end: date | None, ended: str | None
    ) -> None:
        by = self.officer()
        basis = BASES[category].format(d=start.strftime("%d.%m.%Y"))
        self.rows["registry_entries"].append(
            (*self.synced(self.new_id(), by), person.id, category.value, basis, _day(start),
             _day(end) if end else None, ended)
        )  # fmt: skip
        self.registry.setdefault(person.id, []).append((category.value, start, end, ended))

    # -- visits ----------------------------------------------------------------------------------

    def visit(
        self,
        kind: str,
        day: date,
        *,
        resident: _Person | None,
        household_id: str | None,
        outcome: str,
        topic: str | None = None,
        case_id: str | None = None,
        notes: str | None = None,
    ) -> None:
        officer = self.officer()
        at = self.at_time(day)
        rid = resident.id if resident is not None else None
        self.rows["visits"].append(
            (*self.synced(self.new_id(), officer, at), kind, topic, at, rid, household_id, case_id,
             outcome, notes, officer)
        )  # fmt: skip
        if counts_for_registry(kind, outcome):
            if rid is not None:
                if day > self.last_visit_person.get(rid, date.min):
                    self.last_visit_person[rid] = day
            elif household_id is not None and day > self.last_visit_home.get(household_id, date.min):
                self.last_visit_home[household_id] = day

    def build_registry_and_visits(self, dv_offenders: set[str]) -> None:
        rng = self.rng
        today = self.today
        adults = [p for p in self.people if p.age(today) >= 18]
        juveniles = [p for p in self.people if 10 <= p.age(today) < 18]
        cats, weights = zip(*_RANDOM_CATEGORIES, strict=True)
        n_registry = max(1, len(self.people) * 5 // 100 - len(dv_offenders) // 3)
        chosen: dict[str, _Person] = {}
        for _ in range(n_registry):
            category = rng.choices(cats, weights)[0]
            pool = juveniles if category is RegistryCategory.JUVENILE_AT_RISK and juveniles else adults
            person = rng.choice(pool)
            if person.id in chosen or person.id in dv_offenders:
                continue  # one random category per person (a second one is added below)
            start = self.days_ago(20, 1100)
            ended = rng.random() < 0.12
            end = start + timedelta(days=rng.randint(30, 400)) if ended else None
            if end is not None and end >= today:
                end = today - timedelta(days=rng.randint(1, 20))
                end = max(end, start)
            self.add_registry(
                person, category, start, end, "Снят с учёта по истечении срока" if ended else None
            )
            chosen[person.id] = person
            if rng.random() < 0.08:  # a second category now and then
                other = rng.choices(cats, weights)[0]
                if other is not category and other is not RegistryCategory.JUVENILE_AT_RISK:
                    self.add_registry(person, other, self.days_ago(20, 700), None, None)
        # Prevention visits to everyone on the registry, at their category's rhythm.
        for person in [*chosen.values(), *(p for p in self.people if p.id in dv_offenders)]:
            self.registry_visits(person)

        # Door-to-door rounds, preventive talks and receptions fill up to ~5 visits per resident.
        budget = len(self.people) * 5 - len(self.rows["visits"])
        people = self.people
        homes = self.homes
        topics = list(PreventiveTopic)
        outcomes = (VisitOutcome.MET.value,) * 14 + (VisitOutcome.REFUSED.value, VisitOutcome.OTHER.value)
        talk_notes = ("Беседа о мошенничестве по телефону", "Разъяснены правила безопасности детей",
                      "Вручена памятка", None, None)  # fmt: skip
        for _ in range(max(0, budget)):
            r = rng.random()
            day = self.days_ago(1, 365)
            if r < 0.6:
                home = homes[rng.randrange(len(homes))]
                roll = rng.random()
                if roll < 0.25:
                    self.visit(VisitKind.DOOR_TO_DOOR.value, day, resident=None, household_id=home.id,
                               outcome=VisitOutcome.NOT_HOME.value)  # fmt: skip
                elif roll < 0.4:
                    self.visit(VisitKind.DOOR_TO_DOOR.value, day, resident=None, household_id=home.id,
                               outcome=VisitOutcome.MET.value, notes="Обход, замечаний нет")  # fmt: skip
                else:
                    who = home.people[rng.randrange(len(home.people))]
                    self.visit(VisitKind.DOOR_TO_DOOR.value, day, resident=who, household_id=home.id,
                               outcome=rng.choice(outcomes))  # fmt: skip
            elif r < 0.9:
                who = people[rng.randrange(len(people))]
                self.visit(VisitKind.PREVENTIVE_TALK.value, day, resident=who, household_id=who.household_id,
                           outcome=VisitOutcome.MET.value, topic=rng.choice(topics).value,
                           notes=rng.choice(talk_notes))  # fmt: skip
            else:
                who = people[rng.randrange(len(people))]
                self.visit(VisitKind.RECEPTION.value, day, resident=who, household_id=None,
                           outcome=VisitOutcome.MET.value, notes=_RECEPTION_NOTE)  # fmt: skip

    def registry_visits(self, person: _Person) -> None:
        rng = self.rng
        today = self.today
        entries = self.registry.get(person.id, ())
        if not entries:
            return
        first = max(min(s for _, s, _, _ in entries), today - timedelta(days=365))
        ends = [e for _, _, e, _ in entries]
        last = today if any(e is None or e >= today for e in ends) else max(e for e in ends if e)
        interval = min(self.visit_interval(RegistryCategory(c)) for c, _, _, _ in entries)
        # Most were visited within their interval; about a fifth fall behind (Today's overdue rows).
        if rng.random() < 0.8:
            day = last - timedelta(days=rng.randint(1, interval))
        else:
            day = last - timedelta(days=rng.randint(interval + 1, 2 * interval + 10))
        while day > first:
            outcome = VisitOutcome.MET.value if rng.random() < 0.9 else VisitOutcome.NOT_HOME.value
            self.visit(VisitKind.PREVENTION.value, day, resident=person, household_id=person.household_id,
                       outcome=outcome, notes=_PREVENTION_NOTE)  # fmt: skip
            day -= timedelta(days=max(1, int(interval * rng.uniform(0.6, 1.0))))

    @staticmethod
    @cache
    def visit_interval(category: RegistryCategory) -> int:
        from inspector_desk.resources import visit_policy

        return visit_policy().interval(category).days

    # -- domestic violence -----------------------------------------------------------------------

    def build_cases(self, n_cases: int) -> set[str]:
        """DV cases in households with a couple; returns the offenders' resident ids."""
        rng = self.rng
        today = self.today
        couples = [h for h in self.homes if sum(1 for p in h.people if p.age(today) >= 18) >= 2]
        rng.shuffle(couples)
        offenders: set[str] = set()
        numbers: dict[int, int] = {}
        # (opened_on, row builder) pairs: numbers are given in opening order, per year.
        pending: list[tuple[date, _Home]] = []
        for home in couples[:n_cases]:
            pending.append((self.days_ago(5, 720), home))
        pending.sort(key=lambda x: (x[0], x[1].id))
        for i, (opened_on, home) in enumerate(pending):
            adults = [p for p in home.people if p.age(today) >= 18]
            men = [p for p in adults if p.sex is Sex.MALE]
            women = [p for p in adults if p.sex is Sex.FEMALE]
            if men and women and rng.random() < 0.88:
                victim, offender = women[0], men[0]
            else:
                victim, offender = rng.sample(adults, 2)
            children = [p for p in home.people if p.age(today) < 18]
            numbers[opened_on.year] = numbers.get(opened_on.year, 0) + 1
            number = f"DV-{opened_on.year}-{numbers[opened_on.year]:06d}"
            # The oldest few cases of each beat go through every stage in turn, so all are shown.
            stage = _STAGES[i] if i < len(_STAGES) else rng.random()
            self.case(number, opened_on, home, victim, offender, children, stage)
            offenders.add(offender.id)
        return offenders

    def case(
        self, number: str, opened_on: date, home: _Home, victim: _Person, offender: _Person,
        children: list[_Person], stage: float,
    ) -> None:  # fmt: skip
        rng = self.rng
        today = self.today
        policy = self.policy
        owner = self.officer()
        case_id = self.new_id()
        # Stages: open, monitoring, closure requested, closure rejected, closed.
        closed = stage >= 0.72 and (today - opened_on).days > 40
        end = today
        closed_on: date | None = None
        if closed:
            closed_on = opened_on + timedelta(days=rng.randint(30, max(31, (today - opened_on).days - 1)))
            end = closed_on
        severity = rng.betavariate(1.6, 2.4)
        if closed:
            severity *= 0.55

        # Incidents: the one that opened the case, and maybe later ones.
        for k in range(rng.choice((1, 1, 2, 3))):
            kind, text = rng.choice(INCIDENT_KINDS[:4] if k == 0 else INCIDENT_KINDS)
            day = opened_on - timedelta(days=rng.randint(0, 2)) if k == 0 else opened_on + timedelta(
                days=rng.randint(1, max(1, (end - opened_on).days)))  # fmt: skip
            at = self.at_time(min(day, end))
            self.rows["dv_incidents"].append(
                (*self.synced(self.new_id(), owner, at), case_id, at, kind, text, owner)
            )

        # Risk assessments: at opening, and re-assessments later; the newest sets the level.
        assessment_days = [opened_on]
        for _ in range(rng.choice((0, 0, 1, 2))):
            assessment_days.append(opened_on + timedelta(days=rng.randint(1, max(1, (end - opened_on).days))))
        assessment_days.sort()
        levels: list[tuple[date, RiskLevel]] = []
        for i, day in enumerate(assessment_days):
            s = max(0.0, min(1.0, severity * (0.8**i) + rng.uniform(-0.1, 0.1)))
            answers = self.answers(s)
            scored = score_assessment(policy, answers)
            override: RiskLevel | None = None
            reason: str | None = None
            if rng.random() < 0.06 and scored.computed_level is not RiskLevel.EXTREME:
                override = list(RiskLevel)[scored.computed_level.rank + 1]
                reason = "Обидчик злоупотребляет алкоголем, потерпевшая опасается за детей"
            level = final_level(scored.computed_level, override, reason)
            if level is scored.computed_level:
                reason = None
            at = self.at_time(day)
            self.rows["risk_assessments"].append(
                (*self.synced(self.new_id(), owner, at), case_id, json.dumps(answers), scored.score,
                 scored.computed_level.value, level.value, reason, owner, at)
            )  # fmt: skip
            levels.append((day, level))
        level = levels[-1][1]

        # Reviews at the rhythm of the level in force, the last ones only (up to eight).
        last_point = max(d for d, _ in levels)
        horizon = end - timedelta(days=1)
        interval = review_interval(policy, level).days
        day = max(opened_on + timedelta(days=1), horizon - timedelta(days=interval * 8))
        late = rng.random() < 0.12
        while day <= horizon - timedelta(days=interval * (2 if late else 0)):
            at = self.at_time(day)
            self.rows["dv_reviews"].append(
                (*self.synced(self.new_id(), owner, at), case_id, at, owner, rng.choice(REVIEW_NOTES))
            )
            last_point = max(last_point, day)
            day += timedelta(days=max(1, int(interval * rng.uniform(0.7, 1.0))))

        # Follow-up visits to the victim.
        for _ in range(rng.randint(2, 8)):
            d = opened_on + timedelta(days=rng.randint(1, max(1, (end - opened_on).days)))
            if d >= today:
                d = today - timedelta(days=1)
            self.visit(VisitKind.DV_FOLLOW_UP.value, d, resident=victim, household_id=home.id,
                       outcome=VisitOutcome.MET.value if rng.random() < 0.85 else VisitOutcome.NOT_HOME.value,
                       case_id=case_id, notes="Проверка обстановки в семье")  # fmt: skip

        # Measures: protective orders (some ending within days), special requirements, referrals.
        if rng.random() < 0.4:
            start = max(opened_on, today - timedelta(days=rng.randint(0, 45))) if not closed else opened_on
            start = min(start, today)
            po_end = validate_measure_dates(MeasureKind.PROTECTIVE_ORDER, start, None)
            assert po_end is not None
            self.measure(case_id, owner, MeasureKind.PROTECTIVE_ORDER, start, po_end,
                         "Начальник УП Алмалинского района", "Запрет приближаться к потерпевшей")  # fmt: skip
            active = po_end >= today
            self.add_registry(offender, RegistryCategory.PROTECTIVE_ORDER, start, None if active else po_end,
                              None if active else "Срок защитного предписания истёк")  # fmt: skip
        if rng.random() < 0.12 and (today - opened_on).days > 20:
            start = opened_on + timedelta(days=rng.randint(10, 20))
            months = rng.randint(3, 12)
            sr_end = validate_measure_dates(
                MeasureKind.SPECIAL_REQUIREMENTS, start, add_months(start, months)
            )
            assert sr_end is not None
            self.measure(case_id, owner, MeasureKind.SPECIAL_REQUIREMENTS, start, sr_end,
                         "Алмалинский районный суд г. Алматы", _SPECIAL_REQUIREMENTS)  # fmt: skip
            active = sr_end >= today
            why = None if active else "Истёк срок особых требований"
            self.add_registry(
                offender, RegistryCategory.SPECIAL_REQUIREMENTS, start, None if active else sr_end, why
            )
        if rng.random() < 0.2:
            referral_day = opened_on + timedelta(days=rng.randint(0, 10))
            self.measure(case_id, owner, MeasureKind.REFERRAL, referral_day, None, "Кризисный центр «Забота»",
                         "Направлена на консультацию психолога")  # fmt: skip

        for child in children:
            self.rows["dv_case_children"].append((*self.synced(self.new_id(), owner), case_id, child.id))

        # Closure and status.
        sup = self.plan.supervisor_id
        status = "open" if stage < 0.3 else "monitoring"
        state: str | None = None
        reason_c: str | None = None
        req_by = req_at = dec_by = dec_at = note = None
        next_due: date | None
        if closed:
            assert closed_on is not None
            status = "closed"
            state = "approved"
            reason_c = rng.choice(CLOSURE_REASONS)
            req_by = owner
            req_at = self.at_time(closed_on)
            dec_by = owner if level in SELF_CLOSABLE else sup
            dec_at = req_at
            next_due = None
        else:
            if 0.6 <= stage < 0.72:
                state = "requested" if stage < 0.68 else "rejected"
                reason_c = rng.choice(CLOSURE_REASONS)
                req_by = owner
                req_day = today - timedelta(days=rng.randint(1, 6))
                req_at = self.at_time(req_day)
                if state == "rejected":
                    dec_by, dec_at = sup, self.at_time(req_day + timedelta(days=1))
                    note = "Риск сохраняется, продолжить наблюдение"
            next_due = next_review_due(policy, level, last_point)
        self.rows["dv_cases"].append(
            (*self.synced(case_id, owner, _ts(datetime.combine(opened_on, datetime.min.time()))),
             number, victim.id, offender.id, home.id, owner, status, _day(opened_on),
             "Семейно-бытовой конфликт, обращение потерпевшей", level.value,
             _day(next_due) if next_due else None, state, reason_c, req_by, req_at, dec_by, dec_at, note,
             _day(closed_on) if closed_on else None)
        )  # fmt: skip

    def measure(
        self, case_id: str, by: str, kind: MeasureKind, start: date, end: date | None, issuer: str, notes: str
    ) -> None:
        self.rows["dv_measures"].append(
            (*self.synced(self.new_id(), by), case_id, kind.value, _day(start), _day(end) if end else None,
             issuer, notes, None, None)
        )  # fmt: skip

    def answers(self, severity: float) -> dict[str, bool | str]:
        rng = self.rng
        out: dict[str, bool | str] = {}
        p_yes = 0.05 + 0.7 * severity
        for q in self.policy.questions:
            if q.is_choice:
                idx = min(len(q.options) - 1, int(rng.random() * severity * len(q.options) * 1.3))
                out[q.id] = q.options[idx].id
            else:
                out[q.id] = rng.random() < (p_yes * (0.4 if q.critical else 1.0))
        return out

    # -- appeals, objects, feedback ----------------------------------------------------------------

    def build_appeals(self) -> None:
        rng = self.rng
        today = self.today
        cal = self.cal
        for _ in range(max(1, len(self.people) // 40)):
            received = self.days_ago(0, 330)
            deadline = appeal_deadline(received, cal)
            officer = self.officer()
            person = rng.choice(self.people) if rng.random() < 0.7 else None
            if person is not None:
                name, contact, rid = (
                    person.full_name,
                    (person.phones[0] if person.phones else None),
                    person.id,
                )
            else:
                name = f"{rng.choice(RU_SURNAMES)} {rng.choice(tuple(RU_MALE))}"
                contact, rid = self.phone(), None
            extended: date | None = None
            ext_reason: str | None = None
            if rng.random() < 0.12:
                limit = extension_limit(received)
                new = min(limit, cal.add_working_days(deadline, rng.randint(5, 20)))
                ext_reason = "Требуется запрос сведений в другие органы"
                validate_extension(received, deadline, new, ext_reason)
                extended = new
            due = extended or deadline
            answered: date | None = None
            if due < today:
                # Most past-deadline appeals were answered, a few late; some are overdue still.
                if rng.random() < 0.93:
                    answered = min(
                        today, received + timedelta(days=rng.randint(1, (due - received).days + 3))
                    )
            elif rng.random() < 0.3 and received < today:
                answered = received + timedelta(days=rng.randint(1, max(1, (today - received).days)))
            status = "answered" if answered else ("extended" if extended else "registered")
            self.rows["appeals"].append(
                (*self.synced(self.new_id(), officer), _day(received), name, contact, rid,
                 rng.choice(APPEAL_SUBJECTS), "Прошу принять меры.", officer, _day(deadline),
                 _day(extended) if extended else None, ext_reason, status,
                 "Проведена проверка, приняты меры профилактики" if answered else None,
                 _day(answered) if answered else None, officer if answered else None, _day(due))
            )  # fmt: skip

    def build_objects_and_feedback(self) -> None:
        rng = self.rng
        addresses = self.rows["addresses"]
        by = self.plan.officers[0]
        objects = self.rows["beat_objects"]

        def place() -> tuple[str, str]:
            a = addresses[rng.randrange(len(addresses))]
            return a[0], f"{a[-4]}, {a[-3]}"

        for _ in range(rng.randint(2, 4)):
            aid, text = place()
            objects.append((*self.synced(self.new_id(), by), "school",
                            rng.choice(SCHOOLS).format(n=rng.randint(1, 190)), aid, text, None))  # fmt: skip
        for _ in range(rng.randint(4, 9)):
            aid, text = place()
            objects.append((*self.synced(self.new_id(), by), "alcohol_shop", rng.choice(SHOPS), aid, text,
                            rng.choice(OBJECT_NOTES)))  # fmt: skip
        for i in range(rng.randint(8, 16)):
            aid, text = place()
            objects.append((*self.synced(self.new_id(), by), "cctv_camera",
                            f"Камера «Сергек» {self.plan.code}-{i + 1:02d}", aid, text, None))  # fmt: skip
        for _ in range(max(1, len(self.people) // 100)):
            p = rng.choice(self.people)
            rating = rng.choices((1, 2, 3, 4, 5), (5, 7, 15, 33, 40))[0]
            self.rows["feedback"].append(
                (*self.synced(self.new_id(), self.officer()), p.id, _day(self.days_ago(1, 365)), rating,
                 rng.choice(FEEDBACK_COMMENTS), self.officer())
            )  # fmt: skip

    def build(self, n_cases: int) -> dict[str, list[Row]]:
        self.build_register()
        offenders = self.build_cases(n_cases)
        self.build_registry_and_visits(offenders)
        self.finish_residents()
        self.build_appeals()
        self.build_objects_and_feedback()
        return self.rows


def _check_search_columns(p: _Person, home: _Home, key: str, text: str) -> None:
    """The cached folding must give what the services store: checked on a sample, loudly."""
    want_key = search.name_key(p.last, p.first, p.middle)
    want_text = search.search_text(
        last_name=p.last, first_name=p.first, middle_name=p.middle, iin=p.iin, phones=p.phones,
        street=home.street, house=home.house, apartment=home.apartment,
    )  # fmt: skip
    if (key, text) != (want_key, want_text):
        raise AssertionError(f"demo search columns differ from store.search: {text!r} != {want_text!r}")


# --- columns and loading -----------------------------------------------------------------------

_SYNCED = (
    "id", "beat_id", "deleted", "void_reason", "created_at", "created_by", "updated_at", "updated_by",
    "field_clock", "server_rev",
)  # fmt: skip
COLUMNS: dict[str, tuple[str, ...]] = {
    "addresses": (*_SYNCED, "locality", "street", "house", "walk_order", "notes"),
    "households": (*_SYNCED, "address_id", "apartment", "notes"),
    "residents": (*_SYNCED, "household_id", "iin", "last_name", "first_name", "middle_name", "birth_date",
                  "sex", "phones", "notes", "name_key", "sort_name", "search_text", "next_visit_due"),
    "dv_cases": (*_SYNCED, "number", "victim_id", "offender_id", "household_id", "owner_id", "status",
                 "opened_on", "summary", "risk_level", "next_review_due", "closure_state", "closure_reason",
                 "closure_requested_by", "closure_requested_at", "closure_decided_by", "closure_decided_at",
                 "closure_decision_note", "closed_on"),
    "dv_case_children": (*_SYNCED, "case_id", "resident_id"),
    "dv_incidents": (*_SYNCED, "case_id", "occurred_at", "kind", "description", "reported_by"),
    "risk_assessments": (*_SYNCED, "case_id", "answers", "score", "computed_level", "final_level",
                         "override_reason", "assessed_by", "assessed_at"),
    "dv_measures": (*_SYNCED, "case_id", "kind", "start_date", "end_date", "issued_by", "notes", "ended_on",
                    "ended_reason"),
    "dv_reviews": (*_SYNCED, "case_id", "reviewed_at", "reviewer_id", "notes"),
    "registry_entries": (*_SYNCED, "resident_id", "category", "basis", "start_date", "end_date",
                         "ended_reason"),
    "visits": (*_SYNCED, "kind", "topic", "visited_at", "resident_id", "household_id", "dv_case_id",
               "outcome", "notes", "officer_id"),
    "appeals": (*_SYNCED, "received_on", "applicant_name", "applicant_contact", "resident_id", "subject",
                "body", "officer_id", "deadline", "extended_deadline", "extension_reason", "status", "answer",
                "answered_on", "answered_by", "due_on"),
    "beat_objects": (*_SYNCED, "kind", "name", "address_id", "address_text", "notes"),
    "feedback": (*_SYNCED, "resident_id", "received_on", "rating", "comment", "officer_id"),
}  # fmt: skip


def _check_columns() -> None:
    """Every column of every loaded table is written: a schema change must update the demo."""
    tables = m.Base.metadata.tables
    for name, cols in COLUMNS.items():
        have = {c.name for c in tables[name].columns}
        if set(cols) != have or len(cols) != len(have):
            raise AssertionError(f"demo columns of {name} differ from the model: {sorted(have ^ set(cols))}")


def _insert_sql(table: str) -> str:
    cols = COLUMNS[table]
    # Table and column names come from COLUMNS above, never from input.
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"  # noqa: S608


def _plan_beats(
    residents: int, today: date, seed: int, new_id: Callable[[], str]
) -> tuple[str, list[tuple[str, str]], list[tuple[str, str, str]], list[int]]:
    """Ids and names of the unit, its beats and its people (created through services.accounts)."""
    n_beats = max(1, round(residents / RESIDENTS_PER_BEAT))
    unit_id = new_id()
    beats = [(new_id(), f"ALM-{i + 1:02d}") for i in range(n_beats)]
    rng = random.Random(f"inspector-desk-demo-staff:{seed}")
    users: list[tuple[str, str, str]] = []
    for i in range(n_beats):
        first = rng.choice(KZ_MALE + tuple(RU_MALE))
        root = rng.choice(KZ_ROOTS)
        last = (
            (root[:-1] + "ев" if root.endswith("й") else root + "ов")
            if first in KZ_MALE
            else rng.choice(RU_SURNAMES)
        )
        users.append((new_id(), f"inspector{i + 1:02d}", f"{last} {first}"))
    sizes = [residents // n_beats + (1 if i < residents % n_beats else 0) for i in range(n_beats)]
    return unit_id, beats, users, sizes


def build_demo(
    path: str | Path, *, residents: int, seed: int, key: bytes | None, today: date | None = None
) -> DemoSummary:
    """Create the demo database at ``path`` (refused if the file exists) and fill it in bulk."""
    started = time.perf_counter()
    phases: dict[str, float] = {}
    db_path = Path(path)
    if residents < 20:
        raise DemoError("the demo needs at least 20 residents")
    if db_path.exists():
        raise DemoError(f"{db_path} already exists: the demo never overwrites a database")
    today = today or date.today()
    _check_columns()
    base = datetime(today.year, today.month, today.day, tzinfo=UTC) - timedelta(days=400)
    base_ms = int(base.timestamp() * 1000)
    staff_ids = _Ids(random.Random(f"inspector-desk-demo-ids:{seed}:staff"), base_ms - 10_000)

    db = open_database(db_path, key)
    try:
        unit_id, beats, users, sizes = _plan_beats(residents, today, seed, staff_ids)
        accounts.create_unit(db, "УП Алмалинского района г. Алматы", unit_id=unit_id)
        for beat_id, code in beats:
            accounts.create_beat(db, code, f"Участок {code}", unit_id, beat_id=beat_id)
        demo_inspector = staff_ids()
        supervisor = staff_ids()
        accounts.create_user(db, "inspector", "Серікова Әсел Нұрланқызы", Role.INSPECTOR, unit_id=unit_id,
                             beat_ids=[beats[0][0]], user_id=demo_inspector)  # fmt: skip
        accounts.create_user(db, "supervisor", "Жақсыбеков Қайрат Бақытұлы", Role.SUPERVISOR, unit_id=unit_id,
                             user_id=supervisor)  # fmt: skip
        for (user_id, login, name), (beat_id, _code) in zip(users, beats, strict=True):
            accounts.create_user(db, login, name, Role.INSPECTOR, unit_id=unit_id, beat_ids=[beat_id],
                                 user_id=user_id)  # fmt: skip
    finally:
        db.close()
    phases["accounts"] = time.perf_counter() - started

    plans = []
    for i, ((beat_id, code), (user_id, _login, _name), size) in enumerate(
        zip(beats, users, sizes, strict=True)
    ):
        officers = (demo_inspector, user_id) if i == 0 else (user_id,)
        weights = (7, 3) if i == 0 else (1,)
        plans.append(_BeatPlan(i, beat_id, code, size, officers, weights, supervisor))
    counts = _load(db_path, key, plans, seed=seed, today=today, base_ms=base_ms, phases=phases)
    counts["beats"] = len(beats)
    counts["users"] = len(users) + 2
    return DemoSummary(
        path=db_path,
        encrypted=key is not None,
        seed=seed,
        today=today,
        counts=counts,
        logins=("inspector", "supervisor", *(u[1] for u in users)),
        seconds=time.perf_counter() - started,
        phases=phases,
    )


def _load(
    db_path: Path,
    key: bytes | None,
    plans: Sequence[_BeatPlan],
    *,
    seed: int,
    today: date,
    base_ms: int,
    phases: dict[str, float],
) -> dict[str, int]:
    """Bulk-load every beat in one transaction, indexes and full-text triggers set aside meanwhile."""
    db = open_database(db_path, key, migrate=False)
    raw = db.engine.raw_connection()
    conn: Any = raw.driver_connection
    counts = dict.fromkeys(COLUMNS, 0)
    try:
        t0 = time.perf_counter()
        conn.execute("PRAGMA foreign_keys = OFF")
        # The file is new and is deleted if the build fails, so durability buys nothing here.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA threads = 2")  # lets CREATE INDEX sort on a helper thread
        conn.execute("PRAGMA cache_size = -3000000")
        tables = tuple(COLUMNS)
        placeholders = ",".join("?" * len(tables))
        saved_indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "  # noqa: S608
            f"AND tbl_name IN ({placeholders})",
            tables,
        ).fetchall()
        saved_triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'residents'"
        ).fetchall()
        conn.execute("BEGIN")
        for name, _sql in saved_indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for name, _sql in saved_triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        sqls = {t: _insert_sql(t) for t in tables}
        total_residents = sum(p.residents for p in plans)
        cases_total = max(1, total_residents // 10)
        tasks = [
            (plan, seed, today, base_ms, len(plans), cases_total * plan.residents // total_residents)
            for plan in plans
        ]
        g0 = time.perf_counter()
        ins = 0.0
        with _generator(len(plans)) as generate:
            # Beats are generated in worker processes while this one inserts the previous beat.
            for rows in generate(_generate_beat, tasks):
                i0 = time.perf_counter()
                for table in tables:  # parents before children
                    if rows[table]:
                        conn.executemany(sqls[table], rows[table])
                        counts[table] += len(rows[table])
                ins += time.perf_counter() - i0
        phases["generate_and_insert"] = time.perf_counter() - g0
        phases["insert"] = ins
        t1 = time.perf_counter()
        for _name, sql in saved_indexes:
            conn.execute(sql)
        phases["indexes"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        _fill_search_index(conn)
        for _name, sql in saved_triggers:
            conn.execute(sql)
        phases["search_index"] = time.perf_counter() - t2
        _audit_build(conn, seed, today, counts, plans[0].supervisor_id)
        t3 = time.perf_counter()
        conn.execute("COMMIT")
        phases["commit"] = time.perf_counter() - t3
        t4 = time.perf_counter()
        conn.execute("PRAGMA analysis_limit = 1000")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode = WAL")
        phases["analyze"] = time.perf_counter() - t4
        phases["load_total"] = time.perf_counter() - t0
    except BaseException:
        raw.invalidate()
        db.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        raise
    # This connection's pragmas differ from the pool's: never hand it back.
    raw.invalidate()
    db.close()
    return counts


_Task = tuple[_BeatPlan, int, date, int, int, int]


def _generate_beat(task: _Task) -> dict[str, list[Row]]:
    plan, seed, today, base_ms, n_beats, n_cases = task
    builder = _BeatBuilder(
        plan, seed=seed, today=today, base_ms=base_ms, n_beats=n_beats, policy=risk_policy()
    )
    return builder.build(n_cases)


@contextmanager
def _generator(
    n_beats: int,
) -> Iterator[
    Callable[[Callable[[_Task], dict[str, list[Row]]], list[_Task]], Iterable[dict[str, list[Row]]]]
]:
    """``map`` in order: in this process for one beat, else over a pool of worker processes."""
    if n_beats == 1 or WORKERS < 1:
        yield map
        return
    ctx = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    with ctx.Pool(WORKERS) as pool:
        yield lambda fn, tasks: pool.imap(fn, tasks)


def _fill_search_index(conn: Any) -> None:
    """What the residents' insert trigger does, for all rows at once (same text, same row ids)."""
    conn.execute(
        "INSERT INTO resident_search_map(resident_id, beat_id) "
        "SELECT id, beat_id FROM residents ORDER BY rowid"
    )
    conn.execute(
        f"INSERT INTO {FTS_TABLE}(rowid, search_text) "  # noqa: S608
        "SELECT m.fts_rowid, CASE WHEN r.deleted THEN '' ELSE r.search_text END "
        "FROM resident_search_map m JOIN residents r ON r.id = m.resident_id ORDER BY m.fts_rowid"
    )
    # One b-tree instead of a segment per batch: searches read fewer pages.
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")  # noqa: S608


def _audit_build(conn: Any, seed: int, today: date, counts: dict[str, int], user_id: str | None) -> None:
    conn.execute(
        "INSERT INTO audit_log (id, at, user_id, device_id, action, entity, entity_id, beat_id, changes, "
        "outcome, synced) VALUES (?, ?, ?, ?, 'demo_build', NULL, NULL, NULL, ?, 'ok', 0)",
        (
            _Ids(random.Random(f"inspector-desk-demo-audit:{seed}"), int(time.time() * 1000))(),
            _ts(datetime.now(UTC).replace(tzinfo=None)),
            None,
            "demo",
            json.dumps({"seed": seed, "today": today.isoformat(), "counts": counts}),
        ),
    )


# --- command line ------------------------------------------------------------------------------


def _remove_existing(db_path: Path) -> None:
    from inspector_desk.security.keyfile import keyfile_path

    for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), keyfile_path(db_path)):
        p.unlink(missing_ok=True)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m inspector_desk.demo", description=__doc__)
    parser.add_argument("--db", required=True, type=Path, help="the database file to create")
    parser.add_argument("--residents", type=int, default=DEFAULT_RESIDENTS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--password", default=DEFAULT_PASSWORD, help="the password that unlocks the database")
    parser.add_argument("--plain", action="store_true", help="plain SQLite, unencrypted (benchmarks only)")
    parser.add_argument(
        "--today", type=date.fromisoformat, default=None, help="the demo's today (YYYY-MM-DD)"
    )
    parser.add_argument("--force", action="store_true", help="replace an existing database and its key file")
    args = parser.parse_args(list(argv) if argv is not None else None)

    db_path: Path = args.db
    from inspector_desk.security.keyfile import keyfile_path, provision_key

    if db_path.exists() or keyfile_path(db_path).exists():
        if not args.force:
            print(f"error: {db_path} already exists; use --force to replace it", file=sys.stderr)
            return 2
        _remove_existing(db_path)
    key = None if args.plain else provision_key(db_path, args.password)
    try:
        summary = build_demo(db_path, residents=args.residents, seed=args.seed, key=key, today=args.today)
    except BaseException:
        if key is not None:
            keyfile_path(db_path).unlink(missing_ok=True)
        raise
    kind = "encrypted (SQLCipher)" if summary.encrypted else "plain SQLite"
    print(f"Demo beat written to {summary.path} ({kind}) in {summary.seconds:.1f} s")
    for name, n in summary.counts.items():
        print(f"  {name:18} {n:>9,}")
    last = summary.logins[-1]
    print(f"  logins: inspector (beat ALM-01), supervisor (unit), inspector01..{last} (one per beat)")
    if not args.plain:
        print(f"  password: {args.password}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
