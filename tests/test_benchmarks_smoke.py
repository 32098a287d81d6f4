"""The benchmarks run: ``benchmarks/run.py --quick --json`` prints every figure.

A smoke test only: benchmarks are not tests, so no budget is asserted here (the figures
depend on the machine and on what else it runs).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = (
    "startup_ratio",
    "startup_window_ratio",
    "startup_floor_ratio",
    "refresh_stall_ms_1k",
    "refresh_stall_ms_10k",
    "refresh_stall_ms_100k",
    "refresh_ratio_10k",
    "refresh_ratio_100k",
    "sort_ms_10k",
    "sort_ms_100k",
    "filter_ms_10k",
    "filter_ms_100k",
    "rss_mb_100k",
    "bytes_per_user",
    "connections_per_100_edits",
    "bulk_100_ratio",
    "official_list_ratio_100k",
    "official_edits_ratio_100",
    "calibration_ms",
    "version_ms",
    "help_ms",
    "frozen_selftest_ratio",
)
#: Null only when skipped, with the reason (no official client or uv; no --frozen).
NULLABLE = ("official_list_ratio_100k", "official_edits_ratio_100", "frozen_selftest_ratio")


@pytest.mark.slow
def test_quick_json_run_prints_every_figure() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    figures = json.loads(result.stdout)
    for key in KEYS:
        value = figures[key]
        assert key in figures["budgets"], key
        if value is None:
            assert key in NULLABLE, key
            reason = figures["budgets"][key].get("skipped")
            assert isinstance(reason, str) and reason, key
            assert figures["skipped"][key] == reason, key
            assert figures["budgets"][key]["holds"] is None, key
            continue
        assert isinstance(value, int | float) and math.isfinite(value) and value >= 0, key
    assert figures["connections_per_100_edits"] >= 1
    assert figures["machine"]["cpu"] and figures["machine"]["qt"]
    assert figures["details"]["runs"] >= 5
