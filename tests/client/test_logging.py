"""The DEBUG log: one line per attempt, token requests included, and no credentials."""

from __future__ import annotations

import logging
import socket

import pytest

from tests.spec_facts import path_of
from volteras import APIConnectionError, Volteras
from volteras.testing import ServerFault, Simulator


def test_one_debug_line_per_attempt_including_token_requests(caplog: pytest.LogCaptureFixture) -> None:
    """Each attempt, retries and the token request included, logs method, path, status, duration and ids."""
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0)
    sim.inject(ServerFault(502), path=path_of("list_command_executions", vehicle_id="veh_1"), count=1)
    caplog.set_level(logging.DEBUG, logger="volteras")
    with sim.serve() as url, Volteras("demo-client", "demo-secret", base_url=url) as client:
        execution = client.commands.close_charge_port("veh_1")
        list(client.commands.list("veh_1"))
    lines = [r.getMessage() for r in caplog.records if r.name == "volteras" and "->" in r.getMessage()]
    assert lines[0].startswith(f"POST {path_of('create_token')} -> 200 in ")
    assert lines[0].endswith("(token request)")
    assert lines[1].startswith(f"POST {path_of('close_charge_port', vehicle_id='veh_1')} -> 200 in ")
    assert lines[2].startswith(f"GET {path_of('list_command_executions', vehicle_id='veh_1')} -> 502 in ")
    assert lines[2].endswith("attempt=1")
    assert lines[3].endswith("attempt=2")
    assert len(lines) == 4
    request_ids = {r.request_id for r in sim.requests}
    assert all(any(f"request_id={rid}" in line for rid in request_ids) for line in lines)
    assert execution.id is not None
    assert not any("demo-secret" in r.getMessage() or "Bearer" in r.getMessage() for r in caplog.records)


def test_the_debug_line_shows_the_query_and_leaves_credentials_out(caplog: pytest.LogCaptureFixture) -> None:
    """A rate-limit read logs which object it was for; a credential-looking query value is left out."""
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0)
    caplog.set_level(logging.DEBUG, logger="volteras")
    with sim.serve() as url, Volteras("demo-client", "demo-secret", base_url=url) as client:
        client.rate_limits.get("veh_1", extra_query={"api_key": "s3cret-value"})
    lines = [r.getMessage() for r in caplog.records if r.name == "volteras" and "->" in r.getMessage()]
    assert lines[-1].startswith(
        f"GET {path_of('get_rate_limits')}?objectId=veh_1&domain=VEHICLE&api_key=<redacted> -> 200 in "
    )
    assert not any("s3cret-value" in r.getMessage() for r in caplog.records)


def test_the_debug_line_shows_only_the_query_parameters_the_spec_documents(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An extra query parameter of any name (`sid`, `code`) is redacted; the operation's own show in clear."""
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0)
    caplog.set_level(logging.DEBUG, logger="volteras")
    with sim.serve() as url, Volteras("demo-client", "demo-secret", base_url=url) as client:
        client.rate_limits.get("veh_1", extra_query={"sid": "s3ssion-value", "code": "0auth-code"})
    lines = [r.getMessage() for r in caplog.records if r.name == "volteras" and "->" in r.getMessage()]
    assert lines[-1].startswith(
        f"GET {path_of('get_rate_limits')}?objectId=veh_1&domain=VEHICLE&sid=<redacted>&code=<redacted> -> 200 in "
    )
    assert not any(
        "s3ssion-value" in r.getMessage() or "0auth-code" in r.getMessage() for r in caplog.records
    )


def test_a_connection_error_names_the_server() -> None:
    """An APIConnectionError says which scheme, host and port could not be reached."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with (
        Volteras("id", "secret", base_url=f"http://127.0.0.1:{port}", max_retries=0) as client,
        pytest.raises(APIConnectionError, match=rf"connection to http://127\.0\.0\.1:{port} failed"),
    ):
        client.tokens.test()
