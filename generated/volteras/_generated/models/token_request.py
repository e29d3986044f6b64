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
        "grant_type",
        "client_id",
        "client_secret",
        "refresh_token",
    }
)

T = TypeVar("T", bound="TokenRequest")


@_attrs_define(kw_only=True)
class TokenRequest:
    """Form fields of a token request. With client credentials, send only `grant_type`; the id and secret travel in HTTP
    Basic (the form fields still work but are deprecated).

    Attributes:
        grant_type (str | Unset): `client_credentials` for a new token, `refresh_token` to renew one.
        client_id (None | str | Unset): Deprecated alternative to HTTP Basic.
        client_secret (None | str | Unset): Deprecated alternative to HTTP Basic.
        refresh_token (None | str | Unset): With `grant_type=refresh_token`, the refresh token of an earlier answer.
    """

    grant_type: str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.grant_type is not None:
            field_dict["grant_type"] = self.grant_type
        if self.client_id is not None:
            field_dict["client_id"] = self.client_id
        if self.client_secret is not None:
            field_dict["client_secret"] = self.client_secret
        if self.refresh_token is not None:
            field_dict["refresh_token"] = self.refresh_token
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        grant_type = _d.get("grant_type")
        if grant_type.__class__ is not str and grant_type is not None and not isinstance(grant_type, str):
            raise FieldError.of("grant_type", grant_type)

        client_id = _d.get("client_id")
        if client_id.__class__ is not str and client_id is not None and not isinstance(client_id, str):
            raise FieldError.of("client_id", client_id)

        client_secret = _d.get("client_secret")
        if (
            client_secret.__class__ is not str
            and client_secret is not None
            and not isinstance(client_secret, str)
        ):
            raise FieldError.of("client_secret", client_secret)

        refresh_token = _d.get("refresh_token")
        if (
            refresh_token.__class__ is not str
            and refresh_token is not None
            and not isinstance(refresh_token, str)
        ):
            raise FieldError.of("refresh_token", refresh_token)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is TokenRequest:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.grant_type = grant_type
            _self.client_id = client_id
            _self.client_secret = client_secret
            _self.refresh_token = refresh_token
        else:  # a subclass's own __init__ runs
            _self = cls(
                grant_type=grant_type,
                client_id=client_id,
                client_secret=client_secret,
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


TokenRequest._wire_fields = {
    "grant_type": WireField("grant_type", "plain"),
    "client_id": WireField("client_id", "plain"),
    "client_secret": WireField("client_secret", "plain"),
    "refresh_token": WireField("refresh_token", "plain"),
}
