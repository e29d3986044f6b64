# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleMetaData")


@_attrs_define
class VehicleMetaData:
    """
    Attributes:
        last_seen_at (datetime.datetime | None):
        consent_id (None | str):
        account_id (None | str):
        registration_date (datetime.date | None | Unset):
    """

    last_seen_at: datetime.datetime | None
    consent_id: None | str
    account_id: None | str
    registration_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_seen_at: None | str
        if isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat().replace("+00:00", "Z")
        else:
            last_seen_at = self.last_seen_at

        consent_id: None | str
        consent_id = self.consent_id

        account_id: None | str
        account_id = self.account_id

        registration_date: None | str | Unset
        if isinstance(self.registration_date, Unset):
            registration_date = UNSET
        elif isinstance(self.registration_date, datetime.date):
            registration_date = self.registration_date.isoformat()
        else:
            registration_date = self.registration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastSeenAt": last_seen_at,
                "consentId": consent_id,
                "accountId": account_id,
            }
        )
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_seen_at: datetime.datetime | None = d.pop("lastSeenAt")
        last_seen_at_type_0: datetime.datetime
        if isinstance(last_seen_at, str):
            try:
                last_seen_at_type_0 = datetime.datetime.fromisoformat(last_seen_at)

                last_seen_at = last_seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        consent_id: None | str = d.pop("consentId")

        account_id: None | str = d.pop("accountId")

        registration_date: datetime.date | None | Unset = d.pop("registrationDate", UNSET)
        registration_date_type_0: datetime.date
        if isinstance(registration_date, str):
            try:
                registration_date_type_0 = datetime.date.fromisoformat(registration_date)

                registration_date = registration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        vehicle_meta_data = cls(
            last_seen_at=last_seen_at,
            consent_id=consent_id,
            account_id=account_id,
            registration_date=registration_date,
        )

        vehicle_meta_data.additional_properties = d
        return vehicle_meta_data

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
