"""A change to one SMTP user in words, the same in the history and in the table's tips."""

from __future__ import annotations

from datetime import datetime

FIELD_NAMES = {
    "status": "Status",
    "enabled": "Status",
    "total_limit": "Total limit",
    "hourly_limit": "Hourly limit",
}


def value_text(field: str, value: object) -> str:
    if value is None:
        return "unknown"
    if field == "enabled":
        return "Enabled" if value else "Disabled"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def change_text(field: str, old: object, new: object) -> str:
    """E.g. "Hourly limit 100 → 50" (just "Total limit 1,000" for a new user)."""
    name = FIELD_NAMES.get(field, field)
    if old is None:
        return f"{name} {value_text(field, new)}"
    return f"{name} {value_text(field, old)} → {value_text(field, new)}"


def local_moment(stamp: str) -> datetime | None:
    """An ISO 8601 UTC stamp (``…Z``) in local time; None when it cannot be read."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return None
