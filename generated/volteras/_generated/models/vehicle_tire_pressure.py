# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError, WireField, as_object, parse_datetime

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "frontRightTire",
        "frontLeftTire",
        "rearRightTire",
        "rearLeftTire",
        "unit",
        "timestamp",
    }
)

T = TypeVar("T", bound="VehicleTirePressure")


@_attrs_define(kw_only=True)
class VehicleTirePressure:
    """

    Attributes:
        front_right_tire (float | None):
        front_left_tire (float | None):
        rear_right_tire (float | None):
        rear_left_tire (float | None):
        unit (None | str):
        timestamp (datetime.datetime | None):
    """

    front_right_tire: float | None
    front_left_tire: float | None
    rear_right_tire: float | None
    rear_left_tire: float | None
    unit: None | str
    timestamp: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["frontRightTire"] = self.front_right_tire
        field_dict["frontLeftTire"] = self.front_left_tire
        field_dict["rearRightTire"] = self.rear_right_tire
        field_dict["rearLeftTire"] = self.rear_left_tire
        field_dict["unit"] = self.unit
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
        front_right_tire = _d["frontRightTire"]
        if (
            front_right_tire.__class__ is not float
            and front_right_tire.__class__ is not int
            and front_right_tire is not None
            and (not isinstance(front_right_tire, (float, int)) or front_right_tire.__class__ is bool)
        ):
            raise FieldError.of("front_right_tire", front_right_tire)

        front_left_tire = _d["frontLeftTire"]
        if (
            front_left_tire.__class__ is not float
            and front_left_tire.__class__ is not int
            and front_left_tire is not None
            and (not isinstance(front_left_tire, (float, int)) or front_left_tire.__class__ is bool)
        ):
            raise FieldError.of("front_left_tire", front_left_tire)

        rear_right_tire = _d["rearRightTire"]
        if (
            rear_right_tire.__class__ is not float
            and rear_right_tire.__class__ is not int
            and rear_right_tire is not None
            and (not isinstance(rear_right_tire, (float, int)) or rear_right_tire.__class__ is bool)
        ):
            raise FieldError.of("rear_right_tire", rear_right_tire)

        rear_left_tire = _d["rearLeftTire"]
        if (
            rear_left_tire.__class__ is not float
            and rear_left_tire.__class__ is not int
            and rear_left_tire is not None
            and (not isinstance(rear_left_tire, (float, int)) or rear_left_tire.__class__ is bool)
        ):
            raise FieldError.of("rear_left_tire", rear_left_tire)

        unit = _d["unit"]
        if unit.__class__ is not str and unit is not None and not isinstance(unit, str):
            raise FieldError.of("unit", unit)

        timestamp = _d["timestamp"]
        if timestamp is not None:
            if timestamp.__class__ is not str and not isinstance(timestamp, str):
                raise FieldError.of("timestamp", timestamp)
            try:
                timestamp = parse_datetime(timestamp)
            except ValueError:
                raise FieldError.of("timestamp", timestamp, "is not an ISO 8601 date-time") from None

        _extra = {} if len(_d) == 6 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleTirePressure:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.front_right_tire = front_right_tire
            _self.front_left_tire = front_left_tire
            _self.rear_right_tire = rear_right_tire
            _self.rear_left_tire = rear_left_tire
            _self.unit = unit
            _self.timestamp = timestamp
        else:  # a subclass's own __init__ runs
            _self = cls(
                front_right_tire=front_right_tire,
                front_left_tire=front_left_tire,
                rear_right_tire=rear_right_tire,
                rear_left_tire=rear_left_tire,
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


VehicleTirePressure._wire_fields = {
    "frontRightTire": WireField("front_right_tire", "plain"),
    "frontLeftTire": WireField("front_left_tire", "plain"),
    "rearRightTire": WireField("rear_right_tire", "plain"),
    "rearLeftTire": WireField("rear_left_tire", "plain"),
    "unit": WireField("unit", "plain"),
    "timestamp": WireField("timestamp", "plain"),
}
