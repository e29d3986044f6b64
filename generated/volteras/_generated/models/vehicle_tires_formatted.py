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
        "frontLeft",
        "frontRight",
        "rearLeft",
        "rearRight",
        "bucket",
    }
)

T = TypeVar("T", bound="VehicleTiresFormatted")


@_attrs_define(kw_only=True)
class VehicleTiresFormatted:
    """

    Attributes:
        front_left (str):
        front_right (str):
        rear_left (str):
        rear_right (str):
        bucket (datetime.datetime):
    """

    front_left: str
    front_right: str
    rear_left: str
    rear_right: str
    bucket: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["frontLeft"] = self.front_left
        field_dict["frontRight"] = self.front_right
        field_dict["rearLeft"] = self.rear_left
        field_dict["rearRight"] = self.rear_right
        field_dict["bucket"] = (
            self.bucket.isoformat().replace("+00:00", "Z")
            if isinstance(self.bucket, datetime.datetime)
            else self.bucket
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        front_left = _d["frontLeft"]
        if front_left.__class__ is not str and not isinstance(front_left, str):
            raise FieldError.of("front_left", front_left)

        front_right = _d["frontRight"]
        if front_right.__class__ is not str and not isinstance(front_right, str):
            raise FieldError.of("front_right", front_right)

        rear_left = _d["rearLeft"]
        if rear_left.__class__ is not str and not isinstance(rear_left, str):
            raise FieldError.of("rear_left", rear_left)

        rear_right = _d["rearRight"]
        if rear_right.__class__ is not str and not isinstance(rear_right, str):
            raise FieldError.of("rear_right", rear_right)

        bucket = _d["bucket"]
        if bucket.__class__ is not str and not isinstance(bucket, str):
            raise FieldError.of("bucket", bucket)
        try:
            bucket = parse_datetime(bucket)
        except ValueError:
            raise FieldError.of("bucket", bucket, "is not an ISO 8601 date-time") from None

        _extra = {} if len(_d) == 5 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleTiresFormatted:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.front_left = front_left
            _self.front_right = front_right
            _self.rear_left = rear_left
            _self.rear_right = rear_right
            _self.bucket = bucket
        else:  # a subclass's own __init__ runs
            _self = cls(
                front_left=front_left,
                front_right=front_right,
                rear_left=rear_left,
                rear_right=rear_right,
                bucket=bucket,
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


VehicleTiresFormatted._wire_fields = {
    "frontLeft": WireField("front_left", "plain"),
    "frontRight": WireField("front_right", "plain"),
    "rearLeft": WireField("rear_left", "plain"),
    "rearRight": WireField("rear_right", "plain"),
    "bucket": WireField("bucket", "plain"),
}
