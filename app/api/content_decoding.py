"""Content-Encoding decoded layer by layer, in steps, so that a cap holds on every layer.

httpx inflates each chunk in one call, so a 24 KB answer sent as ``gzip, gzip`` whose
inner layer expands to 10 GiB needs gigabytes before any limit can be checked. Here
every layer hands on at most :data:`STEP` bytes at a time and the caller counts the
decoded bytes as they come: memory stays near the cap, whatever the nesting.
Supported: ``gzip`` (``x-gzip``), ``deflate`` (zlib or raw), ``identity``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Final

__all__ = ["ACCEPT_ENCODING", "STEP", "ContentDecoder", "UnsupportedEncoding"]

#: What the client offers in ``Accept-Encoding``.
ACCEPT_ENCODING: Final = "gzip, deflate"
#: Largest piece of output one layer produces at a time.
STEP: Final = 64 * 1024


class UnsupportedEncoding(ValueError):
    """A ``Content-Encoding`` the client did not offer."""


class _Layer:
    def __init__(self, name: str) -> None:
        self._deflate = name == "deflate"
        self._started = False
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | (0 if self._deflate else 16))

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._deflate and not self._started and data:
            self._started = True
            probe = self._inflater.copy()
            try:
                probe.decompress(data[:64])
            except zlib.error:  # "deflate" sent raw, without the zlib header
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        while not self._inflater.eof:
            out = self._inflater.decompress(data, STEP)
            data = self._inflater.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < STEP:
                return

    def finish(self) -> Iterator[bytes]:
        if not self._inflater.eof:
            rest = self._inflater.flush()
            if rest:
                yield rest


class ContentDecoder:
    """Decodes a body sent with the given ``Content-Encoding`` header value.

    Raises :class:`UnsupportedEncoding` for an unknown coding and :class:`zlib.error`
    (from :meth:`decode`/:meth:`finish`) for data that does not inflate.
    """

    def __init__(self, content_encoding: str) -> None:
        names = [part.strip().lower() for part in content_encoding.split(",")]
        layers: list[_Layer] = []
        for name in reversed(names):  # the last coding applied is undone first
            if name in ("", "identity"):
                continue
            if name in ("gzip", "x-gzip", "deflate"):
                layers.append(_Layer("gzip" if name == "x-gzip" else name))
            else:
                raise UnsupportedEncoding(f"the content encoding {name[:40]!r} is not supported")
        self._layers = layers

    @property
    def layers(self) -> int:
        return len(self._layers)

    def decode(self, data: bytes) -> Iterator[bytes]:
        return self._through(0, data)

    def finish(self) -> Iterator[bytes]:
        for index, layer in enumerate(self._layers):
            for out in layer.finish():
                yield from self._through(index + 1, out)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._layers):
            if data:
                yield data
            return
        for out in self._layers[index].feed(data):
            yield from self._through(index + 1, out)
