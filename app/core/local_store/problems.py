"""Why the store is off, in words a user can act on, and as data for the window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.api.problem import Problem, ProblemKind

from .schema import NewerSchemaError

__all__ = ["DamagedError", "describe"]


class DamagedError(Exception):
    """``PRAGMA quick_check`` found the file damaged."""


def describe(path: Path, error: BaseException) -> Problem:
    """What is wrong with the database at ``path``; ``detail`` is the English sentence."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if isinstance(error, NewerSchemaError):
        kind, what = ProblemKind.STORE_NEWER, f"was made by a newer version of the app ({error})"
    elif isinstance(error, DamagedError) or name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        kind = ProblemKind.STORE_DAMAGED
        what = f"is damaged ({error}); move it away to start a new one"
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        kind = ProblemKind.STORE_LOCKED
        what = "is locked by another program (is the app running twice?)"
    elif name.startswith("SQLITE_FULL") or getattr(error, "errno", None) == 28:
        kind, what = ProblemKind.STORE_FULL, "cannot be written: the disk is full"
    elif name.startswith("SQLITE_READONLY") or isinstance(error, PermissionError):
        kind, what = ProblemKind.STORE_READ_ONLY, f"cannot be written ({error})"
    elif isinstance(error, (OSError, sqlite3.Error)):
        kind, what = ProblemKind.STORE_FAILED, f"cannot be used ({error})"
    else:
        kind, what = ProblemKind.STORE_FAILED, f"cannot be used ({type(error).__name__})"
    text = f"The local database {path} {what}. Labels, notes and change tracking are off."
    return Problem(kind, {"path": str(path)}, f"{text} ({type(error).__name__}: {error})")
