# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.range_detail import RangeDetail


T = TypeVar("T", bound="VehicleRange")


@_attrs_define
class VehicleRange:
    """
    Attributes:
        vehicle_id (str):
        unit (str):
        calculation_date (datetime.date):
        range_ (RangeDetail):
    """

    vehicle_id: str
    unit: str
    calculation_date: datetime.date
    range_: RangeDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        vehicle_id = self.vehicle_id

        unit = self.unit

        calculation_date = self.calculation_date.isoformat()

        range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicleId": vehicle_id,
                "unit": unit,
                "calculationDate": calculation_date,
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        vehicle_id = d.pop("vehicleId")

        unit = d.pop("unit")

        calculation_date = datetime.date.fromisoformat(d.pop("calculationDate"))

        range_ = RangeDetail.from_dict(d.pop("range"))

        vehicle_range = cls(
            vehicle_id=vehicle_id,
            unit=unit,
            calculation_date=calculation_date,
            range_=range_,
        )

        vehicle_range.additional_properties = d
        return vehicle_range

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
from ..models.range_detail import RangeDetail  # noqa: E402
