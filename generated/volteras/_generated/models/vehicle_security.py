# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_lock_state_enum import VehicleLockStateEnum
from ..types import FieldError, WireField, as_object, parse_datetime

_new = object.__new__
_VehicleLockStateEnum_get = VehicleLockStateEnum._get
_FIELDS: frozenset[str] = frozenset(
    {
        "locked",
        "frontRightDoor",
        "frontLeftDoor",
        "rearRightDoor",
        "rearLeftDoor",
        "frontRightWindow",
        "frontLeftWindow",
        "rearLeftWindow",
        "rearRightWindow",
        "frontTrunk",
        "rearTrunk",
        "sunRoof",
        "timestamp",
    }
)

T = TypeVar("T", bound="VehicleSecurity")


@_attrs_define(kw_only=True)
class VehicleSecurity:
    """

    Attributes:
        locked (bool | None):
        front_right_door (None | str | VehicleLockStateEnum):
        front_left_door (None | str | VehicleLockStateEnum):
        rear_right_door (None | str | VehicleLockStateEnum):
        rear_left_door (None | str | VehicleLockStateEnum):
        front_right_window (None | str | VehicleLockStateEnum):
        front_left_window (None | str | VehicleLockStateEnum):
        rear_left_window (None | str | VehicleLockStateEnum):
        rear_right_window (None | str | VehicleLockStateEnum):
        front_trunk (None | str | VehicleLockStateEnum):
        rear_trunk (None | str | VehicleLockStateEnum):
        sun_roof (None | str | VehicleLockStateEnum):
        timestamp (datetime.datetime | None):
    """

    locked: bool | None
    front_right_door: None | str | VehicleLockStateEnum
    front_left_door: None | str | VehicleLockStateEnum
    rear_right_door: None | str | VehicleLockStateEnum
    rear_left_door: None | str | VehicleLockStateEnum
    front_right_window: None | str | VehicleLockStateEnum
    front_left_window: None | str | VehicleLockStateEnum
    rear_left_window: None | str | VehicleLockStateEnum
    rear_right_window: None | str | VehicleLockStateEnum
    front_trunk: None | str | VehicleLockStateEnum
    rear_trunk: None | str | VehicleLockStateEnum
    sun_roof: None | str | VehicleLockStateEnum
    timestamp: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["locked"] = self.locked
        field_dict["frontRightDoor"] = (
            self.front_right_door.value
            if isinstance(self.front_right_door, VehicleLockStateEnum)
            else self.front_right_door
        )
        field_dict["frontLeftDoor"] = (
            self.front_left_door.value
            if isinstance(self.front_left_door, VehicleLockStateEnum)
            else self.front_left_door
        )
        field_dict["rearRightDoor"] = (
            self.rear_right_door.value
            if isinstance(self.rear_right_door, VehicleLockStateEnum)
            else self.rear_right_door
        )
        field_dict["rearLeftDoor"] = (
            self.rear_left_door.value
            if isinstance(self.rear_left_door, VehicleLockStateEnum)
            else self.rear_left_door
        )
        field_dict["frontRightWindow"] = (
            self.front_right_window.value
            if isinstance(self.front_right_window, VehicleLockStateEnum)
            else self.front_right_window
        )
        field_dict["frontLeftWindow"] = (
            self.front_left_window.value
            if isinstance(self.front_left_window, VehicleLockStateEnum)
            else self.front_left_window
        )
        field_dict["rearLeftWindow"] = (
            self.rear_left_window.value
            if isinstance(self.rear_left_window, VehicleLockStateEnum)
            else self.rear_left_window
        )
        field_dict["rearRightWindow"] = (
            self.rear_right_window.value
            if isinstance(self.rear_right_window, VehicleLockStateEnum)
            else self.rear_right_window
        )
        field_dict["frontTrunk"] = (
            self.front_trunk.value if isinstance(self.front_trunk, VehicleLockStateEnum) else self.front_trunk
        )
        field_dict["rearTrunk"] = (
            self.rear_trunk.value if isinstance(self.rear_trunk, VehicleLockStateEnum) else self.rear_trunk
        )
        field_dict["sunRoof"] = (
            self.sun_roof.value if isinstance(self.sun_roof, VehicleLockStateEnum) else self.sun_roof
        )
        field_dict["timestamp"] = (
            self.timestamp.isoformat().replace("+00:00", "Z")
            if isinstance(self.timestamp, datetime.datetime)
            else self.timestamp
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        locked = _d["locked"]
        if locked.__class__ is not bool and locked is not None:
            raise FieldError.of("locked", locked)

        front_right_door = _d["frontRightDoor"]
        if (
            front_right_door.__class__ is not str
            and front_right_door is not None
            and not isinstance(front_right_door, str)
        ):
            raise FieldError.of("front_right_door", front_right_door)
        front_right_door = _VehicleLockStateEnum_get(front_right_door, front_right_door)

        front_left_door = _d["frontLeftDoor"]
        if (
            front_left_door.__class__ is not str
            and front_left_door is not None
            and not isinstance(front_left_door, str)
        ):
            raise FieldError.of("front_left_door", front_left_door)
        front_left_door = _VehicleLockStateEnum_get(front_left_door, front_left_door)

        rear_right_door = _d["rearRightDoor"]
        if (
            rear_right_door.__class__ is not str
            and rear_right_door is not None
            and not isinstance(rear_right_door, str)
        ):
            raise FieldError.of("rear_right_door", rear_right_door)
        rear_right_door = _VehicleLockStateEnum_get(rear_right_door, rear_right_door)

        rear_left_door = _d["rearLeftDoor"]
        if (
            rear_left_door.__class__ is not str
            and rear_left_door is not None
            and not isinstance(rear_left_door, str)
        ):
            raise FieldError.of("rear_left_door", rear_left_door)
        rear_left_door = _VehicleLockStateEnum_get(rear_left_door, rear_left_door)

        front_right_window = _d["frontRightWindow"]
        if (
            front_right_window.__class__ is not str
            and front_right_window is not None
            and not isinstance(front_right_window, str)
        ):
            raise FieldError.of("front_right_window", front_right_window)
        front_right_window = _VehicleLockStateEnum_get(front_right_window, front_right_window)

        front_left_window = _d["frontLeftWindow"]
        if (
            front_left_window.__class__ is not str
            and front_left_window is not None
            and not isinstance(front_left_window, str)
        ):
            raise FieldError.of("front_left_window", front_left_window)
        front_left_window = _VehicleLockStateEnum_get(front_left_window, front_left_window)

        rear_left_window = _d["rearLeftWindow"]
        if (
            rear_left_window.__class__ is not str
            and rear_left_window is not None
            and not isinstance(rear_left_window, str)
        ):
            raise FieldError.of("rear_left_window", rear_left_window)
        rear_left_window = _VehicleLockStateEnum_get(rear_left_window, rear_left_window)

        rear_right_window = _d["rearRightWindow"]
        if (
            rear_right_window.__class__ is not str
            and rear_right_window is not None
            and not isinstance(rear_right_window, str)
        ):
            raise FieldError.of("rear_right_window", rear_right_window)
        rear_right_window = _VehicleLockStateEnum_get(rear_right_window, rear_right_window)

        front_trunk = _d["frontTrunk"]
        if front_trunk.__class__ is not str and front_trunk is not None and not isinstance(front_trunk, str):
            raise FieldError.of("front_trunk", front_trunk)
        front_trunk = _VehicleLockStateEnum_get(front_trunk, front_trunk)

        rear_trunk = _d["rearTrunk"]
        if rear_trunk.__class__ is not str and rear_trunk is not None and not isinstance(rear_trunk, str):
            raise FieldError.of("rear_trunk", rear_trunk)
        rear_trunk = _VehicleLockStateEnum_get(rear_trunk, rear_trunk)

        sun_roof = _d["sunRoof"]
        if sun_roof.__class__ is not str and sun_roof is not None and not isinstance(sun_roof, str):
            raise FieldError.of("sun_roof", sun_roof)
        sun_roof = _VehicleLockStateEnum_get(sun_roof, sun_roof)

        timestamp = _d["timestamp"]
        if timestamp is not None:
            if timestamp.__class__ is not str and not isinstance(timestamp, str):
                raise FieldError.of("timestamp", timestamp)
            try:
                timestamp = parse_datetime(timestamp)
            except ValueError:
                raise FieldError.of("timestamp", timestamp, "is not an ISO 8601 date-time") from None

        _extra = {} if len(_d) == 13 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleSecurity:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.locked = locked
            _self.front_right_door = front_right_door
            _self.front_left_door = front_left_door
            _self.rear_right_door = rear_right_door
            _self.rear_left_door = rear_left_door
            _self.front_right_window = front_right_window
            _self.front_left_window = front_left_window
            _self.rear_left_window = rear_left_window
            _self.rear_right_window = rear_right_window
            _self.front_trunk = front_trunk
            _self.rear_trunk = rear_trunk
            _self.sun_roof = sun_roof
            _self.timestamp = timestamp
        else:  # a subclass's own __init__ runs
            _self = cls(
                locked=locked,
                front_right_door=front_right_door,
                front_left_door=front_left_door,
                rear_right_door=rear_right_door,
                rear_left_door=rear_left_door,
                front_right_window=front_right_window,
                front_left_window=front_left_window,
                rear_left_window=rear_left_window,
                rear_right_window=rear_right_window,
                front_trunk=front_trunk,
                rear_trunk=rear_trunk,
                sun_roof=sun_roof,
                timestamp=timestamp,
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


VehicleSecurity._wire_fields = {
    "locked": WireField("locked", "plain"),
    "frontRightDoor": WireField("front_right_door", "plain"),
    "frontLeftDoor": WireField("front_left_door", "plain"),
    "rearRightDoor": WireField("rear_right_door", "plain"),
    "rearLeftDoor": WireField("rear_left_door", "plain"),
    "frontRightWindow": WireField("front_right_window", "plain"),
    "frontLeftWindow": WireField("front_left_window", "plain"),
    "rearLeftWindow": WireField("rear_left_window", "plain"),
    "rearRightWindow": WireField("rear_right_window", "plain"),
    "frontTrunk": WireField("front_trunk", "plain"),
    "rearTrunk": WireField("rear_trunk", "plain"),
    "sunRoof": WireField("sun_roof", "plain"),
    "timestamp": WireField("timestamp", "plain"),
}
