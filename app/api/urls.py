"""API addresses: checking a base URL, building one from an app domain, loopback hosts."""

from __future__ import annotations

import ipaddress

from .errors import AddressError
from .problem import ProblemKind


def is_loopback_host(host: str) -> bool:
    """True for the exact name ``localhost``, 127.0.0.0/8 and ::1; no name is looked up.

    ``*.localhost`` names are not loopback here: plain glibc sends them to DNS.
    """
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_base_url(base_url: str) -> str:
    """Check a base URL and return it ending in ``/``; raise ``ValueError`` if unusable."""
    import httpx  # only when an address is checked: the window starts without httpx

    text = base_url.strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError) as exc:
        raise AddressError(f"not a usable URL: {exc}", ProblemKind.ADDRESS_NOT_URL) from None
    if url.scheme not in ("http", "https") or not url.host:
        raise AddressError(
            "the API address must start with https:// and name a host", ProblemKind.ADDRESS_SCHEME
        )
    if url.scheme == "http" and not is_loopback_host(url.host):
        raise AddressError(
            "plain http:// is refused because it would send the token unencrypted; "
            "use https:// (http is allowed only for a local server on this computer)",
            ProblemKind.ADDRESS_PLAIN_HTTP,
        )
    if url.userinfo or url.query or url.fragment:
        raise AddressError(
            "the API address must not carry a user name, a query or a fragment",
            ProblemKind.ADDRESS_EXTRAS,
        )
    return text if text.endswith("/") else text + "/"


def base_url_for_domain(app_domain: str) -> str:
    """``https://api.<app_domain>/v1.0/`` for an account's app domain."""
    domain = app_domain.strip().strip(".").lower()
    if domain.startswith("api."):
        domain = domain[4:]
    if not domain or "/" in domain or ":" in domain or " " in domain or "." not in domain:
        raise AddressError(
            f"{app_domain!r} is not an app domain; expected something like us1-mta1.sendclean.net",
            ProblemKind.ADDRESS_DOMAIN,
            {"domain": app_domain.strip()},
        )
    return f"https://api.{domain}/v1.0/"
