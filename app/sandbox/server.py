"""The HTTP layer: HTTP/1.1 keep-alive server that hands calls to the Engine."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from app.sandbox import faults as fault_data
from app.sandbox.engine import Engine
from app.sandbox.protocol import GENERAL_ERROR, VALIDATION_ERROR, call_from_path
from app.sandbox.replies import Answer, Reply, Special

MAX_BODY_BYTES = 1024 * 1024
_MAX_CHUNKS = 4096
_MAX_TRAILER_LINES = 64


class SandboxRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SendCleanSandbox/1.0"
    sys_version = ""
    disable_nagle_algorithm = True
    server: SandboxHTTPServer

    # -- methods ------------------------------------------------------------------------

    def do_POST(self) -> None:
        engine = self.server.engine
        body = self._read_body()
        if body is None:
            return
        path = urlsplit(self.path).path
        call = call_from_path(path)
        params = engine.decode_params(body)
        engine.record(call or path, params, "POST", path)
        if not engine.pause(engine.latency):
            self.close_connection = True
            return
        if call is None:
            self._send(
                engine.transport_error(GENERAL_ERROR, f"Unknown API call {path}", 404, close=False)
            )
            return
        fault = engine.faults.take(call)
        try:
            answer: Answer = engine.answer(call, params, fault)
        except Exception as error:  # a sandbox bug: answer like the real API would
            self.server.report(f"internal error in {call}: {error!r}")
            answer = engine.internal_error()
        self._deliver(answer)

    def _other_method(self) -> None:
        engine = self.server.engine
        body = self._read_body()
        if body is None:
            return
        path = urlsplit(self.path).path
        engine.record(call_from_path(path) or path, None, self.command, path)
        if not engine.pause(engine.latency):
            self.close_connection = True
            return
        reply = engine.transport_error(
            GENERAL_ERROR, f"Method {self.command} not allowed: use POST", 405, close=False
        )
        self._send(Reply(reply.status, reply.body, extra_headers=(("Allow", "POST"),)))

    do_GET = do_HEAD = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = _other_method

    # -- reading ------------------------------------------------------------------------

    def _read_body(self) -> bytes | None:
        """The request body; None when the request was already answered or dropped."""
        if self.headers.get("Transfer-Encoding", "").strip().lower() == "chunked":
            return self._read_chunked()
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            return b""
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if length < 0:
            self._refuse(400, "Invalid Content-Length")
            return None
        if length > MAX_BODY_BYTES:
            self._refuse(413, f"Request body larger than {MAX_BODY_BYTES} bytes")
            return None
        body = self.rfile.read(length)
        if len(body) < length:  # the client went away
            self.close_connection = True
            return None
        return body

    def _read_chunked(self) -> bytes | None:
        body = bytearray()
        for _ in range(_MAX_CHUNKS):
            line = self.rfile.readline(1026)
            if not line:
                self.close_connection = True
                return None
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                size = -1
            if size < 0:
                self._refuse(400, "Invalid chunked body")
                return None
            if size == 0:
                for _ in range(_MAX_TRAILER_LINES):
                    if self.rfile.readline(1026) in (b"\r\n", b"\n", b""):
                        break
                return bytes(body)
            if len(body) + size > MAX_BODY_BYTES:
                self._refuse(413, f"Request body larger than {MAX_BODY_BYTES} bytes")
                return None
            chunk = self.rfile.read(size)
            self.rfile.readline(3)
            if len(chunk) < size:
                self.close_connection = True
                return None
            body += chunk
        self._refuse(400, "Too many chunks")
        return None

    def _refuse(self, status: int, message: str) -> None:
        kind = GENERAL_ERROR if status >= 500 else VALIDATION_ERROR
        self._send(self.server.engine.transport_error(kind, message, status, close=True))

    # -- writing ------------------------------------------------------------------------

    def _deliver(self, answer: Answer) -> None:
        if answer is Special.DROP:
            self.close_connection = True
        elif answer is Special.ENDLESS:
            self._stream_endless()
        else:
            self._send(answer)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        length = len(reply.body) if reply.declared_length is None else reply.declared_length
        self.send_header("Content-Length", str(length))
        for name, value in reply.extra_headers:
            self.send_header(name, value)
        if reply.close or self.close_connection:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _stream_endless(self) -> None:
        """Stream an smtp_list that never ends, until the client leaves, the sandbox
        stops, or ENDLESS_LIMIT_BYTES were sent."""
        stopping = self.server.engine.stopping
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Connection", "close")
        self.end_headers()
        sent = 0
        try:
            self.wfile.write(fault_data.ENDLESS_PREFIX)
            while sent < fault_data.ENDLESS_LIMIT_BYTES and not stopping.is_set():
                self.wfile.write(fault_data.ENDLESS_FILLER)
                sent += len(fault_data.ENDLESS_FILLER)
        except OSError:  # BrokenPipe / ConnectionReset: the client has gone
            return

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol-level errors (bad request line, header too long...) as JSON too."""
        kind = GENERAL_ERROR if code >= 500 else VALIDATION_ERROR
        text = message or self.responses.get(code, ("Error",))[0]
        self._send(self.server.engine.transport_error(kind, text, code, close=True))

    # -- logging: never the body (credentials), never the query ---------------------------

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        command = getattr(self, "command", None) or "-"
        path = urlsplit(getattr(self, "path", "") or "").path
        self.server.log(f"{command} {path} -> {code}")

    def log_error(self, format: str, *args: Any) -> None:
        pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


class SandboxHTTPServer(ThreadingHTTPServer):
    """Daemon handler threads; tracks open connections so stop() can cut them."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 128
    allow_reuse_address = True

    def __init__(self, host: str, port: int, engine: Engine, *, log_requests: bool) -> None:
        self.engine = engine
        self.log_requests = log_requests
        self._connections_lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._accepted = 0
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), SandboxRequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn): skip it.
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])

    @property
    def connection_count(self) -> int:
        with self._connections_lock:
            return self._accepted

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._accepted += 1
            if isinstance(request, socket.socket):
                self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_open_connections(self) -> None:
        """Cut every open connection: handlers blocked reading or writing return."""
        with self._connections_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, OSError) or self.engine.stopping.is_set():
            return  # a client that went away, or a connection cut by stop()
        self.report(f"handler error: {error!r}")

    def log(self, line: str) -> None:
        if self.log_requests:
            self.report(line)

    @staticmethod
    def report(line: str) -> None:
        try:
            sys.stderr.write(f"sandbox: {line}\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
