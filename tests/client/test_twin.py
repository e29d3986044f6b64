"""The simulator as a coherent twin, seen through the SDK: what one call does, later calls report.

Each test drives the twin with `Volteras` and `AsyncVolteras` (the `client` fixture) over real
HTTP on 127.0.0.1, moving the simulator's manual clock where the API would take time. The same
behaviours are proved over plain httpx in tests/simulator/test_sim_twin.py; test_whole_api.py
walks every operation once, so what it already asserts is not repeated here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from volteras import CommandStatus, NotFoundError, RequestValidationError, where
from volteras.testing import ManualClock, Simulator

NEW_VIN = "WBA00000000000001"
BAD_VIN = "NOT-A-VIN"
INCOMPATIBLE_VIN = "WBA0000000000000X"


@pytest.fixture
def sim(clock: ManualClock) -> Simulator:
    """Two vehicles whose commands execute as soon as they are sent, and one that is offline."""
    simulator = Simulator(clock=clock)
    simulator.add_vehicle("veh_1", latency=0)
    simulator.add_vehicle("veh_2", latency=0)
    simulator.add_vehicle("veh_offline", latency=0, outcome="OEM_VEHICLE_OFFLINE")
    return simulator


@pytest.fixture
def fleet(clock: ManualClock) -> Iterator[str]:
    """A seeded 40-vehicle fleet on the manual clock, served on 127.0.0.1 (its base URL)."""
    with Simulator(clock=clock, seed=7, fleet_size=40).serve() as url:
        yield url


def _run(client: Any, command: str, *args: Any, vehicle: str = "veh_1") -> None:
    execution = getattr(client.commands, command)(vehicle, *args)
    assert execution.status == CommandStatus.EXECUTED, execution


def test_charge_port_and_doors_follow_executed_commands(client: Any) -> None:
    """Opening and closing the port, unlocking and locking, and the trunks show in the next telemetry read."""
    _run(client, "open_charge_port")
    port = client.vehicles.telemetry("veh_1").charging_state
    assert (port.charge_port_door_open, port.charge_port_latch) == (True, "DISENGAGED")
    _run(client, "close_charge_port")
    port = client.vehicles.telemetry("veh_1").charging_state
    assert (port.charge_port_door_open, port.charge_port_latch) == (False, "ENGAGED")

    _run(client, "unlock_doors")
    assert client.vehicles.telemetry("veh_1").security.locked is False
    _run(client, "lock_doors")
    _run(client, "actuate_front_trunk")
    _run(client, "actuate_rear_trunk")
    security = client.vehicles.telemetry("veh_1").security
    assert (security.locked, security.front_trunk, security.rear_trunk) == (True, "OPEN", "OPEN")
    assert client.vehicles.telemetry("veh_2").security.front_trunk == "CLOSED"  # only veh_1 changed


def test_a_failed_command_changes_nothing(client: Any) -> None:
    """A command that ends FAILED leaves the telemetry as it was."""
    before = client.vehicles.telemetry("veh_offline").security.locked
    execution = (
        client.commands.unlock_doors("veh_offline") if before else client.commands.lock_doors("veh_offline")
    )
    assert execution.status == CommandStatus.FAILED
    assert client.vehicles.telemetry("veh_offline").security.locked is before


def test_charging_rises_on_the_clock_to_the_limit_and_records_a_session(
    client: Any, clock: ManualClock
) -> None:
    """set_charge_limit then start_charging: the charge climbs with time, stops COMPLETE at the limit, and a session appears."""
    sessions_before = len(list(client.vehicles.charging_sessions("veh_1", page_size=100)))
    _run(client, "set_charge_limit", 90)
    start = client.vehicles.telemetry("veh_1")
    assert start.max_state_of_charge.value == 90
    _run(client, "start_charging")
    clock.advance(600)
    middle = client.vehicles.telemetry("veh_1")
    assert middle.charging_state.charging_state == "CHARGING"
    assert start.state_of_charge.value < middle.state_of_charge.value < 90
    assert middle.charge_remaining_time.value > 0

    clock.advance(10 * 3600)  # long past full; the access token expired meanwhile and is renewed
    done = client.vehicles.telemetry("veh_1")
    assert (done.charging_state.charging_state, done.state_of_charge.value) == ("COMPLETE", 90)
    sessions = list(client.vehicles.charging_sessions("veh_1", page_size=100))
    assert len(sessions) == sessions_before + 1
    assert (sessions[-1].start_state_of_charge, sessions[-1].end_state_of_charge) == (
        start.state_of_charge.value,
        90,
    )
    assert client.vehicles.charging_session("veh_1", sessions[-1].id).end_state_of_charge == 90


def test_stop_charging_ends_the_charge_where_it_stands(client: Any, clock: ManualClock) -> None:
    """stop_charging: the state is STOPPED, the charge stays where it got to, and that session is recorded."""
    _run(client, "set_charge_limit", 100)
    _run(client, "start_charging")
    clock.advance(300)
    _run(client, "stop_charging")
    stopped = client.vehicles.telemetry("veh_1")
    assert stopped.charging_state.charging_state == "STOPPED"
    last = list(client.vehicles.charging_sessions("veh_1", page_size=100))[-1]
    assert last.charge_duration == 300
    assert last.end_state_of_charge == stopped.state_of_charge.value
    clock.advance(3600)
    assert client.vehicles.telemetry("veh_1").state_of_charge.value == stopped.state_of_charge.value


def test_command_budget_and_rate_limit_report(make_client: Callable[..., Any], clock: ManualClock) -> None:
    """Over the per-vehicle budget a command ends FAILED (INTERNAL_RATE_LIMITED); rate_limits.get counts down and resets."""
    limited = Simulator(clock=clock, command_budget=2, budget_window=60)
    limited.add_vehicle("veh_1", latency=0)
    with limited.serve() as url:
        client = make_client(base_url=url)
        (fresh,) = client.rate_limits.get("veh_1")
        assert (fresh.remaining_requests, fresh.max_requests, fresh.window_size_seconds) == (2, 2, 60)
        results = [client.commands.lock_doors("veh_1") for _ in range(3)]
        assert [r.status for r in results] == [CommandStatus.EXECUTED] * 2 + [CommandStatus.FAILED]
        assert results[2].failed_reason == "INTERNAL_RATE_LIMITED"
        assert client.rate_limits.get("veh_1")[0].remaining_requests == 0
        clock.advance(60)
        assert client.rate_limits.get("veh_1")[0].remaining_requests == 2
        assert client.commands.lock_doors("veh_1").status == CommandStatus.EXECUTED


def test_bulk_connection_goes_through_its_states_with_a_result_per_vin(
    client: Any, sim: Simulator, clock: ManualClock
) -> None:
    """A connection group is CREATED, PROCESSING, COMPLETED; each VIN gets its own outcome; the valid one is a tagged vehicle."""
    existing = client.vehicles.get("veh_2").vin
    sim.script_vin(INCOMPATIBLE_VIN, "OEM_VEHICLE_NOT_COMPATIBLE")
    requests = [
        {"vin": vin, "make": "BMW", "countryCode": "DE", "tags": [{"key": "depot", "value": "north"}]}
        for vin in (NEW_VIN, BAD_VIN, existing, INCOMPATIBLE_VIN)
    ]
    group = client.connections.create(requests)
    assert group.status == "CREATED"
    clock.advance(1)
    assert client.connections.get(group.id).status == "PROCESSING"
    clock.advance(5)
    assert client.connections.get(group.id).status == "COMPLETED"

    by_vin = {r.vin: r for r in client.connections.results(group.id, page_size=3)}
    assert set(by_vin) == {NEW_VIN, BAD_VIN, existing, INCOMPATIBLE_VIN}
    assert by_vin[NEW_VIN].status == "CONNECTED"
    assert [e.code for e in by_vin[BAD_VIN].errors] == ["INVALID_VIN"]
    assert [e.code for e in by_vin[existing].errors] == ["VEHICLE_ALREADY_ADDED_TO_ORGANIZATION"]
    assert by_vin[INCOMPATIBLE_VIN].status == "INCOMPATIBLE"

    new_id = by_vin[NEW_VIN].vehicle_id
    (new,) = [v for v in client.vehicles.list() if v.vin == NEW_VIN]
    assert (new.id, new.make) == (new_id, "BMW")
    assert client.tags.list("DEVICE", new_id).tags[0].key == "depot"
    assert [v.id for v in client.vehicles.list(tag_key="depot", tag_value="north")] == [new_id]
    assert client.commands.lock_doors(new_id).status == CommandStatus.PENDING  # a vehicle like any other


def test_eligibility_answers_per_vin_once_processed(client: Any, sim: Simulator, clock: ManualClock) -> None:
    """Eligibility results are PENDING, then ELIGIBLE, INELIGIBLE when scripted, VALIDATION_ERROR for a malformed VIN."""
    sim.script_vin("WBA00000000000009", "OEM_VEHICLE_NOT_COMPATIBLE")
    vins = ["WBA00000000000001", "WBA00000000000009", "WBAOOOOOOOOOOOOO1"]
    check = client.eligibility.check([{"vin": vin, "countryCode": "DE"} for vin in vins])
    assert {r.status for r in client.eligibility.results(check.id)} == {"PENDING"}
    clock.advance(5)
    assert [(r.vin, r.status) for r in client.eligibility.results(check.id, page_size=2)] == [
        ("WBA00000000000001", "ELIGIBLE"),
        ("WBA00000000000009", "INELIGIBLE"),
        ("WBAOOOOOOOOOOOOO1", "VALIDATION_ERROR"),
    ]


def test_a_disconnected_vehicle_is_gone_everywhere(client: Any) -> None:
    """After vehicles.disconnect, commands and reads raise NotFoundError and the vehicle and its tags leave the lists."""
    client.tags.add("DEVICE", "veh_2", key="depot", value="south")
    client.vehicles.disconnect("veh_2")
    with pytest.raises(NotFoundError):
        client.commands.lock_doors("veh_2")
    with pytest.raises(NotFoundError):
        client.vehicles.telemetry("veh_2")
    assert "veh_2" not in [v.id for v in client.vehicles.list()]
    assert list(client.vehicles.list(tag_key="depot")) == []


def test_tags_select_by_key_alone_or_key_and_value(client: Any) -> None:
    """vehicles.list(tag_key=) matches any value of the key; adding tag_value narrows it; tags.list shows each pair."""
    client.tags.add("DEVICE", "veh_1", key="depot", value="north")
    client.tags.add("DEVICE", "veh_2", key="depot", value="south")
    client.tags.add("DEVICE", "veh_2", key="shift", value="night")
    assert [v.id for v in client.vehicles.list(tag_key="depot")] == ["veh_1", "veh_2"]
    assert [v.id for v in client.vehicles.list(tag_key="depot", tag_value="south")] == ["veh_2"]
    assert [(t.key, t.value) for t in client.tags.list("DEVICE", "veh_2").tags] == [
        ("depot", "south"),
        ("shift", "night"),
    ]


def test_listening_changes_show_on_the_vehicle_and_in_the_audit(client: Any, clock: ManualClock) -> None:
    """Each set_listening is on the vehicle at once and in the audit in order; start_at narrows the audit."""
    client.vehicles.set_listening("veh_1", False)
    assert client.vehicles.get("veh_1").is_listening is False
    clock.advance(10)
    client.vehicles.set_listening("veh_1", True)
    vehicle = client.vehicles.get("veh_1")
    assert vehicle.is_listening is True
    assert vehicle.listening_last_updated == clock.now()
    audit = list(client.vehicles.listening_audit("veh_1"))
    assert [(e.is_listening, e.timestamp) for e in audit] == [
        (False, audit[0].timestamp),
        (True, clock.now()),
    ]
    later = list(client.vehicles.listening_audit("veh_1", start_at=audit[1].timestamp))
    assert [e.is_listening for e in later] == [True]


def test_where_filters_select_vehicles_by_make_and_dot_path(
    make_client: Callable[..., Any], fleet: str
) -> None:
    """vehicles.list(filter=where(...)) lists exactly the matching vehicles: by make, by a metadata dot path, combined."""
    client = make_client(base_url=fleet)
    everything = list(client.vehicles.list(page_size=100))
    teslas = [v.id for v in client.vehicles.list(filter=where("make") == "TESLA", page_size=7)]
    assert teslas == [v.id for v in everything if v.make == "TESLA"]
    assert teslas, "the seeded fleet holds Teslas"
    account = everything[0].metadata.account_id
    by_account = [v.id for v in client.vehicles.list(filter=where("metadata.accountId") == account)]
    assert by_account == [v.id for v in everything if v.metadata.account_id == account]
    both = (where("make") != "TESLA") & (where("metadata.accountId") == account)
    assert [v.id for v in client.vehicles.list(filter=both)] == [
        v.id for v in everything if v.make != "TESLA" and v.metadata.account_id == account
    ]
    assert list(client.vehicles.list(filter=where("vin").like("XX%"))) == []


def test_paging_errors_are_typed(make_client: Callable[..., Any], fleet: str, clock: ManualClock) -> None:
    """Too large a page, a page token resumed under another filter, and a token past its lifetime raise RequestValidationError."""
    client = make_client(base_url=fleet)
    with pytest.raises(RequestValidationError) as too_large:
        list(client.vehicles.list(page_size=101))
    assert too_large.value.code == "PAGE_SIZE_TOO_LARGE"

    teslas = where("make") == "TESLA"
    token = client.vehicles.with_raw_response.list(page_size=1, filter=teslas).parse().next_page_token
    assert token is not None
    with pytest.raises(RequestValidationError) as changed:
        client.vehicles.with_raw_response.list(
            page_size=1, filter=where("make") == "BMW", extra_query={"pageToken": token}
        )
    assert changed.value.code == "PAGINATED_QUERY_FILTER_CHANGED"
    resumed = client.vehicles.with_raw_response.list(
        page_size=1, filter=teslas, extra_query={"pageToken": token}
    )
    assert resumed.parse().results[0].make == "TESLA"  # the same filter resumes

    clock.advance(600)  # the page token's lifetime
    with pytest.raises(RequestValidationError) as expired:
        client.vehicles.with_raw_response.list(page_size=1, filter=teslas, extra_query={"pageToken": token})
    assert expired.value.code == "QUERY_PAGE_TOKEN_EXPIRED"


def test_vehicles_without_the_information_consent_list_without_vin(
    make_client: Callable[..., Any], clock: ManualClock
) -> None:
    """A vehicle whose owner withheld vehicle:information is listed with no vin or registration plate."""
    private = Simulator(clock=clock)
    private.add_account("acc_private", consent=("vehicle:commands", "vehicle:telemetry"))
    private.add_vehicle("veh_private", account_id="acc_private", latency=0)
    with private.serve() as url:
        client = make_client(base_url=url)
        (vehicle,) = client.vehicles.list()
        assert (vehicle.id, vehicle.vin, vehicle.registration_plate) == ("veh_private", None, None)
        assert client.commands.lock_doors("veh_private").status == CommandStatus.EXECUTED
