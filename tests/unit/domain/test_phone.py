"""Phone normalisation to E.164 for numbers written the ways people in Kazakhstan write them."""

from __future__ import annotations

import pytest

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.phone import normalize_phone, phone_digits


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("8 701 123 45 67", "+77011234567"),
        ("87011234567", "+77011234567"),
        ("+7 701 123-45-67", "+77011234567"),
        ("701 123 45 67", "+77011234567"),
        ("+7 (727) 250-00-00", "+77272500000"),
        ("8 (7172) 74-00-00", "+77172740000"),
        ("+1 202 555 0143", "+12025550143"),
    ],
)
def test_accepted_forms(text: str, e164: str) -> None:
    assert normalize_phone(text) == e164


def test_region_decides_numbers_without_country_code() -> None:
    assert normalize_phone("030 1234567", region="DE") == "+49301234567"


@pytest.mark.parametrize("text", ["", "   ", "12345", "8 701 123", "телефон", "+7 701 123 45 67 89 00"])
def test_invalid_numbers(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(text, field="phones[1]")
    assert (caught.value.field, caught.value.rule) == ("phones[1]", "phone.invalid")


def test_phone_digits() -> None:
    assert phone_digits("+77011234567") == "77011234567"
    assert phone_digits(normalize_phone("8 (727) 250-00-00")) == "77272500000"
