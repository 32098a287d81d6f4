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
    "connections_per_100_edits",
)


@pytest.mark.slow
def test_quick_json_run_prints_every_figure() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    figures = json.loads(result.stdout)
    for key in KEYS:
        value = figures[key]
        assert isinstance(value, int | float) and math.isfinite(value) and value >= 0, key
        assert key in figures["budgets"]
    assert figures["connections_per_100_edits"] >= 1
    assert figures["machine"]["cpu"] and figures["machine"]["qt"]
    assert figures["details"]["runs"] >= 5
