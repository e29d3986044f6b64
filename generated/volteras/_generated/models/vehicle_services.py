# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError, WireField, as_object, index_of

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "services",
    }
)

T = TypeVar("T", bound="VehicleServices")


@_attrs_define(kw_only=True)
class VehicleServices:
    """

    Attributes:
        services (list[VehicleService]):
    """

    services: list[VehicleService]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["services"] = (
            [(_item0.to_dict() if isinstance(_item0, VehicleService) else _item0) for _item0 in self.services]
            if isinstance(self.services, list)
            else self.services
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        services = _d["services"]
        if services.__class__ is not list and not isinstance(services, list):
            raise FieldError.of("services", services)
        _services_list = []
        for _services_item in services:
            try:
                _services_item = _VehicleService_from_dict(_services_item)
            except FieldError as _error:
                raise _error.within("services" + index_of(services, _services_item)) from None

            _services_list.append(_services_item)
        services = _services_list

        _extra = {} if len(_d) == 1 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleServices:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.services = services
        else:  # a subclass's own __init__ runs
            _self = cls(
                services=services,
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


# After the class, so models that hold each other load in either order.
from ..models.vehicle_service import VehicleService  # noqa: E402

_VehicleService_from_dict = VehicleService.from_dict
VehicleServices._wire_fields = {
    "services": WireField("services", "list", VehicleService),
}
