"""A wrong type anywhere in a nested answer (telemetry: 18 models inside one) is a ResponseValidationError.

Each generated from_dict checks its fields as it reads them and names a bad one by its path
through the models and lists that hold it; these prove a bad value deep inside is caught and
named, and that a good answer still parses.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from volteras._generated.models import VehicleTelemetry

from tests.spec_facts import path_of
from volteras import ResponseValidationError
from volteras.testing import Simulator

from .conftest import server, sync_client


def _telemetry() -> dict[str, Any]:
    """A full telemetry answer as the simulator sends it."""
    sim = Simulator()
    sim.add_vehicle("veh_1")
    with httpx.Client(transport=sim.transport(), base_url="http://sim") as http:
        form = {"grant_type": "client_credentials"}
        token = http.post(path_of("create_token"), data=form, auth=("demo-client", "demo-secret")).json()
        response = http.get(
            path_of("get_vehicle_telemetry", vehicle_id="veh_1"),
            headers={"Authorization": f"Bearer {token['access_token']}"},
        )
    body: dict[str, Any] = json.loads(response.content)
    return body


TELEMETRY = _telemetry()

BAD = [
    ("id", 5, "id has a int"),
    ("odometer.value", True, "odometer.value has a bool"),
    ("odometer.value", "12", "odometer.value has a str"),
    ("security.locked", "yes", "security.locked has a str"),
    ("chargingState.chargePortDoorOpen", 1, "charging_state.charge_port_door_open has a int"),
    ("metadata.consentId", 7, "metadata.consent_id has a int"),
    ("tirePressure.frontLeftTire", False, "tire_pressure.front_left_tire has a bool"),
    ("location.timestamp", 1700000000, "location.timestamp has a int"),
    ("minStateOfCharge.unit", 3, "min_state_of_charge.unit has a int"),
]


def test_full_telemetry_answer_parses() -> None:
    """The simulator's telemetry answer comes back as a VehicleTelemetry with its nested values."""
    with sync_client(server(TELEMETRY)) as client:
        telemetry = client.vehicles.telemetry("veh_1")
    assert isinstance(telemetry, VehicleTelemetry)
    assert telemetry.odometer.value == TELEMETRY["odometer"]["value"]
    assert telemetry.security.locked is TELEMETRY["security"]["locked"]


@pytest.mark.parametrize(("path", "value", "named"), BAD, ids=[f"{p}={v!r}" for p, v, _ in BAD])
def test_wrong_type_deep_in_telemetry_is_named(path: str, value: object, named: str) -> None:
    """A value of the wrong type inside a nested model raises ResponseValidationError naming its field."""
    body = copy.deepcopy(TELEMETRY)
    *parents, leaf = path.split(".")
    target = body
    for parent in parents:
        target = target[parent]
    target[leaf] = value
    with sync_client(server(body)) as client, pytest.raises(ResponseValidationError, match=named):
        client.vehicles.telemetry("veh_1")


RANGE = {
    "vehicleId": "veh_1",
    "unit": "km",
    "calculationDate": "2024-01-01",
    "range": {"real": "532.4", "nominal": {"WLTP": 596}, "score": {"WLTP": "0.893"}},
}


def test_extra_fields_the_spec_types_are_checked() -> None:
    """Range scores keyed by standard must be strings: a list among them is refused and named."""
    good = sync_client(server(RANGE)).vehicles.range("veh_1")
    assert good.range_.score.additional_properties == {"WLTP": "0.893"}
    bad = copy.deepcopy(RANGE)
    bad["range"]["score"]["EPA"] = []
    with pytest.raises(ResponseValidationError, match=r"field range_\.score\.EPA has a list"):
        sync_client(server(bad)).vehicles.range("veh_1")


class _Text(str):
    """A str subclass: never produced by JSON decoding, but a valid str to the annotations."""


def test_subclasses_pass_where_json_classes_do() -> None:
    """from_dict tests the exact classes JSON decoding makes, then isinstance: a str subclass passes
    where a str belongs and an int where a float belongs, JSON true never passes for a number."""
    body = copy.deepcopy(TELEMETRY)
    body["id"] = _Text("veh_1")
    body["odometer"]["value"] = 12
    telemetry = VehicleTelemetry.from_dict(body)
    assert (telemetry.id, telemetry.odometer.value) == ("veh_1", 12)
    body["odometer"]["value"] = True
    with pytest.raises(TypeError, match=r"field odometer\.value has a bool"):
        VehicleTelemetry.from_dict(body)


PAGE_ITEM = {"vehicleId": "veh_1", "command": "LOCK_DOORS", "status": "PENDING"}


@pytest.mark.parametrize(
    ("results", "named"),
    [
        ([PAGE_ITEM, {**PAGE_ITEM, "vehicleId": 5}], r"field results\[1\]\.vehicle_id has a int"),
        ([PAGE_ITEM, PAGE_ITEM, "cmd_1"], r"field results\[2\] has a str"),
        ([[["vehicleId", "veh_1"], ["command", "LOCK_DOORS"]]], r"field results\[0\] has a list"),
        ([{**PAGE_ITEM, "commandArguments": {"limit": 80, "nested": []}}], None),
        (
            [{**PAGE_ITEM, "commandArguments": ["limit", 80]}],
            r"field results\[0\]\.command_arguments has a list",
        ),
        (
            [{**PAGE_ITEM, "executedAt": "yesterday"}],
            r"results\[0\]\.executed_at has a str that is not an ISO 8601",
        ),
    ],
    ids=[
        "wrong-leaf",
        "not-an-object",
        "pairs",
        "free-arguments",
        "arguments-not-an-object",
        "bad-date-time",
    ],
)
def test_items_of_a_page_are_named_by_position(results: list[Any], named: str | None) -> None:
    """A bad item in a page's results is named by its index, down to the field; a good page parses."""
    body = {"results": results, "nextPageToken": None, "totalResults": len(results)}
    client = sync_client(server(body))
    if named is None:
        assert [e.command_arguments.additional_properties for e in client.commands.list("veh_1")] == [
            {"limit": 80, "nested": []}
        ]
        return
    with pytest.raises(ResponseValidationError, match=named):
        list(client.commands.list("veh_1"))
