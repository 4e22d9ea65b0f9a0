"""Languages of the client: loading the compiled Qt Linguist catalogues (.qm) from resources/i18n,
switching language without a restart (widgets retranslate on QEvent.LanguageChange), and formatting
dates and numbers in the current locale.

``python -m inspector_desk.ui.i18n update`` refreshes the .ts sources from the code (pyside6-lupdate);
``python -m inspector_desk.ui.i18n build`` compiles them to .qm (pyside6-lrelease).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from inspector_desk.resources import resource_path

log = logging.getLogger(__name__)

LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan),
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Kazakhstan),
}
CATALOGUE = "inspector_desk"

_installed: list[QTranslator] = []
_current = "en"


def i18n_dir() -> Path:
    return resource_path("i18n")


def _tool(name: str) -> str | None:
    """A PySide6 command-line tool, next to the running interpreter first (the project venv)."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


def compile_catalogues(out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts of resources/i18n to .qm (next to it, or into ``out_dir``)."""
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        raise RuntimeError("pyside6-lrelease is not installed (pip install PySide6)")
    built = []
    for ts in sorted(i18n_dir().glob("*.ts")):
        qm = (out_dir or ts.parent) / (ts.stem + ".qm")
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def update_sources() -> None:
    """Re-extract the translatable strings of inspector_desk/ui into the .ts files (keeps translations)."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        raise RuntimeError("pyside6-lupdate is not installed (pip install PySide6)")
    ui_dir = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in ui_dir.rglob("*.py"))
    targets = [str(i18n_dir() / f"{CATALOGUE}_{lang}.ts") for lang in LOCALES]
    subprocess.run([lupdate, "-locations", "none", "-no-obsolete", *sources, "-ts", *targets], check=True)


def _catalogue_file(language: str) -> Path | None:
    qm = i18n_dir() / f"{CATALOGUE}_{language}.qm"
    ts = qm.with_suffix(".ts")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    # A checkout where nobody ran the build step yet: compile into the user cache instead of failing.
    try:
        from platformdirs import user_cache_path

        cache = user_cache_path("InspectorDesk", "Inspector Desk") / "i18n"
        cached = cache / qm.name
        if not cached.exists() or cached.stat().st_mtime < ts.stat().st_mtime:
            compile_catalogues(cache)
        return cached if cached.exists() else None
    except (OSError, RuntimeError, subprocess.CalledProcessError):
        log.warning("no compiled catalogue for %s and it could not be built", language, exc_info=True)
        return None


def set_language(language: str) -> None:
    """Install the catalogues of ``language``; every widget then receives QEvent.LanguageChange."""
    global _current
    if language not in LOCALES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    assert app is not None, "set_language needs a QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(LOCALES[language])
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            LOCALES[language], "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    own = QTranslator(app)
    path = _catalogue_file(language)
    if path is not None and own.load(str(path)):
        app.installTranslator(own)
        _installed.append(own)
    elif language != "en":
        log.warning("the %s catalogue could not be loaded", language)
    _current = language


def current_language() -> str:
    return _current


# --- formatting in the current locale --------------------------------------------------------


# Qt has no English/Kazakhstan locale data and falls back to the US ("11/22/26", 12-hour clock): a
# day-month order read the wrong way round next to Russian and Kazakh screens. English screens spell
# the month out instead ("22 Nov 2026 14:05"), unambiguous for everyone.
_EXPLICIT_FORMATS = {"en": ("d MMM yyyy", "d MMM yyyy HH:mm")}


def _four_digit_years(fmt: str) -> str:
    # Some locales' short formats (kk) use two-digit years: ambiguous for birth dates (1952 or 2052).
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_format() -> str:
    explicit = _EXPLICIT_FORMATS.get(_current)
    if explicit is not None:
        return explicit[0]
    return _four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def datetime_format() -> str:
    explicit = _EXPLICIT_FORMATS.get(_current)
    if explicit is not None:
        return explicit[1]
    return _four_digit_years(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def fmt_datetime(value: datetime | None) -> str:
    """A UTC-naive stored time shown in the laptop's local time."""
    if value is None:
        return ""
    qdt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    qdt.setTimeZone(qdt.timeZone().utc())
    return QLocale().toString(qdt.toLocalTime(), datetime_format())


def fmt_int(value: int) -> str:
    return QLocale().toString(value)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["update"]:
        update_sources()
    elif args[:1] == ["build"]:
        for path in compile_catalogues():
            print(path)
    else:
        print("usage: python -m inspector_desk.ui.i18n update|build", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
