"""Sentences for people, and the technical details, from the errors a job can end with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.api import AuthenticationError, ValidationError
from app.api.problem import Problem, ProblemKind, problem_of
from app.core.change_journal import answer_may_be_lost

from ..jobs.op import NotTried
from ..jobs.worker import NotConnectedError
from ..session.connection import AccountSettingsError, MissingTokenError
from .problem_text import sentence

_FIELDS = ("total_limit", "hourly_limit", "status")


def describe(error: BaseException) -> str:
    """What went wrong, in the user's language, without class names or jargon."""
    own = _ui_sentence(error)
    if own is not None:
        return own
    return sentence(problem_for(error))


def details(error: BaseException) -> str:
    """The technical detail for the expandable "Details": class, server kind, status, call."""
    problem = problem_of(error)
    if problem is not None and problem.detail:
        return problem.detail
    return f"{type(error).__name__}: {error}"


def problem_for(error: BaseException) -> Problem:
    """The :class:`Problem` of ``error``; an error the app does not know is "unexpected"."""
    return problem_of(error) or Problem(ProblemKind.UNEXPECTED, {}, details(error))


def _ui_sentence(error: BaseException) -> str | None:
    """The errors the window itself raises, which carry no :class:`Problem`."""
    translate = QCoreApplication.translate
    if isinstance(error, MissingTokenError):
        return translate("ErrorText", "No token is stored for this account on this computer.")
    if isinstance(error, NotConnectedError):
        return translate("ErrorText", "No SendClean account is connected.")
    if isinstance(error, NotTried):
        return translate("ErrorText", "Not tried: the run was stopped before this call.")
    if isinstance(error, AccountSettingsError):
        return translate(
            "ErrorText",
            "The saved settings of the account “{label}” cannot be used. Use Update "
            "credentials to correct them.",
        ).format(label=error.label)
    return None


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


__all__ = [
    "answer_may_be_lost",
    "describe",
    "details",
    "field_of",
    "is_authentication",
    "problem_for",
]
