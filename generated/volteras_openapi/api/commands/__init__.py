# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""One typed method per command endpoint, generated from the spec.

`CommandMethods` only builds each request; a subclass implements `_command` and, through the
type parameter, chooses what every method returns (a parsed execution, a raw response, an
awaitable of either).
"""

from typing import Any, Generic, TypeVar

from ...models.set_charge_limit_body import SetChargeLimitBody
from ...models.set_temperature_body import SetTemperatureBody
from . import (
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

_R_co = TypeVar("_R_co", covariant=True)


class CommandMethods(Generic[_R_co]):
    __slots__ = ()

    def _command(self, request: dict[str, Any], *, wait: bool, wait_timeout: float | None) -> _R_co:
        raise NotImplementedError

    def actuate_front_trunk(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Open or close the front trunk.

        Toggles the front trunk (frunk) latch. Whether it opens or closes depends on the vehicle and
        its current state.
        """
        return self._command(
            actuate_front_trunk._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def actuate_rear_trunk(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Open or close the rear trunk.

        Toggles the rear trunk latch; the direction depends on the vehicle and its current state.
        """
        return self._command(
            actuate_rear_trunk._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def climate_off(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Turn cabin climate control off.

        Stops heating or cooling the cabin.
        """
        return self._command(
            climate_off._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def climate_on(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Turn cabin climate control on.

        Starts heating or cooling the cabin towards the last temperature set.
        """
        return self._command(
            climate_on._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def close_charge_port(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Close the charge port.

        Closes the charge port door. Vehicles usually refuse while a cable is plugged in.
        """
        return self._command(
            close_charge_port._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def lock_doors(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Lock the doors.

        Locks every door of the vehicle.
        """
        return self._command(
            lock_doors._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def open_charge_port(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Open the charge port.

        Opens the charge port door so a cable can be plugged in.
        """
        return self._command(
            open_charge_port._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def set_charge_limit(
        self,
        vehicle_id: str,
        limit: int,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Set the charge limit.

        Sets the state of charge, in percent, at which charging stops.
        """
        return self._command(
            set_charge_limit._get_kwargs(
                vehicle_id=vehicle_id,
                body=SetChargeLimitBody(
                    limit=limit,
                ),
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def set_temperature(
        self,
        vehicle_id: str,
        driver_temperature: float,
        passenger_temperature: float,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Set the cabin temperature.

        Sets the target cabin temperature, in degrees Celsius, for the driver and passenger sides.
        """
        return self._command(
            set_temperature._get_kwargs(
                vehicle_id=vehicle_id,
                body=SetTemperatureBody(
                    driver_temperature=driver_temperature,
                    passenger_temperature=passenger_temperature,
                ),
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def start_charging(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Start charging.

        Starts a charging session; the vehicle must be plugged in.
        """
        return self._command(
            start_charging._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def start_hvac_system(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Start the HVAC system.

        Starts the heating, ventilation and air conditioning system, for example to precondition the
        cabin.
        """
        return self._command(
            start_hvac_system._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def stop_charging(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Stop charging.

        Stops the charging session in progress.
        """
        return self._command(
            stop_charging._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )

    def unlock_doors(
        self,
        vehicle_id: str,
        *,
        wait: bool = False,
        wait_timeout: float | None = None,
    ) -> _R_co:
        """Unlock the doors.

        Unlocks every door of the vehicle.
        """
        return self._command(
            unlock_doors._get_kwargs(
                vehicle_id=vehicle_id,
            ),
            wait=wait,
            wait_timeout=wait_timeout,
        )


__all__ = ["CommandMethods"]
