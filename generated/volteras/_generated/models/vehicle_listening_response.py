# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError, WireField, as_object, parse_datetime

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "vehicleId",
        "isListening",
        "lastUpdated",
    }
)

T = TypeVar("T", bound="VehicleListeningResponse")


@_attrs_define(kw_only=True)
class VehicleListeningResponse:
    """

    Attributes:
        vehicle_id (str):
        is_listening (bool):
        last_updated (datetime.datetime):
    """

    vehicle_id: str
    is_listening: bool
    last_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["vehicleId"] = self.vehicle_id
        field_dict["isListening"] = self.is_listening
        field_dict["lastUpdated"] = (
            self.last_updated.isoformat().replace("+00:00", "Z")
            if isinstance(self.last_updated, datetime.datetime)
            else self.last_updated
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        vehicle_id = _d["vehicleId"]
        if vehicle_id.__class__ is not str and not isinstance(vehicle_id, str):
            raise FieldError.of("vehicle_id", vehicle_id)

        is_listening = _d["isListening"]
        if is_listening.__class__ is not bool:
            raise FieldError.of("is_listening", is_listening)

        last_updated = _d["lastUpdated"]
        if last_updated.__class__ is not str and not isinstance(last_updated, str):
            raise FieldError.of("last_updated", last_updated)
        try:
            last_updated = parse_datetime(last_updated)
        except ValueError:
            raise FieldError.of("last_updated", last_updated, "is not an ISO 8601 date-time") from None

        _extra = {} if len(_d) == 3 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleListeningResponse:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.vehicle_id = vehicle_id
            _self.is_listening = is_listening
            _self.last_updated = last_updated
        else:  # a subclass's own __init__ runs
            _self = cls(
                vehicle_id=vehicle_id,
                is_listening=is_listening,
                last_updated=last_updated,
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


VehicleListeningResponse._wire_fields = {
    "vehicleId": WireField("vehicle_id", "plain"),
    "isListening": WireField("is_listening", "plain"),
    "lastUpdated": WireField("last_updated", "plain"),
}
