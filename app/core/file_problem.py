"""What a failed read or write of a file the user chose means, as data for the window."""

from __future__ import annotations

import errno
from pathlib import Path

from app.api.problem import Problem, ProblemKind

__all__ = ["file_problem"]


def file_problem(path: Path | str, error: BaseException, *, writing: bool) -> Problem:
    """The :class:`Problem` for ``error`` on ``path``; the OS's own words go to the detail."""
    number = getattr(error, "errno", None)
    if isinstance(error, PermissionError) or number in (errno.EACCES, errno.EPERM, errno.EROFS):
        kind = ProblemKind.FILE_DENIED
    elif number in (errno.ENOSPC, errno.EDQUOT):
        kind = ProblemKind.FILE_FULL
    elif isinstance(error, FileNotFoundError | NotADirectoryError):
        kind = ProblemKind.FILE_NO_FOLDER if writing else ProblemKind.FILE_MISSING
    else:
        kind = ProblemKind.FILE_WRITE if writing else ProblemKind.FILE_READ
    detail = f"{type(error).__name__}: {error}"
    return Problem(kind, {"path": str(path)}, detail)
