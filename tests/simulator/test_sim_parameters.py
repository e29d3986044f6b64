"""Every query parameter the spec documents is honoured by its handler, or refused as not simulated."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from volteras._generated.operations import OPERATIONS, OperationSpec, Parameter

from tests.spec_facts import path_of
from volteras.testing import Simulator, _router
from volteras.testing._generic import example
from volteras.testing._router import routes

QUERY = [(op.id, p.name) for op in OPERATIONS.values() for p in op.parameters if p.location == "query"]


def _text(param: Parameter) -> str:
    value: Any = example(param.schema)
    return str(value).lower() if isinstance(value, bool) else str(value)


def _request(api: httpx.Client, op: OperationSpec, wanted: str) -> httpx.Response:
    """The operation, on veh_1 where the path names a vehicle, with its required query parameters and `wanted`."""
    path = re.sub(r"\{vehicle_id\}", "veh_1", op.path)
    path = re.sub(r"\{[^}]+\}", "x", path)
    query = {
        p.name: _text(p) for p in op.parameters if p.location == "query" and (p.required or p.name == wanted)
    }
    body = (
        example(op.body.schema)
        if op.body is not None and op.body.content_type == "application/json"
        else None
    )
    return api.request(op.method, path, params=query, json=body)


@pytest.mark.parametrize(("operation_id", "name"), QUERY)
def test_every_documented_query_parameter_is_honoured_or_refused(
    api: httpx.Client, operation_id: str, name: str
) -> None:
    """A request with the parameter is never refused as not simulated when the handler honours it, and always is otherwise."""
    route = next(route for route in routes() if route.op.id == operation_id)
    param = next(p for p in route.op.parameters if p.name == name)
    response = _request(api, route.op, name)
    refused = response.status_code == 400 and "not simulated" in response.json()["message"]
    assert refused == (param.argument not in route.honours), response.text
    if refused:
        assert repr(name) in response.json()["message"]


def test_a_parameter_no_handler_honours_is_refused_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """A query parameter the spec gains before the twin honours it (tagKey, here) is a 400 naming it, never ignored."""
    handler, _ = _router._BY_ID["list_vehicles"]
    monkeypatch.setitem(_router._BY_ID, "list_vehicles", (handler, frozenset()))
    fresh = Simulator()
    fresh.add_vehicle("veh_1")
    with fresh.serve() as url, httpx.Client(base_url=url, timeout=10) as api:
        token = api.post(
            path_of("create_token"),
            data={"grant_type": "client_credentials"},
            auth=("demo-client", "demo-secret"),
        ).json()["access_token"]
        api.headers["Authorization"] = f"Bearer {token}"
        refused = api.get(path_of("list_vehicles"), params={"tagKey": "fleet"})
        assert refused.status_code == 400
        assert refused.json()["error"] == "REQUEST_VALIDATION_ERROR"
        assert "'tagKey' is not simulated" in refused.json()["message"]
        assert api.get(path_of("list_vehicles"), params={"maxPageSize": 5}).status_code == 200
