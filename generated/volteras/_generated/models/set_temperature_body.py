# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetTemperatureBody")


@_attrs_define
class SetTemperatureBody:
    """
    Attributes:
        driver_temperature (float): Driver-side target, in degrees Celsius.
        passenger_temperature (float): Passenger-side target, in degrees Celsius.
    """

    driver_temperature: float
    passenger_temperature: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        driver_temperature = self.driver_temperature

        passenger_temperature = self.passenger_temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "driverTemperature": driver_temperature,
                "passengerTemperature": passenger_temperature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        driver_temperature = d.pop("driverTemperature")

        passenger_temperature = d.pop("passengerTemperature")

        set_temperature_body = cls(
            driver_temperature=driver_temperature,
            passenger_temperature=passenger_temperature,
        )

        set_temperature_body.additional_properties = d
        return set_temperature_body

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
