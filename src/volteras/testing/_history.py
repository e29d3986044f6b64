"""What happened to a vehicle before the simulator met it, drawn once on first use, as the API's models."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from .._generated.models import (
    AffectedComponent,
    AlertCategory,
    AlertDefinitionBase,
    AlertMetadata,
    AlertResolutionDefinition,
    AlertResolutionInstanceSchema,
    AlertResolutionStatus,
    AlertSeverity,
    AlertStatus,
    AlertStepDefinition,
    AlertStepInstance,
    AlertStepStatus,
    ChargingWindow,
    DepartureTime,
    LatLngValue,
    MakeEnum,
    MappedCode,
    OEMAlert,
    OEMAlertAction,
    OEMAlertSeverity,
    OEMAlertStatus,
    OEMAlertType,
    Option,
    ServiceStatus,
    ServiceType,
    VehicleAlertResponse,
    VehicleConfig,
    VehicleJourneyResponse,
    VehicleOptions,
    VehicleService,
    VehicleTiresFormatted,
    Weekdays,
)
from ._fleet import ChargingSession, rng_for

if TYPE_CHECKING:
    from ._fleet import VehicleRecord

_WORKDAYS = list(Weekdays)[:5]
"""Monday to Friday, as the spec's Weekdays lists them."""


class History:
    """A vehicle's past: charging sessions, journeys, alerts, maintenance, schedules."""

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
    def journeys(self) -> list[VehicleJourneyResponse]:
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
                VehicleJourneyResponse(
                    id=f"jrn_{v.id}_{n}",
                    vehicle_id=v.id,
                    distance_travelled_km=km,
                    odometer_start=round(odometer, 1),
                    odometer_end=round(odometer + km, 1),
                    energy_used_kwh=energy_used,
                    energy_start_kwh=energy_start,
                    energy_end_kwh=round(energy_start - energy_used, 2),
                    soc_used=soc_used,
                    soc_start=soc_start,
                    soc_end=round(soc_start - soc_used, 1),
                    start_timestamp=begin,
                    stop_timestamp=begin + timedelta(minutes=km * 1.5),
                    start_latitude=v.telemetry.latitude,
                    start_longitude=v.telemetry.longitude,
                    stop_latitude=round(v.telemetry.latitude + rng.uniform(-0.2, 0.2), 5),
                    stop_longitude=round(v.telemetry.longitude + rng.uniform(-0.2, 0.2), 5),
                    vin=v.vin,
                )
            )
            odometer += km + rng.uniform(0, 20)
        return rows

    def _alert(self, n: int, created: datetime) -> VehicleAlertResponse:
        v, rng = self.vehicle, self.rng
        active = n == 0
        status = AlertStatus.ACTIVE if active else AlertStatus.RESOLVED
        definition = f"ald_low_soc_{n}"
        step = AlertStepInstance(
            id=f"stp_{v.id}_{n}",
            status=AlertStepStatus.PENDING if active else AlertStepStatus.COMPLETED,
            definition=AlertStepDefinition(id="std_plug", description="Plug in.", order=0),
        )
        resolution = AlertResolutionInstanceSchema(
            id=f"res_{v.id}_{n}",
            definition=AlertResolutionDefinition(id="rsd_charge", name="Charge", description="Plug in."),
            status=AlertResolutionStatus.PENDING if active else AlertResolutionStatus.COMPLETED,
            steps=[step],
        )
        return VehicleAlertResponse(
            id=f"alr_{v.id}_{n}",
            status=status,
            alert_definition_id=definition,
            vehicle_id=v.id,
            muted=False,
            created_at=created,
            current_severity=rng.choice((AlertSeverity.LOW, AlertSeverity.MEDIUM, AlertSeverity.HIGH)),
            vin=v.vin,
            resolutions=[resolution],
            definition=AlertDefinitionBase(
                id=definition,
                name="Low state of charge",
                description="State of charge under the fleet minimum.",
                message="Battery low",
                category=AlertCategory(id="alc_battery", name="Battery", description=None),
            ),
            metadata=AlertMetadata(created_at=created, updated_at=created + timedelta(hours=2)),
            trigger_name="stateOfCharge below minimum",
            trigger_description=None,
        )

    @cached_property
    def alerts(self) -> list[VehicleAlertResponse]:
        v, rng = self.vehicle, self.rng
        return [
            self._alert(n, v.created_at - timedelta(days=rng.randint(1, 30)))
            for n in range(rng.randint(1, 3))
        ]

    @cached_property
    def manufacturer_alerts(self) -> list[OEMAlert]:
        v, rng = self.vehicle, self.rng
        part, code, action, severity = AffectedComponent, MappedCode, OEMAlertAction, OEMAlertSeverity
        choices = [
            (
                "TPMS_01",
                part.TIRES,
                code.TIRE_PRESSURE_ALERT,
                action.SERVICE_IF_ALERT_PERSISTS,
                severity.MEDIUM,
            ),
            (
                "BAT_12V",
                part.AUXILIARY_BATTERY,
                code.AUXILIARY_BATTERY_LOW_VOLTAGE,
                action.CHECK_BATTERY_CONDITION,
                severity.LOW,
            ),
            ("SRV_DUE", part.VEHICLE, code.SERVICE_DUE, action.COMPLETE_ROUTINE_MAINTENANCE, severity.LOW),
        ]
        return [
            OEMAlert(
                status=OEMAlertStatus.ACTIVE,
                timestamp=v.created_at - timedelta(hours=rng.randint(1, 72)),
                oem_code=oem_code,
                oem_message=f"{oem_code} reported by the vehicle",
                mapped_message=mapped.replace("_", " ").capitalize(),
                oem_metadata=None,
                affected_component=component,
                recommended_action=recommended,
                type_=OEMAlertType.WARNING,
                mapped_code=mapped,
                severity=level,
            )
            for oem_code, component, mapped, recommended, level in rng.sample(choices, rng.randint(0, 2))
        ]

    @cached_property
    def tires(self) -> list[VehicleTiresFormatted]:
        v, rng = self.vehicle, self.rng
        day = v.created_at.replace(hour=0, minute=0, second=0, microsecond=0)
        return [
            VehicleTiresFormatted(
                front_left=f"{rng.uniform(2.7, 3.0):.2f}",
                front_right=f"{rng.uniform(2.7, 3.0):.2f}",
                rear_left=f"{rng.uniform(2.6, 2.9):.2f}",
                rear_right=f"{rng.uniform(2.6, 2.9):.2f}",
                bucket=day - timedelta(days=n),
            )
            for n in range(60, -1, -1)
        ]

    @cached_property
    def services(self) -> list[VehicleService]:
        v, rng = self.vehicle, self.rng
        return [
            VehicleService(
                component=AffectedComponent.VEHICLE,
                type_=ServiceType.FULL_SERVICE,
                km_to_next_service=str(rng.randint(500, 20_000)),
                date_of_next_service_at=v.created_at + timedelta(days=rng.randint(30, 300)),
                date_of_last_service_at=v.created_at - timedelta(days=rng.randint(30, 300)),
                odometer_km_at_last_service=str(
                    round(v.telemetry.odometer_m / 1000) - rng.randint(500, 9000)
                ),
                status=ServiceStatus.NO_SERVICE_DUE,
            ),
            VehicleService(
                component=AffectedComponent.BRAKE_FLUID,
                type_=ServiceType.HEALTH_CHECK,
                km_to_next_service=None,
                date_of_next_service_at=v.created_at + timedelta(days=rng.randint(100, 700)),
                date_of_last_service_at=None,
                odometer_km_at_last_service=None,
                status=ServiceStatus.PENDING,
            ),
        ]

    @cached_property
    def departure_times(self) -> list[DepartureTime]:
        rng = self.rng
        return [
            DepartureTime(
                hour=rng.randint(6, 9),
                minute=rng.choice((0, 15, 30, 45)),
                days_of_week=list(_WORKDAYS),
                local_time_offset=60,
            )
        ]

    @cached_property
    def charging_windows(self) -> list[ChargingWindow]:
        t = self.vehicle.telemetry
        return [
            ChargingWindow(
                start_hour=23,
                start_minute=0,
                end_hour=6,
                end_minute=30,
                days_of_week=list(Weekdays),
                local_time_offset=60,
                window_location=LatLngValue(latitude=t.latitude, longitude=t.longitude),
            )
        ]

    @cached_property
    def state_of_health(self) -> float:
        return round(self.rng.uniform(0.86, 0.99), 3)

    def options(self) -> VehicleOptions:
        v = self.vehicle
        return VehicleOptions(
            vehicle_id=v.id,
            vehicle_config=VehicleConfig(
                exterior_color=rng_for(v.seed, f"colour:{v.id}").choice(
                    ("White", "Black", "Blue", "Grey", "Red")
                ),
                charge_port_type="CCS",
                driver_assist=None,
                efficiency_package=None,
                has_air_suspension=False,
                has_ludicrous_mode=False,
                has_seat_cooling=v.make == MakeEnum.TESLA,
                headlamp_type="LED",
                interior_trim_type=None,
                motorized_charge_port=v.make == MakeEnum.TESLA,
                rear_drive_unit=None,
                rhd=False,
                spoiler_type=None,
                wheel_type="19in",
            ),
            options=[
                Option(code=code) for code in ("HEAT_PUMP", "TOW_HITCH", "PREMIUM_AUDIO")[: 1 + v.seq % 3]
            ],
        )
