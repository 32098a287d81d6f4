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
        "app.sandbox.certificate, app.core.smtp_send; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'app.ui'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
