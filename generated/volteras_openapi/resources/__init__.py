# Generated from spec/volteras.yaml (sha256 f72110d8407073058755ff8163f98c957621a05567739430decdc7288e2e41cf) by `make generate`. Do not edit.
"""The resource attributes of `Volteras` and `AsyncVolteras`, created on first use."""

from functools import cached_property
from typing import TYPE_CHECKING, Final

from volteras._resource import AsyncAPI, SyncAPI

from ..types import Argument, Method, Operation

if TYPE_CHECKING:
    from .commands import AsyncCommands, Commands
    from .tokens import AsyncTokens, Tokens


class SyncResources:
    """Mixed into `Volteras`."""

    _api: SyncAPI

    @cached_property
    def commands(self) -> "Commands":
        from .commands import Commands

        return Commands(self._api)

    @cached_property
    def tokens(self) -> "Tokens":
        from .tokens import Tokens

        return Tokens(self._api)


class AsyncResources:
    """Mixed into `AsyncVolteras`."""

    _api: AsyncAPI

    @cached_property
    def commands(self) -> "AsyncCommands":
        from .commands import AsyncCommands

        return AsyncCommands(self._api)

    @cached_property
    def tokens(self) -> "AsyncTokens":
        from .tokens import AsyncTokens

        return AsyncTokens(self._api)


RESOURCES: Final = (
    "commands",
    "tokens",
)

METHODS: Final = (
    Method(
        "commands",
        "actuate_front_trunk",
        "command",
        "Open or close the front trunk",
        Operation(
            "actuate_front_trunk",
            "POST",
            "/v1/vehicles/{vehicle_id}/command-execution:actuate-front-trunk",
            "command",
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "actuate_rear_trunk",
        "command",
        "Open or close the rear trunk",
        Operation(
            "actuate_rear_trunk",
            "POST",
            "/v1/vehicles/{vehicle_id}/command-execution:actuate-rear-trunk",
            "command",
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "climate_off",
        "command",
        "Turn cabin climate control off",
        Operation(
            "climate_off", "POST", "/v1/vehicles/{vehicle_id}/command-execution:climate-off", "command"
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "climate_on",
        "command",
        "Turn cabin climate control on",
        Operation("climate_on", "POST", "/v1/vehicles/{vehicle_id}/command-execution:climate-on", "command"),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "close_charge_port",
        "command",
        "Close the charge port",
        Operation(
            "close_charge_port",
            "POST",
            "/v1/vehicles/{vehicle_id}/command-execution:close-charge-port",
            "command",
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "get",
        "read",
        "Get one command execution",
        Operation(
            "get_command_execution",
            "GET",
            "/v1/vehicles/{vehicle_id}/command-executions/{vehicle_command_execution_id}",
            "read",
        ),
        (
            Argument("vehicle_id", "str", True, None, True),
            Argument("execution_id", "str", True, None, True),
        ),
    ),
    Method(
        "commands",
        "list",
        "list",
        "List a vehicle\u0027s command executions",
        Operation("list_command_executions", "GET", "/v1/vehicles/{vehicle_id}/command-executions", "list"),
        (
            Argument("vehicle_id", "str", True, None, True),
            Argument("filter", "FilterArg | None", False, None, False),
            Argument("page_size", "int | None", False, None, False),
        ),
    ),
    Method(
        "commands",
        "lock_doors",
        "command",
        "Lock the doors",
        Operation("lock_doors", "POST", "/v1/vehicles/{vehicle_id}/command-execution:lock-doors", "command"),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "open_charge_port",
        "command",
        "Open the charge port",
        Operation(
            "open_charge_port",
            "POST",
            "/v1/vehicles/{vehicle_id}/command-execution:open-charge-port",
            "command",
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "set_charge_limit",
        "command",
        "Set the charge limit",
        Operation(
            "set_charge_limit",
            "POST",
            "/v1/vehicles/{vehicle_id}/command-execution:set-charge-limit",
            "command",
        ),
        (
            Argument("vehicle_id", "str", True, None, True),
            Argument("limit", "int", True, None, True),
        ),
    ),
    Method(
        "commands",
        "set_temperature",
        "command",
        "Set the cabin temperature",
        Operation(
            "set_temperature",
            "POST",
            "/v1/vehicles/{vehicle_id}/command-execution:set-temperature",
            "command",
        ),
        (
            Argument("vehicle_id", "str", True, None, True),
            Argument("driver_temperature", "float", True, None, True),
            Argument("passenger_temperature", "float", True, None, True),
        ),
    ),
    Method(
        "commands",
        "start_charging",
        "command",
        "Start charging",
        Operation(
            "start_charging", "POST", "/v1/vehicles/{vehicle_id}/command-execution:start-charging", "command"
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "start_hvac_system",
        "command",
        "Start the HVAC system",
        Operation(
            "start_hvac_system",
            "POST",
            "/v1/vehicles/{vehicle_id}/command-execution:start-hvac-system",
            "command",
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "stop_charging",
        "command",
        "Stop charging",
        Operation(
            "stop_charging", "POST", "/v1/vehicles/{vehicle_id}/command-execution:stop-charging", "command"
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "commands",
        "unlock_doors",
        "command",
        "Unlock the doors",
        Operation(
            "unlock_doors", "POST", "/v1/vehicles/{vehicle_id}/command-execution:unlock-doors", "command"
        ),
        (Argument("vehicle_id", "str", True, None, True),),
    ),
    Method(
        "tokens",
        "test",
        "read",
        "Check an access token",
        Operation("test_token", "POST", "/v1/oauth2/test-token", "read"),
        (),
    ),
)
