"""The README's screenshots: present, real PNG pictures, shown, and taken by the script."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.display_servers import require

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "resources" / "screenshots"
NAMES = ("main-window.png", "empty-account.png", "row-menu.png")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_BYTES = 150_000


def _size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and data[12:16] == b"IHDR", path
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.parametrize("name", NAMES)
def test_each_screenshot_is_a_small_png_shown_in_the_readme(name: str) -> None:
    path = SCREENSHOTS / name
    assert path.is_file()
    width, height = _size(path)
    assert width >= 800 and height >= 500, (width, height)
    assert path.stat().st_size <= MAX_BYTES
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"!\[[^\]]+\]\(resources/screenshots/{re.escape(name)}\)", readme), name


def test_the_script_takes_the_three_screenshots(tmp_path: Path) -> None:
    require("Xvfb", "xvfb xauth")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screenshots.py"), "--out", str(tmp_path)],
        cwd=ROOT,
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    from PySide6.QtGui import QImage

    for name in NAMES:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1100, 700), name
        assert (tmp_path / name).stat().st_size <= MAX_BYTES, name
        colors = {
            image.pixel(x, y)
            for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 23)
        }
        assert len(colors) > 4, f"{name} is (nearly) one color"
