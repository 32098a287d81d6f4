"""The command line: --version, --help, --self-test, --api-url, and quitting mid-call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = {"LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en"}


def run_app(
    *args: str, env: dict[str, str] | None = None, timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        # English whatever the developer's system speaks: these tests read the app's words.
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **ENGLISH, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_version_and_help() -> None:
    version = run_app("--version")
    assert version.returncode == 0 and __version__ in version.stdout
    shown = run_app("--help")
    assert shown.returncode == 0
    for flag in ("--sandbox", "--api-url", "--owner-id", "--self-test", "SENDCLEAN_TOKEN"):
        assert flag in shown.stdout


def test_sandbox_self_test_runs_a_refresh_through_the_worker() -> None:
    result = run_app("--sandbox", "--self-test")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"ok": True, "users": 36, "catalogs": []}


def test_api_url_with_token_from_the_environment() -> None:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.sandbox",
            "--port",
            "0",
            "--users",
            "5",
            "--token",
            "env-tok-77",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        ok = run_app(
            "--api-url",
            base_url,
            "--owner-id",
            "demo-owner",
            "--self-test",
            env={"SENDCLEAN_TOKEN": "env-tok-77"},
        )
        assert ok.returncode == 0, ok.stderr
        assert json.loads(ok.stdout.strip().splitlines()[-1])["users"] == 5
        denied = run_app(
            "--api-url",
            base_url,
            "--owner-id",
            "demo-owner",
            "--self-test",
            env={"SENDCLEAN_TOKEN": "wrong-token"},
        )
        assert denied.returncode == 1
        assert "rejected the owner ID or token" in denied.stdout
        assert "wrong-token" not in denied.stdout + denied.stderr
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_plain_http_to_a_remote_host_is_refused_before_any_connection() -> None:
    result = run_app(
        "--api-url",
        "http://api.example.invalid/v1.0/",
        "--owner-id",
        "x",
        "--self-test",
        env={"SENDCLEAN_TOKEN": "t"},
    )
    assert result.returncode == 2
    assert "http://" in result.stderr and "https://" in result.stderr


def test_api_url_needs_owner_id() -> None:
    assert run_app("--api-url", "https://api.example.invalid/v1.0/").returncode == 2


CLOSE_MID_CALL = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.sandbox import Sandbox
from app.main import main

app = QApplication([])
sandbox = Sandbox(users=3).start()
sandbox.inject("listSmtp", "delay:30", times=None)
os.environ["SENDCLEAN_TOKEN"] = sandbox.token

def close_when_waiting():
    if sandbox.wait_for_requests(1, timeout=0.01):
        for widget in app.topLevelWidgets():
            if widget.objectName() == "mainWindow":
                print("closing", time.time(), flush=True)
                widget.close()
                return
    QTimer.singleShot(20, close_when_waiting)

QTimer.singleShot(0, close_when_waiting)
code = main(["--api-url", sandbox.base_url, "--owner-id", sandbox.owner_id])
sandbox.stop()
print("exit", code, flush=True)
sys.exit(code)
"""


def test_closing_while_a_call_is_in_flight_exits_at_once_with_code_0() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", CLOSE_MID_CALL],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    ended = time.time()
    assert process.returncode == 0, stderr
    closing = next(line for line in stdout.splitlines() if line.startswith("closing"))
    assert "exit 0" in stdout
    assert ended - float(closing.split()[1]) < 1.0, "quitting waited for the call in flight"


@pytest.mark.parametrize("flag", ["--version"])
def test_entry_point_script_is_installed(flag: str) -> None:
    script = Path(sys.executable).parent / "sendclean-smtp"
    assert script.exists()
    result = subprocess.run([str(script), flag], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and __version__ in result.stdout
