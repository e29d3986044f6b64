# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_meta_data import VehicleMetaData


T = TypeVar("T", bound="Vehicle")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:

        make = self.make

        id = self.id

        metadata = self.metadata.to_dict()

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        trim: None | str | Unset
        if isinstance(self.trim, Unset):
            trim = UNSET
        else:
            trim = self.trim

        model_year: None | str | Unset
        if isinstance(self.model_year, Unset):
            model_year = UNSET
        else:
            model_year = self.model_year

        vin = self.vin

        registration_plate: None | str | Unset
        if isinstance(self.registration_plate, Unset):
            registration_plate = UNSET
        else:
            registration_plate = self.registration_plate

        is_reg_no_validated: bool | None | Unset
        if isinstance(self.is_reg_no_validated, Unset):
            is_reg_no_validated = UNSET
        else:
            is_reg_no_validated = self.is_reg_no_validated

        reg_no_validated_at: None | str | Unset
        if isinstance(self.reg_no_validated_at, Unset):
            reg_no_validated_at = UNSET
        elif isinstance(self.reg_no_validated_at, datetime.datetime):
            reg_no_validated_at = self.reg_no_validated_at.isoformat().replace("+00:00", "Z")
        else:
            reg_no_validated_at = self.reg_no_validated_at

        is_listening = self.is_listening

        listening_last_updated: None | str | Unset
        if isinstance(self.listening_last_updated, Unset):
            listening_last_updated = UNSET
        elif isinstance(self.listening_last_updated, datetime.datetime):
            listening_last_updated = self.listening_last_updated.isoformat().replace("+00:00", "Z")
        else:
            listening_last_updated = self.listening_last_updated

        connection_status: None | str | Unset
        if isinstance(self.connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = self.connection_status

        connection_error_code: None | str | Unset
        if isinstance(self.connection_error_code, Unset):
            connection_error_code = UNSET
        else:
            connection_error_code = self.connection_error_code

        connection_error_message: None | str | Unset
        if isinstance(self.connection_error_message, Unset):
            connection_error_message = UNSET
        else:
            connection_error_message = self.connection_error_message

        action_category: None | str | Unset
        if isinstance(self.action_category, Unset):
            action_category = UNSET
        else:
            action_category = self.action_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "make": make,
                "id": id,
                "metadata": metadata,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if trim is not UNSET:
            field_dict["trim"] = trim
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if vin is not UNSET:
            field_dict["vin"] = vin
        if registration_plate is not UNSET:
            field_dict["registrationPlate"] = registration_plate
        if is_reg_no_validated is not UNSET:
            field_dict["isRegNoValidated"] = is_reg_no_validated
        if reg_no_validated_at is not UNSET:
            field_dict["regNoValidatedAt"] = reg_no_validated_at
        if is_listening is not UNSET:
            field_dict["isListening"] = is_listening
        if listening_last_updated is not UNSET:
            field_dict["listeningLastUpdated"] = listening_last_updated
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status
        if connection_error_code is not UNSET:
            field_dict["connectionErrorCode"] = connection_error_code
        if connection_error_message is not UNSET:
            field_dict["connectionErrorMessage"] = connection_error_message
        if action_category is not UNSET:
            field_dict["actionCategory"] = action_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        make = d.pop("make")

        id = d.pop("id")

        metadata = VehicleMetaData.from_dict(d.pop("metadata"))

        model: None | str | Unset = d.pop("model", UNSET)

        trim: None | str | Unset = d.pop("trim", UNSET)

        model_year: None | str | Unset = d.pop("modelYear", UNSET)

        vin = d.pop("vin", UNSET)

        registration_plate: None | str | Unset = d.pop("registrationPlate", UNSET)

        is_reg_no_validated: bool | None | Unset = d.pop("isRegNoValidated", UNSET)

        reg_no_validated_at: datetime.datetime | None | Unset = d.pop("regNoValidatedAt", UNSET)
        reg_no_validated_at_type_0: datetime.datetime
        if isinstance(reg_no_validated_at, str):
            try:
                reg_no_validated_at_type_0 = datetime.datetime.fromisoformat(reg_no_validated_at)

                reg_no_validated_at = reg_no_validated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        is_listening = d.pop("isListening", UNSET)

        listening_last_updated: datetime.datetime | None | Unset = d.pop("listeningLastUpdated", UNSET)
        listening_last_updated_type_0: datetime.datetime
        if isinstance(listening_last_updated, str):
            try:
                listening_last_updated_type_0 = datetime.datetime.fromisoformat(listening_last_updated)

                listening_last_updated = listening_last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        connection_status: None | str | Unset = d.pop("connectionStatus", UNSET)

        connection_error_code: None | str | Unset = d.pop("connectionErrorCode", UNSET)

        connection_error_message: None | str | Unset = d.pop("connectionErrorMessage", UNSET)

        action_category: None | str | Unset = d.pop("actionCategory", UNSET)

        vehicle = cls(
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

        vehicle.additional_properties = d
        return vehicle

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
from ..models.vehicle_meta_data import VehicleMetaData  # noqa: E402
