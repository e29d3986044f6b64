"""Setting a vehicle's live state directly, for tests that need a car in a given state.

A test of "charge the cars under 50 %" needs one car at 30 % and one at 80 %, and a test of
"skip the cars whose budget is spent" needs a spent budget; without these it probes the seeded
fleet for ids that happen to fit. Mixed into :class:`~._simulator.Simulator`.

Every setter checks its input before changing anything (a ValueError or TypeError naming the
argument) and reports the change the way the twin reports any other: a ``device.telemetry`` or
``rate_limit.updated`` webhook, and a charge that starts here finishes on the simulator's clock.
"""

from __future__ import annotations

import math
import threading
from typing import TYPE_CHECKING

from .._generated.models import TelemetryMetricType, VehicleChargeStateEnum

if TYPE_CHECKING:
    from ._clock import Clock
    from ._fleet import VehicleRecord
    from ._state import Org, State

_CHARGING = VehicleChargeStateEnum.CHARGING


def _percent(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number (percent), not {type(value).__name__}")
    if not (math.isfinite(value) and 0 <= value <= 100):
        raise ValueError(f"{name} must be a percent from 0 to 100, not {value!r}")
    return float(value)


def _charging_state(value: object) -> VehicleChargeStateEnum:
    if not isinstance(value, str):
        raise TypeError(f"charging_state must be a VehicleChargeStateEnum or str, not {type(value).__name__}")
    known = [member.value for member in VehicleChargeStateEnum]
    if value not in known:
        raise ValueError(f"charging_state must be one of {', '.join(known)}, not {value!r}")
    return VehicleChargeStateEnum(value)


def _budget(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must be >= 0, not {value!r}")
    return value


class VehicleSetters:
    """`set_telemetry` and `set_command_budget`, on the simulator's lock, clock and state."""

    _lock: threading.RLock
    _clock: Clock
    _state: State

    def _record(self, vehicle_id: object, organization_id: str | None) -> tuple[Org, VehicleRecord]:
        if not isinstance(vehicle_id, str):
            raise TypeError(f"vehicle_id must be a str, not {type(vehicle_id).__name__}")
        org = self._state.org(organization_id)
        vehicle = org.vehicles.get(vehicle_id)
        if vehicle is None:
            raise ValueError(f"no vehicle {vehicle_id!r}: add it first with add_vehicle")
        return org, vehicle

    def set_telemetry(
        self,
        vehicle_id: str,
        *,
        state_of_charge: float | None = None,
        charging_state: VehicleChargeStateEnum | str | None = None,
        organization_id: str | None = None,
    ) -> None:
        """Set a vehicle's state of charge (percent) and/or charging state, as of now.

        ``charging_state="CHARGING"`` starts a charge from the state of charge: it climbs on the
        simulator's clock to the charge limit, then turns COMPLETE, as after ``start_charging``.
        Leaving CHARGING ends the charge where it stands and records the session.

        >>> sim = Simulator(clock=ManualClock())
        >>> sim.add_vehicle("veh_1")
        >>> sim.set_telemetry("veh_1", state_of_charge=30, charging_state="CONNECTED")
        >>> with sim.client() as client:
        ...     client.vehicles.telemetry("veh_1").state_of_charge.value
        30.0
        """
        soc = None if state_of_charge is None else _percent("state_of_charge", state_of_charge)
        wanted = None if charging_state is None else _charging_state(charging_state)
        with self._lock:
            org, vehicle = self._record(vehicle_id, organization_id)
            now = self._clock.now()
            self._state.settle(now)
            t = vehicle.telemetry
            if wanted is not None and wanted != _CHARGING:
                self._state.end_charge(vehicle, now, wanted)  # records a running charge's session
                t.charging_state = wanted
                t.touch("charging_state", now)
            if soc is not None:
                t.soc = soc
                t.touch("state_of_charge", now)
                if t.charging_state == _CHARGING:  # the running charge climbs on from here
                    t.charge_started_at, t.charge_start_soc = now, soc
            if wanted == _CHARGING and t.charging_state != _CHARGING:
                t.start_charging(now)
            self._state.schedule_charge(org, vehicle)
            metric = TelemetryMetricType.CHARGING_STATE if wanted else TelemetryMetricType.OTHER_CHARGING_DATA
            self._state.telemetry_changed(vehicle, metric, now)

    def set_command_budget(
        self,
        vehicle_id: str,
        *,
        remaining: int,
        limit: int | None = None,
        organization_id: str | None = None,
    ) -> None:
        """Set how many commands the vehicle may still send in the current window, and optionally
        its budget per window (``limit``; by default the simulator's ``command_budget``).

        ``remaining=0`` spends the budget: ``rate_limits.get`` reports it, and every command
        until the window rolls over ends FAILED with ``INTERNAL_RATE_LIMITED``.

        >>> sim = Simulator(clock=ManualClock())
        >>> sim.add_vehicle("veh_1")
        >>> sim.set_command_budget("veh_1", remaining=0)
        >>> with sim.client() as client:
        ...     client.commands.lock_doors("veh_1", wait=True).failed_reason
        <FailedReason.INTERNAL_RATE_LIMITED: 'INTERNAL_RATE_LIMITED'>
        """
        left = _budget("remaining", remaining)
        per_window = None if limit is None else _budget("limit", limit)
        with self._lock:
            _, vehicle = self._record(vehicle_id, organization_id)
            now = self._clock.now()
            self._state.rate_limit(vehicle, now)  # rolls the window over first
            if per_window is None:
                per_window = vehicle.command_budget
            if per_window is None:
                per_window = self._state.command_budget
            if left > per_window:
                raise ValueError(f"remaining must be <= the budget per window, {per_window}, not {left}")
            vehicle.command_budget, vehicle.window_used = per_window, per_window - left
            self._state.budget_changed(vehicle, now)
