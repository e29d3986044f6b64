# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_charge_port_latch_state_enum import VehicleChargePortLatchStateEnum
from ..models.vehicle_charge_state_enum import VehicleChargeStateEnum

T = TypeVar("T", bound="VehicleChargingState")


@_attrs_define
class VehicleChargingState:
    """
    Attributes:
        charging_state (None | str | VehicleChargeStateEnum):
        timestamp (datetime.datetime | None):
        charge_port_door_open (bool | None):
        charge_port_latch (None | str | VehicleChargePortLatchStateEnum):
    """

    charging_state: None | str | VehicleChargeStateEnum
    timestamp: datetime.datetime | None
    charge_port_door_open: bool | None
    charge_port_latch: None | str | VehicleChargePortLatchStateEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charging_state: None | str
        if isinstance(self.charging_state, VehicleChargeStateEnum):
            charging_state = self.charging_state.value
        else:
            charging_state = self.charging_state

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")
        else:
            timestamp = self.timestamp

        charge_port_door_open: bool | None
        charge_port_door_open = self.charge_port_door_open

        charge_port_latch: None | str
        if isinstance(self.charge_port_latch, VehicleChargePortLatchStateEnum):
            charge_port_latch = self.charge_port_latch.value
        else:
            charge_port_latch = self.charge_port_latch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chargingState": charging_state,
                "timestamp": timestamp,
                "chargePortDoorOpen": charge_port_door_open,
                "chargePortLatch": charge_port_latch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        charging_state: None | str | VehicleChargeStateEnum = d.pop("chargingState")
        try:
            charging_state = VehicleChargeStateEnum._get(charging_state, charging_state)
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

        charge_port_door_open: bool | None = d.pop("chargePortDoorOpen")

        charge_port_latch: None | str | VehicleChargePortLatchStateEnum = d.pop("chargePortLatch")
        try:
            charge_port_latch = VehicleChargePortLatchStateEnum._get(charge_port_latch, charge_port_latch)
        except TypeError:
            pass

        vehicle_charging_state = cls(
            charging_state=charging_state,
            timestamp=timestamp,
            charge_port_door_open=charge_port_door_open,
            charge_port_latch=charge_port_latch,
        )

        vehicle_charging_state.additional_properties = d
        return vehicle_charging_state

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
