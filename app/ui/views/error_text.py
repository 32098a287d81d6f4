"""Sentences for people from the errors a job can end with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.api import AuthenticationError, SendCleanError, ValidationError
from app.core.change_journal import answer_may_be_lost
from app.core.token_store import TokenStoreError

from ..jobs.op import NotTried
from ..jobs.worker import NotConnectedError
from ..session.connection import AccountSettingsError, MissingTokenError

_FIELDS = ("total_limit", "hourly_limit", "status")


def describe(error: BaseException) -> str:
    """One sentence, with the detail, that says what went wrong."""
    known = (
        SendCleanError,
        TokenStoreError,
        MissingTokenError,
        NotConnectedError,
        AccountSettingsError,
        NotTried,
    )
    if isinstance(error, known):
        text = str(error)
        return text[:1].upper() + text[1:]
    return QCoreApplication.translate("ErrorText", "Unexpected error ({name}).").format(
        name=type(error).__name__
    )


def field_of(error: BaseException) -> str | None:
    """The dialog field a validation error is about, when the message names one."""
    if not isinstance(error, ValidationError):
        return None
    text = error.message.lower().replace(" ", "_")
    for name in _FIELDS:
        if name in text:
            return "enabled" if name == "status" else name
    return None


def is_authentication(error: BaseException) -> bool:
    return isinstance(error, AuthenticationError)


__all__ = ["answer_may_be_lost", "describe", "field_of", "is_authentication"]
