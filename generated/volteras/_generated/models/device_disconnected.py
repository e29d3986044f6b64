# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type_enum import DeviceTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceDisconnected")


@_attrs_define
class DeviceDisconnected:
    """Payload of `device.disconnected`.

    Attributes:
        id (None | str | Unset): The device's id.
        device_type (DeviceTypeEnum | None | str | Unset): Kind of device, such as VEHICLE.
    """

    id: None | str | Unset = UNSET
    device_type: DeviceTypeEnum | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        device_type: None | str | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        elif isinstance(self.device_type, DeviceTypeEnum):
            device_type = self.device_type.value
        else:
            device_type = self.device_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        device_type: DeviceTypeEnum | None | str | Unset = d.pop("deviceType", UNSET)
        try:
            device_type = DeviceTypeEnum._get(device_type, device_type)
        except TypeError:
            pass

        device_disconnected = cls(
            id=id,
            device_type=device_type,
        )

        device_disconnected.additional_properties = d
        return device_disconnected

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
