"""Errors of the domain: a user's mistake, named by field and rule, shown next to the field."""

from __future__ import annotations


class ValidationError(ValueError):
    """A value a person entered breaks a rule.

    ``field`` names the input (``"iin"``, ``"phones[1]"``, ``"end_date"``), ``rule`` is a
    stable machine-readable key (``"iin.check_digit"``) the UI can translate, and the
    message says the same in words.
    """

    def __init__(self, field: str, rule: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.rule = rule
        self.message = message

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, str, str]]:
        return (type(self), (self.field, self.rule, self.message))


class PermissionDenied(Exception):
    """The acting user may not do this (wrong role, or the record is outside their scope)."""

    def __init__(self, message: str, *, record: str | None = None) -> None:
        super().__init__(message)
        self.record = record


class NotFound(LookupError):
    """The record does not exist, or was voided."""
