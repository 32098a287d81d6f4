"""Copying the selected user's password, name or SMTP settings, through the secure clipboard."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from app.api import SmtpCredentials
from app.core.snippets import render_snippet

from ..platform.clipboard import SecureClipboard
from ..views.notifier import Notifier
from ..views.snippet_titles import snippet_title
from .selection import UserSelection

log = logging.getLogger(__name__)


class CopyController(QObject):
    def __init__(
        self,
        selection: UserSelection,
        server: Callable[[], tuple[str, int]],
        clipboard: SecureClipboard,
        notifier: Notifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._selection = selection
        self._server = server
        self._clipboard = clipboard
        self._notifier = notifier

    def copy_password(self) -> None:
        user = self._selection.current_user()
        if user is None:
            return
        if user.password is None:
            self._notifier.message(
                self.tr(
                    "SendClean did not send a password for {name}; reset it to get one."
                ).format(name=user.user_name)
            )
            return
        self._clipboard.copy(user.password)
        self._notifier.message(self.tr("Password of {name} copied.").format(name=user.user_name))

    def copy_user_name(self) -> None:
        user = self._selection.current_user()
        if user is not None:
            self._clipboard.copy(user.user_name)
            self._notifier.message(self.tr("User name {name} copied.").format(name=user.user_name))

    def copy_snippet(self, kind: str) -> None:
        user = self._selection.current_user()
        if user is None or user.password is None:
            return
        host, port = self._server()
        try:
            text = render_snippet(kind, SmtpCredentials(user.user_name, user.password), host, port)
        except ValueError as exc:
            log.info("no %s snippet: %s", kind, exc)
            self._notifier.message(
                self.tr(
                    "A {title} snippet cannot hold the settings of {name} (the host, user name "
                    "or password has characters it cannot take)."
                ).format(title=snippet_title(kind), name=user.user_name)
            )
            return
        self._clipboard.copy(text)
        self._notifier.message(
            self.tr("{title} settings for {name} copied.").format(
                title=snippet_title(kind), name=user.user_name
            )
        )
