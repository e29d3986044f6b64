"""A handler that drifts from the spec fails loudly: a 500 naming the operation, never a wrong answer on the wire."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.simulator.helpers import assert_error, get_token
from tests.spec_facts import path_of
from volteras.testing import ManualClock, Simulator, _router
from volteras.testing._router import Answer, Call


def _serve_with(
    monkeypatch: pytest.MonkeyPatch, clock: ManualClock, operation_id: str, answer: Answer
) -> dict[str, Any]:
    """GET the vehicle through a simulator whose ``operation_id`` handler answers ``answer``; the error body."""

    def drifting(call: Call) -> Answer:
        return answer

    monkeypatch.setitem(_router._BY_ID, operation_id, (drifting, frozenset()))
    sim = Simulator(clock=clock)
    sim.add_vehicle("veh_1")
    with sim.serve() as url, httpx.Client(base_url=url, timeout=10) as api:
        api.headers["Authorization"] = f"Bearer {get_token(api)}"
        return assert_error(api.get(path_of("get_vehicle", vehicle_id="veh_1")), 500, "SERVER_ERROR")


def test_a_status_the_spec_does_not_declare_is_a_simulator_error(
    monkeypatch: pytest.MonkeyPatch, clock: ManualClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """A handler answering 201 where the spec declares 200 gets a 500 naming both, and a traceback."""
    sim = Simulator(clock=clock)
    sim.add_vehicle("veh_1")
    with sim.client() as client:
        vehicle = client.vehicles.get("veh_1")
    body = _serve_with(monkeypatch, clock, "get_vehicle", Answer(vehicle, status=201))
    assert "get_vehicle: the handler answered 201; the spec declares [200]" in str(body["message"])
    assert "HandlerDrift" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (Answer({"make": 5}), "make expected string"),
        (Answer({"model": "X"}), "make field required"),
        (Answer(None), "answered 200 with no body"),
    ],
)
def test_a_body_the_response_schema_refuses_is_a_simulator_error(
    monkeypatch: pytest.MonkeyPatch, clock: ManualClock, answer: Answer, said: str
) -> None:
    """A body of the wrong shape, or none where the spec declares one, is a 500 saying what is wrong."""
    body = _serve_with(monkeypatch, clock, "get_vehicle", answer)
    assert said in str(body["message"]), body["message"]
    assert str(body["message"]).startswith("Simulator error: get_vehicle:")
