# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekdays import Weekdays
from ..types import FieldError, WireField, as_object, index_of

_new = object.__new__
_Weekdays_get = Weekdays._get
_FIELDS: frozenset[str] = frozenset(
    {
        "hour",
        "minute",
        "daysOfWeek",
        "localTimeOffset",
    }
)

T = TypeVar("T", bound="DepartureTime")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["hour"] = self.hour
        field_dict["minute"] = self.minute
        field_dict["daysOfWeek"] = (
            [(_item0.value if isinstance(_item0, Weekdays) else _item0) for _item0 in self.days_of_week]
            if isinstance(self.days_of_week, list)
            else self.days_of_week
        )
        field_dict["localTimeOffset"] = self.local_time_offset
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        hour = _d["hour"]
        if hour.__class__ is not int and (not isinstance(hour, int) or hour.__class__ is bool):
            raise FieldError.of("hour", hour)

        minute = _d["minute"]
        if minute.__class__ is not int and (not isinstance(minute, int) or minute.__class__ is bool):
            raise FieldError.of("minute", minute)

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

        _extra = {} if len(_d) == 4 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is DepartureTime:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.hour = hour
            _self.minute = minute
            _self.days_of_week = days_of_week
            _self.local_time_offset = local_time_offset
        else:  # a subclass's own __init__ runs
            _self = cls(
                hour=hour,
                minute=minute,
                days_of_week=days_of_week,
                local_time_offset=local_time_offset,
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


DepartureTime._wire_fields = {
    "hour": WireField("hour", "plain"),
    "minute": WireField("minute", "plain"),
    "daysOfWeek": WireField("days_of_week", "list"),
    "localTimeOffset": WireField("local_time_offset", "plain"),
}
