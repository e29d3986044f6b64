# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_input_group_status_enum import VehicleInputGroupStatusEnum

T = TypeVar("T", bound="BulkConnectVehicleResponse")


@_attrs_define
class BulkConnectVehicleResponse:
    """
    Attributes:
        id (str):
        status (str | VehicleInputGroupStatusEnum):
        created_at (datetime.datetime):
    """

    id: str
    status: str | VehicleInputGroupStatusEnum
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, VehicleInputGroupStatusEnum):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status: str | VehicleInputGroupStatusEnum = d.pop("status")
        try:
            status = VehicleInputGroupStatusEnum._get(status, status)
        except TypeError:
            pass

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        bulk_connect_vehicle_response = cls(
            id=id,
            status=status,
            created_at=created_at,
        )

        bulk_connect_vehicle_response.additional_properties = d
        return bulk_connect_vehicle_response

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
