# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_severity import AlertSeverity
from ..models.alert_status import AlertStatus
from ..types import UNSET, FieldError, Unset, WireField, as_object, index_of, parse_datetime

_new = object.__new__
_AlertSeverity_get = AlertSeverity._get
_AlertStatus_get = AlertStatus._get
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "alertDefinitionId",
        "vehicleId",
        "muted",
        "createdAt",
        "currentSeverity",
        "resolutions",
        "definition",
        "metadata",
        "vin",
        "triggerName",
        "triggerDescription",
    }
)

T = TypeVar("T", bound="VehicleAlertResponse")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = self.status.value if isinstance(self.status, AlertStatus) else self.status
        field_dict["alertDefinitionId"] = self.alert_definition_id
        field_dict["vehicleId"] = self.vehicle_id
        field_dict["muted"] = self.muted
        field_dict["createdAt"] = (
            self.created_at.isoformat().replace("+00:00", "Z")
            if isinstance(self.created_at, datetime.datetime)
            else self.created_at
        )
        field_dict["currentSeverity"] = (
            self.current_severity.value
            if isinstance(self.current_severity, AlertSeverity)
            else self.current_severity
        )
        field_dict["resolutions"] = (
            [
                (_item0.to_dict() if isinstance(_item0, AlertResolutionInstanceSchema) else _item0)
                for _item0 in self.resolutions
            ]
            if isinstance(self.resolutions, list)
            else self.resolutions
        )
        field_dict["definition"] = (
            self.definition.to_dict() if isinstance(self.definition, AlertDefinitionBase) else self.definition
        )
        field_dict["metadata"] = (
            self.metadata.to_dict() if isinstance(self.metadata, AlertMetadata) else self.metadata
        )
        if self.vin is not None:
            field_dict["vin"] = self.vin
        if self.trigger_name is not None:
            field_dict["triggerName"] = self.trigger_name
        if self.trigger_description is not None:
            field_dict["triggerDescription"] = self.trigger_description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        id = _d["id"]
        if id.__class__ is not str and not isinstance(id, str):
            raise FieldError.of("id", id)

        status = _d["status"]
        if status.__class__ is not str and not isinstance(status, str):
            raise FieldError.of("status", status)
        status = _AlertStatus_get(status, status)

        alert_definition_id = _d["alertDefinitionId"]
        if alert_definition_id.__class__ is not str and not isinstance(alert_definition_id, str):
            raise FieldError.of("alert_definition_id", alert_definition_id)

        vehicle_id = _d["vehicleId"]
        if vehicle_id.__class__ is not str and not isinstance(vehicle_id, str):
            raise FieldError.of("vehicle_id", vehicle_id)

        muted = _d["muted"]
        if muted.__class__ is not bool:
            raise FieldError.of("muted", muted)

        created_at = _d["createdAt"]
        if created_at.__class__ is not str and not isinstance(created_at, str):
            raise FieldError.of("created_at", created_at)
        try:
            created_at = parse_datetime(created_at)
        except ValueError:
            raise FieldError.of("created_at", created_at, "is not an ISO 8601 date-time") from None

        current_severity = _d["currentSeverity"]
        if (
            current_severity.__class__ is not str
            and current_severity is not None
            and not isinstance(current_severity, str)
        ):
            raise FieldError.of("current_severity", current_severity)
        current_severity = _AlertSeverity_get(current_severity, current_severity)

        resolutions = _d["resolutions"]
        if resolutions.__class__ is not list and not isinstance(resolutions, list):
            raise FieldError.of("resolutions", resolutions)
        _resolutions_list = []
        for _resolutions_item in resolutions:
            try:
                _resolutions_item = _AlertResolutionInstanceSchema_from_dict(_resolutions_item)
            except FieldError as _error:
                raise _error.within("resolutions" + index_of(resolutions, _resolutions_item)) from None

            _resolutions_list.append(_resolutions_item)
        resolutions = _resolutions_list

        definition = _d["definition"]
        try:
            definition = _AlertDefinitionBase_from_dict(definition)
        except FieldError as _error:
            raise _error.within("definition") from None

        metadata = _d["metadata"]
        try:
            metadata = _AlertMetadata_from_dict(metadata)
        except FieldError as _error:
            raise _error.within("metadata") from None

        vin = _d.get("vin")
        if vin.__class__ is not str and vin is not None and not isinstance(vin, str):
            raise FieldError.of("vin", vin)

        trigger_name = _d.get("triggerName")
        if (
            trigger_name.__class__ is not str
            and trigger_name is not None
            and not isinstance(trigger_name, str)
        ):
            raise FieldError.of("trigger_name", trigger_name)

        trigger_description = _d.get("triggerDescription")
        if (
            trigger_description.__class__ is not str
            and trigger_description is not None
            and not isinstance(trigger_description, str)
        ):
            raise FieldError.of("trigger_description", trigger_description)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleAlertResponse:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.id = id
            _self.status = status
            _self.alert_definition_id = alert_definition_id
            _self.vehicle_id = vehicle_id
            _self.muted = muted
            _self.created_at = created_at
            _self.current_severity = current_severity
            _self.resolutions = resolutions
            _self.definition = definition
            _self.metadata = metadata
            _self.vin = vin
            _self.trigger_name = trigger_name
            _self.trigger_description = trigger_description
        else:  # a subclass's own __init__ runs
            _self = cls(
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


# After the class, so models that hold each other load in either order.
from ..models.alert_definition_base import AlertDefinitionBase  # noqa: E402
from ..models.alert_metadata import AlertMetadata  # noqa: E402
from ..models.alert_resolution_instance_schema import AlertResolutionInstanceSchema  # noqa: E402

_AlertDefinitionBase_from_dict = AlertDefinitionBase.from_dict
_AlertMetadata_from_dict = AlertMetadata.from_dict
_AlertResolutionInstanceSchema_from_dict = AlertResolutionInstanceSchema.from_dict
VehicleAlertResponse._wire_fields = {
    "id": WireField("id", "plain"),
    "status": WireField("status", "plain"),
    "alertDefinitionId": WireField("alert_definition_id", "plain"),
    "vehicleId": WireField("vehicle_id", "plain"),
    "muted": WireField("muted", "plain"),
    "createdAt": WireField("created_at", "plain"),
    "currentSeverity": WireField("current_severity", "plain"),
    "resolutions": WireField("resolutions", "list", AlertResolutionInstanceSchema),
    "definition": WireField("definition", "model", AlertDefinitionBase),
    "metadata": WireField("metadata", "model", AlertMetadata),
    "vin": WireField("vin", "plain"),
    "triggerName": WireField("trigger_name", "plain"),
    "triggerDescription": WireField("trigger_description", "plain"),
}
