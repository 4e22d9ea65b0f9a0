"""Names sort as a Kazakh or Russian reader expects, not by code point."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.domain.collation import KAZAKH_ALPHABET, collation_key


def test_russian_names_sort_alphabetically() -> None:
    names = ["Волков", "Гусев", "Ахметов", "Бекова", "Яковлев", "Ёлкин", "Егоров"]
    assert sorted(names, key=collation_key) == [
        "Ахметов",
        "Бекова",
        "Волков",
        "Гусев",
        "Егоров",
        "Ёлкин",
        "Яковлев",
    ]


def test_kazakh_letters_take_their_place_in_the_alphabet() -> None:
    names = ["Құдайбергенов", "Кенжебаев", "Әбілов", "Абаев", "Бақытжан", "Өмірзақов", "Оспанов", "Іскаков"]
    assert sorted(names, key=collation_key) == [
        "Абаев", "Әбілов", "Бақытжан", "Кенжебаев", "Құдайбергенов", "Оспанов", "Өмірзақов", "Іскаков",
    ]  # fmt: skip


def test_case_and_word_breaks() -> None:
    assert collation_key("ИВАНОВА-Петрова") == collation_key("иванова петрова")
    assert sorted(["Ли Виктор", "Лиза"], key=collation_key) == ["Ли Виктор", "Лиза"]
    assert collation_key("Ahmetov") > collation_key("Яковлев")  # Latin after Cyrillic


@given(st.lists(st.text(alphabet=KAZAKH_ALPHABET, min_size=1, max_size=8), min_size=2, max_size=8))
def test_order_follows_the_alphabet_letter_by_letter(words: list[str]) -> None:
    def by_alphabet(word: str) -> list[int]:
        return [KAZAKH_ALPHABET.index(ch) for ch in word]

    assert sorted(words, key=collation_key) == sorted(words, key=by_alphabet)
