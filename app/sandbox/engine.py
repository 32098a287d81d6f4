"""The sandbox's behaviour, free of HTTP: credentials, calls, faults, failures, logging."""

from __future__ import annotations

import json
import math
import random
import secrets
import threading
from collections.abc import Mapping
from typing import Any

from app.sandbox import faults as fault_data
from app.sandbox.faults import Fault, FaultBook
from app.sandbox.protocol import (
    AUTHENTICATION_ERROR,
    GENERAL_ERROR,
    SECRET_KEYS,
    TOKEN_MISMATCH,
    VALIDATION_ERROR,
    CallError,
)
from app.sandbox.records import RecordedRequest, RequestLog
from app.sandbox.replies import (
    ERROR_STYLES,
    Answer,
    Reply,
    Special,
    error_reply,
    json_reply,
)
from app.sandbox.state import UserStore
from app.sandbox.styles import LIST_STYLES, render_list_body
from app.sandbox.validation import (
    optional_limit,
    parse_status,
    parse_user_name,
    required_limit,
    unknown_user_message,
)

SIMULATED_FAILURE = "Simulated server failure"


def check_latency(value: float) -> float:
    latency = float(value)
    if not math.isfinite(latency) or latency < 0:
        raise ValueError("latency must be a finite number of seconds >= 0")
    return latency


def check_fail_rate(value: float) -> float:
    rate = float(value)
    if not 0.0 <= rate <= 1.0:
        raise ValueError("fail_rate must be between 0 and 1")
    return rate


def check_style(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; known: {', '.join(allowed)}")
    return value


class Engine:
    """Everything a request handler needs; thread-safe."""

    def __init__(
        self,
        store: UserStore,
        *,
        owner_id: str,
        token: str,
        latency: float,
        fail_rate: float,
        seed: int,
        list_style: str,
        error_style: str,
    ) -> None:
        self.store = store
        self.faults = FaultBook()
        self.log = RequestLog()
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._owner_id = owner_id
        self._token = token
        self._rng = random.Random(seed)
        self.latency = latency
        self.fail_rate = fail_rate
        self.list_style = list_style
        self.error_style = error_style

    # -- settings -----------------------------------------------------------------------

    @property
    def owner_id(self) -> str:
        with self._lock:
            return self._owner_id

    @property
    def token(self) -> str:
        with self._lock:
            return self._token

    def set_token(self, token: str) -> None:
        with self._lock:
            self._token = token

    @property
    def latency(self) -> float:
        return self._latency

    @latency.setter
    def latency(self, value: float) -> None:
        self._latency = check_latency(value)

    @property
    def fail_rate(self) -> float:
        return self._fail_rate

    @fail_rate.setter
    def fail_rate(self, value: float) -> None:
        self._fail_rate = check_fail_rate(value)

    @property
    def list_style(self) -> str:
        return self._list_style

    @list_style.setter
    def list_style(self, value: str) -> None:
        self._list_style = check_style(value, LIST_STYLES, "list_style")

    @property
    def error_style(self) -> str:
        return self._error_style

    @error_style.setter
    def error_style(self, value: str) -> None:
        self._error_style = check_style(value, ERROR_STYLES, "error_style")

    # -- request plumbing -----------------------------------------------------------------

    def pause(self, seconds: float) -> bool:
        """Wait ``seconds``; False when the sandbox is stopping (then do not answer)."""
        if seconds <= 0:
            return not self.stopping.is_set()
        return not self.stopping.wait(seconds)

    def record(self, call: str, params: Mapping[str, Any] | None, method: str, path: str) -> None:
        kept = {k: v for k, v in (params or {}).items() if k not in SECRET_KEYS}
        self.log.append(RecordedRequest(call, kept, method=method, path=path))

    def transport_error(self, kind: str, message: str, status: int, *, close: bool) -> Reply:
        """An error that is not an API answer (404, 405, 413...): keeps its HTTP status."""
        return error_reply(kind, message, status, self.error_style, keep_status=True, close=close)

    def internal_error(self) -> Reply:
        return error_reply(GENERAL_ERROR, "Internal sandbox error", 500, self.error_style)

    @staticmethod
    def decode_params(body: bytes) -> dict[str, Any] | None:
        """The body as a JSON object, or None when it is not one."""
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return None
        return value if isinstance(value, dict) else None

    # -- answering ----------------------------------------------------------------------

    def answer(self, call: str, params: dict[str, Any] | None, fault: Fault | None) -> Answer:
        """The answer to one call (path already known to be one of CALLS)."""
        if fault is not None:
            name = fault.name
            if name == "delay":
                if not self.pause(fault.seconds):
                    return Special.DROP
            elif name == "html_502":
                return Reply(502, fault_data.HTML_502_BODY, content_type="text/html")
            elif name == "garbage":
                return Reply(200, fault_data.GARBAGE_BODY)
            elif name == "wrong_types":
                return json_reply(fault_data.WRONG_TYPES[call])
            elif name == "drop":
                return Special.DROP
            elif name == "endless":
                return Special.ENDLESS
            elif name == "drop_after_work":
                self.execute(call, params)
                return Special.DROP
            elif name == "truncated":
                full = self.execute(call, params)
                cut = max(1, len(full.body) // 2)
                return Reply(
                    full.status,
                    full.body[:cut],
                    content_type=full.content_type,
                    declared_length=len(full.body) + 16,
                    close=True,
                )
        if self._roll_failure():
            return error_reply(GENERAL_ERROR, SIMULATED_FAILURE, 500, self.error_style)
        return self.execute(call, params)

    def execute(self, call: str, params: dict[str, Any] | None) -> Reply:
        """Check the body and credentials, perform the call, build its answer."""
        style = self.error_style
        if params is None:
            return error_reply(VALIDATION_ERROR, "Request body must be a JSON object", 400, style)
        if not self._authorised(params):
            return error_reply(AUTHENTICATION_ERROR, TOKEN_MISMATCH, 401, style)
        try:
            if call == "listSmtp":
                return Reply(200, self.store.list_body(self.list_style, render_list_body))
            if call == "addSmtp":
                return self._add(params)
            if call == "editSmtp":
                return self._edit(params)
            if call == "resetSmtpPassword":
                return self._reset(params)
        except CallError as error:
            return error_reply(error.kind, error.message, error.http_status, style)
        raise ValueError(f"unknown call {call!r}")

    def _authorised(self, params: Mapping[str, Any]) -> bool:
        owner_id, token = params.get("owner_id"), params.get("token")
        if not isinstance(owner_id, str) or not isinstance(token, str):
            return False
        with self._lock:
            expected_owner, expected_token = self._owner_id, self._token
        owner_ok = secrets.compare_digest(owner_id.encode(), expected_owner.encode())
        token_ok = secrets.compare_digest(token.encode(), expected_token.encode())
        return owner_ok and token_ok

    def _roll_failure(self) -> bool:
        with self._lock:
            rate = self._fail_rate
            return rate > 0 and self._rng.random() < rate

    def _add(self, params: Mapping[str, Any]) -> Reply:
        total = required_limit(params, "total_limit")
        hourly = required_limit(params, "hourly_limit")
        user = self.store.add(total, hourly)
        return json_reply(
            {
                "status": "success",
                "message": "SMTP User Created",
                "smtp_user_name": user.user_name,
                "smtp_password": user.password,
            }
        )

    def _edit(self, params: Mapping[str, Any]) -> Reply:
        name = parse_user_name(params)
        total = optional_limit(params, "total_limit")
        hourly = optional_limit(params, "hourly_limit")
        enabled = parse_status(params)
        if not self.store.edit(name, total_limit=total, hourly_limit=hourly, enabled=enabled):
            raise CallError(VALIDATION_ERROR, unknown_user_message(name), 400)
        return json_reply({"status": "success", "message": "SMTP User Updated"})

    def _reset(self, params: Mapping[str, Any]) -> Reply:
        name = parse_user_name(params)
        user = self.store.reset_password(name)
        if user is None:
            raise CallError(VALIDATION_ERROR, unknown_user_message(name), 400)
        return json_reply(
            {
                "status": "success",
                "message": "password reseted",
                "smtp_user_name": user.user_name,
                "smtp_password": user.password,
            }
        )
