"""Every setting of the client declared once, with its type, default and limits (Picard's options.py);
``Settings`` reads and writes them in QSettings, and the settings dialog is generated from ``OPTIONS``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

ORGANIZATION = "Inspector Desk"
APPLICATION = "InspectorDesk"
LANGUAGES = ("ru", "kk", "en")


@dataclass(frozen=True)
class Option:
    """One setting. ``label`` is an English source string translated in the "Settings" context;
    ``editable`` options appear in the settings dialog."""

    key: str
    type: type
    default: Any
    label: str = ""
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    editable: bool = True
    url: bool = False
    file: bool = False  # a path that must name an existing file (when not empty)

    def coerce(self, raw: Any) -> Any:
        """The stored value in this option's type, or the default when it is missing or broken."""
        if raw is None:
            return self.default
        try:
            if self.type is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            elif self.type is int:
                value = int(raw)
            elif self.type is QByteArray:
                value = raw if isinstance(raw, QByteArray) else QByteArray()
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.validate(value) is not None:
            return self.default
        return value

    def validate(self, value: Any) -> str | None:
        """None when the value is allowed, else the reason (English source, "Settings" context)."""
        if self.choices and value not in self.choices:
            return str(QT_TRANSLATE_NOOP("Settings", "Choose a value from the list"))
        if self.minimum is not None and value < self.minimum:
            return str(QT_TRANSLATE_NOOP("Settings", "The value is below the minimum"))
        if self.maximum is not None and value > self.maximum:
            return str(QT_TRANSLATE_NOOP("Settings", "The value is above the maximum"))
        if self.url:
            parsed = urlparse(str(value))
            if value and (parsed.scheme not in ("http", "https") or not parsed.netloc):
                return str(
                    QT_TRANSLATE_NOOP("Settings", "Enter an address starting with https:// or http://")
                )
        if self.file and value and not os.path.isfile(str(value)):
            return str(QT_TRANSLATE_NOOP("Settings", "Choose an existing file"))
        return None


LANGUAGE = Option("ui/language", str, "ru", str(QT_TRANSLATE_NOOP("Settings", "Language")), choices=LANGUAGES)
IDLE_LOCK_MINUTES = Option(
    "security/idle_lock_minutes",
    int,
    15,
    str(QT_TRANSLATE_NOOP("Settings", "Lock after idle (minutes)")),
    minimum=1,
    maximum=30,
)
HQ_URL = Option("sync/hq_url", str, "", str(QT_TRANSLATE_NOOP("Settings", "HQ server address")), url=True)
# A PEM file with the CA that issued HQ's certificate, when it is not a public CA (security/tls.py).
HQ_CA_BUNDLE = Option(
    "sync/hq_ca_bundle", str, "", str(QT_TRANSLATE_NOOP("Settings", "HQ CA bundle (PEM file)")), file=True
)
WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray(), editable=False)
WINDOW_STATE = Option("window/state", QByteArray, QByteArray(), editable=False)
RESIDENTS_HEADER = Option("residents/header", QByteArray, QByteArray(), editable=False)

OPTIONS: tuple[Option, ...] = (
    LANGUAGE,
    IDLE_LOCK_MINUTES,
    HQ_URL,
    HQ_CA_BUNDLE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    RESIDENTS_HEADER,
)


class Settings:
    """Typed access to the declared options; refuses keys that were not declared."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)
        self._declared = {o.key for o in OPTIONS}

    def get(self, option: Option) -> Any:
        self._check(option)
        return option.coerce(self._store.value(option.key))

    def set(self, option: Option, value: Any) -> None:
        self._check(option)
        problem = option.validate(value) if option.type is not QByteArray else None
        if problem is not None:
            raise ValueError(f"{option.key}: {problem}")
        self._store.setValue(option.key, value)

    def sync(self) -> None:
        self._store.sync()

    def _check(self, option: Option) -> None:
        if option.key not in self._declared:
            raise KeyError(f"undeclared setting {option.key}")
