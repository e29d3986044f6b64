# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.charging_window import ChargingWindow


T = TypeVar("T", bound="VehicleChargingWindows")


@_attrs_define
class VehicleChargingWindows:
    """
    Attributes:
        charging_windows (list[ChargingWindow]):
    """

    charging_windows: list[ChargingWindow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        charging_windows = []
        for charging_windows_item_data in self.charging_windows:
            charging_windows_item = charging_windows_item_data.to_dict()
            charging_windows.append(charging_windows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chargingWindows": charging_windows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _charging_windows = d.pop("chargingWindows")
        if not isinstance(_charging_windows, list):
            raise TypeError("chargingWindows must be an array")
        charging_windows = []
        for charging_windows_item_data in _charging_windows:
            if not isinstance(charging_windows_item_data, dict):
                raise TypeError("an item of chargingWindows has the wrong type")
            charging_windows_item = ChargingWindow.from_dict(charging_windows_item_data)

            charging_windows.append(charging_windows_item)

        vehicle_charging_windows = cls(
            charging_windows=charging_windows,
        )

        vehicle_charging_windows.additional_properties = d
        return vehicle_charging_windows

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
from ..models.charging_window import ChargingWindow  # noqa: E402
