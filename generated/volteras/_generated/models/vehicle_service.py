# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.affected_component import AffectedComponent
from ..models.service_status import ServiceStatus
from ..models.service_type import ServiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleService")


@_attrs_define
class VehicleService:
    """
    Attributes:
        component (AffectedComponent | str):
        type_ (ServiceType | str):
        km_to_next_service (None | str | Unset):
        date_of_next_service_at (datetime.datetime | None | Unset):
        date_of_last_service_at (datetime.datetime | None | Unset):
        odometer_km_at_last_service (None | str | Unset):
        status (None | ServiceStatus | str | Unset):
    """

    component: AffectedComponent | str
    type_: ServiceType | str
    km_to_next_service: None | str | Unset = UNSET
    date_of_next_service_at: datetime.datetime | None | Unset = UNSET
    date_of_last_service_at: datetime.datetime | None | Unset = UNSET
    odometer_km_at_last_service: None | str | Unset = UNSET
    status: None | ServiceStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component: str
        if isinstance(self.component, AffectedComponent):
            component = self.component.value
        else:
            component = self.component

        type_: str
        if isinstance(self.type_, ServiceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        km_to_next_service: None | str | Unset
        if isinstance(self.km_to_next_service, Unset):
            km_to_next_service = UNSET
        else:
            km_to_next_service = self.km_to_next_service

        date_of_next_service_at: None | str | Unset
        if isinstance(self.date_of_next_service_at, Unset):
            date_of_next_service_at = UNSET
        elif isinstance(self.date_of_next_service_at, datetime.datetime):
            date_of_next_service_at = self.date_of_next_service_at.isoformat().replace("+00:00", "Z")
        else:
            date_of_next_service_at = self.date_of_next_service_at

        date_of_last_service_at: None | str | Unset
        if isinstance(self.date_of_last_service_at, Unset):
            date_of_last_service_at = UNSET
        elif isinstance(self.date_of_last_service_at, datetime.datetime):
            date_of_last_service_at = self.date_of_last_service_at.isoformat().replace("+00:00", "Z")
        else:
            date_of_last_service_at = self.date_of_last_service_at

        odometer_km_at_last_service: None | str | Unset
        if isinstance(self.odometer_km_at_last_service, Unset):
            odometer_km_at_last_service = UNSET
        else:
            odometer_km_at_last_service = self.odometer_km_at_last_service

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ServiceStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "component": component,
                "type": type_,
            }
        )
        if km_to_next_service is not UNSET:
            field_dict["kmToNextService"] = km_to_next_service
        if date_of_next_service_at is not UNSET:
            field_dict["dateOfNextServiceAt"] = date_of_next_service_at
        if date_of_last_service_at is not UNSET:
            field_dict["dateOfLastServiceAt"] = date_of_last_service_at
        if odometer_km_at_last_service is not UNSET:
            field_dict["odometerKmAtLastService"] = odometer_km_at_last_service
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        component: AffectedComponent | str = d.pop("component")
        try:
            component = AffectedComponent._get(component, component)
        except TypeError:
            pass

        type_: ServiceType | str = d.pop("type")
        try:
            type_ = ServiceType._get(type_, type_)
        except TypeError:
            pass

        km_to_next_service: None | str | Unset = d.pop("kmToNextService", UNSET)

        date_of_next_service_at: datetime.datetime | None | Unset = d.pop("dateOfNextServiceAt", UNSET)
        date_of_next_service_at_type_0: datetime.datetime
        if isinstance(date_of_next_service_at, str):
            try:
                date_of_next_service_at_type_0 = datetime.datetime.fromisoformat(date_of_next_service_at)

                date_of_next_service_at = date_of_next_service_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        date_of_last_service_at: datetime.datetime | None | Unset = d.pop("dateOfLastServiceAt", UNSET)
        date_of_last_service_at_type_0: datetime.datetime
        if isinstance(date_of_last_service_at, str):
            try:
                date_of_last_service_at_type_0 = datetime.datetime.fromisoformat(date_of_last_service_at)

                date_of_last_service_at = date_of_last_service_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        odometer_km_at_last_service: None | str | Unset = d.pop("odometerKmAtLastService", UNSET)

        status: None | ServiceStatus | str | Unset = d.pop("status", UNSET)
        try:
            status = ServiceStatus._get(status, status)
        except TypeError:
            pass

        vehicle_service = cls(
            component=component,
            type_=type_,
            km_to_next_service=km_to_next_service,
            date_of_next_service_at=date_of_next_service_at,
            date_of_last_service_at=date_of_last_service_at,
            odometer_km_at_last_service=odometer_km_at_last_service,
            status=status,
        )

        vehicle_service.additional_properties = d
        return vehicle_service

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
