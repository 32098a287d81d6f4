"""Export SMTP users to CSV, atomically, with spreadsheet formula injection defused.

Qt-free. The file is UTF-8 (no BOM) with CRLF line ends (RFC 4180, the :mod:`csv`
default). :func:`atomic_writer` and :func:`write_csv_atomic` are shared with other exports
(the change history).

Atomicity: the rows go to a temporary file in the target's directory, which is flushed,
fsynced and then renamed over the target with :func:`os.replace`. If anything fails on the
way, the temporary file is removed and an existing target is left exactly as it was.

Formula injection: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return gets a leading apostrophe so that spreadsheets show it as text instead of running it
(OWASP "CSV injection"). That also applies to passwords, whose exported text then differs
from the real one by that leading apostrophe. Numbers are never changed.

Faithful text: a character that cannot be written faithfully is replaced by a visible
escape ``<U+XXXX>``: a lone surrogate (not encodable in UTF-8), a control character
(NUL, ESC...; tabs and line breaks are kept, quoted) and the bidirectional controls (RTL
override and its kin) that would make a spreadsheet show a name other than the real one.
Nothing fails as a whole because of one cell; :func:`export_users` says how many user
names were altered.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.api import SmtpUser

__all__ = [
    "PRIVATE_FILE_MODE",
    "USER_CSV_HEADER",
    "UserExport",
    "atomic_writer",
    "csv_safe_cell",
    "export_users",
    "export_users_csv",
    "faithful_text",
    "write_csv_atomic",
]

#: Mode of an export that holds passwords (owner read/write only).
PRIVATE_FILE_MODE = 0o600

#: Columns of :func:`export_users_csv`; ``password`` is added last on request.
USER_CSV_HEADER = ("user_name", "status", "total_limit", "hourly_limit")

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Controls (C0 but tab and line breaks, which quoted CSV carries; DEL; C1), the
#: bidirectional controls, and surrogates (in a str, always lone).
_UNFAITHFUL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    return f"<U+{ord(match.group()):04X}>"


def faithful_text(text: str) -> str:
    """``text`` with every character that cannot be exported faithfully as ``<U+XXXX>``."""
    return _UNFAITHFUL.sub(_escape, text)


def csv_safe_cell(value: object) -> str:
    """The text of a cell: ``None`` is empty, ints stay as they are, risky text gets a ``'``,
    characters that cannot be written faithfully become ``<U+XXXX>``."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = faithful_text(str(value))
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


@dataclass(frozen=True, slots=True)
class UserExport:
    """What :func:`export_users` wrote: ``rows`` users, ``altered_names`` of whose
    names had characters replaced (see :func:`faithful_text`)."""

    rows: int
    altered_names: int


@contextlib.contextmanager
def atomic_writer(path: Path, *, private: bool = False) -> Iterator[TextIO]:
    """Open a text stream whose content replaces ``path`` only if the block succeeds.

    The stream is UTF-8 with ``newline=""`` (as :mod:`csv` wants). ``private`` gives the new
    file mode 0600; otherwise it gets the mode of the file it replaces, or, for a new file,
    0666 less the process umask. On an exception the temporary file is removed and the
    exception propagates.
    """
    path = Path(path)
    directory = path.parent
    fd, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        # mkstemp creates the file 0600: keep that for private files, else widen it.
        if not private:
            os.chmod(temp, _public_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            fd = -1  # now owned by the stream
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        if fd != -1:
            os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(directory)


def write_csv_atomic(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    private: bool = False,
) -> int:
    """Write ``header`` and ``rows`` (cells through :func:`csv_safe_cell`) atomically.

    Returns the number of data rows written. See :func:`atomic_writer` for ``private``.
    """
    count = 0
    with atomic_writer(path, private=private) as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for row in rows:
            writer.writerow([csv_safe_cell(cell) for cell in row])
            count += 1
    return count


def export_users_csv(
    path: Path, users: Sequence[SmtpUser], *, include_passwords: bool = False
) -> int:
    """Write ``users`` to ``path`` as CSV and return the number of rows written.

    Columns: user_name, status (``Enabled``/``Disabled``, ``Unknown`` when the service
    sent none that could be read), total_limit, hourly_limit (empty when unknown) and,
    only with ``include_passwords``, password (empty when unknown). A file with
    passwords is created with mode 0600. :func:`export_users` also counts altered names.
    """
    return export_users(path, users, include_passwords=include_passwords).rows


def export_users(
    path: Path,
    users: Sequence[SmtpUser],
    *,
    include_passwords: bool = False,
    labels: Mapping[str, str] | None = None,
) -> UserExport:
    """:func:`export_users_csv`, saying how many user names had to be altered; with
    ``labels`` (the app's own, per user name) a ``label`` column follows the name."""
    header = list(USER_CSV_HEADER)
    if labels is not None:
        header.insert(1, "label")
    if include_passwords:
        header.append("password")
    altered = 0

    def rows() -> Iterator[list[object]]:
        nonlocal altered
        for user in users:
            name = faithful_text(user.user_name)
            altered += name != user.user_name
            row: list[object] = [name, _status(user), user.total_limit, user.hourly_limit]
            if labels is not None:
                row.insert(1, faithful_text(labels.get(user.user_name, "")))
            if include_passwords:
                row.append(user.password)
            yield row

    count = write_csv_atomic(path, header, rows(), private=include_passwords)
    return UserExport(rows=count, altered_names=altered)


def _status(user: SmtpUser) -> str:
    enabled = user.enabled
    if not getattr(user, "status_known", True):
        return "Unknown"
    return "Enabled" if enabled else "Disabled"


def _public_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable (POSIX); a no-op where directories cannot be opened."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    try:
        fd = os.open(directory, os.O_RDONLY | flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
