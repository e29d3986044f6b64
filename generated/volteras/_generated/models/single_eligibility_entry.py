# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.make_enum import MakeEnum
from ..types import UNSET, FieldError, Unset, WireField, as_object

_new = object.__new__
_MakeEnum_get = MakeEnum._get
_FIELDS: frozenset[str] = frozenset(
    {
        "countryCode",
        "vin",
        "make",
    }
)

T = TypeVar("T", bound="SingleEligibilityEntry")


@_attrs_define(kw_only=True)
class SingleEligibilityEntry:
    """

    Attributes:
        country_code (None | str):
        vin (str | Unset):
        make (MakeEnum | str | Unset):
    """

    country_code: None | str
    vin: str | Unset = UNSET
    make: MakeEnum | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["countryCode"] = self.country_code
        if self.vin is not None:
            field_dict["vin"] = self.vin
        if self.make is not None:
            field_dict["make"] = self.make.value if isinstance(self.make, MakeEnum) else self.make
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        country_code = _d["countryCode"]
        if (
            country_code.__class__ is not str
            and country_code is not None
            and not isinstance(country_code, str)
        ):
            raise FieldError.of("country_code", country_code)

        vin = _d.get("vin")
        if vin.__class__ is not str and vin is not None and not isinstance(vin, str):
            raise FieldError.of("vin", vin)

        make = _d.get("make")
        if make.__class__ is not str and make is not None and not isinstance(make, str):
            raise FieldError.of("make", make)
        make = _MakeEnum_get(make, make)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is SingleEligibilityEntry:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.country_code = country_code
            _self.vin = vin
            _self.make = make
        else:  # a subclass's own __init__ runs
            _self = cls(
                country_code=country_code,
                vin=vin,
                make=make,
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


SingleEligibilityEntry._wire_fields = {
    "countryCode": WireField("country_code", "plain"),
    "vin": WireField("vin", "plain"),
    "make": WireField("make", "plain"),
}
