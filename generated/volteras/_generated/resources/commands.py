# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.commands`: 15 operations, sync and async, parsed and raw."""

from collections.abc import Awaitable
from typing import Unpack

from volteras._resource import (
    AsyncAPI,
    AsyncCalls,
    AsyncCommandsBase,
    AsyncPager,
    FilterArg,
    RawResponse,
    RequestOptions,
    SyncAPI,
    SyncCalls,
    SyncCommandsBase,
    SyncPager,
    check_page_size,
    encode_filter,
    model_parser,
)

from ..api.commands import (
    actuate_front_trunk,
    actuate_rear_trunk,
    climate_off,
    climate_on,
    close_charge_port,
    lock_doors,
    open_charge_port,
    set_charge_limit,
    set_temperature,
    start_charging,
    start_hvac_system,
    stop_charging,
    unlock_doors,
)
from ..api.executions import get_command_execution, list_command_executions
from ..models.command_execution import CommandExecution
from ..models.command_execution_page import CommandExecutionPage
from ..models.set_charge_limit_body import SetChargeLimitBody
from ..models.set_temperature_body import SetTemperatureBody


class RawCommands(SyncCalls):
    """`client.commands.with_raw_response`: each call answers the HTTP response; `.parse()` gives the model."""

    def actuate_front_trunk(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Open or close the front trunk."""
        return self._call(
            actuate_front_trunk.OPERATION,
            actuate_front_trunk._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def actuate_rear_trunk(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Open or close the rear trunk."""
        return self._call(
            actuate_rear_trunk.OPERATION,
            actuate_rear_trunk._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def climate_off(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Turn cabin climate control off."""
        return self._call(
            climate_off.OPERATION,
            climate_off._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def climate_on(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> RawResponse[CommandExecution]:
        """Turn cabin climate control on."""
        return self._call(
            climate_on.OPERATION,
            climate_on._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def close_charge_port(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Close the charge port."""
        return self._call(
            close_charge_port.OPERATION,
            close_charge_port._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def get(
        self, vehicle_id: str, execution_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Get one command execution."""
        return self._call(
            get_command_execution.OPERATION,
            get_command_execution._get_kwargs(
                vehicle_id=vehicle_id, vehicle_command_execution_id=execution_id
            ),
            model_parser(CommandExecution),
            options,
        )

    def list(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[CommandExecutionPage]:
        """List a vehicle's command executions (the first page)."""
        return self._call(
            list_command_executions.OPERATION,
            list_command_executions._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(CommandExecutionPage),
            options,
        )

    def lock_doors(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> RawResponse[CommandExecution]:
        """Lock the doors."""
        return self._call(
            lock_doors.OPERATION,
            lock_doors._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def open_charge_port(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Open the charge port."""
        return self._call(
            open_charge_port.OPERATION,
            open_charge_port._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def set_charge_limit(
        self, vehicle_id: str, limit: int, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Set the charge limit."""
        return self._call(
            set_charge_limit.OPERATION,
            set_charge_limit._get_kwargs(vehicle_id=vehicle_id, body=SetChargeLimitBody(limit=limit)),
            model_parser(CommandExecution),
            options,
        )

    def set_temperature(
        self,
        vehicle_id: str,
        driver_temperature: float,
        passenger_temperature: float,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[CommandExecution]:
        """Set the cabin temperature."""
        return self._call(
            set_temperature.OPERATION,
            set_temperature._get_kwargs(
                vehicle_id=vehicle_id,
                body=SetTemperatureBody(
                    driver_temperature=driver_temperature, passenger_temperature=passenger_temperature
                ),
            ),
            model_parser(CommandExecution),
            options,
        )

    def start_charging(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Start charging."""
        return self._call(
            start_charging.OPERATION,
            start_charging._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def start_hvac_system(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Start the HVAC system."""
        return self._call(
            start_hvac_system.OPERATION,
            start_hvac_system._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def stop_charging(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Stop charging."""
        return self._call(
            stop_charging.OPERATION,
            stop_charging._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def unlock_doors(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[CommandExecution]:
        """Unlock the doors."""
        return self._call(
            unlock_doors.OPERATION,
            unlock_doors._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )


class Commands(SyncCommandsBase):
    """`client.commands`."""

    def __init__(self, api: SyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = RawCommands(api)

    def actuate_front_trunk(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Open or close the front trunk; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.actuate_front_trunk(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def actuate_rear_trunk(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Open or close the rear trunk; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.actuate_rear_trunk(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def climate_off(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Turn cabin climate control off; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.climate_off(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )

    def climate_on(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Turn cabin climate control on; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.climate_on(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )

    def close_charge_port(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Close the charge port; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.close_charge_port(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def get(self, vehicle_id: str, execution_id: str, **options: Unpack[RequestOptions]) -> CommandExecution:
        """Get one command execution."""
        return self.with_raw_response.get(vehicle_id=vehicle_id, execution_id=execution_id, **options).parse()

    def list(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[CommandExecution]:
        """List a vehicle's command executions: every item, fetched page by page as you iterate."""
        return self._pager(
            list_command_executions.OPERATION,
            lambda cursor: list_command_executions._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(CommandExecutionPage),
            options,
            "cursor",
        )

    def lock_doors(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Lock the doors; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.lock_doors(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )

    def open_charge_port(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Open the charge port; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.open_charge_port(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def set_charge_limit(
        self,
        vehicle_id: str,
        limit: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Set the charge limit; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.set_charge_limit(vehicle_id=vehicle_id, limit=limit, **options),
            wait,
            wait_timeout,
        )

    def set_temperature(
        self,
        vehicle_id: str,
        driver_temperature: float,
        passenger_temperature: float,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Set the cabin temperature; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.set_temperature(
                vehicle_id=vehicle_id,
                driver_temperature=driver_temperature,
                passenger_temperature=passenger_temperature,
                **options,
            ),
            wait,
            wait_timeout,
        )

    def start_charging(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Start charging; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.start_charging(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def start_hvac_system(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Start the HVAC system; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.start_hvac_system(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def stop_charging(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Stop charging; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.stop_charging(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )

    def unlock_doors(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Unlock the doors; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.unlock_doors(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )


class AsyncRawCommands(AsyncCalls):
    """`client.commands.with_raw_response` of the async client."""

    def actuate_front_trunk(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Open or close the front trunk."""
        return self._call(
            actuate_front_trunk.OPERATION,
            actuate_front_trunk._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def actuate_rear_trunk(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Open or close the rear trunk."""
        return self._call(
            actuate_rear_trunk.OPERATION,
            actuate_rear_trunk._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def climate_off(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Turn cabin climate control off."""
        return self._call(
            climate_off.OPERATION,
            climate_off._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def climate_on(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Turn cabin climate control on."""
        return self._call(
            climate_on.OPERATION,
            climate_on._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def close_charge_port(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Close the charge port."""
        return self._call(
            close_charge_port.OPERATION,
            close_charge_port._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def get(
        self, vehicle_id: str, execution_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Get one command execution."""
        return self._call(
            get_command_execution.OPERATION,
            get_command_execution._get_kwargs(
                vehicle_id=vehicle_id, vehicle_command_execution_id=execution_id
            ),
            model_parser(CommandExecution),
            options,
        )

    def list(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[CommandExecutionPage]]:
        """List a vehicle's command executions (the first page)."""
        return self._call(
            list_command_executions.OPERATION,
            list_command_executions._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(CommandExecutionPage),
            options,
        )

    def lock_doors(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Lock the doors."""
        return self._call(
            lock_doors.OPERATION,
            lock_doors._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def open_charge_port(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Open the charge port."""
        return self._call(
            open_charge_port.OPERATION,
            open_charge_port._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def set_charge_limit(
        self, vehicle_id: str, limit: int, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Set the charge limit."""
        return self._call(
            set_charge_limit.OPERATION,
            set_charge_limit._get_kwargs(vehicle_id=vehicle_id, body=SetChargeLimitBody(limit=limit)),
            model_parser(CommandExecution),
            options,
        )

    def set_temperature(
        self,
        vehicle_id: str,
        driver_temperature: float,
        passenger_temperature: float,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Set the cabin temperature."""
        return self._call(
            set_temperature.OPERATION,
            set_temperature._get_kwargs(
                vehicle_id=vehicle_id,
                body=SetTemperatureBody(
                    driver_temperature=driver_temperature, passenger_temperature=passenger_temperature
                ),
            ),
            model_parser(CommandExecution),
            options,
        )

    def start_charging(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Start charging."""
        return self._call(
            start_charging.OPERATION,
            start_charging._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def start_hvac_system(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Start the HVAC system."""
        return self._call(
            start_hvac_system.OPERATION,
            start_hvac_system._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def stop_charging(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Stop charging."""
        return self._call(
            stop_charging.OPERATION,
            stop_charging._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )

    def unlock_doors(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[CommandExecution]]:
        """Unlock the doors."""
        return self._call(
            unlock_doors.OPERATION,
            unlock_doors._get_kwargs(vehicle_id=vehicle_id),
            model_parser(CommandExecution),
            options,
        )


class AsyncCommands(AsyncCommandsBase):
    """`client.commands` of the async client; every call is awaited."""

    def __init__(self, api: AsyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = AsyncRawCommands(api)

    def actuate_front_trunk(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Open or close the front trunk; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.actuate_front_trunk(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def actuate_rear_trunk(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Open or close the rear trunk; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.actuate_rear_trunk(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def climate_off(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Turn cabin climate control off; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.climate_off(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )

    def climate_on(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Turn cabin climate control on; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.climate_on(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )

    def close_charge_port(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Close the charge port; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.close_charge_port(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    async def get(
        self, vehicle_id: str, execution_id: str, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Get one command execution."""
        return (
            await self.with_raw_response.get(vehicle_id=vehicle_id, execution_id=execution_id, **options)
        ).parse()

    def list(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CommandExecution]:
        """List a vehicle's command executions: `async for` over every item, page by page."""
        return self._pager(
            list_command_executions.OPERATION,
            lambda cursor: list_command_executions._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(CommandExecutionPage),
            options,
            "cursor",
        )

    def lock_doors(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Lock the doors; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.lock_doors(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )

    def open_charge_port(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Open the charge port; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.open_charge_port(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def set_charge_limit(
        self,
        vehicle_id: str,
        limit: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Set the charge limit; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.set_charge_limit(vehicle_id=vehicle_id, limit=limit, **options),
            wait,
            wait_timeout,
        )

    def set_temperature(
        self,
        vehicle_id: str,
        driver_temperature: float,
        passenger_temperature: float,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Set the cabin temperature; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.set_temperature(
                vehicle_id=vehicle_id,
                driver_temperature=driver_temperature,
                passenger_temperature=passenger_temperature,
                **options,
            ),
            wait,
            wait_timeout,
        )

    def start_charging(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Start charging; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.start_charging(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def start_hvac_system(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Start the HVAC system; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.start_hvac_system(vehicle_id=vehicle_id, **options),
            wait,
            wait_timeout,
        )

    def stop_charging(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Stop charging; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.stop_charging(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )

    def unlock_doors(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Unlock the doors; `wait=True` also waits until its status is final (EXECUTED or FAILED)."""
        return self._command(
            lambda: self.with_raw_response.unlock_doors(vehicle_id=vehicle_id, **options), wait, wait_timeout
        )
