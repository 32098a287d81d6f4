"""Why the store is off, in words a user can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .schema import NewerSchemaError

__all__ = ["DamagedError", "describe"]


class DamagedError(Exception):
    """``PRAGMA quick_check`` found the file damaged."""


def describe(path: Path, error: BaseException) -> str:
    """One sentence: what is wrong with the database at ``path`` and what is off."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if isinstance(error, NewerSchemaError):
        what = f"was made by a newer version of the app ({error})"
    elif isinstance(error, DamagedError) or name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        what = f"is damaged ({error}); move it away to start a new one"
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        what = "is locked by another program (is the app running twice?)"
    elif name.startswith("SQLITE_FULL") or getattr(error, "errno", None) == 28:
        what = "cannot be written: the disk is full"
    elif name.startswith("SQLITE_READONLY") or isinstance(error, PermissionError):
        what = f"cannot be written ({error})"
    elif isinstance(error, (OSError, sqlite3.Error)):
        what = f"cannot be used ({error})"
    else:
        what = f"cannot be used ({type(error).__name__})"
    return f"The local database {path} {what}. Labels, notes and change tracking are off."
