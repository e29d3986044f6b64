# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.affected_component import AffectedComponent
from ..models.mapped_code import MappedCode
from ..models.oem_alert_action import OEMAlertAction
from ..models.oem_alert_severity import OEMAlertSeverity
from ..models.oem_alert_status import OEMAlertStatus
from ..models.oem_alert_type import OEMAlertType
from ..types import UNSET, FieldError, Unset, WireField, as_object, parse_datetime

_new = object.__new__
_AffectedComponent_get = AffectedComponent._get
_MappedCode_get = MappedCode._get
_OEMAlertAction_get = OEMAlertAction._get
_OEMAlertSeverity_get = OEMAlertSeverity._get
_OEMAlertStatus_get = OEMAlertStatus._get
_OEMAlertType_get = OEMAlertType._get
_FIELDS: frozenset[str] = frozenset(
    {
        "status",
        "timestamp",
        "oemCode",
        "oemMessage",
        "mappedMessage",
        "oemMetadata",
        "affectedComponent",
        "recommendedAction",
        "type",
        "mappedCode",
        "severity",
    }
)

T = TypeVar("T", bound="OEMAlert")


@_attrs_define(kw_only=True)
class OEMAlert:
    """

    Attributes:
        status (OEMAlertStatus | str):
        timestamp (datetime.datetime):
        oem_code (str):
        oem_message (None | str | Unset):
        mapped_message (None | str | Unset):
        oem_metadata (None | OEMAlertOemMetadataType0 | Unset):
        affected_component (AffectedComponent | None | str | Unset):
        recommended_action (None | OEMAlertAction | str | Unset):
        type_ (None | OEMAlertType | str | Unset):
        mapped_code (MappedCode | None | str | Unset):
        severity (None | OEMAlertSeverity | str | Unset):
    """

    status: OEMAlertStatus | str
    timestamp: datetime.datetime
    oem_code: str
    oem_message: None | str | Unset = UNSET
    mapped_message: None | str | Unset = UNSET
    oem_metadata: None | OEMAlertOemMetadataType0 | Unset = UNSET
    affected_component: AffectedComponent | None | str | Unset = UNSET
    recommended_action: None | OEMAlertAction | str | Unset = UNSET
    type_: None | OEMAlertType | str | Unset = UNSET
    mapped_code: MappedCode | None | str | Unset = UNSET
    severity: None | OEMAlertSeverity | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["status"] = self.status.value if isinstance(self.status, OEMAlertStatus) else self.status
        field_dict["timestamp"] = (
            self.timestamp.isoformat().replace("+00:00", "Z")
            if isinstance(self.timestamp, datetime.datetime)
            else self.timestamp
        )
        field_dict["oemCode"] = self.oem_code
        if self.oem_message is not None:
            field_dict["oemMessage"] = self.oem_message
        if self.mapped_message is not None:
            field_dict["mappedMessage"] = self.mapped_message
        if self.oem_metadata is not None:
            field_dict["oemMetadata"] = (
                self.oem_metadata.to_dict()
                if isinstance(self.oem_metadata, OEMAlertOemMetadataType0)
                else self.oem_metadata
            )
        if self.affected_component is not None:
            field_dict["affectedComponent"] = (
                self.affected_component.value
                if isinstance(self.affected_component, AffectedComponent)
                else self.affected_component
            )
        if self.recommended_action is not None:
            field_dict["recommendedAction"] = (
                self.recommended_action.value
                if isinstance(self.recommended_action, OEMAlertAction)
                else self.recommended_action
            )
        if self.type_ is not None:
            field_dict["type"] = self.type_.value if isinstance(self.type_, OEMAlertType) else self.type_
        if self.mapped_code is not None:
            field_dict["mappedCode"] = (
                self.mapped_code.value if isinstance(self.mapped_code, MappedCode) else self.mapped_code
            )
        if self.severity is not None:
            field_dict["severity"] = (
                self.severity.value if isinstance(self.severity, OEMAlertSeverity) else self.severity
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        status = _d["status"]
        if status.__class__ is not str and not isinstance(status, str):
            raise FieldError.of("status", status)
        status = _OEMAlertStatus_get(status, status)

        timestamp = _d["timestamp"]
        if timestamp.__class__ is not str and not isinstance(timestamp, str):
            raise FieldError.of("timestamp", timestamp)
        try:
            timestamp = parse_datetime(timestamp)
        except ValueError:
            raise FieldError.of("timestamp", timestamp, "is not an ISO 8601 date-time") from None

        oem_code = _d["oemCode"]
        if oem_code.__class__ is not str and not isinstance(oem_code, str):
            raise FieldError.of("oem_code", oem_code)

        oem_message = _d.get("oemMessage")
        if oem_message.__class__ is not str and oem_message is not None and not isinstance(oem_message, str):
            raise FieldError.of("oem_message", oem_message)

        mapped_message = _d.get("mappedMessage")
        if (
            mapped_message.__class__ is not str
            and mapped_message is not None
            and not isinstance(mapped_message, str)
        ):
            raise FieldError.of("mapped_message", mapped_message)

        oem_metadata = _d.get("oemMetadata")
        if oem_metadata is not None:
            try:
                oem_metadata = _OEMAlertOemMetadataType0_from_dict(oem_metadata)
            except FieldError as _error:
                raise _error.within("oem_metadata") from None

        affected_component = _d.get("affectedComponent")
        if (
            affected_component.__class__ is not str
            and affected_component is not None
            and not isinstance(affected_component, str)
        ):
            raise FieldError.of("affected_component", affected_component)
        affected_component = _AffectedComponent_get(affected_component, affected_component)

        recommended_action = _d.get("recommendedAction")
        if (
            recommended_action.__class__ is not str
            and recommended_action is not None
            and not isinstance(recommended_action, str)
        ):
            raise FieldError.of("recommended_action", recommended_action)
        recommended_action = _OEMAlertAction_get(recommended_action, recommended_action)

        type_ = _d.get("type")
        if type_.__class__ is not str and type_ is not None and not isinstance(type_, str):
            raise FieldError.of("type_", type_)
        type_ = _OEMAlertType_get(type_, type_)

        mapped_code = _d.get("mappedCode")
        if mapped_code.__class__ is not str and mapped_code is not None and not isinstance(mapped_code, str):
            raise FieldError.of("mapped_code", mapped_code)
        mapped_code = _MappedCode_get(mapped_code, mapped_code)

        severity = _d.get("severity")
        if severity.__class__ is not str and severity is not None and not isinstance(severity, str):
            raise FieldError.of("severity", severity)
        severity = _OEMAlertSeverity_get(severity, severity)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is OEMAlert:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.status = status
            _self.timestamp = timestamp
            _self.oem_code = oem_code
            _self.oem_message = oem_message
            _self.mapped_message = mapped_message
            _self.oem_metadata = oem_metadata
            _self.affected_component = affected_component
            _self.recommended_action = recommended_action
            _self.type_ = type_
            _self.mapped_code = mapped_code
            _self.severity = severity
        else:  # a subclass's own __init__ runs
            _self = cls(
                status=status,
                timestamp=timestamp,
                oem_code=oem_code,
                oem_message=oem_message,
                mapped_message=mapped_message,
                oem_metadata=oem_metadata,
                affected_component=affected_component,
                recommended_action=recommended_action,
                type_=type_,
                mapped_code=mapped_code,
                severity=severity,
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
from ..models.oem_alert_oem_metadata_type_0 import OEMAlertOemMetadataType0  # noqa: E402

_OEMAlertOemMetadataType0_from_dict = OEMAlertOemMetadataType0.from_dict
OEMAlert._wire_fields = {
    "status": WireField("status", "plain"),
    "timestamp": WireField("timestamp", "plain"),
    "oemCode": WireField("oem_code", "plain"),
    "oemMessage": WireField("oem_message", "plain"),
    "mappedMessage": WireField("mapped_message", "plain"),
    "oemMetadata": WireField("oem_metadata", "model", OEMAlertOemMetadataType0),
    "affectedComponent": WireField("affected_component", "plain"),
    "recommendedAction": WireField("recommended_action", "plain"),
    "type": WireField("type_", "plain"),
    "mappedCode": WireField("mapped_code", "plain"),
    "severity": WireField("severity", "plain"),
}
