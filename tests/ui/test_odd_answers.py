"""Odd answers never hide the account: the window shows every readable user and says how
many entries were odd; damaged files and odd names are reported, not fatal."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.api import SmtpUser
from app.core.accounts import Account
from app.core.csv_export import export_users
from app.core.history import ChangeHistory
from app.ui.dialogs.history import HistoryDialog
from app.ui.session.connection import Connection
from app.ui.views.main_window import MainWindow
from app.ui.views.users_model import Column
from tests.gui_support import WAIT_MS, cell, parts, row_of
from tests.hostile_server import Answer, hostile_server


def _entry(name: object, **fields: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "smtp_user_name": name,
        "password": "pw",
        "status": "Enable",
        "total_limit": 100,
        "hourly_limit": 10,
    }
    entry.update(fields)
    return entry


def test_two_odd_entries_are_counted_and_every_readable_user_is_shown(
    blank_window: MainWindow, qtbot: QtBot
) -> None:
    window = blank_window
    entries = [_entry(f"smtp{i}") for i in range(5)]
    entries[1]["status"] = "Suspended"  # unknown status: kept, not guessed
    entries.append(_entry(None))  # no usable name: counted, not shown
    with hostile_server() as server:
        server.answers["listSmtp"] = Answer(
            {"status": "success", "smtp_list": entries}, content_type="text/html"
        )
        account = Account.create("Odd", server.base_url, "owner-1")
        with qtbot.waitSignal(window.refreshed, timeout=WAIT_MS):
            parts(window).accounts.use(Connection(account, lambda: "tok"))
    assert window.model.total_count == 5
    odd = window.status.odd
    assert odd.isVisible() and odd.text() == "2 entries could not be read fully"
    assert cell(window, row_of(window, "smtp1"), Column.STATUS) == "Unknown"
    assert cell(window, row_of(window, "smtp2"), Column.STATUS) == "Enabled"


def test_the_history_dialog_says_how_many_damaged_lines_were_skipped(
    qapp: object, tmp_path: Path
) -> None:
    history = ChangeHistory(tmp_path)
    history.directory.mkdir(parents=True, exist_ok=True)
    history.path.write_text('garbage\n{"time": 1}\n' + "[" * 100_000 + "\n", encoding="utf-8")
    records = history.read()
    dialog = HistoryDialog(records, None)
    summary = (
        dialog.findChild(type(dialog), "historySummary")
        or dialog.findChildren(
            __import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel, "historySummary"
        )[0]
    )
    assert "3 damaged line(s)" in summary.text()


def test_an_odd_user_name_is_exported_and_counted(tmp_path: Path) -> None:
    users = [SmtpUser("smtp\u202eevil", "pw", True, 1, 1), SmtpUser("smtp2", "pw", True, 1, 1)]
    done = export_users(tmp_path / "u.csv", users)
    assert (done.rows, done.altered_names) == (2, 1)
