"""Fault injection over real HTTP: each fault kind, its stage, matching and ordering."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.simulator.helpers import CLIENT, assert_error, command_path, get_token
from tests.spec_facts import path_of
from volteras.testing import (
    Delay,
    DropConnection,
    ExpireToken,
    HtmlError,
    MalformedJson,
    RateLimited,
    ServerFault,
    Simulator,
    TruncatedJson,
)

LOCK = command_path("veh_1", "lock-doors")


def test_rate_limited_refuses_before_acting(api: httpx.Client, sim: Simulator) -> None:
    """A 429 carries Retry-After and the envelope, and creates no command."""
    sim.inject(RateLimited(retry_after=7), path=LOCK)
    response = api.post(LOCK)
    assert_error(response, 429, "INTERNAL_RATE_LIMITED")
    assert response.headers["retry-after"] == "7"
    assert sim.executions == []
    assert api.post(LOCK).is_success
    assert len(sim.executions) == 1


def test_retry_after_can_be_raw_text(api: httpx.Client, sim: Simulator) -> None:
    """Retry-After may be scripted as any header text, e.g. an HTTP date."""
    sim.inject(RateLimited(retry_after="Wed, 21 Oct 2015 07:28:00 GMT"))
    assert api.post(LOCK).headers["retry-after"] == "Wed, 21 Oct 2015 07:28:00 GMT"


def test_503_refuses_before_acting_with_optional_retry_after(api: httpx.Client, sim: Simulator) -> None:
    """A 503 is a refusal by default: SERVER_ERROR envelope, optional Retry-After, nothing created."""
    sim.inject(ServerFault(503, retry_after=2))
    sim.inject(ServerFault(503))
    first, second = api.post(LOCK), api.post(LOCK)
    assert_error(first, 503, "SERVER_ERROR")
    assert first.headers["retry-after"] == "2"
    assert_error(second, 503, "SERVER_ERROR")
    assert "retry-after" not in second.headers
    assert sim.executions == []


@pytest.mark.parametrize("status", [500, 502, 504])
def test_5xx_after_acting_creates_the_command_once(api: httpx.Client, sim: Simulator, status: int) -> None:
    """500, 502 and 504 replace the answer after the command was created: exactly one execution exists."""
    sim.inject(ServerFault(status), path=LOCK)
    assert_error(api.post(LOCK), status, "SERVER_ERROR")
    assert [(e.vehicle_id, e.command) for e in sim.executions] == [("veh_1", "LOCK_DOORS")]
    assert_error(api.post(LOCK), 409, "COMMAND_ALREADY_IN_PROGRESS")
    assert len(sim.executions_for("veh_1", "LOCK_DOORS")) == 1


def test_stage_can_be_overridden(api: httpx.Client, sim: Simulator) -> None:
    """ServerFault(500, stage='before') refuses without acting; ServerFault(503, stage='after') acts."""
    sim.inject(ServerFault(500, stage="before"))
    assert api.post(LOCK).status_code == 500
    assert sim.executions == []
    sim.inject(ServerFault(503, stage="after"))
    assert api.post(LOCK).status_code == 503
    assert len(sim.executions) == 1


def test_html_error_page(api: httpx.Client, sim: Simulator) -> None:
    """HtmlError answers a text/html page, as a proxy does, after the command was created."""
    sim.inject(HtmlError(502))
    response = api.post(LOCK)
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<html>")
    assert response.headers["x-request-id"].startswith("req_")
    assert len(sim.executions) == 1


def test_malformed_json(api: httpx.Client, sim: Simulator) -> None:
    """MalformedJson answers 200 application/json with a body that does not parse."""
    sim.inject(MalformedJson())
    response = api.post(LOCK)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert len(sim.executions) == 1


def test_truncated_json(api: httpx.Client, sim: Simulator) -> None:
    """TruncatedJson sends the first half of the real answer with a matching Content-Length."""
    sim.inject(TruncatedJson())
    response = api.post(LOCK)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        response.json()
    whole = json.dumps(sim.executions[0].to_json(), separators=(",", ":")).encode()
    assert response.content == whole[: len(whole) // 2]


def test_truncated_json_before_acting(api: httpx.Client, sim: Simulator) -> None:
    """TruncatedJson at stage 'before' creates nothing and still sends half a JSON document."""
    sim.inject(TruncatedJson(stage="before"))
    response = api.post(LOCK)
    assert response.content.startswith(b"{")
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert sim.executions == []


def test_dropped_connection_after_acting(api: httpx.Client, sim: Simulator) -> None:
    """DropConnection closes the socket without an answer; the command was still created."""
    sim.inject(DropConnection(), path=LOCK)
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(LOCK)
    assert len(sim.executions) == 1
    assert api.post(path_of("test_token")).status_code == 200  # the client reconnects


def test_dropped_connection_before_acting(api: httpx.Client, sim: Simulator) -> None:
    """DropConnection at stage 'before' creates nothing."""
    sim.inject(DropConnection(stage="before"))
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(LOCK)
    assert sim.executions == []


def test_delay_outlasting_the_client_timeout(base_url: str, token: str, sim: Simulator) -> None:
    """A Delay longer than the client's read timeout makes it time out; the command exists anyway."""
    sim.inject(Delay(2.0))
    headers = {"Authorization": f"Bearer {token}"}
    with (
        httpx.Client(base_url=base_url, headers=headers, timeout=0.2) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.post(LOCK)
    assert len(sim.executions) == 1


def test_short_delay_then_normal_answer(api: httpx.Client, sim: Simulator) -> None:
    """A short Delay still ends in the normal answer."""
    sim.inject(Delay(0.01, stage="before"))
    sim.inject(Delay(0.01))
    assert api.post(LOCK).json()["status"] == "PENDING"
    assert api.post(command_path("veh_2", "lock-doors")).json()["status"] == "PENDING"
    assert len(sim.executions) == 2


def test_expire_token_revokes_the_presented_token(http: httpx.Client, sim: Simulator) -> None:
    """ExpireToken answers 401 and revokes that token for later calls; a fresh token works."""
    stale = get_token(http)
    sim.inject(ExpireToken())
    headers = {"Authorization": f"Bearer {stale}"}
    assert_error(http.post(LOCK, headers=headers), 401, "AUTHENTICATION_ERROR")
    assert_error(http.post(path_of("test_token"), headers=headers), 401, "AUTHENTICATION_ERROR")
    assert sim.executions == []
    fresh = {"Authorization": f"Bearer {get_token(http)}"}
    assert http.post(LOCK, headers=fresh).is_success


def test_expire_token_after_acting(http: httpx.Client, sim: Simulator) -> None:
    """ExpireToken at stage 'after' creates the command, then answers 401."""
    headers = {"Authorization": f"Bearer {get_token(http)}"}
    sim.inject(ExpireToken(stage="after"))
    assert_error(http.post(LOCK, headers=headers), 401, "AUTHENTICATION_ERROR")
    assert len(sim.executions) == 1


def test_faults_on_the_token_endpoint(http: httpx.Client, sim: Simulator) -> None:
    """A fault may target the token endpoint by exact path."""
    sim.inject(ServerFault(503), path=path_of("create_token"))
    form = {"grant_type": "client_credentials"}
    assert http.post(path_of("create_token"), data=form, auth=CLIENT).status_code == 503
    assert http.post(path_of("create_token"), data=form, auth=CLIENT).status_code == 200


def test_path_regex_and_method_matching(api: httpx.Client, sim: Simulator) -> None:
    """A fault fires only on requests matching its path regex (whole path) and method."""
    # Regexes as a user writes them: what is tested is the matching, so they stay as written.
    sim.inject(ServerFault(500), path=r"/v1/vehicles/[^/]+/command-execution:unlock-doors", method="post")
    sim.inject(ServerFault(502), path=r"/v1/vehicles/.*", method="GET")
    assert api.post(LOCK).is_success
    assert api.post(path_of("test_token")).status_code == 200
    assert api.post(command_path("veh_2", "unlock-doors")).status_code == 500
    assert api.get(path_of("list_command_executions", vehicle_id="veh_1")).status_code == 502


def test_partial_regex_does_not_match(api: httpx.Client, sim: Simulator) -> None:
    """A regex must match the whole decoded path, not a part of it."""
    injection = sim.inject(ServerFault(500), path="lock-doors")
    assert api.post(LOCK).is_success
    assert injection.hits == 0


def test_count_and_order(api: httpx.Client, sim: Simulator) -> None:
    """Faults fire in the order queued, each for its count, then requests pass normally."""
    first = sim.inject(RateLimited(retry_after=0), count=2)
    second = sim.inject(ServerFault(503))
    statuses = [api.post(path_of("test_token")).status_code for _ in range(4)]
    assert statuses == [429, 429, 503, 200]
    assert (first.hits, first.remaining, second.hits) == (2, 0, 1)


def test_clear_faults(api: httpx.Client, sim: Simulator) -> None:
    """clear_faults() drops every queued fault."""
    sim.inject(ServerFault(500), count=5)
    sim.clear_faults()
    assert api.post(path_of("test_token")).status_code == 200


def test_faulted_requests_are_recorded(api: httpx.Client, sim: Simulator) -> None:
    """Requests that met a fault are recorded like any other."""
    sim.reset_records()
    sim.inject(DropConnection())
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(LOCK)
    assert [r.path for r in sim.requests] == [LOCK]


def test_invalid_fault_arguments() -> None:
    """Nonsense fault settings fail at construction."""
    with pytest.raises(ValueError, match="5xx"):
        ServerFault(404)
    with pytest.raises(ValueError, match="seconds"):
        Delay(-1)
    with pytest.raises(ValueError, match="count"):
        Simulator().inject(ServerFault(), count=0)


@pytest.mark.parametrize("seconds", [float("inf"), float("nan"), "1", True])
def test_a_delay_that_is_not_a_finite_number_of_seconds_is_refused(seconds: object) -> None:
    """`Delay(inf)` or `Delay(nan)` fails when it is made, naming `seconds`, not later in the server."""
    with pytest.raises((ValueError, TypeError), match="Delay needs seconds"):
        Delay(seconds)  # type: ignore[arg-type]


def test_testing_names_do_not_clash_with_the_sdks() -> None:
    """`from volteras import *` and `from volteras.testing import *` together shadow nothing (ServerFault, not ServerError)."""
    import volteras
    import volteras.testing

    assert set(volteras.__all__) & set(volteras.testing.__all__) == set()


def test_old_fault_name_still_imports_with_a_warning() -> None:
    """Code written against `volteras.testing.ServerError` keeps working and is told the new name."""
    import volteras.testing

    with pytest.warns(DeprecationWarning, match="ServerFault"):
        old = volteras.testing.ServerError
    assert old is ServerFault
