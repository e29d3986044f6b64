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

from ._wire import iso

STAMPED = (
    "odometer",
    "location",
    "elevation",
    "speed",
    "heading",
    "stateOfCharge",
    "chargingState",
    "tirePressure",
    "security",
    "maxStateOfCharge",
    "minStateOfCharge",
    "chargeCurrentLimit",
)
"""Telemetry groups that carry their own timestamp (a change updates only its own)."""


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
    charging_state: str = "CONNECTED"
    port_open: bool = False
    latch: str = "ENGAGED"
    locked: bool = True
    front_trunk: str = "CLOSED"
    rear_trunk: str = "CLOSED"
    tire_pa: tuple[float, float, float, float] = (290_000.0, 290_000.0, 280_000.0, 280_000.0)
    stamps: dict[str, datetime] = field(default_factory=dict)
    charge_started_at: datetime | None = None
    charge_start_soc: float = 0.0

    @property
    def percent_per_second(self) -> float:
        return self.charger_kw / self.capacity_kwh * 100 / 3600

    def soc_at(self, now: datetime) -> float:
        if self.charging_state != "CHARGING" or self.charge_started_at is None:
            return self.soc
        elapsed = (now - self.charge_started_at).total_seconds()
        return min(
            max(self.max_soc, self.charge_start_soc),
            self.charge_start_soc + elapsed * self.percent_per_second,
        )

    def charge_complete_at(self) -> datetime | None:
        if self.charging_state != "CHARGING" or self.charge_started_at is None:
            return None
        seconds = max(0.0, (self.max_soc - self.charge_start_soc) / self.percent_per_second)
        return self.charge_started_at + timedelta(seconds=seconds)

    def touch(self, group: str, now: datetime) -> None:
        self.stamps[group] = now

    def start_charging(self, now: datetime) -> None:
        self.soc = self.soc_at(now)
        self.charging_state = "CHARGING"
        self.charge_started_at, self.charge_start_soc = now, self.soc
        self.touch("chargingState", now)

    def stop_charging(self, now: datetime, final_state: str) -> tuple[datetime, float, float] | None:
        """End a charge; returns (started at, start soc, end soc) when one was running."""
        if self.charging_state != "CHARGING" or self.charge_started_at is None:
            return None
        started, start_soc = self.charge_started_at, self.charge_start_soc
        self.soc = self.soc_at(now)
        self.charging_state, self.charge_started_at = final_state, None
        self.touch("chargingState", now)
        self.touch("stateOfCharge", now)
        return started, start_soc, self.soc

    def to_json(self, vehicle_id: str, metadata: dict[str, Any], now: datetime) -> dict[str, Any]:
        def stamp(group: str) -> str | None:
            moment = now if group == "stateOfCharge" and self.charging_state == "CHARGING" else None
            moment = moment or self.stamps.get(group)
            return None if moment is None else iso(moment)

        def reading(value: float | None, unit: str, group: str) -> dict[str, Any]:
            return {"value": value, "unit": unit, "timestamp": stamp(group)}

        soc = round(self.soc_at(now), 2)
        charging = self.charging_state == "CHARGING"
        energy = round(soc / 100 * self.capacity_kwh, 2)
        remaining = None
        if charging:
            remaining = math.ceil(max(0.0, self.max_soc - soc) / self.percent_per_second / 60)
        front_right, front_left, rear_right, rear_left = self.tire_pa
        return {
            "id": vehicle_id,
            "odometer": reading(round(self.odometer_m, 1), "m", "odometer"),
            "location": {
                "latitude": self.latitude,
                "longitude": self.longitude,
                "timestamp": stamp("location"),
            },
            "elevation": reading(self.elevation_m, "m", "elevation"),
            "speed": reading(0.0, "m/s", "speed"),
            "heading": reading(self.heading_deg, "deg", "heading"),
            "stateOfCharge": reading(soc, "percent", "stateOfCharge"),
            "chargingState": {
                "chargingState": self.charging_state,
                "timestamp": stamp("chargingState"),
                "chargePortDoorOpen": self.port_open,
                "chargePortLatch": self.latch,
            },
            "range": reading(round(energy * self.metres_per_kwh), "m", "stateOfCharge"),
            "tirePressure": {
                "frontRightTire": front_right,
                "frontLeftTire": front_left,
                "rearRightTire": rear_right,
                "rearLeftTire": rear_left,
                "unit": "Pa",
                "timestamp": stamp("tirePressure"),
            },
            "security": {
                "locked": self.locked,
                **dict.fromkeys(
                    ("frontRightDoor", "frontLeftDoor", "rearRightDoor", "rearLeftDoor"), "CLOSED"
                ),
                **dict.fromkeys(
                    ("frontRightWindow", "frontLeftWindow", "rearLeftWindow", "rearRightWindow"), "CLOSED"
                ),
                "frontTrunk": self.front_trunk,
                "rearTrunk": self.rear_trunk,
                "sunRoof": "CLOSED",
                "timestamp": stamp("security"),
            },
            "metadata": metadata,
            "realRange": reading(round(energy * self.metres_per_kwh * 0.9), "m", "stateOfCharge"),
            "maxStateOfCharge": reading(self.max_soc, "percent", "maxStateOfCharge"),
            "chargeRemainingTime": {
                "value": remaining,
                "unit": "minutes",
                "timestamp": stamp("chargingState"),
            },
            "chargePowerLevel": reading(self.charger_kw if charging else 0.0, "kw", "chargingState"),
            "chargeCurrentLimit": reading(self.current_limit_a, "amps", "chargeCurrentLimit"),
            "energyRemaining": reading(energy, "kWh", "stateOfCharge"),
            "minStateOfCharge": reading(self.min_soc, "percent", "minStateOfCharge"),
        }
