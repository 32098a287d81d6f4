"""A small raw-socket server on loopback that plays a hostile HTTP (or SMTP) peer.

Each accepted connection runs ``script(conn, request)`` in its own thread, where
``request`` is the HTTP request read off the socket (``None`` with ``read_request``
off, for protocols where the server speaks first). Scripts pace themselves with
``server.stopped.wait(seconds)``, which returns True when the test is over, so every
loop in a script is bounded by the test's end.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class Request:
    head: bytes
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Script = Callable[[socket.socket, "Request | None"], None]


def read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return Request(head, body)


def http_answer(
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "application/json",
    headers: tuple[str, ...] = (),
) -> bytes:
    lines = [
        f"HTTP/1.1 {status}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        *headers,
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def json_answer(payload: object, **kw: Any) -> bytes:
    return http_answer(json.dumps(payload).encode(), **kw)


class RawServer:
    """Listens on 127.0.0.1; ``connections`` counts the connections accepted."""

    def __init__(
        self,
        script: Script,
        *,
        read_request: bool = True,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self._script = script
        self._read_request = read_request
        self._tls = tls
        self.stopped = threading.Event()
        self.connections = 0
        self.requests: list[Request] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    @property
    def base_url(self) -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}/v1.0/"

    def __enter__(self) -> RawServer:
        self._accepter.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() under way
        self._listener.close()
        self._accepter.join(5)
        for thread in self._threads:
            thread.join(5)

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            if self._tls is not None:
                conn = self._tls.wrap_socket(conn, server_side=True)
            request = read_request(conn) if self._read_request else None
            if request is not None:
                self.requests.append(request)
            if request is None and self._read_request:
                return
            self._script(conn, request)


def answer_once(answer: bytes) -> Script:
    """A script that sends ``answer`` to every request and closes."""

    def script(conn: socket.socket, request: Request | None) -> None:
        conn.sendall(answer)

    return script


@contextlib.contextmanager
def serving(script: Script, **kw: Any) -> Iterator[RawServer]:
    with RawServer(script, **kw) as server:
        yield server
