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
from typing import TYPE_CHECKING

from .._generated.models import (
    APIVehicleUploadStatus,
    ConnectionErrorCode,
    FailedReason,
    MakeEnum,
    Vehicle,
    VehicleChargingSession,
    VehicleListeningAuditEntry,
    VehicleMetaData,
)
from ._telemetry import STAMPED, Telemetry

if TYPE_CHECKING:
    from ._history import History
    from ._state import State


@dataclass(frozen=True)
class Model:
    make: str
    model: str
    trims: tuple[str, ...]
    capacity_kwh: float
    wmi: str
    """World manufacturer identifier: the first three characters of the VIN."""


CATALOGUE: tuple[Model, ...] = (
    Model(MakeEnum.TESLA, "Model 3", ("Standard Range", "Long Range"), 75.0, "5YJ"),
    Model(MakeEnum.TESLA, "Model Y", ("Long Range", "Performance"), 75.0, "7SA"),
    Model(MakeEnum.BMW, "i4", ("eDrive40", "M50"), 80.7, "WBA"),
    Model(MakeEnum.VOLKSWAGEN, "ID.4", ("Pro", "GTX"), 77.0, "WVG"),
    Model(MakeEnum.KIA, "EV6", ("GT-Line", "Air"), 77.4, "KNA"),
    Model(MakeEnum.HYUNDAI, "IONIQ 5", ("Premium", "Ultimate"), 72.6, "KMH"),
    Model(MakeEnum.RENAULT, "Megane E-Tech", ("Techno", "Iconic"), 60.0, "VF1"),
    Model(MakeEnum.POLESTAR, "2", ("Long range Single motor", "Long range Dual motor"), 78.0, "LPS"),
    Model(MakeEnum.NISSAN, "Leaf", ("Acenta", "Tekna"), 40.0, "SJN"),
    Model(MakeEnum.VOLVO, "EX30", ("Plus", "Ultra"), 64.0, "YV1"),
)
DEFAULT_MODEL = CATALOGUE[0]
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
"""ISO 3779: every letter but I, O and Q."""


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

    def to_model(self, vehicle_id: str) -> VehicleChargingSession:
        stored = round((self.end_soc - self.start_soc) / 100 * self.capacity_kwh, 2)
        return VehicleChargingSession(
            id=self.id,
            vehicle_id=vehicle_id,
            started_at=self.started_at,
            ended_at=self.ended_at,
            charge_duration=round((self.ended_at - self.started_at).total_seconds()),
            latitude=self.latitude,
            longitude=self.longitude,
            kwh_from_grid=round(stored * 1.08, 2),
            kwh_in_hvb=stored,
            start_state_of_charge=round(self.start_soc, 2),
            end_state_of_charge=round(self.end_soc, 2),
            external_temperature=14.5,
            kw_median=self.kw_median,
        )


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
    connection_status: str = APIVehicleUploadStatus.CONNECTED
    is_listening: bool = True
    listening_updated: datetime | None = None
    last_seen_at: datetime | None = None
    sessions: list[ChargingSession] = field(default_factory=list)
    listening_audit: list[VehicleListeningAuditEntry] = field(default_factory=list)
    window_start: datetime | None = None
    window_used: int = 0
    command_budget: int | None = None
    """Commands per window for this vehicle (`Simulator.set_command_budget`); None: the simulator's."""

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
        from ._history import History

        return History(self, rng_for(self.seed, f"history:{self.id}"))

    def metadata(self) -> VehicleMetaData:
        return VehicleMetaData(
            last_seen_at=self.last_seen_at,
            consent_id=None if self.account_id is None else f"cns_{self.account_id.removeprefix('acc_')}",
            account_id=self.account_id,
            registration_date=date(self.year, 3, 1),
        )

    def to_model(self, *, informed: bool = True) -> Vehicle:
        """The vehicle as the API shows it; without ``informed`` (the owner's vehicle:information
        consent), its VIN and registration plate are left out."""
        connected = self.connection_status == APIVehicleUploadStatus.CONNECTED
        return Vehicle(
            make=self.make,
            model=self.model.model,
            trim=self.trim,
            model_year=str(self.year),
            vin=self.vin if informed else None,
            registration_plate=self.plate if informed else None,
            is_reg_no_validated=self.plate is not None,
            reg_no_validated_at=None if self.plate is None else self.created_at,
            id=self.id,
            metadata=self.metadata(),
            is_listening=self.is_listening,
            listening_last_updated=self.listening_updated,
            connection_status=self.connection_status,
            connection_error_code=None if connected else ConnectionErrorCode.OEM_VEHICLE_OFFLINE,
            connection_error_message=None if connected else "The vehicle has not answered lately.",
            action_category=None,
        )


def build_fleet(state: State, seed: int, size: int) -> None:
    """A varied fleet over several makes and accounts, drawn from `seed`: the same on every run."""
    org = state.org()
    rng = rng_for(seed, "fleet")
    accounts = [
        state.add_account(org, f"fleet{n + 1}@example.com", f"acc_{seed}_{n + 1}")
        for n in range(max(1, min(8, size // 8)))
    ]
    for n in range(size):
        vehicle_id = f"veh_{seed}_{n + 1:04d}"
        model = rng.choice(CATALOGUE)
        outcome = FailedReason.OEM_VEHICLE_OFFLINE.value if rng.random() < 0.05 else None
        state.add_vehicle(
            org,
            vehicle_id,
            make=model.make,
            model=model.model,
            account_id=rng.choice(accounts).id,
            latency=round(rng.uniform(0.5, 3.0), 2),
            outcome=outcome,
        )
        org.tags[vehicle_id] = [
            ("depot", rng.choice(("north", "south", "east", "west"))),
            ("fleet", "main"),
        ]
