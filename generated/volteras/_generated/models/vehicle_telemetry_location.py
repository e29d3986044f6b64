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
        "latitude",
        "longitude",
        "timestamp",
    }
)

T = TypeVar("T", bound="VehicleTelemetryLocation")


@_attrs_define(kw_only=True)
class VehicleTelemetryLocation:
    """

    Attributes:
        latitude (float | None):
        longitude (float | None):
        timestamp (datetime.datetime | None):
    """

    latitude: float | None
    longitude: float | None
    timestamp: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["latitude"] = self.latitude
        field_dict["longitude"] = self.longitude
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
        latitude = _d["latitude"]
        if (
            latitude.__class__ is not float
            and latitude.__class__ is not int
            and latitude is not None
            and (not isinstance(latitude, (float, int)) or latitude.__class__ is bool)
        ):
            raise FieldError.of("latitude", latitude)

        longitude = _d["longitude"]
        if (
            longitude.__class__ is not float
            and longitude.__class__ is not int
            and longitude is not None
            and (not isinstance(longitude, (float, int)) or longitude.__class__ is bool)
        ):
            raise FieldError.of("longitude", longitude)

        timestamp = _d["timestamp"]
        if timestamp is not None:
            if timestamp.__class__ is not str and not isinstance(timestamp, str):
                raise FieldError.of("timestamp", timestamp)
            try:
                timestamp = parse_datetime(timestamp)
            except ValueError:
                raise FieldError.of("timestamp", timestamp, "is not an ISO 8601 date-time") from None

        _extra = {} if len(_d) == 3 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleTelemetryLocation:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.latitude = latitude
            _self.longitude = longitude
            _self.timestamp = timestamp
        else:  # a subclass's own __init__ runs
            _self = cls(
                latitude=latitude,
                longitude=longitude,
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


VehicleTelemetryLocation._wire_fields = {
    "latitude": WireField("latitude", "plain"),
    "longitude": WireField("longitude", "plain"),
    "timestamp": WireField("timestamp", "plain"),
}
