"""Turn raw answers into values or typed errors. Pure functions, no I/O.

Accepts every contradiction of the reference (see the project's README):
password under ``password`` or ``smtp_password``; status as "Enable"/"Disable" in
any case, 1/0 or "1"/"0"; limits as integers or digit strings, missing as ``None``;
errors named by ``name`` or ``type``, on HTTP 200 or on 4xx/5xx.

A ``listSmtp`` answer can hold 100 000 users (about 11 MB). :func:`fast_user_list`
decodes such an answer with msgspec straight into compact structs, in slices, so that
the thread decoding it never holds the GIL (and so never freezes the UI thread) for
long; it takes only well-formed success answers and hands everything else back
(``None``) to the general path, :func:`decode_answer` then :func:`parse_user_list`,
which alone decides what is an error and how it is worded.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Final, TypeVar

import msgspec

from .errors import ProtocolError, api_error_for
from .models import SmtpCredentials, SmtpUser

Redactor = Callable[[str], str]
_T = TypeVar("_T")

_ENABLED = {
    "enable": True,
    "enabled": True,
    "1": True,
    "disable": False,
    "disabled": False,
    "0": False,
}
_MAX_LIMIT_DIGITS = 18


def _no_redaction(text: str) -> str:
    return text


def _looks_like_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:256].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<"))


def decode_answer(
    call: str,
    http_status: int,
    content_type: str,
    body: bytes,
    redact: Redactor = _no_redaction,
) -> dict[str, Any]:
    """Return the JSON object of a success answer, or raise a typed error."""
    where = f"the server answered HTTP {http_status}"
    if not body.strip():
        raise ProtocolError(f"{where} with an empty body", http_status=http_status)
    if _looks_like_html(content_type, body):
        raise ProtocolError(f"{where} with an HTML page instead of JSON", http_status=http_status)
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        raise ProtocolError(
            f"{where} with a body that is not JSON", http_status=http_status
        ) from None
    if not isinstance(payload, dict):
        raise ProtocolError(f"{where} with JSON that is not an object", http_status=http_status)
    status = payload.get("status")
    status_text = status.lower() if isinstance(status, str) else None
    kind = payload.get("name")
    if not isinstance(kind, str) or not kind:
        kind = payload.get("type")
    if status_text == "error" or (http_status >= 400 and isinstance(kind, str) and kind):
        message = payload.get("message")
        code = payload.get("code")
        raise api_error_for(
            kind if isinstance(kind, str) and kind else "UnknownError",
            redact(message) if isinstance(message, str) else "",
            code if isinstance(code, int) and not isinstance(code, bool) else None,
            http_status=http_status,
            call=call,
        )
    if http_status >= 400:
        raise ProtocolError(
            f"{where} with JSON that is not a SendClean error", http_status=http_status
        )
    if status_text != "success":
        raise ProtocolError(f'{where} without the status "success"', http_status=http_status)
    return payload


def parse_limit(value: object, field_name: str) -> int | None:
    """A limit as sent: int, digit string, or missing (``None``)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ProtocolError(f"{field_name} is a boolean, not a number")
    if isinstance(value, int):
        if value < 0:
            raise ProtocolError(f"{field_name} is negative")
        return value
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= _MAX_LIMIT_DIGITS:
            return int(text)
    raise ProtocolError(f"{field_name} is not a whole number")


def parse_enabled(value: object) -> bool:
    """A status as sent: "Enable"/"Disable" in any case, 1/0, "1"/"0" (or a boolean)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return value == 1
    if isinstance(value, str):
        found = _ENABLED.get(value.strip().lower())
        if found is not None:
            return found
    raise ProtocolError("status is neither Enable nor Disable")


def _password_of(item: dict[str, Any]) -> str | None:
    for key in ("password", "smtp_password"):
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
        if value is not None and not isinstance(value, str):
            raise ProtocolError(f"{key} is not text")
    return None


def parse_user(item: object) -> SmtpUser:
    """One entry of ``smtp_list``."""
    if not isinstance(item, dict):
        raise ProtocolError("an entry of smtp_list is not an object")
    name = item.get("smtp_user_name")
    if not isinstance(name, str) or not name:
        raise ProtocolError("an entry of smtp_list has no smtp_user_name")
    return SmtpUser(
        user_name=name,
        password=_password_of(item),
        enabled=parse_enabled(item.get("status")),
        total_limit=parse_limit(item.get("total_limit"), "total_limit"),
        hourly_limit=parse_limit(item.get("hourly_limit"), "hourly_limit"),
    )


def parse_user_list(payload: dict[str, Any]) -> list[SmtpUser]:
    """The users of a ``listSmtp`` success answer."""
    items = payload.get("smtp_list")
    if items is None:
        return []
    if not isinstance(items, list):
        raise ProtocolError("smtp_list is not a list")
    users = [parse_user(item) for item in items]
    return users


def parse_credentials(payload: dict[str, Any], expected_user: str | None = None) -> SmtpCredentials:
    """The user name and password of an ``addSmtp`` or ``resetSmtpPassword`` answer."""
    name = payload.get("smtp_user_name", expected_user)
    if not isinstance(name, str) or not name:
        raise ProtocolError("the answer has no smtp_user_name")
    password = payload.get("smtp_password", payload.get("password"))
    if not isinstance(password, str) or not password:
        raise ProtocolError("the answer has no smtp_password")
    return SmtpCredentials(user_name=name, password=password)


# -- the fast path for user lists ----------------------------------------------------------


class _WireUser(msgspec.Struct, gc=False):
    """One entry of ``smtp_list`` as sent; a value of another type fails the fast path.

    Its properties are the fields of :class:`SmtpUser`, read by ``msgspec.convert``
    (``from_attributes``), which builds the users in C. A property that meets a value
    the general path refuses raises, and the conversion then fails as a whole.
    """

    user_name: Annotated[str, msgspec.Meta(min_length=1)] = msgspec.field(name="smtp_user_name")
    sent_password: str | None = msgspec.field(name="password", default=None)
    sent_smtp_password: str | None = msgspec.field(name="smtp_password", default=None)
    sent_status: str | int | bool | None = msgspec.field(name="status", default=None)
    sent_total_limit: int | str | None = msgspec.field(name="total_limit", default=None)
    sent_hourly_limit: int | str | None = msgspec.field(name="hourly_limit", default=None)

    @property
    def password(self) -> str | None:
        return self.sent_password or self.sent_smtp_password or None

    @property
    def enabled(self) -> bool:
        found = _FAST_ENABLED.get(self.sent_status)
        return parse_enabled(self.sent_status) if found is None else found

    @property
    def total_limit(self) -> int | None:
        value = self.sent_total_limit
        if type(value) is int and value >= 0:
            return value
        return parse_limit(value, "total_limit")

    @property
    def hourly_limit(self) -> int | None:
        value = self.sent_hourly_limit
        if type(value) is int and value >= 0:
            return value
        return parse_limit(value, "hourly_limit")


class _ListEnvelope(msgspec.Struct, gc=False):
    """A ``listSmtp`` answer, its entries decoded."""

    status: str | None = None
    smtp_list: list[_WireUser] | None = None


class _RawListEnvelope(msgspec.Struct, gc=False):
    """A ``listSmtp`` answer, its entries left undecoded (each a slice of the body)."""

    status: str | None = None
    smtp_list: list[msgspec.Raw] | None = None


_ENVELOPE_DECODER: Final = msgspec.json.Decoder(_ListEnvelope)
_RAW_ENVELOPE_DECODER: Final = msgspec.json.Decoder(_RawListEnvelope)
_ENTRIES_DECODER: Final = msgspec.json.Decoder(list[_WireUser])
#: Bodies up to this size are decoded in one msgspec call (about 10 000 users, 5 ms).
FAST_WHOLE_BYTES: Final = 1024 * 1024
#: Larger ones entry by entry, this many entries per msgspec call (about 2 ms each).
FAST_SLICE: Final = 4096
#: json.loads runs three Python frames below decode_answer; msgspec runs in none.
_SPARE_FRAMES: Final = 8
#: Status spellings taken as they are (the others go through :func:`parse_enabled`).
_FAST_ENABLED: Final[dict[object, bool]] = {
    "Enable": True,
    "Disable": False,
    "enable": True,
    "disable": False,
    "1": True,
    "0": False,
    1: True,  # also True: True == 1 and hash(True) == hash(1)
    0: False,  # also False
}
#: What msgspec raises for bodies it cannot take (invalid UTF-8 is a UnicodeDecodeError),
#: and what a conversion raises when a property refused a value.
_NOT_FAST: Final = (msgspec.MsgspecError, ValueError, RecursionError, ProtocolError)

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a list of users is built.

    The users hold only strings, numbers and booleans, so building them makes no cyclic
    garbage; without the pause, 100 000 new tracked objects set off full collections of
    the whole heap several times (each holding the GIL for tens of milliseconds).
    Nested and concurrent pauses are counted; the last one restores the previous state.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def _decode_in_frames(decoder: msgspec.json.Decoder[_T], body: bytes, frames: int) -> _T:
    """Decode ``body`` from ``frames`` calls deeper, so that msgspec has less recursion
    headroom than :func:`json.loads` would: a body nested too deeply for ``json.loads``
    (a ProtocolError on the general path) is then too deep for msgspec too."""
    if frames > 0:
        return _decode_in_frames(decoder, body, frames - 1)
    return decoder.decode(body)


def _decoded_slices(items: list[msgspec.Raw]) -> Iterator[list[_WireUser]]:
    """Decode the entries FAST_SLICE at a time (the thread may switch between slices)."""
    decode = _ENTRIES_DECODER.decode
    for start in range(0, len(items), FAST_SLICE):
        yield decode(b"[" + b",".join(items[start : start + FAST_SLICE]) + b"]")


def fast_user_list(http_status: int, content_type: str, body: bytes) -> list[SmtpUser] | None:
    """The users of a well-formed ``listSmtp`` success answer, or ``None``.

    ``None`` means "use the general path": the body is not a success answer, or holds
    something this path does not take (an odd type, an empty name, a negative limit,
    JSON that msgspec reads differently from :mod:`json`...). When it returns a list,
    it is equal to ``parse_user_list(decode_answer(...))`` of the same answer.
    """
    if http_status >= 400 or not body.strip() or _looks_like_html(content_type, body):
        return None
    if not body.isascii():
        try:  # json.loads refuses invalid UTF-8 anywhere; msgspec only where it decodes
            body.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return None
    users: list[SmtpUser] = []
    slices: Iterable[list[_WireUser]]
    try:
        if len(body) <= FAST_WHOLE_BYTES:
            whole = _decode_in_frames(_ENVELOPE_DECODER, body, _SPARE_FRAMES)
            status, slices = whole.status, [whole.smtp_list or []]
        else:
            raw = _decode_in_frames(_RAW_ENVELOPE_DECODER, body, _SPARE_FRAMES)
            status, slices = raw.status, _decoded_slices(raw.smtp_list or [])
        if status is None or status.lower() != "success":
            return None
        with _gc_paused():
            for entries in slices:
                users += msgspec.convert(entries, list[SmtpUser], from_attributes=True)
    except _NOT_FAST:
        return None
    return users
