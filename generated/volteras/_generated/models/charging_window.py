# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekdays import Weekdays
from ..types import UNSET, FieldError, Unset, WireField, as_object, index_of

_new = object.__new__
_Weekdays_get = Weekdays._get
_FIELDS: frozenset[str] = frozenset(
    {
        "startHour",
        "startMinute",
        "endHour",
        "endMinute",
        "daysOfWeek",
        "localTimeOffset",
        "windowLocation",
    }
)

T = TypeVar("T", bound="ChargingWindow")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["startHour"] = self.start_hour
        field_dict["startMinute"] = self.start_minute
        field_dict["endHour"] = self.end_hour
        field_dict["endMinute"] = self.end_minute
        field_dict["daysOfWeek"] = (
            [(_item0.value if isinstance(_item0, Weekdays) else _item0) for _item0 in self.days_of_week]
            if isinstance(self.days_of_week, list)
            else self.days_of_week
        )
        field_dict["localTimeOffset"] = self.local_time_offset
        if self.window_location is not None:
            field_dict["windowLocation"] = (
                self.window_location.to_dict()
                if isinstance(self.window_location, LatLngValue)
                else self.window_location
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        start_hour = _d["startHour"]
        if start_hour.__class__ is not int and (
            not isinstance(start_hour, int) or start_hour.__class__ is bool
        ):
            raise FieldError.of("start_hour", start_hour)

        start_minute = _d["startMinute"]
        if start_minute.__class__ is not int and (
            not isinstance(start_minute, int) or start_minute.__class__ is bool
        ):
            raise FieldError.of("start_minute", start_minute)

        end_hour = _d["endHour"]
        if end_hour.__class__ is not int and (not isinstance(end_hour, int) or end_hour.__class__ is bool):
            raise FieldError.of("end_hour", end_hour)

        end_minute = _d["endMinute"]
        if end_minute.__class__ is not int and (
            not isinstance(end_minute, int) or end_minute.__class__ is bool
        ):
            raise FieldError.of("end_minute", end_minute)

        days_of_week = _d["daysOfWeek"]
        if days_of_week.__class__ is not list and not isinstance(days_of_week, list):
            raise FieldError.of("days_of_week", days_of_week)
        _days_of_week_list = []
        for _days_of_week_item in days_of_week:
            if _days_of_week_item.__class__ is not str and not isinstance(_days_of_week_item, str):
                raise FieldError.of(
                    "days_of_week" + index_of(days_of_week, _days_of_week_item), _days_of_week_item
                )
            _days_of_week_item = _Weekdays_get(_days_of_week_item, _days_of_week_item)

            _days_of_week_list.append(_days_of_week_item)
        days_of_week = _days_of_week_list

        local_time_offset = _d["localTimeOffset"]
        if local_time_offset.__class__ is not int and (
            not isinstance(local_time_offset, int) or local_time_offset.__class__ is bool
        ):
            raise FieldError.of("local_time_offset", local_time_offset)

        window_location = _d.get("windowLocation")
        if window_location is not None:
            try:
                window_location = _LatLngValue_from_dict(window_location)
            except FieldError as _error:
                raise _error.within("window_location") from None

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is ChargingWindow:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.start_hour = start_hour
            _self.start_minute = start_minute
            _self.end_hour = end_hour
            _self.end_minute = end_minute
            _self.days_of_week = days_of_week
            _self.local_time_offset = local_time_offset
            _self.window_location = window_location
        else:  # a subclass's own __init__ runs
            _self = cls(
                start_hour=start_hour,
                start_minute=start_minute,
                end_hour=end_hour,
                end_minute=end_minute,
                days_of_week=days_of_week,
                local_time_offset=local_time_offset,
                window_location=window_location,
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
from ..models.lat_lng_value import LatLngValue  # noqa: E402

_LatLngValue_from_dict = LatLngValue.from_dict
ChargingWindow._wire_fields = {
    "startHour": WireField("start_hour", "plain"),
    "startMinute": WireField("start_minute", "plain"),
    "endHour": WireField("end_hour", "plain"),
    "endMinute": WireField("end_minute", "plain"),
    "daysOfWeek": WireField("days_of_week", "list"),
    "localTimeOffset": WireField("local_time_offset", "plain"),
    "windowLocation": WireField("window_location", "model", LatLngValue),
}
