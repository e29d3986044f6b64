# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_tag_entity_types import PublicTagEntityTypes

T = TypeVar("T", bound="PublicTagCreate")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        object_type: str
        if isinstance(self.object_type, PublicTagEntityTypes):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        object_id = self.object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
                "objectType": object_type,
                "objectId": object_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value")

        object_type: PublicTagEntityTypes | str = d.pop("objectType")
        try:
            object_type = PublicTagEntityTypes._get(object_type, object_type)
        except TypeError:
            pass

        object_id = d.pop("objectId")

        public_tag_create = cls(
            key=key,
            value=value,
            object_type=object_type,
            object_id=object_id,
        )

        public_tag_create.additional_properties = d
        return public_tag_create

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
