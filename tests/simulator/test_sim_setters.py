"""Setting a vehicle's state directly, verifying webhooks on the simulator's clock, in-process receivers."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from volteras import CommandUpdated, Webhooks, WebhookVerificationError
from volteras.models import FailedReason, RateLimitDomain, VehicleChargeStateEnum
from volteras.testing import ManualClock, Simulator

SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3"


@pytest.fixture
def sim() -> Simulator:
    sim = Simulator(clock=ManualClock())
    sim.add_vehicle("veh_1", latency=1.0)
    return sim


def test_state_of_charge_and_charging_state_show_in_telemetry(sim: Simulator) -> None:
    """A set state of charge and charging state are what telemetry reports next."""
    sim.set_telemetry("veh_1", state_of_charge=30, charging_state=VehicleChargeStateEnum.CONNECTED)
    with sim.client() as client:
        telemetry = client.vehicles.telemetry("veh_1")
    assert telemetry.state_of_charge.value == 30
    assert telemetry.charging_state.charging_state == VehicleChargeStateEnum.CONNECTED


def test_a_charge_set_running_climbs_to_the_limit_on_the_clock(sim: Simulator) -> None:
    """charging_state=CHARGING starts a charge that ends COMPLETE at the charge limit, with a session."""
    sim.set_telemetry("veh_1", state_of_charge=20, charging_state="CHARGING")
    assert isinstance(sim.clock, ManualClock)
    sim.clock.advance(24 * 3600)
    with sim.client() as client:
        telemetry = client.vehicles.telemetry("veh_1")
        limit = telemetry.max_state_of_charge.value
        sessions = list(client.vehicles.charging_sessions("veh_1"))
    assert telemetry.charging_state.charging_state == "COMPLETE"
    assert telemetry.state_of_charge.value == limit
    assert (sessions[-1].start_state_of_charge, sessions[-1].end_state_of_charge) == (20, limit)


@pytest.mark.parametrize(
    ("arguments", "error", "named"),
    [
        ({"state_of_charge": 101}, ValueError, "state_of_charge"),
        ({"state_of_charge": float("nan")}, ValueError, "state_of_charge"),
        ({"state_of_charge": "50"}, TypeError, "state_of_charge"),
        ({"charging_state": "FLYING"}, ValueError, "charging_state"),
        ({"charging_state": 3}, TypeError, "charging_state"),
    ],
)
def test_bad_telemetry_is_a_typed_error_naming_it(
    sim: Simulator, arguments: dict[str, object], error: type[Exception], named: str
) -> None:
    """A value out of range or of the wrong type raises before anything changes, naming the argument."""
    with pytest.raises(error, match=named):
        sim.set_telemetry("veh_1", **arguments)  # type: ignore[arg-type]


def test_an_unknown_vehicle_is_named() -> None:
    """Setting a vehicle that was never added is a ValueError naming it."""
    with pytest.raises(ValueError, match="veh_nope"):
        Simulator().set_command_budget("veh_nope", remaining=0)


def test_a_spent_budget_fails_commands_and_shows_in_rate_limits(sim: Simulator) -> None:
    """remaining=0 is read back by rate_limits.get, and the next command fails INTERNAL_RATE_LIMITED."""
    sim.set_command_budget("veh_1", remaining=0, limit=50)
    with sim.client() as client:
        (limit,) = client.rate_limits.get(object_id="veh_1", domain=RateLimitDomain.VEHICLE)
        execution = client.commands.lock_doors("veh_1", wait=True)
    assert (limit.remaining_requests, limit.max_requests) == (0, 50)
    assert execution.failed_reason == FailedReason.INTERNAL_RATE_LIMITED


def test_a_budget_larger_than_its_window_is_refused(sim: Simulator) -> None:
    """More remaining commands than the budget per window, or a negative count, is a ValueError naming it."""
    with pytest.raises(ValueError, match="remaining"):
        sim.set_command_budget("veh_1", remaining=11, limit=10)
    with pytest.raises(ValueError, match="limit"):
        sim.set_command_budget("veh_1", remaining=0, limit=-1)
    with pytest.raises(TypeError, match="remaining"):
        sim.set_command_budget("veh_1", remaining=1.5)  # type: ignore[arg-type]


def test_deliveries_verify_on_the_simulators_clock_not_the_wall_clock(sim: Simulator) -> None:
    """On a ManualClock, sim.webhooks(secret) accepts the simulator's deliveries that a wall-clock verifier calls stale."""
    got: list[tuple[bytes, Mapping[str, str]]] = []

    def receiver(body: bytes, headers: Mapping[str, str]) -> int:
        got.append((body, headers))
        return 204

    sim.add_webhook_endpoint(receiver, ["command.updated"], SECRET)
    with sim.client() as client:
        sent = client.commands.lock_doors("veh_1", wait=True)
    sim.deliver_webhooks()
    (body, headers), *_ = got
    event = sim.webhooks(SECRET).unwrap(body, headers, event_type="command.updated")
    assert isinstance(event.data, CommandUpdated) and event.data.id == sent.id
    with pytest.raises(WebhookVerificationError) as refused:
        Webhooks(SECRET).unwrap(body, headers)
    assert refused.value.reason == "stale_timestamp"


def test_an_in_process_receiver_gets_retries_until_it_answers_2xx(sim: Simulator) -> None:
    """A receiver callable that raises or answers 500 is retried with the same webhook id, as an HTTP one."""
    answers = [500, 204]

    def receiver(body: bytes, headers: Mapping[str, str]) -> int:
        return answers.pop(0)

    sim.add_webhook_endpoint(receiver, ["command.updated"], SECRET)
    with sim.client() as client:
        client.commands.lock_doors("veh_1", wait=True)
    sim.deliver_webhooks()
    assert isinstance(sim.clock, ManualClock)
    sim.clock.advance(5)
    sim.deliver_webhooks()
    first, second = sim.webhook_deliveries
    assert (first.status_code, second.status_code) == (500, 204)
    assert first.webhook_id == second.webhook_id and second.attempt == 2
    assert sim.pending_webhooks == 0
