# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset, WireField, as_object, parse_date, parse_datetime

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "lastSeenAt",
        "consentId",
        "accountId",
        "registrationDate",
    }
)

T = TypeVar("T", bound="VehicleMetaData")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["lastSeenAt"] = (
            self.last_seen_at.isoformat().replace("+00:00", "Z")
            if isinstance(self.last_seen_at, datetime.datetime)
            else self.last_seen_at
        )
        field_dict["consentId"] = self.consent_id
        field_dict["accountId"] = self.account_id
        if self.registration_date is not None:
            field_dict["registrationDate"] = (
                self.registration_date.isoformat()
                if isinstance(self.registration_date, datetime.date)
                else self.registration_date
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        last_seen_at = _d["lastSeenAt"]
        if last_seen_at is not None:
            if last_seen_at.__class__ is not str and not isinstance(last_seen_at, str):
                raise FieldError.of("last_seen_at", last_seen_at)
            try:
                last_seen_at = parse_datetime(last_seen_at)
            except ValueError:
                raise FieldError.of("last_seen_at", last_seen_at, "is not an ISO 8601 date-time") from None

        consent_id = _d["consentId"]
        if consent_id.__class__ is not str and consent_id is not None and not isinstance(consent_id, str):
            raise FieldError.of("consent_id", consent_id)

        account_id = _d["accountId"]
        if account_id.__class__ is not str and account_id is not None and not isinstance(account_id, str):
            raise FieldError.of("account_id", account_id)

        registration_date = _d.get("registrationDate")
        if registration_date is not None:
            if registration_date.__class__ is not str and not isinstance(registration_date, str):
                raise FieldError.of("registration_date", registration_date)
            try:
                registration_date = parse_date(registration_date)
            except ValueError:
                raise FieldError.of(
                    "registration_date", registration_date, "is not an ISO 8601 date"
                ) from None

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleMetaData:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.last_seen_at = last_seen_at
            _self.consent_id = consent_id
            _self.account_id = account_id
            _self.registration_date = registration_date
        else:  # a subclass's own __init__ runs
            _self = cls(
                last_seen_at=last_seen_at,
                consent_id=consent_id,
                account_id=account_id,
                registration_date=registration_date,
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


VehicleMetaData._wire_fields = {
    "lastSeenAt": WireField("last_seen_at", "plain"),
    "consentId": WireField("consent_id", "plain"),
    "accountId": WireField("account_id", "plain"),
    "registrationDate": WireField("registration_date", "plain"),
}
