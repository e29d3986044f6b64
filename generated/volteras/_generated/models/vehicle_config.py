# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleConfig")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        exterior_color: None | str | Unset
        if isinstance(self.exterior_color, Unset):
            exterior_color = UNSET
        else:
            exterior_color = self.exterior_color

        charge_port_type: None | str | Unset
        if isinstance(self.charge_port_type, Unset):
            charge_port_type = UNSET
        else:
            charge_port_type = self.charge_port_type

        driver_assist: None | str | Unset
        if isinstance(self.driver_assist, Unset):
            driver_assist = UNSET
        else:
            driver_assist = self.driver_assist

        efficiency_package: None | str | Unset
        if isinstance(self.efficiency_package, Unset):
            efficiency_package = UNSET
        else:
            efficiency_package = self.efficiency_package

        has_air_suspension: bool | None | Unset
        if isinstance(self.has_air_suspension, Unset):
            has_air_suspension = UNSET
        else:
            has_air_suspension = self.has_air_suspension

        has_ludicrous_mode: bool | None | Unset
        if isinstance(self.has_ludicrous_mode, Unset):
            has_ludicrous_mode = UNSET
        else:
            has_ludicrous_mode = self.has_ludicrous_mode

        has_seat_cooling: bool | None | Unset
        if isinstance(self.has_seat_cooling, Unset):
            has_seat_cooling = UNSET
        else:
            has_seat_cooling = self.has_seat_cooling

        headlamp_type: None | str | Unset
        if isinstance(self.headlamp_type, Unset):
            headlamp_type = UNSET
        else:
            headlamp_type = self.headlamp_type

        interior_trim_type: None | str | Unset
        if isinstance(self.interior_trim_type, Unset):
            interior_trim_type = UNSET
        else:
            interior_trim_type = self.interior_trim_type

        motorized_charge_port: bool | None | Unset
        if isinstance(self.motorized_charge_port, Unset):
            motorized_charge_port = UNSET
        else:
            motorized_charge_port = self.motorized_charge_port

        rear_drive_unit: None | str | Unset
        if isinstance(self.rear_drive_unit, Unset):
            rear_drive_unit = UNSET
        else:
            rear_drive_unit = self.rear_drive_unit

        rhd: bool | None | Unset
        if isinstance(self.rhd, Unset):
            rhd = UNSET
        else:
            rhd = self.rhd

        spoiler_type: None | str | Unset
        if isinstance(self.spoiler_type, Unset):
            spoiler_type = UNSET
        else:
            spoiler_type = self.spoiler_type

        wheel_type: None | str | Unset
        if isinstance(self.wheel_type, Unset):
            wheel_type = UNSET
        else:
            wheel_type = self.wheel_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exterior_color is not UNSET:
            field_dict["exteriorColor"] = exterior_color
        if charge_port_type is not UNSET:
            field_dict["chargePortType"] = charge_port_type
        if driver_assist is not UNSET:
            field_dict["driverAssist"] = driver_assist
        if efficiency_package is not UNSET:
            field_dict["efficiencyPackage"] = efficiency_package
        if has_air_suspension is not UNSET:
            field_dict["hasAirSuspension"] = has_air_suspension
        if has_ludicrous_mode is not UNSET:
            field_dict["hasLudicrousMode"] = has_ludicrous_mode
        if has_seat_cooling is not UNSET:
            field_dict["hasSeatCooling"] = has_seat_cooling
        if headlamp_type is not UNSET:
            field_dict["headlampType"] = headlamp_type
        if interior_trim_type is not UNSET:
            field_dict["interiorTrimType"] = interior_trim_type
        if motorized_charge_port is not UNSET:
            field_dict["motorizedChargePort"] = motorized_charge_port
        if rear_drive_unit is not UNSET:
            field_dict["rearDriveUnit"] = rear_drive_unit
        if rhd is not UNSET:
            field_dict["rhd"] = rhd
        if spoiler_type is not UNSET:
            field_dict["spoilerType"] = spoiler_type
        if wheel_type is not UNSET:
            field_dict["wheelType"] = wheel_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exterior_color: None | str | Unset = d.pop("exteriorColor", UNSET)

        charge_port_type: None | str | Unset = d.pop("chargePortType", UNSET)

        driver_assist: None | str | Unset = d.pop("driverAssist", UNSET)

        efficiency_package: None | str | Unset = d.pop("efficiencyPackage", UNSET)

        has_air_suspension: bool | None | Unset = d.pop("hasAirSuspension", UNSET)

        has_ludicrous_mode: bool | None | Unset = d.pop("hasLudicrousMode", UNSET)

        has_seat_cooling: bool | None | Unset = d.pop("hasSeatCooling", UNSET)

        headlamp_type: None | str | Unset = d.pop("headlampType", UNSET)

        interior_trim_type: None | str | Unset = d.pop("interiorTrimType", UNSET)

        motorized_charge_port: bool | None | Unset = d.pop("motorizedChargePort", UNSET)

        rear_drive_unit: None | str | Unset = d.pop("rearDriveUnit", UNSET)

        rhd: bool | None | Unset = d.pop("rhd", UNSET)

        spoiler_type: None | str | Unset = d.pop("spoilerType", UNSET)

        wheel_type: None | str | Unset = d.pop("wheelType", UNSET)

        vehicle_config = cls(
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

        vehicle_config.additional_properties = d
        return vehicle_config

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
