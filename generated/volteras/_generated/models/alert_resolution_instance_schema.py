# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_resolution_status import AlertResolutionStatus

if TYPE_CHECKING:
    from ..models.alert_resolution_definition import AlertResolutionDefinition
    from ..models.alert_step_instance import AlertStepInstance


T = TypeVar("T", bound="AlertResolutionInstanceSchema")


@_attrs_define
class AlertResolutionInstanceSchema:
    """
    Attributes:
        id (str):
        definition (AlertResolutionDefinition):
        status (AlertResolutionStatus | str):
        steps (list[AlertStepInstance]):
    """

    id: str
    definition: AlertResolutionDefinition
    status: AlertResolutionStatus | str
    steps: list[AlertStepInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        definition = self.definition.to_dict()

        status: str
        if isinstance(self.status, AlertResolutionStatus):
            status = self.status.value
        else:
            status = self.status

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "definition": definition,
                "status": status,
                "steps": steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        definition = AlertResolutionDefinition.from_dict(d.pop("definition"))

        status: AlertResolutionStatus | str = d.pop("status")
        try:
            status = AlertResolutionStatus._get(status, status)
        except TypeError:
            pass

        _steps = d.pop("steps")
        if not isinstance(_steps, list):
            raise TypeError("steps must be an array")
        steps = []
        for steps_item_data in _steps:
            if not isinstance(steps_item_data, dict):
                raise TypeError("an item of steps has the wrong type")
            steps_item = AlertStepInstance.from_dict(steps_item_data)

            steps.append(steps_item)

        alert_resolution_instance_schema = cls(
            id=id,
            definition=definition,
            status=status,
            steps=steps,
        )

        alert_resolution_instance_schema.additional_properties = d
        return alert_resolution_instance_schema

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
from ..models.alert_resolution_definition import AlertResolutionDefinition  # noqa: E402
from ..models.alert_step_instance import AlertStepInstance  # noqa: E402
