# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleChargeMinStateOfCharge")


@_attrs_define
class VehicleChargeMinStateOfCharge:
    """
    Attributes:
        value (float | None):
        timestamp (datetime.datetime | None):
        unit (Literal['percent'] | str | Unset):  Default: 'percent'.
    """

    value: float | None
    timestamp: datetime.datetime | None
    unit: Literal["percent"] | str | Unset = "percent"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | None
        value = self.value

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")
        else:
            timestamp = self.timestamp

        unit: Literal["percent"] | str | Unset
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
        value: float | None = d.pop("value")

        timestamp: datetime.datetime | None = d.pop("timestamp")
        timestamp_type_0: datetime.datetime
        if isinstance(timestamp, str):
            try:
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

                timestamp = timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        unit: Literal["percent"] | str | Unset = d.pop("unit", UNSET)
        unit_type_0: Literal["percent"]
        if unit == "percent":
            try:
                unit_type_0 = unit
                if unit_type_0 != "percent":
                    raise ValueError(f"unit_type_0 must match const 'percent', got '{unit_type_0}'")
                unit = unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vehicle_charge_min_state_of_charge = cls(
            value=value,
            timestamp=timestamp,
            unit=unit,
        )

        vehicle_charge_min_state_of_charge.additional_properties = d
        return vehicle_charge_min_state_of_charge

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
