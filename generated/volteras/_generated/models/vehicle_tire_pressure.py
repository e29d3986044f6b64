# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VehicleTirePressure")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        front_right_tire: float | None
        front_right_tire = self.front_right_tire

        front_left_tire: float | None
        front_left_tire = self.front_left_tire

        rear_right_tire: float | None
        rear_right_tire = self.rear_right_tire

        rear_left_tire: float | None
        rear_left_tire = self.rear_left_tire

        unit: None | str
        unit = self.unit

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frontRightTire": front_right_tire,
                "frontLeftTire": front_left_tire,
                "rearRightTire": rear_right_tire,
                "rearLeftTire": rear_left_tire,
                "unit": unit,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        front_right_tire: float | None = d.pop("frontRightTire")

        front_left_tire: float | None = d.pop("frontLeftTire")

        rear_right_tire: float | None = d.pop("rearRightTire")

        rear_left_tire: float | None = d.pop("rearLeftTire")

        unit: None | str = d.pop("unit")

        timestamp: datetime.datetime | None = d.pop("timestamp")
        timestamp_type_0: datetime.datetime
        if isinstance(timestamp, str):
            try:
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

                timestamp = timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vehicle_tire_pressure = cls(
            front_right_tire=front_right_tire,
            front_left_tire=front_left_tire,
            rear_right_tire=rear_right_tire,
            rear_left_tire=rear_left_tire,
            unit=unit,
            timestamp=timestamp,
        )

        vehicle_tire_pressure.additional_properties = d
        return vehicle_tire_pressure

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
