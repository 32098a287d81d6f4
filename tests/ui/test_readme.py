"""The README's shortcut table and row menu are the app's own, so they cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path

from app.ui.views.main_window import MainWindow

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_shortcuts() -> list[tuple[str, str]]:
    """The rows of the README's "| Action | Keys |" table."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| Action | Keys |") :].split("\n\n", 1)[0]
    rows = []
    for line in table.splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        assert len(cells) == 2, line
        rows.append((cells[0], cells[1]))
    return rows


def test_the_readme_lists_exactly_the_shortcuts_the_app_lists(blank_window: MainWindow) -> None:
    dialog = blank_window.show_shortcuts()
    table = dialog.table
    app_rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    dialog.reject()
    documented = readme_shortcuts()
    assert [row for row in app_rows if row not in documented] == [], "missing from the README"
    assert [row for row in documented if row not in app_rows] == [], "not in the app"


def test_the_readme_names_every_entry_of_the_row_menu(blank_window: MainWindow) -> None:
    text = re.sub(r"\s+", " ", README.read_text(encoding="utf-8"))
    entries = []
    for action in blank_window.row_menu.actions():
        if action.isSeparator():
            continue
        entries.append(action.text().replace("&", "").rstrip("…"))
    missing = [entry for entry in entries if entry not in text]
    assert entries and missing == [], missing
