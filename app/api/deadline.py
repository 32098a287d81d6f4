"""A total deadline per call, enforced where every byte passes: the network streams.

httpx restarts its read timeout on every byte, so a server sending one byte every
0.3 s keeps a call with a 1 s timeout alive for ever. :class:`CallClock` holds the
deadline of the call under way; :class:`DeadlineBackend` (an httpcore network backend)
gives every connect, TLS handshake, read and write at most the time left, and fails
with a timeout once it is gone. The clock also counts the bytes received, so that the
client never retries a call whose answer had started.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import httpcore

__all__ = ["CallClock", "DeadlineBackend", "install_backend"]


class CallClock:
    """The deadline and the received bytes of the call under way (one thread at a time)."""

    __slots__ = ("_deadline", "expired", "received")

    def __init__(self) -> None:
        self._deadline: float | None = None
        self.expired = False
        self.received = 0

    def start(self, seconds: float | None) -> None:
        self._deadline = None if seconds is None else time.monotonic() + seconds
        self.expired = False
        self.received = 0

    def stop(self) -> None:
        self._deadline = None

    def bound(self, timeout: float | None, error: type[Exception]) -> float | None:
        """``timeout`` cut to the time left; raises ``error`` when none is left."""
        if self._deadline is None:
            return timeout
        left = self._deadline - time.monotonic()
        if left <= 0:
            self.expired = True
            raise error("the call's deadline has passed")
        return left if timeout is None else min(timeout, left)

    def check(self) -> None:
        """Note whether the deadline has passed (after an operation timed out)."""
        if self._deadline is not None and time.monotonic() >= self._deadline:
            self.expired = True


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, clock: CallClock) -> None:
        self._inner = inner
        self._clock = clock

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bounded = self._clock.bound(timeout, httpcore.ReadTimeout)
        try:
            data = self._inner.read(max_bytes, bounded)
        except httpcore.TimeoutException:
            self._clock.check()
            raise
        self._clock.received += len(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        bounded = self._clock.bound(timeout, httpcore.WriteTimeout)
        try:
            self._inner.write(buffer, bounded)
        except httpcore.TimeoutException:
            self._clock.check()
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._clock.bound(timeout, httpcore.ConnectTimeout)
        try:
            inner = self._inner.start_tls(ssl_context, server_hostname, bounded)
        except httpcore.TimeoutException:
            self._clock.check()
            raise
        return _DeadlineStream(inner, self._clock)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's synchronous backend with every operation bounded by ``clock``."""

    def __init__(self, clock: CallClock) -> None:
        self._inner = httpcore.SyncBackend()
        self._clock = clock

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._clock.bound(timeout, httpcore.ConnectTimeout)
        try:
            stream = self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        except httpcore.TimeoutException:
            self._clock.check()
            raise
        return _DeadlineStream(stream, self._clock)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._clock.bound(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_unix_socket(path, bounded, socket_options)
        return _DeadlineStream(stream, self._clock)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install_backend(transports: Iterable[object], backend: httpcore.NetworkBackend) -> int:
    """Put ``backend`` under the connection pool of every httpx transport given.

    httpx builds its pools without a way to name the network backend, so it is set on
    the pool (``_network_backend``, httpcore's attribute since 0.17). Returns how many
    pools took it; the client refuses to run without (tests/test_api_deadline.py).
    """
    count = 0
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = backend
            count += 1
    return count
