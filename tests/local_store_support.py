"""What the local store tests share: an account, a fixed time, a working store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.core.local_store import LocalStore

ACCOUNT = "owner-1"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def open_store(tmp_path: Path, name: str = "local.sqlite3") -> LocalStore:
    """A working store at ``tmp_path/data/name`` (the folder is made by the store)."""
    store = LocalStore.open(tmp_path / "data" / name)
    assert store.problem is None and store.available
    return store
