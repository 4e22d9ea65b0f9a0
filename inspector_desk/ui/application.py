"""Entry points of the desktop client for the composition root (inspector_desk/app.py):
``run_login(unlock, hint=...)`` shows the sign-in window, ``run_client(db, actor)`` the main window.
Both share one QApplication set up here: names for QSettings, high-DPI, style, translations, logging."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from inspector_desk.security.tls import set_ca_bundle
from inspector_desk.services.base import Actor
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import install_excepthook, report_unexpected, setup_logging
from inspector_desk.ui.heap import settle_heap
from inspector_desk.ui.i18n import set_language
from inspector_desk.ui.icons import icon
from inspector_desk.ui.login import LoginDialog, OnFailure, Unlock
from inspector_desk.ui.main_window import MainWindow
from inspector_desk.ui.operations import OperationRunner
from inspector_desk.ui.plain_text import install_plain_labels
from inspector_desk.ui.settings import APPLICATION, HQ_CA_BUNDLE, HQ_URL, LANGUAGE, ORGANIZATION, Settings
from inspector_desk.ui.sync_controller import SyncController, SyncSetup

if TYPE_CHECKING:
    from inspector_desk.ui.first_signin import Provision  # the sync stack: only for a first sign-in


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
    install_plain_labels()
    return app


def run_login(
    unlock: Unlock,
    *,
    hint: str = "",
    login: str = "",
    demo: tuple[Sequence[str], str] | None = None,
    settings: Settings | None = None,
    argv: Sequence[str] | None = None,
    demo_hq: str = "",
    on_failure: OnFailure | None = None,
    refusal: Callable[[], BaseException | None] | None = None,
) -> tuple[Any, Actor] | None:
    """Show the sign-in window until ``unlock(login, password)`` returns ``(database, actor)``;
    None when the person quits. ``unlock`` raises with a message in words on a wrong password."""
    ensure_app(argv)
    settings = settings or Settings()
    set_language(settings.get(LANGUAGE))
    set_ca_bundle(settings.get(HQ_CA_BUNDLE))  # HQ's CA for the first sign-in and any restore
    dialog = LoginDialog(
        unlock, hint=hint, login=login, demo=demo, demo_hq=demo_hq, on_failure=on_failure, refusal=refusal
    )
    dialog.show()
    dialog.raise_()
    if dialog.exec() and dialog.result_value is not None:
        return dialog.result_value
    return None


def run_first_sign_in(
    provision: Provision,
    *,
    login: str = "",
    hq_url: str = "",
    discard: Callable[[Any], None] | None = None,
    no_keyring: bool = False,
    settings: Settings | None = None,
    argv: Sequence[str] | None = None,
) -> Any | None:
    """No local store yet: the first sign-in window until ``provision`` set the laptop up from HQ
    (what it returned), or None when the person quits. The HQ address (the settings', else
    ``hq_url``) and CA bundle that worked are kept in the settings for the next starts."""
    from inspector_desk.ui.first_signin import FirstSignInDialog

    ensure_app(argv)
    settings = settings or Settings()
    set_language(settings.get(LANGUAGE))
    ca_bundle = settings.get(HQ_CA_BUNDLE)
    dialog = FirstSignInDialog(
        provision,
        hq_url=settings.get(HQ_URL) or hq_url,
        login=login,
        ca_bundle=ca_bundle,
        discard=discard,
        no_keyring=no_keyring,
    )
    dialog.show()
    dialog.raise_()
    if not dialog.exec() or dialog.result_value is None:
        return None
    settings.set(HQ_URL, dialog.address.text().strip().rstrip("/"))
    settings.set(HQ_CA_BUNDLE, dialog.ca_bundle.text().strip())
    settings.sync()
    return dialog.result_value


def file_settings(path: Path) -> Settings:
    """Settings kept in an INI file at ``path`` instead of the user's (the self-test's own)."""
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def create_main_window(
    db: Any,
    actor: Actor,
    *,
    settings: Settings | None = None,
    today: Callable[[], date] = date.today,
    verify_password: Callable[[str], bool] | None = None,
    sync: SyncSetup | None = None,
) -> MainWindow:
    """The main window over an open database (tests and benchmarks build it this way too).

    ``sync``: the HQ address (instead of the settings' one) and an engine already signed in, as
    the demo's local HQ gives them; without it the window syncs with the settings' HQ address."""
    install_plain_labels()  # user data in labels is text, never markup
    settings = settings or Settings()
    runner = OperationRunner(db)
    ctx = ClientContext(db=db, actor=actor, runner=runner, settings=settings, today=today)
    controller = None
    if sync is not None:
        controller = SyncController(
            db, actor, runner, hq_url=sync.hq_url or settings.get(HQ_URL), engine=sync.engine
        )
    window = MainWindow(ctx, verify=verify_password, sync=controller)
    runner.setParent(window)
    runner.default_failure = lambda exc: report_unexpected(window, exc)
    settle_heap()  # what the start built is never collected: no full collection walks it (heap.py)
    return window


def run_client(
    db: Any,
    actor: Actor,
    *,
    settings: Settings | None = None,
    argv: Sequence[str] | None = None,
    today: Callable[[], date] = date.today,
    verify_password: Callable[[str], bool] | None = None,
    sync: SyncSetup | None = None,
    page: str | None = None,
    change_password: Callable[[str, str], None] | None = None,
    page_check: Callable[[], list[str]] | None = None,
) -> int:
    """Show the main window for ``actor`` on the open ``db`` and run the event loop; the exit code.

    ``verify_password(password) -> bool`` enables the idle lock and "Lock now" (check the password
    against the key file, e.g. by unwrapping the key); without it the client never locks."""
    app = ensure_app(argv)
    settings = settings or Settings()
    set_language(settings.get(LANGUAGE))
    set_ca_bundle(settings.get(HQ_CA_BUNDLE))
    window = create_main_window(
        db, actor, settings=settings, today=today, verify_password=verify_password, sync=sync
    )
    if change_password is not None:
        window.set_password_changer(change_password)  # File → Change password…
    window.show()
    if page is not None and page in window.pages:
        window.show_page(page)  # ``--page``: open on this page (its first rows load first)
    window.start()
    if page_check is not None:
        window.check_store(page_check)  # every page's HMAC, in the background
    try:
        return app.exec()
    finally:
        window.sync.shutdown()
        window.ctx.runner.shutdown()
