# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekdays import Weekdays

T = TypeVar("T", bound="DepartureTime")


@_attrs_define
class DepartureTime:
    """
    Attributes:
        hour (int):
        minute (int):
        days_of_week (list[str | Weekdays]):
        local_time_offset (int):
    """

    hour: int
    minute: int
    days_of_week: list[str | Weekdays]
    local_time_offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hour = self.hour

        minute = self.minute

        days_of_week = []
        for days_of_week_item_data in self.days_of_week:
            days_of_week_item: str
            if isinstance(days_of_week_item_data, Weekdays):
                days_of_week_item = days_of_week_item_data.value
            else:
                days_of_week_item = days_of_week_item_data

            days_of_week.append(days_of_week_item)

        local_time_offset = self.local_time_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hour": hour,
                "minute": minute,
                "daysOfWeek": days_of_week,
                "localTimeOffset": local_time_offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hour = d.pop("hour")

        minute = d.pop("minute")

        _days_of_week = d.pop("daysOfWeek")
        if not isinstance(_days_of_week, list):
            raise TypeError("daysOfWeek must be an array")
        days_of_week = []
        for days_of_week_item_data in _days_of_week:
            days_of_week_item: str | Weekdays = days_of_week_item_data
            try:
                days_of_week_item = Weekdays._get(days_of_week_item, days_of_week_item)
            except TypeError:
                pass

            days_of_week.append(days_of_week_item)

        local_time_offset = d.pop("localTimeOffset")

        departure_time = cls(
            hour=hour,
            minute=minute,
            days_of_week=days_of_week,
            local_time_offset=local_time_offset,
        )

        departure_time.additional_properties = d
        return departure_time

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
