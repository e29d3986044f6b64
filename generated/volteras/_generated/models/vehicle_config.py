# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset, WireField, as_object

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "exteriorColor",
        "chargePortType",
        "driverAssist",
        "efficiencyPackage",
        "hasAirSuspension",
        "hasLudicrousMode",
        "hasSeatCooling",
        "headlampType",
        "interiorTrimType",
        "motorizedChargePort",
        "rearDriveUnit",
        "rhd",
        "spoilerType",
        "wheelType",
    }
)

T = TypeVar("T", bound="VehicleConfig")


@_attrs_define(kw_only=True)
class VehicleConfig:
    """

    Attributes:
        exterior_color (None | str | Unset):
        charge_port_type (None | str | Unset):
        driver_assist (None | str | Unset):
        efficiency_package (None | str | Unset):
        has_air_suspension (bool | None | Unset):
        has_ludicrous_mode (bool | None | Unset):
        has_seat_cooling (bool | None | Unset):
        headlamp_type (None | str | Unset):
        interior_trim_type (None | str | Unset):
        motorized_charge_port (bool | None | Unset):
        rear_drive_unit (None | str | Unset):
        rhd (bool | None | Unset):
        spoiler_type (None | str | Unset):
        wheel_type (None | str | Unset):
    """

    exterior_color: None | str | Unset = UNSET
    charge_port_type: None | str | Unset = UNSET
    driver_assist: None | str | Unset = UNSET
    efficiency_package: None | str | Unset = UNSET
    has_air_suspension: bool | None | Unset = UNSET
    has_ludicrous_mode: bool | None | Unset = UNSET
    has_seat_cooling: bool | None | Unset = UNSET
    headlamp_type: None | str | Unset = UNSET
    interior_trim_type: None | str | Unset = UNSET
    motorized_charge_port: bool | None | Unset = UNSET
    rear_drive_unit: None | str | Unset = UNSET
    rhd: bool | None | Unset = UNSET
    spoiler_type: None | str | Unset = UNSET
    wheel_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.exterior_color is not None:
            field_dict["exteriorColor"] = self.exterior_color
        if self.charge_port_type is not None:
            field_dict["chargePortType"] = self.charge_port_type
        if self.driver_assist is not None:
            field_dict["driverAssist"] = self.driver_assist
        if self.efficiency_package is not None:
            field_dict["efficiencyPackage"] = self.efficiency_package
        if self.has_air_suspension is not None:
            field_dict["hasAirSuspension"] = self.has_air_suspension
        if self.has_ludicrous_mode is not None:
            field_dict["hasLudicrousMode"] = self.has_ludicrous_mode
        if self.has_seat_cooling is not None:
            field_dict["hasSeatCooling"] = self.has_seat_cooling
        if self.headlamp_type is not None:
            field_dict["headlampType"] = self.headlamp_type
        if self.interior_trim_type is not None:
            field_dict["interiorTrimType"] = self.interior_trim_type
        if self.motorized_charge_port is not None:
            field_dict["motorizedChargePort"] = self.motorized_charge_port
        if self.rear_drive_unit is not None:
            field_dict["rearDriveUnit"] = self.rear_drive_unit
        if self.rhd is not None:
            field_dict["rhd"] = self.rhd
        if self.spoiler_type is not None:
            field_dict["spoilerType"] = self.spoiler_type
        if self.wheel_type is not None:
            field_dict["wheelType"] = self.wheel_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        exterior_color = _d.get("exteriorColor")
        if (
            exterior_color.__class__ is not str
            and exterior_color is not None
            and not isinstance(exterior_color, str)
        ):
            raise FieldError.of("exterior_color", exterior_color)

        charge_port_type = _d.get("chargePortType")
        if (
            charge_port_type.__class__ is not str
            and charge_port_type is not None
            and not isinstance(charge_port_type, str)
        ):
            raise FieldError.of("charge_port_type", charge_port_type)

        driver_assist = _d.get("driverAssist")
        if (
            driver_assist.__class__ is not str
            and driver_assist is not None
            and not isinstance(driver_assist, str)
        ):
            raise FieldError.of("driver_assist", driver_assist)

        efficiency_package = _d.get("efficiencyPackage")
        if (
            efficiency_package.__class__ is not str
            and efficiency_package is not None
            and not isinstance(efficiency_package, str)
        ):
            raise FieldError.of("efficiency_package", efficiency_package)

        has_air_suspension = _d.get("hasAirSuspension")
        if has_air_suspension.__class__ is not bool and has_air_suspension is not None:
            raise FieldError.of("has_air_suspension", has_air_suspension)

        has_ludicrous_mode = _d.get("hasLudicrousMode")
        if has_ludicrous_mode.__class__ is not bool and has_ludicrous_mode is not None:
            raise FieldError.of("has_ludicrous_mode", has_ludicrous_mode)

        has_seat_cooling = _d.get("hasSeatCooling")
        if has_seat_cooling.__class__ is not bool and has_seat_cooling is not None:
            raise FieldError.of("has_seat_cooling", has_seat_cooling)

        headlamp_type = _d.get("headlampType")
        if (
            headlamp_type.__class__ is not str
            and headlamp_type is not None
            and not isinstance(headlamp_type, str)
        ):
            raise FieldError.of("headlamp_type", headlamp_type)

        interior_trim_type = _d.get("interiorTrimType")
        if (
            interior_trim_type.__class__ is not str
            and interior_trim_type is not None
            and not isinstance(interior_trim_type, str)
        ):
            raise FieldError.of("interior_trim_type", interior_trim_type)

        motorized_charge_port = _d.get("motorizedChargePort")
        if motorized_charge_port.__class__ is not bool and motorized_charge_port is not None:
            raise FieldError.of("motorized_charge_port", motorized_charge_port)

        rear_drive_unit = _d.get("rearDriveUnit")
        if (
            rear_drive_unit.__class__ is not str
            and rear_drive_unit is not None
            and not isinstance(rear_drive_unit, str)
        ):
            raise FieldError.of("rear_drive_unit", rear_drive_unit)

        rhd = _d.get("rhd")
        if rhd.__class__ is not bool and rhd is not None:
            raise FieldError.of("rhd", rhd)

        spoiler_type = _d.get("spoilerType")
        if (
            spoiler_type.__class__ is not str
            and spoiler_type is not None
            and not isinstance(spoiler_type, str)
        ):
            raise FieldError.of("spoiler_type", spoiler_type)

        wheel_type = _d.get("wheelType")
        if wheel_type.__class__ is not str and wheel_type is not None and not isinstance(wheel_type, str):
            raise FieldError.of("wheel_type", wheel_type)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleConfig:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.exterior_color = exterior_color
            _self.charge_port_type = charge_port_type
            _self.driver_assist = driver_assist
            _self.efficiency_package = efficiency_package
            _self.has_air_suspension = has_air_suspension
            _self.has_ludicrous_mode = has_ludicrous_mode
            _self.has_seat_cooling = has_seat_cooling
            _self.headlamp_type = headlamp_type
            _self.interior_trim_type = interior_trim_type
            _self.motorized_charge_port = motorized_charge_port
            _self.rear_drive_unit = rear_drive_unit
            _self.rhd = rhd
            _self.spoiler_type = spoiler_type
            _self.wheel_type = wheel_type
        else:  # a subclass's own __init__ runs
            _self = cls(
                exterior_color=exterior_color,
                charge_port_type=charge_port_type,
                driver_assist=driver_assist,
                efficiency_package=efficiency_package,
                has_air_suspension=has_air_suspension,
                has_ludicrous_mode=has_ludicrous_mode,
                has_seat_cooling=has_seat_cooling,
                headlamp_type=headlamp_type,
                interior_trim_type=interior_trim_type,
                motorized_charge_port=motorized_charge_port,
                rear_drive_unit=rear_drive_unit,
                rhd=rhd,
                spoiler_type=spoiler_type,
                wheel_type=wheel_type,
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


VehicleConfig._wire_fields = {
    "exteriorColor": WireField("exterior_color", "plain"),
    "chargePortType": WireField("charge_port_type", "plain"),
    "driverAssist": WireField("driver_assist", "plain"),
    "efficiencyPackage": WireField("efficiency_package", "plain"),
    "hasAirSuspension": WireField("has_air_suspension", "plain"),
    "hasLudicrousMode": WireField("has_ludicrous_mode", "plain"),
    "hasSeatCooling": WireField("has_seat_cooling", "plain"),
    "headlampType": WireField("headlamp_type", "plain"),
    "interiorTrimType": WireField("interior_trim_type", "plain"),
    "motorizedChargePort": WireField("motorized_charge_port", "plain"),
    "rearDriveUnit": WireField("rear_drive_unit", "plain"),
    "rhd": WireField("rhd", "plain"),
    "spoilerType": WireField("spoiler_type", "plain"),
    "wheelType": WireField("wheel_type", "plain"),
}
