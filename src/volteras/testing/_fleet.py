"""Vehicles of the simulated fleet: identity, connection, live state and histories.

Everything about a vehicle is drawn from one ``random.Random`` seeded by the
fleet seed and the vehicle id, so a fleet is the same on every run. The
histories (journeys, alerts, tire readings...) are only drawn when first
asked for: a 1,000-vehicle fleet costs nothing until someone reads them.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from ._telemetry import STAMPED, Telemetry
from ._wire import iso


@dataclass(frozen=True)
class Model:
    make: str
    model: str
    trims: tuple[str, ...]
    capacity_kwh: float
    wmi: str
    """World manufacturer identifier: the first three characters of the VIN."""


CATALOGUE: tuple[Model, ...] = (
    Model("TESLA", "Model 3", ("Standard Range", "Long Range"), 75.0, "5YJ"),
    Model("TESLA", "Model Y", ("Long Range", "Performance"), 75.0, "7SA"),
    Model("BMW", "i4", ("eDrive40", "M50"), 80.7, "WBA"),
    Model("VOLKSWAGEN", "ID.4", ("Pro", "GTX"), 77.0, "WVG"),
    Model("KIA", "EV6", ("GT-Line", "Air"), 77.4, "KNA"),
    Model("HYUNDAI", "IONIQ 5", ("Premium", "Ultimate"), 72.6, "KMH"),
    Model("RENAULT", "Megane E-Tech", ("Techno", "Iconic"), 60.0, "VF1"),
    Model("POLESTAR", "2", ("Long range Single motor", "Long range Dual motor"), 78.0, "LPS"),
    Model("NISSAN", "Leaf", ("Acenta", "Tekna"), 40.0, "SJN"),
    Model("VOLVO", "EX30", ("Plus", "Ultra"), 64.0, "YV1"),
)
DEFAULT_MODEL = CATALOGUE[0]
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
"""ISO 3779: every letter but I, O and Q."""
WEEKDAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


def is_valid_vin(vin: str) -> bool:
    return len(vin) == 17 and all(ch in VIN_ALPHABET for ch in vin)


def rng_for(seed: int | None, key: str) -> random.Random:
    """A generator private to `key`; any id a client sends works as a key, lone surrogates too."""
    return random.Random(zlib.crc32(f"{seed}:{key}".encode(errors="surrogatepass")))


def make_vin(rng: random.Random, wmi: str) -> str:
    return wmi + "".join(rng.choice(VIN_ALPHABET) for _ in range(14))


def model_for(make: str, name: str | None, rng: random.Random) -> Model:
    candidates = [m for m in CATALOGUE if m.make == make]
    if not candidates:
        return Model(make, name or "EV", ("Standard",), 60.0, "ZZZ")
    named = [m for m in candidates if name is not None and m.model == name]
    return named[0] if named else rng.choice(candidates)


@dataclass
class ChargingSession:
    id: str
    seq: int
    started_at: datetime
    ended_at: datetime
    start_soc: float
    end_soc: float
    capacity_kwh: float
    latitude: float
    longitude: float
    kw_median: float

    def to_json(self, vehicle_id: str) -> dict[str, Any]:
        stored = round((self.end_soc - self.start_soc) / 100 * self.capacity_kwh, 2)
        return {
            "id": self.id,
            "vehicleId": vehicle_id,
            "startedAt": iso(self.started_at),
            "endedAt": iso(self.ended_at),
            "chargeDuration": round((self.ended_at - self.started_at).total_seconds()),
            "latitude": self.latitude,
            "longitude": self.longitude,
            "kwhFromGrid": round(stored * 1.08, 2),
            "kwhInHvb": stored,
            "startStateOfCharge": round(self.start_soc, 2),
            "endStateOfCharge": round(self.end_soc, 2),
            "externalTemperature": 14.5,
            "kwMedian": self.kw_median,
        }


@dataclass
class VehicleRecord:
    """One vehicle of an organisation."""

    id: str
    seq: int
    seed: int | None
    model: Model
    trim: str
    year: int
    vin: str
    plate: str | None
    account_id: str | None
    created_at: datetime
    telemetry: Telemetry
    latency: float | None = 1.0
    outcome: str | None = None
    connection_status: str = "CONNECTED"
    is_listening: bool = True
    listening_updated: datetime | None = None
    last_seen_at: datetime | None = None
    sessions: list[ChargingSession] = field(default_factory=list)
    listening_audit: list[dict[str, Any]] = field(default_factory=list)
    window_start: datetime | None = None
    window_used: int = 0

    @classmethod
    def build(
        cls,
        vehicle_id: str,
        *,
        seq: int,
        seed: int | None,
        now: datetime,
        account_id: str | None,
        make: str | None = None,
        model: str | None = None,
        vin: str | None = None,
        year: int | None = None,
        plate: str | None = None,
    ) -> VehicleRecord:
        rng = rng_for(seed, vehicle_id)
        chosen = (
            model_for(make, model, rng)
            if make
            else (rng.choice(CATALOGUE) if seed is not None else DEFAULT_MODEL)
        )
        telemetry = Telemetry(
            capacity_kwh=chosen.capacity_kwh,
            metres_per_kwh=rng.uniform(5500, 7000),
            charger_kw=rng.choice((7.4, 11.0, 22.0)),
            odometer_m=round(rng.uniform(2_000, 90_000) * 1000, 1),
            latitude=round(rng.uniform(48.0, 53.5), 5),
            longitude=round(rng.uniform(-1.0, 13.0), 5),
            elevation_m=round(rng.uniform(0, 400), 1),
            heading_deg=round(rng.uniform(0, 359), 1),
            soc=round(rng.uniform(25, 70), 1),
        )
        for group in STAMPED:
            telemetry.touch(group, now - timedelta(seconds=rng.randint(30, 900)))
        vehicle = cls(
            id=vehicle_id,
            seq=seq,
            seed=seed,
            model=chosen,
            trim=rng.choice(chosen.trims),
            year=year if year is not None else rng.randint(2020, 2024),
            vin=vin or make_vin(rng, chosen.wmi),
            plate=plate
            if plate is not None
            else f"{rng.choice('ABCDEFGHKLMNPRSTVWY')}{rng.randint(10, 99)} "
            f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}",
            account_id=account_id,
            created_at=now,
            telemetry=telemetry,
            last_seen_at=now - timedelta(seconds=rng.randint(30, 900)),
        )
        vehicle.sessions.extend(vehicle.history.past_sessions)
        return vehicle

    @property
    def make(self) -> str:
        return self.model.make

    @cached_property
    def history(self) -> History:
        return History(self, rng_for(self.seed, f"history:{self.id}"))

    def metadata(self) -> dict[str, Any]:
        return {
            "lastSeenAt": None if self.last_seen_at is None else iso(self.last_seen_at),
            "consentId": None if self.account_id is None else f"cns_{self.account_id.removeprefix('acc_')}",
            "accountId": self.account_id,
            "registrationDate": date(self.year, 3, 1).isoformat(),
        }

    def to_json(self, *, informed: bool = True) -> dict[str, Any]:
        connected = self.connection_status == "CONNECTED"
        identity = {"vin": self.vin, "registrationPlate": self.plate} if informed else {}
        return {
            "make": self.make,
            "model": self.model.model,
            "trim": self.trim,
            "modelYear": str(self.year),
            **identity,
            "isRegNoValidated": self.plate is not None,
            "regNoValidatedAt": None if self.plate is None else iso(self.created_at),
            "id": self.id,
            "metadata": self.metadata(),
            "isListening": self.is_listening,
            "listeningLastUpdated": None if self.listening_updated is None else iso(self.listening_updated),
            "connectionStatus": self.connection_status,
            "connectionErrorCode": None if connected else "OEM_VEHICLE_OFFLINE",
            "connectionErrorMessage": None if connected else "The vehicle has not answered lately.",
            "actionCategory": None,
        }


class History:
    """What happened to a vehicle before the simulator met it, drawn once on first use."""

    def __init__(self, vehicle: VehicleRecord, rng: random.Random) -> None:
        self.vehicle = vehicle
        self.rng = rng
        start = vehicle.created_at
        t = vehicle.telemetry
        self.past_sessions = [
            ChargingSession(
                id=f"chs_{vehicle.id}_{n}",
                seq=n,
                started_at=start - timedelta(days=2 * (4 - n), hours=rng.randint(1, 8)),
                ended_at=start - timedelta(days=2 * (4 - n)),
                start_soc=round(rng.uniform(15, 40), 1),
                end_soc=80.0,
                capacity_kwh=t.capacity_kwh,
                latitude=t.latitude,
                longitude=t.longitude,
                kw_median=t.charger_kw,
            )
            for n in range(4)
        ]

    @cached_property
    def journeys(self) -> list[dict[str, Any]]:
        v, rng, rows = self.vehicle, self.rng, []
        odometer = v.telemetry.odometer_m / 1000 - 400
        for n in range(12):
            begin = v.created_at - timedelta(days=12 - n, hours=rng.randint(0, 10))
            km = round(rng.uniform(3, 60), 1)
            soc_start = round(rng.uniform(40, 90), 1)
            soc_used = round(km / (v.telemetry.metres_per_kwh / 1000) / v.telemetry.capacity_kwh * 100, 1)
            energy_start = round(soc_start / 100 * v.telemetry.capacity_kwh, 2)
            energy_used = round(soc_used / 100 * v.telemetry.capacity_kwh, 2)
            rows.append(
                {
                    "id": f"jrn_{v.id}_{n}",
                    "vehicleId": v.id,
                    "distanceTravelledKm": km,
                    "odometerStart": round(odometer, 1),
                    "odometerEnd": round(odometer + km, 1),
                    "energyUsedKwh": energy_used,
                    "energyStartKwh": energy_start,
                    "energyEndKwh": round(energy_start - energy_used, 2),
                    "socUsed": soc_used,
                    "socStart": soc_start,
                    "socEnd": round(soc_start - soc_used, 1),
                    "startTimestamp": iso(begin),
                    "stopTimestamp": iso(begin + timedelta(minutes=km * 1.5)),
                    "startLatitude": v.telemetry.latitude,
                    "startLongitude": v.telemetry.longitude,
                    "stopLatitude": round(v.telemetry.latitude + rng.uniform(-0.2, 0.2), 5),
                    "stopLongitude": round(v.telemetry.longitude + rng.uniform(-0.2, 0.2), 5),
                    "vin": v.vin,
                }
            )
            odometer += km + rng.uniform(0, 20)
        return rows

    @cached_property
    def alerts(self) -> list[dict[str, Any]]:
        v, rng = self.vehicle, self.rng
        rows = []
        for n in range(rng.randint(1, 3)):
            created = v.created_at - timedelta(days=rng.randint(1, 30))
            status = "ACTIVE" if n == 0 else "RESOLVED"
            definition = f"ald_low_soc_{n}"
            rows.append(
                {
                    "id": f"alr_{v.id}_{n}",
                    "status": status,
                    "alertDefinitionId": definition,
                    "vehicleId": v.id,
                    "muted": False,
                    "createdAt": iso(created),
                    "currentSeverity": rng.choice(("LOW", "MEDIUM", "HIGH")),
                    "vin": v.vin,
                    "resolutions": [
                        {
                            "id": f"res_{v.id}_{n}",
                            "definition": {"id": "rsd_charge", "name": "Charge", "description": "Plug in."},
                            "status": "COMPLETED" if status == "RESOLVED" else "PENDING",
                            "steps": [
                                {
                                    "id": f"stp_{v.id}_{n}",
                                    "status": "COMPLETED" if status == "RESOLVED" else "PENDING",
                                    "definition": {"id": "std_plug", "description": "Plug in.", "order": 0},
                                }
                            ],
                        }
                    ],
                    "definition": {
                        "id": definition,
                        "name": "Low state of charge",
                        "description": "State of charge under the fleet minimum.",
                        "message": "Battery low",
                        "category": {"id": "alc_battery", "name": "Battery", "description": None},
                    },
                    "metadata": {"createdAt": iso(created), "updatedAt": iso(created + timedelta(hours=2))},
                    "triggerName": "stateOfCharge below minimum",
                    "triggerDescription": None,
                }
            )
        return rows

    @cached_property
    def manufacturer_alerts(self) -> list[dict[str, Any]]:
        v, rng = self.vehicle, self.rng
        choices = [
            ("TPMS_01", "TIRES", "TIRE_PRESSURE_ALERT", "SERVICE_IF_ALERT_PERSISTS", "MEDIUM"),
            (
                "BAT_12V",
                "AUXILIARY_BATTERY",
                "AUXILIARY_BATTERY_LOW_VOLTAGE",
                "CHECK_BATTERY_CONDITION",
                "LOW",
            ),
            ("SRV_DUE", "VEHICLE", "SERVICE_DUE", "COMPLETE_ROUTINE_MAINTENANCE", "LOW"),
        ]
        return [
            {
                "status": "ACTIVE",
                "timestamp": iso(v.created_at - timedelta(hours=rng.randint(1, 72))),
                "oemCode": code,
                "oemMessage": f"{code} reported by the vehicle",
                "mappedMessage": mapped.replace("_", " ").capitalize(),
                "oemMetadata": None,
                "affectedComponent": component,
                "recommendedAction": action,
                "type": "WARNING",
                "mappedCode": mapped,
                "severity": severity,
            }
            for code, component, mapped, action, severity in rng.sample(choices, rng.randint(0, 2))
        ]

    @cached_property
    def tires(self) -> list[dict[str, Any]]:
        v, rng = self.vehicle, self.rng
        day = v.created_at.replace(hour=0, minute=0, second=0, microsecond=0)
        return [
            {
                "frontLeft": f"{rng.uniform(2.7, 3.0):.2f}",
                "frontRight": f"{rng.uniform(2.7, 3.0):.2f}",
                "rearLeft": f"{rng.uniform(2.6, 2.9):.2f}",
                "rearRight": f"{rng.uniform(2.6, 2.9):.2f}",
                "bucket": iso(day - timedelta(days=n)),
            }
            for n in range(60, -1, -1)
        ]

    @cached_property
    def services(self) -> list[dict[str, Any]]:
        v, rng = self.vehicle, self.rng
        return [
            {
                "component": "VEHICLE",
                "type": "FULL_SERVICE",
                "kmToNextService": str(rng.randint(500, 20_000)),
                "dateOfNextServiceAt": iso(v.created_at + timedelta(days=rng.randint(30, 300))),
                "dateOfLastServiceAt": iso(v.created_at - timedelta(days=rng.randint(30, 300))),
                "odometerKmAtLastService": str(round(v.telemetry.odometer_m / 1000) - rng.randint(500, 9000)),
                "status": "NO_SERVICE_DUE",
            },
            {
                "component": "BRAKE_FLUID",
                "type": "HEALTH_CHECK",
                "kmToNextService": None,
                "dateOfNextServiceAt": iso(v.created_at + timedelta(days=rng.randint(100, 700))),
                "dateOfLastServiceAt": None,
                "odometerKmAtLastService": None,
                "status": "PENDING",
            },
        ]

    @cached_property
    def departure_times(self) -> list[dict[str, Any]]:
        rng = self.rng
        return [
            {
                "hour": rng.randint(6, 9),
                "minute": rng.choice((0, 15, 30, 45)),
                "daysOfWeek": list(WEEKDAYS[:5]),
                "localTimeOffset": 60,
            }
        ]

    @cached_property
    def charging_windows(self) -> list[dict[str, Any]]:
        t = self.vehicle.telemetry
        return [
            {
                "startHour": 23,
                "startMinute": 0,
                "endHour": 6,
                "endMinute": 30,
                "daysOfWeek": list(WEEKDAYS),
                "localTimeOffset": 60,
                "windowLocation": {"latitude": t.latitude, "longitude": t.longitude},
            }
        ]

    @cached_property
    def state_of_health(self) -> float:
        return round(self.rng.uniform(0.86, 0.99), 3)

    def options(self) -> dict[str, Any]:
        v = self.vehicle
        return {
            "vehicleId": v.id,
            "vehicleConfig": {
                "exteriorColor": rng_for(v.seed, f"colour:{v.id}").choice(
                    ("White", "Black", "Blue", "Grey", "Red")
                ),
                "chargePortType": "CCS",
                "driverAssist": None,
                "efficiencyPackage": None,
                "hasAirSuspension": False,
                "hasLudicrousMode": False,
                "hasSeatCooling": v.make == "TESLA",
                "headlampType": "LED",
                "interiorTrimType": None,
                "motorizedChargePort": v.make == "TESLA",
                "rearDriveUnit": None,
                "rhd": False,
                "spoilerType": None,
                "wheelType": "19in",
            },
            "options": [
                {"code": code} for code in ("HEAT_PUMP", "TOW_HITCH", "PREMIUM_AUDIO")[: 1 + v.seq % 3]
            ],
        }
