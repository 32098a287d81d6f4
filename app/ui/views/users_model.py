"""Table model of the account's SMTP users, sorting and filtering inside the model.

No QSortFilterProxyModel: its per-comparison Python callbacks make sorting 100k
rows take seconds, while a Python-side ``sorted`` takes tens of milliseconds.
"""

from __future__ import annotations

import contextlib
import operator
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from app.api.text import MASK
from app.core.user_order import Column, SortSpec, sort_users

from .plain_text import plain_tooltip
from .row_extras import ExtraColumn, RowExtras

if TYPE_CHECKING:
    from app.api import SmtpUser

__all__ = ["Column", "UsersTableModel"]

Index = QModelIndex | QPersistentModelIndex
#: Lists a new list of users replaced, for the caller to free (off the UI thread).
Replaced = tuple[list[Any], ...]


def _limit_text(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: Asked (with rowCount) for every index a view makes: a constant, not two enum lengths.
_COLUMNS = len(Column) + len(ExtraColumn)
#: Painted cells remembered at most (a few screens of rows).
_PAINTED_CELLS = 4096
#: Between a user's name and label in the text a filter looks in.
_SEPARATOR = "\x00"


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
        self._position_of: dict[str, int] | None = None
        self._name_ordered: list[SmtpUser] | None = None  # _all by name, made on demand
        #: _all in the table's order (made on demand): a filter narrows it, in order, and
        #: clearing the filter shows it again, neither sorting anything.
        self._all_sorted: list[SmtpUser] | None = None
        self._extras = RowExtras()
        self._show_retired = False
        self._only_due = False
        #: Sorting by a column of our own (label, password age) rather than the API's.
        self._extra_sort: ExtraColumn | None = None
        self._headers = [
            self.tr("SMTP user name"),
            self.tr("Password"),
            self.tr("Status"),
            self.tr("Total limit"),
            self.tr("Hourly limit"),
            self.tr("Label"),
            self.tr("Password age"),
        ]
        self._drift_brush = QColor(255, 196, 0, 70)
        self._status_text = (self.tr("Disabled"), self.tr("Enabled"))
        self._missing_password = self.tr("(not shown by SendClean)")
        self._unknown = self.tr("Unknown")
        self._age_unknown = self.tr("unknown")
        self._due_text = self.tr("{age} — due for rotation")
        self._monospace = QFont("monospace")
        #: The roles of cells painted, by (id of the user, column), with the user itself:
        #: a view paints the same cells again and again (scrolling, hovering, selecting,
        #: after a sort or a filter is cleared). A user is an unchanging value and each
        #: entry keeps its user alive, so an id is never that of another user while kept.
        #: Forgotten when what else a cell shows changes (extras, passwords, palette).
        self._painted: dict[tuple[int, int], tuple[SmtpUser, dict[int, Any]]] = {}
        #: Per user of the list last filtered, the text a filter looks in (see _filtered).
        self._haystacks: tuple[list[SmtpUser], RowExtras, list[str]] | None = None
        self._disabled_font = QFont()
        self._disabled_font.setBold(True)

    # -- data in ---------------------------------------------------------------

    def sort_spec(self) -> SortSpec:
        return self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder

    def set_users(self, users: list[SmtpUser], *, sorted_by: SortSpec | None = None) -> Replaced:
        """Show ``users``; return the previous lists (and what the filter kept of them)
        so that the caller can free them.

        ``sorted_by`` says the list is already in that order (sorted on the worker):
        when it is the table's order, only the filter runs here.
        """
        previous: Replaced = (self._all, self._rows)
        if self._haystacks is not None:
            previous += (self._haystacks[2],)
            self._haystacks = None
        self.beginResetModel()
        self._all = users
        self._position_of = None
        self._name_ordered = users if sorted_by == (Column.USER_NAME, False) else None
        self._all_sorted = None
        if sorted_by == self.sort_spec() and self._extra_sort is None:
            self._all_sorted = users
            self._rows = self._filtered(users)
        else:
            self._rows = self._visible()
        self._row_of = None
        self.endResetModel()
        return previous

    def replace_user(self, user: SmtpUser) -> None:
        """Update one user in place (after an edit), or append it when new."""
        self.replace_users([user])

    def replace_users(self, users: list[SmtpUser]) -> None:
        """Update users in place (after edits; one repaint for all), appending new ones."""
        positions = self._positions()
        self._name_ordered = self._all_sorted = None  # their users are the replaced ones
        added = False
        rows: list[int] = []
        for user in users:
            position = positions.get(user.user_name)
            if position is None:
                positions[user.user_name] = len(self._all)
                self._all.append(user)
                added = True
                continue
            self._all[position] = user
            row = self.row_of(user.user_name)
            if row is not None:
                self._rows[row] = user
                rows.append(row)
        if added:
            self.set_users(self._all)
        elif rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def _positions(self) -> dict[str, int]:
        """Where each user is in the account's list (made on first use after a change)."""
        if self._position_of is None:
            positions: dict[str, int] = {}
            for position, user in enumerate(self._all):
                positions.setdefault(user.user_name, position)  # the first of a repeated name
            self._position_of = positions
        return self._position_of

    def set_filter(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        self._rows = self._visible()
        self._row_of = None
        self.endResetModel()

    def forget_painted(self) -> None:
        """Work out every cell again at its next paint (the palette changed)."""
        self._painted.clear()

    def set_extras(self, extras: RowExtras) -> None:
        """Labels, drifts, ages and retired marks from the local store (the selection stays)."""
        previous, self._extras = self._extras, extras
        self._painted.clear()
        if self._extra_sort is not None:
            self._all_sorted = None  # its order came from the labels or ages
        # Which rows show, and in what order, depends on the extras only through these:
        # otherwise the rows stay as they are (no filtering or sorting of 100k rows again).
        reorders = (
            bool(self._filter)
            or self._only_due
            or self._extra_sort is not None
            or (not self._show_retired and extras.retired != previous.retired)
        )
        self._show_rows(self._visible() if reorders else self._rows)

    def _show_rows(self, rows: list[SmtpUser]) -> None:
        """The rows to show after the extras or the retired/due views changed."""
        if rows is self._rows or (
            len(rows) == len(self._rows) and all(map(operator.is_, rows, self._rows))
        ):
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
                )
            return
        if len(rows) == len(self._rows):
            self._relayout(rows)
            return
        self.beginResetModel()  # users hidden or shown (retired): a new set of rows
        self._rows = rows
        self._row_of = None
        self.endResetModel()

    @property
    def extras(self) -> RowExtras:
        return self._extras

    def set_show_retired(self, show: bool) -> None:
        self._show_retired = show
        self._show_rows(self._visible())

    def set_only_due(self, only: bool) -> None:
        """Show only the users due for rotation."""
        self._only_due = only
        self._show_rows(self._visible())

    def set_reveal_passwords(self, reveal: bool) -> None:
        self._reveal = reveal
        self._painted.clear()
        if self._rows:
            column = Column.PASSWORD
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= len(Column):
            self._extra_sort = ExtraColumn(column)
            self._sort_column = Column.USER_NAME
        else:
            self._extra_sort = None
            self._sort_column = Column(column)
        self._sort_order = order
        self._all_sorted = None
        self._relayout(self._visible())

    def _relayout(self, rows: list[SmtpUser]) -> None:
        """Show ``rows`` (the same users reordered, or some of them); persistent indexes
        (the view's selection and current row) follow their users."""
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._rows = rows
        self._row_of = None
        persistent = self.persistentIndexList()
        if persistent:
            # Find only the rows the persistent indexes are on (usually one or
            # two), by identity, instead of a dict over every row.
            ids = list(map(id, self._rows))
            old_count = len(old_rows)
            new_row: dict[int, int] = {}
            for row in {index.row() for index in persistent}:
                if 0 <= row < old_count:
                    with contextlib.suppress(ValueError):  # not shown any more
                        new_row[row] = ids.index(id(old_rows[row]))
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(new_row[index.row()], index.column())
                    if index.row() in new_row
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

    def all_names(self) -> set[str]:
        """The names of every user of the account, shown or filtered out."""
        return {user.user_name for user in self._all}

    def find_user(self, user_name: str) -> SmtpUser | None:
        position = self._positions().get(user_name)
        return None if position is None else self._all[position]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers[section]
        return None

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """All the roles a paint asks of one cell in one call into Python (Qt's default
        calls data() once per role): each call may wait for the GIL while a worker runs."""
        # A span is a sequence of QModelRoleData at run time (the stubs do not say so).
        items: Any = (roleDataSpan,) if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        if index.isValid():
            user, column = self._rows[index.row()], index.column()
            key = (id(user), column)
            painted = self._painted.get(key)
            if painted is not None and painted[0] is user:
                values = painted[1]
            else:
                if len(self._painted) >= _PAINTED_CELLS:
                    self._painted.clear()
                values = self._cell(user, column)
                self._painted[key] = (user, values)
        else:
            values = {}
        get = values.get
        for item in items:
            value = get(item.role())
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._cell(self._rows[index.row()], index.column()).get(int(role))

    def _cell(self, user: SmtpUser, column: int) -> dict[int, Any]:
        """The roles of one cell that have a value, by role number: worked out once for
        all the roles a paint asks (roles compared as plain ints)."""
        values: dict[int, Any] = {
            _DISPLAY: self._display(user, column, False),
            _ACCESSIBLE_TEXT: self._display(user, column, True),
        }
        if column >= Column.TOTAL_LIMIT:
            values[_ALIGNMENT] = _RIGHT_ALIGNED
        if column == Column.PASSWORD:
            if self._reveal:
                values[_FONT] = self._monospace
            if user.password is None:
                values[_FOREGROUND] = QColor(QApplication.palette().placeholderText().color())
        elif column == Column.STATUS and not user.enabled:
            # Weight as well as colour: "Disabled" stays readable in a selected row.
            values[_FONT] = self._disabled_font
            values[_FOREGROUND] = QApplication.palette().placeholderText().color()
        tip = self._extras.drift_tips.get(user.user_name)
        if tip is not None:
            values[_BACKGROUND] = self._drift_brush
            if tip:
                values[_TOOLTIP] = plain_tooltip(tip)
        return values

    def _display(self, user: SmtpUser, column: int, accessible: bool) -> str:
        if column == Column.USER_NAME:
            return user.user_name
        if column == ExtraColumn.LABEL:
            return self._extras.labels.get(user.user_name, "")
        if column == ExtraColumn.PASSWORD_AGE:
            age = self._extras.ages.get(user.user_name, self._age_unknown)
            return self._due_text.format(age=age) if user.user_name in self._extras.due else age
        if column == Column.PASSWORD:
            if user.password is None:
                return self._missing_password
            if self._reveal and not accessible:
                return user.password
            return self.tr("hidden") if accessible else MASK
        if column == Column.STATUS:
            return self._status_text[user.enabled] if user.status_known else self._unknown
        if column == Column.TOTAL_LIMIT:
            return _limit_text(user.total_limit)
        return _limit_text(user.hourly_limit)

    # -- internals -------------------------------------------------------------

    def _visible(self) -> list[SmtpUser]:
        # Filtering keeps the order: the sorted list, narrowed, is the narrowed list sorted
        # (the sorts are stable, so ties keep the account's order either way).
        return self._filtered(self._sorted_all())

    def _sorted_all(self) -> list[SmtpUser]:
        if self._all_sorted is None:
            self._all_sorted = self._sorted(self._all)
        return self._all_sorted

    def _by_name(self, rows: list[SmtpUser]) -> list[SmtpUser] | None:
        """``rows`` in ascending name order when they are all the account's users: the
        list in that order is kept (made once per list) so that a status sort needs no
        sort of names. None for a subset (it is sorted as it is)."""
        if len(rows) != len(self._all):
            return None
        if self._name_ordered is None:
            self._name_ordered = sorted(self._all, key=lambda user: user.user_name)
        return self._name_ordered

    def _filtered(self, users: list[SmtpUser]) -> list[SmtpUser]:
        text = self._filter
        extras = self._extras
        hidden = frozenset() if self._show_retired else extras.retired
        if not text and not hidden and not self._only_due:
            return users
        due = extras.due
        if text and _SEPARATOR in text:  # cannot use the haystacks: look field by field
            search = extras.search
            matching = [
                u
                for u in users
                if text in u.user_name.casefold() or text in search.get(u.user_name, "")
            ]
        elif text:
            haystacks = self._haystacks_of(users)
            matching = [u for u, h in zip(users, haystacks, strict=True) if text in h]
        else:
            matching = users
        if not hidden and not self._only_due:
            return matching
        return [
            u
            for u in matching
            if u.user_name not in hidden and (not self._only_due or u.user_name in due)
        ]

    def _haystacks_of(self, users: list[SmtpUser]) -> list[str]:
        """What a filter looks in, for each of ``users``: the name, casefolded, and the
        label and note. Made once per list and extras, then reused as the filter text
        changes (keystroke after keystroke). A filter text holding the separator is not
        looked for here, so no match spans the name and the label."""
        kept = self._haystacks
        if kept is not None and kept[0] is users and kept[1] is self._extras:
            return kept[2]
        search = self._extras.search
        haystacks = [
            u.user_name.casefold() + _SEPARATOR + search.get(u.user_name, "") for u in users
        ]
        self._haystacks = (users, self._extras, haystacks)
        return haystacks

    def _sorted(self, rows: list[SmtpUser]) -> list[SmtpUser]:
        spec = self.sort_spec()
        # Only the status order starts from the name order: no other sort pays for it.
        by_name = self._by_name(rows) if spec[0] == Column.STATUS else None
        ordered = sort_users(rows, spec, by_name=by_name)
        if self._extra_sort is None:
            return ordered
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._extra_sort is ExtraColumn.LABEL:
            labels = self._extras.labels
            # Labelled users first, by label; the others after, by name (stable sort).
            ordered.sort(
                key=lambda u: (u.user_name not in labels, labels.get(u.user_name, "").casefold())
            )
            if descending:
                ordered.reverse()
            return ordered
        days = self._extras.age_days
        unknown = float("inf")
        ordered.sort(key=lambda u: days.get(u.user_name, unknown), reverse=descending)
        return ordered
