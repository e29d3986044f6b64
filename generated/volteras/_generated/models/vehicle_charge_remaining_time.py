# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleChargeRemainingTime")


@_attrs_define
class VehicleChargeRemainingTime:
    """
    Attributes:
        value (int | None):
        timestamp (datetime.datetime | None):
        unit (Literal['minutes'] | str | Unset):  Default: 'minutes'.
    """

    value: int | None
    timestamp: datetime.datetime | None
    unit: Literal["minutes"] | str | Unset = "minutes"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: int | None
        value = self.value

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")
        else:
            timestamp = self.timestamp

        unit: Literal["minutes"] | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "timestamp": timestamp,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value: int | None = d.pop("value")

        timestamp: datetime.datetime | None = d.pop("timestamp")
        timestamp_type_0: datetime.datetime
        if isinstance(timestamp, str):
            try:
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

                timestamp = timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        unit: Literal["minutes"] | str | Unset = d.pop("unit", UNSET)
        unit_type_0: Literal["minutes"]
        if unit == "minutes":
            try:
                unit_type_0 = unit
                if unit_type_0 != "minutes":
                    raise ValueError(f"unit_type_0 must match const 'minutes', got '{unit_type_0}'")
                unit = unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vehicle_charge_remaining_time = cls(
            value=value,
            timestamp=timestamp,
            unit=unit,
        )

        vehicle_charge_remaining_time.additional_properties = d
        return vehicle_charge_remaining_time

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
