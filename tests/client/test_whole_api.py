"""Every public method, sync and async, against the simulator over real HTTP: one service's day.

The walk below uses each of the API's operations the way a fleet service would, and checks
what a user sees: the declared types, and that the twin stays coherent (a tag shows up in the
filtered vehicle list, a connected VIN becomes a vehicle, a disconnected vehicle is gone). At
the end the simulator's request records must name every operation of the spec but the token.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from volteras._generated.models import (
    AccountConnect,
    BulkConnectStatusResponse,
    BulkConnectVehicleResponse,
    BulkVinEligibilityResponse,
    OEMAccount,
    OEMAlerts,
    RateLimit,
    TagsList,
    Vehicle,
    VehicleChargingWindows,
    VehicleDepartureTimes,
    VehicleListeningResponse,
    VehicleOptions,
    VehicleRange,
    VehicleServices,
    VehicleSpecifications,
    VehicleStateOfHealth,
    VehicleTelemetry,
    VehicleTiresList,
)
from volteras._generated.resources import METHODS

from volteras import CommandStatus, NotFoundError, TokenInfo
from volteras.testing import ACTIONS, ManualClock, Simulator

NEW_VIN = "WVWZZZ1JZXW000001"


@pytest.fixture
def sim(clock: ManualClock) -> Simulator:
    """A seeded fleet (accounts, histories, several makes) on a manual clock."""
    simulator = Simulator(clock=clock, seed=11, fleet_size=3)
    simulator.add_vehicle("veh_1", latency=0)
    return simulator


def _operations_requested(sim: Simulator) -> set[str]:
    seen = set()
    for request in sim.requests:
        for method in METHODS:
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(method.operation.path)) + "$"
            if request.method == method.operation.method and re.match(pattern, request.path):
                seen.add(method.operation.id)
    return seen


def test_every_operation_through_the_sdk(client: Any, sim: Simulator, clock: ManualClock) -> None:
    """Every public operation answers its declared type, and the twin stays coherent between them."""
    assert isinstance(client.tokens.test(), TokenInfo)

    vehicles = list(client.vehicles.list(page_size=2))
    assert len(vehicles) == 4
    assert all(isinstance(v, Vehicle) for v in vehicles)
    vid = vehicles[0].id
    assert isinstance(client.vehicles.get(vid), Vehicle)
    reads: dict[str, type] = {
        "options": VehicleOptions,
        "specifications": VehicleSpecifications,
        "telemetry": VehicleTelemetry,
        "range": VehicleRange,
        "state_of_health": VehicleStateOfHealth,
        "manufacturer_alerts": OEMAlerts,
        "services": VehicleServices,
        "departure_times": VehicleDepartureTimes,
        "charging_windows": VehicleChargingWindows,
    }
    for name, model in reads.items():
        assert isinstance(getattr(client.vehicles, name)(vid), model), name
    since = clock.now() - datetime.timedelta(days=30)
    assert isinstance(client.vehicles.tire_readings(vid, from_datetime=since.isoformat()), VehicleTiresList)
    list(client.vehicles.alerts(vid))
    list(client.vehicles.journeys(vid, page_size=5))
    sessions = list(client.vehicles.charging_sessions(vid))
    for session in sessions[:1]:
        assert client.vehicles.charging_session(vid, session.id).id == session.id

    listening = client.vehicles.set_listening(vid, False)
    assert isinstance(listening, VehicleListeningResponse)
    audit = list(client.vehicles.listening_audit(vid, start_at=since))
    assert audit, "a listening change must be written to the audit"
    plate = client.vehicles.set_registration_plate(vid, "AB-123-CD")
    assert plate.registration_plate == "AB-123-CD"
    assert client.vehicles.get(vid).registration_plate == "AB-123-CD"

    client.tags.add("DEVICE", vid, key="fleet", value="north")
    tags = client.tags.list("DEVICE", vid)
    assert isinstance(tags, TagsList)
    assert [v.id for v in client.vehicles.list(tag_key="fleet", tag_value="north")] == [vid]
    client.tags.remove("DEVICE", vid, key="fleet", value="north")
    assert list(client.vehicles.list(tag_key="fleet", tag_value="north")) == []

    accounts = list(client.accounts.list())
    assert accounts
    assert all(isinstance(a, OEMAccount) for a in accounts)
    assert client.accounts.get(accounts[0].id).id == accounts[0].id
    consent = client.accounts.connect(scopes=["vehicle:commands"], device_types=["VEHICLE"])
    assert isinstance(consent, AccountConnect)
    assert consent.authentication_url.startswith("https://")
    assert client.accounts.disconnect(accounts[-1].id) is None

    group = client.connections.create([{"vin": NEW_VIN, "make": "VOLKSWAGEN", "countryCode": "DE"}])
    assert isinstance(group, BulkConnectVehicleResponse)
    clock.advance(60)
    done = client.connections.wait(group, wait_timeout=5)
    assert isinstance(done, BulkConnectStatusResponse)
    assert done.status == "COMPLETED"
    assert isinstance(client.connections.get(group.id), BulkConnectStatusResponse)
    assert len(list(client.connections.results(group.id, page_size=1))) == 1
    assert NEW_VIN in {v.vin for v in client.vehicles.list()}

    check = client.eligibility.check([{"vin": NEW_VIN, "make": "VOLKSWAGEN", "countryCode": "DE"}])
    assert isinstance(check, BulkVinEligibilityResponse)
    clock.advance(60)
    assert len(list(client.eligibility.results(check.id))) == 1

    limits = client.rate_limits.get(vid)
    assert limits
    assert all(isinstance(limit, RateLimit) for limit in limits)

    executed = client.commands.close_charge_port("veh_1", wait=True, wait_timeout=5)
    assert executed.status == CommandStatus.EXECUTED
    assert client.vehicles.telemetry("veh_1").charging_state.charge_port_door_open is False
    plain = [
        m.name for m in METHODS if m.kind == "command" and [a.name for a in m.arguments] == ["vehicle_id"]
    ]
    for name in plain:
        if name != "close_charge_port":
            getattr(client.commands, name)("veh_1")
    client.commands.set_charge_limit("veh_1", 80)
    client.commands.set_temperature("veh_1", 21.0, 21.5)
    assert client.commands.get("veh_1", executed.id).id == executed.id
    assert len(list(client.commands.list("veh_1"))) == len(ACTIONS)

    assert client.vehicles.disconnect(vid) is None
    with pytest.raises(NotFoundError):
        client.vehicles.get(vid)

    for method in METHODS:  # an operation the walk above does not know yet, called on a vehicle
        if method.operation.id not in _operations_requested(sim) and [a.name for a in method.arguments] == [
            "vehicle_id"
        ]:
            getattr(getattr(client, method.resource), method.name)("veh_1")
    missing = {m.operation.id for m in METHODS} - _operations_requested(sim)
    assert not missing, f"operations this walk never sent: {sorted(missing)}"
