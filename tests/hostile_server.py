"""A loopback HTTP server that answers every SendClean call with what a test says.

For the answers the sandbox would never give: error messages carrying HTML, tokens
echoed back, odd content types. Real sockets, a real HTTP exchange.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Answer:
    body: dict[str, object]
    status: int = 200
    content_type: str = "application/json"


@dataclass
class HostileServer:
    base_url: str
    answers: dict[str, Answer] = field(default_factory=dict)
    calls: list[str] = field(default_factory=list)


@contextmanager
def hostile_server() -> Iterator[HostileServer]:
    state = HostileServer("")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            self.rfile.read(length)
            call = self.path.rsplit("/", 1)[-1]
            state.calls.append(call)
            answer = state.answers.get(call) or state.answers.get("*")
            if answer is None:
                answer = Answer({"status": "error", "name": "GeneralError", "message": "no"}, 500)
            data = json.dumps(answer.body).encode()
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.base_url = f"http://127.0.0.1:{server.server_port}/v1.0/"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
