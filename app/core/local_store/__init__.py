"""What the app knows beyond the API, in one SQLite file in the data folder (Qt-free).

Labels and notes, the last list seen per account with the changes made elsewhere since
(drifts), this app's own expected changes, password dates and retired flags. See
:mod:`.store` for the failure and threading rules. Change history is *not* here: it stays
JSON Lines in :mod:`app.core.history`.
"""

from __future__ import annotations

from .drift import Expectations, carry_known, diff
from .labels_file import LABELS_FORMAT, LABELS_VERSION, LabelEntry, LabelFileError
from .notes import LabelImport
from .records import FIELDS, Annotation, Drift, DriftKind, Field, FieldChange, OwnChange, UserState
from .schema import MIGRATIONS, SCHEMA_VERSION
from .store import DB_FILE_NAME, OWN_CHANGE_TTL, LocalStore
from .text import MAX_LABEL_CHARS, MAX_NOTE_CHARS

__all__ = [
    "DB_FILE_NAME",
    "FIELDS",
    "LABELS_FORMAT",
    "LABELS_VERSION",
    "MAX_LABEL_CHARS",
    "MAX_NOTE_CHARS",
    "MIGRATIONS",
    "OWN_CHANGE_TTL",
    "SCHEMA_VERSION",
    "Annotation",
    "Drift",
    "DriftKind",
    "Expectations",
    "Field",
    "FieldChange",
    "LabelEntry",
    "LabelFileError",
    "LabelImport",
    "LocalStore",
    "OwnChange",
    "UserState",
    "carry_known",
    "diff",
]
