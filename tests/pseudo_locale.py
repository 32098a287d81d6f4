"""A pseudo-translation of the template, made at test time, and a walk over visible texts.

Every source of the ``.ts`` template becomes ``⟦source⟧`` (placeholders, ``&`` mnemonics
and ``%n`` stay as they are), compiled with ``lrelease``. With it installed, a text on
screen without ``⟦`` did not come through a translation.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from app.catalogs import CATALOG

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "resources" / "translations" / f"{CATALOG}.ts"
OPEN, CLOSE = "⟦", "⟧"

#: Qt's own texts (standard buttons, the details button of a message box): Qt's
#: catalog (qtbase_<lang>.qm) translates them, not the app's.
QT_OWN = frozenset(
    {
        "OK", "&OK", "Cancel", "&Cancel", "Yes", "&Yes", "No", "&No", "Close", "&Close",
        "Save", "&Save", "Apply", "&Apply", "Reset", "Help", "&Help", "Discard", "Open",
        "Abort", "Retry", "Ignore", "Yes to All", "No to All", "Restore Defaults",
        "Show Details...", "Hide Details...", "Show Details…", "Hide Details…",
    }
)  # fmt: skip

#: Numbers, and the dots that stand for a hidden password.
_NUMBERS = re.compile(r"[\d\s.,:;%/()+\-–—…×#<>=•]*")
_TAGS = re.compile(r"<[^>]+>")


def wrap(source: str) -> str:
    return f"{OPEN}{source}{CLOSE}"


def pseudo_catalog(folder: Path, template: Path = TEMPLATE) -> Path:
    """Compile the pseudo-translation of ``template`` into ``folder``; its ``.qm`` path."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = wrap(source)
        else:
            translation.text = wrap(source)
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return compile_ts(ts)


def compile_ts(ts: Path) -> Path:
    """``lrelease`` ``ts`` into the ``.qm`` beside it."""
    qm = ts.with_suffix(".qm")
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=120
    )
    return qm


def plain(text: str) -> str:
    """A tooltip as shown: the markup of ``plain_tooltip`` removed."""
    if text.startswith("<"):
        return html.unescape(_TAGS.sub("", text))
    return text


def is_untranslated(text: str, allowed: Iterable[str] = ()) -> bool:
    """True for a text that is not empty, not a number and came through no translation."""
    shown = text.strip()
    if not shown or OPEN in shown or _NUMBERS.fullmatch(shown):
        return False
    return shown not in QT_OWN and not _is_key_sequence(shown) and shown not in set(allowed)


def _is_key_sequence(text: str) -> bool:
    """Shortcuts such as ``F5, Ctrl+R``: Qt names the keys (and translates their names)."""
    parts = text.split(", ")
    return all(QKeySequence(part).toString() == part != "" for part in parts)


def model_texts(model: QAbstractItemModel, rows: int = 40) -> list[str]:
    """The column headers, and the cells and tips of the first ``rows`` rows."""
    texts: list[str] = []
    for column in range(model.columnCount()):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        texts.append(value if isinstance(value, str) else "")
        for row in range(min(rows, model.rowCount())):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                texts.append(plain(value) if isinstance(value, str) else "")
    return texts


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every text ``top`` and its visible children show."""
    found: list[tuple[str, str]] = [("window title", top.windowTitle())]
    widgets = [top, *(w for w in top.findChildren(QWidget) if w.isVisibleTo(top))]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        found.append((f"{where} tooltip", plain(widget.toolTip())))
        found.append((f"{where} accessible name", widget.accessibleName()))
        found.extend((f"{where} text", text) for text in _own_texts(widget))
    for action in top.findChildren(QAction):
        if action.isSeparator():
            continue
        where = f"action {action.objectName() or action.text()!r}"
        found.append((f"{where} text", action.text()))
        found.append((f"{where} status tip", action.statusTip()))
        found.append((f"{where} tooltip", plain(action.toolTip())))
    return found


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QMessageBox):
        return [widget.text(), widget.informativeText()]
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QPlainTextEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return model_texts(widget.model())
    return []


def untranslated(top: QWidget, allowed: Iterable[str] = ()) -> list[tuple[str, str]]:
    allowed = set(allowed)
    return [(where, text) for where, text in visible_texts(top) if is_untranslated(text, allowed)]
