"""Kazakhstan's individual identification number (IIN, ЖСН/ИИН): parsing with its checksum, and the
birth date and sex it embeds; ``make_iin`` builds valid numbers for demo data and tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from inspector_desk.domain.errors import ValidationError

IIN_LENGTH = 12
_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# Digit 7 encodes century and sex together: (century start, sex) for 1..6.
_CENTURY_START = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
_SERIALS = 10_000


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


@dataclass(frozen=True, slots=True)
class Iin:
    """A checked IIN: ``value`` is the 12 digits with no separators."""

    value: str
    birth_date: date
    sex: Sex

    def __str__(self) -> str:
        return self.value


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for these 11 digits, or None when the number can never be issued.

    The first pass weights digits by 1..11; a remainder of 10 is not a digit, so a second pass
    with weights 3..11,1,2 is tried; 10 again means the state never issues such a number.
    """
    digits = [int(c) for c in first_eleven]
    first = sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS, strict=True)) % 11
    if first != 10:
        return first
    second = sum(d * w for d, w in zip(digits, _SECOND_WEIGHTS, strict=True)) % 11
    return None if second == 10 else second


def uses_second_weighting(first_eleven: str) -> bool:
    """True when the first weighting pass gives 10, so the check digit came from the second pass."""
    digits = [int(c) for c in first_eleven]
    return sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS, strict=True)) % 11 == 10


def parse_iin(text: str, field: str = "iin") -> Iin:
    """Check an IIN as a person typed it (spaces and dashes allowed) and return what it encodes."""
    value = "".join(c for c in text if c not in " -\t\u00a0\u2010\u2011\u2012\u2013\u2014")
    if len(value) != IIN_LENGTH or not value.isascii() or not value.isdigit():
        raise ValidationError(field, "iin.format", "IIN must be 12 digits")
    marker = int(value[6])
    if marker not in _CENTURY_START:
        raise ValidationError(field, "iin.century", "IIN digit 7 (century and sex) must be from 1 to 6")
    year = _CENTURY_START[marker] + int(value[0:2])
    try:
        birth_date = date(year, int(value[2:4]), int(value[4:6]))
    except ValueError:
        raise ValidationError(
            field, "iin.birth_date", "IIN digits 1-6 must be a real birth date (YYMMDD)"
        ) from None
    expected = check_digit(value[:11])
    if expected is None:
        raise ValidationError(field, "iin.unissued", "IIN is not a number that can be issued")
    if expected != int(value[11]):
        raise ValidationError(field, "iin.check_digit", "IIN check digit does not match")
    sex = Sex.MALE if marker % 2 == 1 else Sex.FEMALE
    return Iin(value=value, birth_date=birth_date, sex=sex)


def make_iin(birth_date: date, sex: Sex, serial: int) -> str:
    """A valid IIN for this birth date and sex; ``serial`` (0..9999) fills digits 8-11.

    When the serial gives a number that can never be issued, the next serial is used
    (wrapping after 9999), as the registry itself skips such numbers.
    """
    if not 1800 <= birth_date.year <= 2099:
        raise ValueError(f"an IIN can encode birth years 1800-2099, not {birth_date.year}")
    if not 0 <= serial < _SERIALS:
        raise ValueError(f"serial must be 0..9999, got {serial}")
    century_marker = {1800: 1, 1900: 3, 2000: 5}[birth_date.year // 100 * 100]
    marker = century_marker if sex is Sex.MALE else century_marker + 1
    prefix = f"{birth_date:%y%m%d}{marker}"
    # At most a handful of consecutive serials are unissuable, so this loop is short.
    for step in range(_SERIALS):
        first_eleven = f"{prefix}{(serial + step) % _SERIALS:04d}"
        digit = check_digit(first_eleven)
        if digit is not None:
            return f"{first_eleven}{digit}"
    raise AssertionError("unreachable: some serial always gives an issuable IIN")
