"""Typed errors for every way a call can fail, and which failures are retried."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.spec_facts import path_of
from volteras import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncVolteras,
    AuthenticationError,
    CommandAlreadyInProgressError,
    CommandStatus,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    Volteras,
    VolterasError,
    where,
)
from volteras.testing import (
    Delay,
    DropConnection,
    HtmlError,
    MalformedJson,
    RateLimited,
    ServerFault,
    Simulator,
    TruncatedJson,
)

from .conftest import CLIENT_ID, CLIENT_SECRET, gets, posts

LOCK = path_of("lock_doors", vehicle_id="veh_1")


def _get_path(sim: Simulator, client: Any) -> tuple[str, str]:
    """Create an execution to read back; returns (path of its GET, its id)."""
    execution = client.commands.lock_doors("veh_1")
    sim.reset_records()
    return path_of(
        "get_command_execution", vehicle_id="veh_1", vehicle_command_execution_id=execution.id
    ), execution.id


# ---- errors ---------------------------------------------------------------------------


def test_unknown_vehicle_is_not_found(sim: Simulator, client: Any) -> None:
    """A command to an unknown vehicle raises NotFoundError with code, status, message and request id."""
    with pytest.raises(NotFoundError) as info:
        client.commands.lock_doors("veh_unknown")
    error = info.value
    assert isinstance(error, APIError)
    assert error.code == "RESOURCE_NOT_FOUND"
    assert error.status_code == 404
    assert "veh_unknown" in error.message
    assert error.request_id == posts(sim)[-1].request_id
    assert error.request_id is not None and error.request_id in str(error)
    assert isinstance(error.body, dict) and error.body["error"] == "RESOURCE_NOT_FOUND"
    assert error.response is not None and error.response.status_code == 404
    assert len(posts(sim)) == 1


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, RequestValidationError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (418, APIError),
        (422, RequestValidationError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_an_unknown_error_code_falls_back_to_the_status_class(status: int, expected: type[APIError]) -> None:
    """An error code the SDK does not know yet gives the HTTP status's class, keeping the code in `.code`."""

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(path_of("create_token")):
            token = {"access_token": "at", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "rt"}
            return httpx.Response(200, json=token)
        return httpx.Response(status, json={"error": "DEVICE_LIMIT_REACHED", "message": "Too many devices."})

    http = httpx.Client(transport=httpx.MockTransport(server))
    with (
        Volteras(
            "id", "secret", base_url="https://api.example.test", http_client=http, max_retries=0
        ) as client,
        pytest.raises(APIError) as raised,
    ):
        client.vehicles.get("veh_1")
    assert type(raised.value) is expected
    assert (raised.value.code, raised.value.status_code) == ("DEVICE_LIMIT_REACHED", status)


def test_second_pending_command_in_progress(sim: Simulator, client: Any) -> None:
    """The same command again while the first is pending raises CommandAlreadyInProgressError."""
    client.commands.lock_doors("veh_pending")
    with pytest.raises(CommandAlreadyInProgressError) as info:
        client.commands.lock_doors("veh_pending")
    assert info.value.code == "COMMAND_ALREADY_IN_PROGRESS"
    assert info.value.status_code == 409
    assert len(sim.executions) == 1
    assert len(posts(sim)) == 2  # a 409 is not retried
    client.commands.unlock_doors("veh_pending")  # a different command is fine


def test_page_size_too_large_is_request_validation_error(sim: Simulator, client: Any) -> None:
    """A page_size above the API's maximum raises RequestValidationError with PAGE_SIZE_TOO_LARGE."""
    with pytest.raises(RequestValidationError) as info:
        list(client.commands.list("veh_1", page_size=1000))
    assert info.value.code == "PAGE_SIZE_TOO_LARGE"
    assert len(gets(sim)) == 1


def test_invalid_filter_is_request_validation_error(client: Any) -> None:
    """A filter the API refuses (a string field compared with a number) raises RequestValidationError."""
    client.commands.lock_doors("veh_1")
    with pytest.raises(RequestValidationError) as info:
        list(client.commands.list("veh_1", filter=where("status") > 3))
    assert info.value.code == "REQUEST_VALIDATION_ERROR"
    assert "status" in str(info.value)


def test_expired_page_token_sync(sim: Simulator, base_url: str) -> None:
    """A page token the server forgot mid-iteration raises RequestValidationError (QUERY_PAGE_TOKEN_EXPIRED)."""
    with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
        for _ in range(3):
            client.commands.lock_doors("veh_1")
        pages = client.commands.list("veh_1", page_size=1).pages()
        assert len(next(pages).items) == 1
        sim.expire_page_tokens()
        with pytest.raises(RequestValidationError) as info:
            next(pages)
    assert info.value.code == "QUERY_PAGE_TOKEN_EXPIRED"


def test_expired_page_token_async(sim: Simulator, base_url: str) -> None:
    """The async pager raises RequestValidationError (QUERY_PAGE_TOKEN_EXPIRED) when its token expires."""

    async def main() -> int:
        seen = 0
        async with AsyncVolteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url) as client:
            for _ in range(3):
                await client.commands.lock_doors("veh_1")
            with pytest.raises(RequestValidationError) as info:
                async for _execution in client.commands.list("veh_1", page_size=1):
                    seen += 1
                    sim.expire_page_tokens()
            assert info.value.code == "QUERY_PAGE_TOKEN_EXPIRED"
        return seen

    assert asyncio.run(main()) == 1


def test_server_error_on_command_not_retried(sim: Simulator, client: Any) -> None:
    """A 500 on a command POST raises ServerError after one attempt; the command exists once."""
    sim.inject(ServerFault(500), path=LOCK)
    with pytest.raises(ServerError) as info:
        client.commands.lock_doors("veh_1")
    assert info.value.status_code == 500
    assert info.value.code == "SERVER_ERROR"
    assert len(posts(sim)) == 1
    assert len(sim.executions) == 1


def test_rate_limit_error_after_retries_exhausted(sim: Simulator, client: Any) -> None:
    """429 on every attempt raises RateLimitError after 1 + max_retries (2) attempts; nothing created."""
    sim.inject(RateLimited(retry_after=1), path=LOCK, count=5)
    with pytest.raises(RateLimitError) as info:
        client.commands.lock_doors("veh_1")
    assert info.value.status_code == 429
    assert info.value.code == "INTERNAL_RATE_LIMITED"
    assert len(posts(sim)) == 3
    assert sim.executions == []


def test_malformed_json_is_response_validation_error(sim: Simulator, client: Any) -> None:
    """A 200 whose body is not JSON raises ResponseValidationError with an excerpt and request id."""
    path, execution_id = _get_path(sim, client)
    sim.inject(MalformedJson(), path=path)
    with pytest.raises(ResponseValidationError) as info:
        client.commands.get("veh_1", execution_id)
    assert info.value.status_code == 200
    assert "PENDING" in info.value.excerpt
    assert info.value.request_id == gets(sim)[0].request_id
    assert len(gets(sim)) == 1


def test_truncated_json_is_response_validation_error(sim: Simulator, client: Any) -> None:
    """A 200 whose JSON body is cut short raises ResponseValidationError."""
    sim.inject(TruncatedJson(), path=LOCK)
    with pytest.raises(ResponseValidationError):
        client.commands.lock_doors("veh_1")


def test_html_error_page_on_command(sim: Simulator, client: Any) -> None:
    """An HTML 502 page from a proxy on a command POST raises ServerError quoting the page, not retried."""
    sim.inject(HtmlError(502), path=LOCK)
    with pytest.raises(ServerError) as info:
        client.commands.lock_doors("veh_1")
    assert info.value.status_code == 502
    assert info.value.code is None
    assert "Bad Gateway" in str(info.value)
    assert len(posts(sim)) == 1


def test_dropped_connection_on_command_not_retried(sim: Simulator, client: Any) -> None:
    """A connection dropped after a command POST raises APIConnectionError; the POST is not repeated."""
    sim.inject(DropConnection(), path=LOCK)
    with pytest.raises(APIConnectionError) as info:
        client.commands.lock_doors("veh_1")
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value, VolterasError)
    assert info.value.request is not None and info.value.request.method == "POST"
    assert len(posts(sim)) == 1
    assert len(sim.executions) == 1


def test_slow_command_is_timeout_error(sim: Simulator, make_client: Callable[..., Any]) -> None:
    """A command answer slower than `timeout` raises APITimeoutError and is not repeated."""
    client = make_client(timeout=0.1)
    client.tokens.test()
    sim.inject(Delay(seconds=0.3), path=LOCK)
    with pytest.raises(APITimeoutError) as info:
        client.commands.lock_doors("veh_1")
    assert isinstance(info.value, APIConnectionError)
    assert "timed out" in str(info.value)
    assert len(posts(sim)) == 1
    assert len(sim.executions) == 1


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_connection_refused_is_retried_then_connection_error(
    make_client: Callable[..., Any], mode: str
) -> None:
    """A refused connection is retried (nothing was sent) and then raises APIConnectionError."""
    attempts: list[str] = []

    def record(request: httpx.Request) -> None:
        attempts.append(request.url.path)

    async def arecord(request: httpx.Request) -> None:
        record(request)

    if mode == "sync":
        http: Any = httpx.Client(event_hooks={"request": [record]})
    else:
        http = httpx.AsyncClient(event_hooks={"request": [arecord]})
    client = make_client(base_url=f"http://127.0.0.1:{_closed_port()}", http_client=http, max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        client.commands.lock_doors("veh_1")
    assert not isinstance(info.value, APITimeoutError)
    assert len(attempts) == 3


# ---- retries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        ServerFault(500),
        ServerFault(502),
        ServerFault(503),
        ServerFault(504),
        HtmlError(502),
        HtmlError(504),
        DropConnection(),
    ],
    ids=["500", "502", "503", "504", "html502", "html504", "drop"],
)
@pytest.mark.parametrize("faults", [1, 2])
def test_get_retried_on_transient_failures(sim: Simulator, client: Any, fault: Any, faults: int) -> None:
    """A GET that meets transient failures is retried and succeeds: faults + 1 requests."""
    path, execution_id = _get_path(sim, client)
    sim.inject(fault, path=path, count=faults)
    assert client.commands.get("veh_1", execution_id).id == execution_id
    assert len(gets(sim)) == faults + 1


def test_get_retries_exhausted_raise_last_error(sim: Simulator, client: Any) -> None:
    """A GET failing more often than max_retries raises the last error after 1 + max_retries requests."""
    path, execution_id = _get_path(sim, client)
    sim.inject(ServerFault(503), path=path, count=10)
    with pytest.raises(ServerError) as info:
        client.commands.get("veh_1", execution_id)
    assert info.value.status_code == 503
    assert len(gets(sim)) == 3


def test_list_pages_retried(sim: Simulator, client: Any) -> None:
    """A failing list page is retried and iteration still yields every item once."""
    for method in ("lock_doors", "unlock_doors", "climate_on"):
        getattr(client.commands, method)("veh_1")
    sim.reset_records()
    sim.inject(ServerFault(502), path=path_of("list_command_executions", vehicle_id="veh_1"), count=2)
    assert len(list(client.commands.list("veh_1", page_size=2))) == 3
    assert len(gets(sim)) == 4


@pytest.mark.parametrize(
    "fault",
    [RateLimited(retry_after=1), RateLimited(retry_after=None), ServerFault(503, retry_after=1)],
    ids=["429-retry-after", "429-bare", "503-retry-after"],
)
def test_command_retried_when_refused_up_front(sim: Simulator, client: Any, fault: Any) -> None:
    """A command POST refused with 429, or 503 with Retry-After, is retried and created exactly once."""
    sim.inject(fault, path=LOCK, count=2)
    execution = client.commands.lock_doors("veh_1")
    assert execution.status == CommandStatus.EXECUTED
    assert len(posts(sim)) == 3
    assert [r.id for r in sim.executions] == [execution.id]


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (ServerFault(500), ServerError),
        (ServerFault(502), ServerError),
        (ServerFault(504), ServerError),
        (ServerFault(503, stage="after"), ServerError),  # 503 without Retry-After
        (HtmlError(503, retry_after=None), ServerError),
        (DropConnection(), APIConnectionError),
    ],
    ids=["500", "502", "504", "503-bare", "html503", "drop"],
)
def test_command_not_retried_when_it_may_have_acted(
    sim: Simulator, client: Any, fault: Any, error: type[Exception]
) -> None:
    """A command POST is not repeated after 500/502/504, a bare 503 or a dropped connection."""
    sim.inject(fault, path=LOCK, count=5)
    with pytest.raises(error):
        client.commands.lock_doors("veh_1")
    assert len(posts(sim)) == 1


def test_max_retries_zero_disables_retries(sim: Simulator, make_client: Callable[..., Any]) -> None:
    """max_retries=0 sends every request once, even a GET on a 503 or a POST on a 429."""
    client = make_client(max_retries=0)
    path, execution_id = _get_path(sim, client)
    sim.inject(ServerFault(503), path=path)
    with pytest.raises(ServerError):
        client.commands.get("veh_1", execution_id)
    assert len(gets(sim)) == 1
    sim.inject(RateLimited(), path=LOCK)
    with pytest.raises(RateLimitError):
        client.commands.lock_doors("veh_1")
    assert len(posts(sim)) == 1


def test_max_retries_raised(sim: Simulator, make_client: Callable[..., Any]) -> None:
    """max_retries=4 allows five attempts."""
    client = make_client(max_retries=4)
    sim.inject(RateLimited(), path=LOCK, count=4)
    assert client.commands.lock_doors("veh_1").status == CommandStatus.EXECUTED
    assert len(posts(sim)) == 5


@pytest.mark.parametrize(
    "fault",
    [ServerFault(500), ServerFault(503), HtmlError(502), DropConnection()],
    ids=["500", "503", "html", "drop"],
)
def test_token_request_retried(sim: Simulator, client: Any, fault: Any) -> None:
    """A transient failure of the token request is retried; the call then succeeds with one command."""
    sim.inject(fault, path=path_of("create_token"), count=1)
    assert client.commands.lock_doors("veh_1").status == CommandStatus.EXECUTED
    assert len(sim.token_requests) == 2
    assert len(posts(sim)) == 1
    assert len(sim.executions) == 1


def test_slow_get_retried_after_timeout(sim: Simulator, make_client: Callable[..., Any]) -> None:
    """A GET that times out once is retried (reads are safe to repeat) and succeeds."""
    client = make_client(timeout=0.1)
    path, execution_id = _get_path(sim, client)
    sim.inject(Delay(seconds=0.3), path=path)
    assert client.commands.get("veh_1", execution_id).id == execution_id
    assert len(gets(sim)) == 2


@pytest.mark.timeout(30)
def test_client_usable_after_token_request_failures(sim: Simulator, client: Any) -> None:
    """After the token endpoint failed every attempt, the same client recovers on the next call (no stuck lock)."""
    sim.inject(DropConnection(), path=path_of("create_token"), count=3)
    with pytest.raises(APIConnectionError):
        client.commands.lock_doors("veh_1")
    assert len(sim.token_requests) == 3
    assert posts(sim) == []
    assert client.commands.lock_doors("veh_1").status == CommandStatus.EXECUTED
    assert len(sim.executions) == 1


def test_token_endpoint_malformed_json(sim: Simulator, client: Any) -> None:
    """A token endpoint answering 200 with non-JSON raises ResponseValidationError, and nothing is sent."""
    sim.inject(MalformedJson(), path=path_of("create_token"))
    with pytest.raises(ResponseValidationError):
        client.commands.lock_doors("veh_1")
    assert posts(sim) == []
