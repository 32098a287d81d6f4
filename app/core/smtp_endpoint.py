"""Where an SMTP session goes and which certificates it trusts.

Qt-free. TLS is always verified: :meth:`SmtpEndpoint.tls_context` checks the certificate
and the host name, against the system's CAs or, when ``ca_pem`` is given, against that one
CA only (the sandbox relay's). A sandbox endpoint is ``loopback_only``: it cannot be made,
nor changed with :func:`dataclasses.replace`, to aim at any other host.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from typing import Literal

from app.api import is_loopback_host

from .smtp_settings import IMPLICIT_TLS_PORTS

__all__ = ["SmtpEndpoint", "SmtpSecurity", "client_tls_context"]

#: ``"starttls"``: plain connection, then STARTTLS; ``"tls"``: TLS from the first byte.
SmtpSecurity = Literal["starttls", "tls"]


def client_tls_context(ca_pem: str | None = None) -> ssl.SSLContext:
    """A verifying client context (TLS 1.2 or newer): the system's CAs, or only ``ca_pem``."""
    if ca_pem is None:
        context = ssl.create_default_context()
    else:
        context = ssl.create_default_context(cadata=ca_pem)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


@dataclass(frozen=True, slots=True)
class SmtpEndpoint:
    """An SMTP relay: ``security`` None means by port (465 implicit TLS, else STARTTLS)."""

    host: str
    port: int
    security: SmtpSecurity | None = None
    ca_pem: str | None = field(default=None, repr=False)
    loopback_only: bool = False

    def __post_init__(self) -> None:
        port = self.port
        if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
            raise ValueError(f"SMTP port must be an integer in 1..65535, got {port!r}")
        host = self.host
        if not host or host != host.strip() or not host.isprintable() or " " in host:
            raise ValueError("SMTP host must be a non-empty name without spaces")
        if self.security not in (None, "starttls", "tls"):
            raise ValueError(f"unknown SMTP security {self.security!r}")
        if self.loopback_only and not is_loopback_host(host):
            raise ValueError(f"this SMTP server must be on loopback, not {host!r}")

    @classmethod
    def sandbox(
        cls, host: str, port: int, ca_pem: str, security: SmtpSecurity = "starttls"
    ) -> SmtpEndpoint:
        """The sandbox relay: loopback only, trusting only the relay's CA."""
        return cls(host, port, security, ca_pem=ca_pem, loopback_only=True)

    @property
    def implicit_tls(self) -> bool:
        if self.security is None:
            return self.port in IMPLICIT_TLS_PORTS
        return self.security == "tls"

    @property
    def address(self) -> str:
        """``host:port``, an IPv6 address in brackets."""
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    def tls_context(self) -> ssl.SSLContext:
        return client_tls_context(self.ca_pem)
