"""Typed readers for the policy and calendar data files (already parsed JSON), with errors that say
which key of which file is wrong; plus ``LocalizedText``, the en/ru/kk label every policy item carries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

_E = TypeVar("_E", bound=StrEnum)

LANGUAGES = ("en", "ru", "kk")


class PolicyDataError(ValueError):
    """A data file (calendar, risk questionnaire, visit schedule) is malformed.

    This is a packaging or configuration fault, not a user's mistake, so it is not a
    ``ValidationError``: the application should refuse to start rather than guess.
    """


def require_mapping(data: object, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise PolicyDataError(f"{where}: expected an object, got {type(data).__name__}")
    return data


def require_list(data: object, where: str) -> list[Any]:
    if not isinstance(data, list):
        raise PolicyDataError(f"{where}: expected a list, got {type(data).__name__}")
    return data


def require_str(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PolicyDataError(f"{where}.{key}: expected a non-empty string")
    return value


def require_int(data: Mapping[str, Any], key: str, where: str, *, minimum: int = 0) -> int:
    value = data.get(key)
    # bool is an int in Python; a `true` in a data file is a typo, not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyDataError(f"{where}.{key}: expected an integer")
    if value < minimum:
        raise PolicyDataError(f"{where}.{key}: must be at least {minimum}, got {value}")
    return value


def parse_iso_date(value: object, where: str) -> date:
    if not isinstance(value, str):
        raise PolicyDataError(f"{where}: expected an ISO date string, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PolicyDataError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def parse_enum(kind: type[_E], value: object, where: str) -> _E:
    allowed = ", ".join(m.value for m in kind)
    if not isinstance(value, str):
        raise PolicyDataError(f"{where}: expected one of {allowed}, got {value!r}")
    try:
        return kind(value)
    except ValueError:
        raise PolicyDataError(f"{where}: {value!r} is not one of {allowed}") from None


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """One text in the three UI languages."""

    en: str
    ru: str
    kk: str

    @classmethod
    def from_dict(cls, data: object, where: str) -> LocalizedText:
        mapping = require_mapping(data, where)
        return cls(
            en=require_str(mapping, "en", where),
            ru=require_str(mapping, "ru", where),
            kk=require_str(mapping, "kk", where),
        )

    def get(self, language: str) -> str:
        """The text in ``language`` ("en", "ru", "kk"); English for any other code."""
        if language == "ru":
            return self.ru
        if language == "kk":
            return self.kk
        return self.en
