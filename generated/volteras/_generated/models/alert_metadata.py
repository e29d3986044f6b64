# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError, WireField, as_object, parse_datetime

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "createdAt",
        "updatedAt",
    }
)

T = TypeVar("T", bound="AlertMetadata")


@_attrs_define(kw_only=True)
class AlertMetadata:
    """

    Attributes:
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["createdAt"] = (
            self.created_at.isoformat().replace("+00:00", "Z")
            if isinstance(self.created_at, datetime.datetime)
            else self.created_at
        )
        field_dict["updatedAt"] = (
            self.updated_at.isoformat().replace("+00:00", "Z")
            if isinstance(self.updated_at, datetime.datetime)
            else self.updated_at
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        created_at = _d["createdAt"]
        if created_at.__class__ is not str and not isinstance(created_at, str):
            raise FieldError.of("created_at", created_at)
        try:
            created_at = parse_datetime(created_at)
        except ValueError:
            raise FieldError.of("created_at", created_at, "is not an ISO 8601 date-time") from None

        updated_at = _d["updatedAt"]
        if updated_at.__class__ is not str and not isinstance(updated_at, str):
            raise FieldError.of("updated_at", updated_at)
        try:
            updated_at = parse_datetime(updated_at)
        except ValueError:
            raise FieldError.of("updated_at", updated_at, "is not an ISO 8601 date-time") from None

        _extra = {} if len(_d) == 2 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is AlertMetadata:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.created_at = created_at
            _self.updated_at = updated_at
        else:  # a subclass's own __init__ runs
            _self = cls(
                created_at=created_at,
                updated_at=updated_at,
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


AlertMetadata._wire_fields = {
    "createdAt": WireField("created_at", "plain"),
    "updatedAt": WireField("updated_at", "plain"),
}
