"""A vehicle's live state, and how charging moves it on the simulator's clock.

State of charge is not stored while charging: it is a line from where the
charge started, at the charger's power, capped at the charge limit, computed
for whatever moment is asked. ``State`` finishes a charge (COMPLETE, session
recorded) when the clock passes :meth:`Telemetry.charge_complete_at`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .._generated.models import (
    TelemetryRange,
    VehicleChargeCurrentLimit,
    VehicleChargeMaxStateOfCharge,
    VehicleChargeMinStateOfCharge,
    VehicleChargePortLatchStateEnum,
    VehicleChargePowerLevel,
    VehicleChargeRemainingTime,
    VehicleChargeStateEnum,
    VehicleChargingState,
    VehicleElevation,
    VehicleEnergyRemainingKwh,
    VehicleHeading,
    VehicleLockStateEnum,
    VehicleMetaData,
    VehicleOdometer,
    VehicleRealRange,
    VehicleSecurity,
    VehicleSpeed,
    VehicleStateOfCharge,
    VehicleTelemetry,
    VehicleTelemetryLocation,
    VehicleTirePressure,
)

STAMPED = (
    "odometer",
    "location",
    "elevation",
    "speed",
    "heading",
    "state_of_charge",
    "charging_state",
    "tire_pressure",
    "security",
    "max_state_of_charge",
    "min_state_of_charge",
    "charge_current_limit",
)
"""Telemetry groups that carry their own timestamp (a change updates only its own)."""
_CHARGING = VehicleChargeStateEnum.CHARGING


@dataclass
class Telemetry:
    """Readings in SI units (metres, m/s, degrees, pascals), percent and kWh."""

    capacity_kwh: float
    metres_per_kwh: float
    charger_kw: float
    odometer_m: float
    latitude: float
    longitude: float
    elevation_m: float
    heading_deg: float
    soc: float
    max_soc: float = 80.0
    min_soc: float = 10.0
    current_limit_a: float = 16.0
    charging_state: VehicleChargeStateEnum = VehicleChargeStateEnum.CONNECTED
    port_open: bool = False
    latch: VehicleChargePortLatchStateEnum = VehicleChargePortLatchStateEnum.ENGAGED
    locked: bool = True
    front_trunk: VehicleLockStateEnum = VehicleLockStateEnum.CLOSED
    rear_trunk: VehicleLockStateEnum = VehicleLockStateEnum.CLOSED
    tire_pa: tuple[float, float, float, float] = (290_000.0, 290_000.0, 280_000.0, 280_000.0)
    stamps: dict[str, datetime] = field(default_factory=dict)
    charge_started_at: datetime | None = None
    charge_start_soc: float = 0.0

    @property
    def percent_per_second(self) -> float:
        return self.charger_kw / self.capacity_kwh * 100 / 3600

    def soc_at(self, now: datetime) -> float:
        if self.charging_state != _CHARGING or self.charge_started_at is None:
            return self.soc
        elapsed = (now - self.charge_started_at).total_seconds()
        return min(
            max(self.max_soc, self.charge_start_soc),
            self.charge_start_soc + elapsed * self.percent_per_second,
        )

    def charge_complete_at(self) -> datetime | None:
        if self.charging_state != _CHARGING or self.charge_started_at is None:
            return None
        seconds = max(0.0, (self.max_soc - self.charge_start_soc) / self.percent_per_second)
        return self.charge_started_at + timedelta(seconds=seconds)

    def touch(self, group: str, now: datetime) -> None:
        self.stamps[group] = now

    def start_charging(self, now: datetime) -> None:
        self.soc = self.soc_at(now)
        self.charging_state = _CHARGING
        self.charge_started_at, self.charge_start_soc = now, self.soc
        self.touch("charging_state", now)

    def stop_charging(
        self, now: datetime, final_state: VehicleChargeStateEnum
    ) -> tuple[datetime, float, float] | None:
        """End a charge; returns (started at, start soc, end soc) when one was running."""
        if self.charging_state != _CHARGING or self.charge_started_at is None:
            return None
        started, start_soc = self.charge_started_at, self.charge_start_soc
        self.soc = self.soc_at(now)
        self.charging_state, self.charge_started_at = final_state, None
        self.touch("charging_state", now)
        self.touch("state_of_charge", now)
        return started, start_soc, self.soc

    def to_model(self, vehicle_id: str, metadata: VehicleMetaData, now: datetime) -> VehicleTelemetry:
        """The readings as the API reports them at ``now``."""

        def stamp(group: str) -> datetime | None:
            moment = now if group == "state_of_charge" and self.charging_state == _CHARGING else None
            return moment or self.stamps.get(group)

        def reading(model: Any, value: float | None, unit: str, group: str) -> Any:
            return model(value=value, unit=unit, timestamp=stamp(group))

        soc = round(self.soc_at(now), 2)
        charging = self.charging_state == _CHARGING
        energy = round(soc / 100 * self.capacity_kwh, 2)
        remaining = None
        if charging:
            remaining = math.ceil(max(0.0, self.max_soc - soc) / self.percent_per_second / 60)
        front_right, front_left, rear_right, rear_left = self.tire_pa
        closed = VehicleLockStateEnum.CLOSED
        return VehicleTelemetry(
            id=vehicle_id,
            odometer=reading(VehicleOdometer, round(self.odometer_m, 1), "m", "odometer"),
            location=VehicleTelemetryLocation(
                latitude=self.latitude, longitude=self.longitude, timestamp=stamp("location")
            ),
            elevation=reading(VehicleElevation, self.elevation_m, "m", "elevation"),
            speed=reading(VehicleSpeed, 0.0, "m/s", "speed"),
            heading=reading(VehicleHeading, self.heading_deg, "deg", "heading"),
            state_of_charge=reading(VehicleStateOfCharge, soc, "percent", "state_of_charge"),
            charging_state=VehicleChargingState(
                charging_state=self.charging_state,
                timestamp=stamp("charging_state"),
                charge_port_door_open=self.port_open,
                charge_port_latch=self.latch,
            ),
            range_=reading(TelemetryRange, round(energy * self.metres_per_kwh), "m", "state_of_charge"),
            tire_pressure=VehicleTirePressure(
                front_right_tire=front_right,
                front_left_tire=front_left,
                rear_right_tire=rear_right,
                rear_left_tire=rear_left,
                unit="Pa",
                timestamp=stamp("tire_pressure"),
            ),
            security=VehicleSecurity(
                locked=self.locked,
                front_right_door=closed,
                front_left_door=closed,
                rear_right_door=closed,
                rear_left_door=closed,
                front_right_window=closed,
                front_left_window=closed,
                rear_left_window=closed,
                rear_right_window=closed,
                front_trunk=self.front_trunk,
                rear_trunk=self.rear_trunk,
                sun_roof=closed,
                timestamp=stamp("security"),
            ),
            metadata=metadata,
            real_range=reading(
                VehicleRealRange, round(energy * self.metres_per_kwh * 0.9), "m", "state_of_charge"
            ),
            max_state_of_charge=reading(
                VehicleChargeMaxStateOfCharge, self.max_soc, "percent", "max_state_of_charge"
            ),
            charge_remaining_time=reading(VehicleChargeRemainingTime, remaining, "minutes", "charging_state"),
            charge_power_level=reading(
                VehicleChargePowerLevel, self.charger_kw if charging else 0.0, "kw", "charging_state"
            ),
            charge_current_limit=reading(
                VehicleChargeCurrentLimit, self.current_limit_a, "amps", "charge_current_limit"
            ),
            energy_remaining=reading(VehicleEnergyRemainingKwh, energy, "kWh", "state_of_charge"),
            min_state_of_charge=reading(
                VehicleChargeMinStateOfCharge, self.min_soc, "percent", "min_state_of_charge"
            ),
        )
