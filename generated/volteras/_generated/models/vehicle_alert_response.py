# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_severity import AlertSeverity
from ..models.alert_status import AlertStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_definition_base import AlertDefinitionBase
    from ..models.alert_metadata import AlertMetadata
    from ..models.alert_resolution_instance_schema import AlertResolutionInstanceSchema


T = TypeVar("T", bound="VehicleAlertResponse")


@_attrs_define
class VehicleAlertResponse:
    """
    Attributes:
        id (str):
        status (AlertStatus | str):
        alert_definition_id (str):
        vehicle_id (str):
        muted (bool):
        created_at (datetime.datetime):
        current_severity (AlertSeverity | None | str):
        resolutions (list[AlertResolutionInstanceSchema]):
        definition (AlertDefinitionBase):
        metadata (AlertMetadata):
        vin (None | str | Unset):
        trigger_name (None | str | Unset):
        trigger_description (None | str | Unset):
    """

    id: str
    status: AlertStatus | str
    alert_definition_id: str
    vehicle_id: str
    muted: bool
    created_at: datetime.datetime
    current_severity: AlertSeverity | None | str
    resolutions: list[AlertResolutionInstanceSchema]
    definition: AlertDefinitionBase
    metadata: AlertMetadata
    vin: None | str | Unset = UNSET
    trigger_name: None | str | Unset = UNSET
    trigger_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        status: str
        if isinstance(self.status, AlertStatus):
            status = self.status.value
        else:
            status = self.status

        alert_definition_id = self.alert_definition_id

        vehicle_id = self.vehicle_id

        muted = self.muted

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        current_severity: None | str
        if isinstance(self.current_severity, AlertSeverity):
            current_severity = self.current_severity.value
        else:
            current_severity = self.current_severity

        resolutions = []
        for resolutions_item_data in self.resolutions:
            resolutions_item = resolutions_item_data.to_dict()
            resolutions.append(resolutions_item)

        definition = self.definition.to_dict()

        metadata = self.metadata.to_dict()

        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        trigger_name: None | str | Unset
        if isinstance(self.trigger_name, Unset):
            trigger_name = UNSET
        else:
            trigger_name = self.trigger_name

        trigger_description: None | str | Unset
        if isinstance(self.trigger_description, Unset):
            trigger_description = UNSET
        else:
            trigger_description = self.trigger_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "alertDefinitionId": alert_definition_id,
                "vehicleId": vehicle_id,
                "muted": muted,
                "createdAt": created_at,
                "currentSeverity": current_severity,
                "resolutions": resolutions,
                "definition": definition,
                "metadata": metadata,
            }
        )
        if vin is not UNSET:
            field_dict["vin"] = vin
        if trigger_name is not UNSET:
            field_dict["triggerName"] = trigger_name
        if trigger_description is not UNSET:
            field_dict["triggerDescription"] = trigger_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        status: AlertStatus | str = d.pop("status")
        try:
            status = AlertStatus._get(status, status)
        except TypeError:
            pass

        alert_definition_id = d.pop("alertDefinitionId")

        vehicle_id = d.pop("vehicleId")

        muted = d.pop("muted")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        current_severity: AlertSeverity | None | str = d.pop("currentSeverity")
        try:
            current_severity = AlertSeverity._get(current_severity, current_severity)
        except TypeError:
            pass

        _resolutions = d.pop("resolutions")
        if not isinstance(_resolutions, list):
            raise TypeError("resolutions must be an array")
        resolutions = []
        for resolutions_item_data in _resolutions:
            if not isinstance(resolutions_item_data, dict):
                raise TypeError("an item of resolutions has the wrong type")
            resolutions_item = AlertResolutionInstanceSchema.from_dict(resolutions_item_data)

            resolutions.append(resolutions_item)

        definition = AlertDefinitionBase.from_dict(d.pop("definition"))

        metadata = AlertMetadata.from_dict(d.pop("metadata"))

        vin: None | str | Unset = d.pop("vin", UNSET)

        trigger_name: None | str | Unset = d.pop("triggerName", UNSET)

        trigger_description: None | str | Unset = d.pop("triggerDescription", UNSET)

        vehicle_alert_response = cls(
            id=id,
            status=status,
            alert_definition_id=alert_definition_id,
            vehicle_id=vehicle_id,
            muted=muted,
            created_at=created_at,
            current_severity=current_severity,
            resolutions=resolutions,
            definition=definition,
            metadata=metadata,
            vin=vin,
            trigger_name=trigger_name,
            trigger_description=trigger_description,
        )

        vehicle_alert_response.additional_properties = d
        return vehicle_alert_response

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
from ..models.alert_definition_base import AlertDefinitionBase  # noqa: E402
from ..models.alert_metadata import AlertMetadata  # noqa: E402
from ..models.alert_resolution_instance_schema import AlertResolutionInstanceSchema  # noqa: E402
