"""Renders every main screen and the client's editors to PNG for review (offscreen):

    .venv/bin/python bench/screens.py --db PATH [--password P] [--lang en] --out DIR

The main screens come from tests/ui/screens.py; this adds the forms: the resident card's registry tab,
putting a resident on the registry (with a refusal next to its field), a beat object, a new address,
moving a resident, and a kept draft offered on the card.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def editors(args: argparse.Namespace) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from inspector_desk.services.drafts import discard_draft, save_draft
    from tests.ui.screens import open_client

    _app, db, actor, window, settle = open_client(args, (1366, 800), rounds=30)

    def shoot(widget: object, name: str) -> None:
        settle()
        path = args.out / f"{args.lang}-{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    window.show_page("residents")
    settle()
    model = window.residents_page.model
    rid = model.row_id(0)
    key = f"resident:{rid}"
    save_draft(db, actor, key, {"notes": "Draft kept after a crash"})
    window.open_resident(rid)
    settle()
    window.card_page.drafts.wait()
    settle()
    shoot(window, "card-draft")
    discard_draft(db, actor, key)
    card = window.card_page
    card.draft_banner.hide()
    card.tabs.setCurrentIndex(2)
    shoot(window, "card-registry")
    dialog = card.add_registry_entry()
    dialog.widgets["start_date"].setDate(QDate.currentDate().addDays(3))
    dialog.widgets["basis"].setPlainText("Court ruling 2-114/2026")
    dialog.save()
    settle()
    shoot(dialog, "registry-refused")
    dialog.reject()
    card.tabs.setCurrentIndex(1)
    shoot(window, "card-household")
    move = card.move_resident()
    settle()
    if move.street.count():
        move.street.setCurrentIndex(0)
    shoot(move, "move-dialog")
    move.reject()
    window.show_page("objects")
    objects: Any = window.pages["objects"]
    settle()
    shoot(objects.add_object(), "object-dialog")
    window.show_page("households")
    households: Any = window.pages["households"]
    settle()
    shoot(households.add_dwelling(), "dwelling-dialog")
    for widget in QApplication.topLevelWidgets():
        if widget is not window:
            widget.close()
    window.ctx.runner.shutdown()
    window.sync.shutdown()
    window.close()
    db.close()


def main(argv: list[str] | None = None) -> int:
    from tests.ui.screens import client_arguments

    parser = client_arguments(
        argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    )
    parser.add_argument("--only-editors", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.only_editors:
        from tests.ui.screens import main as main_screens

        main_screens(["--db", str(args.db), "--password", args.password, "--login", args.login,
                      "--lang", args.lang, "--out", str(args.out)])  # fmt: skip
    editors(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
