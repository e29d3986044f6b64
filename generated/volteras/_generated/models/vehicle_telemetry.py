# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError, WireField, as_object

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "odometer",
        "location",
        "elevation",
        "speed",
        "heading",
        "stateOfCharge",
        "chargingState",
        "range",
        "tirePressure",
        "security",
        "metadata",
        "realRange",
        "maxStateOfCharge",
        "chargeRemainingTime",
        "chargePowerLevel",
        "chargeCurrentLimit",
        "energyRemaining",
        "minStateOfCharge",
    }
)

T = TypeVar("T", bound="VehicleTelemetry")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["odometer"] = (
            self.odometer.to_dict() if isinstance(self.odometer, VehicleOdometer) else self.odometer
        )
        field_dict["location"] = (
            self.location.to_dict() if isinstance(self.location, VehicleTelemetryLocation) else self.location
        )
        field_dict["elevation"] = (
            self.elevation.to_dict() if isinstance(self.elevation, VehicleElevation) else self.elevation
        )
        field_dict["speed"] = self.speed.to_dict() if isinstance(self.speed, VehicleSpeed) else self.speed
        field_dict["heading"] = (
            self.heading.to_dict() if isinstance(self.heading, VehicleHeading) else self.heading
        )
        field_dict["stateOfCharge"] = (
            self.state_of_charge.to_dict()
            if isinstance(self.state_of_charge, VehicleStateOfCharge)
            else self.state_of_charge
        )
        field_dict["chargingState"] = (
            self.charging_state.to_dict()
            if isinstance(self.charging_state, VehicleChargingState)
            else self.charging_state
        )
        field_dict["range"] = (
            self.range_.to_dict() if isinstance(self.range_, TelemetryRange) else self.range_
        )
        field_dict["tirePressure"] = (
            self.tire_pressure.to_dict()
            if isinstance(self.tire_pressure, VehicleTirePressure)
            else self.tire_pressure
        )
        field_dict["security"] = (
            self.security.to_dict() if isinstance(self.security, VehicleSecurity) else self.security
        )
        field_dict["metadata"] = (
            self.metadata.to_dict() if isinstance(self.metadata, VehicleMetaData) else self.metadata
        )
        field_dict["realRange"] = (
            self.real_range.to_dict() if isinstance(self.real_range, VehicleRealRange) else self.real_range
        )
        field_dict["maxStateOfCharge"] = (
            self.max_state_of_charge.to_dict()
            if isinstance(self.max_state_of_charge, VehicleChargeMaxStateOfCharge)
            else self.max_state_of_charge
        )
        field_dict["chargeRemainingTime"] = (
            self.charge_remaining_time.to_dict()
            if isinstance(self.charge_remaining_time, VehicleChargeRemainingTime)
            else self.charge_remaining_time
        )
        field_dict["chargePowerLevel"] = (
            self.charge_power_level.to_dict()
            if isinstance(self.charge_power_level, VehicleChargePowerLevel)
            else self.charge_power_level
        )
        field_dict["chargeCurrentLimit"] = (
            self.charge_current_limit.to_dict()
            if isinstance(self.charge_current_limit, VehicleChargeCurrentLimit)
            else self.charge_current_limit
        )
        field_dict["energyRemaining"] = (
            self.energy_remaining.to_dict()
            if isinstance(self.energy_remaining, VehicleEnergyRemainingKwh)
            else self.energy_remaining
        )
        field_dict["minStateOfCharge"] = (
            self.min_state_of_charge.to_dict()
            if isinstance(self.min_state_of_charge, VehicleChargeMinStateOfCharge)
            else self.min_state_of_charge
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        id = _d["id"]
        if id.__class__ is not str and not isinstance(id, str):
            raise FieldError.of("id", id)

        odometer = _d["odometer"]
        try:
            odometer = _VehicleOdometer_from_dict(odometer)
        except FieldError as _error:
            raise _error.within("odometer") from None

        location = _d["location"]
        try:
            location = _VehicleTelemetryLocation_from_dict(location)
        except FieldError as _error:
            raise _error.within("location") from None

        elevation = _d["elevation"]
        try:
            elevation = _VehicleElevation_from_dict(elevation)
        except FieldError as _error:
            raise _error.within("elevation") from None

        speed = _d["speed"]
        try:
            speed = _VehicleSpeed_from_dict(speed)
        except FieldError as _error:
            raise _error.within("speed") from None

        heading = _d["heading"]
        try:
            heading = _VehicleHeading_from_dict(heading)
        except FieldError as _error:
            raise _error.within("heading") from None

        state_of_charge = _d["stateOfCharge"]
        try:
            state_of_charge = _VehicleStateOfCharge_from_dict(state_of_charge)
        except FieldError as _error:
            raise _error.within("state_of_charge") from None

        charging_state = _d["chargingState"]
        try:
            charging_state = _VehicleChargingState_from_dict(charging_state)
        except FieldError as _error:
            raise _error.within("charging_state") from None

        range_ = _d["range"]
        try:
            range_ = _TelemetryRange_from_dict(range_)
        except FieldError as _error:
            raise _error.within("range_") from None

        tire_pressure = _d["tirePressure"]
        try:
            tire_pressure = _VehicleTirePressure_from_dict(tire_pressure)
        except FieldError as _error:
            raise _error.within("tire_pressure") from None

        security = _d["security"]
        try:
            security = _VehicleSecurity_from_dict(security)
        except FieldError as _error:
            raise _error.within("security") from None

        metadata = _d["metadata"]
        try:
            metadata = _VehicleMetaData_from_dict(metadata)
        except FieldError as _error:
            raise _error.within("metadata") from None

        real_range = _d["realRange"]
        try:
            real_range = _VehicleRealRange_from_dict(real_range)
        except FieldError as _error:
            raise _error.within("real_range") from None

        max_state_of_charge = _d["maxStateOfCharge"]
        try:
            max_state_of_charge = _VehicleChargeMaxStateOfCharge_from_dict(max_state_of_charge)
        except FieldError as _error:
            raise _error.within("max_state_of_charge") from None

        charge_remaining_time = _d["chargeRemainingTime"]
        try:
            charge_remaining_time = _VehicleChargeRemainingTime_from_dict(charge_remaining_time)
        except FieldError as _error:
            raise _error.within("charge_remaining_time") from None

        charge_power_level = _d["chargePowerLevel"]
        try:
            charge_power_level = _VehicleChargePowerLevel_from_dict(charge_power_level)
        except FieldError as _error:
            raise _error.within("charge_power_level") from None

        charge_current_limit = _d["chargeCurrentLimit"]
        try:
            charge_current_limit = _VehicleChargeCurrentLimit_from_dict(charge_current_limit)
        except FieldError as _error:
            raise _error.within("charge_current_limit") from None

        energy_remaining = _d["energyRemaining"]
        try:
            energy_remaining = _VehicleEnergyRemainingKwh_from_dict(energy_remaining)
        except FieldError as _error:
            raise _error.within("energy_remaining") from None

        min_state_of_charge = _d["minStateOfCharge"]
        try:
            min_state_of_charge = _VehicleChargeMinStateOfCharge_from_dict(min_state_of_charge)
        except FieldError as _error:
            raise _error.within("min_state_of_charge") from None

        _extra = {} if len(_d) == 19 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleTelemetry:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.id = id
            _self.odometer = odometer
            _self.location = location
            _self.elevation = elevation
            _self.speed = speed
            _self.heading = heading
            _self.state_of_charge = state_of_charge
            _self.charging_state = charging_state
            _self.range_ = range_
            _self.tire_pressure = tire_pressure
            _self.security = security
            _self.metadata = metadata
            _self.real_range = real_range
            _self.max_state_of_charge = max_state_of_charge
            _self.charge_remaining_time = charge_remaining_time
            _self.charge_power_level = charge_power_level
            _self.charge_current_limit = charge_current_limit
            _self.energy_remaining = energy_remaining
            _self.min_state_of_charge = min_state_of_charge
        else:  # a subclass's own __init__ runs
            _self = cls(
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
        _self.additional_properties = _extra
        return _self

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


# After the class, so models that hold each other load in either order.
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

_TelemetryRange_from_dict = TelemetryRange.from_dict
_VehicleChargeCurrentLimit_from_dict = VehicleChargeCurrentLimit.from_dict
_VehicleChargeMaxStateOfCharge_from_dict = VehicleChargeMaxStateOfCharge.from_dict
_VehicleChargeMinStateOfCharge_from_dict = VehicleChargeMinStateOfCharge.from_dict
_VehicleChargePowerLevel_from_dict = VehicleChargePowerLevel.from_dict
_VehicleChargeRemainingTime_from_dict = VehicleChargeRemainingTime.from_dict
_VehicleChargingState_from_dict = VehicleChargingState.from_dict
_VehicleElevation_from_dict = VehicleElevation.from_dict
_VehicleEnergyRemainingKwh_from_dict = VehicleEnergyRemainingKwh.from_dict
_VehicleHeading_from_dict = VehicleHeading.from_dict
_VehicleMetaData_from_dict = VehicleMetaData.from_dict
_VehicleOdometer_from_dict = VehicleOdometer.from_dict
_VehicleRealRange_from_dict = VehicleRealRange.from_dict
_VehicleSecurity_from_dict = VehicleSecurity.from_dict
_VehicleSpeed_from_dict = VehicleSpeed.from_dict
_VehicleStateOfCharge_from_dict = VehicleStateOfCharge.from_dict
_VehicleTelemetryLocation_from_dict = VehicleTelemetryLocation.from_dict
_VehicleTirePressure_from_dict = VehicleTirePressure.from_dict
VehicleTelemetry._wire_fields = {
    "id": WireField("id", "plain"),
    "odometer": WireField("odometer", "model", VehicleOdometer),
    "location": WireField("location", "model", VehicleTelemetryLocation),
    "elevation": WireField("elevation", "model", VehicleElevation),
    "speed": WireField("speed", "model", VehicleSpeed),
    "heading": WireField("heading", "model", VehicleHeading),
    "stateOfCharge": WireField("state_of_charge", "model", VehicleStateOfCharge),
    "chargingState": WireField("charging_state", "model", VehicleChargingState),
    "range": WireField("range_", "model", TelemetryRange),
    "tirePressure": WireField("tire_pressure", "model", VehicleTirePressure),
    "security": WireField("security", "model", VehicleSecurity),
    "metadata": WireField("metadata", "model", VehicleMetaData),
    "realRange": WireField("real_range", "model", VehicleRealRange),
    "maxStateOfCharge": WireField("max_state_of_charge", "model", VehicleChargeMaxStateOfCharge),
    "chargeRemainingTime": WireField("charge_remaining_time", "model", VehicleChargeRemainingTime),
    "chargePowerLevel": WireField("charge_power_level", "model", VehicleChargePowerLevel),
    "chargeCurrentLimit": WireField("charge_current_limit", "model", VehicleChargeCurrentLimit),
    "energyRemaining": WireField("energy_remaining", "model", VehicleEnergyRemainingKwh),
    "minStateOfCharge": WireField("min_state_of_charge", "model", VehicleChargeMinStateOfCharge),
}
