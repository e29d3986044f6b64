# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.affected_component import AffectedComponent
from ..models.mapped_code import MappedCode
from ..models.oem_alert_action import OEMAlertAction
from ..models.oem_alert_severity import OEMAlertSeverity
from ..models.oem_alert_status import OEMAlertStatus
from ..models.oem_alert_type import OEMAlertType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oem_alert_oem_metadata_type_0 import OEMAlertOemMetadataType0


T = TypeVar("T", bound="OEMAlert")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:

        status: str
        if isinstance(self.status, OEMAlertStatus):
            status = self.status.value
        else:
            status = self.status

        timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        oem_code = self.oem_code

        oem_message: None | str | Unset
        if isinstance(self.oem_message, Unset):
            oem_message = UNSET
        else:
            oem_message = self.oem_message

        mapped_message: None | str | Unset
        if isinstance(self.mapped_message, Unset):
            mapped_message = UNSET
        else:
            mapped_message = self.mapped_message

        oem_metadata: dict[str, Any] | None | Unset
        if isinstance(self.oem_metadata, Unset):
            oem_metadata = UNSET
        elif isinstance(self.oem_metadata, OEMAlertOemMetadataType0):
            oem_metadata = self.oem_metadata.to_dict()
        else:
            oem_metadata = self.oem_metadata

        affected_component: None | str | Unset
        if isinstance(self.affected_component, Unset):
            affected_component = UNSET
        elif isinstance(self.affected_component, AffectedComponent):
            affected_component = self.affected_component.value
        else:
            affected_component = self.affected_component

        recommended_action: None | str | Unset
        if isinstance(self.recommended_action, Unset):
            recommended_action = UNSET
        elif isinstance(self.recommended_action, OEMAlertAction):
            recommended_action = self.recommended_action.value
        else:
            recommended_action = self.recommended_action

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OEMAlertType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        mapped_code: None | str | Unset
        if isinstance(self.mapped_code, Unset):
            mapped_code = UNSET
        elif isinstance(self.mapped_code, MappedCode):
            mapped_code = self.mapped_code.value
        else:
            mapped_code = self.mapped_code

        severity: None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        elif isinstance(self.severity, OEMAlertSeverity):
            severity = self.severity.value
        else:
            severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "timestamp": timestamp,
                "oemCode": oem_code,
            }
        )
        if oem_message is not UNSET:
            field_dict["oemMessage"] = oem_message
        if mapped_message is not UNSET:
            field_dict["mappedMessage"] = mapped_message
        if oem_metadata is not UNSET:
            field_dict["oemMetadata"] = oem_metadata
        if affected_component is not UNSET:
            field_dict["affectedComponent"] = affected_component
        if recommended_action is not UNSET:
            field_dict["recommendedAction"] = recommended_action
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mapped_code is not UNSET:
            field_dict["mappedCode"] = mapped_code
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        status: OEMAlertStatus | str = d.pop("status")
        try:
            status = OEMAlertStatus._get(status, status)
        except TypeError:
            pass

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        oem_code = d.pop("oemCode")

        oem_message: None | str | Unset = d.pop("oemMessage", UNSET)

        mapped_message: None | str | Unset = d.pop("mappedMessage", UNSET)

        oem_metadata: None | OEMAlertOemMetadataType0 | Unset = d.pop("oemMetadata", UNSET)
        oem_metadata_type_0: OEMAlertOemMetadataType0
        if isinstance(oem_metadata, dict):
            try:
                oem_metadata_type_0 = OEMAlertOemMetadataType0.from_dict(oem_metadata)

                oem_metadata = oem_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        affected_component: AffectedComponent | None | str | Unset = d.pop("affectedComponent", UNSET)
        try:
            affected_component = AffectedComponent._get(affected_component, affected_component)
        except TypeError:
            pass

        recommended_action: None | OEMAlertAction | str | Unset = d.pop("recommendedAction", UNSET)
        try:
            recommended_action = OEMAlertAction._get(recommended_action, recommended_action)
        except TypeError:
            pass

        type_: None | OEMAlertType | str | Unset = d.pop("type", UNSET)
        try:
            type_ = OEMAlertType._get(type_, type_)
        except TypeError:
            pass

        mapped_code: MappedCode | None | str | Unset = d.pop("mappedCode", UNSET)
        try:
            mapped_code = MappedCode._get(mapped_code, mapped_code)
        except TypeError:
            pass

        severity: None | OEMAlertSeverity | str | Unset = d.pop("severity", UNSET)
        try:
            severity = OEMAlertSeverity._get(severity, severity)
        except TypeError:
            pass

        oem_alert = cls(
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

        oem_alert.additional_properties = d
        return oem_alert

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
from ..models.oem_alert_oem_metadata_type_0 import OEMAlertOemMetadataType0  # noqa: E402
