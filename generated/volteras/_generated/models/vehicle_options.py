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
        "vehicleId",
        "vehicleConfig",
        "options",
    }
)

T = TypeVar("T", bound="VehicleOptions")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["vehicleId"] = self.vehicle_id
        field_dict["vehicleConfig"] = (
            self.vehicle_config.to_dict()
            if isinstance(self.vehicle_config, VehicleConfig)
            else self.vehicle_config
        )
        field_dict["options"] = (
            [(_item0.to_dict() if isinstance(_item0, Option) else _item0) for _item0 in self.options]
            if isinstance(self.options, list)
            else self.options
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        vehicle_id = _d["vehicleId"]
        if vehicle_id.__class__ is not str and not isinstance(vehicle_id, str):
            raise FieldError.of("vehicle_id", vehicle_id)

        vehicle_config = _d["vehicleConfig"]
        try:
            vehicle_config = _VehicleConfig_from_dict(vehicle_config)
        except FieldError as _error:
            raise _error.within("vehicle_config") from None

        options = _d["options"]
        if options.__class__ is not list and not isinstance(options, list):
            raise FieldError.of("options", options)
        _options_list = []
        for _options_item in options:
            try:
                _options_item = _Option_from_dict(_options_item)
            except FieldError as _error:
                raise _error.within("options" + index_of(options, _options_item)) from None

            _options_list.append(_options_item)
        options = _options_list

        _extra = {} if len(_d) == 3 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleOptions:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.vehicle_id = vehicle_id
            _self.vehicle_config = vehicle_config
            _self.options = options
        else:  # a subclass's own __init__ runs
            _self = cls(
                vehicle_id=vehicle_id,
                vehicle_config=vehicle_config,
                options=options,
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
from ..models.option import Option  # noqa: E402
from ..models.vehicle_config import VehicleConfig  # noqa: E402

_Option_from_dict = Option.from_dict
_VehicleConfig_from_dict = VehicleConfig.from_dict
VehicleOptions._wire_fields = {
    "vehicleId": WireField("vehicle_id", "plain"),
    "vehicleConfig": WireField("vehicle_config", "model", VehicleConfig),
    "options": WireField("options", "list", Option),
}
