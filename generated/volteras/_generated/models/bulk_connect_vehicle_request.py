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
        "vehicles",
    }
)

T = TypeVar("T", bound="BulkConnectVehicleRequest")


@_attrs_define(kw_only=True)
class BulkConnectVehicleRequest:
    """

    Attributes:
        vehicles (list[ConnectVehicleRequest]):
    """

    vehicles: list[ConnectVehicleRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["vehicles"] = (
            [
                (_item0.to_dict() if isinstance(_item0, ConnectVehicleRequest) else _item0)
                for _item0 in self.vehicles
            ]
            if isinstance(self.vehicles, list)
            else self.vehicles
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        vehicles = _d["vehicles"]
        if vehicles.__class__ is not list and not isinstance(vehicles, list):
            raise FieldError.of("vehicles", vehicles)
        _vehicles_list = []
        for _vehicles_item in vehicles:
            try:
                _vehicles_item = _ConnectVehicleRequest_from_dict(_vehicles_item)
            except FieldError as _error:
                raise _error.within("vehicles" + index_of(vehicles, _vehicles_item)) from None

            _vehicles_list.append(_vehicles_item)
        vehicles = _vehicles_list

        _extra = {} if len(_d) == 1 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is BulkConnectVehicleRequest:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.vehicles = vehicles
        else:  # a subclass's own __init__ runs
            _self = cls(
                vehicles=vehicles,
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
from ..models.connect_vehicle_request import ConnectVehicleRequest  # noqa: E402

_ConnectVehicleRequest_from_dict = ConnectVehicleRequest.from_dict
BulkConnectVehicleRequest._wire_fields = {
    "vehicles": WireField("vehicles", "list", ConnectVehicleRequest),
}
