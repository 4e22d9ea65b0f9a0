"""The password rule, one pure function shared by the laptop (key provisioning, password change) and HQ
(creating an account, an admin's reset).

The rule in words: **at least 10 characters, using at least three of the four kinds: lower-case
letters, upper-case letters, digits, other symbols; and not containing the login.** Any alphabet
counts (Cyrillic upper and lower case are letters like Latin ones); spaces count as symbols, so a
pass phrase of four ordinary words with a capital and a digit passes.
"""

from __future__ import annotations

from inspector_desk.domain.errors import ValidationError

MIN_LENGTH = 10
MIN_CLASSES = 3
# Longer than any pass phrase anyone types: Argon2 copes, but an unbounded input is a denial of service.
MAX_LENGTH = 256

RULE_TEXT = (
    "at least 10 characters, using at least three of: lower-case letters, upper-case letters, "
    "digits, symbols; not containing the login"
)


def character_classes(password: str) -> int:
    """How many of the four kinds (lower, upper, digit, symbol) ``password`` uses."""
    return sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )


def check_password(password: str, *, login: str | None = None, field: str = "password") -> None:
    """Raise ``ValidationError(field, rule, message)`` when ``password`` breaks the rule.

    Rules (stable keys the UI translates): ``password.too_short``, ``password.too_long``,
    ``password.classes``, ``password.contains_login``.
    """
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            field, "password.too_short", f"the password needs at least {MIN_LENGTH} characters"
        )
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            field, "password.too_long", f"the password may have at most {MAX_LENGTH} characters"
        )
    if character_classes(password) < MIN_CLASSES:
        raise ValidationError(
            field,
            "password.classes",
            "the password must mix at least three of: lower-case letters, upper-case letters, "
            "digits, symbols",
        )
    name = (login or "").strip().casefold()
    if len(name) >= 3 and name in password.casefold():
        raise ValidationError(field, "password.contains_login", "the password must not contain the login")
