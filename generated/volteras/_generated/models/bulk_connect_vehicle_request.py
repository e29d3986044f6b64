# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.connect_vehicle_request import ConnectVehicleRequest


T = TypeVar("T", bound="BulkConnectVehicleRequest")


@_attrs_define
class BulkConnectVehicleRequest:
    """
    Attributes:
        vehicles (list[ConnectVehicleRequest]):
    """

    vehicles: list[ConnectVehicleRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        vehicles = []
        for vehicles_item_data in self.vehicles:
            vehicles_item = vehicles_item_data.to_dict()
            vehicles.append(vehicles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicles": vehicles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _vehicles = d.pop("vehicles")
        if not isinstance(_vehicles, list):
            raise TypeError("vehicles must be an array")
        vehicles = []
        for vehicles_item_data in _vehicles:
            if not isinstance(vehicles_item_data, dict):
                raise TypeError("an item of vehicles has the wrong type")
            vehicles_item = ConnectVehicleRequest.from_dict(vehicles_item_data)

            vehicles.append(vehicles_item)

        bulk_connect_vehicle_request = cls(
            vehicles=vehicles,
        )

        bulk_connect_vehicle_request.additional_properties = d
        return bulk_connect_vehicle_request

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
from ..models.connect_vehicle_request import ConnectVehicleRequest  # noqa: E402
