"""Checking what a person typed into a form field: trimmed, required or optional, capped in
length, free of characters that are not text; each refusal names the field and the rule.

What is accepted is stored and shown exactly as typed (quotes, angle brackets, SQL, emoji, any
script). Refused everywhere, because they are never part of what a person means to write and they
break or disguise what others see: control characters (NUL, ESC, ... ; a multi-line field keeps
tab and line breaks, a single-line field turns them into spaces), the invisible controls that
reverse the direction of text (U+202A-U+202E, U+2066-U+2069: "Trojan Source" spoofing) and lone
UTF-16 surrogates (no valid text holds one; the database cannot store it).

Maximum lengths, by kind of field (each service names its own constant):
  a name or a code              100-200   (people's names 100; streets, objects, issuers 200)
  a house or apartment number    20
  a subject or address line     300
  a reason or a basis          1000-4000
  notes, descriptions          4000
  an appeal's text or answer   8000
"""

from __future__ import annotations

import re
from datetime import date

from inspector_desk.domain.errors import ValidationError

# C0 controls but tab, line feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def require_text(value: str | None, field: str, max_length: int, *, multiline: bool = False) -> str:
    """A required text field, trimmed (inner runs of spaces collapsed unless ``multiline``)."""
    cleaned = _clean(value, field, multiline)
    if not cleaned:
        raise ValidationError(field, "required", "This field is required")
    return _capped(cleaned, field, max_length)


def optional_text(value: str | None, field: str, max_length: int, *, multiline: bool = False) -> str | None:
    """An optional text field, trimmed; blank becomes None."""
    cleaned = _clean(value, field, multiline)
    return _capped(cleaned, field, max_length) if cleaned else None


def not_in_future(value: date, field: str, today: date) -> None:
    if value > today:
        raise ValidationError(field, "in_future", "The date may not be in the future")


def check_characters(value: str, field: str) -> None:
    """Refuse characters that are not text (see the module's docstring), naming the field."""
    if _CONTROL.search(value):
        raise ValidationError(
            field, "control_character", "The text may not contain control characters (such as NUL or ESC)"
        )
    if _BIDI.search(value):
        raise ValidationError(
            field, "bidi_control", "The text may not contain invisible text-direction override characters"
        )
    if _SURROGATE.search(value):
        raise ValidationError(field, "invalid_character", "The text contains an invalid character")


def _clean(value: str | None, field: str, multiline: bool) -> str:
    if value is None:
        return ""
    check_characters(value, field)
    if multiline:
        return value.strip()
    return " ".join(value.split())


def _capped(text: str, field: str, max_length: int) -> str:
    if len(text) > max_length:
        raise ValidationError(field, "max_length", f"At most {max_length} characters")
    return text
