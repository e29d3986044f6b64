# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.battery_capacity import BatteryCapacity


T = TypeVar("T", bound="VehicleStateOfHealth")


@_attrs_define
class VehicleStateOfHealth:
    """
    Attributes:
        vehicle_id (str):
        calculation_date (datetime.date):
        state_of_health (None | str):
        battery_capacity (BatteryCapacity):
    """

    vehicle_id: str
    calculation_date: datetime.date
    state_of_health: None | str
    battery_capacity: BatteryCapacity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        vehicle_id = self.vehicle_id

        calculation_date = self.calculation_date.isoformat()

        state_of_health: None | str
        state_of_health = self.state_of_health

        battery_capacity = self.battery_capacity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicleId": vehicle_id,
                "calculationDate": calculation_date,
                "stateOfHealth": state_of_health,
                "batteryCapacity": battery_capacity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        vehicle_id = d.pop("vehicleId")

        calculation_date = datetime.date.fromisoformat(d.pop("calculationDate"))

        state_of_health: None | str = d.pop("stateOfHealth")

        battery_capacity = BatteryCapacity.from_dict(d.pop("batteryCapacity"))

        vehicle_state_of_health = cls(
            vehicle_id=vehicle_id,
            calculation_date=calculation_date,
            state_of_health=state_of_health,
            battery_capacity=battery_capacity,
        )

        vehicle_state_of_health.additional_properties = d
        return vehicle_state_of_health

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
from ..models.battery_capacity import BatteryCapacity  # noqa: E402
