"""A private D-Bus session bus with its own gnome-keyring-daemon, for tests.

Not a conftest: tests import it explicitly. Everything it starts lives under a
temporary directory (HOME, XDG_* dirs) and is stopped by :meth:`KeyringSession.close`.

The environment it builds has no DISPLAY / WAYLAND_DISPLAY: with a display, an
unlock request for a locked collection opens a prompt window and the call hangs.
The bus is configured without any D-Bus service directory, so nothing is
auto-activated on it (no stray gnome-keyring or gcr-prompter processes).
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REQUIRED_TOOLS = ("dbus-daemon", "gnome-keyring-daemon")
SECRETS_NAME = "org.freedesktop.secrets"

# Variables that would point a child at the developer's real session.
_DROPPED_ENV = (
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "DBUS_SESSION_BUS_ADDRESS",
    "DBUS_SESSION_BUS_PID",
    "DBUS_STARTER_ADDRESS",
    "DBUS_STARTER_BUS_TYPE",
    "GNOME_KEYRING_CONTROL",
    "GNOME_KEYRING_PID",
    "SSH_AUTH_SOCK",
    "PYTHON_KEYRING_BACKEND",
    "KEYRING_PROPERTY_KEYRING_NAME",
)

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def missing_tools() -> list[str]:
    return [tool for tool in REQUIRED_TOOLS if shutil.which(tool) is None]


def isolated_env(root: Path, runtime_dir: Path) -> dict[str, str]:
    """A copy of os.environ whose HOME and XDG dirs are under ``root``, with no bus."""
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV}
    dirs = {
        "HOME": root / "home",
        "XDG_DATA_HOME": root / "home" / ".local" / "share",
        "XDG_CONFIG_HOME": root / "home" / ".config",
        "XDG_CACHE_HOME": root / "home" / ".cache",
        "XDG_STATE_HOME": root / "home" / ".local" / "state",
    }
    for name, path in dirs.items():
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env["XDG_RUNTIME_DIR"] = str(runtime_dir)
    return env


def short_runtime_dir() -> Path:
    # Unix socket paths are limited to ~107 bytes; pytest's tmp_path can be longer.
    path = Path(tempfile.mkdtemp(prefix="kr-"))
    path.chmod(0o700)
    return path


def run_python(
    code: str, env: dict[str, str], *, timeout: float = 60.0
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (the project's venv) with ``env``."""
    cwd = Path(__file__).resolve().parent.parent
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "PYTHONPATH": str(cwd)},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop ``proc`` and its process group (it was started with start_new_session)."""
    if proc.returncode is None:
        # Not reaped yet, so its pid (= process group id) is still ours to signal.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def _spawn(
    args: list[str], env: dict[str, str], log: Path, **kwargs: Any
) -> subprocess.Popen[bytes]:
    """Start ``args`` in a new session (own process group), stderr into ``log``."""
    with log.open("wb") as stderr:
        return subprocess.Popen(args, env=env, stderr=stderr, start_new_session=True, **kwargs)


def _name_has_owner(address: str, name: str) -> bool:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
    with open_dbus_connection(address) as conn:
        reply = conn.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", (name,)), timeout=5
        )
    return bool(reply.body[0])


@dataclass
class KeyringSession:
    root: Path
    runtime_dir: Path
    address: str
    env: dict[str, str]
    password: str
    _procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run_python(self, code: str, *, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        return run_python(code, self.env, timeout=timeout)

    def close(self) -> None:
        for proc in reversed(self._procs):
            _stop(proc)
        self._procs.clear()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)


def start_keyring_session(
    root: Path, *, password: str = "test-login-pw", timeout: float = 20.0
) -> KeyringSession:
    """Start dbus-daemon + an unlocked gnome-keyring-daemon (secrets component only).

    Raises RuntimeError (after stopping what it started) when either does not come up
    within ``timeout`` seconds.
    """
    runtime_dir = short_runtime_dir()
    env = isolated_env(root, runtime_dir)
    socket_path = runtime_dir / "bus"
    config = root / "session-bus.conf"
    config.write_text(_BUS_CONFIG.format(socket=socket_path))
    address = f"unix:path={socket_path}"
    session = KeyringSession(root, runtime_dir, address, env, password)
    deadline = time.monotonic() + timeout
    try:
        bus = _spawn(
            [
                shutil.which("dbus-daemon") or "dbus-daemon",
                f"--config-file={config}",
                "--nofork",
                "--nopidfile",
                "--nosyslog",
                "--print-address=1",
            ],
            env,
            root / "dbus-daemon.log",
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
        )
        session._procs.append(bus)
        assert bus.stdout is not None
        ready, _, _ = select.select([bus.stdout], [], [], timeout)
        printed = bus.stdout.readline().decode().strip() if ready else ""
        if not printed:
            raise RuntimeError(f"dbus-daemon printed no address within {timeout}s")
        session.address = env["DBUS_SESSION_BUS_ADDRESS"] = printed

        keyring_daemon = _spawn(
            [
                shutil.which("gnome-keyring-daemon") or "gnome-keyring-daemon",
                "--foreground",
                "--unlock",
                "--components=secrets",
            ],
            env,
            root / "gnome-keyring.log",
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
        )
        session._procs.append(keyring_daemon)
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(password.encode())
        keyring_daemon.stdin.close()

        while not _name_has_owner(session.address, SECRETS_NAME):
            if keyring_daemon.poll() is not None:
                log = (root / "gnome-keyring.log").read_text(errors="replace")
                raise RuntimeError(f"gnome-keyring-daemon exited early: {log}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{SECRETS_NAME} did not appear within {timeout}s")
            time.sleep(0.05)
    except BaseException:
        session.close()
        raise
    return session
