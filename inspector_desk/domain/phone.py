"""Phone numbers as people write them in Kazakhstan ("8 701 ...", "+7 (727) ..."), normalised to
E.164 so that one number is stored, compared and searched in one form."""

from __future__ import annotations

import phonenumbers

from inspector_desk.domain.errors import ValidationError


def normalize_phone(text: str, field: str = "phone", region: str = "KZ") -> str:
    """The number in E.164 (``+77011234567``); a number with no country code is read as ``region``'s."""
    message = "Phone number is not a valid number"
    if not text or not text.strip():
        raise ValidationError(field, "phone.invalid", message)
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, "phone.invalid", message) from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(field, "phone.invalid", message)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def phone_digits(e164: str) -> str:
    """Only the digits of a number (``77011234567``): the form the search index stores."""
    return "".join(c for c in e164 if c.isascii() and c.isdigit())
