# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError, WireField, as_object, parse_date

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "vehicleId",
        "unit",
        "calculationDate",
        "range",
    }
)

T = TypeVar("T", bound="VehicleRange")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["vehicleId"] = self.vehicle_id
        field_dict["unit"] = self.unit
        field_dict["calculationDate"] = (
            self.calculation_date.isoformat()
            if isinstance(self.calculation_date, datetime.date)
            else self.calculation_date
        )
        field_dict["range"] = self.range_.to_dict() if isinstance(self.range_, RangeDetail) else self.range_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        vehicle_id = _d["vehicleId"]
        if vehicle_id.__class__ is not str and not isinstance(vehicle_id, str):
            raise FieldError.of("vehicle_id", vehicle_id)

        unit = _d["unit"]
        if unit.__class__ is not str and not isinstance(unit, str):
            raise FieldError.of("unit", unit)

        calculation_date = _d["calculationDate"]
        if calculation_date.__class__ is not str and not isinstance(calculation_date, str):
            raise FieldError.of("calculation_date", calculation_date)
        try:
            calculation_date = parse_date(calculation_date)
        except ValueError:
            raise FieldError.of("calculation_date", calculation_date, "is not an ISO 8601 date") from None

        range_ = _d["range"]
        try:
            range_ = _RangeDetail_from_dict(range_)
        except FieldError as _error:
            raise _error.within("range_") from None

        _extra = {} if len(_d) == 4 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleRange:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.vehicle_id = vehicle_id
            _self.unit = unit
            _self.calculation_date = calculation_date
            _self.range_ = range_
        else:  # a subclass's own __init__ runs
            _self = cls(
                vehicle_id=vehicle_id,
                unit=unit,
                calculation_date=calculation_date,
                range_=range_,
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
from ..models.range_detail import RangeDetail  # noqa: E402

_RangeDetail_from_dict = RangeDetail.from_dict
VehicleRange._wire_fields = {
    "vehicleId": WireField("vehicle_id", "plain"),
    "unit": WireField("unit", "plain"),
    "calculationDate": WireField("calculation_date", "plain"),
    "range": WireField("range_", "model", RangeDetail),
}
