"""IIN parsing: checksum (both weighting passes), embedded birth date and sex, every kind of invalid input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.iin import Iin, Sex, check_digit, make_iin, parse_iin, uses_second_weighting

# Worked by hand: 9*1 + 1*4 + 1*6 + 3*7 + 1*11 = 51, 51 mod 11 = 7.
FIRST_PASS_IIN = "900101300017"
# 9*1 + 1*4 + 1*6 + 3*7 + 8*10 + 1*11 = 131, mod 11 = 10 -> second pass:
# 9*3 + 1*6 + 1*8 + 3*9 + 8*1 + 1*2 = 78, mod 11 = 1.
SECOND_PASS_IIN = "900101300811"
# First pass 120 mod 11 = 10, second pass 76 mod 11 = 10: never issued, whatever the 12th digit.
UNISSUED_PREFIX = "90010130080"


def rule_of(text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_iin(text)
    return caught.value.rule


def test_valid_iin_gives_birth_date_and_sex() -> None:
    assert parse_iin(FIRST_PASS_IIN) == Iin(FIRST_PASS_IIN, date(1990, 1, 1), Sex.MALE)


def test_check_digit_from_second_weighting() -> None:
    assert uses_second_weighting(SECOND_PASS_IIN[:11])
    assert not uses_second_weighting(FIRST_PASS_IIN[:11])
    assert parse_iin(SECOND_PASS_IIN).value == SECOND_PASS_IIN


def test_generated_second_pass_numbers_are_valid() -> None:
    found = [
        make_iin(date(1985, 6, 15), Sex.FEMALE, serial)
        for serial in range(200)
        if uses_second_weighting(f"8506154{serial:04d}") and check_digit(f"8506154{serial:04d}") is not None
    ]
    assert len(found) >= 5
    for value in found:
        assert uses_second_weighting(value[:11])
        assert parse_iin(value).sex is Sex.FEMALE


@pytest.mark.parametrize("last_digit", "0123456789")
def test_unissued_number_is_refused(last_digit: str) -> None:
    assert check_digit(UNISSUED_PREFIX) is None
    assert rule_of(UNISSUED_PREFIX + last_digit) == "iin.unissued"


def test_make_iin_skips_an_unissuable_serial() -> None:
    assert make_iin(date(1990, 1, 1), Sex.MALE, 80) == SECOND_PASS_IIN


@pytest.mark.parametrize("text", ["900101 300017", "9001-0130-0017", " 900101-300017 ", "900101\u00a0300017"])
def test_spaces_and_dashes_are_ignored(text: str) -> None:
    assert parse_iin(text).value == FIRST_PASS_IIN


@pytest.mark.parametrize(
    ("marker", "year", "sex"),
    [
        ("1", 1890, Sex.MALE),
        ("2", 1890, Sex.FEMALE),
        ("3", 1990, Sex.MALE),
        ("4", 1990, Sex.FEMALE),
        ("5", 2090, Sex.MALE),
        ("6", 2090, Sex.FEMALE),
    ],
)
def test_century_and_sex_digit(marker: str, year: int, sex: Sex) -> None:
    prefix = f"900101{marker}0001"
    digit = check_digit(prefix)
    assert digit is not None
    parsed = parse_iin(f"{prefix}{digit}")
    assert parsed.birth_date == date(year, 1, 1)
    assert parsed.sex is sex


@pytest.mark.parametrize(
    "text", ["", "90010130001", "9001013000170", "90010130001a", "ИИН900101300017", "١٢٣٤٥٦٧٨٩٠١٢"]
)
def test_wrong_format(text: str) -> None:
    assert rule_of(text) == "iin.format"


@pytest.mark.parametrize("marker", "0789")
def test_century_digit_out_of_range(marker: str) -> None:
    assert rule_of(f"900101{marker}00017") == "iin.century"


@pytest.mark.parametrize(
    "first_seven",
    [
        "901301" + "3",  # month 13
        "900230" + "3",  # 30 February
        "000229" + "3",  # 1900 was not a leap year
        "900100" + "3",  # day 0
    ],
)
def test_birth_date_must_exist(first_seven: str) -> None:
    assert rule_of(first_seven + "00017") == "iin.birth_date"


def test_leap_day_of_2000_is_a_real_date() -> None:
    assert parse_iin(make_iin(date(2000, 2, 29), Sex.FEMALE, 1)).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize("wrong", "012345689")
def test_wrong_check_digit(wrong: str) -> None:
    assert rule_of(FIRST_PASS_IIN[:11] + wrong) == "iin.check_digit"


def test_error_names_the_field_and_rule_in_words() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_iin("123", field="members[2].iin")
    assert caught.value.field == "members[2].iin"
    assert "12 digits" in caught.value.message


@given(
    birth=st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.sampled_from(Sex),
    serial=st.integers(min_value=0, max_value=9999),
)
def test_make_iin_round_trip(birth: date, sex: Sex, serial: int) -> None:
    value = make_iin(birth, sex, serial)
    parsed = parse_iin(value)
    assert (parsed.birth_date, parsed.sex) == (birth, sex)
    # The serial is kept unless it was unissuable; then a following one (wrapping) is used.
    used = int(value[7:11])
    assert (used - serial) % 10_000 < 10
    if check_digit(value[:7] + f"{serial:04d}") is not None:
        assert used == serial


@pytest.mark.parametrize(
    ("birth", "serial"),
    [(date(1799, 12, 31), 1), (date(2100, 1, 1), 1), (date(1990, 1, 1), -1), (date(1990, 1, 1), 10_000)],
)
def test_make_iin_refuses_what_an_iin_cannot_hold(birth: date, serial: int) -> None:
    with pytest.raises(ValueError, match=r"serial|birth years"):
        make_iin(birth, Sex.MALE, serial)
