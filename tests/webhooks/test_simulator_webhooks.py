"""The simulator delivers Svix-signed webhooks over real HTTP, retries them, and misbehaves on request."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from tests.spec_facts import path_of
from volteras import (
    Command,
    CommandStatus,
    CommandUpdated,
    Volteras,
    WebhookEvent,
    Webhooks,
    WebhookVerificationError,
)
from volteras.testing import ManualClock, Simulator

from .helpers import SECRET
from .receiver import Receiver, running_receiver

TOKEN = {"grant_type": "client_credentials"}


@pytest.fixture
def sim(clock: ManualClock) -> Simulator:
    """A simulator on a manual clock with one quick, one slow and one failing vehicle."""
    simulator = Simulator(clock=clock)
    simulator.add_vehicle("veh_1", latency=1)
    simulator.add_vehicle("veh_2", latency=2)
    simulator.add_vehicle("veh_offline", latency=1, outcome="OEM_VEHICLE_OFFLINE")
    return simulator


@pytest.fixture
def receiver(sim: Simulator) -> Iterator[Receiver]:
    """A receiver on 127.0.0.1 subscribed to command.updated, judging timestamps by the simulator's clock."""
    with running_receiver(SECRET, clock=lambda: sim.clock.now().timestamp()) as rx:
        sim.add_webhook_endpoint(rx.url, ["command.updated"], secret=SECRET)
        yield rx


def send_command(sim: Simulator, vehicle_id: str, operation_id: str = "lock_doors") -> str:
    """Create a command through the simulator's in-process transport; returns the execution id."""
    with httpx.Client(transport=sim.transport(), base_url="http://sim") as http:
        token = http.post(path_of("create_token"), data=TOKEN, auth=("demo-client", "demo-secret")).json()
        response = http.post(
            path_of(operation_id, vehicle_id=vehicle_id),
            headers={"Authorization": f"Bearer {token['access_token']}"},
        )
    execution_id: str = response.json()["id"]
    return execution_id


def command_event(received: object) -> CommandUpdated:
    event = getattr(received, "event", None)
    assert isinstance(event, WebhookEvent), received
    assert isinstance(event.data, CommandUpdated)
    return event.data


def free_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hooks"


def test_service_receives_executed_command_updated() -> None:
    """A command sent with the SDK to a served simulator arrives, verified, as command.updated EXECUTED."""
    sim = Simulator()
    sim.add_vehicle("veh_1", latency=0.05)
    with running_receiver() as rx, sim.serve() as base_url:
        rx.webhooks = Webhooks(sim.add_webhook_endpoint(rx.url, ["command.updated"]))
        with Volteras(client_id="demo-client", client_secret="demo-secret", base_url=base_url) as client:
            execution = client.commands.lock_doors("veh_1")
        data = command_event(rx.get())
    assert data.id == execution.id
    assert data.device_id == "veh_1"
    assert data.command is Command.LOCK_DOORS
    assert data.status is CommandStatus.EXECUTED


def test_deliveries_follow_the_clock(sim: Simulator, clock: ManualClock, receiver: Receiver) -> None:
    """command.updated goes out once, when the command finishes on the simulator's clock, not before."""
    execution_id = send_command(sim, "veh_1")
    assert sim.deliver_webhooks() == 0
    clock.advance(1)
    assert sim.deliver_webhooks() == 1
    data = command_event(receiver.get())
    assert (data.id, data.status) == (execution_id, CommandStatus.EXECUTED)
    assert sim.deliver_webhooks() == 0
    [delivery] = sim.webhook_deliveries
    assert delivery.ok and delivery.attempt == 1 and delivery.event_type == "command.updated"
    assert json.loads(delivery.body)["id"] == execution_id


def test_failed_command_carries_reason(sim: Simulator, clock: ManualClock, receiver: Receiver) -> None:
    """A FAILED command's event has status FAILED and the failure code."""
    send_command(sim, "veh_offline")
    clock.advance(1)
    sim.deliver_webhooks()
    data = command_event(receiver.get())
    assert data.status is CommandStatus.FAILED
    assert data.failed_reason == "OEM_VEHICLE_OFFLINE"


def test_non_2xx_is_retried_with_the_same_id(sim: Simulator, clock: ManualClock, receiver: Receiver) -> None:
    """A 500 answer is retried after 5 s of simulator time with the same svix-id, then settled by a 2xx."""
    receiver.script = [500]
    send_command(sim, "veh_1")
    clock.advance(1)
    sim.deliver_webhooks()
    first = receiver.get()
    clock.advance(4.9)
    assert sim.deliver_webhooks() == 0
    clock.advance(0.1)
    assert sim.deliver_webhooks() == 1
    second = receiver.get()
    assert first.webhook_id == second.webhook_id
    assert first.body == second.body
    assert [(d.attempt, d.status_code) for d in sim.webhook_deliveries] == [(1, 500), (2, 204)]
    assert sim.pending_webhooks == 0


def test_timeout_is_retried(sim: Simulator, clock: ManualClock) -> None:
    """A receiver slower than the endpoint's timeout gets the message again on the next retry."""
    with running_receiver(SECRET, clock=lambda: sim.clock.now().timestamp()) as rx:
        sim.add_webhook_endpoint(rx.url, ["command.updated"], secret=SECRET, timeout=0.1)
        rx.stall = [0.5]
        send_command(sim, "veh_1")
        clock.advance(1)
        sim.deliver_webhooks()
        clock.advance(5)
        sim.deliver_webhooks()
        attempts = sim.webhook_deliveries
        assert [(d.attempt, d.status_code, d.error) for d in attempts] == [
            (1, None, "timed out"),
            (2, 204, None),
        ]


def test_unreachable_endpoint_given_up_after_the_schedule(sim: Simulator, clock: ManualClock) -> None:
    """Connection refused is retried on Svix's schedule (8 attempts over about a day) and then dropped."""
    sim.add_webhook_endpoint(free_port_url(), ["command.updated"], secret=SECRET)
    send_command(sim, "veh_1")
    for _ in range(12):
        clock.advance(36_000)
        sim.deliver_webhooks()
    deliveries = sim.webhook_deliveries
    assert [d.attempt for d in deliveries] == list(range(1, 9))
    assert all(d.status_code is None and d.error for d in deliveries)
    assert len({d.webhook_id for d in deliveries}) == 1
    assert sim.pending_webhooks == 0


def test_subscriptions_filter_event_types(sim: Simulator, clock: ManualClock) -> None:
    """An endpoint gets only the event types it subscribed to; the _emit hook feeds every type."""
    with running_receiver(SECRET, clock=lambda: sim.clock.now().timestamp()) as rx:
        sim.add_webhook_endpoint(rx.url, ["device.connected"], secret=SECRET)
        send_command(sim, "veh_1")
        sim._emit("device.connected", {"id": "veh_9", "deviceType": "VEHICLE"})
        clock.advance(1)
        assert sim.deliver_webhooks() == 1
        event = rx.get().event
    assert [d.event_type for d in sim.webhook_deliveries] == ["device.connected"]
    assert event is not None and event.type is None  # connected/disconnected need event_type to tell apart
    assert event.data == {"id": "veh_9", "deviceType": "VEHICLE"}


def test_commands_finished_before_subscribing_are_not_sent(sim: Simulator, clock: ManualClock) -> None:
    """Adding an endpoint does not replay commands that had already finished."""
    send_command(sim, "veh_1")
    clock.advance(1)
    sim.add_webhook_endpoint(free_port_url(), secret=SECRET)
    assert sim.deliver_webhooks() == 0


def test_fault_duplicate(sim: Simulator, clock: ManualClock, receiver: Receiver) -> None:
    """The duplicate fault delivers one message twice: same id, same body, both validly signed."""
    sim.inject_webhook_fault("duplicate")
    send_command(sim, "veh_1")
    clock.advance(1)
    assert sim.deliver_webhooks() == 2
    first, second = receiver.get(), receiver.get()
    assert first.webhook_id == second.webhook_id and first.body == second.body
    assert first.error is None and second.error is None
    assert [d.fault for d in sim.webhook_deliveries] == ["duplicate", "duplicate"]


def test_fault_out_of_order(sim: Simulator, clock: ManualClock, receiver: Receiver) -> None:
    """The out_of_order fault makes the later of two finished commands arrive first."""
    sim.inject_webhook_fault("out_of_order")
    early = send_command(sim, "veh_1")
    clock.advance(1)
    late = send_command(sim, "veh_2")
    clock.advance(2)
    sim.deliver_webhooks()
    sim.deliver_webhooks()
    order = [command_event(receiver.get()).id for _ in range(2)]
    assert order == [late, early]


@pytest.mark.parametrize(
    ("fault", "reason"), [("bad_signature", "no_matching_signature"), ("stale_timestamp", "stale_timestamp")]
)
def test_fault_refused_then_retried_clean(
    sim: Simulator, clock: ManualClock, receiver: Receiver, fault: str, reason: str
) -> None:
    """bad_signature and stale_timestamp deliveries are refused by Webhooks; the retry verifies."""
    sim.inject_webhook_fault(fault)  # type: ignore[arg-type]
    send_command(sim, "veh_1")
    clock.advance(1)
    sim.deliver_webhooks()
    refused = receiver.get()
    assert refused.error is not None and refused.error.reason == reason
    clock.advance(5)
    sim.deliver_webhooks()
    accepted = receiver.get()
    assert accepted.webhook_id == refused.webhook_id
    assert command_event(accepted).status is CommandStatus.EXECUTED
    assert [d.status_code for d in sim.webhook_deliveries] == [400, 204]


def test_endpoint_validation(sim: Simulator) -> None:
    """Bad endpoint URLs, secrets, event-type strings or faults are refused when configured."""
    with pytest.raises(ValueError, match="http"):
        sim.add_webhook_endpoint("ftp://127.0.0.1/x")
    with pytest.raises(WebhookVerificationError):
        sim.add_webhook_endpoint("http://127.0.0.1:1/x", secret="whsec_%%%")
    with pytest.raises(TypeError):
        sim.add_webhook_endpoint("http://127.0.0.1:1/x", "command.updated")
    with pytest.raises(ValueError, match="fault"):
        sim.inject_webhook_fault("reorder")  # type: ignore[arg-type]
    assert sim.add_webhook_endpoint("http://127.0.0.1:1/x").startswith("whsec_")
    assert sim.add_webhook_endpoint("http://127.0.0.1:1/x", secret=SECRET) == SECRET


def test_every_kind_of_state_change_is_delivered(sim: Simulator, clock: ManualClock) -> None:
    """A command, the telemetry it changes, the rate limit it spends and a disconnect each reach a receiver."""
    with running_receiver(SECRET, clock=lambda: sim.clock.now().timestamp()) as rx:
        sim.add_webhook_endpoint(rx.url, secret=SECRET)
        send_command(sim, "veh_1")
        with httpx.Client(transport=sim.transport(), base_url="http://sim") as http:
            token = http.post(path_of("create_token"), data=TOKEN, auth=("demo-client", "demo-secret")).json()
            http.delete(
                path_of("disconnect_vehicle", vehicle_id="veh_2"),
                headers={"Authorization": f"Bearer {token['access_token']}"},
            )
        clock.advance(1)
        sent = sim.deliver_webhooks()
        received = [rx.get() for _ in range(sent)]
    types = {d.event_type for d in sim.webhook_deliveries}
    assert {"command.updated", "device.telemetry", "rate_limit.updated", "device.disconnected"} <= types
    assert all(r.event is not None for r in received), "every delivery verified at the receiver"
