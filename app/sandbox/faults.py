"""Faults injected on demand: what they are called and which calls they hit."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from app.sandbox.protocol import CALLS

#: Every fault name. ``delay`` is written ``delay:SECONDS`` (e.g. ``delay:2``); a bare
#: ``delay`` waits DEFAULT_DELAY seconds.
FAULTS: tuple[str, ...] = (
    "html_502",  # HTTP 502, text/html nginx page; the call has no effect
    "garbage",  # HTTP 200, application/json, bytes that are not JSON; no effect
    "truncated",  # the call takes effect; HTTP 200 with half the body, longer Content-Length, close
    "drop",  # read the request, close the connection without an answer; no effect
    "drop_after_work",  # the call takes effect, then close without an answer
    "endless",  # HTTP 200, no Content-Length, Connection: close, endless smtp_list; no effect
    "wrong_types",  # HTTP 200 JSON with the right keys but wrong value types; no effect
    "delay",  # sleep SECONDS, then answer normally
)
#: Faults of the SMTP relay, each for one whole connection.
SMTP_FAULTS: tuple[str, ...] = (
    "drop",  # accept the connection, close it without a greeting
    "no_starttls",  # do not offer STARTTLS; the STARTTLS command answers 454
    "delay",  # wait SECONDS before every answer (a slow relay)
)
#: The one "call" of the relay that faults apply to.
SMTP_CONNECTION = "connect"
ANY_CALL = "*"
DEFAULT_DELAY = 1.0
MAX_DELAY = 3600.0


@dataclass(frozen=True, slots=True)
class Fault:
    name: str
    seconds: float = 0.0

    def __str__(self) -> str:
        return f"delay:{self.seconds:g}" if self.name == "delay" else self.name


def parse_fault(text: str, names: tuple[str, ...] = FAULTS) -> Fault:
    """``"drop"`` -> Fault("drop"); ``"delay:2"`` -> Fault("delay", 2.0). ValueError if unknown."""
    name, sep, argument = text.partition(":")
    if name not in names or (sep and name != "delay"):
        raise ValueError(f"unknown fault {text!r}; known: {', '.join(names)} (delay:SECONDS)")
    if name != "delay":
        return Fault(name)
    if not sep:
        return Fault("delay", DEFAULT_DELAY)
    try:
        seconds = float(argument)
    except ValueError:
        raise ValueError(f"bad delay in fault {text!r}: expected delay:SECONDS") from None
    if not math.isfinite(seconds) or not 0.0 <= seconds <= MAX_DELAY:
        raise ValueError(f"delay must be between 0 and {MAX_DELAY:g} seconds")
    return Fault("delay", seconds)


@dataclass(slots=True)
class _Injection:
    call: str
    fault: Fault
    remaining: int | None


class FaultBook:
    """Injected faults, thread-safe. A call takes the first matching injection (in the
    order they were injected); each use counts down ``times``; None never runs out.
    ``calls`` and ``names`` are the calls and faults it accepts (the API's by default)."""

    def __init__(self, calls: tuple[str, ...] = CALLS, names: tuple[str, ...] = FAULTS) -> None:
        self._lock = threading.Lock()
        self._injections: list[_Injection] = []
        self._calls = calls
        self._names = names

    def inject(self, call: str, fault: str, times: int | None = 1) -> None:
        if call != ANY_CALL and call not in self._calls:
            raise ValueError(f"unknown call {call!r}; known: {', '.join(self._calls)} or '*'")
        parsed = parse_fault(fault, self._names)
        if times is not None and (isinstance(times, bool) or times < 1):
            raise ValueError("times must be a positive integer or None")
        with self._lock:
            self._injections.append(_Injection(call, parsed, times))

    def clear(self) -> None:
        with self._lock:
            self._injections.clear()

    def pending(self) -> list[tuple[str, str, int | None]]:
        """(call, fault, remaining uses) for every active injection."""
        with self._lock:
            return [(i.call, str(i.fault), i.remaining) for i in self._injections]

    def take(self, call: str) -> Fault | None:
        """The fault for this call, if any, using it up once."""
        with self._lock:
            for index, injection in enumerate(self._injections):
                if injection.call not in (call, ANY_CALL):
                    continue
                if injection.remaining is not None:
                    injection.remaining -= 1
                    if injection.remaining <= 0:
                        del self._injections[index]
                return injection.fault
        return None


HTML_502_BODY = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
GARBAGE_BODY = b'\xef\xbb\xbf{"status": success, \x00\xff\xfe smtp_list: [<<not json>>'

WRONG_TYPES: dict[str, dict[str, object]] = {
    "listSmtp": {"status": "success", "smtp_list": "smtp104233,smtp104234"},
    "addSmtp": {
        "status": "success",
        "message": "SMTP User Created",
        "smtp_user_name": 12345,
        "smtp_password": None,
    },
    "editSmtp": {"status": True, "message": ["SMTP User Updated"]},
    "resetSmtpPassword": {
        "status": "success",
        "message": "password reseted",
        "smtp_user_name": ["smtp12345"],
        "smtp_password": 2345678,
    },
}

ENDLESS_PREFIX = b'{"status":"success","smtp_list":['
_FILLER_ITEM = (
    b'{"smtp_user_name":"smtp000000","password":"aaaaaaaaaa","status":"Enable",'
    b'"total_limit":100,"hourly_limit":10},'
)
ENDLESS_FILLER = _FILLER_ITEM * (65536 // len(_FILLER_ITEM))
#: Safety bound for one endless answer, in case neither side ever stops.
ENDLESS_LIMIT_BYTES = 256 * 1024 * 1024
