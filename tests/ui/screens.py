"""Renders each main screen of the client to PNG for review (offscreen, or under Xvfb):

    .venv/bin/python -m tests.ui.screens --db PATH [--password P] [--login inspector] [--lang ru] --out DIR

It opens the database the way the application does (key file + password) and signs in as ``--login``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:  # Qt loads once the platform is set
    from PySide6.QtWidgets import QApplication

    from inspector_desk.services.base import Actor
    from inspector_desk.store.db import Database
    from inspector_desk.ui.main_window import MainWindow


def open_client(
    args: argparse.Namespace, size: tuple[int, int], *, rounds: int = 50
) -> tuple[QApplication, Database, Actor, MainWindow, Callable[[], None]]:
    """The application, database, actor and main window opened as the application does (key file +
    password, signed in as ``args.login``, in ``args.lang``), shown at ``size``; and ``settle``, which
    lets the window finish its background work and repaint."""
    from PySide6.QtCore import QSettings

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
    window.resize(*size)
    window.show()
    window.start()

    def settle() -> None:
        for _ in range(rounds):
            app.processEvents()
            window.ctx.runner.drain()
        app.processEvents()

    return app, db, actor, window, settle


def client_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options that say which database to open, as whom, in which language, and where the PNGs go."""
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--password", default="Demo-Beat-2026!")
    parser.add_argument("--login", default="inspector")
    parser.add_argument("--lang", default="ru", choices=("ru", "kk", "en"))
    parser.add_argument("--out", type=Path, default=Path("screens"))
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = client_arguments(argparse.ArgumentParser(description=__doc__))
    parser.add_argument("--size", default="1366x800")
    args = parser.parse_args(argv)

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    width, height = (int(v) for v in args.size.split("x"))
    _app, db, _actor, window, settle = open_client(args, (width, height))
    args.out.mkdir(parents=True, exist_ok=True)

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
        QTest.qWait(400)  # the next due date is previewed after a short debounce
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
