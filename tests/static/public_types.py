"""What a type checker infers from the public API; `make typecheck` runs mypy --strict on it.

Never run, only checked: each `assert_type` fails the type check if a public signature loses
its precise type (say a resource method drifting to Any), which users see in their editors.
"""

from __future__ import annotations

from typing import assert_type

from volteras import (
    AsyncPager,
    AsyncVolteras,
    CommandExecution,
    CommandStatus,
    FailedReason,
    Page,
    RawResponse,
    SyncPager,
    TokenInfo,
    Volteras,
)


def sync_client(client: Volteras) -> None:
    execution = client.commands.close_charge_port("veh_1", wait=True, wait_timeout=30)
    assert_type(execution, CommandExecution)
    # The API marks every field but vehicleId and command optional and nullable: the model reads
    # a field left out as None, never as a sentinel.
    assert_type(execution.vehicle_id, str)
    assert_type(execution.id, str | None)
    assert_type(execution.status, CommandStatus | str | None)
    assert_type(execution.failed_reason, FailedReason | str | None)
    assert isinstance(execution.id, str)
    assert_type(client.commands.set_charge_limit("veh_1", 80), CommandExecution)
    assert_type(client.commands.set_temperature("veh_1", 21.5, 20), CommandExecution)
    assert_type(client.commands.get("veh_1", execution.id), CommandExecution)
    assert_type(client.commands.wait(execution, timeout=60), CommandExecution)
    assert_type(client.commands.list("veh_1", page_size=50), SyncPager[CommandExecution])
    for page in client.commands.list("veh_1").pages():
        assert_type(page, Page[CommandExecution])

    raw = client.commands.with_raw_response.lock_doors("veh_1")
    assert_type(raw, RawResponse[CommandExecution])
    assert_type(raw.parse(), CommandExecution)
    assert_type(raw.request_id, str | None)

    assert_type(client.tokens.test(), TokenInfo)
    assert_type(client.tokens.with_raw_response.test(), RawResponse[TokenInfo])


async def async_client(client: AsyncVolteras) -> None:
    execution = await client.commands.open_charge_port("veh_1", wait=True)
    assert_type(execution, CommandExecution)
    assert isinstance(execution.id, str)
    assert_type(await client.commands.get("veh_1", execution.id), CommandExecution)
    assert_type(await client.commands.wait(execution), CommandExecution)
    assert_type(client.commands.list("veh_1"), AsyncPager[CommandExecution])
    async for item in client.commands.list("veh_1"):
        assert_type(item, CommandExecution)

    raw = await client.commands.with_raw_response.start_charging("veh_1")
    assert_type(raw, RawResponse[CommandExecution])
    assert_type(await client.tokens.test(), TokenInfo)
    assert_type(await client.tokens.with_raw_response.test(), RawResponse[TokenInfo])
