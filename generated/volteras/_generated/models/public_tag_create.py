# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_tag_entity_types import PublicTagEntityTypes
from ..types import FieldError, WireField, as_object

_new = object.__new__
_PublicTagEntityTypes_get = PublicTagEntityTypes._get
_FIELDS: frozenset[str] = frozenset(
    {
        "key",
        "value",
        "objectType",
        "objectId",
    }
)

T = TypeVar("T", bound="PublicTagCreate")


@_attrs_define(kw_only=True)
class PublicTagCreate:
    """

    Attributes:
        key (str):
        value (str):
        object_type (PublicTagEntityTypes | str):
        object_id (str):
    """

    key: str
    value: str
    object_type: PublicTagEntityTypes | str
    object_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["key"] = self.key
        field_dict["value"] = self.value
        field_dict["objectType"] = (
            self.object_type.value if isinstance(self.object_type, PublicTagEntityTypes) else self.object_type
        )
        field_dict["objectId"] = self.object_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        key = _d["key"]
        if key.__class__ is not str and not isinstance(key, str):
            raise FieldError.of("key", key)

        value = _d["value"]
        if value.__class__ is not str and not isinstance(value, str):
            raise FieldError.of("value", value)

        object_type = _d["objectType"]
        if object_type.__class__ is not str and not isinstance(object_type, str):
            raise FieldError.of("object_type", object_type)
        object_type = _PublicTagEntityTypes_get(object_type, object_type)

        object_id = _d["objectId"]
        if object_id.__class__ is not str and not isinstance(object_id, str):
            raise FieldError.of("object_id", object_id)

        _extra = {} if len(_d) == 4 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is PublicTagCreate:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.key = key
            _self.value = value
            _self.object_type = object_type
            _self.object_id = object_id
        else:  # a subclass's own __init__ runs
            _self = cls(
                key=key,
                value=value,
                object_type=object_type,
                object_id=object_id,
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


PublicTagCreate._wire_fields = {
    "key": WireField("key", "plain"),
    "value": WireField("value", "plain"),
    "objectType": WireField("object_type", "plain"),
    "objectId": WireField("object_id", "plain"),
}
