# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_step_status import AlertStepStatus

if TYPE_CHECKING:
    from ..models.alert_step_definition import AlertStepDefinition


T = TypeVar("T", bound="AlertStepInstance")


@_attrs_define
class AlertStepInstance:
    """
    Attributes:
        id (str):
        status (AlertStepStatus | str):
        definition (AlertStepDefinition):
    """

    id: str
    status: AlertStepStatus | str
    definition: AlertStepDefinition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        status: str
        if isinstance(self.status, AlertStepStatus):
            status = self.status.value
        else:
            status = self.status

        definition = self.definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "definition": definition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        status: AlertStepStatus | str = d.pop("status")
        try:
            status = AlertStepStatus._get(status, status)
        except TypeError:
            pass

        definition = AlertStepDefinition.from_dict(d.pop("definition"))

        alert_step_instance = cls(
            id=id,
            status=status,
            definition=definition,
        )

        alert_step_instance.additional_properties = d
        return alert_step_instance

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
from ..models.alert_step_definition import AlertStepDefinition  # noqa: E402
