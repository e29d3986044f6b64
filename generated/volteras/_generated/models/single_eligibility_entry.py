# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.make_enum import MakeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SingleEligibilityEntry")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        country_code: None | str
        country_code = self.country_code

        vin = self.vin

        make: str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        elif isinstance(self.make, MakeEnum):
            make = self.make.value
        else:
            make = self.make

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
            }
        )
        if vin is not UNSET:
            field_dict["vin"] = vin
        if make is not UNSET:
            field_dict["make"] = make

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code: None | str = d.pop("countryCode")

        vin = d.pop("vin", UNSET)

        make: MakeEnum | str | Unset = d.pop("make", UNSET)
        try:
            make = MakeEnum._get(make, make)
        except TypeError:
            pass

        single_eligibility_entry = cls(
            country_code=country_code,
            vin=vin,
            make=make,
        )

        single_eligibility_entry.additional_properties = d
        return single_eligibility_entry

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
