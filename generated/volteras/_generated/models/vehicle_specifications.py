# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset, WireField, as_object

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "make",
        "modelYear",
        "batteryCapacity",
        "batteryCapacityNet",
        "standardEvr",
        "allElectricRange",
        "allElectricRangeMin",
    }
)

T = TypeVar("T", bound="VehicleSpecifications")


@_attrs_define(kw_only=True)
class VehicleSpecifications:
    """

    Attributes:
        model (None | str | Unset):
        make (None | str | Unset):
        model_year (int | None | Unset):
        battery_capacity (float | None | Unset):
        battery_capacity_net (float | None | Unset):
        standard_evr (None | str | Unset):
        all_electric_range (None | str | Unset):
        all_electric_range_min (int | None | Unset):
    """

    model: None | str | Unset = UNSET
    make: None | str | Unset = UNSET
    model_year: int | None | Unset = UNSET
    battery_capacity: float | None | Unset = UNSET
    battery_capacity_net: float | None | Unset = UNSET
    standard_evr: None | str | Unset = UNSET
    all_electric_range: None | str | Unset = UNSET
    all_electric_range_min: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.model is not None:
            field_dict["model"] = self.model
        if self.make is not None:
            field_dict["make"] = self.make
        if self.model_year is not None:
            field_dict["modelYear"] = self.model_year
        if self.battery_capacity is not None:
            field_dict["batteryCapacity"] = self.battery_capacity
        if self.battery_capacity_net is not None:
            field_dict["batteryCapacityNet"] = self.battery_capacity_net
        if self.standard_evr is not None:
            field_dict["standardEvr"] = self.standard_evr
        if self.all_electric_range is not None:
            field_dict["allElectricRange"] = self.all_electric_range
        if self.all_electric_range_min is not None:
            field_dict["allElectricRangeMin"] = self.all_electric_range_min
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        model = _d.get("model")
        if model.__class__ is not str and model is not None and not isinstance(model, str):
            raise FieldError.of("model", model)

        make = _d.get("make")
        if make.__class__ is not str and make is not None and not isinstance(make, str):
            raise FieldError.of("make", make)

        model_year = _d.get("modelYear")
        if (
            model_year.__class__ is not int
            and model_year is not None
            and (not isinstance(model_year, int) or model_year.__class__ is bool)
        ):
            raise FieldError.of("model_year", model_year)

        battery_capacity = _d.get("batteryCapacity")
        if (
            battery_capacity.__class__ is not float
            and battery_capacity.__class__ is not int
            and battery_capacity is not None
            and (not isinstance(battery_capacity, (float, int)) or battery_capacity.__class__ is bool)
        ):
            raise FieldError.of("battery_capacity", battery_capacity)

        battery_capacity_net = _d.get("batteryCapacityNet")
        if (
            battery_capacity_net.__class__ is not float
            and battery_capacity_net.__class__ is not int
            and battery_capacity_net is not None
            and (not isinstance(battery_capacity_net, (float, int)) or battery_capacity_net.__class__ is bool)
        ):
            raise FieldError.of("battery_capacity_net", battery_capacity_net)

        standard_evr = _d.get("standardEvr")
        if (
            standard_evr.__class__ is not str
            and standard_evr is not None
            and not isinstance(standard_evr, str)
        ):
            raise FieldError.of("standard_evr", standard_evr)

        all_electric_range = _d.get("allElectricRange")
        if (
            all_electric_range.__class__ is not str
            and all_electric_range is not None
            and not isinstance(all_electric_range, str)
        ):
            raise FieldError.of("all_electric_range", all_electric_range)

        all_electric_range_min = _d.get("allElectricRangeMin")
        if (
            all_electric_range_min.__class__ is not int
            and all_electric_range_min is not None
            and (not isinstance(all_electric_range_min, int) or all_electric_range_min.__class__ is bool)
        ):
            raise FieldError.of("all_electric_range_min", all_electric_range_min)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleSpecifications:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.model = model
            _self.make = make
            _self.model_year = model_year
            _self.battery_capacity = battery_capacity
            _self.battery_capacity_net = battery_capacity_net
            _self.standard_evr = standard_evr
            _self.all_electric_range = all_electric_range
            _self.all_electric_range_min = all_electric_range_min
        else:  # a subclass's own __init__ runs
            _self = cls(
                model=model,
                make=make,
                model_year=model_year,
                battery_capacity=battery_capacity,
                battery_capacity_net=battery_capacity_net,
                standard_evr=standard_evr,
                all_electric_range=all_electric_range,
                all_electric_range_min=all_electric_range_min,
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


VehicleSpecifications._wire_fields = {
    "model": WireField("model", "plain"),
    "make": WireField("make", "plain"),
    "modelYear": WireField("model_year", "plain"),
    "batteryCapacity": WireField("battery_capacity", "plain"),
    "batteryCapacityNet": WireField("battery_capacity_net", "plain"),
    "standardEvr": WireField("standard_evr", "plain"),
    "allElectricRange": WireField("all_electric_range", "plain"),
    "allElectricRangeMin": WireField("all_electric_range_min", "plain"),
}
