# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telemetry_metric_type import TelemetryMetricType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_telemetry_vehicle_type_0 import DeviceTelemetryVehicleType0


T = TypeVar("T", bound="DeviceTelemetry")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:

        metric_type: None | str | Unset
        if isinstance(self.metric_type, Unset):
            metric_type = UNSET
        elif isinstance(self.metric_type, TelemetryMetricType):
            metric_type = self.metric_type.value
        else:
            metric_type = self.metric_type

        vehicle: dict[str, Any] | None | str | Unset
        if isinstance(self.vehicle, Unset):
            vehicle = UNSET
        elif isinstance(self.vehicle, DeviceTelemetryVehicleType0):
            vehicle = self.vehicle.to_dict()
        else:
            vehicle = self.vehicle

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_type is not UNSET:
            field_dict["metricType"] = metric_type
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_metric_type(data: object) -> None | str | TelemetryMetricType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                metric_type_type_0 = TelemetryMetricType._lookup(data)

                return metric_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TelemetryMetricType | Unset, data)

        metric_type = _parse_metric_type(d.pop("metricType", UNSET))

        def _parse_vehicle(data: object) -> DeviceTelemetryVehicleType0 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vehicle_type_0 = DeviceTelemetryVehicleType0.from_dict(data)

                return vehicle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceTelemetryVehicleType0 | None | str | Unset, data)

        vehicle = _parse_vehicle(d.pop("vehicle", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        device_telemetry = cls(
            metric_type=metric_type,
            vehicle=vehicle,
            timestamp=timestamp,
        )

        device_telemetry.additional_properties = d
        return device_telemetry

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


# After the class, so models that refer to each other load in either order.
from ..models.device_telemetry_vehicle_type_0 import DeviceTelemetryVehicleType0  # noqa: E402
