# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset, WireField, as_object, parse_datetime

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "value",
        "unit",
        "timestamp",
    }
)

T = TypeVar("T", bound="VehicleRealRange")


@_attrs_define(kw_only=True)
class VehicleRealRange:
    """

    Attributes:
        value (float | None | Unset):
        unit (None | str | Unset):
        timestamp (datetime.datetime | None | Unset):
    """

    value: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.value is not None:
            field_dict["value"] = self.value
        if self.unit is not None:
            field_dict["unit"] = self.unit
        if self.timestamp is not None:
            field_dict["timestamp"] = (
                self.timestamp.isoformat().replace("+00:00", "Z")
                if isinstance(self.timestamp, datetime.datetime)
                else self.timestamp
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        value = _d.get("value")
        if (
            value.__class__ is not float
            and value.__class__ is not int
            and value is not None
            and (not isinstance(value, (float, int)) or value.__class__ is bool)
        ):
            raise FieldError.of("value", value)

        unit = _d.get("unit")
        if unit.__class__ is not str and unit is not None and not isinstance(unit, str):
            raise FieldError.of("unit", unit)

        timestamp = _d.get("timestamp")
        if timestamp is not None:
            if timestamp.__class__ is not str and not isinstance(timestamp, str):
                raise FieldError.of("timestamp", timestamp)
            try:
                timestamp = parse_datetime(timestamp)
            except ValueError:
                raise FieldError.of("timestamp", timestamp, "is not an ISO 8601 date-time") from None

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleRealRange:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.value = value
            _self.unit = unit
            _self.timestamp = timestamp
        else:  # a subclass's own __init__ runs
            _self = cls(
                value=value,
                unit=unit,
                timestamp=timestamp,
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


VehicleRealRange._wire_fields = {
    "value": WireField("value", "plain"),
    "unit": WireField("unit", "plain"),
    "timestamp": WireField("timestamp", "plain"),
}
