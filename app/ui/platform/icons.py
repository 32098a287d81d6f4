"""The app's icons, drawn from the SVG files in ``resources/icons``.

The action icons are 24×24 stroke drawings in one placeholder colour,
:data:`PLACEHOLDER_COLOR` (``#5b6472``), written literally in each file:
``QSvgRenderer`` does not support ``currentColor``. :func:`icon` replaces that colour
with :func:`icon_color`, taken from the application palette, before rendering, so the
icons follow light and dark themes; its disabled pixmaps use a colour halfway to the
window background. ``warning.svg`` has fixed amber and near-black colours, which read
on both light and dark backgrounds, and so does the application icon
(:func:`app_icon`), which is never recoloured.

Rendered pixmaps are also kept as PNG files in the cache folder (keyed by a digest of
the recoloured SVG and the sizes), so a later start loads them lazily as plain images
without loading Qt SVG or drawing anything before the first paint.

Icons are cached per name and palette colours, so a palette change gives new icons on
the next call even without :func:`clear_icon_cache`; call it anyway when the palette
changes, then set the icons again on the widgets that show them (a ``QIcon`` already
set does not change). Use from the GUI thread only, once a ``QGuiApplication`` exists.

``resources/icons/app-256.png`` was rendered once from ``app.svg``, from the
repository's root folder, with::

    QT_QPA_PLATFORM=offscreen uv run python -c "from PySide6.QtGui import \\
    QGuiApplication as A, QImage as I, QPainter as P; from PySide6.QtSvg import \\
    QSvgRenderer as R; a=A([]); i=I(256,256,I.Format.Format_ARGB32); i.fill(0); \\
    p=P(i); p.setRenderHint(P.RenderHint.Antialiasing); \\
    R('resources/icons/app.svg').render(p); p.end(); \\
    assert i.save('resources/icons/app-256.png')"

Run it again whenever ``app.svg`` changes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

from ...resources_path import resources_dir

__all__ = [
    "APP_ICON_NAME",
    "APP_ICON_PNG",
    "ICON_NAMES",
    "ICON_SIZES",
    "PLACEHOLDER_COLOR",
    "app_icon",
    "clear_icon_cache",
    "icon",
    "icon_color",
    "icons_dir",
]

_log = logging.getLogger(__name__)

#: Every icon :func:`icon` knows, each drawn in ``resources/icons/<name>.svg``.
ICON_NAMES: tuple[str, ...] = (
    "refresh",
    "add-user",
    "edit",
    "reset-password",
    "copy",
    "copy-user",
    "reveal",
    "hide",
    "enable",
    "disable",
    "search",
    "settings",
    "about",
    "account",
    "retry",
    "warning",
    "history",
    "test-login",
    "export",
)
#: The application icon's SVG file's stem (not one of :data:`ICON_NAMES`).
APP_ICON_NAME = "app"
#: The 256-pixel rendering of ``app.svg``, in ``resources/icons``.
APP_ICON_PNG = "app-256.png"
#: The stroke and fill colour written in the action icons' files, replaced at load time.
PLACEHOLDER_COLOR = "#5b6472"
#: The pixel sizes rendered into each action icon (64 serves 32 px on 2× screens).
ICON_SIZES: tuple[int, ...] = (16, 20, 24, 32, 48, 64)
#: The pixel sizes rendered from ``app.svg``; ``app-256.png`` adds 256.
_APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128)

_PLACEHOLDER_RE = re.compile(re.escape(PLACEHOLDER_COLOR.encode("ascii")), re.IGNORECASE)
#: How far the normal colour goes from the text colour towards the window colour.
_NORMAL_SOFTEN = 0.15
#: How far the disabled colour goes from the normal colour towards the window colour.
_DISABLED_FADE = 0.55

_icons: dict[tuple[str, str, str], QIcon] = {}
_sources: dict[str, bytes] = {}
_app_icon: list[QIcon] = []


def icons_dir() -> Path:
    """The folder holding the icon files."""
    return resources_dir() / "icons"


def _mix(color: QColor, other: QColor, amount: float) -> QColor:
    """``color`` moved ``amount`` (0 to 1) of the way to ``other``, opaque."""

    def channel(a: float, b: float) -> float:
        return a + (b - a) * amount

    return QColor.fromRgbF(
        channel(color.redF(), other.redF()),
        channel(color.greenF(), other.greenF()),
        channel(color.blueF(), other.blueF()),
    )


def icon_color(palette: QPalette | None = None) -> QColor:
    """The colour the action icons are drawn in for ``palette`` (default: the app's).

    It is the palette's window text colour, softened a little towards the window colour
    so that icons sit a shade lighter than text (darker, in a dark theme).
    """
    palette = QGuiApplication.palette() if palette is None else palette
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    return _mix(text, window, _NORMAL_SOFTEN)


def _disabled_color(palette: QPalette, normal: QColor) -> QColor:
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    return _mix(normal, window, _DISABLED_FADE)


def _read_svg(stem: str) -> bytes:
    data = _sources.get(stem)
    if data is None:
        data = (icons_dir() / f"{stem}.svg").read_bytes()
        _sources[stem] = data
    return data


def _renderer(svg: bytes, what: str) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer  # only when an icon is not in the cache yet

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError(f"The icon {what!r} is not a valid SVG file")
    return renderer


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return QPixmap.fromImage(image)


def _require_gui_application() -> None:
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise RuntimeError("Icons need a QGuiApplication (or QApplication): create it first")


def _recolored(svg: bytes, color: QColor) -> bytes:
    return _PLACEHOLDER_RE.sub(color.name(QColor.NameFormat.HexRgb).encode("ascii"), svg)


def icon(name: str) -> QIcon:
    """The action icon ``name`` (one of :data:`ICON_NAMES`) in the palette's colours.

    Raises :class:`ValueError` for an unknown name or a broken file,
    :class:`FileNotFoundError` when the file is missing, and :class:`RuntimeError`
    when there is no ``QGuiApplication`` yet.
    """
    if name not in ICON_NAMES:
        raise ValueError(f"Unknown icon {name!r}; the icons are: {', '.join(ICON_NAMES)}")
    _require_gui_application()
    palette = QGuiApplication.palette()
    normal = icon_color(palette)
    disabled = _disabled_color(palette, normal)
    key = (name, normal.name(QColor.NameFormat.HexRgb), disabled.name(QColor.NameFormat.HexRgb))
    cached = _icons.get(key)
    if cached is not None:
        return cached

    source = _read_svg(name)
    variants = (
        (QIcon.Mode.Normal, _recolored(source, normal)),
        (QIcon.Mode.Disabled, _recolored(source, disabled)),
    )
    result = _cached_or_rendered(name, variants, ICON_SIZES)
    _icons[key] = result
    return result


_Variants = tuple[tuple[QIcon.Mode, bytes], ...]


def _cache_dir() -> Path | None:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) / "icons" if location else None


def _cached_or_rendered(stem: str, variants: _Variants, sizes: tuple[int, ...]) -> QIcon:
    """The icon from the PNG cache, or rendered from its SVG (and then cached)."""
    digest = hashlib.sha256(repr(sizes).encode())
    for _mode, svg in variants:
        digest.update(svg)
    tag = digest.hexdigest()[:20]
    folder = _cache_dir()
    files = {
        (mode, size): (folder / f"{stem}-{tag}-{mode.name.lower()}-{size}.png")
        if folder is not None
        else None
        for mode, _svg in variants
        for size in sizes
    }
    result = QIcon()
    if all(path is not None and path.is_file() for path in files.values()):
        for (mode, size), path in files.items():
            result.addFile(str(path), QSize(size, size), mode, QIcon.State.Off)
        return result
    for mode, svg in variants:
        renderer = _renderer(svg, stem)
        for size in sizes:
            pixmap = _render(renderer, size)
            result.addPixmap(pixmap, mode, QIcon.State.Off)
            _keep(pixmap, files[(mode, size)])
    return result


def _keep(pixmap: QPixmap, path: Path | None) -> None:
    """Write a rendered pixmap to the cache; a cache that cannot be written is skipped."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        if pixmap.save(str(partial), "PNG"):
            os.replace(partial, path)
        else:
            partial.unlink(missing_ok=True)
    except OSError as error:
        _log.debug("Icon cache not written (%s)", error.strerror or error)


def app_icon() -> QIcon:
    """The application icon, in its own colours, from 16 to 256 pixels."""
    if _app_icon:
        return _app_icon[0]
    _require_gui_application()
    source = _read_svg(APP_ICON_NAME)
    result = _cached_or_rendered(APP_ICON_NAME, ((QIcon.Mode.Normal, source),), _APP_ICON_SIZES)
    png_path = icons_dir() / APP_ICON_PNG
    if png_path.is_file():
        result.addFile(str(png_path), QSize(256, 256))
    else:
        _log.warning("Could not load %s; rendering the 256 px app icon instead", png_path)
        result.addPixmap(_render(_renderer(source, APP_ICON_NAME), 256))
    _app_icon.append(result)
    return result


def clear_icon_cache() -> None:
    """Forget every icon made so far, so the next calls follow the current palette.

    Call it when the application palette changes (for instance on a switch to a dark
    theme), then set the icons on the widgets again.
    """
    _icons.clear()
    _sources.clear()
    _app_icon.clear()
