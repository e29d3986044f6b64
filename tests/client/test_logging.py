"""The DEBUG log: one line per attempt, token requests included, and no credentials."""

from __future__ import annotations

import logging

import pytest

from volteras import Volteras
from volteras.testing import ServerFault, Simulator


def test_one_debug_line_per_attempt_including_token_requests(caplog: pytest.LogCaptureFixture) -> None:
    """Each attempt, retries and the token request included, logs method, path, status, duration and ids."""
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0)
    sim.inject(ServerFault(502), path="/v1/vehicles/veh_1/command-executions", count=1)
    caplog.set_level(logging.DEBUG, logger="volteras")
    with sim.serve() as url, Volteras("demo-client", "demo-secret", base_url=url) as client:
        execution = client.commands.close_charge_port("veh_1")
        list(client.commands.list("veh_1"))
    lines = [r.getMessage() for r in caplog.records if r.name == "volteras" and "->" in r.getMessage()]
    assert lines[0].startswith("POST /v1/oauth2/token -> 200 in ")
    assert lines[0].endswith("(token request)")
    assert lines[1].startswith("POST /v1/vehicles/veh_1/command-execution:close-charge-port -> 200 in ")
    assert lines[2].startswith("GET /v1/vehicles/veh_1/command-executions -> 502 in ")
    assert lines[2].endswith("attempt=1")
    assert lines[3].endswith("attempt=2")
    assert len(lines) == 4
    request_ids = {r.request_id for r in sim.requests}
    assert all(any(f"request_id={rid}" in line for rid in request_ids) for line in lines)
    assert execution.id is not None
    assert not any("demo-secret" in r.getMessage() or "Bearer" in r.getMessage() for r in caplog.records)
