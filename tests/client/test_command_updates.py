"""CommandUpdates: command.updated webhooks end waits after one poll; duplicates and stale updates change nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta

import pytest

from volteras import (
    AsyncVolteras,
    CommandOutcome,
    CommandUpdated,
    CommandUpdates,
    Step,
    Volteras,
    WebhookEvent,
)
from volteras.testing import ManualClock, Simulator

SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3"
T0 = datetime(2024, 1, 1, tzinfo=UTC)


def _event(
    execution_id: str, status: str, *, webhook_id: str, seconds: int = 0
) -> WebhookEvent[CommandUpdated]:
    data = CommandUpdated(id=execution_id, command="LOCK_DOORS", status=status)
    return WebhookEvent("command.updated", webhook_id, T0 + timedelta(seconds=seconds), data)


def test_a_final_status_is_never_undone_and_an_older_update_changes_nothing() -> None:
    """Out of order: a late PENDING after EXECUTED, or an older running update, leaves the newest state."""
    hub = CommandUpdates()
    assert hub.feed(_event("cmd_1", "PENDING", webhook_id="msg_1", seconds=10))
    assert not hub.feed(_event("cmd_1", "PENDING", webhook_id="msg_0", seconds=5))
    assert hub.feed(_event("cmd_1", "EXECUTED", webhook_id="msg_2", seconds=20))
    assert not hub.feed(_event("cmd_1", "PENDING", webhook_id="msg_3", seconds=30))
    latest = hub.latest("cmd_1")
    assert latest is not None and latest.status == "EXECUTED"


def test_a_repeated_delivery_is_dropped_by_its_webhook_id() -> None:
    """The same message delivered twice counts once."""
    hub = CommandUpdates()
    assert hub.feed(_event("cmd_1", "FAILED", webhook_id="msg_1"))
    assert not hub.feed(_event("cmd_1", "FAILED", webhook_id="msg_1"))


def test_other_events_and_unverified_input_are_refused_or_ignored() -> None:
    """Events of other types are ignored; receive without a verifier, or bad settings, are typed errors."""
    hub = CommandUpdates(max_remembered=1)
    assert not hub.feed(WebhookEvent("device.connected", "msg_1", T0, object()))
    with pytest.raises(TypeError, match="feed"):
        hub.receive(b"{}", {})
    with pytest.raises(ValueError, match="fallback_interval"):
        CommandUpdates(fallback_interval=0)
    with pytest.raises(TypeError, match="command_updates"):
        Volteras("id", "secret", command_updates=object())  # type: ignore[arg-type]


def test_the_hub_remembers_a_bounded_number_of_updates() -> None:
    """Past max_remembered, the oldest update is forgotten."""
    hub = CommandUpdates(max_remembered=2)
    for n in range(3):
        hub.feed(_event(f"cmd_{n}", "EXECUTED", webhook_id=f"msg_{n}"))
    assert hub.latest("cmd_0") is None and hub.latest("cmd_2") is not None


@pytest.fixture
def served() -> Iterator[tuple[Simulator, CommandUpdates, str]]:
    """A simulator on the wall clock, served on 127.0.0.1, delivering command.updated into a hub."""
    sim = Simulator()
    for n in range(3):
        sim.add_vehicle(f"veh_{n}", latency=0.2)
    hub = CommandUpdates(sim.webhooks(SECRET), fallback_interval=120)  # a wait that hears nothing would hang

    def receiver(body: bytes, headers: Mapping[str, str]) -> int:
        hub.receive(body, headers)
        return 204

    sim.add_webhook_endpoint(receiver, ["command.updated"], SECRET)
    with sim.serve() as base_url:
        yield sim, hub, base_url


def _polls(sim: Simulator) -> int:
    return len([r for r in sim.requests if r.method == "GET" and "/command-executions/" in r.path])


def test_a_sync_wait_ends_on_the_webhook_after_one_poll(
    served: tuple[Simulator, CommandUpdates, str],
) -> None:
    """Over real HTTP, each command's wait sleeps until its command.updated arrives, then polls once."""
    sim, hub, base_url = served
    with Volteras("demo-client", "demo-secret", base_url=base_url, command_updates=hub) as client:
        finished = [client.commands.lock_doors(f"veh_{n}", wait=True, wait_timeout=300) for n in range(3)]
    assert [e.status for e in finished] == ["EXECUTED"] * 3
    assert _polls(sim) == 3


def test_async_waits_end_on_the_webhook_after_one_poll(served: tuple[Simulator, CommandUpdates, str]) -> None:
    """The async client's concurrent waits are woken from the receiver's thread, one poll each."""
    sim, hub, base_url = served

    async def main() -> list[str]:
        async with AsyncVolteras(
            "demo-client", "demo-secret", base_url=base_url, command_updates=hub
        ) as client:
            sends = (client.commands.unlock_doors(f"veh_{n}", wait=True, wait_timeout=300) for n in range(3))
            return [str(e.status) for e in await asyncio.gather(*sends)]

    assert asyncio.run(main()) == ["EXECUTED"] * 3
    assert _polls(sim) == 3


def _fan_out(base_url: str, hub: CommandUpdates, ids: list[str], mode: str) -> list[CommandOutcome]:
    """Two steps to each vehicle, each wait 2 s at most, outcomes in the order they finish."""
    steps = [Step("lock_doors"), Step("unlock_doors")]
    if mode == "sync":
        with Volteras("demo-client", "demo-secret", base_url=base_url, command_updates=hub) as client:
            return list(client.commands.stream_many(steps, ids, wait_timeout=2, concurrency=len(ids)))

    async def main() -> list[CommandOutcome]:
        async with AsyncVolteras(
            "demo-client", "demo-secret", base_url=base_url, command_updates=hub
        ) as client:
            return [o async for o in client.commands.stream_many(steps, ids, wait_timeout=2)]

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_wait_inside_a_fan_out_ends_on_the_webhook_after_one_poll(
    served: tuple[Simulator, CommandUpdates, str], mode: str
) -> None:
    """In stream_many each wait ends on its webhook, not at the fallback: a vehicle's two steps
    finish, one poll each, before a silent vehicle's 2 s wait runs out (sleeping it would take 4 s)."""
    sim, hub, base_url = served
    sim.add_vehicle("veh_silent", latency=None)
    outcomes = _fan_out(base_url, hub, ["veh_silent", "veh_0"], mode)
    assert [(o.vehicle_id, o.outcome) for o in outcomes] == [
        ("veh_0", "executed"),
        ("veh_silent", "timed_out"),
    ]
    assert [e.command for e in outcomes[0].executions] == ["LOCK_DOORS", "UNLOCK_DOORS"]
    assert len([r for r in sim.requests if r.method == "GET" and "/veh_0/command-executions/" in r.path]) == 2


def test_cancelling_an_async_fan_out_ends_its_webhook_fed_waits(
    served: tuple[Simulator, CommandUpdates, str],
) -> None:
    """The async twin of Ctrl-C: cancelling the task ends waits that listen to the hub at once."""
    sim, hub, base_url = served
    for n in range(2):
        sim.add_vehicle(f"veh_silent_{n}", latency=None)  # no webhook ever: each wait would last 300 s

    async def main() -> list[CommandOutcome]:
        async with AsyncVolteras(
            "demo-client", "demo-secret", base_url=base_url, command_updates=hub
        ) as client:
            stream = client.commands.stream_many(
                "lock_doors", ["veh_silent_0", "veh_silent_1"], wait_timeout=300
            )

            async def consume() -> None:
                async for _ in stream:
                    pass

            task = asyncio.ensure_future(consume())
            for _ in range(500):  # until both waits listen to the hub (so both commands were created)
                await asyncio.sleep(0.01)
                if len(hub._wakers) == 2:
                    break
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return stream.finished

    outcomes = asyncio.run(main())
    assert [(o.vehicle_id, o.outcome, len(o.executions)) for o in outcomes] == [
        ("veh_silent_0", "cancelled", 1),
        ("veh_silent_1", "cancelled", 1),
    ]


def test_without_webhooks_a_wait_falls_back_to_the_slower_interval() -> None:
    """No delivery arrives: the wait polls after fallback_interval seconds, not after one second."""
    clock = ManualClock()
    sim = Simulator(clock=clock)
    sim.add_vehicle("veh_1", latency=2.0)
    hub = CommandUpdates(fallback_interval=45)
    with sim.client(command_updates=hub) as client:
        execution = client.commands.lock_doors("veh_1")
        started = clock.now()
        polled: list[datetime] = []
        final = client.commands.wait(execution, on_poll=lambda e: polled.append(clock.now()))
    assert final.status == "EXECUTED"
    assert polled == [started + timedelta(seconds=45)]


def test_an_update_that_came_before_the_wait_ends_it_without_sleeping() -> None:
    """A final update the hub already holds makes the wait poll at once, with no sleep."""
    clock = ManualClock()
    sim = Simulator(clock=clock)
    sim.add_vehicle("veh_1", latency=0)
    hub = CommandUpdates(fallback_interval=45)
    with sim.client(command_updates=hub) as client:
        execution = client.commands.lock_doors("veh_1")
        assert execution.id is not None
        hub.feed(_event(execution.id, "EXECUTED", webhook_id="msg_1"))
        started = clock.now()
        final = client.commands.wait(execution)
    assert final.status == "EXECUTED" and clock.now() == started
