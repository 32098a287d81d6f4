"""The in-process sandbox (API and SMTP relay on loopback), for ``--sandbox`` and for
"Try the sandbox": started on demand, stopped with the app."""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.accounts import Account

from .connection import Connection

if TYPE_CHECKING:
    from app.sandbox import CapturedMessage, Sandbox


def sandbox_connection(sandbox: Sandbox) -> Connection:
    """The sandbox's account, its SMTP server preset to the sandbox's own relay."""
    account = dataclasses.replace(
        Account.create("Sandbox", sandbox.base_url, sandbox.owner_id),
        smtp_host=sandbox.smtp_host,
        smtp_port=sandbox.smtp_port,
    )
    token = sandbox.token
    return Connection(
        account,
        lambda: token,
        sandbox=True,
        token_kept_in="memory",
        token_in_keyring=False,
        smtp_ca=lambda: sandbox.smtp_ca_pem,
    )


class SandboxHost(QObject):
    #: The relay accepted a message (delivered on the UI thread).
    message_captured = Signal(object)  # CapturedMessage

    def __init__(self, mailbox_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mailbox_dir = mailbox_dir
        self.sandbox: Sandbox | None = None
        self._owned = False

    def start(self) -> Sandbox:
        """The sandbox, started here on first use (and stopped with the app)."""
        if self.sandbox is None:
            from app.sandbox import Sandbox

            # The relay gets ready once the first list is shown (release_smtp) or used.
            self.attach(Sandbox(mailbox_dir=self._mailbox_dir).start(defer_smtp=True))
            self._owned = True
        assert self.sandbox is not None
        return self.sandbox

    def attach(self, sandbox: Sandbox) -> None:
        """Show the mailbox of a sandbox started elsewhere (its owner stops it)."""
        self.stop()
        self.sandbox = sandbox
        # Called on the relay's thread: the queued signal hands it to the UI thread.
        sandbox.mailbox.add_listener(self._captured)

    def release_smtp(self) -> None:
        if self.sandbox is not None:
            self.sandbox.release_smtp()

    def messages(self) -> list[CapturedMessage]:
        return self.sandbox.mailbox.messages() if self.sandbox is not None else []

    def stop(self) -> None:
        if self.sandbox is not None:
            self.sandbox.mailbox.remove_listener(self._captured)
            if self._owned:
                self.sandbox.stop()
            self.sandbox, self._owned = None, False

    def _captured(self, message: CapturedMessage) -> None:
        with contextlib.suppress(RuntimeError):  # the app is quitting
            self.message_captured.emit(message)
