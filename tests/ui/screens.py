"""Renders each main screen of the client to PNG for review (offscreen, or under Xvfb):

    .venv/bin/python -m tests.ui.screens --db PATH [--password P] [--login inspector] [--lang ru] --out DIR

It opens the database the way the application does (key file + password) and signs in as ``--login``.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--password", default="Demo-Beat-2026!")
    parser.add_argument("--login", default="inspector")
    parser.add_argument("--lang", default="ru", choices=("ru", "kk", "en"))
    parser.add_argument("--out", type=Path, default=Path("screens"))
    parser.add_argument("--size", default="1366x800")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inspector_desk.security.keyfile import unlock_key
    from inspector_desk.services.accounts import actor_for, find_user
    from inspector_desk.store.db import open_database
    from inspector_desk.ui.application import create_main_window, ensure_app
    from inspector_desk.ui.i18n import set_language
    from inspector_desk.ui.settings import LANGUAGE, Settings

    app = ensure_app(sys.argv[:1], log_dir=args.out / "logs")
    db = open_database(args.db, unlock_key(args.db, args.password))
    actor = actor_for(db, find_user(db, args.login).id, device_id="screens")
    settings = Settings(QSettings(str(args.out / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, args.lang)
    set_language(args.lang)
    window = create_main_window(db, actor, settings=settings, today=date.today)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.start()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(50):
            app.processEvents()
            window.ctx.runner.drain()
        app.processEvents()

    def shoot(name: str) -> None:
        settle()
        window.grab().save(str(args.out / f"{args.lang}-{name}.png"))
        print(args.out / f"{args.lang}-{name}.png")

    shoot("today")
    for key in ("residents", "households", "visits", "dv", "appeals", "objects", "sync"):
        window.show_page(key)
        shoot(key)
    model = window.residents_page.model
    if model.rowCount():
        window.open_resident(model.row_id(0))
        shoot("card")
    cases = window.pages["dv"]
    if cases.model.rowCount():  # type: ignore[attr-defined]
        window.open_case(cases.model.record(0).id)  # type: ignore[attr-defined]
        shoot("case")
        window.case_page.tabs.setCurrentIndex(1)
        shoot("case-risk")
        window.case_page.tabs.setCurrentIndex(2)
        shoot("case-measures")
    if window.residents_page.model.rowCount():
        dialog = window.log_visit(resident_id=model.row_id(0))
        settle()
        dialog.grab().save(str(args.out / f"{args.lang}-visit-dialog.png"))
        dialog.close()
    window.ctx.runner.shutdown()
    window.close()
    db.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
