"""Shared building blocks of the submitting dialogs (add and edit user).

A submitting dialog never talks to the network. Pressing OK validates locally
and emits the dialog's ``submitted`` signal; the main window then calls
:meth:`FormDialog.set_busy`, and later either ``accept()`` or
:meth:`FormDialog.show_error`.
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..views.details_toggle import DetailsToggle
from ..views.plain_text import PlainLabel
from ._fit import centre_over_parent, fit_to_contents

LIMIT_MIN = 1
LIMIT_MAX = 2_000_000_000
_INTEGER = re.compile(r"[+-]?[0-9]+")
#: Separators a limit may be typed with: the table's own (1,000) and common ones.
_GROUP_SEPARATORS = (",", "\u00a0", "\u202f", " ", "'")


def limit_digits(text: str) -> str:
    """``text`` without the group separators the table shows ("20,000" → "20000") or the
    locale uses; left as it is when the grouping is not in threes (then it is no number)."""
    text = text.strip()
    separators = {*_GROUP_SEPARATORS, QLocale().groupSeparator()}
    for separator in separators:
        if separator and separator in text:
            grouped = re.fullmatch(rf"[+-]?[0-9]{{1,3}}(?:{re.escape(separator)}[0-9]{{3}})+", text)
            return text.replace(separator, "") if grouped else text
    return text


def error_color(widget: QWidget) -> str:
    """A red that stays readable on both light and dark window backgrounds."""
    is_dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff6b6b" if is_dark else "#b00020"


class ErrorLabel(PlainLabel):
    """Red inline error text, hidden while there is no error."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote server text
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {error_color(self)};")
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear_message(self) -> None:
        self.clear()
        self.setAccessibleDescription("")
        self.hide()


class BusyIndicator(QWidget):
    """What is happening (e.g. "Sending…") with an indeterminate progress bar, hidden
    when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        label = PlainLabel("", self)
        label.setObjectName("busyLabel")
        label.setWordWrap(True)
        self.label = label
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumHeight(label.sizeHint().height())
        bar.setAccessibleName(self.tr("Working"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(bar, 1)
        self.hide()


class LimitEdit(QLineEdit):
    """A line edit for a positive whole-number sending limit."""

    def __init__(
        self, object_name: str, *, allow_empty: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMaxLength(16)
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.setClearButtonEnabled(False)
        self._allow_empty = allow_empty

    def set_allow_empty(self, allow: bool) -> None:
        """Whether an empty field is acceptable (it then means "leave unchanged")."""
        self._allow_empty = allow

    def set_limit(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def limit(self) -> int | None:
        """The typed limit, or ``None`` when the text is empty or not a valid limit."""
        text = limit_digits(self.text())
        if not _INTEGER.fullmatch(text):
            return None
        value = int(text)
        return value if LIMIT_MIN <= value <= LIMIT_MAX else None

    def problem(self) -> str | None:
        """Why the text is not acceptable, or ``None`` when it is."""
        text = limit_digits(self.text())
        if not text:
            return None if self._allow_empty else self.tr("Enter a limit.")
        if not _INTEGER.fullmatch(text):
            return self.tr("Enter a whole number, for example 1000.")
        value = int(text)
        if value < LIMIT_MIN:
            return self.tr("The limit must be at least 1.")
        if value > LIMIT_MAX:
            return self.tr("The limit can be at most 2000000000.")
        return None


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """Stack ``field`` above its (normally hidden) inline error label."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


class FormDialog(QDialog):
    """Base of a dialog that submits values and waits for the app's worker.

    Subclasses build their form, call :meth:`_register_field` for each input
    that can carry an error, call :meth:`_finish_layout`, and implement
    :meth:`_submit` (validate, then emit their ``submitted`` signal).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._fields: dict[str, tuple[QWidget, ErrorLabel, str]] = {}
        self._general_error = ErrorLabel("generalError", self)
        self._error_details = DetailsToggle(self)
        self._busy_indicator = BusyIndicator(self)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        self._ok: QPushButton = ok
        self._cancel: QPushButton = cancel
        ok.setObjectName("okButton")
        ok.setDefault(True)
        ok.setAccessibleName(self.tr("OK"))
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.setMinimumWidth(380)
        self._buttons.accepted.connect(self._on_ok)
        self._buttons.rejected.connect(self.reject)

    # -- public API used by the main window ---------------------------------

    def is_busy(self) -> bool:
        return self._busy

    def busy_text(self) -> str:
        """What the dialog says while its request is on its way."""
        return self.tr(
            "Sending to SendClean… Once sent, the change cannot be called back: wait for "
            "the answer."
        )

    def set_busy(self, busy: bool) -> None:
        """While the request is on its way: inputs, OK and Cancel off, and say what is
        happening. Closing is refused then: the change is sent whatever the dialog does."""
        self._busy = busy
        for widget, _label, _description in self._fields.values():
            widget.setEnabled(not busy)
        self._busy_indicator.label.setText(self.busy_text())
        self._busy_indicator.setVisible(busy)
        self._cancel.setEnabled(not busy)
        self._update_ok()
        if busy:
            fit_to_contents(self)

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_contents(self)
        if not event.spontaneous():
            centre_over_parent(self)
        super().showEvent(event)

    def reject(self) -> None:
        if self._busy:
            return  # Escape or the close button while sending: the answer decides
        super().reject()

    def show_error(self, field: str | None, message: str, details: str = "") -> None:
        """Show ``message`` next to ``field`` (or at the top) and clear busy; ``details``
        (technical, plain text) open under "Details" below the form."""
        self.set_busy(False)
        self._error_details.set_details(details)
        entry = self._fields.get(field) if field is not None else None
        if entry is None:
            self._general_error.show_message(message)
            fit_to_contents(self)
            self._ok.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget, label, description = entry
        label.show_message(message)
        fit_to_contents(self)
        widget.setAccessibleDescription(f"{message} {description}".strip())
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def clear_errors(self) -> None:
        self._general_error.clear_message()
        self._error_details.set_details("")
        for name in self._fields:
            self._clear_field_error(name)

    # -- for subclasses -------------------------------------------------------

    def _register_field(self, name: str, widget: QWidget, label: ErrorLabel) -> None:
        self._fields[name] = (widget, label, widget.accessibleDescription())

    def _clear_field_error(self, name: str) -> None:
        widget, label, description = self._fields[name]
        label.clear_message()
        widget.setAccessibleDescription(description)

    def _finish_layout(self, form: QFormLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._general_error)
        layout.addLayout(form)
        layout.addWidget(self._error_details)
        layout.addWidget(self._busy_indicator)
        layout.addWidget(self._buttons)
        chain = [widget for widget, _label, _description in self._fields.values()]
        chain.append(self._buttons)  # the box keeps its buttons in visual order
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if chain:
            chain[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _can_submit(self) -> bool:
        """Whether OK may be pressed (besides not being busy)."""
        return True

    def _update_ok(self) -> None:
        self._ok.setEnabled(not self._busy and self._can_submit())

    def _first_problem(self) -> bool:
        """Show the local validation problems; return True if there was one."""
        first: str | None = None
        for name, (widget, _label, _description) in self._fields.items():
            problem = widget.problem() if isinstance(widget, LimitEdit) else None
            if problem is not None:
                self.show_error(name, problem)
                first = first or name
        if first is not None:
            self._fields[first][0].setFocus(Qt.FocusReason.OtherFocusReason)
        return first is not None

    def _on_ok(self) -> None:
        if self._busy or not self._ok.isEnabled():
            return
        self.clear_errors()
        if self._first_problem():
            return
        self._submit()

    def _submit(self) -> None:
        raise NotImplementedError


class LimitsFormDialog(FormDialog):
    """A :class:`FormDialog` with total and hourly limit fields and the
    non-blocking "hourly higher than total" warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._total = LimitEdit("totalLimitField")
        self._total.setAccessibleName(self.tr("Total limit"))
        self._total.setAccessibleDescription(
            self.tr(
                "How many emails this SMTP user may send in total; a whole number of 1 or more."
            )
        )
        self._hourly = LimitEdit("hourlyLimitField")
        self._hourly.setAccessibleName(self.tr("Hourly limit"))
        self._hourly.setAccessibleDescription(
            self.tr(
                "How many emails this SMTP user may send per hour; a whole number of 1 or more."
            )
        )
        total_error = ErrorLabel("errorLabel_total_limit")
        hourly_error = ErrorLabel("errorLabel_hourly_limit")
        self._hourly_warning = PlainLabel(
            self.tr(
                "The hourly limit is higher than the total limit; "
                "the total limit will be reached first."
            )
        )
        self._hourly_warning.setObjectName("hourlyWarning")
        self._hourly_warning.setWordWrap(True)
        self._hourly_warning.setAccessibleName(self.tr("Warning"))
        self._hourly_warning.hide()
        # A form layout drops hidden rows: the warning lives in a space that always shows,
        # tall enough for it wrapped at the dialog's narrowest (three lines), so the
        # dialog does not jump when it appears.
        warning_space = QWidget()
        warning_space.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        space_layout = QVBoxLayout(warning_space)
        space_layout.setContentsMargins(0, 0, 0, 0)
        space_layout.addWidget(self._hourly_warning)
        space_layout.addStretch(1)

        total_label = PlainLabel(self.tr("&Total limit:"))
        total_label.setBuddy(self._total)
        hourly_label = PlainLabel(self.tr("&Hourly limit:"))
        hourly_label.setBuddy(self._hourly)
        self._form = QFormLayout()
        self._form.addRow(total_label, with_error(self._total, total_error))
        self._form.addRow(hourly_label, with_error(self._hourly, hourly_error))
        self._form.addRow(warning_space)

        self._register_field("total_limit", self._total, total_error)
        self._register_field("hourly_limit", self._hourly, hourly_error)
        self._total.textChanged.connect(lambda _text: self._on_limit_edited("total_limit"))
        self._hourly.textChanged.connect(lambda _text: self._on_limit_edited("hourly_limit"))

    def _on_limit_edited(self, name: str) -> None:
        self._clear_field_error(name)
        total, hourly = self._total.limit(), self._hourly.limit()
        exceeds = total is not None and hourly is not None and hourly > total
        if self._hourly_warning.isVisibleTo(self) != exceeds:
            self._hourly_warning.setVisible(exceeds)  # in the space kept for it
        self._update_ok()
