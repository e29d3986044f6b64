# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_vehicle_upload_status import APIVehicleUploadStatus
from ..types import UNSET, FieldError, Unset, WireField, as_object, index_of, parse_date

_new = object.__new__
_APIVehicleUploadStatus_get = APIVehicleUploadStatus._get
_FIELDS: frozenset[str] = frozenset(
    {
        "vehicleInputId",
        "status",
        "message",
        "vehicleId",
        "errors",
        "canRetry",
        "vin",
        "make",
        "model",
        "countryCode",
        "registrationPlate",
        "modelYear",
        "registrationDate",
        "owners",
        "tags",
        "wasAlreadyConnected",
    }
)

T = TypeVar("T", bound="VehicleInputResponse")


@_attrs_define(kw_only=True)
class VehicleInputResponse:
    """

    Attributes:
        vehicle_input_id (str):
        status (APIVehicleUploadStatus | str):
        message (str):
        vehicle_id (None | str | Unset):
        errors (list[VehicleInputResponseError] | Unset):
        can_retry (bool | None | Unset):
        vin (None | str | Unset):
        make (None | str | Unset):
        model (None | str | Unset):
        country_code (None | str | Unset):
        registration_plate (None | str | Unset):
        model_year (int | None | Unset):
        registration_date (datetime.date | None | Unset):
        owners (list[str] | Unset):
        tags (list[Tag] | Unset):
        was_already_connected (bool | Unset):  Default: False.
    """

    vehicle_input_id: str
    status: APIVehicleUploadStatus | str
    message: str
    vehicle_id: None | str | Unset = UNSET
    errors: list[VehicleInputResponseError] | Unset = UNSET
    can_retry: bool | None | Unset = UNSET
    vin: None | str | Unset = UNSET
    make: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    registration_plate: None | str | Unset = UNSET
    model_year: int | None | Unset = UNSET
    registration_date: datetime.date | None | Unset = UNSET
    owners: list[str] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    was_already_connected: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["vehicleInputId"] = self.vehicle_input_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, APIVehicleUploadStatus) else self.status
        )
        field_dict["message"] = self.message
        if self.vehicle_id is not None:
            field_dict["vehicleId"] = self.vehicle_id
        if self.errors is not None:
            field_dict["errors"] = (
                [
                    (_item0.to_dict() if isinstance(_item0, VehicleInputResponseError) else _item0)
                    for _item0 in self.errors
                ]
                if isinstance(self.errors, list)
                else self.errors
            )
        if self.can_retry is not None:
            field_dict["canRetry"] = self.can_retry
        if self.vin is not None:
            field_dict["vin"] = self.vin
        if self.make is not None:
            field_dict["make"] = self.make
        if self.model is not None:
            field_dict["model"] = self.model
        if self.country_code is not None:
            field_dict["countryCode"] = self.country_code
        if self.registration_plate is not None:
            field_dict["registrationPlate"] = self.registration_plate
        if self.model_year is not None:
            field_dict["modelYear"] = self.model_year
        if self.registration_date is not None:
            field_dict["registrationDate"] = (
                self.registration_date.isoformat()
                if isinstance(self.registration_date, datetime.date)
                else self.registration_date
            )
        if self.owners is not None:
            field_dict["owners"] = self.owners
        if self.tags is not None:
            field_dict["tags"] = (
                [(_item0.to_dict() if isinstance(_item0, Tag) else _item0) for _item0 in self.tags]
                if isinstance(self.tags, list)
                else self.tags
            )
        if self.was_already_connected is not None:
            field_dict["wasAlreadyConnected"] = self.was_already_connected
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        vehicle_input_id = _d["vehicleInputId"]
        if vehicle_input_id.__class__ is not str and not isinstance(vehicle_input_id, str):
            raise FieldError.of("vehicle_input_id", vehicle_input_id)

        status = _d["status"]
        if status.__class__ is not str and not isinstance(status, str):
            raise FieldError.of("status", status)
        status = _APIVehicleUploadStatus_get(status, status)

        message = _d["message"]
        if message.__class__ is not str and not isinstance(message, str):
            raise FieldError.of("message", message)

        vehicle_id = _d.get("vehicleId")
        if vehicle_id.__class__ is not str and vehicle_id is not None and not isinstance(vehicle_id, str):
            raise FieldError.of("vehicle_id", vehicle_id)

        errors = _d.get("errors")
        if errors is not None:
            if errors.__class__ is not list and not isinstance(errors, list):
                raise FieldError.of("errors", errors)
            _errors_list = []
            for _errors_item in errors:
                try:
                    _errors_item = _VehicleInputResponseError_from_dict(_errors_item)
                except FieldError as _error:
                    raise _error.within("errors" + index_of(errors, _errors_item)) from None

                _errors_list.append(_errors_item)
            errors = _errors_list

        can_retry = _d.get("canRetry")
        if can_retry.__class__ is not bool and can_retry is not None:
            raise FieldError.of("can_retry", can_retry)

        vin = _d.get("vin")
        if vin.__class__ is not str and vin is not None and not isinstance(vin, str):
            raise FieldError.of("vin", vin)

        make = _d.get("make")
        if make.__class__ is not str and make is not None and not isinstance(make, str):
            raise FieldError.of("make", make)

        model = _d.get("model")
        if model.__class__ is not str and model is not None and not isinstance(model, str):
            raise FieldError.of("model", model)

        country_code = _d.get("countryCode")
        if (
            country_code.__class__ is not str
            and country_code is not None
            and not isinstance(country_code, str)
        ):
            raise FieldError.of("country_code", country_code)

        registration_plate = _d.get("registrationPlate")
        if (
            registration_plate.__class__ is not str
            and registration_plate is not None
            and not isinstance(registration_plate, str)
        ):
            raise FieldError.of("registration_plate", registration_plate)

        model_year = _d.get("modelYear")
        if (
            model_year.__class__ is not int
            and model_year is not None
            and (not isinstance(model_year, int) or model_year.__class__ is bool)
        ):
            raise FieldError.of("model_year", model_year)

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

        owners = _d.get("owners")
        if owners is not None:
            if owners.__class__ is not list and not isinstance(owners, list):
                raise FieldError.of("owners", owners)
            for _owners_item in owners:
                if _owners_item.__class__ is not str and not isinstance(_owners_item, str):
                    raise FieldError.of("owners" + index_of(owners, _owners_item), _owners_item)

        tags = _d.get("tags")
        if tags is not None:
            if tags.__class__ is not list and not isinstance(tags, list):
                raise FieldError.of("tags", tags)
            _tags_list = []
            for _tags_item in tags:
                try:
                    _tags_item = _Tag_from_dict(_tags_item)
                except FieldError as _error:
                    raise _error.within("tags" + index_of(tags, _tags_item)) from None

                _tags_list.append(_tags_item)
            tags = _tags_list

        was_already_connected = _d.get("wasAlreadyConnected")
        if was_already_connected.__class__ is not bool and was_already_connected is not None:
            raise FieldError.of("was_already_connected", was_already_connected)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleInputResponse:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.vehicle_input_id = vehicle_input_id
            _self.status = status
            _self.message = message
            _self.vehicle_id = vehicle_id
            _self.errors = errors
            _self.can_retry = can_retry
            _self.vin = vin
            _self.make = make
            _self.model = model
            _self.country_code = country_code
            _self.registration_plate = registration_plate
            _self.model_year = model_year
            _self.registration_date = registration_date
            _self.owners = owners
            _self.tags = tags
            _self.was_already_connected = was_already_connected
        else:  # a subclass's own __init__ runs
            _self = cls(
                vehicle_input_id=vehicle_input_id,
                status=status,
                message=message,
                vehicle_id=vehicle_id,
                errors=errors,
                can_retry=can_retry,
                vin=vin,
                make=make,
                model=model,
                country_code=country_code,
                registration_plate=registration_plate,
                model_year=model_year,
                registration_date=registration_date,
                owners=owners,
                tags=tags,
                was_already_connected=was_already_connected,
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
from ..models.tag import Tag  # noqa: E402
from ..models.vehicle_input_response_error import VehicleInputResponseError  # noqa: E402

_Tag_from_dict = Tag.from_dict
_VehicleInputResponseError_from_dict = VehicleInputResponseError.from_dict
VehicleInputResponse._wire_fields = {
    "vehicleInputId": WireField("vehicle_input_id", "plain"),
    "status": WireField("status", "plain"),
    "message": WireField("message", "plain"),
    "vehicleId": WireField("vehicle_id", "plain"),
    "errors": WireField("errors", "list", VehicleInputResponseError),
    "canRetry": WireField("can_retry", "plain"),
    "vin": WireField("vin", "plain"),
    "make": WireField("make", "plain"),
    "model": WireField("model", "plain"),
    "countryCode": WireField("country_code", "plain"),
    "registrationPlate": WireField("registration_plate", "plain"),
    "modelYear": WireField("model_year", "plain"),
    "registrationDate": WireField("registration_date", "plain"),
    "owners": WireField("owners", "list"),
    "tags": WireField("tags", "list", Tag),
    "wasAlreadyConnected": WireField("was_already_connected", "plain"),
}
