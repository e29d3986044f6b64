# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError, WireField, as_object

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "authenticationUrl",
    }
)

T = TypeVar("T", bound="AccountConnect")


@_attrs_define(kw_only=True)
class AccountConnect:
    """

    Attributes:
        authentication_url (str):
    """

    authentication_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["authenticationUrl"] = self.authentication_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        authentication_url = _d["authenticationUrl"]
        if authentication_url.__class__ is not str and not isinstance(authentication_url, str):
            raise FieldError.of("authentication_url", authentication_url)

        _extra = {} if len(_d) == 1 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is AccountConnect:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.authentication_url = authentication_url
        else:  # a subclass's own __init__ runs
            _self = cls(
                authentication_url=authentication_url,
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


AccountConnect._wire_fields = {
    "authenticationUrl": WireField("authentication_url", "plain"),
}
