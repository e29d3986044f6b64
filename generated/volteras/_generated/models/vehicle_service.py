# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.affected_component import AffectedComponent
from ..models.service_status import ServiceStatus
from ..models.service_type import ServiceType
from ..types import UNSET, FieldError, Unset, WireField, as_object, parse_datetime

_new = object.__new__
_AffectedComponent_get = AffectedComponent._get
_ServiceStatus_get = ServiceStatus._get
_ServiceType_get = ServiceType._get
_FIELDS: frozenset[str] = frozenset(
    {
        "component",
        "type",
        "kmToNextService",
        "dateOfNextServiceAt",
        "dateOfLastServiceAt",
        "odometerKmAtLastService",
        "status",
    }
)

T = TypeVar("T", bound="VehicleService")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["component"] = (
            self.component.value if isinstance(self.component, AffectedComponent) else self.component
        )
        field_dict["type"] = self.type_.value if isinstance(self.type_, ServiceType) else self.type_
        if self.km_to_next_service is not None:
            field_dict["kmToNextService"] = self.km_to_next_service
        if self.date_of_next_service_at is not None:
            field_dict["dateOfNextServiceAt"] = (
                self.date_of_next_service_at.isoformat().replace("+00:00", "Z")
                if isinstance(self.date_of_next_service_at, datetime.datetime)
                else self.date_of_next_service_at
            )
        if self.date_of_last_service_at is not None:
            field_dict["dateOfLastServiceAt"] = (
                self.date_of_last_service_at.isoformat().replace("+00:00", "Z")
                if isinstance(self.date_of_last_service_at, datetime.datetime)
                else self.date_of_last_service_at
            )
        if self.odometer_km_at_last_service is not None:
            field_dict["odometerKmAtLastService"] = self.odometer_km_at_last_service
        if self.status is not None:
            field_dict["status"] = (
                self.status.value if isinstance(self.status, ServiceStatus) else self.status
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        component = _d["component"]
        if component.__class__ is not str and not isinstance(component, str):
            raise FieldError.of("component", component)
        component = _AffectedComponent_get(component, component)

        type_ = _d["type"]
        if type_.__class__ is not str and not isinstance(type_, str):
            raise FieldError.of("type_", type_)
        type_ = _ServiceType_get(type_, type_)

        km_to_next_service = _d.get("kmToNextService")
        if (
            km_to_next_service.__class__ is not str
            and km_to_next_service is not None
            and not isinstance(km_to_next_service, str)
        ):
            raise FieldError.of("km_to_next_service", km_to_next_service)

        date_of_next_service_at = _d.get("dateOfNextServiceAt")
        if date_of_next_service_at is not None:
            if date_of_next_service_at.__class__ is not str and not isinstance(date_of_next_service_at, str):
                raise FieldError.of("date_of_next_service_at", date_of_next_service_at)
            try:
                date_of_next_service_at = parse_datetime(date_of_next_service_at)
            except ValueError:
                raise FieldError.of(
                    "date_of_next_service_at", date_of_next_service_at, "is not an ISO 8601 date-time"
                ) from None

        date_of_last_service_at = _d.get("dateOfLastServiceAt")
        if date_of_last_service_at is not None:
            if date_of_last_service_at.__class__ is not str and not isinstance(date_of_last_service_at, str):
                raise FieldError.of("date_of_last_service_at", date_of_last_service_at)
            try:
                date_of_last_service_at = parse_datetime(date_of_last_service_at)
            except ValueError:
                raise FieldError.of(
                    "date_of_last_service_at", date_of_last_service_at, "is not an ISO 8601 date-time"
                ) from None

        odometer_km_at_last_service = _d.get("odometerKmAtLastService")
        if (
            odometer_km_at_last_service.__class__ is not str
            and odometer_km_at_last_service is not None
            and not isinstance(odometer_km_at_last_service, str)
        ):
            raise FieldError.of("odometer_km_at_last_service", odometer_km_at_last_service)

        status = _d.get("status")
        if status.__class__ is not str and status is not None and not isinstance(status, str):
            raise FieldError.of("status", status)
        status = _ServiceStatus_get(status, status)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleService:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.component = component
            _self.type_ = type_
            _self.km_to_next_service = km_to_next_service
            _self.date_of_next_service_at = date_of_next_service_at
            _self.date_of_last_service_at = date_of_last_service_at
            _self.odometer_km_at_last_service = odometer_km_at_last_service
            _self.status = status
        else:  # a subclass's own __init__ runs
            _self = cls(
                component=component,
                type_=type_,
                km_to_next_service=km_to_next_service,
                date_of_next_service_at=date_of_next_service_at,
                date_of_last_service_at=date_of_last_service_at,
                odometer_km_at_last_service=odometer_km_at_last_service,
                status=status,
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


VehicleService._wire_fields = {
    "component": WireField("component", "plain"),
    "type": WireField("type_", "plain"),
    "kmToNextService": WireField("km_to_next_service", "plain"),
    "dateOfNextServiceAt": WireField("date_of_next_service_at", "plain"),
    "dateOfLastServiceAt": WireField("date_of_last_service_at", "plain"),
    "odometerKmAtLastService": WireField("odometer_km_at_last_service", "plain"),
    "status": WireField("status", "plain"),
}
