"""How controllers tell the user something: the banner, the status bar, a message box."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.api.problem import Problem

from . import error_text
from .banner import ErrorBanner
from .plain_text import Notice
from .problem_text import sentence
from .status_panel import StatusPanel

log = logging.getLogger(__name__)


class Notifier(QObject):
    #: SendClean rejected the token, or none could be read: offer to fix the credentials.
    credentials_needed = Signal(str)

    def __init__(self, banner: ErrorBanner, status: StatusPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self._banner = banner
        self._status = status
        self.parent_widget = parent
        self._retry: Callable[[], None] | None = None
        self.last_notice: QMessageBox | None = None
        #: The technical details of the last request for credentials.
        self.credentials_details = ""
        banner.retry_requested.connect(self._on_retry)

    def problem(self, error: BaseException, retry: Callable[[], None] | None = None) -> None:
        """Tell about a failure without blocking; the last good list stays."""
        text = error_text.describe(error)
        self.problem_text(text, retry, details=error_text.details(error))
        if error_text.is_authentication(error):
            self.ask_for_credentials(text, error_text.details(error))

    def ask_for_credentials(self, text: str, details: str = "") -> None:
        """Offer to fix the credentials, saying why (``details``: under "Details")."""
        self.credentials_details = details
        self.credentials_needed.emit(text)

    def show(self, problem: Problem, retry: Callable[[], None] | None = None) -> None:
        """Tell about a failure the core reported as data."""
        self.problem_text(sentence(problem), retry, details=problem.detail)

    def problem_text(
        self, text: str, retry: Callable[[], None] | None = None, *, details: str = ""
    ) -> None:
        log.warning("%s%s", text, f" ({details})" if details else "")
        self._banner.show_problem(text, can_retry=retry is not None, details=details)
        self._retry = retry

    def clear_problem(self) -> None:
        self._banner.hide()
        self._retry = None

    def message(self, text: str) -> None:
        self._status.message(text)

    def notice(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        informative: str = "",
        *,
        details: str = "",
    ) -> Notice:
        box = Notice(
            icon,
            title,
            text,
            self.parent_widget,
            informative=informative,
            details=details,
            buttons=QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("operationMessage")
        box.finished.connect(box.deleteLater)
        self.last_notice = box
        box.open()
        return box

    def _on_retry(self) -> None:
        retry, self._retry = self._retry, None
        self._banner.hide()
        if retry is not None:
            retry()
