"""The sandbox mailbox window: what the sandbox's relay accepted, live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..session.sandbox_host import SandboxHost
from .context import FlowContext

if TYPE_CHECKING:
    from ..dialogs.mailbox import MailboxDialog


class MailboxController(QObject):
    def __init__(self, context: FlowContext, host: SandboxHost) -> None:
        super().__init__(context.parent)
        self._c = context
        self._host = host
        self.dialog: MailboxDialog | None = None
        host.message_captured.connect(self._captured)

    def open(self) -> MailboxDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        from ..dialogs.mailbox import MailboxDialog

        dialog = MailboxDialog(self._host.messages(), self._c.parent)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _forget(self, dialog: MailboxDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _captured(self, message: object) -> None:
        from app.sandbox import CapturedMessage

        if self.dialog is not None and isinstance(message, CapturedMessage):
            self.dialog.add_message(message)
