# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_charge_port_latch_state_enum import VehicleChargePortLatchStateEnum
from ..models.vehicle_charge_state_enum import VehicleChargeStateEnum
from ..types import FieldError, WireField, as_object, parse_datetime

_new = object.__new__
_VehicleChargePortLatchStateEnum_get = VehicleChargePortLatchStateEnum._get
_VehicleChargeStateEnum_get = VehicleChargeStateEnum._get
_FIELDS: frozenset[str] = frozenset(
    {
        "chargingState",
        "timestamp",
        "chargePortDoorOpen",
        "chargePortLatch",
    }
)

T = TypeVar("T", bound="VehicleChargingState")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["chargingState"] = (
            self.charging_state.value
            if isinstance(self.charging_state, VehicleChargeStateEnum)
            else self.charging_state
        )
        field_dict["timestamp"] = (
            self.timestamp.isoformat().replace("+00:00", "Z")
            if isinstance(self.timestamp, datetime.datetime)
            else self.timestamp
        )
        field_dict["chargePortDoorOpen"] = self.charge_port_door_open
        field_dict["chargePortLatch"] = (
            self.charge_port_latch.value
            if isinstance(self.charge_port_latch, VehicleChargePortLatchStateEnum)
            else self.charge_port_latch
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        charging_state = _d["chargingState"]
        if (
            charging_state.__class__ is not str
            and charging_state is not None
            and not isinstance(charging_state, str)
        ):
            raise FieldError.of("charging_state", charging_state)
        charging_state = _VehicleChargeStateEnum_get(charging_state, charging_state)

        timestamp = _d["timestamp"]
        if timestamp is not None:
            if timestamp.__class__ is not str and not isinstance(timestamp, str):
                raise FieldError.of("timestamp", timestamp)
            try:
                timestamp = parse_datetime(timestamp)
            except ValueError:
                raise FieldError.of("timestamp", timestamp, "is not an ISO 8601 date-time") from None

        charge_port_door_open = _d["chargePortDoorOpen"]
        if charge_port_door_open.__class__ is not bool and charge_port_door_open is not None:
            raise FieldError.of("charge_port_door_open", charge_port_door_open)

        charge_port_latch = _d["chargePortLatch"]
        if (
            charge_port_latch.__class__ is not str
            and charge_port_latch is not None
            and not isinstance(charge_port_latch, str)
        ):
            raise FieldError.of("charge_port_latch", charge_port_latch)
        charge_port_latch = _VehicleChargePortLatchStateEnum_get(charge_port_latch, charge_port_latch)

        _extra = {} if len(_d) == 4 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleChargingState:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.charging_state = charging_state
            _self.timestamp = timestamp
            _self.charge_port_door_open = charge_port_door_open
            _self.charge_port_latch = charge_port_latch
        else:  # a subclass's own __init__ runs
            _self = cls(
                charging_state=charging_state,
                timestamp=timestamp,
                charge_port_door_open=charge_port_door_open,
                charge_port_latch=charge_port_latch,
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


VehicleChargingState._wire_fields = {
    "chargingState": WireField("charging_state", "plain"),
    "timestamp": WireField("timestamp", "plain"),
    "chargePortDoorOpen": WireField("charge_port_door_open", "plain"),
    "chargePortLatch": WireField("charge_port_latch", "plain"),
}
