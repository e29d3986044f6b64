# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VehicleListeningAuditEntry")


@_attrs_define
class VehicleListeningAuditEntry:
    """
    Attributes:
        vehicle_id (str):
        is_listening (bool):
        timestamp (datetime.datetime):
    """

    vehicle_id: str
    is_listening: bool
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vehicle_id = self.vehicle_id

        is_listening = self.is_listening

        timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicleId": vehicle_id,
                "isListening": is_listening,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vehicle_id = d.pop("vehicleId")

        is_listening = d.pop("isListening")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        vehicle_listening_audit_entry = cls(
            vehicle_id=vehicle_id,
            is_listening=is_listening,
            timestamp=timestamp,
        )

        vehicle_listening_audit_entry.additional_properties = d
        return vehicle_listening_audit_entry

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
