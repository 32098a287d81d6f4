"""What the app knows of each user beyond the API, as the table shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from app.core.user_order import Column


class ExtraColumn(IntEnum):
    """Columns after the API's own (shown next to the user name by the view)."""

    LABEL = len(Column)
    PASSWORD_AGE = len(Column) + 1


@dataclass(frozen=True)
class RowExtras:
    labels: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    #: Label and note, casefolded, for the filter.
    search: dict[str, str] = field(default_factory=dict)
    #: Changes made elsewhere, in words, for the users that have any not acknowledged.
    drift_tips: dict[str, str] = field(default_factory=dict)
    #: "12 days" for the users whose password this app set; absent: unknown.
    ages: dict[str, str] = field(default_factory=dict)
    #: Age in days, for sorting.
    age_days: dict[str, float] = field(default_factory=dict)
    #: Retired users, hidden unless "Show retired" is on.
    retired: frozenset[str] = frozenset()
    #: Users whose password is older than the rotation age (Preferences).
    due: frozenset[str] = frozenset()
