# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.telemetry_range import TelemetryRange
    from ..models.vehicle_charge_current_limit import VehicleChargeCurrentLimit
    from ..models.vehicle_charge_max_state_of_charge import VehicleChargeMaxStateOfCharge
    from ..models.vehicle_charge_min_state_of_charge import VehicleChargeMinStateOfCharge
    from ..models.vehicle_charge_power_level import VehicleChargePowerLevel
    from ..models.vehicle_charge_remaining_time import VehicleChargeRemainingTime
    from ..models.vehicle_charging_state import VehicleChargingState
    from ..models.vehicle_elevation import VehicleElevation
    from ..models.vehicle_energy_remaining_kwh import VehicleEnergyRemainingKwh
    from ..models.vehicle_heading import VehicleHeading
    from ..models.vehicle_meta_data import VehicleMetaData
    from ..models.vehicle_odometer import VehicleOdometer
    from ..models.vehicle_real_range import VehicleRealRange
    from ..models.vehicle_security import VehicleSecurity
    from ..models.vehicle_speed import VehicleSpeed
    from ..models.vehicle_state_of_charge import VehicleStateOfCharge
    from ..models.vehicle_telemetry_location import VehicleTelemetryLocation
    from ..models.vehicle_tire_pressure import VehicleTirePressure


T = TypeVar("T", bound="VehicleTelemetry")


@_attrs_define
class VehicleTelemetry:
    """
    Attributes:
        id (str):
        odometer (VehicleOdometer):
        location (VehicleTelemetryLocation):
        elevation (VehicleElevation):
        speed (VehicleSpeed):
        heading (VehicleHeading):
        state_of_charge (VehicleStateOfCharge):
        charging_state (VehicleChargingState):
        range_ (TelemetryRange):
        tire_pressure (VehicleTirePressure):
        security (VehicleSecurity):
        metadata (VehicleMetaData):
        real_range (VehicleRealRange):
        max_state_of_charge (VehicleChargeMaxStateOfCharge):
        charge_remaining_time (VehicleChargeRemainingTime):
        charge_power_level (VehicleChargePowerLevel):
        charge_current_limit (VehicleChargeCurrentLimit):
        energy_remaining (VehicleEnergyRemainingKwh):
        min_state_of_charge (VehicleChargeMinStateOfCharge):
    """

    id: str
    odometer: VehicleOdometer
    location: VehicleTelemetryLocation
    elevation: VehicleElevation
    speed: VehicleSpeed
    heading: VehicleHeading
    state_of_charge: VehicleStateOfCharge
    charging_state: VehicleChargingState
    range_: TelemetryRange
    tire_pressure: VehicleTirePressure
    security: VehicleSecurity
    metadata: VehicleMetaData
    real_range: VehicleRealRange
    max_state_of_charge: VehicleChargeMaxStateOfCharge
    charge_remaining_time: VehicleChargeRemainingTime
    charge_power_level: VehicleChargePowerLevel
    charge_current_limit: VehicleChargeCurrentLimit
    energy_remaining: VehicleEnergyRemainingKwh
    min_state_of_charge: VehicleChargeMinStateOfCharge
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        odometer = self.odometer.to_dict()

        location = self.location.to_dict()

        elevation = self.elevation.to_dict()

        speed = self.speed.to_dict()

        heading = self.heading.to_dict()

        state_of_charge = self.state_of_charge.to_dict()

        charging_state = self.charging_state.to_dict()

        range_ = self.range_.to_dict()

        tire_pressure = self.tire_pressure.to_dict()

        security = self.security.to_dict()

        metadata = self.metadata.to_dict()

        real_range = self.real_range.to_dict()

        max_state_of_charge = self.max_state_of_charge.to_dict()

        charge_remaining_time = self.charge_remaining_time.to_dict()

        charge_power_level = self.charge_power_level.to_dict()

        charge_current_limit = self.charge_current_limit.to_dict()

        energy_remaining = self.energy_remaining.to_dict()

        min_state_of_charge = self.min_state_of_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "odometer": odometer,
                "location": location,
                "elevation": elevation,
                "speed": speed,
                "heading": heading,
                "stateOfCharge": state_of_charge,
                "chargingState": charging_state,
                "range": range_,
                "tirePressure": tire_pressure,
                "security": security,
                "metadata": metadata,
                "realRange": real_range,
                "maxStateOfCharge": max_state_of_charge,
                "chargeRemainingTime": charge_remaining_time,
                "chargePowerLevel": charge_power_level,
                "chargeCurrentLimit": charge_current_limit,
                "energyRemaining": energy_remaining,
                "minStateOfCharge": min_state_of_charge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        odometer = VehicleOdometer.from_dict(d.pop("odometer"))

        location = VehicleTelemetryLocation.from_dict(d.pop("location"))

        elevation = VehicleElevation.from_dict(d.pop("elevation"))

        speed = VehicleSpeed.from_dict(d.pop("speed"))

        heading = VehicleHeading.from_dict(d.pop("heading"))

        state_of_charge = VehicleStateOfCharge.from_dict(d.pop("stateOfCharge"))

        charging_state = VehicleChargingState.from_dict(d.pop("chargingState"))

        range_ = TelemetryRange.from_dict(d.pop("range"))

        tire_pressure = VehicleTirePressure.from_dict(d.pop("tirePressure"))

        security = VehicleSecurity.from_dict(d.pop("security"))

        metadata = VehicleMetaData.from_dict(d.pop("metadata"))

        real_range = VehicleRealRange.from_dict(d.pop("realRange"))

        max_state_of_charge = VehicleChargeMaxStateOfCharge.from_dict(d.pop("maxStateOfCharge"))

        charge_remaining_time = VehicleChargeRemainingTime.from_dict(d.pop("chargeRemainingTime"))

        charge_power_level = VehicleChargePowerLevel.from_dict(d.pop("chargePowerLevel"))

        charge_current_limit = VehicleChargeCurrentLimit.from_dict(d.pop("chargeCurrentLimit"))

        energy_remaining = VehicleEnergyRemainingKwh.from_dict(d.pop("energyRemaining"))

        min_state_of_charge = VehicleChargeMinStateOfCharge.from_dict(d.pop("minStateOfCharge"))

        vehicle_telemetry = cls(
            id=id,
            odometer=odometer,
            location=location,
            elevation=elevation,
            speed=speed,
            heading=heading,
            state_of_charge=state_of_charge,
            charging_state=charging_state,
            range_=range_,
            tire_pressure=tire_pressure,
            security=security,
            metadata=metadata,
            real_range=real_range,
            max_state_of_charge=max_state_of_charge,
            charge_remaining_time=charge_remaining_time,
            charge_power_level=charge_power_level,
            charge_current_limit=charge_current_limit,
            energy_remaining=energy_remaining,
            min_state_of_charge=min_state_of_charge,
        )

        vehicle_telemetry.additional_properties = d
        return vehicle_telemetry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class, so models that refer to each other load in either order.
from ..models.telemetry_range import TelemetryRange  # noqa: E402
from ..models.vehicle_charge_current_limit import VehicleChargeCurrentLimit  # noqa: E402
from ..models.vehicle_charge_max_state_of_charge import VehicleChargeMaxStateOfCharge  # noqa: E402
from ..models.vehicle_charge_min_state_of_charge import VehicleChargeMinStateOfCharge  # noqa: E402
from ..models.vehicle_charge_power_level import VehicleChargePowerLevel  # noqa: E402
from ..models.vehicle_charge_remaining_time import VehicleChargeRemainingTime  # noqa: E402
from ..models.vehicle_charging_state import VehicleChargingState  # noqa: E402
from ..models.vehicle_elevation import VehicleElevation  # noqa: E402
from ..models.vehicle_energy_remaining_kwh import VehicleEnergyRemainingKwh  # noqa: E402
from ..models.vehicle_heading import VehicleHeading  # noqa: E402
from ..models.vehicle_meta_data import VehicleMetaData  # noqa: E402
from ..models.vehicle_odometer import VehicleOdometer  # noqa: E402
from ..models.vehicle_real_range import VehicleRealRange  # noqa: E402
from ..models.vehicle_security import VehicleSecurity  # noqa: E402
from ..models.vehicle_speed import VehicleSpeed  # noqa: E402
from ..models.vehicle_state_of_charge import VehicleStateOfCharge  # noqa: E402
from ..models.vehicle_telemetry_location import VehicleTelemetryLocation  # noqa: E402
from ..models.vehicle_tire_pressure import VehicleTirePressure  # noqa: E402
