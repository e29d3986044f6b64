# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.vehicle(vehicle_id)`: every operation on one vehicle, without repeating its id; sync and async."""

import datetime
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Unpack

from volteras._resource import AsyncPager, FilterArg, RequestOptions, SyncPager

from ..models.command_execution import CommandExecution
from ..models.oem_alerts import OEMAlerts
from ..models.vehicle import Vehicle
from ..models.vehicle_alert_response import VehicleAlertResponse
from ..models.vehicle_charging_session import VehicleChargingSession
from ..models.vehicle_charging_windows import VehicleChargingWindows
from ..models.vehicle_departure_times import VehicleDepartureTimes
from ..models.vehicle_journey_response import VehicleJourneyResponse
from ..models.vehicle_listening_audit_entry import VehicleListeningAuditEntry
from ..models.vehicle_listening_response import VehicleListeningResponse
from ..models.vehicle_options import VehicleOptions
from ..models.vehicle_range import VehicleRange
from ..models.vehicle_services import VehicleServices
from ..models.vehicle_specifications import VehicleSpecifications
from ..models.vehicle_state_of_health import VehicleStateOfHealth
from ..models.vehicle_telemetry import VehicleTelemetry
from ..models.vehicle_tires_list import VehicleTiresList
from ..types import path_segment

if TYPE_CHECKING:
    from . import AsyncResources, SyncResources
    from .commands import AsyncCommands, Commands


class VehicleCommands:
    """`client.vehicle(vehicle_id).commands`: `client.commands` on one vehicle."""

    def __init__(self, resource: "Commands", vehicle_id: str) -> None:
        self._resource = resource
        self.vehicle_id = vehicle_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.vehicle_id!r})"

    def actuate_front_trunk(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Open or close the front trunk; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.actuate_front_trunk(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def actuate_rear_trunk(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Open or close the rear trunk; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.actuate_rear_trunk(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def climate_off(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Turn cabin climate control off; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.climate_off(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def climate_on(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Turn cabin climate control on; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.climate_on(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def close_charge_port(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Close the charge port; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.close_charge_port(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def get(self, execution_id: str, **options: Unpack[RequestOptions]) -> CommandExecution:
        """Get one command execution."""
        return self._resource.get(self.vehicle_id, execution_id=execution_id, **options)

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[CommandExecution]:
        """List a vehicle's command executions: every item, page by page."""
        return self._resource.list(self.vehicle_id, filter=filter, page_size=page_size, **options)

    def lock_doors(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Lock the doors; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.lock_doors(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def open_charge_port(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Open the charge port; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.open_charge_port(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def set_charge_limit(
        self,
        limit: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Set the charge limit; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.set_charge_limit(
            self.vehicle_id, limit=limit, wait=wait, wait_timeout=wait_timeout, **options
        )

    def set_temperature(
        self,
        driver_temperature: float,
        passenger_temperature: float,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Set the cabin temperature; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.set_temperature(
            self.vehicle_id,
            driver_temperature=driver_temperature,
            passenger_temperature=passenger_temperature,
            wait=wait,
            wait_timeout=wait_timeout,
            **options,
        )

    def start_charging(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Start charging; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.start_charging(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def start_hvac_system(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Start the HVAC system; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.start_hvac_system(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def stop_charging(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Stop charging; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.stop_charging(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def unlock_doors(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Unlock the doors; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.unlock_doors(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)


class VehicleHandle:
    """`client.vehicle(vehicle_id)`: the operations on one vehicle, its id bound.

    `client.vehicles`' operations and every command are methods of the handle; each other
    resource's are under its name. Cheap to make (no request); the id is checked at once.

    >>> vehicle = client.vehicle("veh_1")
    >>> vehicle.get()
    >>> vehicle.actuate_front_trunk(wait=True)
    >>> vehicle.commands.list()
    """

    def __init__(self, client: "SyncResources", vehicle_id: str) -> None:
        path_segment("vehicle_id", vehicle_id)
        self._client = client
        self.vehicle_id = vehicle_id
        self.commands = VehicleCommands(client.commands, vehicle_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.vehicle_id!r})"

    def actuate_front_trunk(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Open or close the front trunk; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.actuate_front_trunk(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def actuate_rear_trunk(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Open or close the rear trunk; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.actuate_rear_trunk(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def climate_off(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Turn cabin climate control off; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.climate_off(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def climate_on(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Turn cabin climate control on; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.climate_on(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def close_charge_port(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Close the charge port; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.close_charge_port(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def lock_doors(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Lock the doors; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.lock_doors(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def open_charge_port(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Open the charge port; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.open_charge_port(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def set_charge_limit(
        self,
        limit: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Set the charge limit; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.set_charge_limit(
            self.vehicle_id, limit=limit, wait=wait, wait_timeout=wait_timeout, **options
        )

    def set_temperature(
        self,
        driver_temperature: float,
        passenger_temperature: float,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> CommandExecution:
        """Set the cabin temperature; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.set_temperature(
            self.vehicle_id,
            driver_temperature=driver_temperature,
            passenger_temperature=passenger_temperature,
            wait=wait,
            wait_timeout=wait_timeout,
            **options,
        )

    def start_charging(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Start charging; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.start_charging(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def start_hvac_system(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Start the HVAC system; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.start_hvac_system(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def stop_charging(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Stop charging; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.stop_charging(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def unlock_doors(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        """Unlock the doors; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.unlock_doors(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def alerts(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VehicleAlertResponse]:
        """List a vehicle's alerts: every item, page by page."""
        return self._client.vehicles.alerts(self.vehicle_id, filter=filter, page_size=page_size, **options)

    def charging_session(self, session_id: str, **options: Unpack[RequestOptions]) -> VehicleChargingSession:
        """Get one charging session."""
        return self._client.vehicles.charging_session(self.vehicle_id, session_id=session_id, **options)

    def charging_sessions(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VehicleChargingSession]:
        """List a vehicle's charging sessions: every item, page by page."""
        return self._client.vehicles.charging_sessions(
            self.vehicle_id, filter=filter, page_size=page_size, **options
        )

    def charging_windows(self, **options: Unpack[RequestOptions]) -> VehicleChargingWindows:
        """Get a vehicle's scheduled charging windows."""
        return self._client.vehicles.charging_windows(self.vehicle_id, **options)

    def departure_times(self, **options: Unpack[RequestOptions]) -> VehicleDepartureTimes:
        """Get a vehicle's scheduled departure times."""
        return self._client.vehicles.departure_times(self.vehicle_id, **options)

    def disconnect(self, **options: Unpack[RequestOptions]) -> None:
        """Disconnect a vehicle."""
        return self._client.vehicles.disconnect(self.vehicle_id, **options)

    def get(self, **options: Unpack[RequestOptions]) -> Vehicle:
        """Get one vehicle."""
        return self._client.vehicles.get(self.vehicle_id, **options)

    def journeys(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VehicleJourneyResponse]:
        """List a vehicle's journeys: every item, page by page."""
        return self._client.vehicles.journeys(self.vehicle_id, filter=filter, page_size=page_size, **options)

    def listening_audit(
        self,
        *,
        start_at: datetime.datetime | str | None = None,
        end_at: datetime.datetime | str | None = None,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VehicleListeningAuditEntry]:
        """List when data collection was switched on or off: every item, page by page."""
        return self._client.vehicles.listening_audit(
            self.vehicle_id, start_at=start_at, end_at=end_at, filter=filter, page_size=page_size, **options
        )

    def manufacturer_alerts(self, **options: Unpack[RequestOptions]) -> OEMAlerts:
        """Get the alerts the manufacturer currently reports."""
        return self._client.vehicles.manufacturer_alerts(self.vehicle_id, **options)

    def options(self, **options: Unpack[RequestOptions]) -> VehicleOptions:
        """Get a vehicle's factory options."""
        return self._client.vehicles.options(self.vehicle_id, **options)

    def range(self, **options: Unpack[RequestOptions]) -> VehicleRange:
        """Get a vehicle's estimated range."""
        return self._client.vehicles.range(self.vehicle_id, **options)

    def services(self, **options: Unpack[RequestOptions]) -> VehicleServices:
        """Get a vehicle's service status."""
        return self._client.vehicles.services(self.vehicle_id, **options)

    def set_listening(
        self, is_listening: bool, **options: Unpack[RequestOptions]
    ) -> VehicleListeningResponse:
        """Start or stop collecting a vehicle's data."""
        return self._client.vehicles.set_listening(self.vehicle_id, is_listening=is_listening, **options)

    def set_registration_plate(
        self, registration_plate: str | None, **options: Unpack[RequestOptions]
    ) -> Vehicle:
        """Set or clear a vehicle's registration plate."""
        return self._client.vehicles.set_registration_plate(
            self.vehicle_id, registration_plate=registration_plate, **options
        )

    def specifications(self, **options: Unpack[RequestOptions]) -> VehicleSpecifications:
        """Get a vehicle's technical specifications."""
        return self._client.vehicles.specifications(self.vehicle_id, **options)

    def state_of_health(self, **options: Unpack[RequestOptions]) -> VehicleStateOfHealth:
        """Get a vehicle's battery state of health."""
        return self._client.vehicles.state_of_health(self.vehicle_id, **options)

    def telemetry(self, **options: Unpack[RequestOptions]) -> VehicleTelemetry:
        """Get a vehicle's latest telemetry."""
        return self._client.vehicles.telemetry(self.vehicle_id, **options)

    def tire_readings(
        self,
        *,
        from_datetime: str | None = None,
        to_datetime: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> VehicleTiresList:
        """Get a vehicle's tire pressure readings over a period."""
        return self._client.vehicles.tire_readings(
            self.vehicle_id, from_datetime=from_datetime, to_datetime=to_datetime, **options
        )


class AsyncVehicleCommands:
    """`client.vehicle(vehicle_id).commands`: `client.commands` on one vehicle, awaited."""

    def __init__(self, resource: "AsyncCommands", vehicle_id: str) -> None:
        self._resource = resource
        self.vehicle_id = vehicle_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.vehicle_id!r})"

    def actuate_front_trunk(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Open or close the front trunk; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.actuate_front_trunk(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def actuate_rear_trunk(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Open or close the rear trunk; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.actuate_rear_trunk(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def climate_off(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Turn cabin climate control off; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.climate_off(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def climate_on(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Turn cabin climate control on; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.climate_on(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def close_charge_port(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Close the charge port; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.close_charge_port(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def get(self, execution_id: str, **options: Unpack[RequestOptions]) -> Awaitable[CommandExecution]:
        """Get one command execution."""
        return self._resource.get(self.vehicle_id, execution_id=execution_id, **options)

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CommandExecution]:
        """List a vehicle's command executions: every item, page by page."""
        return self._resource.list(self.vehicle_id, filter=filter, page_size=page_size, **options)

    def lock_doors(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Lock the doors; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.lock_doors(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def open_charge_port(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Open the charge port; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.open_charge_port(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def set_charge_limit(
        self,
        limit: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Set the charge limit; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.set_charge_limit(
            self.vehicle_id, limit=limit, wait=wait, wait_timeout=wait_timeout, **options
        )

    def set_temperature(
        self,
        driver_temperature: float,
        passenger_temperature: float,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Set the cabin temperature; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.set_temperature(
            self.vehicle_id,
            driver_temperature=driver_temperature,
            passenger_temperature=passenger_temperature,
            wait=wait,
            wait_timeout=wait_timeout,
            **options,
        )

    def start_charging(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Start charging; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.start_charging(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def start_hvac_system(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Start the HVAC system; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.start_hvac_system(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def stop_charging(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Stop charging; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.stop_charging(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)

    def unlock_doors(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Unlock the doors; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._resource.unlock_doors(self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options)


class AsyncVehicleHandle:
    """`client.vehicle(vehicle_id)`: the operations on one vehicle, its id bound, each awaited.

    `client.vehicles`' operations and every command are methods of the handle; each other
    resource's are under its name. Cheap to make (no request); the id is checked at once.

    >>> vehicle = client.vehicle("veh_1")
    >>> await vehicle.get()
    >>> await vehicle.actuate_front_trunk(wait=True)
    >>> await vehicle.commands.list()
    """

    def __init__(self, client: "AsyncResources", vehicle_id: str) -> None:
        path_segment("vehicle_id", vehicle_id)
        self._client = client
        self.vehicle_id = vehicle_id
        self.commands = AsyncVehicleCommands(client.commands, vehicle_id)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.vehicle_id!r})"

    def actuate_front_trunk(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Open or close the front trunk; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.actuate_front_trunk(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def actuate_rear_trunk(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Open or close the rear trunk; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.actuate_rear_trunk(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def climate_off(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Turn cabin climate control off; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.climate_off(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def climate_on(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Turn cabin climate control on; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.climate_on(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def close_charge_port(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Close the charge port; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.close_charge_port(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def lock_doors(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Lock the doors; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.lock_doors(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def open_charge_port(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Open the charge port; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.open_charge_port(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def set_charge_limit(
        self,
        limit: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Set the charge limit; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.set_charge_limit(
            self.vehicle_id, limit=limit, wait=wait, wait_timeout=wait_timeout, **options
        )

    def set_temperature(
        self,
        driver_temperature: float,
        passenger_temperature: float,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[CommandExecution]:
        """Set the cabin temperature; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.set_temperature(
            self.vehicle_id,
            driver_temperature=driver_temperature,
            passenger_temperature=passenger_temperature,
            wait=wait,
            wait_timeout=wait_timeout,
            **options,
        )

    def start_charging(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Start charging; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.start_charging(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def start_hvac_system(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Start the HVAC system; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.start_hvac_system(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def stop_charging(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Stop charging; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.stop_charging(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def unlock_doors(
        self, *, wait: bool = False, wait_timeout: float | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[CommandExecution]:
        """Unlock the doors; `wait=True` also waits until it is EXECUTED or FAILED."""
        return self._client.commands.unlock_doors(
            self.vehicle_id, wait=wait, wait_timeout=wait_timeout, **options
        )

    def alerts(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VehicleAlertResponse]:
        """List a vehicle's alerts: every item, page by page."""
        return self._client.vehicles.alerts(self.vehicle_id, filter=filter, page_size=page_size, **options)

    def charging_session(
        self, session_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[VehicleChargingSession]:
        """Get one charging session."""
        return self._client.vehicles.charging_session(self.vehicle_id, session_id=session_id, **options)

    def charging_sessions(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VehicleChargingSession]:
        """List a vehicle's charging sessions: every item, page by page."""
        return self._client.vehicles.charging_sessions(
            self.vehicle_id, filter=filter, page_size=page_size, **options
        )

    def charging_windows(self, **options: Unpack[RequestOptions]) -> Awaitable[VehicleChargingWindows]:
        """Get a vehicle's scheduled charging windows."""
        return self._client.vehicles.charging_windows(self.vehicle_id, **options)

    def departure_times(self, **options: Unpack[RequestOptions]) -> Awaitable[VehicleDepartureTimes]:
        """Get a vehicle's scheduled departure times."""
        return self._client.vehicles.departure_times(self.vehicle_id, **options)

    def disconnect(self, **options: Unpack[RequestOptions]) -> Awaitable[None]:
        """Disconnect a vehicle."""
        return self._client.vehicles.disconnect(self.vehicle_id, **options)

    def get(self, **options: Unpack[RequestOptions]) -> Awaitable[Vehicle]:
        """Get one vehicle."""
        return self._client.vehicles.get(self.vehicle_id, **options)

    def journeys(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VehicleJourneyResponse]:
        """List a vehicle's journeys: every item, page by page."""
        return self._client.vehicles.journeys(self.vehicle_id, filter=filter, page_size=page_size, **options)

    def listening_audit(
        self,
        *,
        start_at: datetime.datetime | str | None = None,
        end_at: datetime.datetime | str | None = None,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VehicleListeningAuditEntry]:
        """List when data collection was switched on or off: every item, page by page."""
        return self._client.vehicles.listening_audit(
            self.vehicle_id, start_at=start_at, end_at=end_at, filter=filter, page_size=page_size, **options
        )

    def manufacturer_alerts(self, **options: Unpack[RequestOptions]) -> Awaitable[OEMAlerts]:
        """Get the alerts the manufacturer currently reports."""
        return self._client.vehicles.manufacturer_alerts(self.vehicle_id, **options)

    def options(self, **options: Unpack[RequestOptions]) -> Awaitable[VehicleOptions]:
        """Get a vehicle's factory options."""
        return self._client.vehicles.options(self.vehicle_id, **options)

    def range(self, **options: Unpack[RequestOptions]) -> Awaitable[VehicleRange]:
        """Get a vehicle's estimated range."""
        return self._client.vehicles.range(self.vehicle_id, **options)

    def services(self, **options: Unpack[RequestOptions]) -> Awaitable[VehicleServices]:
        """Get a vehicle's service status."""
        return self._client.vehicles.services(self.vehicle_id, **options)

    def set_listening(
        self, is_listening: bool, **options: Unpack[RequestOptions]
    ) -> Awaitable[VehicleListeningResponse]:
        """Start or stop collecting a vehicle's data."""
        return self._client.vehicles.set_listening(self.vehicle_id, is_listening=is_listening, **options)

    def set_registration_plate(
        self, registration_plate: str | None, **options: Unpack[RequestOptions]
    ) -> Awaitable[Vehicle]:
        """Set or clear a vehicle's registration plate."""
        return self._client.vehicles.set_registration_plate(
            self.vehicle_id, registration_plate=registration_plate, **options
        )

    def specifications(self, **options: Unpack[RequestOptions]) -> Awaitable[VehicleSpecifications]:
        """Get a vehicle's technical specifications."""
        return self._client.vehicles.specifications(self.vehicle_id, **options)

    def state_of_health(self, **options: Unpack[RequestOptions]) -> Awaitable[VehicleStateOfHealth]:
        """Get a vehicle's battery state of health."""
        return self._client.vehicles.state_of_health(self.vehicle_id, **options)

    def telemetry(self, **options: Unpack[RequestOptions]) -> Awaitable[VehicleTelemetry]:
        """Get a vehicle's latest telemetry."""
        return self._client.vehicles.telemetry(self.vehicle_id, **options)

    def tire_readings(
        self,
        *,
        from_datetime: str | None = None,
        to_datetime: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[VehicleTiresList]:
        """Get a vehicle's tire pressure readings over a period."""
        return self._client.vehicles.tire_readings(
            self.vehicle_id, from_datetime=from_datetime, to_datetime=to_datetime, **options
        )
