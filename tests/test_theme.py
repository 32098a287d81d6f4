"""Live dark mode: when the palette changes, the window's icons re-color without a restart."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.application import build_window
from app.ui.platform.theme import follow_system_palette, is_dark


def darkest_opaque_lightness(icon: QIcon) -> int:
    image = icon.pixmap(24, 24).toImage()
    values = [
        QColor(image.pixelColor(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert values, "the icon is empty"
    return sum(values) // len(values)


def test_icons_follow_a_live_palette_change(qapp: QApplication, qtbot: QtBot) -> None:
    follow_system_palette(qapp)
    original = qapp.palette()
    window = build_window().window
    qtbot.addWidget(window)
    window.show()
    light = darkest_opaque_lightness(window.commands.refresh.icon())
    dark_palette = QPalette()
    dark_palette.setColor(QPalette.ColorRole.Window, QColor("#1e1f22"))
    dark_palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    dark_palette.setColor(QPalette.ColorRole.Base, QColor("#2b2d30"))
    dark_palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    try:
        qapp.setPalette(dark_palette)
        assert is_dark(qapp)
        qtbot.waitUntil(
            lambda: darkest_opaque_lightness(window.commands.refresh.icon()) > light + 60,
            timeout=3000,
        )
    finally:
        qapp.setPalette(original)
        window.close()
