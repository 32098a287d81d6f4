"""Reproducible builds: two builds of the same commit give bit-identical .deb files.

``packaging/build.py`` fixes ``PYTHONHASHSEED`` and ``SOURCE_DATE_EPOCH`` (the last
commit's time) for PyInstaller and dpkg-deb, and sets every file's time stamp to it.
The test builds bundle and package twice, in separate folders, and compares them; on a
difference it names the files whose contents differ.

A package test: it runs only with SENDCLEAN_PACKAGE_TESTS=1 (``tests/packaging_support.py``).
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from app import APP_ID

try:
    import packaging_support as ps
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests import packaging_support as ps

pytestmark = [*ps.PACKAGE_TEST_MARKS, pytest.mark.timeout(1200)]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _md5sums(deb: Path) -> dict[str, str]:
    text = ps.run(["dpkg-deb", "--info", deb, "md5sums"]).stdout
    return {path: digest for digest, path in (line.split("  ", 1) for line in text.splitlines())}


def test_two_builds_give_identical_debs(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    ps.require_tools("dpkg-deb", "dpkg-shlibdeps", hint="apt-get install dpkg-dev")
    debs = []
    for run in ("first", "second"):
        started = time.monotonic()
        ps.build("deb", tmp_path / run)
        elapsed = time.monotonic() - started
        ps.report(request, f"test_packaging_reproducible: {run} build {elapsed:.1f} s")
        (deb,) = (tmp_path / run / "dist").glob(f"{APP_ID}_*.deb")
        debs.append(deb)
    first, second = debs
    if _sha256(first) != _sha256(second):
        a, b = _md5sums(first), _md5sums(second)
        differing = sorted(path for path in a.keys() | b.keys() if a.get(path) != b.get(path))
        pytest.fail(f"the two .deb files differ; files: {differing[:40] or 'metadata only'}")
