"""After a full session (connect, refresh, add, reset, copy) no file under HOME holds a secret."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.keyring_session import KeyringSession, missing_tools, start_keyring_session

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def keyring_session(tmp_path: Path) -> Iterator[KeyringSession]:
    missing = missing_tools()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must provide {missing} (apt-get install dbus-daemon gnome-keyring)")
        pytest.skip(f"needs {missing}")
    session = start_keyring_session(tmp_path)
    try:
        yield session
    finally:
        session.close()


def test_full_session_leaves_no_secret_in_any_file(keyring_session: KeyringSession) -> None:
    code = (
        "import runpy, sys; sys.argv = ['session_driver']; "
        "runpy.run_path('tests/session_driver.py', run_name='__main__')"
    )
    env = {**keyring_session.env, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    from tests.keyring_session import run_python

    result = run_python(code, env, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    secrets = json.loads(result.stdout.strip().splitlines()[-1])["secrets"]
    assert len(secrets) > 30
    home = Path(keyring_session.env["HOME"])
    files = [p for p in home.rglob("*") if p.is_file()]
    log_files = [p for p in files if p.suffix == ".log"]
    assert log_files and any(p.stat().st_size > 0 for p in log_files), "no log to check"
    assert any(p.suffix == ".conf" for p in files), "no settings file to check"
    for path in files:
        if "keyrings" in path.parts:
            continue  # gnome-keyring's own encrypted store
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"a secret was written to {path}"
