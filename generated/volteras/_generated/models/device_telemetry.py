# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        metric_type: None | str | TelemetryMetricType | Unset = d.pop("metricType", UNSET)
        try:
            metric_type = TelemetryMetricType._get(metric_type, metric_type)
        except TypeError:
            pass

        vehicle: DeviceTelemetryVehicleType0 | None | str | Unset = d.pop("vehicle", UNSET)
        vehicle_type_0: DeviceTelemetryVehicleType0
        if isinstance(vehicle, dict):
            try:
                vehicle_type_0 = DeviceTelemetryVehicleType0.from_dict(vehicle)

                vehicle = vehicle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        timestamp: datetime.datetime | None | Unset = d.pop("timestamp", UNSET)
        timestamp_type_0: datetime.datetime
        if isinstance(timestamp, str):
            try:
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

                timestamp = timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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
