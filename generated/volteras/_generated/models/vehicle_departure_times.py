# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.departure_time import DepartureTime


T = TypeVar("T", bound="VehicleDepartureTimes")


@_attrs_define
class VehicleDepartureTimes:
    """
    Attributes:
        departure_times (list[DepartureTime]):
    """

    departure_times: list[DepartureTime]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        departure_times = []
        for departure_times_item_data in self.departure_times:
            departure_times_item = departure_times_item_data.to_dict()
            departure_times.append(departure_times_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "departureTimes": departure_times,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _departure_times = d.pop("departureTimes")
        if not isinstance(_departure_times, list):
            raise TypeError("departureTimes must be an array")
        departure_times = []
        for departure_times_item_data in _departure_times:
            if not isinstance(departure_times_item_data, dict):
                raise TypeError("an item of departureTimes has the wrong type")
            departure_times_item = DepartureTime.from_dict(departure_times_item_data)

            departure_times.append(departure_times_item)

        vehicle_departure_times = cls(
            departure_times=departure_times,
        )

        vehicle_departure_times.additional_properties = d
        return vehicle_departure_times

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
from ..models.departure_time import DepartureTime  # noqa: E402
