"""The labels file: labels and notes of one account as JSON, to move them elsewhere.

Format (UTF-8 JSON)::

    {"format": "sendclean-smtp-labels", "version": 1, "exported_at": "2026-...Z",
     "users": [{"user_name": "a@example.com", "label": "billing", "note": "..."}]}

Reading never trusts the content: the file is at most :data:`MAX_FILE_BYTES`, holds at
most :data:`MAX_ENTRIES` users, and an entry whose name, label or note is not valid text
within the limits of :mod:`.text` is skipped (and counted), never truncated or run.
Unknown keys are ignored so that a later version 1 writer may add some.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.api.problem import ParamValue, Problem, ProblemKind

from .records import Annotation
from .text import clean_label, clean_note, valid_name

__all__ = [
    "LABELS_FORMAT",
    "LABELS_VERSION",
    "MAX_ENTRIES",
    "MAX_FILE_BYTES",
    "LabelEntry",
    "LabelFileError",
    "dump_labels",
    "parse_labels",
    "read_labels_file",
]

LABELS_FORMAT = "sendclean-smtp-labels"
LABELS_VERSION = 1
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ENTRIES = 200_000


class LabelFileError(ValueError):
    """The file is not a labels file this version can read (the message says why)."""

    def __init__(
        self,
        message: str,
        kind: ProblemKind = ProblemKind.LABELS_NOT_LABELS,
        params: dict[str, ParamValue] | None = None,
    ) -> None:
        super().__init__(message)
        self.problem = Problem(kind, params or {}, message)


@dataclass(frozen=True, slots=True)
class LabelEntry:
    """One user of a labels file; None where the file did not give that part."""

    user_name: str
    label: str | None
    note: str | None


def dump_labels(notes: Mapping[str, Annotation], exported_at: str) -> str:
    """The labels file text for ``notes`` (sorted by user name, ASCII only)."""
    users = [
        {"user_name": name, "label": notes[name].label, "note": notes[name].note}
        for name in sorted(notes)
    ]
    document = {
        "format": LABELS_FORMAT,
        "version": LABELS_VERSION,
        "exported_at": exported_at,
        "users": users,
    }
    return json.dumps(document, ensure_ascii=True, indent=1) + "\n"


def read_labels_file(path: Path) -> tuple[list[LabelEntry], int]:
    """Read and check ``path``: the valid entries and how many were skipped.

    Raises :class:`LabelFileError` for a file that is too large or not a labels file, and
    :class:`OSError` when it cannot be read.
    """
    with Path(path).open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    return parse_labels(data)


def parse_labels(data: bytes) -> tuple[list[LabelEntry], int]:
    """See :func:`read_labels_file`. A user named twice keeps its first entry."""
    if len(data) > MAX_FILE_BYTES:
        mib = MAX_FILE_BYTES // (1024 * 1024)
        raise LabelFileError(
            f"the file is larger than {mib} MiB", ProblemKind.LABELS_TOO_LARGE, {"max_mib": mib}
        )
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise LabelFileError("the file is not JSON text", ProblemKind.LABELS_NOT_JSON) from None
    if not isinstance(document, dict) or document.get("format") != LABELS_FORMAT:
        raise LabelFileError("the file is not a SendClean SMTP Manager labels file")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LabelFileError("the labels file has no valid version")
    if version > LABELS_VERSION:
        raise LabelFileError(
            f"the labels file was made by a newer version (format {version})",
            ProblemKind.LABELS_NEWER,
        )
    users = document.get("users")
    if not isinstance(users, list):
        raise LabelFileError("the labels file has no list of users")
    if len(users) > MAX_ENTRIES:
        raise LabelFileError(
            f"the labels file has more than {MAX_ENTRIES} users",
            ProblemKind.LABELS_TOO_MANY,
            {"max": MAX_ENTRIES},
        )
    entries: list[LabelEntry] = []
    names: set[str] = set()
    skipped = 0
    for item in users:
        entry = _entry(item)
        if entry is None or entry.user_name in names:
            skipped += 1
            continue
        names.add(entry.user_name)
        entries.append(entry)
    return entries, skipped


def _entry(item: object) -> LabelEntry | None:
    if not isinstance(item, dict) or not valid_name(item.get("user_name")):
        return None
    label, note = item.get("label"), item.get("note")
    if not isinstance(label, str | None) or not isinstance(note, str | None):
        return None
    try:
        return LabelEntry(
            item["user_name"],
            None if label is None else clean_label(label),
            None if note is None else clean_note(note),
        )
    except ValueError:
        return None
