# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_vehicle_upload_status import APIVehicleUploadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag
    from ..models.vehicle_input_response_error import VehicleInputResponseError


T = TypeVar("T", bound="VehicleInputResponse")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:

        vehicle_input_id = self.vehicle_input_id

        status: str
        if isinstance(self.status, APIVehicleUploadStatus):
            status = self.status.value
        else:
            status = self.status

        message = self.message

        vehicle_id: None | str | Unset
        if isinstance(self.vehicle_id, Unset):
            vehicle_id = UNSET
        else:
            vehicle_id = self.vehicle_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        can_retry: bool | None | Unset
        if isinstance(self.can_retry, Unset):
            can_retry = UNSET
        else:
            can_retry = self.can_retry

        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        make: None | str | Unset
        if isinstance(self.make, Unset):
            make = UNSET
        else:
            make = self.make

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        registration_plate: None | str | Unset
        if isinstance(self.registration_plate, Unset):
            registration_plate = UNSET
        else:
            registration_plate = self.registration_plate

        model_year: int | None | Unset
        if isinstance(self.model_year, Unset):
            model_year = UNSET
        else:
            model_year = self.model_year

        registration_date: None | str | Unset
        if isinstance(self.registration_date, Unset):
            registration_date = UNSET
        elif isinstance(self.registration_date, datetime.date):
            registration_date = self.registration_date.isoformat()
        else:
            registration_date = self.registration_date

        owners: list[str] | Unset = UNSET
        if not isinstance(self.owners, Unset):
            owners = self.owners

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        was_already_connected = self.was_already_connected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicleInputId": vehicle_input_id,
                "status": status,
                "message": message,
            }
        )
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if can_retry is not UNSET:
            field_dict["canRetry"] = can_retry
        if vin is not UNSET:
            field_dict["vin"] = vin
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if registration_plate is not UNSET:
            field_dict["registrationPlate"] = registration_plate
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if owners is not UNSET:
            field_dict["owners"] = owners
        if tags is not UNSET:
            field_dict["tags"] = tags
        if was_already_connected is not UNSET:
            field_dict["wasAlreadyConnected"] = was_already_connected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        vehicle_input_id = d.pop("vehicleInputId")

        status: APIVehicleUploadStatus | str = d.pop("status")
        try:
            status = APIVehicleUploadStatus._get(status, status)
        except TypeError:
            pass

        message = d.pop("message")

        vehicle_id: None | str | Unset = d.pop("vehicleId", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[VehicleInputResponseError] | Unset = UNSET
        if not isinstance(_errors, Unset):
            if not isinstance(_errors, list):
                raise TypeError("errors must be an array")
            errors = []
            for errors_item_data in _errors:
                if not isinstance(errors_item_data, dict):
                    raise TypeError("an item of errors has the wrong type")
                errors_item = VehicleInputResponseError.from_dict(errors_item_data)

                errors.append(errors_item)

        can_retry: bool | None | Unset = d.pop("canRetry", UNSET)

        vin: None | str | Unset = d.pop("vin", UNSET)

        make: None | str | Unset = d.pop("make", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        country_code: None | str | Unset = d.pop("countryCode", UNSET)

        registration_plate: None | str | Unset = d.pop("registrationPlate", UNSET)

        model_year: int | None | Unset = d.pop("modelYear", UNSET)

        registration_date: datetime.date | None | Unset = d.pop("registrationDate", UNSET)
        registration_date_type_0: datetime.date
        if isinstance(registration_date, str):
            try:
                registration_date_type_0 = datetime.date.fromisoformat(registration_date)

                registration_date = registration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        owners = cast(list[str], d.pop("owners", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if not isinstance(_tags, Unset):
            if not isinstance(_tags, list):
                raise TypeError("tags must be an array")
            tags = []
            for tags_item_data in _tags:
                if not isinstance(tags_item_data, dict):
                    raise TypeError("an item of tags has the wrong type")
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        was_already_connected = d.pop("wasAlreadyConnected", UNSET)

        vehicle_input_response = cls(
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

        vehicle_input_response.additional_properties = d
        return vehicle_input_response

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
from ..models.tag import Tag  # noqa: E402
from ..models.vehicle_input_response_error import VehicleInputResponseError  # noqa: E402
