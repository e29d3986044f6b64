# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alert_category import AlertCategory


T = TypeVar("T", bound="AlertDefinitionBase")


@_attrs_define
class AlertDefinitionBase:
    """
    Attributes:
        id (str):
        name (str):
        description (str):
        message (str):
        category (AlertCategory):
    """

    id: str
    name: str
    description: str
    message: str
    category: AlertCategory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        name = self.name

        description = self.description

        message = self.message

        category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "message": message,
                "category": category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        message = d.pop("message")

        category = AlertCategory.from_dict(d.pop("category"))

        alert_definition_base = cls(
            id=id,
            name=name,
            description=description,
            message=message,
            category=category,
        )

        alert_definition_base.additional_properties = d
        return alert_definition_base

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


# After the class, so models that refer to each other load in either order.
from ..models.alert_category import AlertCategory  # noqa: E402
