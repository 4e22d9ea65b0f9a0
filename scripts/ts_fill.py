"""Refresh the Qt Linguist sources from the code and fill in translations from JSON files.

    python scripts/ts_fill.py translations.json [more.json ...]

Each JSON file maps context -> source text -> {"ru": ..., "kk": ..., "en": ...} ("en" defaults to the
source). The refresh (pyside6-lupdate) and the fill run under a file lock, so several people (or
sessions) adding strings at once never overwrite each other's translations. Prints what is still
untranslated, and exits 1 when something is.
"""

from __future__ import annotations

import fcntl
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT))


def _fill(ts: Path, language: str, table: dict[str, dict[str, dict[str, str]]]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            given = table.get(name, {}).get(source, {})
            text = given.get(language) or (source if language == "en" else None)
            if message.get("numerus") == "yes":
                # Plural forms (%n): one <numerusform> per form of the language; a JSON value is one
                # text for every form, or a list of the forms in Linguist's order.
                forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
                translation.text = None
                if text is not None and (translation.get("type") == "unfinished" or given):
                    values = text if isinstance(text, list) else [text] * len(forms)
                    for form, value in zip(forms, values + values[-1:] * len(forms), strict=False):
                        form.text = value
                    translation.attrib.pop("type", None)
                if translation.get("type") == "unfinished" or not all((f.text or "").strip() for f in forms):
                    missing.append(f"{language} {name}: {source!r}")
                continue
            if text is not None and (translation.get("type") == "unfinished" or given):
                translation.text = text
                translation.attrib.pop("type", None)
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{language} {name}: {source!r}")
    ET.indent(tree, space="    ")
    lines = ET.tostring(tree.getroot(), encoding="unicode").splitlines()
    # Linguist's own layout: <context> at the margin, its content indented by four.
    body = "\n".join([lines[0], *(line.removeprefix("    ") for line in lines[1:-1]), lines[-1]])
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    table: dict[str, dict[str, dict[str, str]]] = {}
    for name in argv:
        for context, messages in json.loads(Path(name).read_text(encoding="utf-8")).items():
            table.setdefault(context, {}).update(messages)
    from inspector_desk.ui.i18n import CATALOGUE, LOCALES, update_sources

    with open(I18N / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        update_sources()
        missing = []
        for language in LOCALES:
            missing += _fill(I18N / f"{CATALOGUE}_{language}.ts", language, table)
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
