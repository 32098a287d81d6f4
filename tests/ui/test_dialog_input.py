"""Dialogs take what people paste and type, and the history speaks in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core.history import ChangeRecord
from app.ui.dialogs._form import LimitEdit
from app.ui.dialogs.connect import ConnectDialog, domain_of
from app.ui.dialogs.history import HistoryDialog, changes_in_words, local_time


def test_limits_accept_the_group_separators_the_table_shows(qapp: QApplication) -> None:
    field = LimitEdit("totalLimitField")
    for typed, value in (("20,000", 20000), ("1 000 000", 1000000), ("20000", 20000)):
        field.setText(typed)
        assert field.limit() == value and field.problem() is None
    field.setText("2,00")  # not a grouping in threes: no number
    assert field.limit() is None and field.problem() is not None


def test_a_pasted_api_address_becomes_the_app_domain(qapp: QApplication) -> None:
    assert domain_of("https://api.us1-mta1.sendclean.net/v1.0/") == "us1-mta1.sendclean.net"
    assert domain_of(" api.eu2-mta3.sendclean.net ") == "eu2-mta3.sendclean.net"
    assert domain_of("us1-mta1.sendclean.net") == "us1-mta1.sendclean.net"
    dialog = ConnectDialog(None)
    dialog._domain.setText("https://api.us1-mta1.sendclean.net/v1.0/")
    dialog._domain.editingFinished.emit()
    assert dialog._domain.text() == "us1-mta1.sendclean.net"
    assert dialog._base_url() == "https://api.us1-mta1.sendclean.net/v1.0/"
    dialog.deleteLater()


def test_the_history_shows_local_time_changes_in_words_and_filters_by_user(
    qapp: QApplication,
) -> None:
    edit = ChangeRecord(
        time="2026-03-01T12:00:00.123Z",
        account="Main",
        user_name="smtp1",
        action="edit",
        changes={"hourly_limit": (100, 50)},
    )
    reset = ChangeRecord(
        time="2026-03-01T12:01:00.000Z", account="Main", user_name="smtp2",
        action="reset_password", confirmed=False,
    )  # fmt: skip
    assert changes_in_words(edit) == "Hourly limit 100 → 50"
    assert "not confirmed" in changes_in_words(reset)
    assert "." not in local_time(edit.time) and local_time(edit.time).count(":") == 2
    dialog = HistoryDialog([edit, reset])
    assert dialog.table.item(1, 3).text() == "Password reset"
    dialog.filter.setText("smtp2")
    assert dialog.table.isRowHidden(0) and not dialog.table.isRowHidden(1)
    dialog.deleteLater()


def test_about_opens_the_folders_and_shows_the_licence(qapp: QApplication, tmp_path: Path) -> None:
    from app.ui.dialogs.about import AboutDialog

    paths = {"Settings": str(tmp_path / "app.conf"), "Data folder": str(tmp_path / "data")}
    dialog = AboutDialog(paths)
    opened: list[Path] = []
    dialog.open_folder_requested.connect(opened.append)
    for button in dialog.folder_buttons:
        button.click()
    assert opened == [tmp_path, tmp_path / "data"]
    assert "Licence: MIT" in dialog._details.toPlainText()
    dialog.findChild(type(dialog.folder_buttons[0]), "licenceButton").click()
    assert "Permission is hereby granted" in dialog._details.toPlainText()
    dialog.deleteLater()


def test_the_hourly_warning_keeps_its_space_and_checking_says_so(qapp: QApplication) -> None:
    from app.ui.dialogs.add_user import AddUserDialog

    dialog = AddUserDialog()
    dialog.show()
    before = dialog.sizeHint().height()
    dialog._hourly.setText("5000")  # above the total: the warning shows
    assert dialog._hourly_warning.isVisible()
    assert dialog.sizeHint().height() == before  # the dialog does not jump
    dialog.close()
    connect = ConnectDialog(None)
    connect.set_busy(True)
    assert connect._busy_indicator.label.text().startswith("Checking")
    connect.set_busy(False)
    connect.deleteLater()
