"""SecureClipboard: concealment hints, timed clear, "only if still ours", no kept secret."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import logging
import sys
import time
from collections.abc import Callable, Iterator
from typing import cast

import pytest
from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from app.ui.platform.clipboard import (
    KDE_PASSWORD_HINT,
    MACOS_CONCEALED_TYPE,
    SecureClipboard,
    concealment_formats,
    windows_format,
)

SECRET = "s3cr3t-P@ssw0rd-Ünïcode"
WIN = "application/x-qt-windows-mime;value="
WAIT_MS = 5000  # upper bound for signals expected after a short delay

# A QApplication for every test; conftest empties the clipboard around each one.
pytestmark = pytest.mark.usefixtures("qapp")


def _system_clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


MakeClipboard = Callable[..., SecureClipboard]


@pytest.fixture
def make_clipboard() -> Iterator[MakeClipboard]:
    made: list[SecureClipboard] = []

    def make(clear_after_s: float | None = 30.0, clipboard: object = None) -> SecureClipboard:
        secure = SecureClipboard(clear_after_s, cast(QClipboard | None, clipboard))
        made.append(secure)
        return secure

    yield make
    for secure in made:  # stop timers so nothing fires during a later test
        secure.shutdown()


class FakeClipboard(QObject):
    """Enough of QClipboard to test the X11 selection path, which offscreen lacks."""

    dataChanged = Signal()

    def __init__(self, supports_selection: bool = True) -> None:
        super().__init__()
        self._selection = supports_selection
        self.data: dict[QClipboard.Mode, QMimeData | None] = {}
        self.set_calls: list[tuple[QMimeData, QClipboard.Mode]] = []
        self.cleared: list[QClipboard.Mode] = []

    def supportsSelection(self) -> bool:
        return self._selection

    def setMimeData(self, mime: QMimeData, mode: QClipboard.Mode) -> None:
        self.set_calls.append((mime, mode))
        self.data[mode] = mime

    def setText(self, text: str, mode: QClipboard.Mode) -> None:
        mime = QMimeData()
        mime.setText(text)
        self.data[mode] = mime

    def text(self, mode: QClipboard.Mode) -> str:
        mime = self.data.get(mode)
        return mime.text() if mime is not None else ""

    def clear(self, mode: QClipboard.Mode) -> None:
        self.cleared.append(mode)
        self.data[mode] = None


# -- concealment formats -------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        (
            "win32",
            {
                WIN + '"ExcludeClipboardContentFromMonitorProcessing"': None,  # any data
                WIN + '"CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
                WIN + '"CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
            },
        ),
        ("darwin", {"application/x-nspasteboard-concealed-type": SECRET.encode()}),
        ("linux", {"x-kde-passwordManagerHint": b"secret"}),
        ("freebsd14", {"x-kde-passwordManagerHint": b"secret"}),
    ],
)
def test_concealment_formats_per_platform(platform: str, expected: dict[str, bytes | None]) -> None:
    formats = concealment_formats(platform, SECRET)
    assert set(formats) == set(expected)
    for name, value in expected.items():
        assert isinstance(formats[name], bytes)
        if value is not None:
            assert formats[name] == value, name


def test_windows_format_name() -> None:
    assert windows_format("Foo") == 'application/x-qt-windows-mime;value="Foo"'


def test_concealment_formats_never_include_plain_text() -> None:
    for platform in ("win32", "darwin", "linux"):
        assert "text/plain" not in concealment_formats(platform, SECRET)


# -- copying -------------------------------------------------------------------------


def test_copy_puts_text_and_platform_hints(make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard()
    secure.copy(SECRET)
    mime = _system_clipboard().mimeData(QClipboard.Mode.Clipboard)
    assert mime.text() == SECRET
    for name, value in concealment_formats(sys.platform, SECRET).items():
        assert mime.hasFormat(name), name
        assert bytes(mime.data(name).data()) == value, name


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux hint")
def test_copy_on_linux_carries_kde_password_hint(make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard()
    secure.copy(SECRET)
    mime = _system_clipboard().mimeData()
    assert mime.hasText() and mime.text() == SECRET
    assert mime.hasFormat(KDE_PASSWORD_HINT)
    assert bytes(mime.data(KDE_PASSWORD_HINT).data()) == b"secret"
    assert not mime.hasFormat(MACOS_CONCEALED_TYPE)


def test_copy_sets_selection_too_with_a_fresh_mime_object(make_clipboard: MakeClipboard) -> None:
    fake = FakeClipboard(supports_selection=True)
    secure = make_clipboard(30.0, fake)
    secure.copy(SECRET)
    modes = [mode for _, mode in fake.set_calls]
    assert modes == [QClipboard.Mode.Clipboard, QClipboard.Mode.Selection]
    first, second = (mime for mime, _ in fake.set_calls)
    assert first is not second
    for mime, _ in fake.set_calls:
        assert mime.text() == SECRET
        for name in concealment_formats(sys.platform, SECRET):
            assert mime.hasFormat(name)


def test_copy_without_selection_support_leaves_selection_alone(
    make_clipboard: MakeClipboard,
) -> None:
    fake = FakeClipboard(supports_selection=False)
    secure = make_clipboard(30.0, fake)
    secure.copy(SECRET)
    assert [mode for _, mode in fake.set_calls] == [QClipboard.Mode.Clipboard]
    assert secure.clear_if_ours() is True
    assert fake.cleared == [QClipboard.Mode.Clipboard]


def test_clear_if_ours_clears_clipboard_and_selection(make_clipboard: MakeClipboard) -> None:
    fake = FakeClipboard()
    secure = make_clipboard(30.0, fake)
    secure.copy(SECRET)
    assert secure.clear_if_ours() is True
    assert set(fake.cleared) == {QClipboard.Mode.Clipboard, QClipboard.Mode.Selection}


def test_clear_if_ours_spares_a_selection_that_changed(make_clipboard: MakeClipboard) -> None:
    fake = FakeClipboard()
    secure = make_clipboard(30.0, fake)
    secure.copy(SECRET)
    fake.setText("selected elsewhere", QClipboard.Mode.Selection)
    assert secure.clear_if_ours() is True
    assert fake.cleared == [QClipboard.Mode.Clipboard]
    assert fake.text(QClipboard.Mode.Selection) == "selected elsewhere"


def test_crlf_line_ends_read_back_still_count_as_ours(make_clipboard: MakeClipboard) -> None:
    fake = FakeClipboard(supports_selection=False)
    secure = make_clipboard(30.0, fake)
    secure.copy("Host: h\nPassword: p")
    fake.setText("Host: h\r\nPassword: p", QClipboard.Mode.Clipboard)  # as Windows returns it
    assert secure.clear_if_ours() is True


class RefusingClipboard(FakeClipboard):
    """A clipboard that ignores clears, as a compositor may do for an unfocused window."""

    def clear(self, mode: QClipboard.Mode) -> None:
        self.cleared.append(mode)


def test_a_refused_clear_is_reported_not_claimed(make_clipboard: MakeClipboard) -> None:
    fake = RefusingClipboard(supports_selection=False)
    secure = make_clipboard(clipboard=fake)
    outcomes: list[str] = []
    secure.cleared.connect(lambda: outcomes.append("cleared"))
    secure.clear_failed.connect(lambda: outcomes.append("failed"))
    secure.copy(SECRET)
    assert secure.clear_if_ours() is True
    assert fake.text(QClipboard.Mode.Clipboard) == SECRET
    assert outcomes == ["failed"]
    assert not secure.is_armed()


def test_clear_if_ours_without_a_copy_does_nothing(make_clipboard: MakeClipboard) -> None:
    _system_clipboard().setText("user data")
    secure = make_clipboard()
    assert secure.clear_if_ours() is False
    assert _system_clipboard().text() == "user data"


# -- timed clear ---------------------------------------------------------------------


def test_auto_clear_after_short_delay(qtbot: QtBot, make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard(0.3)
    started = time.monotonic()
    with qtbot.waitSignal(secure.cleared, timeout=WAIT_MS):
        secure.copy(SECRET)
    assert time.monotonic() - started >= 0.25
    assert _system_clipboard().text() == ""
    assert secure.seconds_left() is None


def test_no_clear_when_something_else_was_copied_meanwhile(
    qtbot: QtBot, make_clipboard: MakeClipboard
) -> None:
    secure = make_clipboard(0.3)
    secure.copy(SECRET)
    # The countdown stops at once (it goes to 0) and the clipboard is left alone.
    with (
        qtbot.assertNotEmitted(secure.cleared),
        qtbot.waitSignal(secure.countdown, timeout=WAIT_MS, check_params_cb=lambda s: s == 0),
    ):
        _system_clipboard().setText("copied by the user from another app")
    assert secure.seconds_left() is None
    assert _system_clipboard().text() == "copied by the user from another app"


def test_each_copy_restarts_the_timer(qtbot: QtBot, make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard(0.5)
    times: dict[str, float] = {}

    def copy_again() -> None:
        times["second"] = time.monotonic()
        secure.copy("second secret")

    times["first"] = time.monotonic()
    secure.copy(SECRET)
    QTimer.singleShot(300, copy_again)
    with qtbot.waitSignal(secure.cleared, timeout=WAIT_MS):
        pass
    cleared_at = time.monotonic()
    assert "second" in times
    assert cleared_at - times["second"] >= 0.45  # a full delay after the second copy
    assert cleared_at - times["first"] >= 0.75  # not the first copy's deadline
    assert _system_clipboard().text() == ""


def test_countdown_emits_decreasing_values(qtbot: QtBot, make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard(1.5)
    values: list[int] = []
    secure.countdown.connect(values.append)
    with qtbot.waitSignal(secure.cleared, timeout=WAIT_MS):
        secure.copy(SECRET)
    assert values[0] == 2
    assert values[-1] == 0
    assert all(a > b for a, b in itertools.pairwise(values)), values
    assert len(values) >= 2


def test_seconds_left_while_armed(make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard(30.0)
    assert secure.seconds_left() is None
    secure.copy(SECRET)
    left = secure.seconds_left()
    assert left is not None and 29 <= left <= 30
    assert secure.is_armed()


def test_none_never_clears(qtbot: QtBot, make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard(None)
    values: list[int] = []
    secure.countdown.connect(values.append)
    secure.copy(SECRET)
    assert secure.seconds_left() is None
    # Negative check: a 0.3 s delay would long have run out.
    with qtbot.assertNotEmitted(secure.cleared, wait=600):
        pass
    assert _system_clipboard().text() == SECRET
    assert values == []


def test_set_clear_after_none_disarms_but_shutdown_still_clears(
    qtbot: QtBot, make_clipboard: MakeClipboard
) -> None:
    secure = make_clipboard(0.3)
    secure.copy(SECRET)
    with qtbot.waitSignal(secure.countdown, check_params_cb=lambda s: s == 0):
        secure.set_clear_after(None)
    assert secure.clear_after() is None
    assert secure.seconds_left() is None
    with qtbot.assertNotEmitted(secure.cleared, wait=500):
        pass
    assert _system_clipboard().text() == SECRET
    with qtbot.waitSignal(secure.cleared, timeout=WAIT_MS):
        secure.shutdown()
    assert _system_clipboard().text() == ""


def test_set_clear_after_applies_to_the_current_copy(
    qtbot: QtBot, make_clipboard: MakeClipboard
) -> None:
    secure = make_clipboard(None)
    secure.copy(SECRET)
    with qtbot.waitSignal(secure.cleared, timeout=WAIT_MS):
        secure.set_clear_after(0.2)
    assert _system_clipboard().text() == ""


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), 10**10])
def test_set_clear_after_rejects_bad_delays(make_clipboard: MakeClipboard, bad: float) -> None:
    secure = make_clipboard()
    with pytest.raises(ValueError):
        secure.set_clear_after(bad)
    with pytest.raises(ValueError):
        SecureClipboard(bad)
    assert secure.clear_after() == 30.0


def test_set_clear_after_rejects_non_numbers(make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard()
    with pytest.raises(TypeError):
        secure.set_clear_after(True)
    with pytest.raises(TypeError):
        secure.set_clear_after("30")  # type: ignore[arg-type]


# -- shutdown ------------------------------------------------------------------------


def test_shutdown_clears_ours_and_stops_timers(qtbot: QtBot, make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard(30.0)
    secure.copy(SECRET)
    with qtbot.waitSignal(secure.cleared, timeout=WAIT_MS):
        secure.shutdown()
    assert _system_clipboard().text() == ""
    assert secure.seconds_left() is None
    assert not secure.is_armed()


def test_shutdown_leaves_someone_elses_content(qtbot: QtBot, make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard(30.0)
    secure.copy(SECRET)
    _system_clipboard().setText("not ours")
    with qtbot.assertNotEmitted(secure.cleared):
        secure.shutdown()
    assert _system_clipboard().text() == "not ours"


# -- the secret is not kept ----------------------------------------------------------


def _attribute_values(obj: object) -> list[object]:
    values: list[object] = list(vars(obj).values())
    for value in list(values):
        if isinstance(value, dict):
            values.extend(value.keys())
            values.extend(value.values())
    return values


def test_secret_not_in_repr_nor_in_attributes(make_clipboard: MakeClipboard) -> None:
    secure = make_clipboard(30.0)
    secure.copy(SECRET)
    assert SECRET not in repr(secure)
    assert SECRET not in str(secure)
    encoded = SECRET.encode()
    for value in _attribute_values(secure):
        if isinstance(value, str):
            assert SECRET not in value
        elif isinstance(value, bytes | bytearray):
            assert encoded not in value
            assert SECRET.encode("utf-16-le") not in value


def test_secret_never_logged(
    qtbot: QtBot, make_clipboard: MakeClipboard, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secure = make_clipboard(0.2)
    with qtbot.waitSignal(secure.cleared, timeout=WAIT_MS):
        secure.copy(SECRET)
    assert SECRET not in caplog.text
