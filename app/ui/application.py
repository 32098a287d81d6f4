"""Builds the QApplication, the services and the window, and picks the account."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, __version__

from .platform.icons import app_icon
from .platform.layout_memory import restore_layout
from .platform.theme import follow_system_palette
from .platform.translations import install_translators

if TYPE_CHECKING:
    from .views.main_window import MainWindow
    from .wiring import AppParts

log = logging.getLogger(__name__)
ORGANIZATION = "SendClean"
SELF_TEST_TIMEOUT_MS = 60_000
#: The controllers are built after the window's first paint, or after this at the latest.
FIRST_PAINT_WAIT_MS = 500


def data_dir() -> Path:
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )


def _application(qt_arguments: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "sendclean-smtp", *qt_arguments])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("net.sendclean.SmtpManager")
    return app


def build_window(
    log_path: Path | None = None,
    mailbox_dir: Path | None = None,
    window: MainWindow | None = None,
) -> AppParts:
    """The window with every controller attached, as the app builds it (also for tests).
    ``window``: one already built and shown, which the controllers are attached to."""
    from .wiring import build_app

    return build_app(data_dir(), log_path, mailbox_dir, window)


def run_app(
    options: argparse.Namespace, qt_arguments: list[str], token_from_env: str | None
) -> int:
    app = _application(qt_arguments)
    if not QCoreApplication.organizationName():
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APP_NAME)
    if options.api_url:
        try:
            from app.api import normalize_base_url

            normalize_base_url(options.api_url)
        except ValueError as exc:  # refused before any window or connection
            print(f"sendclean-smtp: {exc}", file=sys.stderr)
            return 2
    translators = install_translators(app)
    app.setWindowIcon(app_icon())
    follow_system_palette(app)
    mailbox = getattr(options, "mailbox", None)
    mailbox_dir = Path(mailbox) if mailbox else None

    # The window paints first; its controllers (and the modules of every flow) are built
    # right after: nothing the first paint shows needs them.
    from .views.main_window import MainWindow

    window = MainWindow()
    window.commands.hold_until_connected()
    restore_layout(window, window.table, QSettings())
    window.show()
    exit_code = {"value": 0}
    built: list[AppParts] = []

    def finish_start() -> None:
        # The log file's handler loads logging.handlers (sockets, pickle...): after the
        # paint. Nothing before it holds a secret to redact (the token is read later).
        from app.core.logging_setup import setup_logging

        log_path = setup_logging(data_dir() / "logs")
        parts = build_window(log_path, mailbox_dir, window)
        built.append(parts)
        from .jobs.memory import settle_startup_heap

        settle_startup_heap()
        if options.self_test:
            catalogs = sorted(Path(t.filePath()).name for t in translators)
            _arm_self_test(parts, exit_code, catalogs)
        try:
            start = _pick_start(parts, options, token_from_env)
        except ValueError as exc:
            print(f"sendclean-smtp: {exc}", file=sys.stderr)
            exit_code["value"] = 2
            QCoreApplication.exit(2)
            return
        # After the first paint: a keyring read may block on a prompt, and the sandbox,
        # the network stack and the client are not needed to draw the window.
        QTimer.singleShot(0, start)

    first_paint = _FirstPaint(window, finish_start)
    code = app.exec()
    first_paint.deleteLater()
    window.close()
    window.deleteLater()
    for parts in built:
        parts.sandbox_host.stop()
    if exit_code["value"] == 2:
        return 2
    return exit_code["value"] if options.self_test else code


class _FirstPaint(QObject):
    """Calls ``then`` once, as soon as the window has painted for the first time, or
    after ``FIRST_PAINT_WAIT_MS`` at the latest (a window started minimised paints late)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__()
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and self._then:
            # Two passes of the event loop: once this paint is on screen and after what
            # it set off (the children's paints, the flush), which are queued by then.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._call))
        return False

    def _call(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


def _pick_start(
    parts: AppParts, options: argparse.Namespace, token_from_env: str | None
) -> Callable[[], object]:
    from .session.connection import Connection
    from .session.sandbox_host import sandbox_connection

    accounts = parts.accounts
    if options.sandbox:
        host = parts.sandbox_host
        return lambda: accounts.use(sandbox_connection(host.start()))
    if options.api_url:
        from app.api import normalize_base_url
        from app.core.accounts import Account
        from app.core.redaction import SECRETS

        base_url = normalize_base_url(options.api_url)
        account = Account.create(options.owner_id, base_url, options.owner_id)
        if token_from_env:
            SECRETS.add(token_from_env)
            env_token = token_from_env
            connection = Connection(
                account, lambda: env_token, token_kept_in="SENDCLEAN_TOKEN", token_in_keyring=False
            )
            return lambda: accounts.use(connection)
        saved = accounts.accounts.get(account.account_id) or account
        return lambda: accounts.connect_saved(saved)
    current = accounts.accounts.current()
    if current is not None:
        return lambda: accounts.connect_saved(current)
    return lambda: accounts.open_connect(None)


def _arm_self_test(parts: AppParts, exit_code: dict[str, int], catalogs: list[str]) -> None:
    """Report the first refresh (and the translation catalogs loaded) as JSON, then quit."""
    window = parts.window

    def finish(code: int, text: str) -> None:
        print(text, flush=True)
        exit_code["value"] = code
        window.close_now()
        QCoreApplication.exit(code)

    window.refreshed.connect(
        lambda users: finish(0, json.dumps({"ok": True, "users": users, "catalogs": catalogs}))
    )
    parts.refresher.failed.connect(lambda why: finish(1, f"self-test failed: {why}"))
    parts.notifier.credentials_needed.connect(lambda why: finish(1, f"self-test failed: {why}"))

    def session_changed() -> None:
        if parts.session.problem:
            finish(1, f"self-test failed: {parts.session.problem}")

    parts.session.changed.connect(session_changed)
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: finish(1, "self-test failed: no answer within 60 s"))
    timer.start(SELF_TEST_TIMEOUT_MS)
