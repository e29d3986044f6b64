# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telemetry_metric_type import TelemetryMetricType
from ..types import UNSET, FieldError, Unset, WireField, as_object, parse_datetime

_new = object.__new__
_TelemetryMetricType_get = TelemetryMetricType._get
_FIELDS: frozenset[str] = frozenset(
    {
        "metricType",
        "vehicle",
        "timestamp",
    }
)

T = TypeVar("T", bound="DeviceTelemetry")


@_attrs_define(kw_only=True)
class DeviceTelemetry:
    """Payload of `device.telemetry`: one new reading. The reading's own fields, which depend on the metric type, are kept
    in the model's additional properties.

    Attributes:
        metric_type (None | str | TelemetryMetricType | Unset):
        vehicle (DeviceTelemetryVehicleType0 | None | str | Unset): The vehicle the reading belongs to, as an object or
            its id.
        timestamp (datetime.datetime | None | Unset): When the reading was taken.
    """

    metric_type: None | str | TelemetryMetricType | Unset = UNSET
    vehicle: DeviceTelemetryVehicleType0 | None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.metric_type is not None:
            field_dict["metricType"] = (
                self.metric_type.value
                if isinstance(self.metric_type, TelemetryMetricType)
                else self.metric_type
            )
        if self.vehicle is not None:
            field_dict["vehicle"] = (
                self.vehicle.to_dict()
                if isinstance(self.vehicle, DeviceTelemetryVehicleType0)
                else self.vehicle
            )
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
        metric_type = _d.get("metricType")
        if metric_type.__class__ is not str and metric_type is not None and not isinstance(metric_type, str):
            raise FieldError.of("metric_type", metric_type)
        metric_type = _TelemetryMetricType_get(metric_type, metric_type)

        vehicle = _d.get("vehicle")
        if isinstance(vehicle, dict):
            try:
                vehicle = _DeviceTelemetryVehicleType0_from_dict(vehicle)
            except FieldError as _error:
                raise _error.within("vehicle") from None

        elif vehicle.__class__ is not str and vehicle is not None and not isinstance(vehicle, str):
            raise FieldError.of("vehicle", vehicle)

        timestamp = _d.get("timestamp")
        if timestamp is not None:
            if timestamp.__class__ is not str and not isinstance(timestamp, str):
                raise FieldError.of("timestamp", timestamp)
            try:
                timestamp = parse_datetime(timestamp)
            except ValueError:
                raise FieldError.of("timestamp", timestamp, "is not an ISO 8601 date-time") from None

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is DeviceTelemetry:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.metric_type = metric_type
            _self.vehicle = vehicle
            _self.timestamp = timestamp
        else:  # a subclass's own __init__ runs
            _self = cls(
                metric_type=metric_type,
                vehicle=vehicle,
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


# After the class, so models that hold each other load in either order.
from ..models.device_telemetry_vehicle_type_0 import DeviceTelemetryVehicleType0  # noqa: E402

_DeviceTelemetryVehicleType0_from_dict = DeviceTelemetryVehicleType0.from_dict
DeviceTelemetry._wire_fields = {
    "metricType": WireField("metric_type", "plain"),
    "vehicle": WireField("vehicle", "other"),
    "timestamp": WireField("timestamp", "plain"),
}
