# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_lock_state_enum import VehicleLockStateEnum

T = TypeVar("T", bound="VehicleSecurity")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        locked: bool | None
        locked = self.locked

        front_right_door: None | str
        if isinstance(self.front_right_door, VehicleLockStateEnum):
            front_right_door = self.front_right_door.value
        else:
            front_right_door = self.front_right_door

        front_left_door: None | str
        if isinstance(self.front_left_door, VehicleLockStateEnum):
            front_left_door = self.front_left_door.value
        else:
            front_left_door = self.front_left_door

        rear_right_door: None | str
        if isinstance(self.rear_right_door, VehicleLockStateEnum):
            rear_right_door = self.rear_right_door.value
        else:
            rear_right_door = self.rear_right_door

        rear_left_door: None | str
        if isinstance(self.rear_left_door, VehicleLockStateEnum):
            rear_left_door = self.rear_left_door.value
        else:
            rear_left_door = self.rear_left_door

        front_right_window: None | str
        if isinstance(self.front_right_window, VehicleLockStateEnum):
            front_right_window = self.front_right_window.value
        else:
            front_right_window = self.front_right_window

        front_left_window: None | str
        if isinstance(self.front_left_window, VehicleLockStateEnum):
            front_left_window = self.front_left_window.value
        else:
            front_left_window = self.front_left_window

        rear_left_window: None | str
        if isinstance(self.rear_left_window, VehicleLockStateEnum):
            rear_left_window = self.rear_left_window.value
        else:
            rear_left_window = self.rear_left_window

        rear_right_window: None | str
        if isinstance(self.rear_right_window, VehicleLockStateEnum):
            rear_right_window = self.rear_right_window.value
        else:
            rear_right_window = self.rear_right_window

        front_trunk: None | str
        if isinstance(self.front_trunk, VehicleLockStateEnum):
            front_trunk = self.front_trunk.value
        else:
            front_trunk = self.front_trunk

        rear_trunk: None | str
        if isinstance(self.rear_trunk, VehicleLockStateEnum):
            rear_trunk = self.rear_trunk.value
        else:
            rear_trunk = self.rear_trunk

        sun_roof: None | str
        if isinstance(self.sun_roof, VehicleLockStateEnum):
            sun_roof = self.sun_roof.value
        else:
            sun_roof = self.sun_roof

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locked": locked,
                "frontRightDoor": front_right_door,
                "frontLeftDoor": front_left_door,
                "rearRightDoor": rear_right_door,
                "rearLeftDoor": rear_left_door,
                "frontRightWindow": front_right_window,
                "frontLeftWindow": front_left_window,
                "rearLeftWindow": rear_left_window,
                "rearRightWindow": rear_right_window,
                "frontTrunk": front_trunk,
                "rearTrunk": rear_trunk,
                "sunRoof": sun_roof,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        locked: bool | None = d.pop("locked")

        front_right_door: None | str | VehicleLockStateEnum = d.pop("frontRightDoor")
        try:
            front_right_door = VehicleLockStateEnum._get(front_right_door, front_right_door)
        except TypeError:
            pass

        front_left_door: None | str | VehicleLockStateEnum = d.pop("frontLeftDoor")
        try:
            front_left_door = VehicleLockStateEnum._get(front_left_door, front_left_door)
        except TypeError:
            pass

        rear_right_door: None | str | VehicleLockStateEnum = d.pop("rearRightDoor")
        try:
            rear_right_door = VehicleLockStateEnum._get(rear_right_door, rear_right_door)
        except TypeError:
            pass

        rear_left_door: None | str | VehicleLockStateEnum = d.pop("rearLeftDoor")
        try:
            rear_left_door = VehicleLockStateEnum._get(rear_left_door, rear_left_door)
        except TypeError:
            pass

        front_right_window: None | str | VehicleLockStateEnum = d.pop("frontRightWindow")
        try:
            front_right_window = VehicleLockStateEnum._get(front_right_window, front_right_window)
        except TypeError:
            pass

        front_left_window: None | str | VehicleLockStateEnum = d.pop("frontLeftWindow")
        try:
            front_left_window = VehicleLockStateEnum._get(front_left_window, front_left_window)
        except TypeError:
            pass

        rear_left_window: None | str | VehicleLockStateEnum = d.pop("rearLeftWindow")
        try:
            rear_left_window = VehicleLockStateEnum._get(rear_left_window, rear_left_window)
        except TypeError:
            pass

        rear_right_window: None | str | VehicleLockStateEnum = d.pop("rearRightWindow")
        try:
            rear_right_window = VehicleLockStateEnum._get(rear_right_window, rear_right_window)
        except TypeError:
            pass

        front_trunk: None | str | VehicleLockStateEnum = d.pop("frontTrunk")
        try:
            front_trunk = VehicleLockStateEnum._get(front_trunk, front_trunk)
        except TypeError:
            pass

        rear_trunk: None | str | VehicleLockStateEnum = d.pop("rearTrunk")
        try:
            rear_trunk = VehicleLockStateEnum._get(rear_trunk, rear_trunk)
        except TypeError:
            pass

        sun_roof: None | str | VehicleLockStateEnum = d.pop("sunRoof")
        try:
            sun_roof = VehicleLockStateEnum._get(sun_roof, sun_roof)
        except TypeError:
            pass

        timestamp: datetime.datetime | None = d.pop("timestamp")
        timestamp_type_0: datetime.datetime
        if isinstance(timestamp, str):
            try:
                timestamp_type_0 = datetime.datetime.fromisoformat(timestamp)

                timestamp = timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vehicle_security = cls(
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

        vehicle_security.additional_properties = d
        return vehicle_security

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
