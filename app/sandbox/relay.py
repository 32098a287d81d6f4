"""``SmtpRelay``: the sandbox's SMTP relay (aiosmtpd) on loopback, on its own thread.

Starting is split so that the sandbox stays quick to start: :meth:`SmtpRelay.bind` takes
the two listening sockets at once (so the ports are known and clients may already
connect: they wait in the backlog), and the relay's thread then imports aiosmtpd, makes
the certificate and starts answering. :meth:`SmtpRelay.wait_ready` waits for that.

That work takes a few hundred milliseconds of CPU on the GIL, so an app that starts the
sandbox as it opens its window can hold it back (``start(deferred=True)``) until its first
list is on screen: :meth:`SmtpRelay.release` lets it go, and so does anything that needs
the relay (:meth:`SmtpRelay.wait_ready`, the certificate).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import TYPE_CHECKING

from app.sandbox.faults import SMTP_CONNECTION, SMTP_FAULTS, FaultBook
from app.sandbox.mailbox import Mailbox
from app.sandbox.relay_rules import RelayRules

if TYPE_CHECKING:  # asyncio, ssl and aiosmtpd are imported on the relay's thread
    import asyncio
    import ssl

    from app.sandbox.certificate import RelayCertificate
    from app.sandbox.relay_protocol import RelayHandler, RelaySession

READY_TIMEOUT_SECONDS = 10.0
_STOP_JOIN_SECONDS = 2.0
_BACKLOG = 64


def _listen(host: str) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, 0), family=family, backlog=_BACKLOG)


class SmtpRelay:
    """A STARTTLS port and an implicit-TLS port sharing one set of rules and one mailbox."""

    def __init__(self, host: str, rules: RelayRules, mailbox: Mailbox) -> None:
        self.host = host
        self.rules = rules
        self.mailbox = mailbox
        self.faults = FaultBook((SMTP_CONNECTION,), SMTP_FAULTS)
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._released = threading.Event()
        self._stopping = False
        self._error: BaseException | None = None
        self._certificate: RelayCertificate | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._sessions: set[RelaySession] = set()

    # -- lifecycle ----------------------------------------------------------------------

    def start(self, *, deferred: bool = False) -> None:
        """Bind both ports now; start answering on the relay's thread (once released,
        when ``deferred``)."""
        starttls, implicit = _listen(self.host), _listen(self.host)
        self._sockets = (starttls, implicit)
        if not deferred:
            self._released.set()
        self._thread = threading.Thread(
            target=self._run, name=f"sandbox-smtp-{self.port}", daemon=True
        )
        self._thread.start()

    def release(self) -> None:
        """Let a deferred relay get ready now (no effect when it is already going)."""
        self._released.set()

    def wait_ready(self, timeout: float = READY_TIMEOUT_SECONDS) -> None:
        """Wait until the relay answers; RuntimeError if it could not start."""
        if self._thread is None:
            raise RuntimeError("the SMTP relay has not been started")
        self._released.set()
        if not self._ready.wait(timeout):
            raise RuntimeError(f"the SMTP relay did not start within {timeout:g} s")
        if self._error is not None:
            raise RuntimeError(f"the SMTP relay could not start: {self._error}")

    def stop(self) -> None:
        """Close the ports and every open connection; wait briefly for the thread."""
        with self._lock:
            self._stopping = True
            loop, stop_event = self._loop, self._stop_event
        self._released.set()
        if loop is not None and stop_event is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed already
                loop.call_soon_threadsafe(stop_event.set)
        if self._thread is not None:
            self._thread.join(_STOP_JOIN_SECONDS)
        for sock in self._sockets or ():
            sock.close()

    # -- addresses ----------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The STARTTLS port."""
        return self._bound()[0].getsockname()[1]  # type: ignore[no-any-return]

    @property
    def tls_port(self) -> int:
        """The implicit-TLS port."""
        return self._bound()[1].getsockname()[1]  # type: ignore[no-any-return]

    @property
    def certificate(self) -> RelayCertificate:
        self.wait_ready()
        assert self._certificate is not None
        return self._certificate

    def _bound(self) -> tuple[socket.socket, socket.socket]:
        if self._sockets is None:
            raise RuntimeError("the SMTP relay has not been started")
        return self._sockets

    # -- the relay's thread ---------------------------------------------------------------

    def _run(self) -> None:
        self._released.wait()
        with self._lock:
            if self._stopping:
                self._ready.set()
                return
        try:
            import asyncio

            from app.sandbox.certificate import generate_relay_certificate, server_context
            from app.sandbox.relay_protocol import RelayHandler

            self._certificate = generate_relay_certificate()
            tls = server_context(self._certificate)
            handler = RelayHandler(self.rules, self.mailbox)
            loop = asyncio.new_event_loop()
        except BaseException as error:  # reported by wait_ready()
            self._error = error
            self._ready.set()
            return
        try:
            loop.run_until_complete(self._serve(loop, handler, tls))
        except BaseException as error:
            self._error = self._error or error
        finally:
            self._ready.set()
            loop.close()

    async def _serve(
        self, loop: asyncio.AbstractEventLoop, handler: RelayHandler, tls: ssl.SSLContext
    ) -> None:
        import asyncio

        stop_event = asyncio.Event()
        with self._lock:
            if self._stopping:
                return
            self._loop, self._stop_event = loop, stop_event
        starttls, implicit = self._bound()
        servers = [
            await loop.create_server(lambda: self._session(handler, tls, False), sock=starttls),
            await loop.create_server(
                lambda: self._session(handler, tls, True), sock=implicit, ssl=tls
            ),
        ]
        self._ready.set()
        await stop_event.wait()
        for server in servers:
            server.close()
        for session in list(self._sessions):
            if session.transport is not None:
                session.transport.close()
        pending = [t for t in asyncio.all_tasks(loop) if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=_STOP_JOIN_SECONDS / 2)

    def _session(
        self, handler: RelayHandler, tls: ssl.SSLContext, implicit_tls: bool
    ) -> RelaySession:
        from app.sandbox.relay_protocol import make_session

        fault = self.faults.take(SMTP_CONNECTION)
        session = make_session(handler, fault, tls, implicit_tls=implicit_tls)
        # Sessions already made are connected by now: forget those that have closed.
        self._sessions = {s for s in self._sessions if s.transport is not None}
        self._sessions.add(session)
        return session
