"""Checking what a person typed into a form field: trimmed, required or optional, capped in
length; each refusal names the field and the rule."""

from __future__ import annotations

from datetime import date

from inspector_desk.domain.errors import ValidationError


def require_text(value: str | None, field: str, max_length: int, *, multiline: bool = False) -> str:
    """A required text field, trimmed (inner runs of spaces collapsed unless ``multiline``)."""
    cleaned = _clean(value, multiline)
    if not cleaned:
        raise ValidationError(field, "required", "This field is required")
    return _capped(cleaned, field, max_length)


def optional_text(value: str | None, field: str, max_length: int, *, multiline: bool = False) -> str | None:
    """An optional text field, trimmed; blank becomes None."""
    cleaned = _clean(value, multiline)
    return _capped(cleaned, field, max_length) if cleaned else None


def not_in_future(value: date, field: str, today: date) -> None:
    if value > today:
        raise ValidationError(field, "in_future", "The date may not be in the future")


def _clean(value: str | None, multiline: bool) -> str:
    if value is None:
        return ""
    if multiline:
        return value.strip()
    return " ".join(value.split())


def _capped(text: str, field: str, max_length: int) -> str:
    if len(text) > max_length:
        raise ValidationError(field, "max_length", f"At most {max_length} characters")
    return text
