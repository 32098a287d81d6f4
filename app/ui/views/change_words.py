"""A change to one SMTP user in words, the same in the history and in the table's tips."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ChangeWords"

FIELD_NAMES: dict[str, object] = {
    "status": QT_TRANSLATE_NOOP("ChangeWords", "Status"),
    "enabled": QT_TRANSLATE_NOOP("ChangeWords", "Status"),
    "total_limit": QT_TRANSLATE_NOOP("ChangeWords", "Total limit"),
    "hourly_limit": QT_TRANSLATE_NOOP("ChangeWords", "Hourly limit"),
    "seen": QT_TRANSLATE_NOOP("ChangeWords", "Seen"),
}
#: How a user changed outside the app, as the history keeps it.
_SEEN_WORDS: dict[object, object] = {
    "appeared": QT_TRANSLATE_NOOP("ChangeWords", "appeared"),
    "vanished": QT_TRANSLATE_NOOP("ChangeWords", "vanished"),
    "changed": QT_TRANSLATE_NOOP("ChangeWords", "changed"),
}
#: The words the change history keeps for a status (English, as written to the file).
_STATUS_WORDS: dict[object, object] = {
    True: QT_TRANSLATE_NOOP("ChangeWords", "Enabled"),
    False: QT_TRANSLATE_NOOP("ChangeWords", "Disabled"),
    "Enabled": QT_TRANSLATE_NOOP("ChangeWords", "Enabled"),
    "Disabled": QT_TRANSLATE_NOOP("ChangeWords", "Disabled"),
}


def _translated(source: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(source))


def value_text(field: str, value: object) -> str:
    if value is None:
        return QCoreApplication.translate("ChangeWords", "unknown")
    if field in ("enabled", "status") and value in _STATUS_WORDS:
        return _translated(_STATUS_WORDS[value])
    if field == "seen" and value in _SEEN_WORDS:
        return _translated(_SEEN_WORDS[value])
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def change_text(field: str, old: object, new: object) -> str:
    """E.g. "Hourly limit 100 → 50" (just "Total limit 1,000" for a new user)."""
    source = FIELD_NAMES.get(field)
    name = field if source is None else _translated(source)
    if old is None:
        return f"{name} {value_text(field, new)}"
    return f"{name} {value_text(field, old)} → {value_text(field, new)}"


def local_moment(stamp: str) -> datetime | None:
    """An ISO 8601 UTC stamp (``…Z``) in local time; None when it cannot be read."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return None
