"""``Sandbox``: a local SendClean SMTP-user API server and SMTP relay, started and stopped
from Python."""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType

from app.sandbox.demo_data import DEFAULT_SEED, demo_users, generate_users
from app.sandbox.engine import Engine
from app.sandbox.faults import SMTP_CONNECTION
from app.sandbox.loopback import relay_host
from app.sandbox.mailbox import CapturedMessage, Mailbox
from app.sandbox.records import RecordedRequest
from app.sandbox.relay import SmtpRelay
from app.sandbox.relay_rules import RelayRules
from app.sandbox.server import SandboxHTTPServer
from app.sandbox.state import SandboxUser, UserStore

_STOP_JOIN_SECONDS = 1.0
_POLL_SECONDS = 0.05


def format_host(host: str) -> str:
    """An IPv6 address in brackets, any other host as it is."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def format_base_url(host: str, port: int) -> str:
    """``http://HOST:PORT/v1.0/``, with an IPv6 host in brackets."""
    return f"http://{format_host(host)}:{port}/v1.0/"


class Sandbox:
    """A SendClean SMTP-user API on a local port and, unless ``smtp=False``, an SMTP relay
    on loopback for the same users. Use as a context manager, or call start() / stop().
    A stopped sandbox cannot be started again. ``mailbox_dir``: also write every message
    the relay accepts there as an .eml file."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        owner_id: str = "demo-owner",
        token: str = "demo-token",
        users: int | None = None,
        latency: float = 0.0,
        fail_rate: float = 0.0,
        seed: int | None = None,
        list_style: str = "example",
        error_style: str = "http",
        smtp: bool = True,
        mailbox_dir: Path | str | None = None,
    ) -> None:
        if isinstance(port, bool) or not 0 <= port <= 65535:
            raise ValueError("port must be between 0 and 65535")
        if users is not None and (isinstance(users, bool) or users < 0):
            raise ValueError("users must be None or an integer >= 0")
        used_seed = DEFAULT_SEED if seed is None else seed
        initial = demo_users(used_seed) if users is None else generate_users(users, used_seed)
        self._host = host.strip("[]")
        self._requested_port = port
        self._engine = Engine(
            UserStore(initial),
            owner_id=owner_id,
            token=token,
            latency=latency,
            fail_rate=fail_rate,
            seed=used_seed,
            list_style=list_style,
            error_style=error_style,
        )
        self._mailbox = Mailbox(None if mailbox_dir is None else Path(mailbox_dir))
        self._relay: SmtpRelay | None = None
        if smtp:
            rules = RelayRules(self._engine.store)
            self._relay = SmtpRelay(relay_host(self._host), rules, self._mailbox)
        self._log_requests = False
        self._lifecycle = threading.Lock()
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None
        self._stopped = False

    # -- lifecycle ----------------------------------------------------------------------

    def start(self, *, defer_smtp: bool = False) -> Sandbox:
        """Bind and serve in a background thread (idempotent while running).

        ``defer_smtp``: bind the relay's ports now but hold back its start-up work (see
        :meth:`release_smtp`) so that it does not compete with the caller's own start."""
        with self._lifecycle:
            if self._stopped:
                raise RuntimeError("a stopped Sandbox cannot be started again")
            if self._server is not None:
                return self
            server = SandboxHTTPServer(
                self._host, self._requested_port, self._engine, log_requests=self._log_requests
            )
            self._port = server.server_port
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": _POLL_SECONDS},
                name=f"sandbox-{self._port}",
                daemon=True,
            )
            self._server, self._thread = server, thread
            thread.start()
            if self._relay is not None:
                try:
                    self._relay.start(deferred=defer_smtp)
                except OSError:
                    self._stop_api(server, thread)
                    raise
            return self

    def stop(self) -> None:
        """Stop serving within about a second, even with sleeping or streaming handlers:
        pending answers are dropped and open connections are cut."""
        with self._lifecycle:
            if self._stopped:
                return
            self._stopped = True
            server, thread = self._server, self._thread
            self._engine.stopping.set()
            if server is None or thread is None:
                return
            if self._relay is not None:
                self._relay.stop()
            self._stop_api(server, thread)

    @staticmethod
    def _stop_api(server: SandboxHTTPServer, thread: threading.Thread) -> None:
        server.shutdown()
        server.server_close()
        server.close_open_connections()
        thread.join(_STOP_JOIN_SECONDS)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None and not self._stopped

    def set_request_logging(self, enabled: bool) -> None:
        """Log one line per request (method, path, status; never bodies) to stderr."""
        self._log_requests = enabled
        if self._server is not None:
            self._server.log_requests = enabled

    # -- addresses and credentials ------------------------------------------------------

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the Sandbox has not been started")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1.0/`` (available once started)."""
        return format_base_url(self._host, self.port)

    @property
    def owner_id(self) -> str:
        return self._engine.owner_id

    @property
    def token(self) -> str:
        return self._engine.token

    def set_token(self, token: str) -> None:
        """Replace the accepted token (e.g. to simulate a revoked one)."""
        self._engine.set_token(token)

    # -- the SMTP relay -----------------------------------------------------------------

    def _started_relay(self) -> SmtpRelay:
        relay = self._relay_or_error()
        if self._server is None:
            raise RuntimeError("the Sandbox has not been started")
        return relay

    @property
    def smtp_host(self) -> str:
        """The relay's address: always a loopback address (127.0.0.1 unless the API
        listens on another loopback address)."""
        return self._started_relay().host

    @property
    def smtp_port(self) -> int:
        """The relay's STARTTLS port (known at once; it answers once ready)."""
        return self._started_relay().port

    @property
    def smtp_tls_port(self) -> int:
        """The relay's implicit-TLS port."""
        return self._started_relay().tls_port

    @property
    def smtp_url(self) -> str:
        """``smtp://127.0.0.1:PORT`` (the STARTTLS port)."""
        return f"smtp://{format_host(self.smtp_host)}:{self.smtp_port}"

    @property
    def smtp_ca_pem(self) -> str:
        """The PEM certificate of the CA that signed the relay's certificate: the one
        certificate a client of the relay should trust. Waits until the relay is ready."""
        return self._started_relay().certificate.ca_pem

    def release_smtp(self) -> None:
        """Let a relay held back by ``start(defer_smtp=True)`` get ready now."""
        if self._relay is not None:
            self._relay.release()

    def wait_smtp_ready(self, timeout: float = 10.0) -> None:
        """Wait until the relay answers (RuntimeError if it could not start)."""
        self._started_relay().wait_ready(timeout)

    @property
    def mailbox(self) -> Mailbox:
        """Every message the relay accepted (thread-safe; see Mailbox)."""
        return self._mailbox

    @property
    def messages(self) -> list[CapturedMessage]:
        """A snapshot of the captured messages, oldest first."""
        return self._mailbox.messages()

    def smtp_sent(self, user_name: str) -> tuple[int, int]:
        """(messages in the last hour, messages in all) the relay accepted from the user."""
        return self._started_relay().rules.sent(user_name)

    def inject_smtp(self, fault: str, times: int | None = 1) -> None:
        """Make the next ``times`` relay connections (either port) behave with ``fault``:
        "drop", "no_starttls" or "delay:SECONDS" (see SMTP_FAULTS). None: until cleared."""
        self._relay_or_error().faults.inject(SMTP_CONNECTION, fault, times)

    def _relay_or_error(self) -> SmtpRelay:
        if self._relay is None:
            raise RuntimeError("this Sandbox was made with smtp=False")
        return self._relay

    # -- behaviour knobs ----------------------------------------------------------------

    @property
    def latency(self) -> float:
        return self._engine.latency

    @latency.setter
    def latency(self, value: float) -> None:
        self._engine.latency = value

    @property
    def fail_rate(self) -> float:
        return self._engine.fail_rate

    @fail_rate.setter
    def fail_rate(self, value: float) -> None:
        self._engine.fail_rate = value

    @property
    def list_style(self) -> str:
        return self._engine.list_style

    @list_style.setter
    def list_style(self, value: str) -> None:
        self._engine.list_style = value

    @property
    def error_style(self) -> str:
        return self._engine.error_style

    @error_style.setter
    def error_style(self, value: str) -> None:
        self._engine.error_style = value

    # -- users ----------------------------------------------------------------------------

    def users(self) -> list[SandboxUser]:
        """A snapshot of the users, in list order."""
        return self._engine.store.snapshot()

    def set_users(self, users: list[SandboxUser]) -> None:
        """Replace all users (ValueError on duplicate names)."""
        self._engine.store.replace_all(users)

    # -- faults -------------------------------------------------------------------------

    def inject(self, call: str, fault: str, times: int | None = 1) -> None:
        """Make the next ``times`` calls of ``call`` ("listSmtp"..., or "*" for any) fail
        with ``fault`` (see FAULTS; "delay:SECONDS"). times=None: until clear_faults()."""
        self._engine.faults.inject(call, fault, times)

    def clear_faults(self) -> None:
        """Clear the API's faults and the relay's."""
        self._engine.faults.clear()
        if self._relay is not None:
            self._relay.faults.clear()

    def pending_faults(self) -> list[tuple[str, str, int | None]]:
        """(call, fault, remaining uses or None) for each injected fault still active."""
        return self._engine.faults.pending()

    # -- observation ----------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far (a copy), without owner_id and token."""
        return self._engine.log.snapshot()

    def clear_requests(self) -> None:
        self._engine.log.clear()

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> bool:
        """Wait until ``count`` requests were received since the last clear_requests()."""
        return self._engine.log.wait_for(count, timeout)

    @property
    def connection_count(self) -> int:
        """TCP connections accepted so far."""
        return 0 if self._server is None else self._server.connection_count

    def __repr__(self) -> str:
        where = format_base_url(self._host, self._port) if self._port is not None else "unbound"
        state = "running" if self.running else ("stopped" if self._stopped else "not started")
        return (
            f"Sandbox({where}, owner_id={self.owner_id!r}, users={len(self._engine.store)}, "
            f"{state})"
        )
