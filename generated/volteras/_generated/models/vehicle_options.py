# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.option import Option
    from ..models.vehicle_config import VehicleConfig


T = TypeVar("T", bound="VehicleOptions")


@_attrs_define
class VehicleOptions:
    """
    Attributes:
        vehicle_id (str):
        vehicle_config (VehicleConfig):
        options (list[Option]):
    """

    vehicle_id: str
    vehicle_config: VehicleConfig
    options: list[Option]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        vehicle_id = self.vehicle_id

        vehicle_config = self.vehicle_config.to_dict()

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicleId": vehicle_id,
                "vehicleConfig": vehicle_config,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        vehicle_id = d.pop("vehicleId")

        vehicle_config = VehicleConfig.from_dict(d.pop("vehicleConfig"))

        _options = d.pop("options")
        if not isinstance(_options, list):
            raise TypeError("options must be an array")
        options = []
        for options_item_data in _options:
            if not isinstance(options_item_data, dict):
                raise TypeError("an item of options has the wrong type")
            options_item = Option.from_dict(options_item_data)

            options.append(options_item)

        vehicle_options = cls(
            vehicle_id=vehicle_id,
            vehicle_config=vehicle_config,
            options=options,
        )

        vehicle_options.additional_properties = d
        return vehicle_options

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
from ..models.option import Option  # noqa: E402
from ..models.vehicle_config import VehicleConfig  # noqa: E402
