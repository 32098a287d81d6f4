"""Table model of the account's SMTP users, sorting and filtering inside the model.

No QSortFilterProxyModel: its per-comparison Python callbacks make sorting 100k
rows take seconds, while a Python-side ``sorted`` takes tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from app.api import SmtpUser
from app.api.models import MASK

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    USER_NAME = 0
    PASSWORD = 1
    STATUS = 2
    TOTAL_LIMIT = 3
    HOURLY_LIMIT = 4


_MISSING_LAST = 1 << 62

_SORT_KEYS: dict[Column, Callable[[SmtpUser], Any]] = {
    Column.USER_NAME: lambda u: u.user_name,
    Column.PASSWORD: lambda u: u.password or "",
    Column.STATUS: lambda u: (not u.enabled, u.user_name),
    Column.TOTAL_LIMIT: lambda u: _MISSING_LAST if u.total_limit is None else u.total_limit,
    Column.HOURLY_LIMIT: lambda u: _MISSING_LAST if u.hourly_limit is None else u.hourly_limit,
}
# Descending limits: negated values, so unknown limits stay last in both orders.
_DESCENDING_KEYS: dict[Column, Callable[[SmtpUser], Any]] = {
    Column.TOTAL_LIMIT: lambda u: _MISSING_LAST if u.total_limit is None else -u.total_limit,
    Column.HOURLY_LIMIT: lambda u: _MISSING_LAST if u.hourly_limit is None else -u.hourly_limit,
}


def _limit_text(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


class UsersTableModel(QAbstractTableModel):
    """All users of the account; shows the ones matching the filter, in sort order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[SmtpUser] = []
        self._rows: list[SmtpUser] = []
        self._filter = ""
        self._sort_column = Column.USER_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._reveal = False
        self._row_of: dict[str, int] | None = None
        self._headers = [
            self.tr("SMTP user name"),
            self.tr("Password"),
            self.tr("Status"),
            self.tr("Total limit"),
            self.tr("Hourly limit"),
        ]
        self._status_text = (self.tr("Disabled"), self.tr("Enabled"))
        self._missing_password = self.tr("(not shown by SendClean)")

    # -- data in ---------------------------------------------------------------

    def set_users(self, users: list[SmtpUser]) -> None:
        self.beginResetModel()
        self._all = users
        self._rows = self._visible()
        self._row_of = None
        self.endResetModel()

    def replace_user(self, user: SmtpUser) -> None:
        """Update one user in place (after an edit), or append it when new."""
        for position, existing in enumerate(self._all):
            if existing.user_name == user.user_name:
                self._all[position] = user
                break
        else:
            self._all.append(user)
            self.set_users(self._all)
            return
        row = self.row_of(user.user_name)
        if row is not None:
            self._rows[row] = user
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def set_filter(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        self._rows = self._visible()
        self._row_of = None
        self.endResetModel()

    def set_reveal_passwords(self, reveal: bool) -> None:
        self._reveal = reveal
        if self._rows:
            column = Column.PASSWORD
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = Column(column)
        self._sort_order = order
        old_rows = self._rows
        self._rows = self._sorted(old_rows)
        self._row_of = None
        # Persistent indexes (the view's selection and current row) follow their users.
        persistent = self.persistentIndexList()
        if persistent:
            new_row = {id(user): row for row, user in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(new_row[id(old_rows[index.row()])], index.column())
                    if 0 <= index.row() < len(old_rows)
                    else QModelIndex()
                    for index in persistent
                ],
            )
        self.layoutChanged.emit()

    # -- data out --------------------------------------------------------------

    @property
    def total_count(self) -> int:
        return len(self._all)

    @property
    def reveal_passwords(self) -> bool:
        return self._reveal

    def user_at(self, row: int) -> SmtpUser:
        return self._rows[row]

    def users_at(self, rows: Iterable[int]) -> list[SmtpUser]:
        return [self._rows[r] for r in rows if 0 <= r < len(self._rows)]

    def row_of(self, user_name: str) -> int | None:
        if self._row_of is None:
            self._row_of = {u.user_name: i for i, u in enumerate(self._rows)}
        return self._row_of.get(user_name)

    def find_user(self, user_name: str) -> SmtpUser | None:
        for user in self._all:
            if user.user_name == user_name:
                return user
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(user, column, role == Qt.ItemDataRole.AccessibleTextRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.TOTAL_LIMIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == Column.PASSWORD and self._reveal:
            return QFont("monospace")
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS and not user.enabled:
            return QApplication.palette().placeholderText().color()
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.PASSWORD:
            if user.password is None:
                return QColor(QApplication.palette().placeholderText().color())
        return None

    def _display(self, user: SmtpUser, column: int, accessible: bool) -> str:
        if column == Column.USER_NAME:
            return user.user_name
        if column == Column.PASSWORD:
            if user.password is None:
                return self._missing_password
            if self._reveal and not accessible:
                return user.password
            return self.tr("hidden") if accessible else MASK
        if column == Column.STATUS:
            return self._status_text[user.enabled]
        if column == Column.TOTAL_LIMIT:
            return _limit_text(user.total_limit)
        return _limit_text(user.hourly_limit)

    # -- internals -------------------------------------------------------------

    def _visible(self) -> list[SmtpUser]:
        text = self._filter
        rows = [u for u in self._all if text in u.user_name.casefold()] if text else self._all
        return self._sorted(rows)

    def _sorted(self, rows: list[SmtpUser]) -> list[SmtpUser]:
        if self._sort_order == Qt.SortOrder.AscendingOrder:
            return sorted(rows, key=_SORT_KEYS[self._sort_column])
        key = _DESCENDING_KEYS.get(self._sort_column)
        if key is not None:
            return sorted(rows, key=key)
        return sorted(rows, key=_SORT_KEYS[self._sort_column], reverse=True)
