"""Search folding: spellings of one name in Cyrillic, Kazakh and Latin meet; the skeleton is stable."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.domain.search_text import fold, fold_digits

SAME = [
    ("Ахметов", "Akhmetov", "Ahmetov", "AHMETOV"),
    ("Қайрат", "Qairat", "Kairat", "Кайрат", "Qaırat"),
    ("Әлия", "Алия", "Aliya", "Alia", "Äliya", "A'liya"),
    ("Жанна", "Zhanna", "Janna"),
    ("Шынар", "Shynar", "Şynar", "S'ynar", "S’ynar"),
    ("Өмірзақ", "Omirzak", "Ömirzaq"),
    ("Ұлан", "Ulan", "Ūlan"),
    ("Чингиз", "Chingiz", "Çingiz"),
    ("Сергей", "Sergei", "Sergey"),
    ("Юлия", "Yuliya", "Iuliia"),
    ("Щербаков", "Shcherbakov", "Scherbakov"),
    ("Ерлан", "Yerlan", "Erlan"),
    ("Цой", "Tsoi", "Tsoy"),
    ("Фёдоров", "Федоров", "Fedorov"),
    ("Ғалым", "Ghalym", "Galym"),
    ("Александр", "Aleksandr", "Alexandr"),
    ("Сейтқали", "Seitkali", "Seytqali"),
    ("Нұрлан Әбішев", "Nurlan Abishev", "  nurlan   ABISHEV "),
]


@pytest.mark.parametrize("spellings", SAME, ids=lambda s: s[0])
def test_spellings_fold_together(spellings: tuple[str, ...]) -> None:
    assert len({fold(s) for s in spellings}) == 1, [fold(s) for s in spellings]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ахметов", "Ахмедов"), ("Алия", "Алина"), ("Сергей", "Серик"), ("Жанна", "Сана"), ("Шынар", "Сынар")],
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_known_skeletons() -> None:
    assert fold("Ахметов") == "ahmetov"
    assert fold("Шынар") == "shinar"
    assert fold("Щербаков") == "sherbakov"


def test_punctuation_separates_words_and_digits_stay() -> None:
    assert fold("ул. Абая, д.12/3 — кв. 45") == "ul abaia d 12 3 kv 45"
    assert fold("Ахметова-Сейтқали") == "ahmetova seitkali"
    assert fold("O'Neil") == "oneil"
    assert fold("Подъезд 2") == "podezd 2"
    assert fold("") == ""
    assert fold(" \t\n") == ""


def test_digit_runs_are_not_collapsed() -> None:
    assert fold("дом 11, кв 100") == "dom 11 kv 100"


def test_fold_digits() -> None:
    assert fold_digits("+7 (701) 123-45-67") == "77011234567"
    assert fold_digits("ИИН: 900101 300017") == "900101300017"
    assert fold_digits("٣٤") == "34"
    assert fold_digits("нет цифр") == ""


LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі" + "abcdefghijklmnopqrstuvwxyzäöüğşçñıū'’"
name_text = st.text(alphabet=LETTERS + LETTERS.upper() + " -.,0123456789", max_size=40)


@given(st.text(max_size=60))
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text(max_size=60))
def test_fold_output_alphabet(text: str) -> None:
    folded = fold(text)
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", folded), folded


@given(name_text)
def test_case_does_not_matter(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower())


@given(name_text)
def test_digits_survive_folding(text: str) -> None:
    assert fold_digits(fold(text)) == fold_digits(text)
