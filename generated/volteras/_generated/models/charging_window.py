# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekdays import Weekdays
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lat_lng_value import LatLngValue


T = TypeVar("T", bound="ChargingWindow")


@_attrs_define
class ChargingWindow:
    """
    Attributes:
        start_hour (int):
        start_minute (int):
        end_hour (int):
        end_minute (int):
        days_of_week (list[str | Weekdays]):
        local_time_offset (int):
        window_location (LatLngValue | None | Unset):
    """

    start_hour: int
    start_minute: int
    end_hour: int
    end_minute: int
    days_of_week: list[str | Weekdays]
    local_time_offset: int
    window_location: LatLngValue | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        start_hour = self.start_hour

        start_minute = self.start_minute

        end_hour = self.end_hour

        end_minute = self.end_minute

        days_of_week = []
        for days_of_week_item_data in self.days_of_week:
            days_of_week_item: str
            if isinstance(days_of_week_item_data, Weekdays):
                days_of_week_item = days_of_week_item_data.value
            else:
                days_of_week_item = days_of_week_item_data

            days_of_week.append(days_of_week_item)

        local_time_offset = self.local_time_offset

        window_location: dict[str, Any] | None | Unset
        if isinstance(self.window_location, Unset):
            window_location = UNSET
        elif isinstance(self.window_location, LatLngValue):
            window_location = self.window_location.to_dict()
        else:
            window_location = self.window_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startHour": start_hour,
                "startMinute": start_minute,
                "endHour": end_hour,
                "endMinute": end_minute,
                "daysOfWeek": days_of_week,
                "localTimeOffset": local_time_offset,
            }
        )
        if window_location is not UNSET:
            field_dict["windowLocation"] = window_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        start_hour = d.pop("startHour")

        start_minute = d.pop("startMinute")

        end_hour = d.pop("endHour")

        end_minute = d.pop("endMinute")

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

        window_location: LatLngValue | None | Unset = d.pop("windowLocation", UNSET)
        window_location_type_0: LatLngValue
        if isinstance(window_location, dict):
            try:
                window_location_type_0 = LatLngValue.from_dict(window_location)

                window_location = window_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        charging_window = cls(
            start_hour=start_hour,
            start_minute=start_minute,
            end_hour=end_hour,
            end_minute=end_minute,
            days_of_week=days_of_week,
            local_time_offset=local_time_offset,
            window_location=window_location,
        )

        charging_window.additional_properties = d
        return charging_window

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
from ..models.lat_lng_value import LatLngValue  # noqa: E402
