"""Performance benchmarks of the app against the sandbox on loopback.

    uv run python benchmarks/run.py            # every figure, Markdown table
    uv run python benchmarks/run.py --json     # one JSON object (keys: see KEYS)
    uv run python benchmarks/run.py --quick    # the same keys, fewer runs (< 2 minutes)
    uv run python benchmarks/run.py --smoke    # one run each: checks that everything runs
    uv run python benchmarks/run.py --frozen dist/sendclean-smtp/sendclean-smtp  # + bundle
    uv run python benchmarks/run.py --no-official  # without the official-client rows

Each figure is the median of 11 runs (``--quick``: 5, ``--smoke``: one). Each budget is a
ratio or a UI-thread figure taken in the same run, never an absolute time compared
across machines. The sandboxes run in this process (loopback only); the app under test
runs in child processes (``ui_probe.py``, ``startup_probe.py``) with Qt offscreen and a
private HOME; the provider's official client runs in ``official_probe.py``, started with
``uv run --with requests`` so that ``requests`` is installed for that run only.
Benchmarks are not tests: this script reports, and exits 0 whether or not a budget
holds (``--check`` makes it exit 1 when one does not).
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
    calibration_ms,
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
#: The bulk change: this many users of a sandbox of BULK_SANDBOX_USERS.
BULK_USERS = 100
BULK_SANDBOX_USERS = 1_000
OFFICIAL_LIST_USERS = 100_000
PROBE_TIMEOUT_S = 600.0
STARTUP_TIMEOUT_S = 90.0
CLI_TIMEOUT_S = 60.0
#: The first ``uv run --with requests`` may download requests (then it is cached).
OFFICIAL_TIMEOUT_S = 600.0
DEFAULT_OFFICIAL_CLIENT = (
    ROOT.parent / "shared" / "third-party" / "sendclean-official-python" / "SendClean.py"
)
STARTUP_MODES = ("bare", "window", "app", "floor")


@dataclass(frozen=True)
class Budget:
    key: str
    what: str
    unit: str
    limit: float | None  # None: reported, no budget
    #: True: the figure must be at least ``limit`` (a speed-up); False: at most.
    at_least: bool = False

    def holds(self, value: float | None) -> bool | None:
        if self.limit is None or value is None:
            return None
        return value >= self.limit if self.at_least else value <= self.limit

    @property
    def shown_limit(self) -> str:
        if self.limit is None:
            return "—"
        return f"{'≥' if self.at_least else '≤'} {self.limit:g}"


KEYS: tuple[Budget, ...] = (
    Budget(
        "startup_ratio", "start → first paint with data ÷ bare QMainWindow+QTableView", "×", 1.3
    ),
    Budget(
        "startup_window_ratio",
        "start → first paint of the complete window (before data) ÷ the same bare window",
        "×",
        1.1,
    ),
    Budget(
        "startup_floor_ratio",
        "the bare window with the smallest Python table model instead ÷ the bare window",
        "×",
        None,
    ),
    Budget("refresh_stall_ms_1k", "longest UI-thread gap during a refresh, 1k users", "ms", None),
    Budget("refresh_stall_ms_10k", "longest UI-thread gap during a refresh, 10k users", "ms", 16),
    Budget("refresh_stall_ms_100k", "longest UI-thread gap during a refresh, 100k users", "ms", 33),
    Budget("refresh_ratio_10k", "refresh → rows on screen ÷ raw POST + json.loads, 10k", "×", 1.5),
    Budget(
        "refresh_ratio_100k", "refresh → rows on screen ÷ raw POST + json.loads, 100k", "×", 1.3
    ),
    Budget("sort_ms_10k", "sort by a column (slowest column), 10k users", "ms", 16),
    Budget("sort_ms_100k", "sort by a column (slowest column), 100k users", "ms", 100),
    Budget("filter_ms_10k", "apply or clear a name, label or note filter (slowest), 10k", "ms", 16),
    Budget(
        "filter_ms_100k", "apply or clear a name, label or note filter (slowest), 100k", "ms", 100
    ),
    Budget("rss_mb_100k", "resident memory with 100k users loaded (MiB)", "MiB", 130),
    Budget("bytes_per_user", "(RSS with 100k users − RSS with 0 users) ÷ 100,000", "bytes", 350),
    Budget("connections_per_100_edits", "TCP connections the sandbox sees for 100 edits", "", 1),
    Budget(
        "bulk_100_ratio",
        "100-user bulk change through the window ÷ 100 raw client edits",
        "×",
        1.2,
    ),
    Budget(
        "official_list_ratio_100k",
        "official Python client listing 100k users ÷ ours (into SmtpUser)",
        "×",
        1.5,
        at_least=True,
    ),
    Budget(
        "official_edits_ratio_100",
        "official Python client, 100 sequential edits ÷ ours",
        "×",
        1.0,
        at_least=True,
    ),
    Budget("calibration_ms", "fixed pure-Python workload (compare machines)", "ms", None),
    Budget("version_ms", "`python -m app --version`, wall time", "ms", None),
    Budget("help_ms", "`python -m app --help`, wall time", "ms", None),
    Budget(
        "frozen_selftest_ratio",
        "frozen bundle `--sandbox --self-test` ÷ the checkout's",
        "×",
        None,
    ),
)
#: The keys that may be null, each with the reason in ``skipped``.
NULLABLE = ("official_list_ratio_100k", "official_edits_ratio_100", "frozen_selftest_ratio")


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
    for mode in STARTUP_MODES:
        startup_probe(mode, home)
    times: dict[str, list[float]] = {mode: [] for mode in STARTUP_MODES}
    for run in range(runs):
        # Interleaved, the order turning from run to run: none of the three is always
        # the one that follows another kind.
        shift = run % len(STARTUP_MODES)
        for mode in STARTUP_MODES[shift:] + STARTUP_MODES[:shift]:
            times[mode].append(startup_probe(mode, home))
        log(
            f"  startup run {run + 1}: app {times['app'][-1]:.0f} ms, window "
            f"{times['window'][-1]:.0f} ms, bare {times['bare'][-1]:.0f} ms, floor "
            f"{times['floor'][-1]:.0f} ms",
            quiet,
        )
    bare = median(times["bare"])
    return {
        "startup_ratio": median(times["app"]) / bare,
        "startup_window_ratio": median(times["window"]) / bare,
        "startup_floor_ratio": median(times["floor"]) / bare,
        "app_ms": median(times["app"]),
        "window_ms": median(times["window"]),
        "bare_ms": bare,
        "floor_ms": median(times["floor"]),
    }


def server_spec(sandbox: Sandbox) -> dict[str, str]:
    return {"url": sandbox.base_url, "owner_id": sandbox.owner_id, "token": sandbox.token}


def measure_ui(runs: int, home: Path, quiet: bool) -> dict[str, Any]:
    sandboxes = {size: Sandbox(users=size).start() for size in SIZES}
    edits_sandbox = Sandbox(users=10).start()
    bulk_sandbox = Sandbox(users=BULK_SANDBOX_USERS).start()
    empty_sandbox = Sandbox(users=0).start()
    try:
        spec = {
            "mode": "ui",
            "runs": runs,
            "servers": {str(size): server_spec(box) for size, box in sandboxes.items()},
            "sort_filter_sizes": [str(size) for size in SORT_FILTER_SIZES],
            "edits": {**server_spec(edits_sandbox), "count": EDITS},
            "bulk": {**server_spec(bulk_sandbox), "count": BULK_USERS},
        }
        log("  UI probe: refresh, sort, filter, edits, bulk change", quiet)
        ui = run_probe("ui_probe.py", [], home, stdin=json.dumps(spec))
        if ui.get("edits_done") != EDITS:
            raise RuntimeError("the edits did not all run")
        ui["connections"] = edits_sandbox.connection_count
        # The same window in the same kind of process, with 100k users and with none,
        # interleaved (the order turning from run to run).
        largest = max(SIZES)
        servers = {largest: sandboxes[largest], 0: empty_sandbox}
        rss: dict[int, list[float]] = {largest: [], 0: []}
        peaks: list[float] = []
        for run in range(runs):
            order = (largest, 0) if run % 2 == 0 else (0, largest)
            for size in order:
                spec_rss = {"mode": "rss", "runs": 1, "server": server_spec(servers[size])}
                measured = run_probe("ui_probe.py", [], home, stdin=json.dumps(spec_rss))
                if measured.get("rows") != size:
                    raise RuntimeError(f"the memory probe saw {measured.get('rows')} users")
                rss[size].append(float(measured["rss_mib"]))
                if size == largest:
                    peaks.append(float(measured["peak_rss_mib"]))
            log(
                f"  memory run {run + 1}: {rss[largest][-1]:.0f} MiB with {largest:,} users "
                f"(peak {peaks[-1]:.0f}), {rss[0][-1]:.0f} MiB with none",
                quiet,
            )
        ui["rss_mib"] = median(rss[largest])
        ui["rss_empty_mib"] = median(rss[0])
        ui["bytes_per_user"] = (ui["rss_mib"] - ui["rss_empty_mib"]) * 1024 * 1024 / largest
        ui["peak_rss_mib"] = median(peaks)
        return ui
    finally:
        for box in (*sandboxes.values(), edits_sandbox, bulk_sandbox, empty_sandbox):
            box.stop()


def measure_official(
    runs: int, client: Path | None, skip_reason: str | None, quiet: bool
) -> dict[str, Any]:
    """The official client's figures, or ``{"skipped": why}``."""
    if skip_reason is None and (client is None or not client.is_file()):
        skip_reason = f"the official client is not at {client} (--official-client PATH)"
    uv = shutil.which("uv")
    if skip_reason is None and uv is None:
        skip_reason = "uv is not on PATH (needed for `uv run --with requests`)"
    if skip_reason is not None:
        log(f"official client: skipped: {skip_reason}", quiet)
        return {"skipped": skip_reason}
    assert uv is not None and client is not None
    listing = Sandbox(users=OFFICIAL_LIST_USERS, smtp=False).start()
    edits = Sandbox(users=10, smtp=False).start()
    try:
        spec = {
            "client": str(client),
            "runs": runs,
            "count": EDITS,
            "list": server_spec(listing),
            "edits": server_spec(edits),
        }
        log(f"official client ({runs} interleaved runs): list 100k, {EDITS} edits", quiet)
        env = dict(os.environ)
        env.pop("SENDCLEAN_TOKEN", None)
        try:
            completed = subprocess.run(
                [uv, "run", "--with", "requests", "python", str(BENCH_DIR / "official_probe.py")],
                cwd=ROOT,
                env=env,
                input=json.dumps(spec),
                capture_output=True,
                text=True,
                timeout=OFFICIAL_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            return {"skipped": f"the official probe took over {OFFICIAL_TIMEOUT_S:.0f} s"}
        if completed.returncode != 0:
            last = (completed.stderr.strip().splitlines() or ["no output"])[-1]
            reason = f"`uv run --with requests` exited {completed.returncode}: {last[:300]}"
            log(f"official client: skipped: {reason}\n{completed.stderr[-4000:]}", quiet)
            return {"skipped": reason}
        result = read_result(completed.stdout)
        if "skipped" not in result and "first_list" in result:
            log(
                f"  first list of a new client: official "
                f"{result['first_list']['official_ms']:.0f} ms, ours "
                f"{result['first_list']['ours_ms']:.0f} ms",
                quiet,
            )
        if "skipped" not in result:
            log(
                f"  list: official {result['list']['official_ms']:.0f} ms, ours "
                f"{result['list']['ours_ms']:.0f} ms; edits: official "
                f"{result['edits']['official_ms']:.0f} ms, "
                f"ours {result['edits']['ours_ms']:.0f} ms",
                quiet,
            )
        return result
    finally:
        listing.stop()
        edits.stop()


def timed_command(command: list[str], env: dict[str, str], timeout: float) -> tuple[float, str]:
    """Wall time (ms) of a command, and its output; raises when it fails."""
    started = time.perf_counter()
    completed = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    elapsed = (time.perf_counter() - started) * 1000
    if completed.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited {completed.returncode}:\n{completed.stderr[-4000:]}"
        )
    return elapsed, completed.stdout


def measure_cli(runs: int, home: Path, quiet: bool) -> dict[str, float]:
    """``python -m app --version`` and ``--help`` from the checkout, interleaved."""
    env = env_for(home)
    commands = {
        "version_ms": [sys.executable, "-m", "app", "--version"],
        "help_ms": [sys.executable, "-m", "app", "--help"],
    }
    times: dict[str, list[float]] = {key: [] for key in commands}
    for command in commands.values():  # untimed: bytecode caches written
        timed_command(command, env, CLI_TIMEOUT_S)
    for _ in range(runs):
        for key, command in commands.items():
            times[key].append(timed_command(command, env, CLI_TIMEOUT_S)[0])
    result = {key: median(values) for key, values in times.items()}
    log(f"  --version {result['version_ms']:.0f} ms, --help {result['help_ms']:.0f} ms", quiet)
    return result


def measure_frozen(runs: int, frozen: Path, quiet: bool) -> dict[str, float]:
    """The bundle's ``--sandbox --self-test`` ÷ the checkout's, interleaved, each with
    Qt offscreen and a private HOME of its own."""
    commands = {
        "frozen": [str(frozen), "--sandbox", "--self-test"],
        "checkout": [sys.executable, "-m", "app", "--sandbox", "--self-test"],
    }
    homes = {key: private_home() for key in commands}
    try:
        times: dict[str, list[float]] = {key: [] for key in commands}

        def once(key: str) -> float:
            elapsed, output = timed_command(commands[key], env_for(homes[key]), STARTUP_TIMEOUT_S)
            if '"ok": true' not in output:
                raise RuntimeError(f"{key} self-test printed {output[-400:]!r}")
            return elapsed

        for key in commands:  # untimed: caches and settings written
            once(key)
        for run in range(runs):
            order = list(commands) if run % 2 == 0 else list(reversed(commands))
            for key in order:
                times[key].append(once(key))
        frozen_ms, checkout_ms = median(times["frozen"]), median(times["checkout"])
        log(f"  self-test: frozen {frozen_ms:.0f} ms, checkout {checkout_ms:.0f} ms", quiet)
        return {
            "frozen_selftest_ratio": frozen_ms / checkout_ms,
            "frozen_ms": frozen_ms,
            "checkout_ms": checkout_ms,
        }
    finally:
        for home in homes.values():
            shutil.rmtree(home, ignore_errors=True)


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


@dataclass(frozen=True)
class Options:
    runs: int
    quiet: bool
    official_client: Path | None
    official_skip: str | None  # why the official rows are not measured (a flag)
    frozen: Path | None


def collect(options: Options) -> dict[str, Any]:
    runs, quiet = options.runs, options.quiet
    home = private_home()
    started = time.perf_counter()
    try:
        log(f"calibration ({runs} runs)", quiet)
        calibration_before = calibration_ms(runs)
        log(f"startup ({runs} interleaved runs of each of {', '.join(STARTUP_MODES)})", quiet)
        startup = measure_startup(runs, home, quiet)
        log("command line (--version, --help)", quiet)
        cli = measure_cli(runs, home, quiet)
        log("window against sandboxes of " + ", ".join(map(size_label, SIZES)), quiet)
        ui = measure_ui(runs, home, quiet)
        official = measure_official(runs, options.official_client, options.official_skip, quiet)
        frozen: dict[str, float] | None = None
        if options.frozen is not None:
            log(f"frozen bundle {options.frozen} ({runs} interleaved runs)", quiet)
            frozen = measure_frozen(runs, options.frozen, quiet)
        calibration_after = calibration_ms(runs)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    sizes = ui["sizes"]
    skipped: dict[str, str] = {}
    figures: dict[str, float | None] = {
        "startup_ratio": startup["startup_ratio"],
        "startup_window_ratio": startup["startup_window_ratio"],
        "startup_floor_ratio": startup["startup_floor_ratio"],
    }
    for size in SIZES:
        figures[f"refresh_stall_ms_{size_label(size)}"] = sizes[str(size)]["stall_ms"]
    for size in SORT_FILTER_SIZES:
        figures[f"refresh_ratio_{size_label(size)}"] = sizes[str(size)]["ratio"]
    for size in SORT_FILTER_SIZES:
        figures[f"sort_ms_{size_label(size)}"] = sizes[str(size)]["sort_ms"]
    for size in SORT_FILTER_SIZES:
        figures[f"filter_ms_{size_label(size)}"] = sizes[str(size)]["filter_ms"]
    figures["rss_mb_100k"] = ui["rss_mib"]
    figures["bytes_per_user"] = ui["bytes_per_user"]
    figures["connections_per_100_edits"] = float(ui["connections"])
    figures["bulk_100_ratio"] = ui["bulk"]["ratio"]
    if "skipped" in official:
        figures["official_list_ratio_100k"] = figures["official_edits_ratio_100"] = None
        skipped["official_list_ratio_100k"] = skipped["official_edits_ratio_100"] = official[
            "skipped"
        ]
    else:
        figures["official_list_ratio_100k"] = official["list"]["ratio"]
        figures["official_edits_ratio_100"] = official["edits"]["ratio"]
    # The calibration is taken before and after the rest: the median of both series.
    figures["calibration_ms"] = median([calibration_before, calibration_after])
    figures["version_ms"] = cli["version_ms"]
    figures["help_ms"] = cli["help_ms"]
    if frozen is None:
        figures["frozen_selftest_ratio"] = None
        skipped["frozen_selftest_ratio"] = "no --frozen PATH given"
    else:
        figures["frozen_selftest_ratio"] = frozen["frozen_selftest_ratio"]

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 2)

    ordered = {budget.key: rounded(figures[budget.key]) for budget in KEYS}
    budgets: dict[str, dict[str, Any]] = {}
    for budget in KEYS:
        entry: dict[str, Any] = {
            "limit": budget.limit,
            "direction": ">=" if budget.at_least else "<=",
            "holds": budget.holds(figures[budget.key]),
        }
        if budget.key in skipped:
            entry["skipped"] = skipped[budget.key]
        budgets[budget.key] = entry
    return {
        **ordered,
        "budgets": budgets,
        "skipped": skipped,
        "details": {
            "runs": runs,
            "startup_app_ms": round(startup["app_ms"], 1),
            "startup_window_ms": round(startup["window_ms"], 1),
            "startup_bare_ms": round(startup["bare_ms"], 1),
            "startup_floor_ms": round(startup["floor_ms"], 1),
            "peak_rss_mib_100k": round(ui["peak_rss_mib"], 1),
            "rss_mib_0": round(ui["rss_empty_mib"], 1),
            "calibration_ms_before": round(calibration_before, 1),
            "calibration_ms_after": round(calibration_after, 1),
            "bulk": {k: round(v, 2) for k, v in ui["bulk"].items()},
            "official": (
                {"skipped": official["skipped"]}
                if "skipped" in official
                else {
                    "requests": official.get("requests"),
                    "client": str(options.official_client),
                    "list": {k: round(v, 2) for k, v in official["list"].items()},
                    "first_list": {
                        k: round(v, 2) for k, v in official.get("first_list", {}).items()
                    },
                    "edits": {k: round(v, 2) for k, v in official["edits"].items()},
                }
            ),
            "frozen": (
                None
                if frozen is None
                else {
                    "path": str(options.frozen),
                    **{k: round(v, 2) for k, v in frozen.items()},
                }
            ),
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
        if value is None:
            shown = f"skipped: {result['skipped'].get(budget.key, 'not measured')}"
        else:
            shown = f"{value:g} {budget.unit}".strip()
        verdict = "—" if holds is None else ("yes" if holds else "**no**")
        lines.append(
            f"| `{budget.key}` | {budget.what} | {shown} | {budget.shown_limit} | {verdict} |"
        )
    bulk = d["bulk"]
    lines += [
        "",
        f"Calibration (fixed pure-Python workload): {result['calibration_ms']:.0f} ms "
        f"(before the run {d['calibration_ms_before']:.0f} ms, after "
        f"{d['calibration_ms_after']:.0f} ms): compare it across machines before the figures.",
        "",
        f"Startup: app {d['startup_app_ms']:.0f} ms, window {d['startup_window_ms']:.0f} ms, "
        f"bare {d['startup_bare_ms']:.0f} ms, floor {d['startup_floor_ms']:.0f} ms. "
        f"RSS with 100k users "
        f"{result['rss_mb_100k']:.0f} MiB (peak {d['peak_rss_mib_100k']:.0f}), with none "
        f"{d['rss_mib_0']:.0f} MiB.",
        f"Bulk change of {bulk['users']:.0f} users: {bulk['bulk_ms']:.0f} ms through the "
        f"window vs {bulk['raw_ms']:.0f} ms of raw client edits.",
    ]
    official = d["official"]
    if "skipped" in official:
        lines.append(f"Official client: skipped: {official['skipped']}")
    else:
        lines.append(
            f"Official client (requests {official['requests']}): list of 100k "
            f"{official['list']['official_ms']:.0f} ms vs ours {official['list']['ours_ms']:.0f} "
            f"ms; {official['edits']['count']:.0f} edits {official['edits']['official_ms']:.0f} "
            f"ms vs ours {official['edits']['ours_ms']:.0f} ms."
        )
        first = official.get("first_list") or {}
        if first:
            lines.append(
                f"First list of a new client (ours decodes an answer it has not seen): "
                f"official {first['official_ms']:.0f} ms vs ours {first['ours_ms']:.0f} ms "
                f"({first['ratio']:.2f} ×)."
            )
    if d["frozen"] is not None:
        lines.append(
            f"Frozen bundle self-test {d['frozen']['frozen_ms']:.0f} ms vs checkout "
            f"{d['frozen']['checkout_ms']:.0f} ms ({d['frozen']['path']})."
        )
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
        "--official-client",
        metavar="PATH",
        type=Path,
        default=DEFAULT_OFFICIAL_CLIENT,
        help="the provider's official SendClean.py (default: ../shared/third-party/"
        "sendclean-official-python/SendClean.py from the repository root)",
    )
    parser.add_argument("--no-official", action="store_true", help="skip the official-client rows")
    parser.add_argument(
        "--frozen",
        metavar="PATH",
        type=Path,
        default=None,
        help="a PyInstaller bundle's executable: also measure frozen_selftest_ratio",
    )
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
    if options.frozen is not None and not options.frozen.is_file():
        parser.error(f"--frozen wants the bundle's executable, not {options.frozen}")
    result = collect(
        Options(
            runs=runs,
            quiet=options.json,
            official_client=options.official_client.resolve(),
            official_skip="--no-official" if options.no_official else None,
            frozen=options.frozen.resolve() if options.frozen is not None else None,
        )
    )
    print(json.dumps(result, indent=2) if options.json else markdown(result))
    failed = [key for key, entry in result["budgets"].items() if entry["holds"] is False]
    return 1 if options.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
