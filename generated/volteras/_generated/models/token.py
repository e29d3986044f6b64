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
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token",
    }
)

T = TypeVar("T", bound="Token")


@_attrs_define(kw_only=True)
class Token:
    """

    Attributes:
        access_token (str): Sent as `Authorization: Bearer <access_token>` on every other call.
        token_type (str): Always a bearer token.
        expires_in (int): Seconds until the access token stops being accepted.
        refresh_token (str): Renews the access token without the client secret.
    """

    access_token: str
    token_type: str
    expires_in: int
    refresh_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["access_token"] = self.access_token
        field_dict["token_type"] = self.token_type
        field_dict["expires_in"] = self.expires_in
        field_dict["refresh_token"] = self.refresh_token
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        access_token = _d["access_token"]
        if access_token.__class__ is not str and not isinstance(access_token, str):
            raise FieldError.of("access_token", access_token)

        token_type = _d["token_type"]
        if token_type.__class__ is not str and not isinstance(token_type, str):
            raise FieldError.of("token_type", token_type)

        expires_in = _d["expires_in"]
        if expires_in.__class__ is not int and (
            not isinstance(expires_in, int) or expires_in.__class__ is bool
        ):
            raise FieldError.of("expires_in", expires_in)

        refresh_token = _d["refresh_token"]
        if refresh_token.__class__ is not str and not isinstance(refresh_token, str):
            raise FieldError.of("refresh_token", refresh_token)

        _extra = {} if len(_d) == 4 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is Token:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.access_token = access_token
            _self.token_type = token_type
            _self.expires_in = expires_in
            _self.refresh_token = refresh_token
        else:  # a subclass's own __init__ runs
            _self = cls(
                access_token=access_token,
                token_type=token_type,
                expires_in=expires_in,
                refresh_token=refresh_token,
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


Token._wire_fields = {
    "access_token": WireField("access_token", "plain"),
    "token_type": WireField("token_type", "plain"),
    "expires_in": WireField("expires_in", "plain"),
    "refresh_token": WireField("refresh_token", "plain"),
}
