"""SQL for labels and notes, in the caller's transaction; the result of an import."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from sqlite3 import Connection

from app.api.problem import Problem

from .labels_file import LabelEntry

__all__ = ["LabelImport", "annotate", "merge"]

_UPSERT = (
    "INSERT INTO note (account, user_name, label, note, updated_at) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT DO UPDATE SET label = coalesce(?, label), note = coalesce(?, note),"
    " updated_at = excluded.updated_at"
)


@dataclass(frozen=True, slots=True)
class LabelImport:
    """What an import of a labels file did. ``problem`` is set when nothing was stored
    because the store is off."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problem: str | None = None
    failure: Problem | None = None


def annotate(
    db: Connection, account: int, user_name: str, label: str | None, note: str | None, at: str
) -> None:
    """Set the label and/or note (None leaves it); a user left with neither has no row."""
    db.execute(_UPSERT, (account, user_name, label or "", note or "", at, label, note))
    db.execute(
        "DELETE FROM note WHERE account = ? AND user_name = ? AND label = '' AND note = ''",
        (account, user_name),
    )


def merge(
    db: Connection, account: int, entries: Iterable[LabelEntry], skipped: int, at: str
) -> LabelImport:
    """Merge imported entries by user name: what the file gives replaces, nothing goes."""
    rows = db.execute("SELECT user_name, label, note FROM note WHERE account = ?", (account,))
    have = {name: (label, note) for name, label, note in rows}
    added = updated = unchanged = 0
    changed: list[tuple[object, ...]] = []
    for entry in entries:
        old = have.get(entry.user_name)
        label = entry.label or (old[0] if old else "")
        note = entry.note or (old[1] if old else "")
        if (label, note) == (old or ("", "")):
            unchanged += 1
            continue
        added, updated = (added + 1, updated) if old is None else (added, updated + 1)
        changed.append((account, entry.user_name, label, note, at, label, note))
    db.executemany(_UPSERT, changed)  # never both empty: that is "unchanged" above
    return LabelImport(added, updated, unchanged, skipped)
