"""Helpers shared by the benchmark driver and its probes (standard library only).

Imported by path (``benchmarks/`` is put on ``sys.path`` by the scripts themselves):
the benchmarks folder is not a package.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
#: Every line a probe prints that carries a result starts with this marker.
RESULT_MARK = "BENCH-RESULT "


def median(values: Iterable[float]) -> float:
    items = list(values)
    if not items:
        raise ValueError("no measurement")
    return float(statistics.median(items))


def private_home() -> Path:
    """A throw-away HOME so settings, logs and data the app writes stay out of the user's."""
    return Path(tempfile.mkdtemp(prefix="sendclean-bench-home-"))


def probe_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a probe: Qt offscreen, a private HOME, no keyring, no token,
    bytecode caches kept under HOME."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(home)
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        env[name] = str(home / sub)
    env.pop("SENDCLEAN_TOKEN", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    # Bytecode caches in the private HOME (not the venv): the untimed first run writes
    # them, so every timed start loads compiled modules, as any start after the first.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / ".pycache")
    if extra:
        env.update(extra)
    return env


def emit_result(payload: Mapping[str, Any]) -> None:
    """Print one result line for the driver to pick up."""
    print(RESULT_MARK + json.dumps(payload), flush=True)


def read_result(stdout: str) -> dict[str, Any]:
    """The last result line a probe printed."""
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            value = json.loads(line[len(RESULT_MARK) :])
            if isinstance(value, dict):
                return value
    raise RuntimeError("the probe printed no result line")


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MiB, from /proc."""
    current = peak = 0.0
    with open("/proc/self/status", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    return current, peak


#: Size of the calibration workload (about 50-100 ms of one core of a 2020s laptop).
CALIBRATION_ITEMS = 100_000


def calibration_workload() -> str:
    """A fixed, deterministic pure-Python workload: make, sort and hash a list of
    user-name-like strings. The same work on every machine, so its time says how fast
    this machine (and this Python) runs the interpreter right now."""
    values = [(index * 2_654_435_761) % 4_294_967_291 for index in range(CALIBRATION_ITEMS)]
    words = sorted(f"smtp{value:010d}" for value in values)
    digest = hashlib.blake2b(digest_size=16)
    for word in words:
        digest.update(word.encode())
    return digest.hexdigest()


def calibration_ms(runs: int) -> float:
    """The median time of the calibration workload over ``runs`` runs, in ms."""
    times: list[float] = []
    expected = calibration_workload()  # untimed first run: allocator and caches warm
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        if calibration_workload() != expected:
            raise RuntimeError("the calibration workload is not deterministic")
        times.append((time.perf_counter() - started) * 1000)
    return median(times)
