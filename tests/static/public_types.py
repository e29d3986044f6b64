"""What a type checker infers from the public API; `make typecheck` runs mypy --strict on it.

Never run, only checked: each `assert_type` fails the type check if a public signature loses
its precise type (say a resource method drifting to Any), which users see in their editors.
"""

from __future__ import annotations

from typing import Any, assert_type

from volteras import (
    AsyncPager,
    AsyncVolteras,
    CommandExecution,
    CommandOutcome,
    CommandStatus,
    CommandUpdated,
    CommandUpdates,
    DeviceTelemetry,
    FailedReason,
    FilterExpression,
    FilterField,
    Page,
    RawResponse,
    ReadOutcome,
    Step,
    SyncPager,
    TokenInfo,
    UnknownEvent,
    Volteras,
    WebhookEvent,
    encode_filter,
    is_documented_reason,
    where,
)
from volteras.models import (
    AccountConnect,
    BulkConnectStatusResponse,
    BulkConnectVehicleResponse,
    BulkVinEligibilityResponse,
    OEMAccount,
    RateLimit,
    SingleEligibilityResult,
    TagsList,
    Vehicle,
    VehicleInputResponse,
    VehicleTelemetry,
)
from volteras.testing import Simulator


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
    assert_type(client.commands.wait(execution, wait_timeout=60), CommandExecution)
    assert_type(client.commands.list("veh_1", page_size=50), SyncPager[CommandExecution])
    failed = (where("status") == CommandStatus.FAILED) & ~where("failedReason").ilike("%offline%")
    assert_type(failed, FilterExpression)
    assert_type(where("timeout") >= 300, FilterExpression)
    assert_type(encode_filter(failed), str)
    assert_type(client.commands.list("veh_1", filter=failed), SyncPager[CommandExecution])
    assert_type(
        client.commands.list("veh_1", filter=[{"field": "a", "operator": "isNull"}]),
        SyncPager[CommandExecution],
    )
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


def every_resource(client: Volteras) -> None:
    assert_type(
        client.vehicles.list(filter={"field": "make", "operator": "==", "value": "TESLA"}), SyncPager[Vehicle]
    )
    assert_type(client.vehicles.get("veh_1"), Vehicle)
    assert_type(client.vehicles.telemetry("veh_1"), VehicleTelemetry)
    assert_type(client.vehicles.disconnect("veh_1"), None)
    assert_type(client.vehicles.with_raw_response.telemetry("veh_1"), RawResponse[VehicleTelemetry])
    assert_type(client.accounts.list(), SyncPager[OEMAccount])
    assert_type(
        client.accounts.connect(scopes=["vehicle:commands"], device_types=["VEHICLE"]), AccountConnect
    )
    assert_type(client.tags.list("DEVICE", "veh_1"), TagsList)
    assert_type(client.tags.add("DEVICE", "veh_1", key="fleet", value="north"), None)
    group = client.connections.create([{"vin": "VIN", "make": "TESLA", "countryCode": "DE"}])
    assert_type(group, BulkConnectVehicleResponse)
    assert_type(client.connections.wait(group), BulkConnectStatusResponse)
    assert_type(client.connections.results(group.id), SyncPager[VehicleInputResponse])
    assert_type(client.eligibility.check([{"vin": "VIN", "countryCode": "DE"}]), BulkVinEligibilityResponse)
    assert_type(client.eligibility.results("elg_1"), SyncPager[SingleEligibilityResult])
    assert_type(client.rate_limits.get("veh_1"), list[RateLimit])
    assert_type(
        client.vehicles.telemetry("veh_1", timeout=5, extra_headers={"x-trace": "1"}), VehicleTelemetry
    )


async def every_async_resource(client: AsyncVolteras) -> None:
    assert_type(client.vehicles.list(), AsyncPager[Vehicle])
    assert_type(await client.vehicles.telemetry("veh_1"), VehicleTelemetry)
    assert_type(await client.rate_limits.get("veh_1"), list[RateLimit])
    assert_type(await client.connections.wait("grp_1"), BulkConnectStatusResponse)


def options_and_fan_out(client: Volteras, sim: Simulator) -> None:
    assert_type(client.with_options(timeout=5, max_retries=0), Volteras)
    outcomes = client.commands.send_many("close_charge_port", ["veh_1"], concurrency=4, wait=True)
    assert_type(outcomes, list[CommandOutcome])
    assert_type(outcomes[0].failed_reason, FailedReason | str | None)
    assert_type(sim.client(), Volteras)
    assert_type(sim.async_client(), AsyncVolteras)
    steps = [Step("set_charge_limit", limit=80), Step("start_charging")]
    assert_type(list(client.commands.stream_many(steps, ["veh_1"])), list[CommandOutcome])
    assert_type(client.commands.stream_many("lock_doors", ["veh_1"]).collect(), list[CommandOutcome])
    reads = client.fan_out(client.rate_limits.get, ["veh_1"]).collect()
    assert_type(reads, list[ReadOutcome[list[RateLimit]]])


async def async_options_and_fan_out(client: AsyncVolteras) -> None:
    assert_type(client.with_options(default_headers={"x-trace": "1"}), AsyncVolteras)
    assert_type(await client.commands.send_many("lock_doors", ["veh_1"]), list[CommandOutcome])
    assert_type([o async for o in client.commands.stream_many("lock_doors", ["veh_1"])], list[CommandOutcome])
    reads = await client.fan_out(client.vehicles.telemetry, ["veh_1"]).collect()
    assert_type(reads, list[ReadOutcome[VehicleTelemetry]])


def models_for_type_hints(vehicle: Vehicle, telemetry: VehicleTelemetry, limit: RateLimit) -> None:
    # What a downstream service writes in its own signatures: the classes from volteras.models,
    # with each field's precise type.
    assert_type(vehicle.id, str)
    assert_type(limit.remaining_requests, int)
    assert_type(telemetry.to_dict(), dict[str, Any])


def webhooks_and_reasons(client: Volteras, body: bytes, headers: dict[str, str]) -> None:
    # A documented event type gives its payload's model; without one, any event.
    assert_type(
        client.webhooks.unwrap(body, headers, event_type="command.updated"),
        WebhookEvent[CommandUpdated] | UnknownEvent,
    )
    assert_type(
        client.webhooks.unwrap(body, headers, event_type="device.telemetry"),
        WebhookEvent[DeviceTelemetry] | UnknownEvent,
    )
    assert_type(client.webhooks.unwrap(body, headers), WebhookEvent[Any] | UnknownEvent)
    event_type: str = "command.updated"
    assert_type(
        client.webhooks.unwrap(body, headers, event_type=event_type), WebhookEvent[Any] | UnknownEvent
    )
    reason = client.commands.get("veh_1", "cmd_1").failed_reason
    if is_documented_reason(reason):
        assert_type(reason, FailedReason)
    assert_type(where("newField", unchecked=True), FilterField)


def vehicle_handle(client: Volteras, sim: Simulator) -> None:
    # One vehicle's operations with its id bound keep the resource methods' precise types.
    car = client.vehicle("veh_1")
    assert_type(car.close_charge_port(wait=True), CommandExecution)
    assert_type(car.set_charge_limit(80), CommandExecution)
    assert_type(car.telemetry(), VehicleTelemetry)
    assert_type(car.commands.list(), SyncPager[CommandExecution])
    assert_type(car.commands.get("cmd_1"), CommandExecution)
    assert_type(CommandUpdates(sim.webhooks("whsec_x")).latest("cmd_1"), CommandUpdated | None)
    assert_type(sim.client(command_updates=CommandUpdates()), Volteras)


async def async_vehicle_handle(client: AsyncVolteras) -> None:
    car = client.vehicle("veh_1")
    assert_type(await car.close_charge_port(wait=True), CommandExecution)
    assert_type(await car.telemetry(), VehicleTelemetry)
    assert_type(car.commands.list(), AsyncPager[CommandExecution])
