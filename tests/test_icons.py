"""The icon files, their recolouring, the app icon and finding the resources folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app import resources_path
from app.resources_path import resources_dir
from app.ui.platform import icons
from app.ui.platform.icons import (
    APP_ICON_NAME,
    APP_ICON_PNG,
    ICON_NAMES,
    PLACEHOLDER_COLOR,
    app_icon,
    clear_icon_cache,
    icon,
    icon_color,
    icons_dir,
)

REPO = Path(__file__).resolve().parent.parent
ICONS_DIR = REPO / "resources" / "icons"
SVG_FILES = sorted(ICONS_DIR.glob("*.svg"))
#: Icons drawn in fixed colours, which read on light and dark backgrounds alike.
FIXED_COLOR_ICONS = {"warning"}


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette(QColor(window))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor(window))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
    return palette


LIGHT = ("#f5f5f5", "#1a1a1a")
DARK = ("#202124", "#e8eaed")


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    """The QApplication, its palette and the icon cache put back afterwards."""
    original = QPalette(qapp.palette())
    clear_icon_cache()
    try:
        yield qapp
    finally:
        qapp.setPalette(original)
        clear_icon_cache()


def _opaque_pixels(image: QImage) -> list[QColor]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    ]


def _stroke_color(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour of the fully opaque pixels of the icon at 48 px (the stroke's core)."""
    pixels = _opaque_pixels(qicon.pixmap(QSize(48, 48), mode).toImage())
    assert pixels, "the icon has no fully opaque pixel"
    return pixels[len(pixels) // 2]


def _close(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    return all(
        abs(x - y) <= tolerance
        for x, y in zip((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue()), strict=True)
    )


# --- the files ------------------------------------------------------------------------


def test_every_named_icon_has_a_file_and_no_file_is_unnamed() -> None:
    stems = {path.stem for path in SVG_FILES}
    assert stems == {*ICON_NAMES, APP_ICON_NAME}
    assert (ICONS_DIR / APP_ICON_PNG).is_file()


@pytest.mark.parametrize("path", SVG_FILES, ids=lambda path: path.stem)
def test_svg_parses_with_a_24px_view_box(path: Path) -> None:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 24, 24)
    text = path.read_text(encoding="utf-8")
    assert "currentColor" not in text  # QSvgRenderer does not support it


@pytest.mark.parametrize("name", sorted(set(ICON_NAMES) - FIXED_COLOR_ICONS))
def test_action_icons_are_drawn_in_the_placeholder_colour(name: str) -> None:
    text = (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")
    assert PLACEHOLDER_COLOR in text
    assert 'stroke-width="2"' in text
    assert 'stroke-linecap="round"' in text


def test_app_png_is_256_pixels() -> None:
    image = QImage(str(ICONS_DIR / APP_ICON_PNG))
    assert not image.isNull()
    assert image.size() == QSize(256, 256)
    assert image.hasAlphaChannel()
    # The tile's middle is opaque, its corner (outside the rounded square) transparent.
    assert image.pixelColor(128, 40).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0


# --- icon() ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ICON_NAMES)
def test_icon_is_drawn_at_24px(app_palette: QApplication, name: str) -> None:
    qicon = icon(name)
    assert not qicon.isNull()
    assert QSize(24, 24) in qicon.availableSizes()
    pixmap = qicon.pixmap(24, 24)
    assert pixmap.size() == QSize(24, 24)
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    visible = sum(1 for y in range(24) for x in range(24) if image.pixelColor(x, y).alpha() > 64)
    assert visible >= 20, f"{name} has only {visible} visible pixels at 24 px"
    assert visible < 24 * 24, f"{name} fills its whole square"


@pytest.mark.parametrize("name", ICON_NAMES)
def test_icon_is_drawn_at_16px(app_palette: QApplication, name: str) -> None:
    pixmap = icon(name).pixmap(16, 16)
    assert pixmap.size() == QSize(16, 16)
    assert _any_visible(pixmap.toImage())


def _any_visible(image: QImage) -> bool:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return any(
        image.pixelColor(x, y).alpha() > 128
        for y in range(image.height())
        for x in range(image.width())
    )


def test_unknown_icon_is_refused(app_palette: QApplication) -> None:
    with pytest.raises(ValueError, match="Unknown icon 'nope'"):
        icon("nope")
    with pytest.raises(ValueError):
        icon("app")  # the app icon is app_icon(), never recoloured
    with pytest.raises(ValueError):
        icon("../icons/refresh")


def test_icon_is_cached_until_the_palette_changes(app_palette: QApplication) -> None:
    app_palette.setPalette(_palette(*LIGHT))
    first = icon("refresh")
    assert icon("refresh") is first
    app_palette.setPalette(_palette(*DARK))
    assert icon("refresh") is not first
    clear_icon_cache()
    assert icon("refresh") is not first


def test_icons_follow_the_palette(app_palette: QApplication) -> None:
    app_palette.setPalette(_palette(*LIGHT))
    clear_icon_cache()
    light_color = icon_color()
    light_stroke = _stroke_color(icon("search"))
    assert _close(light_stroke, light_color)
    assert light_stroke.lightness() < 100  # dark strokes on a light window

    app_palette.setPalette(_palette(*DARK))
    clear_icon_cache()
    dark_color = icon_color()
    dark_stroke = _stroke_color(icon("search"))
    assert _close(dark_stroke, dark_color)
    assert dark_stroke.lightness() > 150  # light strokes on a dark window

    assert not _close(light_stroke, dark_stroke, tolerance=40)
    # No placeholder colour is left in either rendering.
    placeholder = QColor(PLACEHOLDER_COLOR)
    assert not _close(light_stroke, placeholder, tolerance=10)
    assert not _close(dark_stroke, placeholder, tolerance=10)


def test_icon_color_is_near_the_text_colour(app_palette: QApplication) -> None:
    palette = _palette(*LIGHT)
    color = icon_color(palette)
    text = QColor(LIGHT[1])
    window = QColor(LIGHT[0])
    assert _close(color, text, tolerance=60)
    assert color.lightness() < window.lightness()


def test_disabled_icons_are_fainter(app_palette: QApplication) -> None:
    app_palette.setPalette(_palette(*LIGHT))
    qicon = icon("edit")
    normal = _stroke_color(qicon)
    disabled = _stroke_color(qicon, QIcon.Mode.Disabled)
    window = QColor(LIGHT[0])
    assert abs(disabled.lightness() - window.lightness()) < abs(
        normal.lightness() - window.lightness()
    )


def test_fixed_colour_icons_keep_their_colours(app_palette: QApplication) -> None:
    app_palette.setPalette(_palette(*LIGHT))
    light = icon("warning").pixmap(48, 48).toImage()
    app_palette.setPalette(_palette(*DARK))
    dark = icon("warning").pixmap(48, 48).toImage()
    assert light == dark


def test_icon_needs_no_files_once_cached(
    app_palette: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    icon("copy")

    def missing() -> Path:
        raise FileNotFoundError("gone")

    monkeypatch.setattr(icons, "resources_dir", missing)
    assert not icon("copy").isNull()
    clear_icon_cache()
    with pytest.raises(FileNotFoundError):
        icon("copy")


# --- app_icon() -----------------------------------------------------------------------


def test_app_icon(app_palette: QApplication) -> None:
    qicon = app_icon()
    assert not qicon.isNull()
    sizes = qicon.availableSizes()
    assert QSize(16, 16) in sizes
    assert QSize(256, 256) in sizes
    assert _any_visible(qicon.pixmap(16, 16).toImage())
    assert app_icon() is qicon


def test_app_icon_is_not_recoloured(app_palette: QApplication) -> None:
    app_palette.setPalette(_palette(*LIGHT))
    light = app_icon().pixmap(32, 32).toImage()
    app_palette.setPalette(_palette(*DARK))
    clear_icon_cache()
    dark = app_icon().pixmap(32, 32).toImage()
    assert light == dark
    tile = light.convertToFormat(QImage.Format.Format_ARGB32).pixelColor(4, 16)
    assert tile.blue() > 180 and tile.red() < 120  # the blue tile


# --- resources_dir() ------------------------------------------------------------------


def test_resources_dir_finds_the_checkout() -> None:
    assert resources_dir() == REPO / "resources"
    assert icons_dir() == ICONS_DIR


def test_resources_dir_prefers_the_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_resources_dir_prefers_the_wheel_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "app"
    (package / "_resources" / "icons").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # someone else's folder
    monkeypatch.setattr(resources_path, "_PACKAGE_DIR", package)
    assert resources_dir() == package / "_resources"


def test_resources_dir_missing_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(resources_path, "_PACKAGE_DIR", tmp_path / "app")
    with pytest.raises(FileNotFoundError, match="resources folder is missing") as caught:
        resources_dir()
    assert str(tmp_path / "app" / "_resources") in str(caught.value)
    assert not (tmp_path / "app").exists()  # looking creates nothing


def test_resources_path_imports_no_qt() -> None:
    code = (
        "import sys, app.resources_path as r; r.resources_dir(); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "[]"


# --- the wheel ------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_wheel_ships_the_icons(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH")
    out = tmp_path / "dist"
    subprocess.run(
        [uv, "build", "--wheel", "-o", str(out), str(REPO)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "app/_resources/icons/app.svg" in names
        assert "app/_resources/icons/app-256.png" in names
        for name in ICON_NAMES:
            assert f"app/_resources/icons/{name}.svg" in names
        assert "app/resources_path.py" in names
        archive.extractall(tmp_path / "installed")

    # The unpacked wheel, imported ahead of the checkout, finds its own resources.
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "installed")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import app.resources_path as r; print(r.__file__); print(r.resources_dir())",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    module_file, found = result.stdout.strip().splitlines()
    assert Path(module_file).is_relative_to(tmp_path / "installed")
    assert Path(found) == tmp_path / "installed" / "app" / "_resources"
    assert (Path(found) / "icons" / "app.svg").is_file()
