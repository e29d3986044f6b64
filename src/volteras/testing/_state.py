"""The simulated API itself: request in, reply out, no sockets and no locks.

:class:`State` owns clients, tokens, vehicles, executions and page tokens, and
answers one :class:`~._wire.RecordedRequest` at a time. The caller (the
simulator) serialises calls with its lock and decides about faults; keeping
this part pure is what lets the threaded server and the in-process transports
behave identically.

Command status is never stored: it is computed from the creation time, the
vehicle's scripted latency and outcome, and the clock, whenever it is read.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import math
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

from ._clock import Clock
from ._enums import ACTIONS, ERROR_STATUS, CommandStatus, ErrorCode, FailedReason
from ._filter import Filter, FilterError, parse_filter
from ._wire import RecordedRequest, Reply, envelope, is_number, iso, json_reply, loads_strict

COMMANDS_SCOPES = frozenset({"vehicle:commands", "vehicle:all"})
"""Either scope lets a client create commands."""

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_ACTION_PREFIX = "command-execution:"
_BODY_FIELDS: Mapping[str, Mapping[str, Callable[[object], bool]]] = {
    "set-charge-limit": {"limit": lambda v: isinstance(v, int) and not isinstance(v, bool)},
    "set-temperature": {"driverTemperature": is_number, "passengerTemperature": is_number},
}


class ApiError(Exception):
    """An answer with the error envelope; raised inside handlers, caught in ``handle``."""

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        *,
        data: Mapping[str, Any] | None = None,
        status: int | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data
        self.status = ERROR_STATUS[code] if status is None else status
        self.headers = headers


def _validation(message: str, errors: list[dict[str, Any]] | None = None) -> ApiError:
    return ApiError(
        ErrorCode.REQUEST_VALIDATION_ERROR, message, data={"errors": errors} if errors is not None else None
    )


@dataclass(frozen=True)
class Client:
    """An API client: credentials and scopes."""

    client_id: str
    client_secret: str
    scopes: frozenset[str]


@dataclass(frozen=True)
class Vehicle:
    """A simulated vehicle: how long a command takes and how it ends.

    ``latency=None`` means the vehicle never answers, so every command runs
    into the server timeout. ``outcome=None`` means commands execute; any text
    makes them fail with that text as ``failedReason``.
    """

    vehicle_id: str
    latency: float | None = 1.0
    outcome: str | None = None


@dataclass(frozen=True)
class ExecutionRecord:
    """One execution as seen at a moment in time (see ``Simulator.executions``)."""

    id: str
    vehicle_id: str
    command: str
    command_arguments: Mapping[str, Any] | None
    created_at: datetime
    timeout: int
    status: CommandStatus
    executed_at: datetime | None
    failed_reason: str | None

    def to_json(self) -> dict[str, Any]:
        """The execution exactly as the API returns it."""
        return {
            "id": self.id,
            "vehicleId": self.vehicle_id,
            "command": self.command,
            "commandArguments": None if self.command_arguments is None else dict(self.command_arguments),
            "timeout": self.timeout,
            "executedAt": None if self.executed_at is None else iso(self.executed_at),
            "status": self.status.value,
            "failedReason": self.failed_reason,
        }


@dataclass(frozen=True)
class _Execution:
    seq: int
    id: str
    vehicle_id: str
    command: str
    arguments: Mapping[str, Any] | None
    created_at: datetime
    latency: float | None
    outcome: str | None
    server_timeout: float

    def view(self, now: datetime) -> ExecutionRecord:
        status, executed_at, reason = CommandStatus.PENDING, None, None
        if self.latency is not None and self.latency < self.server_timeout:
            done_at = self.created_at + timedelta(seconds=self.latency)
            if now >= done_at and self.outcome is None:
                status, executed_at = CommandStatus.EXECUTED, done_at
            elif now >= done_at:
                status, reason = CommandStatus.FAILED, self.outcome
        elif now >= self.created_at + timedelta(seconds=self.server_timeout):
            status, reason = CommandStatus.FAILED, FailedReason.OEM_COMMAND_TIMEOUT.value
        return ExecutionRecord(
            id=self.id,
            vehicle_id=self.vehicle_id,
            command=self.command,
            command_arguments=self.arguments,
            created_at=self.created_at,
            timeout=math.ceil(self.server_timeout),
            status=status,
            executed_at=executed_at,
            failed_reason=reason,
        )


@dataclass
class _Token:
    client_id: str
    expires_at: datetime
    revoked: bool = False


@dataclass(frozen=True)
class _Cursor:
    vehicle_id: str
    filter_key: str | None
    after_seq: int


@dataclass
class State:
    """Everything the simulated API knows; not thread-safe on its own."""

    clock: Clock
    server_timeout: float
    token_lifetime: float
    organization_id: str
    clients: dict[str, Client] = field(default_factory=dict)
    vehicles: dict[str, Vehicle] = field(default_factory=dict)
    _tokens: dict[str, _Token] = field(default_factory=dict)
    _refresh_tokens: dict[str, str] = field(default_factory=dict)
    _executions: list[_Execution] = field(default_factory=list)
    _by_vehicle: dict[str, list[_Execution]] = field(default_factory=dict)
    _by_id: dict[str, _Execution] = field(default_factory=dict)
    _cursors: dict[str, _Cursor] = field(default_factory=dict)

    # ---- queries used by the Simulator facade -------------------------------------

    def execution_records(self) -> list[ExecutionRecord]:
        now = self.clock.now()
        return [execution.view(now) for execution in self._executions]

    def revoke_presented_token(self, request: RecordedRequest) -> None:
        token = _bearer(request)
        if token is not None and token in self._tokens:
            self._tokens[token].revoked = True

    def expire_page_tokens(self) -> None:
        self._cursors.clear()

    # ---- dispatch ------------------------------------------------------------------

    def handle(self, request: RecordedRequest) -> Reply:
        """Answer one request."""
        try:
            return self._route(request)
        except ApiError as error:
            body = envelope(error.code, error.message, request.request_id, self.clock.now(), error.data)
            return json_reply(error.status, body, request.request_id, extra_headers=error.headers)

    def _route(self, request: RecordedRequest) -> Reply:
        parts = list(request.segments[2:]) if request.segments[:2] == ("", "v1") else None
        allowed: str
        handler: Callable[[], Reply]
        match parts:
            case ["oauth2", "token"]:
                allowed, handler = "POST", lambda: self._token(request)
            case ["oauth2", "test-token"]:
                allowed, handler = "POST", lambda: self._test_token(request)
            case ["vehicles", vehicle_id, "command-executions"] if vehicle_id:
                allowed, handler = "GET", lambda: self._list(request, vehicle_id)
            case ["vehicles", vehicle_id, "command-executions", execution_id] if vehicle_id and execution_id:
                allowed, handler = "GET", lambda: self._get(request, vehicle_id, execution_id)
            case ["vehicles", vehicle_id, segment] if (
                vehicle_id
                and segment.startswith(_ACTION_PREFIX)
                and segment[len(_ACTION_PREFIX) :] in ACTIONS
            ):
                action = segment[len(_ACTION_PREFIX) :]
                allowed, handler = "POST", lambda: self._command(request, vehicle_id, action)
            case _:
                raise ApiError(ErrorCode.RESOURCE_NOT_FOUND, f"No resource at {request.path}.")
        if request.method != allowed:
            raise ApiError(
                ErrorCode.REQUEST_VALIDATION_ERROR,
                f"Method {request.method} is not allowed here; use {allowed}.",
                status=405,
                headers=(("allow", allowed),),
            )
        return handler()

    # ---- authentication ------------------------------------------------------------

    def _token(self, request: RecordedRequest) -> Reply:
        form = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        grant = form.get("grant_type")
        if grant == "client_credentials":
            client_id, secret = _basic_credentials(request) or (
                form.get("client_id", ""),
                form.get("client_secret", ""),
            )
            client = self.clients.get(client_id)
            if client is None or not hmac.compare_digest(client.client_secret.encode(), secret.encode()):
                raise ApiError(ErrorCode.AUTHENTICATION_ERROR, "Invalid client credentials.")
        elif grant == "refresh_token":
            owner = self._refresh_tokens.get(form.get("refresh_token", ""))
            if owner is None or owner not in self.clients:
                raise ApiError(ErrorCode.AUTHENTICATION_ERROR, "Unknown refresh token.")
            client = self.clients[owner]
        else:
            raise ApiError(ErrorCode.AUTHENTICATION_ERROR, "Missing or unsupported grant_type.")
        access, refresh = "at_" + secrets.token_urlsafe(24), "rt_" + secrets.token_urlsafe(24)
        self._tokens[access] = _Token(
            client.client_id, self.clock.now() + timedelta(seconds=self.token_lifetime)
        )
        self._refresh_tokens[refresh] = client.client_id
        payload = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(self.token_lifetime),
            "refresh_token": refresh,
        }
        return json_reply(200, payload, request.request_id)

    def _authenticate(self, request: RecordedRequest) -> Client:
        token = _bearer(request)
        if token is None:
            raise ApiError(ErrorCode.AUTHENTICATION_ERROR, "Missing bearer token.")
        record = self._tokens.get(token)
        if record is None or record.revoked or record.client_id not in self.clients:
            raise ApiError(ErrorCode.AUTHENTICATION_ERROR, "Invalid access token.")
        if self.clock.now() >= record.expires_at:
            raise ApiError(ErrorCode.AUTHENTICATION_ERROR, "The access token has expired.")
        return self.clients[record.client_id]

    def _test_token(self, request: RecordedRequest) -> Reply:
        client = self._authenticate(request)
        payload = {"clientId": client.client_id, "organizationId": self.organization_id}
        return json_reply(200, payload, request.request_id)

    def _vehicle(self, vehicle_id: str) -> Vehicle:
        vehicle = self.vehicles.get(vehicle_id)
        if vehicle is None:
            raise ApiError(ErrorCode.RESOURCE_NOT_FOUND, f"Vehicle {vehicle_id!r} not found.")
        return vehicle

    # ---- commands ------------------------------------------------------------------

    def _command(self, request: RecordedRequest, vehicle_id: str, action: str) -> Reply:
        client = self._authenticate(request)
        if not client.scopes & COMMANDS_SCOPES:
            raise ApiError(ErrorCode.NOT_PERMITTED, "This client may not send vehicle commands.")
        vehicle = self._vehicle(vehicle_id)
        arguments = _command_arguments(action, request.body)
        command = ACTIONS[action].value
        now = self.clock.now()
        for earlier in self._by_vehicle.get(vehicle_id, ()):
            if earlier.command == command and earlier.view(now).status is CommandStatus.PENDING:
                raise ApiError(
                    ErrorCode.COMMAND_ALREADY_IN_PROGRESS,
                    f"A {command} command is already pending for this vehicle.",
                    data={"executionId": earlier.id, "vehicleId": vehicle_id, "command": command},
                )
        execution = _Execution(
            seq=len(self._executions),
            id="cmd_" + secrets.token_hex(12),
            vehicle_id=vehicle_id,
            command=command,
            arguments=arguments,
            created_at=now,
            latency=vehicle.latency,
            outcome=vehicle.outcome,
            server_timeout=self.server_timeout,
        )
        self._executions.append(execution)
        self._by_vehicle.setdefault(vehicle_id, []).append(execution)
        self._by_id[execution.id] = execution
        return json_reply(200, execution.view(now).to_json(), request.request_id)

    def _get(self, request: RecordedRequest, vehicle_id: str, execution_id: str) -> Reply:
        self._authenticate(request)
        self._vehicle(vehicle_id)
        execution = self._by_id.get(execution_id)
        if execution is None or execution.vehicle_id != vehicle_id:
            raise ApiError(ErrorCode.RESOURCE_NOT_FOUND, f"Command execution {execution_id!r} not found.")
        return json_reply(200, execution.view(self.clock.now()).to_json(), request.request_id)

    def _list(self, request: RecordedRequest, vehicle_id: str) -> Reply:
        self._authenticate(request)
        self._vehicle(vehicle_id)
        size = _page_size(request.query.get("maxPageSize"))
        raw_filter = request.query.get("filter")
        try:
            parsed: Filter | None = parse_filter(raw_filter) if raw_filter else None
        except FilterError as exc:
            raise _validation(str(exc), [{"loc": ["query", "filter"], "msg": str(exc)}]) from None
        filter_key = None if parsed is None else json.dumps(parsed.tree, sort_keys=True)
        after_seq = -1
        page_token = request.query.get("pageToken")
        if page_token:
            cursor = self._cursors.get(page_token)
            if cursor is None or cursor.vehicle_id != vehicle_id:
                raise ApiError(ErrorCode.QUERY_PAGE_TOKEN_EXPIRED, "The page token is unknown or expired.")
            if cursor.filter_key != filter_key:
                raise ApiError(
                    ErrorCode.PAGINATED_QUERY_FILTER_CHANGED,
                    "The filter differs from the one the page token was issued with.",
                )
            after_seq = cursor.after_seq
        now = self.clock.now()
        rows = [
            (execution.seq, execution.view(now).to_json())
            for execution in self._by_vehicle.get(vehicle_id, ())
        ]
        matching = [(seq, row) for seq, row in rows if parsed is None or parsed.matches(row)]
        remaining = [(seq, row) for seq, row in matching if seq > after_seq]
        page = remaining[:size]
        next_token = None
        if len(remaining) > size:
            next_token = "pt_" + secrets.token_urlsafe(18)
            self._cursors[next_token] = _Cursor(vehicle_id, filter_key, page[-1][0])
        payload = {
            "results": [row for _, row in page],
            "nextPageToken": next_token,
            "totalResults": len(matching),
        }
        return json_reply(200, payload, request.request_id)


def _bearer(request: RecordedRequest) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def _basic_credentials(request: RecordedRequest) -> tuple[str, str] | None:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = decoded.partition(":")
    return (client_id, secret) if sep else None


def _page_size(raw: str | None) -> int:
    if raw is None:
        return DEFAULT_PAGE_SIZE
    if not re.fullmatch(r"[+-]?\d{1,9}", raw.strip()):
        raise _validation("maxPageSize must be an integer.", [{"loc": ["query", "maxPageSize"], "msg": raw}])
    size = int(raw)
    if size < 1:
        raise _validation("maxPageSize must be at least 1.", [{"loc": ["query", "maxPageSize"], "msg": raw}])
    if size > MAX_PAGE_SIZE:
        raise ApiError(
            ErrorCode.PAGE_SIZE_TOO_LARGE,
            f"maxPageSize may be at most {MAX_PAGE_SIZE}.",
            data={"maxPageSize": MAX_PAGE_SIZE},
        )
    return size


def _command_arguments(action: str, body: bytes) -> dict[str, Any] | None:
    """Validate a command body: the arguments object, or ``None`` for body-less commands."""
    fields = _BODY_FIELDS.get(action)
    if fields is None:
        if body.strip():
            try:
                loads_strict(body)
            except ValueError:
                raise _validation("The request body is not valid JSON.") from None
        return None
    if not body.strip():
        raise _validation("A request body is required.", [{"loc": ["body"], "msg": "field required"}])
    try:
        payload = loads_strict(body)
    except ValueError:
        raise _validation("The request body is not valid JSON.") from None
    if not isinstance(payload, dict):
        raise _validation(
            "The request body must be a JSON object.", [{"loc": ["body"], "msg": "not an object"}]
        )
    errors: list[dict[str, Any]] = []
    for name, check in fields.items():
        if name not in payload:
            errors.append({"loc": ["body", name], "msg": "field required"})
        elif not check(payload[name]):
            errors.append({"loc": ["body", name], "msg": "wrong type"})
    errors.extend(
        {"loc": ["body", name], "msg": "extra field not permitted"} for name in payload if name not in fields
    )
    if errors:
        raise _validation("The request body is invalid.", errors)
    return payload
