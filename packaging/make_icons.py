"""Render the app icon (``resources/icons/app.svg``) into the installers' icon formats.

Run by ``packaging/build.py`` in a child process (it starts a Qt application on the
offscreen platform), with the project's own PySide6, so no Pillow is needed::

    python packaging/make_icons.py ico build/windows/app.ico
    python packaging/make_icons.py iconset build/macos/sendclean-smtp-manager.iconset

``ico`` writes a Windows icon with images of 16 to 256 pixels (32-bit with alpha; the
256 px one PNG-compressed, as Windows' own icons). ``iconset`` writes the folder that
``iconutil -c icns`` turns into a macOS ``.icns``.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
APP_SVG = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# iconutil's names: icon_<points>x<points>[@2x].png
ICONSET_SIZES = (16, 32, 128, 256, 512)


def _application() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(svg: Path, size: int) -> QImage:
    """``svg`` drawn into a ``size``×``size`` transparent ARGB32 image."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG file: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes
        raise RuntimeError(f"could not encode a {image.width()}px PNG")
    buffer.close()
    return bytes(data.data())


def render_png(svg: Path, size: int) -> bytes:
    return png_bytes(render(svg, size))


def dib_bytes(image: QImage) -> bytes:
    """An ICO directory entry's image in the classic form: 32-bit BGRA DIB + AND mask."""
    width, height = image.width(), image.height()
    rows: list[bytes] = []
    mask_rows: list[bytes] = []
    mask_stride = ((width + 31) // 32) * 4
    for y in range(height - 1, -1, -1):  # bottom-up
        row = bytearray()
        mask = bytearray(mask_stride)
        for x in range(width):
            argb = image.pixel(x, y)
            alpha = (argb >> 24) & 0xFF
            row += struct.pack("<I", argb)  # little endian ARGB = bytes B, G, R, A
            if alpha == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        rows.append(bytes(row))
        mask_rows.append(bytes(mask))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding the given images (size in pixels → PNG or DIB bytes)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    payload = b""
    for size in sizes:
        image = images[size]
        dimension = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        directory += struct.pack(
            "<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(image), offset + len(payload)
        )
        payload += image
    return header + directory + payload


def write_ico(svg: Path, out: Path, sizes: tuple[int, ...] = ICO_SIZES) -> Path:
    _application()
    out.parent.mkdir(parents=True, exist_ok=True)
    images = {
        # PNG for 256 px (as Windows' own icons), an uncompressed DIB below: every
        # consumer (Explorer, rc.exe, Inno Setup, PyInstaller) reads that form.
        size: render_png(svg, size) if size >= 256 else dib_bytes(render(svg, size))
        for size in sizes
    }
    out.write_bytes(ico_bytes(images))
    return out


def write_iconset(svg: Path, folder: Path) -> Path:
    _application()
    folder.mkdir(parents=True, exist_ok=True)
    for points in ICONSET_SIZES:
        (folder / f"icon_{points}x{points}.png").write_bytes(render_png(svg, points))
        (folder / f"icon_{points}x{points}@2x.png").write_bytes(render_png(svg, points * 2))
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("ico", "iconset", "png"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--svg", type=Path, default=APP_SVG)
    parser.add_argument("--size", type=int, default=256, help="for png")
    options = parser.parse_args(argv)
    if options.kind == "ico":
        write_ico(options.svg, options.out)
    elif options.kind == "iconset":
        write_iconset(options.svg, options.out)
    else:
        _application()
        options.out.write_bytes(render_png(options.svg, options.size))
    print(options.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
