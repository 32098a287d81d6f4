"""Drives one full user session in this process; run by tests in a private HOME.

connect (through the Connect dialog, token into the keyring) → refresh → add → reset
→ copy password → quit. Prints the secrets it saw as one JSON line on stdout (a pipe
read by the test), so the test can search HOME for them afterwards.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QPushButton

from app.core.logging_setup import setup_logging
from app.sandbox import Sandbox
from app.ui.application import ORGANIZATION, build_window, data_dir
from app.ui.dialogs.connect import ConnectDialog
from app.ui.dialogs.credentials import CredentialsDialog


def wait_until(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the session did not reach the expected state")
        QApplication.processEvents()


def main() -> int:
    app = QApplication([])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName("SendClean SMTP Manager")
    setup_logging(data_dir() / "logs", level=logging.DEBUG)
    secrets: list[str] = []
    with Sandbox(token="session-token-5f1c9a7e", seed=11) as sandbox:
        secrets.append(sandbox.token)
        secrets += [u.password for u in sandbox.users()]
        built = build_window()
        window = built.window
        window.show()
        flows = built.accounts
        dialog: ConnectDialog = flows.open_connect(None)
        dialog._advanced.setChecked(True)
        dialog._url.setText(sandbox.base_url)
        dialog._owner.setText(sandbox.owner_id)
        dialog._token.setText(sandbox.token)
        dialog._label.setText("Session test")
        refreshed: list[int] = []
        window.refreshed.connect(refreshed.append)
        dialog._on_ok()
        wait_until(lambda: bool(refreshed))
        if built.accounts.tokens.get(built.session.connection.account.account_id) != sandbox.token:
            print("token was not stored in the keyring", file=sys.stderr)
            return 1
        shown: list[CredentialsDialog] = []
        built.users.credentials_shown.connect(shown.append)
        window.commands.add_user.trigger()
        add_dialog = built.users.last_dialog
        add_dialog.findChild(QPushButton, "okButton").click()
        wait_until(lambda: len(shown) == 1)
        wait_until(lambda: window.commands.reset_password.isEnabled())
        window.commands.reset_password.trigger()
        built.users.last_dialog.findChild(QPushButton, "resetButton").click()
        wait_until(lambda: len(shown) == 2)
        secrets += [u.password for u in sandbox.users()]
        window.commands.copy_password.trigger()
        built.clipboard.shutdown()
        window.close_now()
        app.processEvents()
    print(json.dumps({"secrets": sorted(set(secrets))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
