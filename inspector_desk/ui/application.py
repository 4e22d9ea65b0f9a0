"""Entry points of the desktop client for the composition root (inspector_desk/app.py):
``run_login(unlock, hint=...)`` shows the sign-in window, ``run_client(db, actor)`` the main window.
Both share one QApplication set up here: names for QSettings, high-DPI, style, translations, logging."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from inspector_desk.services.base import Actor
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import install_excepthook, report_unexpected, setup_logging
from inspector_desk.ui.i18n import set_language
from inspector_desk.ui.icons import icon
from inspector_desk.ui.login import LoginDialog, Unlock
from inspector_desk.ui.main_window import MainWindow
from inspector_desk.ui.operations import OperationRunner
from inspector_desk.ui.settings import APPLICATION, LANGUAGE, ORGANIZATION, Settings


def ensure_app(argv: Sequence[str] | None = None, *, log_dir: Path | None = None) -> QApplication:
    """The process's QApplication, created and set up on first call."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("Inspector Desk")
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setWindowIcon(icon("app"))
    setup_logging(log_dir)
    install_excepthook()
    return app


def run_login(
    unlock: Unlock,
    *,
    hint: str = "",
    login: str = "",
    demo: tuple[Sequence[str], str] | None = None,
    settings: Settings | None = None,
    argv: Sequence[str] | None = None,
) -> tuple[Any, Actor] | None:
    """Show the sign-in window until ``unlock(login, password)`` returns ``(database, actor)``;
    None when the person quits. ``unlock`` raises with a message in words on a wrong password."""
    ensure_app(argv)
    settings = settings or Settings()
    set_language(settings.get(LANGUAGE))
    dialog = LoginDialog(unlock, hint=hint, login=login, demo=demo)
    dialog.show()
    dialog.raise_()
    if dialog.exec() and dialog.result_value is not None:
        return dialog.result_value
    return None


def create_main_window(
    db: Any,
    actor: Actor,
    *,
    settings: Settings | None = None,
    today: Callable[[], date] = date.today,
    verify_password: Callable[[str], bool] | None = None,
) -> MainWindow:
    """The main window over an open database (tests and benchmarks build it this way too)."""
    settings = settings or Settings()
    runner = OperationRunner(db)
    ctx = ClientContext(db=db, actor=actor, runner=runner, settings=settings, today=today)
    window = MainWindow(ctx, verify=verify_password)
    runner.setParent(window)
    runner.default_failure = lambda exc: report_unexpected(window, exc)
    return window


def run_client(
    db: Any,
    actor: Actor,
    *,
    settings: Settings | None = None,
    argv: Sequence[str] | None = None,
    today: Callable[[], date] = date.today,
    verify_password: Callable[[str], bool] | None = None,
) -> int:
    """Show the main window for ``actor`` on the open ``db`` and run the event loop; the exit code.

    ``verify_password(password) -> bool`` enables the idle lock and "Lock now" (check the password
    against the key file, e.g. by unwrapping the key); without it the client never locks."""
    app = ensure_app(argv)
    settings = settings or Settings()
    set_language(settings.get(LANGUAGE))
    window = create_main_window(db, actor, settings=settings, today=today, verify_password=verify_password)
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        window.ctx.runner.shutdown()
