# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleSpecifications")


@_attrs_define
class VehicleSpecifications:
    """
    Attributes:
        model (None | str | Unset):
        make (None | str | Unset):
        model_year (int | None | Unset):
        battery_capacity (float | None | Unset):
        battery_capacity_net (float | None | Unset):
        standard_evr (None | str | Unset):
        all_electric_range (None | str | Unset):
        all_electric_range_min (int | None | Unset):
    """

    model: None | str | Unset = UNSET
    make: None | str | Unset = UNSET
    model_year: int | None | Unset = UNSET
    battery_capacity: float | None | Unset = UNSET
    battery_capacity_net: float | None | Unset = UNSET
    standard_evr: None | str | Unset = UNSET
    all_electric_range: None | str | Unset = UNSET
    all_electric_range_min: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        make: None | str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        else:
            make = self.make

        model_year: int | None | Unset
        if isinstance(self.model_year, Unset):
            model_year = UNSET
        else:
            model_year = self.model_year

        battery_capacity: float | None | Unset
        if isinstance(self.battery_capacity, Unset):
            battery_capacity = UNSET
        else:
            battery_capacity = self.battery_capacity

        battery_capacity_net: float | None | Unset
        if isinstance(self.battery_capacity_net, Unset):
            battery_capacity_net = UNSET
        else:
            battery_capacity_net = self.battery_capacity_net

        standard_evr: None | str | Unset
        if isinstance(self.standard_evr, Unset):
            standard_evr = UNSET
        else:
            standard_evr = self.standard_evr

        all_electric_range: None | str | Unset
        if isinstance(self.all_electric_range, Unset):
            all_electric_range = UNSET
        else:
            all_electric_range = self.all_electric_range

        all_electric_range_min: int | None | Unset
        if isinstance(self.all_electric_range_min, Unset):
            all_electric_range_min = UNSET
        else:
            all_electric_range_min = self.all_electric_range_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if make is not UNSET:
            field_dict["make"] = make
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if battery_capacity is not UNSET:
            field_dict["batteryCapacity"] = battery_capacity
        if battery_capacity_net is not UNSET:
            field_dict["batteryCapacityNet"] = battery_capacity_net
        if standard_evr is not UNSET:
            field_dict["standardEvr"] = standard_evr
        if all_electric_range is not UNSET:
            field_dict["allElectricRange"] = all_electric_range
        if all_electric_range_min is not UNSET:
            field_dict["allElectricRangeMin"] = all_electric_range_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model: None | str | Unset = d.pop("model", UNSET)

        make: None | str | Unset = d.pop("make", UNSET)

        model_year: int | None | Unset = d.pop("modelYear", UNSET)

        battery_capacity: float | None | Unset = d.pop("batteryCapacity", UNSET)

        battery_capacity_net: float | None | Unset = d.pop("batteryCapacityNet", UNSET)

        standard_evr: None | str | Unset = d.pop("standardEvr", UNSET)

        all_electric_range: None | str | Unset = d.pop("allElectricRange", UNSET)

        all_electric_range_min: int | None | Unset = d.pop("allElectricRangeMin", UNSET)

        vehicle_specifications = cls(
            model=model,
            make=make,
            model_year=model_year,
            battery_capacity=battery_capacity,
            battery_capacity_net=battery_capacity_net,
            standard_evr=standard_evr,
            all_electric_range=all_electric_range,
            all_electric_range_min=all_electric_range_min,
        )

        vehicle_specifications.additional_properties = d
        return vehicle_specifications

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
