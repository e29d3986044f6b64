"""Shared pieces for the hostile-input tests: backoff off, a mock *server* and the model type checks."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import enum
import functools
import http.server
import json
import socket
import threading
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
import volteras._generated.models
import volteras._generated.types as volteras_types
from volteras._generated.models import CommandArguments

import volteras
from tests.conftest import instant_retries
from tests.spec_facts import path_of
from volteras import AsyncVolteras, Volteras

BASE_URL = "https://api.example.test"
TOKEN_PATH = path_of("create_token")
VALID_TOKEN: dict[str, Any] = {
    "access_token": "at_valid",
    "token_type": "Bearer",
    "expires_in": 3600,
    "refresh_token": "rt_valid",
}
VALID_EXECUTION: dict[str, Any] = {
    "id": "cmd_1",
    "vehicleId": "veh_1",
    "command": "CLOSE_CHARGE_PORT",
    "commandArguments": None,
    "timeout": 300,
    "executedAt": None,
    "status": "PENDING",
    "failedReason": None,
}
VALID_TOKEN_INFO: dict[str, Any] = {"clientId": "id", "organizationId": "org_1"}
LAST_PAGE: dict[str, Any] = {"results": [], "nextPageToken": None, "totalResults": 0}


def as_bytes(body: object) -> bytes:
    """Raw bytes are sent as they are, anything else as JSON."""
    return body if isinstance(body, bytes) else json.dumps(body).encode()


Handler = Callable[[httpx.Request], httpx.Response]


def server(endpoint_body: object, token_body: object = VALID_TOKEN) -> Handler:
    """A fake API: the token endpoint answers `token_body`, any other path `endpoint_body`, all with 200.

    The second list request (one carrying a pageToken) gets an empty last page, so a fuzzed
    nextPageToken cannot make the pager loop.
    """

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, content=as_bytes(token_body))
        if "pageToken" in request.url.params:
            return httpx.Response(200, json=LAST_PAGE)
        return httpx.Response(200, content=as_bytes(endpoint_body))

    return handle


def sync_client(handler: Handler) -> Volteras:
    """A client of the fake API `handler`, its retries instant (`instant_retries`)."""
    return instant_retries(
        Volteras(
            "id",
            "secret",
            base_url=BASE_URL,
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        )
    )


def async_client(handler: Handler) -> AsyncVolteras:
    async def handle(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return handler(request)

    return instant_retries(
        AsyncVolteras(
            "id",
            "secret",
            base_url=BASE_URL,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)),
        )
    )


# ---- what a parsed model must look like ------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_unset(value: object) -> bool:
    return isinstance(value, volteras_types.Unset)


def assert_execution(execution: object) -> None:
    """Every field of a CommandExecution holds a value of its annotated type."""
    assert isinstance(execution, volteras.CommandExecution)
    assert isinstance(execution.vehicle_id, str)
    assert isinstance(execution.command, str)  # Command is a str enum
    assert execution.id is None or _is_unset(execution.id) or isinstance(execution.id, str)
    assert (
        execution.command_arguments is None
        or _is_unset(execution.command_arguments)
        or isinstance(execution.command_arguments, CommandArguments)
    )
    assert execution.timeout is None or _is_unset(execution.timeout) or _is_int(execution.timeout)
    assert (
        execution.executed_at is None
        or _is_unset(execution.executed_at)
        or isinstance(execution.executed_at, datetime.datetime)
    )
    assert execution.status is None or _is_unset(execution.status) or isinstance(execution.status, str)
    assert (
        execution.failed_reason is None
        or _is_unset(execution.failed_reason)
        or isinstance(execution.failed_reason, str)
    )
    assert isinstance(execution.additional_properties, dict)


def assert_token_info(info: object) -> None:
    """Both fields of a TokenInfo are str."""
    assert isinstance(info, volteras.TokenInfo)
    assert isinstance(info.client_id, str)
    assert isinstance(info.organization_id, str)


# ---- a scriptable server on 127.0.0.1 ----------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Seen:
    """One request as the loopback server received it, with the client port it came from."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    port: int


Answer = tuple[int, dict[str, str], object]
"""Status, extra headers and body (bytes as they are, anything else as JSON)."""


@dataclasses.dataclass
class Loopback:
    """A real HTTP server on 127.0.0.1 whose answers a test scripts with `answer(seen) -> Answer`."""

    answer: Callable[[Seen], Answer]
    seen: list[Seen] = dataclasses.field(default_factory=list)
    base_url: str = ""

    def paths(self, method: str | None = None) -> list[str]:
        return [s.path for s in self.seen if method is None or s.method == method]


def default_answer(seen: Seen) -> Answer:
    """The token endpoint issues VALID_TOKEN; everything else 404s until the test says otherwise."""
    if seen.path == TOKEN_PATH:
        return 200, {}, VALID_TOKEN
    return 404, {}, {"error": "RESOURCE_NOT_FOUND", "message": "nothing here", "requestId": "req_x"}


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    server_state = Loopback(default_answer)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()  # headers and body go in two writes: without this, each answer waits ~40 ms
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def _handle(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            seen = Seen(self.command, self.path, dict(self.headers.items()), body, self.client_address[1])
            server_state.seen.append(seen)
            status, headers, payload = server_state.answer(seen)
            content = as_bytes(payload)
            self.send_response(status)
            headers = {"content-type": "application/json", **headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(content)))
            self.end_headers()
            with contextlib.suppress(ConnectionError):  # a client that gave up waiting
                self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_DELETE = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    server_state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield server_state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


# ---- any model: every field holds a value of its annotated type --------------------------------


@functools.cache
def _field_types(model: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(model, localns=vars(volteras._generated.models))


def conforms(value: object, annotation: Any) -> bool:
    """`value` is of the type `annotation` names, looking into lists, dicts, unions and models.

    An enum field may hold any str: a documented value parses as the member, any other is kept
    as the exact string the server sent.
    """
    if annotation is Any:
        return True
    if annotation is type(None):
        return value is None
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arg) for arg in args)
    if origin is typing.Literal:
        return value in args and type(value) in {type(arg) for arg in args}
    if origin is list:
        return isinstance(value, list) and all(conforms(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            isinstance(key, str) and conforms(item, args[1]) for key, item in value.items()
        )
    assert isinstance(annotation, type), f"no rule for {annotation!r}"
    if issubclass(annotation, enum.Enum):
        return isinstance(value, str)
    if annotation is bool:
        return type(value) is bool
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if attrs.has(annotation):
        hints = _field_types(annotation)
        return isinstance(value, annotation) and all(
            conforms(getattr(value, field.name), hints[field.name]) for field in attrs.fields(annotation)
        )
    return isinstance(value, annotation)


# ---- a raw TCP server on 127.0.0.1, for answers no HTTP server library would send ---------------


Script = Callable[["Raw", socket.socket], None]
"""Writes the whole answer to one API request on the connection (the token endpoint answers itself)."""


@dataclasses.dataclass
class Raw:
    """A loopback server whose answer to each API call a test writes byte by byte with `script`."""

    script: Script
    base_url: str = ""
    stop: threading.Event = dataclasses.field(default_factory=threading.Event)
    done: threading.Event = dataclasses.field(default_factory=threading.Event)
    """Set when a script has returned: written to its end, or stopped by the client hanging up."""
    finished: bool = False
    """Whether a script wrote its answer to the end."""

    def send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)

    def pause(self, seconds: float) -> None:
        """Sleep between two writes; ends the script when the test is over."""
        if self.stop.wait(seconds):
            raise ConnectionAbortedError("the test is over")


def _read_request(conn: socket.socket, buffer: bytearray) -> str | None:
    """The path of the next request on `conn` (its body read and dropped), or None at the end."""
    while b"\r\n\r\n" not in buffer:
        data = conn.recv(65536)
        if not data:
            return None
        buffer += data
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    while len(rest) < length:
        data = conn.recv(65536)
        if not data:
            return None
        rest += data
    buffer[:] = rest[length:]
    return lines[0].split(" ")[1]


@pytest.fixture
def raw() -> Iterator[Raw]:
    state = Raw(script=lambda raw, conn: None)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    state.base_url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    token = json.dumps(VALID_TOKEN).encode()

    def serve(conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):  # a client that hung up or idled 10 s: nothing to do
            conn.settimeout(10)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            converse(conn)

    def converse(conn: socket.socket) -> None:
        buffer = bytearray()
        while not state.stop.is_set():
            path = _read_request(conn, buffer)
            if path is None:
                return
            if path == TOKEN_PATH:
                head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(token)}\r\n\r\n"
                conn.sendall(head.encode() + token)
                continue
            try:
                state.script(state, conn)
                state.finished = True
            except OSError:  # the client hung up (or the test ended): what a bound must cause
                pass
            finally:
                state.done.set()
            return

    def accept() -> None:
        while not state.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stop.set()
        thread.join(timeout=10)
        listener.close()
