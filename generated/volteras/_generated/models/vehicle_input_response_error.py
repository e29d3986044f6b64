# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_error_code import ConnectionErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleInputResponseError")


@_attrs_define
class VehicleInputResponseError:
    """
    Attributes:
        code (ConnectionErrorCode | str):
        message (str):
        action_category (None | str | Unset):
    """

    code: ConnectionErrorCode | str
    message: str
    action_category: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str
        if isinstance(self.code, ConnectionErrorCode):
            code = self.code.value
        else:
            code = self.code

        message = self.message

        action_category: None | str | Unset
        if isinstance(self.action_category, Unset):
            action_category = UNSET
        else:
            action_category = self.action_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if action_category is not UNSET:
            field_dict["actionCategory"] = action_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code: ConnectionErrorCode | str = d.pop("code")
        try:
            code = ConnectionErrorCode._get(code, code)
        except TypeError:
            pass

        message = d.pop("message")

        action_category: None | str | Unset = d.pop("actionCategory", UNSET)

        vehicle_input_response_error = cls(
            code=code,
            message=message,
            action_category=action_category,
        )

        vehicle_input_response_error.additional_properties = d
        return vehicle_input_response_error

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
