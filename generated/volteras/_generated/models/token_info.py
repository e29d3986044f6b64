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
        "clientId",
        "organizationId",
    }
)

T = TypeVar("T", bound="TokenInfo")


@_attrs_define(kw_only=True)
class TokenInfo:
    """

    Attributes:
        client_id (str): The API client the token was issued to.
        organization_id (str): The organization that owns that client.
    """

    client_id: str
    organization_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["clientId"] = self.client_id
        field_dict["organizationId"] = self.organization_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        client_id = _d["clientId"]
        if client_id.__class__ is not str and not isinstance(client_id, str):
            raise FieldError.of("client_id", client_id)

        organization_id = _d["organizationId"]
        if organization_id.__class__ is not str and not isinstance(organization_id, str):
            raise FieldError.of("organization_id", organization_id)

        _extra = {} if len(_d) == 2 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is TokenInfo:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.client_id = client_id
            _self.organization_id = organization_id
        else:  # a subclass's own __init__ runs
            _self = cls(
                client_id=client_id,
                organization_id=organization_id,
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


TokenInfo._wire_fields = {
    "clientId": WireField("client_id", "plain"),
    "organizationId": WireField("organization_id", "plain"),
}
