"""The README's shortcuts, row menu and preferences are the app's own: they cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel

from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.platform.preferences_store import PreferenceValues
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


def test_the_readme_names_every_preference(blank_window: MainWindow) -> None:
    section = README.read_text(encoding="utf-8").split("### Preferences", 1)[1].split("\n#", 1)[0]
    section = re.sub(r"\s+", " ", section).lower()
    dialog = PreferencesDialog(PreferenceValues(), blank_window)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    names = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = label.widget() if label is not None else None
        if isinstance(widget, QLabel) and widget.text():
            names.append(widget.text())
        elif field is not None and isinstance(field.widget(), QCheckBox):
            names.append(field.widget().text())
    dialog.deleteLater()
    names = [name.replace("&", "").rstrip(":").lower() for name in names]
    assert len(names) == 6 and [name for name in names if name not in section] == [], names
