"""Tests of the dialogs and the preferences store (Qt offscreen, pytest-qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import APP_NAME, __version__
from app.api import SmtpUser
from app.ui.dialogs.about import AboutDialog
from app.ui.dialogs.add_user import AddUserDialog
from app.ui.dialogs.confirm_reset import ConfirmResetDialog
from app.ui.dialogs.edit_user import EditUserDialog
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.platform.preferences_store import Preferences, PreferenceValues


def _find(dialog: QWidget, cls: type[Any], name: str) -> Any:
    widget = dialog.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def _user(**changes: Any) -> SmtpUser:
    values: dict[str, Any] = {
        "user_name": "smtp12345",
        "password": None,
        "enabled": True,
        "total_limit": 1000,
        "hourly_limit": 100,
    }
    values.update(changes)
    return SmtpUser(**values)


_D = TypeVar("_D", bound=QDialog)


def _shown(qtbot: Any, dialog: _D) -> _D:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _set_text(field: QLineEdit, text: str) -> None:
    field.selectAll()
    field.setText(text)


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> None:
        self.calls.append(args)


# --- AddUserDialog ---------------------------------------------------------------


def test_add_defaults_and_valid_submit_emits(qtbot: Any) -> None:
    dialog = _shown(qtbot, AddUserDialog())
    total = _find(dialog, QLineEdit, "totalLimitField")
    hourly = _find(dialog, QLineEdit, "hourlyLimitField")
    assert total.text() == "1000" and hourly.text() == "100"
    _set_text(total, "5000")
    _set_text(hourly, "250")
    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        _find(dialog, QPushButton, "okButton").click()
    assert blocker.args == [5000, 250]
    assert dialog.isVisible()  # stays open until the caller accepts


def test_add_return_key_submits(qtbot: Any) -> None:
    dialog = _shown(qtbot, AddUserDialog())
    total = _find(dialog, QLineEdit, "totalLimitField")
    total.setFocus()
    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        qtbot.keyClick(total, Qt.Key.Key_Return)
    assert blocker.args == [1000, 100]


@pytest.mark.parametrize("text", ["0", "-5", "abc", "", "12.5", "3000000000"])
@pytest.mark.parametrize("field_name", ["total_limit", "hourly_limit"])
def test_add_invalid_limits_blocked_with_inline_error(
    qtbot: Any, text: str, field_name: str
) -> None:
    dialog = _shown(qtbot, AddUserDialog())
    object_name = "totalLimitField" if field_name == "total_limit" else "hourlyLimitField"
    field: QLineEdit = _find(dialog, QLineEdit, object_name)
    _set_text(field, text)
    recorder = _Recorder()
    dialog.submitted.connect(recorder)
    _find(dialog, QPushButton, "okButton").click()
    assert recorder.calls == []
    error = _find(dialog, QLabel, f"errorLabel_{field_name}")
    assert error.isVisible() and error.text()
    assert dialog.focusWidget() is field
    # Editing the field clears its error.
    _set_text(field, "10")
    assert not error.isVisible()


def test_add_hourly_above_total_warns_but_submits(qtbot: Any) -> None:
    dialog = _shown(qtbot, AddUserDialog())
    warning = _find(dialog, QLabel, "hourlyWarning")
    ok = _find(dialog, QPushButton, "okButton")
    assert not warning.isVisible()
    _set_text(_find(dialog, QLineEdit, "totalLimitField"), "50")
    _set_text(_find(dialog, QLineEdit, "hourlyLimitField"), "60")
    assert warning.isVisible()
    assert "hourly limit is higher" in warning.text()
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        ok.click()
    assert blocker.args == [50, 60]
    _set_text(_find(dialog, QLineEdit, "hourlyLimitField"), "50")
    assert not warning.isVisible()


def test_add_set_busy_disables_inputs_and_ok(qtbot: Any) -> None:
    dialog = _shown(qtbot, AddUserDialog())
    total = _find(dialog, QLineEdit, "totalLimitField")
    hourly = _find(dialog, QLineEdit, "hourlyLimitField")
    ok = _find(dialog, QPushButton, "okButton")
    busy = _find(dialog, QWidget, "busyIndicator")
    dialog.set_busy(True)
    assert dialog.is_busy()
    assert not total.isEnabled() and not hourly.isEnabled() and not ok.isEnabled()
    assert busy.isVisible()
    recorder = _Recorder()
    dialog.submitted.connect(recorder)
    ok.click()
    assert recorder.calls == []
    dialog.set_busy(False)
    assert total.isEnabled() and hourly.isEnabled() and ok.isEnabled()
    assert not busy.isVisible()


def test_add_show_error_on_field_clears_busy(qtbot: Any) -> None:
    dialog = _shown(qtbot, AddUserDialog())
    dialog.set_busy(True)
    dialog.show_error("total_limit", "The total limit is too high for your plan.")
    error = _find(dialog, QLabel, "errorLabel_total_limit")
    total = _find(dialog, QLineEdit, "totalLimitField")
    assert error.isVisible()
    assert error.text() == "The total limit is too high for your plan."
    assert not dialog.is_busy()
    assert total.isEnabled() and dialog.focusWidget() is total
    assert _find(dialog, QPushButton, "okButton").isEnabled()
    assert not _find(dialog, QLabel, "generalError").isVisible()


def test_add_show_general_error_and_accept(qtbot: Any) -> None:
    dialog = _shown(qtbot, AddUserDialog())
    dialog.set_busy(True)
    dialog.show_error(None, "The service is unreachable.")
    general = _find(dialog, QLabel, "generalError")
    assert general.isVisible() and general.text() == "The service is unreachable."
    assert not dialog.is_busy()
    # An unknown field name falls back to the general message.
    dialog.show_error("nonsense", "Something else.")
    assert general.text() == "Something else."
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_add_escape_cancels(qtbot: Any) -> None:
    dialog = _shown(qtbot, AddUserDialog())
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


# --- EditUserDialog ------------------------------------------------------------


def test_edit_title_and_prefill(qtbot: Any) -> None:
    dialog = _shown(qtbot, EditUserDialog(_user()))
    assert "smtp12345" in dialog.windowTitle()
    assert dialog.windowTitle() == "Edit smtp12345"
    assert _find(dialog, QLineEdit, "totalLimitField").text() == "1000"
    assert _find(dialog, QLineEdit, "hourlyLimitField").text() == "100"
    assert _find(dialog, QCheckBox, "enabledCheck").isChecked()
    assert not _find(dialog, QPushButton, "okButton").isEnabled()


def test_edit_only_hourly_change_emitted(qtbot: Any) -> None:
    dialog = _shown(qtbot, EditUserDialog(_user()))
    ok = _find(dialog, QPushButton, "okButton")
    _set_text(_find(dialog, QLineEdit, "hourlyLimitField"), "200")
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        ok.click()
    assert blocker.args == [{"hourly_limit": 200}]


def test_edit_toggle_enabled_emitted(qtbot: Any) -> None:
    dialog = _shown(qtbot, EditUserDialog(_user()))
    ok = _find(dialog, QPushButton, "okButton")
    _find(dialog, QCheckBox, "enabledCheck").setChecked(False)
    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        ok.click()
    assert blocker.args == [{"enabled": False}]


def test_edit_changing_back_disables_ok(qtbot: Any) -> None:
    dialog = _shown(qtbot, EditUserDialog(_user()))
    ok = _find(dialog, QPushButton, "okButton")
    total = _find(dialog, QLineEdit, "totalLimitField")
    enabled = _find(dialog, QCheckBox, "enabledCheck")
    _set_text(total, "2000")
    assert ok.isEnabled()
    _set_text(total, "1000")
    assert not ok.isEnabled()
    enabled.setChecked(False)
    assert ok.isEnabled()
    enabled.setChecked(True)
    assert not ok.isEnabled()


def test_edit_none_limits(qtbot: Any) -> None:
    dialog = _shown(qtbot, EditUserDialog(_user(total_limit=None, hourly_limit=None)))
    total = _find(dialog, QLineEdit, "totalLimitField")
    hourly = _find(dialog, QLineEdit, "hourlyLimitField")
    ok = _find(dialog, QPushButton, "okButton")
    assert total.text() == "" and total.placeholderText() == "unknown"
    assert hourly.text() == "" and hourly.placeholderText() == "unknown"
    assert not ok.isEnabled()
    _set_text(total, "700")
    assert ok.isEnabled()
    _set_text(total, "")
    assert not ok.isEnabled()
    # With an empty (unknown) total, a changed enabled state submits alone.
    _find(dialog, QCheckBox, "enabledCheck").setChecked(False)
    _set_text(hourly, "30")
    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        ok.click()
    assert blocker.args == [{"hourly_limit": 30, "enabled": False}]


def test_edit_invalid_and_cleared_values_blocked(qtbot: Any) -> None:
    dialog = _shown(qtbot, EditUserDialog(_user()))
    total = _find(dialog, QLineEdit, "totalLimitField")
    ok = _find(dialog, QPushButton, "okButton")
    recorder = _Recorder()
    dialog.submitted.connect(recorder)
    for text in ("", "0", "-1", "lots"):
        _set_text(total, text)
        assert ok.isEnabled()
        ok.click()
        assert recorder.calls == []
        assert _find(dialog, QLabel, "errorLabel_total_limit").isVisible()


def test_edit_hourly_warning(qtbot: Any) -> None:
    dialog = _shown(qtbot, EditUserDialog(_user()))
    warning = _find(dialog, QLabel, "hourlyWarning")
    assert not warning.isVisible()
    _set_text(_find(dialog, QLineEdit, "hourlyLimitField"), "5000")
    assert warning.isVisible()
    assert _find(dialog, QPushButton, "okButton").isEnabled()


def test_edit_show_error_enabled_and_busy(qtbot: Any) -> None:
    dialog = _shown(qtbot, EditUserDialog(_user()))
    enabled = _find(dialog, QCheckBox, "enabledCheck")
    ok = _find(dialog, QPushButton, "okButton")
    enabled.setChecked(False)
    dialog.set_busy(True)
    assert not enabled.isEnabled() and not ok.isEnabled()
    assert not _find(dialog, QLineEdit, "totalLimitField").isEnabled()
    dialog.show_error("enabled", "Cannot disable this user.")
    error = _find(dialog, QLabel, "errorLabel_enabled")
    assert error.isVisible() and error.text() == "Cannot disable this user."
    assert enabled.isEnabled() and dialog.focusWidget() is enabled
    assert ok.isEnabled()  # still changed, no longer busy


# --- ConfirmResetDialog --------------------------------------------------------


def test_confirm_reset_names_user_and_cancel_is_default(qtbot: Any) -> None:
    dialog = _shown(qtbot, ConfirmResetDialog("smtp12345"))
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "smtp12345" in texts
    assert "stops working at once" in texts
    reset = _find(dialog, QPushButton, "resetButton")
    cancel = _find(dialog, QPushButton, "cancelButton")
    assert "Reset password" in reset.text().replace("&", "")
    assert cancel.isDefault() and not reset.isDefault()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(cancel, Qt.Key.Key_Return)


def test_confirm_reset_button_accepts(qtbot: Any) -> None:
    dialog = _shown(qtbot, ConfirmResetDialog("smtp12345"))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        _find(dialog, QPushButton, "resetButton").click()


# --- Preferences store and dialog ----------------------------------------------


def _ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_preferences_defaults_when_empty(tmp_path: Path) -> None:
    assert Preferences(_ini(tmp_path)).load() == PreferenceValues()


@pytest.mark.parametrize(
    "values",
    [
        PreferenceValues(),
        PreferenceValues(
            clipboard_clear_s=None, auto_refresh_min=15, show_passwords=True, request_timeout_s=90
        ),
        PreferenceValues(
            clipboard_clear_s=300, auto_refresh_min=None, show_passwords=False, request_timeout_s=5
        ),
    ],
)
def test_preferences_round_trip(tmp_path: Path, values: PreferenceValues) -> None:
    Preferences(_ini(tmp_path)).save(values)
    # A fresh QSettings reads the file back from disk.
    assert Preferences(_ini(tmp_path)).load() == values


def test_preferences_garbage_falls_back_or_clamps(tmp_path: Path) -> None:
    settings = _ini(tmp_path)
    settings.setValue("preferences/clipboard_clear_s", "soon")
    settings.setValue("preferences/auto_refresh_min", ["a", "b"])
    settings.setValue("preferences/show_passwords", "perhaps")
    settings.setValue("preferences/request_timeout_s", "99999")
    settings.sync()
    loaded = Preferences(_ini(tmp_path)).load()
    assert loaded == PreferenceValues(request_timeout_s=300)

    settings.setValue("preferences/clipboard_clear_s", "1")
    settings.setValue("preferences/auto_refresh_min", "-4")
    settings.setValue("preferences/request_timeout_s", "")
    settings.sync()
    loaded = Preferences(_ini(tmp_path)).load()
    assert loaded.clipboard_clear_s == 10
    assert loaded.auto_refresh_min is None  # a negative interval means off, not every minute
    assert loaded.request_timeout_s == 30

    settings.setValue("preferences/auto_refresh_min", "0")
    settings.sync()
    assert Preferences(_ini(tmp_path)).load().auto_refresh_min is None


def test_preferences_store_no_secret_keys(tmp_path: Path) -> None:
    settings = _ini(tmp_path)
    Preferences(settings).save(PreferenceValues())
    keys = settings.allKeys()
    assert keys and all(key.startswith("preferences/") for key in keys)


def test_preferences_dialog_values_reflect_edits(qtbot: Any) -> None:
    dialog = _shown(qtbot, PreferencesDialog(PreferenceValues()))
    assert dialog.values() == PreferenceValues()
    clipboard_spin = _find(dialog, QSpinBox, "clipboardClearSpin")
    never = _find(dialog, QCheckBox, "clipboardNeverCheck")
    refresh_check = _find(dialog, QCheckBox, "autoRefreshCheck")
    refresh_spin = _find(dialog, QSpinBox, "autoRefreshSpin")
    assert not refresh_spin.isEnabled()
    clipboard_spin.setValue(45)
    refresh_check.setChecked(True)
    assert refresh_spin.isEnabled()
    refresh_spin.setValue(10)
    _find(dialog, QCheckBox, "showPasswordsCheck").setChecked(True)
    _find(dialog, QSpinBox, "requestTimeoutSpin").setValue(60)
    assert dialog.values() == PreferenceValues(
        clipboard_clear_s=45, auto_refresh_min=10, show_passwords=True, request_timeout_s=60
    )
    never.setChecked(True)
    assert not clipboard_spin.isEnabled()
    assert dialog.values().clipboard_clear_s is None
    assert clipboard_spin.minimum() == 10 and clipboard_spin.maximum() == 300
    assert refresh_spin.minimum() == 1 and refresh_spin.maximum() == 120
    timeout = _find(dialog, QSpinBox, "requestTimeoutSpin")
    assert timeout.minimum() == 5 and timeout.maximum() == 300


def test_preferences_dialog_prefills_none(qtbot: Any) -> None:
    values = PreferenceValues(clipboard_clear_s=None, auto_refresh_min=20)
    dialog = _shown(qtbot, PreferencesDialog(values))
    assert _find(dialog, QCheckBox, "clipboardNeverCheck").isChecked()
    assert _find(dialog, QCheckBox, "autoRefreshCheck").isChecked()
    assert dialog.values() == values


# --- AboutDialog ---------------------------------------------------------------


def test_about_shows_version_and_paths(qtbot: Any) -> None:
    dialog = _shown(qtbot, AboutDialog({"Settings file": "/tmp/some/settings.ini"}))
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    details = _find(dialog, QPlainTextEdit, "detailsText").toPlainText()
    everything = labels + "\n" + details
    assert APP_NAME in everything
    assert __version__ in everything
    assert "Settings file: /tmp/some/settings.ini" in details
    for name in ("Python", "Qt", "PySide6", "httpx", "keyring"):
        assert name in details


def _next(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None
    return following


def _tab_chain(dialog: QDialog, start: QWidget, count: int) -> list[str]:
    names: list[str] = []
    widget: QWidget = start
    for _ in range(count):
        names.append(widget.objectName())
        widget = _next(widget)
        while not (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
        ) or isinstance(widget.parent(), QAbstractSpinBox):
            widget = _next(widget)
    return names


def test_tab_order_add_and_edit(qtbot: Any) -> None:
    add = _shown(qtbot, AddUserDialog())
    start = _find(add, QLineEdit, "totalLimitField")
    assert add.focusWidget() is start
    assert _tab_chain(add, start, 3) == ["totalLimitField", "hourlyLimitField", "okButton"]
    edit = _shown(qtbot, EditUserDialog(_user()))
    start = _find(edit, QLineEdit, "totalLimitField")
    assert _tab_chain(edit, start, 3) == ["totalLimitField", "hourlyLimitField", "enabledCheck"]


# --- accessibility -----------------------------------------------------------------

_FOCUSABLE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox)

_FACTORIES: list[Callable[[], QDialog]] = [
    AddUserDialog,
    lambda: EditUserDialog(_user()),
    lambda: EditUserDialog(_user(total_limit=None, hourly_limit=None, enabled=False)),
    lambda: ConfirmResetDialog("smtp12345"),
    lambda: PreferencesDialog(PreferenceValues()),
    lambda: AboutDialog({"Log file": "/tmp/app.log"}),
]


@pytest.mark.parametrize("factory", _FACTORIES)
def test_every_focusable_control_has_accessible_name(
    qtbot: Any, factory: Callable[[], QDialog]
) -> None:
    dialog = _shown(qtbot, factory())
    missing = [
        f"{type(widget).__name__}({widget.objectName()!r})"
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, _FOCUSABLE)
        and not isinstance(widget.parent(), QAbstractSpinBox)  # a spin box's own editor
        and not widget.accessibleName().strip()
    ]
    assert missing == []
