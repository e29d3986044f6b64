# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VehicleTiresFormatted")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        front_left = self.front_left

        front_right = self.front_right

        rear_left = self.rear_left

        rear_right = self.rear_right

        bucket = self.bucket.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frontLeft": front_left,
                "frontRight": front_right,
                "rearLeft": rear_left,
                "rearRight": rear_right,
                "bucket": bucket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        front_left = d.pop("frontLeft")

        front_right = d.pop("frontRight")

        rear_left = d.pop("rearLeft")

        rear_right = d.pop("rearRight")

        bucket = datetime.datetime.fromisoformat(d.pop("bucket"))

        vehicle_tires_formatted = cls(
            front_left=front_left,
            front_right=front_right,
            rear_left=rear_left,
            rear_right=rear_right,
            bucket=bucket,
        )

        vehicle_tires_formatted.additional_properties = d
        return vehicle_tires_formatted

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
