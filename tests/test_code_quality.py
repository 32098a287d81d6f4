"""ruff (lint and format) and mypy are part of the test command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "app", "tests", "benchmarks", "packaging"],
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--check",
            "app",
            "tests",
            "benchmarks",
            "packaging",
        ],
        [sys.executable, "-m", "mypy", "app"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_tool_is_clean(command: list[str]) -> None:
    paths = [p for p in command[4:] if not (ROOT / p).exists()]
    command = [part for part in command if part not in paths]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_packaging_folder_is_not_a_python_package() -> None:
    assert not (ROOT / "packaging" / "__init__.py").exists()


def test_api_and_sandbox_never_import_qt() -> None:
    code = (
        "import sys, app.api, app.sandbox, app.core.token_store, app.core.smtp_settings, "
        "app.core.accounts, app.core.logging_setup, app.sandbox.relay_protocol, "
        "app.sandbox.certificate, app.core.smtp_send, app.core.change_journal, "
        "app.core.local_store; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'app.ui'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


UI = ROOT / "app" / "ui"


def _ui_sources(*, skip: tuple[str, ...] = ()) -> dict[str, str]:
    return {
        str(path.relative_to(UI)): path.read_text(encoding="utf-8")
        for path in UI.rglob("*.py")
        if str(path.relative_to(UI)) not in skip
    }


def test_labels_and_message_boxes_come_only_from_the_plain_text_module() -> None:
    """One way to show text, so server text can never be rendered as rich text or a link."""
    forbidden = (
        "QLabel(",
        "QMessageBox(",
        "QMessageBox.question",
        "QMessageBox.warning",
        "QMessageBox.information",
        "QMessageBox.critical",
        "TextFormat.RichText",
        "setOpenExternalLinks(True",
    )
    found = [
        f"{name}: {word}"
        for name, text in _ui_sources(skip=("views/plain_text.py",)).items()
        for word in forbidden
        if word in text
    ]
    assert found == []


def test_the_ui_folders_show_the_layers() -> None:
    sources = _ui_sources()
    # Controllers get what they need, never the window; nothing looks widgets up by name.
    assert [
        n for n, t in sources.items() if n.startswith("controllers/") and "main_window" in t
    ] == []
    assert [
        n for n, t in sources.items() if "findChild(QMenu" in t or "findChild(QDialogButtonBox" in t
    ] == []
    # The job plumbing is typed end to end.
    plumbing = [n for n in sources if n.startswith(("jobs/", "session/"))]
    assert plumbing and [n for n in plumbing if "Any" in sources[n].split()] == []
    assert [n for n in plumbing if "import Any" in sources[n] or "Any]" in sources[n]] == []
