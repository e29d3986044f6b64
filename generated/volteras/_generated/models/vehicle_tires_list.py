# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_tires_formatted import VehicleTiresFormatted


T = TypeVar("T", bound="VehicleTiresList")


@_attrs_define
class VehicleTiresList:
    """
    Attributes:
        tires (list[VehicleTiresFormatted] | Unset):
    """

    tires: list[VehicleTiresFormatted] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        tires: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tires, Unset):
            tires = []
            for tires_item_data in self.tires:
                tires_item = tires_item_data.to_dict()
                tires.append(tires_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tires is not UNSET:
            field_dict["tires"] = tires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _tires = d.pop("tires", UNSET)
        tires: list[VehicleTiresFormatted] | Unset = UNSET
        if not isinstance(_tires, Unset):
            if not isinstance(_tires, list):
                raise TypeError("tires must be an array")
            tires = []
            for tires_item_data in _tires:
                if not isinstance(tires_item_data, dict):
                    raise TypeError("an item of tires has the wrong type")
                tires_item = VehicleTiresFormatted.from_dict(tires_item_data)

                tires.append(tires_item)

        vehicle_tires_list = cls(
            tires=tires,
        )

        vehicle_tires_list.additional_properties = d
        return vehicle_tires_list

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
from ..models.vehicle_tires_formatted import VehicleTiresFormatted  # noqa: E402
