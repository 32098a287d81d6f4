"""The relay's SMTP sessions: aiosmtpd's protocol with SendClean's rules and the faults.

Imported only on the relay's own thread (aiosmtpd and asyncio take a while to import).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import ssl
from typing import Any, AnyStr

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from app.sandbox.faults import Fault
from app.sandbox.mailbox import Mailbox
from app.sandbox.relay_rules import INVALID_CREDENTIALS, RelayRules

# aiosmtpd logs every command line at INFO, AUTH PLAIN's base64 credentials included, and
# a deprecation WARNING of its own at every successful AUTH: keep only its errors.
logging.getLogger("mail.log").setLevel(logging.ERROR)

RELAY_HOSTNAME = "sandbox-relay.sendclean.invalid"
RELAY_IDENT = "ESMTP SendClean sandbox relay"
MAX_MESSAGE_BYTES = 10 * 1024 * 1024
MAX_RECIPIENTS = 100
IDLE_TIMEOUT_SECONDS = 120.0
STORE_FAILED = "451 4.3.0 The sandbox could not store the message"


class RelaySession(SMTP):
    """One connection; ``fault`` (taken when the connection arrives) applies to all of it."""

    def __init__(self, handler: RelayHandler, *, fault: Fault | None, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.fault = fault

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        # aiosmtpd knows TLS only from its own STARTTLS; on the implicit-TLS port the
        # transport is TLS from the start, so AUTH is allowed there (and only there).
        if transport.get_extra_info("ssl_object") is not None:
            self._auth_require_tls = False

    def fault_is(self, name: str) -> bool:
        return self.fault is not None and self.fault.name == name

    async def push(self, status: AnyStr) -> None:
        if self.fault is not None and self.fault.name == "delay":
            await asyncio.sleep(self.fault.seconds)
        await super().push(status)

    async def _handle_client(self) -> None:
        if self.fault_is("drop") and self.transport is not None:
            self.transport.close()
            return
        await super()._handle_client()

    async def smtp_STARTTLS(self, arg: str) -> None:
        if self.fault_is("no_starttls"):
            await self.push("454 4.7.0 TLS not available due to temporary reason")
            return
        await super().smtp_STARTTLS(arg)


class RelayHandler:
    """aiosmtpd hooks: the envelope rules and the capture of accepted messages."""

    def __init__(self, rules: RelayRules, mailbox: Mailbox) -> None:
        self._rules = rules
        self._mailbox = mailbox

    def authenticator(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (
            self._rules.authenticate(data.login, data.password) is not None
        )
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

    def _user(self, session: Session) -> str | None:
        data = session.auth_data
        if not isinstance(data, LoginPassword):
            return None
        return self._rules.authenticate(data.login, data.password)

    async def handle_EHLO(
        self, server: RelaySession, session: Session, envelope: Envelope, hostname: str,
        responses: list[str],
    ) -> list[str]:  # fmt: skip
        session.host_name = hostname
        if server.fault_is("no_starttls"):
            responses = [line for line in responses if line[4:].upper() != "STARTTLS"]
        return responses

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str,
        mail_options: list[str],
    ) -> str:  # fmt: skip
        user = self._user(session)
        if user is None:
            return INVALID_CREDENTIALS
        refusal = self._rules.refusal(user)
        if refusal is not None:
            return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str,
        rcpt_options: list[str],
    ) -> str:  # fmt: skip
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        user = self._user(session)
        if user is None:
            return INVALID_CREDENTIALS
        refusal = self._rules.count(user)
        if refusal is not None:
            return refusal
        queue_id = secrets.token_hex(5).upper()
        raw = envelope.original_content or b""
        try:
            self._mailbox.add(
                queue_id, user, envelope.mail_from or "", tuple(envelope.rcpt_tos), raw
            )
        except OSError:
            return STORE_FAILED
        return f"250 2.0.0 Ok: queued as {queue_id}"


def make_session(
    handler: RelayHandler, fault: Fault | None, tls: ssl.SSLContext, *, implicit_tls: bool
) -> RelaySession:
    """A session for a STARTTLS port (TLS required before AUTH and MAIL) or an
    implicit-TLS port (the transport is TLS already, so AUTH is allowed at once)."""
    return RelaySession(
        handler,
        fault=fault,
        hostname=RELAY_HOSTNAME,
        ident=RELAY_IDENT,
        data_size_limit=MAX_MESSAGE_BYTES,
        timeout=IDLE_TIMEOUT_SECONDS,
        tls_context=None if implicit_tls else tls,
        require_starttls=not implicit_tls,
        auth_required=True,
        auth_require_tls=True,
        authenticator=handler.authenticator,
    )
