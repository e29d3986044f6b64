"""Once a command is sent, no error may make it look unsent; and no input error is found too late."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

import volteras
from tests.client.conftest import posts
from tests.spec_facts import path_of
from volteras.testing import ServerFault, Simulator


def test_failed_poll_carries_the_created_execution(sim: Simulator, client: Any) -> None:
    """A poll that keeps failing after the POST raises an error that carries the command it sent."""
    sim.inject(ServerFault(500), method="GET", count=3)
    with pytest.raises(volteras.ServerError) as info:
        client.commands.actuate_front_trunk("veh_silent", wait=True, wait_timeout=5)
    assert info.value.execution is not None
    assert info.value.execution.id == sim.executions[0].id
    assert len(sim.executions) == 1


@pytest.mark.parametrize("bad", [-1, math.nan, math.inf])
def test_bad_wait_timeout_is_refused_before_sending(sim: Simulator, client: Any, bad: float) -> None:
    """wait=True with a negative, NaN or infinite wait_timeout raises ValueError and sends nothing."""
    with pytest.raises(ValueError, match="wait_timeout"):
        client.commands.unlock_doors("veh_1", wait=True, wait_timeout=bad)
    assert posts(sim) == []
    assert sim.executions == []


TOKEN = {"access_token": "at", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "rt"}


def _against(answer: httpx.Response) -> volteras.Volteras:
    """A client whose server (a stand-in) grants tokens and gives `answer` to everything else."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == path_of("create_token"):
            return httpx.Response(200, json=TOKEN)
        return answer

    http = httpx.Client(transport=httpx.MockTransport(handle), timeout=5)
    return volteras.Volteras("id", "secret", base_url="https://api.example.test", http_client=http)


def test_unreadable_command_answer_keeps_the_response() -> None:
    """A command answer that fails validation still hands over the whole response, naming the new id."""
    body = {"id": "cmd_123", "vehicleId": "veh_1", "command": "LOCK_DOORS", "timeout": 30.0}
    with pytest.raises(volteras.ResponseValidationError) as info:
        _against(httpx.Response(200, json=body)).commands.lock_doors("veh_1")
    assert info.value.response is not None
    assert info.value.response.json()["id"] == "cmd_123"


def test_undecodable_body_is_a_typed_error() -> None:
    """A body whose Content-Encoding lies raises a typed error saying so, not a raw httpx.DecodingError."""
    answer = httpx.Response(200, stream=httpx.ByteStream(b"not gzip"), headers={"content-encoding": "gzip"})
    with pytest.raises(volteras.APIConnectionError, match="could not be decoded"):
        _against(answer).commands.lock_doors("veh_1")


@pytest.mark.parametrize("loc", [5, None, "body", [None, {"a": 1}]])
def test_fastapi_detail_of_any_shape_is_a_validation_error(loc: object) -> None:
    """A 422 whose detail items carry an odd `loc` still maps to RequestValidationError."""
    answer = httpx.Response(422, json={"detail": [{"loc": loc, "msg": "bad", "type": "x"}]})
    with pytest.raises(volteras.RequestValidationError, match="bad"):
        _against(answer).commands.get("veh_1", "cmd_1")


@pytest.mark.parametrize(
    "timeout", [math.inf, 1e12, httpx.Timeout(5, read=math.inf), httpx.Timeout(None)], ids=repr
)
def test_unbounded_timeouts_are_refused(timeout: Any) -> None:
    """Infinite or absurd timeouts are refused at construction: a call must never hang."""
    with pytest.raises(ValueError, match="timeout"):
        volteras.Volteras("id", "secret", base_url="http://127.0.0.1:1", timeout=timeout)


def test_callers_http_client_without_timeout_is_refused() -> None:
    """A caller-supplied httpx.Client with no timeout is refused rather than allowed to hang."""
    http = httpx.Client(timeout=None)  # noqa: S113 (an unbounded client is the point of the test)
    with http, pytest.raises(ValueError, match="timeout"):
        volteras.Volteras("id", "secret", base_url="http://127.0.0.1:1", http_client=http)


def test_bad_retry_after_date_is_ignored(sim: Simulator, client: Any) -> None:
    """A 503 whose Retry-After date no calendar holds is retried with normal backoff, not a crash."""
    sim.inject(ServerFault(503, retry_after="Mon, 01 Jan 99999 00:00:00 GMT"), path=r".*:lock-doors", count=1)
    execution = client.commands.lock_doors("veh_1")
    assert [e.id for e in sim.executions] == [execution.id]
    assert len(posts(sim)) == 2
