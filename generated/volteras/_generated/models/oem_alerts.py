# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oem_alert import OEMAlert


T = TypeVar("T", bound="OEMAlerts")


@_attrs_define
class OEMAlerts:
    """
    Attributes:
        alerts (list[OEMAlert] | Unset):
    """

    alerts: list[OEMAlert] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = []
            for alerts_item_data in self.alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alerts is not UNSET:
            field_dict["alerts"] = alerts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _alerts = d.pop("alerts", UNSET)
        alerts: list[OEMAlert] | Unset = UNSET
        if not isinstance(_alerts, Unset):
            if not isinstance(_alerts, list):
                raise TypeError("alerts must be an array")
            alerts = []
            for alerts_item_data in _alerts:
                if not isinstance(alerts_item_data, dict):
                    raise TypeError("an item of alerts has the wrong type")
                alerts_item = OEMAlert.from_dict(alerts_item_data)

                alerts.append(alerts_item)

        oem_alerts = cls(
            alerts=alerts,
        )

        oem_alerts.additional_properties = d
        return oem_alerts

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
from ..models.oem_alert import OEMAlert  # noqa: E402
