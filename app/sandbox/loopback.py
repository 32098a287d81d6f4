"""Which addresses are loopback: the only ones the sandbox listens on by default."""

from __future__ import annotations

import ipaddress

#: Where the relay listens when the API's own host is not a loopback address.
DEFAULT_RELAY_HOST = "127.0.0.1"


def is_loopback(host: str) -> bool:
    bare = host.strip("[]")
    if bare.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(bare).is_loopback
    except ValueError:
        return False


def relay_host(api_host: str) -> str:
    """The relay's address: the API's host when it is a loopback address, else 127.0.0.1."""
    bare = api_host.strip("[]")
    if bare.lower() == "localhost" or not is_loopback(bare):
        return DEFAULT_RELAY_HOST
    return bare
