# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset, WireField, as_object, parse_datetime

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "make",
        "id",
        "metadata",
        "model",
        "trim",
        "modelYear",
        "vin",
        "registrationPlate",
        "isRegNoValidated",
        "regNoValidatedAt",
        "isListening",
        "listeningLastUpdated",
        "connectionStatus",
        "connectionErrorCode",
        "connectionErrorMessage",
        "actionCategory",
    }
)

T = TypeVar("T", bound="Vehicle")


@_attrs_define(kw_only=True)
class Vehicle:
    """

    Attributes:
        make (str):
        id (str):
        metadata (VehicleMetaData):
        model (None | str | Unset):
        trim (None | str | Unset):
        model_year (None | str | Unset):
        vin (str | Unset):
        registration_plate (None | str | Unset):
        is_reg_no_validated (bool | None | Unset):
        reg_no_validated_at (datetime.datetime | None | Unset):
        is_listening (bool | Unset):  Default: True.
        listening_last_updated (datetime.datetime | None | Unset):
        connection_status (None | str | Unset):
        connection_error_code (None | str | Unset):
        connection_error_message (None | str | Unset):
        action_category (None | str | Unset):
    """

    make: str
    id: str
    metadata: VehicleMetaData
    model: None | str | Unset = UNSET
    trim: None | str | Unset = UNSET
    model_year: None | str | Unset = UNSET
    vin: str | Unset = UNSET
    registration_plate: None | str | Unset = UNSET
    is_reg_no_validated: bool | None | Unset = UNSET
    reg_no_validated_at: datetime.datetime | None | Unset = UNSET
    is_listening: bool | Unset = True
    listening_last_updated: datetime.datetime | None | Unset = UNSET
    connection_status: None | str | Unset = UNSET
    connection_error_code: None | str | Unset = UNSET
    connection_error_message: None | str | Unset = UNSET
    action_category: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["make"] = self.make
        field_dict["id"] = self.id
        field_dict["metadata"] = (
            self.metadata.to_dict() if isinstance(self.metadata, VehicleMetaData) else self.metadata
        )
        if self.model is not None:
            field_dict["model"] = self.model
        if self.trim is not None:
            field_dict["trim"] = self.trim
        if self.model_year is not None:
            field_dict["modelYear"] = self.model_year
        if self.vin is not None:
            field_dict["vin"] = self.vin
        if self.registration_plate is not None:
            field_dict["registrationPlate"] = self.registration_plate
        if self.is_reg_no_validated is not None:
            field_dict["isRegNoValidated"] = self.is_reg_no_validated
        if self.reg_no_validated_at is not None:
            field_dict["regNoValidatedAt"] = (
                self.reg_no_validated_at.isoformat().replace("+00:00", "Z")
                if isinstance(self.reg_no_validated_at, datetime.datetime)
                else self.reg_no_validated_at
            )
        if self.is_listening is not None:
            field_dict["isListening"] = self.is_listening
        if self.listening_last_updated is not None:
            field_dict["listeningLastUpdated"] = (
                self.listening_last_updated.isoformat().replace("+00:00", "Z")
                if isinstance(self.listening_last_updated, datetime.datetime)
                else self.listening_last_updated
            )
        if self.connection_status is not None:
            field_dict["connectionStatus"] = self.connection_status
        if self.connection_error_code is not None:
            field_dict["connectionErrorCode"] = self.connection_error_code
        if self.connection_error_message is not None:
            field_dict["connectionErrorMessage"] = self.connection_error_message
        if self.action_category is not None:
            field_dict["actionCategory"] = self.action_category
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        make = _d["make"]
        if make.__class__ is not str and not isinstance(make, str):
            raise FieldError.of("make", make)

        id = _d["id"]
        if id.__class__ is not str and not isinstance(id, str):
            raise FieldError.of("id", id)

        metadata = _d["metadata"]
        try:
            metadata = _VehicleMetaData_from_dict(metadata)
        except FieldError as _error:
            raise _error.within("metadata") from None

        model = _d.get("model")
        if model.__class__ is not str and model is not None and not isinstance(model, str):
            raise FieldError.of("model", model)

        trim = _d.get("trim")
        if trim.__class__ is not str and trim is not None and not isinstance(trim, str):
            raise FieldError.of("trim", trim)

        model_year = _d.get("modelYear")
        if model_year.__class__ is not str and model_year is not None and not isinstance(model_year, str):
            raise FieldError.of("model_year", model_year)

        vin = _d.get("vin")
        if vin.__class__ is not str and vin is not None and not isinstance(vin, str):
            raise FieldError.of("vin", vin)

        registration_plate = _d.get("registrationPlate")
        if (
            registration_plate.__class__ is not str
            and registration_plate is not None
            and not isinstance(registration_plate, str)
        ):
            raise FieldError.of("registration_plate", registration_plate)

        is_reg_no_validated = _d.get("isRegNoValidated")
        if is_reg_no_validated.__class__ is not bool and is_reg_no_validated is not None:
            raise FieldError.of("is_reg_no_validated", is_reg_no_validated)

        reg_no_validated_at = _d.get("regNoValidatedAt")
        if reg_no_validated_at is not None:
            if reg_no_validated_at.__class__ is not str and not isinstance(reg_no_validated_at, str):
                raise FieldError.of("reg_no_validated_at", reg_no_validated_at)
            try:
                reg_no_validated_at = parse_datetime(reg_no_validated_at)
            except ValueError:
                raise FieldError.of(
                    "reg_no_validated_at", reg_no_validated_at, "is not an ISO 8601 date-time"
                ) from None

        is_listening = _d.get("isListening")
        if is_listening.__class__ is not bool and is_listening is not None:
            raise FieldError.of("is_listening", is_listening)

        listening_last_updated = _d.get("listeningLastUpdated")
        if listening_last_updated is not None:
            if listening_last_updated.__class__ is not str and not isinstance(listening_last_updated, str):
                raise FieldError.of("listening_last_updated", listening_last_updated)
            try:
                listening_last_updated = parse_datetime(listening_last_updated)
            except ValueError:
                raise FieldError.of(
                    "listening_last_updated", listening_last_updated, "is not an ISO 8601 date-time"
                ) from None

        connection_status = _d.get("connectionStatus")
        if (
            connection_status.__class__ is not str
            and connection_status is not None
            and not isinstance(connection_status, str)
        ):
            raise FieldError.of("connection_status", connection_status)

        connection_error_code = _d.get("connectionErrorCode")
        if (
            connection_error_code.__class__ is not str
            and connection_error_code is not None
            and not isinstance(connection_error_code, str)
        ):
            raise FieldError.of("connection_error_code", connection_error_code)

        connection_error_message = _d.get("connectionErrorMessage")
        if (
            connection_error_message.__class__ is not str
            and connection_error_message is not None
            and not isinstance(connection_error_message, str)
        ):
            raise FieldError.of("connection_error_message", connection_error_message)

        action_category = _d.get("actionCategory")
        if (
            action_category.__class__ is not str
            and action_category is not None
            and not isinstance(action_category, str)
        ):
            raise FieldError.of("action_category", action_category)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is Vehicle:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.make = make
            _self.id = id
            _self.metadata = metadata
            _self.model = model
            _self.trim = trim
            _self.model_year = model_year
            _self.vin = vin
            _self.registration_plate = registration_plate
            _self.is_reg_no_validated = is_reg_no_validated
            _self.reg_no_validated_at = reg_no_validated_at
            _self.is_listening = is_listening
            _self.listening_last_updated = listening_last_updated
            _self.connection_status = connection_status
            _self.connection_error_code = connection_error_code
            _self.connection_error_message = connection_error_message
            _self.action_category = action_category
        else:  # a subclass's own __init__ runs
            _self = cls(
                make=make,
                id=id,
                metadata=metadata,
                model=model,
                trim=trim,
                model_year=model_year,
                vin=vin,
                registration_plate=registration_plate,
                is_reg_no_validated=is_reg_no_validated,
                reg_no_validated_at=reg_no_validated_at,
                is_listening=is_listening,
                listening_last_updated=listening_last_updated,
                connection_status=connection_status,
                connection_error_code=connection_error_code,
                connection_error_message=connection_error_message,
                action_category=action_category,
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
from ..models.vehicle_meta_data import VehicleMetaData  # noqa: E402

_VehicleMetaData_from_dict = VehicleMetaData.from_dict
Vehicle._wire_fields = {
    "make": WireField("make", "plain"),
    "id": WireField("id", "plain"),
    "metadata": WireField("metadata", "model", VehicleMetaData),
    "model": WireField("model", "plain"),
    "trim": WireField("trim", "plain"),
    "modelYear": WireField("model_year", "plain"),
    "vin": WireField("vin", "plain"),
    "registrationPlate": WireField("registration_plate", "plain"),
    "isRegNoValidated": WireField("is_reg_no_validated", "plain"),
    "regNoValidatedAt": WireField("reg_no_validated_at", "plain"),
    "isListening": WireField("is_listening", "plain"),
    "listeningLastUpdated": WireField("listening_last_updated", "plain"),
    "connectionStatus": WireField("connection_status", "plain"),
    "connectionErrorCode": WireField("connection_error_code", "plain"),
    "connectionErrorMessage": WireField("connection_error_message", "plain"),
    "actionCategory": WireField("action_category", "plain"),
}
