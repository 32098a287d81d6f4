"""A clipboard for secrets: concealment hints for clipboard histories and a timed clear.

:class:`SecureClipboard` puts text on the system clipboard together with the formats
that password managers use to ask clipboard managers and histories not to record it
(see :func:`concealment_formats`), and clears it again after a delay — but only if the
clipboard still holds exactly what it put there, so it never wipes something the user
copied afterwards.

It keeps no copy of the text: only a keyed SHA-256 digest, enough to recognise its own
content later. The copied text is never logged.

A clear is checked by reading the clipboard back. Under Wayland the compositor answers
asynchronously and may refuse the clear (most refuse one from a client without keyboard
focus; Weston's own clipboard keeps a copy of the text), so the check waits for its
answer — and without focus there is no answer to read: the clear counts as refused.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import os
import struct
import sys
import time

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

__all__ = [
    "DEFAULT_CLEAR_AFTER_S",
    "KDE_PASSWORD_HINT",
    "MACOS_CONCEALED_TYPE",
    "MAX_CLEAR_AFTER_S",
    "WINDOWS_MIME_PREFIX",
    "SecureClipboard",
    "concealment_formats",
    "windows_format",
]

_log = logging.getLogger(__name__)

DEFAULT_CLEAR_AFTER_S = 30.0
#: QTimer intervals are signed 32-bit milliseconds; longer delays are refused.
MAX_CLEAR_AFTER_S = (2**31 - 1) / 1000

#: Honoured by Klipper, CopyQ, GPaste, cliphist and other Linux/X11/Wayland histories.
KDE_PASSWORD_HINT = "x-kde-passwordManagerHint"
#: Qt's name for the macOS pasteboard type ``org.nspasteboard.ConcealedType``.
MACOS_CONCEALED_TYPE = "application/x-nspasteboard-concealed-type"
#: In Qt 6 on Windows, a MIME type of this form is written as the registered clipboard
#: format named by ``value``.
WINDOWS_MIME_PREFIX = "application/x-qt-windows-mime;value="

_DWORD_ZERO = struct.pack("<I", 0)
_DWORD_ONE = struct.pack("<I", 1)

_COUNTDOWN_INTERVAL_MS = 1000
# A tick of the 1 s countdown timer may come a few milliseconds early or late; without
# this slack a tick at 28.999 s left would show "29" twice.
_COUNTDOWN_SLACK_S = 0.05
# Under Wayland the compositor's answer to a clear (a new selection offer, or none) comes
# after a round trip; this leaves it ample time on a loaded machine.
_VERIFY_DELAY_MS = 500


def windows_format(name: str) -> str:
    """Return the Qt 6 MIME type for the Windows clipboard format called *name*."""
    return f'{WINDOWS_MIME_PREFIX}"{name}"'


def concealment_formats(platform: str, text: str) -> dict[str, bytes]:
    """Return the extra MIME formats that mark *text* as a secret on *platform*.

    *platform* is a :data:`sys.platform` value. The plain text itself (``text/plain``)
    is not part of the result.

    - ``win32``: ``ExcludeClipboardContentFromMonitorProcessing`` (presence is what
      counts), ``CanIncludeInClipboardHistory`` and ``CanUploadToCloudClipboard`` as a
      little-endian DWORD 0 — no Win+V history, no cloud clipboard sync.
    - ``darwin``: ``application/x-nspasteboard-concealed-type`` with the text, the
      nspasteboard.org convention.
    - anything else (Linux and other X11/Wayland systems): ``x-kde-passwordManagerHint``
      = ``secret``.
    """
    if platform == "win32":
        return {
            windows_format("ExcludeClipboardContentFromMonitorProcessing"): _DWORD_ONE,
            windows_format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
            windows_format("CanUploadToCloudClipboard"): _DWORD_ZERO,
        }
    if platform == "darwin":
        return {MACOS_CONCEALED_TYPE: text.encode("utf-8")}
    return {KDE_PASSWORD_HINT: b"secret"}


def _check_clear_after(seconds: float | None) -> float | None:
    if seconds is None:
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise TypeError(f"clear_after must be a number of seconds or None, got {seconds!r}")
    value = float(seconds)
    if not math.isfinite(value) or value <= 0 or value > MAX_CLEAR_AFTER_S:
        raise ValueError(f"clear_after must be in (0, {MAX_CLEAR_AFTER_S:g}] seconds or None")
    return value


class SecureClipboard(QObject):
    """Copies secrets with concealment hints and clears them after a delay.

    ``countdown`` carries the whole seconds left until the automatic clear: once when
    :meth:`copy` arms the timer, then once per second, and ``0`` when the clipboard was
    cleared or the countdown stopped (disarmed). A value equal to the last one emitted
    is not repeated. ``cleared`` is emitted only when this
    object really removed what it had put on the clipboard; ``clear_failed`` when it
    tried and the clipboard still holds the secret (or, under Wayland without keyboard
    focus, nothing can confirm that it is gone).

    With ``clear_after`` ``None`` nothing is cleared automatically; :meth:`shutdown`
    still removes our content when the app quits.
    """

    countdown = Signal(int)
    cleared = Signal()
    clear_failed = Signal()

    def __init__(
        self,
        clear_after_s: float | None = DEFAULT_CLEAR_AFTER_S,
        clipboard: QClipboard | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clear_after = _check_clear_after(clear_after_s)
        # Resolved now so that a missing QGuiApplication fails early and loudly.
        self._clipboard = clipboard if clipboard is not None else QGuiApplication.clipboard()
        # What we put there, as a keyed digest per clipboard mode; never the text itself.
        self._key = b""
        self._digests: dict[QClipboard.Mode, bytes] = {}
        self._copied_at: float | None = None  # time.monotonic() of the last copy
        self._deadline: float | None = None  # time.monotonic() of the automatic clear
        self._last_countdown = 0

        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._clear_timer.timeout.connect(self._on_clear_timeout)

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(_COUNTDOWN_INTERVAL_MS)
        self._tick_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick_timer.timeout.connect(self._on_tick)

        # Until the verdict on a clear: the key and digest of what should be gone.
        self._verify_key = b""
        self._verify_digest: bytes | None = None
        self._verify_timer = QTimer(self)
        self._verify_timer.setSingleShot(True)
        self._verify_timer.timeout.connect(self._on_verify_timeout)
        self._copying = False
        self._clipboard.dataChanged.connect(self._on_changed)

    def __repr__(self) -> str:
        state = "armed" if self.is_armed() else ("holding" if self._digests else "idle")
        return f"<SecureClipboard clear_after={self._clear_after!r} {state}>"

    # -- settings ---------------------------------------------------------------------

    def set_clear_after(self, seconds: float | None) -> None:
        """Set the delay before the automatic clear; ``None`` never clears automatically.

        Takes effect for the content already copied too, counted from its copy: a delay
        that has already run out clears it now; ``None`` stops its countdown.
        Raises :class:`ValueError` for a delay that is not positive and finite.
        """
        self._clear_after = _check_clear_after(seconds)
        if self._copied_at is None:
            return
        if self._clear_after is None:
            self._disarm()
            return
        remaining = self._copied_at + self._clear_after - time.monotonic()
        if remaining <= 0:
            self.clear_if_ours()
        else:
            self._arm(remaining)

    def clear_after(self) -> float | None:
        """The delay in seconds before the automatic clear, or ``None`` for never."""
        return self._clear_after

    # -- copying and clearing ---------------------------------------------------------

    def copy(self, text: str) -> None:
        """Put *text* on the clipboard (and the X11 selection) with concealment hints.

        Restarts the automatic-clear countdown.
        """
        self._stop_verifying()
        self._key = os.urandom(32)
        self._digests = {}
        modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        self._copying = True
        try:
            for mode in modes:
                # Qt takes ownership of the QMimeData: each mode needs its own object.
                self._digests[mode] = self._digest(text)
                self._clipboard.setMimeData(self._make_mime_data(text), mode)
        finally:
            self._copying = False
        self._copied_at = time.monotonic()
        _log.debug("Copied a secret to the clipboard (%d mode(s))", len(modes))
        if self._clear_after is None:
            self._disarm()
        else:
            self._arm(self._clear_after)

    def clear_if_ours(self) -> bool:
        """Clear the clipboard (and selection) if it still holds what we put there.

        Returns ``True`` if something of ours was there to clear. Either way we forget
        our content and stop the countdown afterwards. ``cleared`` or ``clear_failed``
        follows once the clipboard has been read back (under Wayland, a moment later).
        """
        cleared_any = False
        # A clear emits dataChanged at once, which makes us forget: keep what to verify.
        key, digests = self._key, dict(self._digests)
        for mode, digest in digests.items():
            try:
                current = self._clipboard.text(mode)
            except RuntimeError:  # the QClipboard is gone (application shutting down)
                continue
            if hmac.compare_digest(_keyed_digest(key, current), digest):
                self._clipboard.clear(mode)
                cleared_any = True
        if cleared_any and QClipboard.Mode.Clipboard in digests:
            self._verify_key, self._verify_digest = key, digests[QClipboard.Mode.Clipboard]
        self._forget()
        self._disarm()
        if cleared_any:
            if self._verify_digest is None:  # only the X11 selection still held it
                self.cleared.emit()
            elif _is_wayland():
                self._verify_timer.start(_VERIFY_DELAY_MS)
            else:
                self._verdict()
        return cleared_any

    def seconds_left(self) -> int | None:
        """Whole seconds until the automatic clear (rounded up), or ``None`` if not armed."""
        if self._deadline is None:
            return None
        remaining = self._deadline - time.monotonic()
        return max(1, math.ceil(remaining - _COUNTDOWN_SLACK_S))

    def is_armed(self) -> bool:
        """Whether an automatic clear is scheduled."""
        return self._deadline is not None

    def shutdown(self) -> None:
        """On quit: clear our content if it is still there and stop the timers.

        This clears even when ``clear_after`` is ``None``: the secret should not outlive
        the app in a clipboard manager.
        """
        self.clear_if_ours()
        self._clear_timer.stop()
        self._tick_timer.stop()
        self._stop_verifying()

    # -- internals --------------------------------------------------------------------

    def _make_mime_data(self, text: str) -> QMimeData:
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in concealment_formats(sys.platform, text).items():
            mime.setData(fmt, value)
        return mime

    def _digest(self, text: str) -> bytes:
        return _keyed_digest(self._key, text)

    def _arm(self, remaining_s: float) -> None:
        self._deadline = time.monotonic() + remaining_s
        self._clear_timer.start(max(1, round(remaining_s * 1000)))
        self._tick_timer.start()
        self._emit_countdown(self.seconds_left() or 0)

    def _disarm(self) -> None:
        self._deadline = None
        self._clear_timer.stop()
        self._tick_timer.stop()
        self._emit_countdown(0)

    def _emit_countdown(self, seconds: int) -> None:
        # Only changes are emitted: a tick racing the clear timer must not repeat "1",
        # and disarming twice must not repeat "0".
        if seconds != self._last_countdown:
            self._last_countdown = seconds
            self.countdown.emit(seconds)

    def _forget(self) -> None:
        self._digests = {}
        self._key = b""
        self._copied_at = None

    def _on_clear_timeout(self) -> None:
        self.clear_if_ours()

    def _on_tick(self) -> None:
        if not self._still_ours():
            # The user copied something else: there is nothing of ours left to clear.
            self._forget()
            self._disarm()
            return
        left = self.seconds_left()
        if left is not None:
            self._emit_countdown(left)

    def _on_verify_timeout(self) -> None:
        self._verdict()

    def _verdict(self) -> None:
        """Read the clipboard back after a clear: gone, or still there (or unknowable)."""
        digest, key = self._verify_digest, self._verify_key
        self._stop_verifying()
        if digest is None:
            return
        try:
            current = self._clipboard.text(QClipboard.Mode.Clipboard)
        except RuntimeError:  # the QClipboard is gone (application shutting down)
            return
        still_there = hmac.compare_digest(_keyed_digest(key, current), digest)
        # Without keyboard focus a Wayland client is sent no selection: reading back
        # shows nothing whatever the clipboard holds, and compositors refuse such a clear.
        unseen = _is_wayland() and QGuiApplication.focusWindow() is None
        if still_there or unseen:
            _log.warning("The clipboard could not be cleared (still there: %s)", still_there)
            self.clear_failed.emit()
        else:
            _log.debug("Cleared our secret from the clipboard")
            self.cleared.emit()

    def _stop_verifying(self) -> None:
        self._verify_timer.stop()
        self._verify_key, self._verify_digest = b"", None

    def _on_changed(self) -> None:
        if not self._copying and self._digests and not self._still_ours():
            self._forget()
            self._disarm()

    def _still_ours(self) -> bool:
        digest = self._digests.get(QClipboard.Mode.Clipboard)
        if digest is None:
            return False
        try:
            current = self._clipboard.text(QClipboard.Mode.Clipboard)
        except RuntimeError:  # the QClipboard is gone (application shutting down)
            return False
        return hmac.compare_digest(self._digest(current), digest)


def _keyed_digest(key: bytes, text: str) -> bytes:
    # Windows hands text back with CRLF line ends; compare the text, not its encoding.
    normalized = text.replace("\r\n", "\n").encode("utf-8", "surrogatepass")
    return hmac.new(key, normalized, hashlib.sha256).digest()


def _is_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")
