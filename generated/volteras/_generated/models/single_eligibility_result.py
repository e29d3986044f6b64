# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eligibility_vin_entry_status_enum import EligibilityVinEntryStatusEnum
from ..models.make_enum import MakeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SingleEligibilityResult")


@_attrs_define
class SingleEligibilityResult:
    """
    Attributes:
        row_id (int):
        vin (str):
        status (EligibilityVinEntryStatusEnum | str):
        make (MakeEnum | None | str | Unset):
        error_message (None | str | Unset):
    """

    row_id: int
    vin: str
    status: EligibilityVinEntryStatusEnum | str
    make: MakeEnum | None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_id = self.row_id

        vin = self.vin

        status: str
        if isinstance(self.status, EligibilityVinEntryStatusEnum):
            status = self.status.value
        else:
            status = self.status

        make: None | str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        elif isinstance(self.make, MakeEnum):
            make = self.make.value
        else:
            make = self.make

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rowId": row_id,
                "vin": vin,
                "status": status,
            }
        )
        if make is not UNSET:
            field_dict["make"] = make
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row_id = d.pop("rowId")

        vin = d.pop("vin")

        status: EligibilityVinEntryStatusEnum | str = d.pop("status")
        try:
            status = EligibilityVinEntryStatusEnum._get(status, status)
        except TypeError:
            pass

        make: MakeEnum | None | str | Unset = d.pop("make", UNSET)
        try:
            make = MakeEnum._get(make, make)
        except TypeError:
            pass

        error_message: None | str | Unset = d.pop("errorMessage", UNSET)

        single_eligibility_result = cls(
            row_id=row_id,
            vin=vin,
            status=status,
            make=make,
            error_message=error_message,
        )

        single_eligibility_result.additional_properties = d
        return single_eligibility_result

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
