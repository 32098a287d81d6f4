"""Builds the QApplication, the services and the window, and picks the account."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.api import normalize_base_url
from app.core.accounts import Account
from app.core.history import ChangeHistory
from app.core.logging_setup import setup_logging
from app.core.redaction import SECRETS

from .account_flows import AccountFlows
from .account_store import AccountStore
from .clipboard import SecureClipboard
from .connection import Connection
from .extras_flow import ExtrasFlow
from .icons import app_icon
from .main_window import MainWindow
from .preferences_flow import PreferencesFlow
from .preferences_store import Preferences
from .services import Services
from .theme import follow_system_palette
from .translations import install_translators
from .user_operations import UserOperations
from .worker import ApiWorker

log = logging.getLogger(__name__)
ORGANIZATION = "SendClean"
SELF_TEST_TIMEOUT_MS = 60_000


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


def build_window(log_path: Path | None = None) -> MainWindow:
    """The window with every flow attached (also used by tests)."""
    preferences = Preferences(QSettings())
    values = preferences.load()
    services = Services(
        worker=ApiWorker(),
        clipboard=SecureClipboard(values.clipboard_clear_s),
        preferences=preferences,
        preferences_values=values,
        accounts=AccountStore(QSettings()),
        paths={
            QCoreApplication.translate("App", "Settings"): QSettings().fileName(),
            QCoreApplication.translate("App", "Log file"): str(log_path or "—"),
            QCoreApplication.translate("App", "Data folder"): str(data_dir()),
            QCoreApplication.translate("App", "Change history"): str(data_dir() / "history"),
        },
    )
    window = MainWindow(services)
    window.operations = UserOperations(window)
    window.account_flows = AccountFlows(window)
    window.preferences_flow = PreferencesFlow(window)
    window.extras = ExtrasFlow(window, ChangeHistory(data_dir() / "history"))
    return window


def run_app(
    options: argparse.Namespace, qt_arguments: list[str], token_from_env: str | None
) -> int:
    app = _application(qt_arguments)
    if not QCoreApplication.organizationName():
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APP_NAME)
    log_path = setup_logging(data_dir() / "logs")
    install_translators(app)
    app.setWindowIcon(app_icon())
    follow_system_palette(app)

    sandbox = None
    if options.sandbox:
        from app.sandbox import Sandbox

        sandbox = Sandbox().start()
    window = build_window(log_path)
    exit_code = {"value": 0}
    if options.self_test:
        _arm_self_test(window, exit_code)
    try:
        start = _pick_start(window, options, sandbox, token_from_env)
    except ValueError as exc:
        print(f"sendclean-smtp: {exc}", file=sys.stderr)
        window.close()
        if sandbox is not None:
            sandbox.stop()
        return 2
    window.show()
    QTimer.singleShot(0, start)  # after the first paint: a keyring read may block on a prompt
    code = app.exec()
    window.close()
    window.deleteLater()
    if sandbox is not None:
        sandbox.stop()
    return exit_code["value"] if options.self_test else code


def _pick_start(
    window: MainWindow, options: argparse.Namespace, sandbox: object, token_from_env: str | None
) -> Callable[[], object]:
    flows: AccountFlows = window.account_flows
    if sandbox is not None:
        from app.sandbox import Sandbox

        assert isinstance(sandbox, Sandbox)
        account = Account.create("Sandbox", sandbox.base_url, sandbox.owner_id)
        token = sandbox.token
        connection = Connection(account, lambda: token, sandbox=True, token_kept_in="memory")
        return lambda: window.set_connection(connection)
    if options.api_url:
        base_url = normalize_base_url(options.api_url)
        account = Account.create(options.owner_id, base_url, options.owner_id)
        if token_from_env:
            SECRETS.add(token_from_env)
            env_token = token_from_env
            connection = Connection(account, lambda: env_token, token_kept_in="SENDCLEAN_TOKEN")
            return lambda: window.set_connection(connection)
        saved = window.services.accounts.get(account.account_id) or account
        return lambda: flows.connect_saved(saved)
    current = window.services.accounts.current()
    if current is not None:
        return lambda: flows.connect_saved(current)
    return lambda: flows.open_connect(None)


def _arm_self_test(window: MainWindow, exit_code: dict[str, int]) -> None:
    def finish(code: int, text: str) -> None:
        print(text, flush=True)
        exit_code["value"] = code
        window.close()
        QCoreApplication.exit(code)

    window.refreshed.connect(lambda users: finish(0, json.dumps({"ok": True, "users": users})))
    window.refresh_failed.connect(lambda why: finish(1, f"self-test failed: {why}"))
    window.credentials_needed.connect(lambda why: finish(1, f"self-test failed: {why}"))
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: finish(1, "self-test failed: no answer within 60 s"))
    timer.start(SELF_TEST_TIMEOUT_MS)
