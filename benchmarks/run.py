"""Performance benchmarks of the app against the sandbox on loopback.

    uv run python benchmarks/run.py            # every figure, Markdown table
    uv run python benchmarks/run.py --json     # one JSON object (keys: see KEYS)
    uv run python benchmarks/run.py --quick    # the same keys, fewer runs (< 2 minutes)
    uv run python benchmarks/run.py --smoke    # one run each: checks that everything runs

Each figure is the median of at least five runs (``--smoke``: one). Each budget is a
ratio or a UI-thread figure taken in the same run, never an absolute time compared
across machines. The sandboxes run in this process (loopback only); the app under test
runs in child processes (``ui_probe.py``, ``startup_probe.py``) with Qt offscreen and a
private HOME. Benchmarks are not tests: this script reports, and exits 0 whether or
not a budget holds (``--check`` makes it exit 1 when one does not).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import (
    BENCH_DIR,
    ROOT,
    cpu_model,
    median,
    private_home,
    probe_env,
    read_result,
)

from app.sandbox import Sandbox

SIZES = (1_000, 10_000, 100_000)
SORT_FILTER_SIZES = (10_000, 100_000)
EDITS = 100
PROBE_TIMEOUT_S = 600.0
STARTUP_TIMEOUT_S = 90.0


@dataclass(frozen=True)
class Budget:
    key: str
    what: str
    unit: str
    limit: float | None  # None: reported, no budget

    def holds(self, value: float) -> bool | None:
        return None if self.limit is None else value <= self.limit


KEYS: tuple[Budget, ...] = (
    Budget(
        "startup_ratio", "start → first paint with data ÷ bare QMainWindow+QTableView", "×", 1.3
    ),
    Budget("refresh_stall_ms_1k", "longest UI-thread gap during a refresh, 1k users", "ms", None),
    Budget("refresh_stall_ms_10k", "longest UI-thread gap during a refresh, 10k users", "ms", 16),
    Budget("refresh_stall_ms_100k", "longest UI-thread gap during a refresh, 100k users", "ms", 50),
    Budget("refresh_ratio_10k", "refresh → rows on screen ÷ raw POST + json.loads, 10k", "×", 1.5),
    Budget(
        "refresh_ratio_100k", "refresh → rows on screen ÷ raw POST + json.loads, 100k", "×", 1.5
    ),
    Budget("sort_ms_10k", "sort by a column (slowest column), 10k users", "ms", 16),
    Budget("sort_ms_100k", "sort by a column (slowest column), 100k users", "ms", 100),
    Budget("filter_ms_10k", "apply or clear a user-name filter (slower), 10k users", "ms", 16),
    Budget("filter_ms_100k", "apply or clear a user-name filter (slower), 100k users", "ms", 100),
    Budget("rss_mb_100k", "resident memory with 100k users loaded (MiB)", "MiB", 150),
    Budget("connections_per_100_edits", "TCP connections the sandbox sees for 100 edits", "", 1),
)


def size_label(size: int) -> str:
    return f"{size // 1000}k"


def log(text: str, quiet: bool) -> None:
    if not quiet:
        print(text, file=sys.stderr, flush=True)


#: Prototype copies of app modules the probes load instead (``--override``).
OVERRIDES: dict[str, str] = {}


def env_for(home: Path, **extra: str) -> dict[str, str]:
    if OVERRIDES:
        extra["BENCH_OVERRIDES"] = json.dumps(OVERRIDES)
    return probe_env(home, extra)


def run_probe(script: str, args: list[str], home: Path, stdin: str = "") -> dict[str, Any]:
    env = env_for(home)
    completed = subprocess.run(
        [sys.executable, str(BENCH_DIR / script), *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_S,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"{script} {' '.join(args)} exited {completed.returncode}:\n{completed.stderr[-4000:]}"
        )
    return read_result(completed.stdout)


def startup_probe(mode: str, home: Path) -> float:
    launched = time.time()
    completed = subprocess.run(
        [sys.executable, str(BENCH_DIR / "startup_probe.py"), mode],
        cwd=ROOT,
        env=env_for(home, BENCH_LAUNCH_TIME=repr(launched)),
        capture_output=True,
        text=True,
        timeout=STARTUP_TIMEOUT_S,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"startup probe {mode} failed:\n{completed.stderr[-4000:]}")
    return float(read_result(completed.stdout)["elapsed_ms"])


def measure_startup(runs: int, home: Path, quiet: bool) -> dict[str, Any]:
    # One untimed run of each first: the disk cache, the bytecode caches and the app's
    # settings file then exist, as on any start after the first.
    startup_probe("bare", home)
    startup_probe("app", home)
    app_ms: list[float] = []
    bare_ms: list[float] = []
    for run in range(runs):
        bare_ms.append(startup_probe("bare", home))
        app_ms.append(startup_probe("app", home))
        log(f"  startup run {run + 1}: app {app_ms[-1]:.0f} ms, bare {bare_ms[-1]:.0f} ms", quiet)
    return {
        "startup_ratio": median(app_ms) / median(bare_ms),
        "app_ms": median(app_ms),
        "bare_ms": median(bare_ms),
    }


def server_spec(sandbox: Sandbox) -> dict[str, str]:
    return {"url": sandbox.base_url, "owner_id": sandbox.owner_id, "token": sandbox.token}


def measure_ui(runs: int, home: Path, quiet: bool) -> dict[str, Any]:
    sandboxes = {size: Sandbox(users=size).start() for size in SIZES}
    edits_sandbox = Sandbox(users=10).start()
    try:
        spec = {
            "mode": "ui",
            "runs": runs,
            "servers": {str(size): server_spec(box) for size, box in sandboxes.items()},
            "sort_filter_sizes": [str(size) for size in SORT_FILTER_SIZES],
            "edits": {**server_spec(edits_sandbox), "count": EDITS},
        }
        log("  UI probe: refresh, sort, filter, edits", quiet)
        ui = run_probe("ui_probe.py", [], home, stdin=json.dumps(spec))
        if ui.get("edits_done") != EDITS:
            raise RuntimeError("the edits did not all run")
        ui["connections"] = edits_sandbox.connection_count
        rss: list[float] = []
        peaks: list[float] = []
        largest = str(max(SIZES))
        for run in range(runs):
            spec_rss = {**spec, "mode": "rss", "rss_size": largest, "edits": None}
            measured = run_probe("ui_probe.py", [], home, stdin=json.dumps(spec_rss))
            rss.append(float(measured["rss_mib"]))
            peaks.append(float(measured["peak_rss_mib"]))
            log(f"  memory run {run + 1}: {rss[-1]:.0f} MiB (peak {peaks[-1]:.0f})", quiet)
        ui["rss_mib"] = median(rss)
        ui["peak_rss_mib"] = median(peaks)
        return ui
    finally:
        for box in (*sandboxes.values(), edits_sandbox):
            box.stop()


def machine(ui: dict[str, Any]) -> dict[str, Any]:
    try:
        import msgspec

        msgspec_version: str | None = msgspec.__version__
    except ImportError:
        msgspec_version = None
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": ui.get("qt"),
        "pyside6": ui.get("pyside6"),
        "httpx": ui.get("httpx"),
        "msgspec": msgspec_version,
        "qt_platform": "offscreen",
    }


def collect(runs: int, quiet: bool) -> dict[str, Any]:
    home = private_home()
    try:
        started = time.perf_counter()
        log(f"startup ({runs} interleaved runs of each)", quiet)
        startup = measure_startup(runs, home, quiet)
        log("window against sandboxes of " + ", ".join(map(size_label, SIZES)), quiet)
        ui = measure_ui(runs, home, quiet)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    sizes = ui["sizes"]
    figures: dict[str, float] = {"startup_ratio": startup["startup_ratio"]}
    for size in SIZES:
        figures[f"refresh_stall_ms_{size_label(size)}"] = sizes[str(size)]["stall_ms"]
    for size in SORT_FILTER_SIZES:
        figures[f"refresh_ratio_{size_label(size)}"] = sizes[str(size)]["ratio"]
    for size in SORT_FILTER_SIZES:
        figures[f"sort_ms_{size_label(size)}"] = sizes[str(size)]["sort_ms"]
    for size in SORT_FILTER_SIZES:
        figures[f"filter_ms_{size_label(size)}"] = sizes[str(size)]["filter_ms"]
    figures["rss_mb_100k"] = ui["rss_mib"]
    figures["connections_per_100_edits"] = float(ui["connections"])
    ordered = {budget.key: round(figures[budget.key], 2) for budget in KEYS}
    return {
        **ordered,
        "budgets": {
            budget.key: {"limit": budget.limit, "holds": budget.holds(figures[budget.key])}
            for budget in KEYS
        },
        "details": {
            "runs": runs,
            "startup_app_ms": round(startup["app_ms"], 1),
            "startup_bare_ms": round(startup["bare_ms"], 1),
            "peak_rss_mib_100k": round(ui["peak_rss_mib"], 1),
            "sizes": {
                size: {
                    name: (
                        round(value, 2)
                        if isinstance(value, float)
                        else {k: round(v, 2) for k, v in value.items()}
                    )
                    for name, value in entry.items()
                }
                for size, entry in sizes.items()
            },
            "seconds": round(time.perf_counter() - started, 1),
            "overrides": {
                module: str(Path(file).relative_to(ROOT))
                if Path(file).is_relative_to(ROOT)
                else file
                for module, file in OVERRIDES.items()
            },
        },
        "machine": machine(ui),
    }


def markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    d = result["details"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['os']}; Python {m['python']}, "
        f"Qt {m['qt']} (PySide6 {m['pyside6']}, {m['qt_platform']}), httpx {m['httpx']}, "
        f"msgspec {m['msgspec'] or 'not installed'}. Median of {d['runs']} runs each.",
        "",
        "| key | what | figure | budget | holds |",
        "|---|---|---|---|---|",
    ]
    for budget in KEYS:
        value = result[budget.key]
        holds = result["budgets"][budget.key]["holds"]
        shown = f"{value:g} {budget.unit}".strip()
        limit = "—" if budget.limit is None else f"≤ {budget.limit:g}"
        verdict = "—" if holds is None else ("yes" if holds else "**no**")
        lines.append(f"| `{budget.key}` | {budget.what} | {shown} | {limit} | {verdict} |")
    lines += [
        "",
        f"Startup: app {d['startup_app_ms']:.0f} ms, bare {d['startup_bare_ms']:.0f} ms. "
        f"Peak RSS with 100k users: {d['peak_rss_mib_100k']:.0f} MiB.",
    ]
    for size, entry in d["sizes"].items():
        lines.append(
            f"{int(size):,} users: refresh {entry['refresh_ms']:.1f} ms vs raw POST + json.loads "
            f"{entry['baseline_ms']:.1f} ms; stall median {entry['stall_ms']:.1f} ms, "
            f"max {entry['stall_max_ms']:.1f} ms"
        )
    if d["overrides"]:
        lines.append(
            "Prototypes loaded instead of the app's modules: "
            + ", ".join(f"{module} ← {file}" for module, file in d["overrides"].items())
        )
    lines.append(f"Took {d['seconds']:.0f} s.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="fewer runs (under two minutes)")
    parser.add_argument("--smoke", action="store_true", help="one run of each (checks only)")
    parser.add_argument(
        "--runs", type=int, default=None, help="runs per figure (default 11; --quick 5)"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget does not hold")
    parser.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="MODULE=FILE",
        help="load FILE as MODULE in the app under test (measure a change before making it)",
    )
    options = parser.parse_args(argv)
    for item in options.override:
        module, _, file = item.partition("=")
        if not module or not Path(file).is_file():
            parser.error(f"--override wants MODULE=FILE with an existing file, not {item!r}")
        OVERRIDES[module] = str(Path(file).resolve())
    runs = options.runs or (1 if options.smoke else 5 if options.quick else 11)
    if runs < 1:
        parser.error("--runs must be at least 1")
    result = collect(runs, quiet=options.json)
    print(json.dumps(result, indent=2) if options.json else markdown(result))
    failed = [key for key, entry in result["budgets"].items() if entry["holds"] is False]
    return 1 if options.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
