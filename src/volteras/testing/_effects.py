"""What an EXECUTED command does to the twin, at the moment it executed."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from .._generated.models import (
    TelemetryMetricType,
    VehicleChargePortLatchStateEnum,
    VehicleChargeStateEnum,
    VehicleLockStateEnum,
)
from ._enums import Command

if TYPE_CHECKING:
    from ._executions import Execution
    from ._fleet import VehicleRecord
    from ._state import Org, State


def apply_command(state: State, org: Org, vehicle: VehicleRecord, execution: Execution, at: datetime) -> None:
    """A command's effect on the twin, at the moment it executed."""
    t, command, c, metric = vehicle.telemetry, execution.command, Command, TelemetryMetricType
    charge, latch = VehicleChargeStateEnum, VehicleChargePortLatchStateEnum
    if command in (c.OPEN_CHARGE_PORT, c.CLOSE_CHARGE_PORT):
        t.port_open = command == c.OPEN_CHARGE_PORT
        t.latch = latch.DISENGAGED if t.port_open else latch.ENGAGED
        t.touch("charging_state", at)
        changed = metric.CHARGING_STATE
    elif command == c.START_CHARGING:
        if t.charging_state != charge.CHARGING:
            if t.soc >= t.max_soc:
                t.charging_state = charge.COMPLETE
                t.touch("charging_state", at)
            else:
                t.start_charging(at)
        changed = metric.CHARGING_STATE
    elif command == c.STOP_CHARGING:
        state.end_charge(vehicle, at, charge.STOPPED)
        return
    elif command == c.SET_CHARGE_LIMIT:
        limit = float((execution.arguments or {}).get("limit", t.max_soc))
        if t.charging_state == charge.CHARGING:
            t.soc, t.charge_start_soc, t.charge_started_at = t.soc_at(at), t.soc_at(at), at
        t.max_soc = limit
        t.touch("max_state_of_charge", at)
        if t.charging_state == charge.CHARGING and t.soc >= limit:
            state.end_charge(vehicle, at, charge.COMPLETE)
        changed = metric.OTHER_CHARGING_DATA
    elif command in (c.LOCK_DOORS, c.UNLOCK_DOORS):
        t.locked = command == c.LOCK_DOORS
        t.touch("security", at)
        changed = metric.OTHER_LOCATION_DATA
    elif command in (c.ACTUATE_FRONT_TRUNK, c.ACTUATE_REAR_TRUNK):
        if command == c.ACTUATE_FRONT_TRUNK:
            t.front_trunk = VehicleLockStateEnum.OPEN
        else:
            t.rear_trunk = VehicleLockStateEnum.OPEN
        t.touch("security", at)
        changed = metric.OTHER_LOCATION_DATA
    else:  # other commands (climate, the horn...) change nothing the API reports
        return
    state.schedule_charge(org, vehicle)
    state.telemetry_changed(vehicle, changed, at)
