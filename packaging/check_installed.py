"""Check an installed SendClean SMTP Manager: the release workflow runs it after installing.

    python packaging/check_installed.py APP PROBE

runs ``APP --sandbox --self-test`` (the window, one refresh against the built-in demo
server) and ``PROBE`` (``sendclean-keyring-probe``: store, read and delete a token in
the system keyring through the app's own store), prints both reports and exits 1 when
either failed. Plain Python, any OS; nothing but the standard library.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

TIMEOUT_S = 180


def _report(args: list[str], env: dict[str, str]) -> tuple[int, Any, str]:
    result = subprocess.run(
        args,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    try:
        parsed = json.loads(lines[-1]) if lines else None
    except json.JSONDecodeError:
        parsed = None
    return result.returncode, parsed, result.stdout + result.stderr


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    app, probe = (str(Path(arg)) for arg in argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = False

    code, report, output = _report([app, "--sandbox", "--self-test"], env)
    print(f"self-test: exit {code}, {report}")
    if code != 0 or not isinstance(report, dict) or report.get("ok") is not True:
        print(output)
        failed = True
    elif int(report.get("users", 0)) <= 0:
        print("self-test: no users listed")
        failed = True

    code, report, output = _report([probe], env)
    print(f"keyring probe: exit {code}, {report}")
    if code != 0 or not isinstance(report, dict) or report.get("ok") is not True:
        print(output)
        failed = True
    elif not report.get("frozen") or not report.get("round_trip"):
        print("keyring probe: not the frozen bundle, or no round trip")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
