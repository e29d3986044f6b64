# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type_enum import DeviceTypeEnum
from ..types import UNSET, FieldError, Unset, WireField, as_object

_new = object.__new__
_DeviceTypeEnum_get = DeviceTypeEnum._get
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "deviceType",
    }
)

T = TypeVar("T", bound="DeviceConnected")


@_attrs_define(kw_only=True)
class DeviceConnected:
    """Payload of `device.connected`.

    Attributes:
        id (None | str | Unset): The device's id.
        device_type (DeviceTypeEnum | None | str | Unset): Kind of device, such as VEHICLE.
    """

    id: None | str | Unset = UNSET
    device_type: DeviceTypeEnum | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.device_type is not None:
            field_dict["deviceType"] = (
                self.device_type.value if isinstance(self.device_type, DeviceTypeEnum) else self.device_type
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        id = _d.get("id")
        if id.__class__ is not str and id is not None and not isinstance(id, str):
            raise FieldError.of("id", id)

        device_type = _d.get("deviceType")
        if device_type.__class__ is not str and device_type is not None and not isinstance(device_type, str):
            raise FieldError.of("device_type", device_type)
        device_type = _DeviceTypeEnum_get(device_type, device_type)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is DeviceConnected:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.id = id
            _self.device_type = device_type
        else:  # a subclass's own __init__ runs
            _self = cls(
                id=id,
                device_type=device_type,
            )
        _self.additional_properties = _extra
        return _self

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


DeviceConnected._wire_fields = {
    "id": WireField("id", "plain"),
    "deviceType": WireField("device_type", "plain"),
}
