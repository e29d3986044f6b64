# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_severity import AlertSeverity
from ..models.alert_status import AlertStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertUpdated")


@_attrs_define
class AlertUpdated:
    """Payload of `alert.updated`: a custom alert was created, resolved or muted, or its severity changed.

    Attributes:
        id (None | str | Unset): The alert's id.
        vehicle_id (None | str | Unset):
        alert_definition_id (None | str | Unset): The alert definition that raised it.
        status (AlertStatus | None | str | Unset):
        current_severity (AlertSeverity | None | str | Unset):
        muted (bool | None | Unset):
        created_at (datetime.datetime | None | Unset):
        vin (None | str | Unset):
        trigger_name (None | str | Unset):
        trigger_description (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    vehicle_id: None | str | Unset = UNSET
    alert_definition_id: None | str | Unset = UNSET
    status: AlertStatus | None | str | Unset = UNSET
    current_severity: AlertSeverity | None | str | Unset = UNSET
    muted: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    vin: None | str | Unset = UNSET
    trigger_name: None | str | Unset = UNSET
    trigger_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        vehicle_id: None | str | Unset
        if isinstance(self.vehicle_id, Unset):
            vehicle_id = UNSET
        else:
            vehicle_id = self.vehicle_id

        alert_definition_id: None | str | Unset
        if isinstance(self.alert_definition_id, Unset):
            alert_definition_id = UNSET
        else:
            alert_definition_id = self.alert_definition_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AlertStatus):
            status = self.status.value
        else:
            status = self.status

        current_severity: None | str | Unset
        if isinstance(self.current_severity, Unset):
            current_severity = UNSET
        elif isinstance(self.current_severity, AlertSeverity):
            current_severity = self.current_severity.value
        else:
            current_severity = self.current_severity

        muted: bool | None | Unset
        if isinstance(self.muted, Unset):
            muted = UNSET
        else:
            muted = self.muted

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if alert_definition_id is not UNSET:
            field_dict["alertDefinitionId"] = alert_definition_id
        if status is not UNSET:
            field_dict["status"] = status
        if current_severity is not UNSET:
            field_dict["currentSeverity"] = current_severity
        if muted is not UNSET:
            field_dict["muted"] = muted
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        id: None | str | Unset = d.pop("id", UNSET)

        vehicle_id: None | str | Unset = d.pop("vehicleId", UNSET)

        alert_definition_id: None | str | Unset = d.pop("alertDefinitionId", UNSET)

        status: AlertStatus | None | str | Unset = d.pop("status", UNSET)
        try:
            status = AlertStatus._get(status, status)
        except TypeError:
            pass

        current_severity: AlertSeverity | None | str | Unset = d.pop("currentSeverity", UNSET)
        try:
            current_severity = AlertSeverity._get(current_severity, current_severity)
        except TypeError:
            pass

        muted: bool | None | Unset = d.pop("muted", UNSET)

        created_at: datetime.datetime | None | Unset = d.pop("createdAt", UNSET)
        created_at_type_0: datetime.datetime
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vin: None | str | Unset = d.pop("vin", UNSET)

        trigger_name: None | str | Unset = d.pop("triggerName", UNSET)

        trigger_description: None | str | Unset = d.pop("triggerDescription", UNSET)

        alert_updated = cls(
            id=id,
            vehicle_id=vehicle_id,
            alert_definition_id=alert_definition_id,
            status=status,
            current_severity=current_severity,
            muted=muted,
            created_at=created_at,
            vin=vin,
            trigger_name=trigger_name,
            trigger_description=trigger_description,
        )

        alert_updated.additional_properties = d
        return alert_updated

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
