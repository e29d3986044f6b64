# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""The resource attributes of `Volteras` and `AsyncVolteras`, created on first use."""

from functools import cached_property
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

from ..types import Argument, Method, Operation

if TYPE_CHECKING:  # not at run time: `volteras` imports this module, and this one must not import it back
    from volteras._resource import AsyncAPI, SyncAPI

    from .accounts import Accounts, AsyncAccounts
    from .commands import AsyncCommands, Commands
    from .connections import AsyncConnections, Connections
    from .eligibility import AsyncEligibility, Eligibility
    from .rate_limits import AsyncRateLimits, RateLimits
    from .tags import AsyncTags, Tags
    from .tokens import AsyncTokens, Tokens
    from .vehicle_handle import AsyncVehicleHandle, VehicleHandle
    from .vehicles import AsyncVehicles, Vehicles


class SyncResources:
    """Mixed into `Volteras`."""

    _api: "SyncAPI"

    @cached_property
    def accounts(self) -> "Accounts":
        from .accounts import Accounts

        return Accounts(self._api)

    @cached_property
    def commands(self) -> "Commands":
        from .commands import Commands

        return Commands(self._api)

    @cached_property
    def connections(self) -> "Connections":
        from .connections import Connections

        return Connections(self._api)

    @cached_property
    def eligibility(self) -> "Eligibility":
        from .eligibility import Eligibility

        return Eligibility(self._api)

    @cached_property
    def rate_limits(self) -> "RateLimits":
        from .rate_limits import RateLimits

        return RateLimits(self._api)

    @cached_property
    def tags(self) -> "Tags":
        from .tags import Tags

        return Tags(self._api)

    @cached_property
    def tokens(self) -> "Tokens":
        from .tokens import Tokens

        return Tokens(self._api)

    @cached_property
    def vehicles(self) -> "Vehicles":
        from .vehicles import Vehicles

        return Vehicles(self._api)

    def vehicle(self, vehicle_id: str) -> "VehicleHandle":
        """The operations on one vehicle, its id bound: `client.vehicle("...").get()`."""
        from .vehicle_handle import VehicleHandle

        return VehicleHandle(self, vehicle_id)


class AsyncResources:
    """Mixed into `AsyncVolteras`."""

    _api: "AsyncAPI"

    @cached_property
    def accounts(self) -> "AsyncAccounts":
        from .accounts import AsyncAccounts

        return AsyncAccounts(self._api)

    @cached_property
    def commands(self) -> "AsyncCommands":
        from .commands import AsyncCommands

        return AsyncCommands(self._api)

    @cached_property
    def connections(self) -> "AsyncConnections":
        from .connections import AsyncConnections

        return AsyncConnections(self._api)

    @cached_property
    def eligibility(self) -> "AsyncEligibility":
        from .eligibility import AsyncEligibility

        return AsyncEligibility(self._api)

    @cached_property
    def rate_limits(self) -> "AsyncRateLimits":
        from .rate_limits import AsyncRateLimits

        return AsyncRateLimits(self._api)

    @cached_property
    def tags(self) -> "AsyncTags":
        from .tags import AsyncTags

        return AsyncTags(self._api)

    @cached_property
    def tokens(self) -> "AsyncTokens":
        from .tokens import AsyncTokens

        return AsyncTokens(self._api)

    @cached_property
    def vehicles(self) -> "AsyncVehicles":
        from .vehicles import AsyncVehicles

        return AsyncVehicles(self._api)

    def vehicle(self, vehicle_id: str) -> "AsyncVehicleHandle":
        """The operations on one vehicle, its id bound: `await client.vehicle("...").get()`."""
        from .vehicle_handle import AsyncVehicleHandle

        return AsyncVehicleHandle(self, vehicle_id)


CommandName: TypeAlias = Literal[
    "actuate_front_trunk",
    "actuate_rear_trunk",
    "climate_off",
    "climate_on",
    "close_charge_port",
    "lock_doors",
    "open_charge_port",
    "set_charge_limit",
    "set_temperature",
    "start_charging",
    "start_hvac_system",
    "stop_charging",
    "unlock_doors",
]
"""The name of every command method of `client.commands`: what a fan-out's steps may send."""

RESOURCES: Final = (
    "accounts",
    "commands",
    "connections",
    "eligibility",
    "rate_limits",
    "tags",
    "tokens",
    "vehicles",
)

METHODS: Final = (
    Method(
        "accounts",
        "connect",
        "create",
        "Start connecting a manufacturer account",
        Operation("connect_account", "POST", "/v1/accounts:connect", "create"),
        (
            Argument(
                "scopes",
                "list[enum:ScopeEnum]",
                (
                    "vehicle:all",
                    "vehicle:charging_history",
                    "vehicle:driving_behavior",
                    "vehicle:location_history",
                    "vehicle:telemetry",
                    "vehicle:information",
                    "vehicle:commands",
                    "battery:all",
                    "battery:telemetry",
                    "geofences:all",
                    "geofences:read",
                    "geofences:write",
                ),
                True,
                None,
                False,
            ),
            Argument(
                "device_types",
                "list[enum:DeviceTypeEnum]",
                (
                    "VEHICLE",
                    "BATTERY",
                    "CHARGER",
                    "INVERTER",
                    "HEAT_PUMP",
                ),
                True,
                None,
                False,
            ),
            Argument("return_url", "str", (), False, None, False),
            Argument(
                "locale",
                "enum:ConsentFlowLocales",
                (
                    "en-GB",
                    "de-DE",
                    "fr-FR",
                    "nl-NL",
                ),
                False,
                None,
                False,
            ),
            Argument(
                "integration_method", "enum:ConsentFlowIntegration", ("BMW_ENERGY_API",), False, None, False
            ),
            Argument("charger_location_latitude", "float", (), False, None, False),
            Argument("charger_location_longitude", "float", (), False, None, False),
            Argument("country_code", "str", (), False, None, False),
            Argument(
                "makes",
                "list[enum:MakeEnum]",
                (
                    "ABARTH",
                    "ALFA ROMEO",
                    "AUDI",
                    "BMW",
                    "CHRYSLER",
                    "CITROEN",
                    "CUPRA",
                    "DODGE",
                    "DS AUTOMOBILES",
                    "FIAT",
                    "FORD",
                    "HYUNDAI",
                    "JEEP",
                    "KIA",
                    "LANCIA",
                    "LEXUS",
                    "MASERATI",
                    "MERCEDES BENZ",
                    "MINI",
                    "NISSAN",
                    "OPEL",
                    "PEUGEOT",
                    "POLESTAR",
                    "RAM",
                    "RENAULT",
                    "SEAT",
                    "SKODA",
                    "TESLA",
                    "TOYOTA",
                    "VAUXHALL",
                    "VOLKSWAGEN",
                    "VOLVO",
                ),
                False,
                None,
                False,
            ),
            Argument("url_expiration", "int", (), False, None, False),
            Argument(
                "region",
                "enum:OEMRegion",
                (
                    "NORTH_AMERICA",
                    "EUROPE",
                ),
                False,
                None,
                False,
            ),
            Argument("vin", "str", (), False, None, False),
            Argument("model", "str", (), False, None, False),
            Argument("model_year", "int", (), False, None, False),
        ),
    ),
    Method(
        "accounts",
        "disconnect",
        "change",
        "Disconnect an account",
        Operation("disconnect_account", "POST", "/v1/accounts/{account_id}:disconnect", "change"),
        (Argument("account_id", "str", (), True, None, True),),
    ),
    Method(
        "accounts",
        "get",
        "read",
        "Get one connected account",
        Operation("get_account", "GET", "/v1/accounts/{account_id}", "read"),
        (Argument("account_id", "str", (), True, None, True),),
    ),
    Method(
        "accounts",
        "list",
        "list",
        "List connected manufacturer accounts",
        Operation("list_accounts", "GET", "/v1/accounts", "list"),
        (
            Argument("filter", "filter", (), False, None, False),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
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
        (Argument("vehicle_id", "str", (), True, None, True),),
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
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "commands",
        "climate_off",
        "command",
        "Turn cabin climate control off",
        Operation(
            "climate_off", "POST", "/v1/vehicles/{vehicle_id}/command-execution:climate-off", "command"
        ),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "commands",
        "climate_on",
        "command",
        "Turn cabin climate control on",
        Operation("climate_on", "POST", "/v1/vehicles/{vehicle_id}/command-execution:climate-on", "command"),
        (Argument("vehicle_id", "str", (), True, None, True),),
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
        (Argument("vehicle_id", "str", (), True, None, True),),
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
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("execution_id", "str", (), True, None, True),
        ),
    ),
    Method(
        "commands",
        "list",
        "list",
        "List a vehicle\u0027s command executions",
        Operation("list_command_executions", "GET", "/v1/vehicles/{vehicle_id}/command-executions", "list"),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("filter", "filter", (), False, None, False),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
    Method(
        "commands",
        "lock_doors",
        "command",
        "Lock the doors",
        Operation("lock_doors", "POST", "/v1/vehicles/{vehicle_id}/command-execution:lock-doors", "command"),
        (Argument("vehicle_id", "str", (), True, None, True),),
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
        (Argument("vehicle_id", "str", (), True, None, True),),
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
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("limit", "int", (), True, None, True),
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
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("driver_temperature", "float", (), True, None, True),
            Argument("passenger_temperature", "float", (), True, None, True),
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
        (Argument("vehicle_id", "str", (), True, None, True),),
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
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "commands",
        "stop_charging",
        "command",
        "Stop charging",
        Operation(
            "stop_charging", "POST", "/v1/vehicles/{vehicle_id}/command-execution:stop-charging", "command"
        ),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "commands",
        "unlock_doors",
        "command",
        "Unlock the doors",
        Operation(
            "unlock_doors", "POST", "/v1/vehicles/{vehicle_id}/command-execution:unlock-doors", "command"
        ),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "connections",
        "create",
        "create",
        "Connect vehicles by VIN",
        Operation("bulk_connect", "POST", "/v1/vehicles/connect", "create"),
        (Argument("vehicles", "list[model:ConnectVehicleRequest]", (), True, None, True),),
    ),
    Method(
        "connections",
        "get",
        "read",
        "Get the status of a bulk connection",
        Operation("get_connection", "GET", "/v1/vehicles/connect/{id}", "read"),
        (Argument("group_id", "str", (), True, None, True),),
    ),
    Method(
        "connections",
        "results",
        "list",
        "List the per-VIN results of a bulk connection",
        Operation("list_connection_results", "GET", "/v1/vehicles/connect/{id}/results", "list"),
        (
            Argument("group_id", "str", (), True, None, True),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
    Method(
        "eligibility",
        "check",
        "create",
        "Check whether VINs can be connected",
        Operation("check_eligibility", "POST", "/v1/vehicles/eligibility", "create"),
        (Argument("vins", "list[model:SingleEligibilityEntry]", (), True, None, True),),
    ),
    Method(
        "eligibility",
        "results",
        "list",
        "List the per-VIN results of an eligibility check",
        Operation("list_eligibility_results", "GET", "/v1/vehicles/eligibility/{id}/results", "list"),
        (
            Argument("check_id", "str", (), True, None, True),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
    Method(
        "rate_limits",
        "get",
        "read",
        "Get the rate limits that apply to an object",
        Operation("get_rate_limits", "GET", "/v1/rate-limits", "read"),
        (
            Argument("object_id", "str", (), True, None, True),
            Argument("domain", "enum:RateLimitDomain", ("VEHICLE",), False, "VEHICLE", False),
        ),
    ),
    Method(
        "tags",
        "add",
        "change",
        "Tag a vehicle or account",
        Operation("add_tag", "POST", "/v1/tags", "change"),
        (
            Argument("object_type", "enum:PublicTagEntityTypes", ("DEVICE",), True, None, True),
            Argument("object_id", "str", (), True, None, True),
            Argument("key", "str", (), True, None, False),
            Argument("value", "str", (), True, None, False),
        ),
    ),
    Method(
        "tags",
        "list",
        "read",
        "List the tags of a vehicle or account",
        Operation("list_tags", "GET", "/v1/tags/{entity_type}/{entity_id}", "read"),
        (
            Argument("object_type", "enum:PublicTagEntityTypes", ("DEVICE",), True, None, True),
            Argument("object_id", "str", (), True, None, True),
        ),
    ),
    Method(
        "tags",
        "remove",
        "delete",
        "Remove a tag from a vehicle or account",
        Operation("remove_tag", "DELETE", "/v1/tags", "delete"),
        (
            Argument("object_type", "enum:PublicTagEntityTypes", ("DEVICE",), True, None, True),
            Argument("object_id", "str", (), True, None, True),
            Argument("key", "str", (), True, None, False),
            Argument("value", "str", (), True, None, False),
        ),
    ),
    Method(
        "tokens",
        "test",
        "read",
        "Check an access token",
        Operation("test_token", "POST", "/v1/oauth2/test-token", "read"),
        (),
    ),
    Method(
        "vehicles",
        "alerts",
        "list",
        "List a vehicle\u0027s alerts",
        Operation("list_vehicle_alerts", "GET", "/v1/vehicles/{vehicle_id}/alerts", "list"),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("filter", "filter", (), False, None, False),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
    Method(
        "vehicles",
        "charging_session",
        "read",
        "Get one charging session",
        Operation(
            "get_charging_session",
            "GET",
            "/v1/vehicles/{vehicle_id}/charging-history/{vehicle_charging_session_id}",
            "read",
        ),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("session_id", "str", (), True, None, True),
        ),
    ),
    Method(
        "vehicles",
        "charging_sessions",
        "list",
        "List a vehicle\u0027s charging sessions",
        Operation("list_charging_sessions", "GET", "/v1/vehicles/{vehicle_id}/charging-history", "list"),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("filter", "filter", (), False, None, False),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
    Method(
        "vehicles",
        "charging_windows",
        "read",
        "Get a vehicle\u0027s scheduled charging windows",
        Operation("get_charging_windows", "GET", "/v1/vehicles/{vehicle_id}/charging-windows", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "departure_times",
        "read",
        "Get a vehicle\u0027s scheduled departure times",
        Operation("get_departure_times", "GET", "/v1/vehicles/{vehicle_id}/departure-times", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "disconnect",
        "delete",
        "Disconnect a vehicle",
        Operation("disconnect_vehicle", "DELETE", "/v1/vehicles/{vehicle_id}", "delete"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "get",
        "read",
        "Get one vehicle",
        Operation("get_vehicle", "GET", "/v1/vehicles/{vehicle_id}", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "journeys",
        "list",
        "List a vehicle\u0027s journeys",
        Operation("list_vehicle_journeys", "GET", "/v1/vehicles/{vehicle_id}/journeys", "list"),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("filter", "filter", (), False, None, False),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
    Method(
        "vehicles",
        "list",
        "list",
        "List the organization\u0027s vehicles",
        Operation("list_vehicles", "GET", "/v1/vehicles", "list"),
        (
            Argument("filter", "filter", (), False, None, False),
            Argument("tag_key", "str", (), False, None, False),
            Argument("tag_value", "str", (), False, None, False),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
    Method(
        "vehicles",
        "listening_audit",
        "list",
        "List when data collection was switched on or off",
        Operation("list_listening_audit", "GET", "/v1/vehicles/{vehicle_id}/listening-audit", "list"),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("start_at", "datetime", (), False, None, False),
            Argument("end_at", "datetime", (), False, None, False),
            Argument("filter", "filter", (), False, None, False),
            Argument("page_size", "int", (), False, None, False),
        ),
    ),
    Method(
        "vehicles",
        "manufacturer_alerts",
        "read",
        "Get the alerts the manufacturer currently reports",
        Operation(
            "get_manufacturer_alerts",
            "GET",
            "/v1/vehicles/{vehicle_id}/maintenance/manufacturer-alerts/current",
            "read",
        ),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "options",
        "read",
        "Get a vehicle\u0027s factory options",
        Operation("get_vehicle_options", "GET", "/v1/vehicles/{vehicle_id}/options", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "range",
        "read",
        "Get a vehicle\u0027s estimated range",
        Operation("get_vehicle_range", "GET", "/v1/vehicles/{vehicle_id}/range", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "services",
        "read",
        "Get a vehicle\u0027s service status",
        Operation("get_vehicle_services", "GET", "/v1/vehicles/{vehicle_id}/maintenance/services", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "set_listening",
        "change",
        "Start or stop collecting a vehicle\u0027s data",
        Operation("set_listening", "POST", "/v1/vehicles/{vehicle_id}/listening", "change"),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("is_listening", "bool", (), True, None, True),
        ),
    ),
    Method(
        "vehicles",
        "set_registration_plate",
        "change",
        "Set or clear a vehicle\u0027s registration plate",
        Operation("set_registration_plate", "POST", "/v1/vehicles/{vehicle_id}/registration-plate", "change"),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("registration_plate", "str", (), True, None, True),
        ),
    ),
    Method(
        "vehicles",
        "specifications",
        "read",
        "Get a vehicle\u0027s technical specifications",
        Operation("get_vehicle_specifications", "GET", "/v1/vehicles/{vehicle_id}/specifications", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "state_of_health",
        "read",
        "Get a vehicle\u0027s battery state of health",
        Operation("get_vehicle_state_of_health", "GET", "/v1/vehicles/{vehicle_id}/state-of-health", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "telemetry",
        "read",
        "Get a vehicle\u0027s latest telemetry",
        Operation("get_vehicle_telemetry", "GET", "/v1/vehicles/{vehicle_id}/telemetry", "read"),
        (Argument("vehicle_id", "str", (), True, None, True),),
    ),
    Method(
        "vehicles",
        "tire_readings",
        "read",
        "Get a vehicle\u0027s tire pressure readings over a period",
        Operation("get_tire_readings", "GET", "/v1/vehicles/{vehicle_id}/maintenance/tires/historic", "read"),
        (
            Argument("vehicle_id", "str", (), True, None, True),
            Argument("from_datetime", "str", (), False, None, False),
            Argument("to_datetime", "str", (), False, None, False),
        ),
    ),
)
