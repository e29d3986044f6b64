# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vehicle_service import VehicleService


T = TypeVar("T", bound="VehicleServices")


@_attrs_define
class VehicleServices:
    """
    Attributes:
        services (list[VehicleService]):
    """

    services: list[VehicleService]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "services": services,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _services = d.pop("services")
        if not isinstance(_services, list):
            raise TypeError("services must be an array")
        services = []
        for services_item_data in _services:
            if not isinstance(services_item_data, dict):
                raise TypeError("an item of services has the wrong type")
            services_item = VehicleService.from_dict(services_item_data)

            services.append(services_item)

        vehicle_services = cls(
            services=services,
        )

        vehicle_services.additional_properties = d
        return vehicle_services

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
from ..models.vehicle_service import VehicleService  # noqa: E402
