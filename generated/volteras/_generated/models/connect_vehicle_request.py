# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.make_enum import MakeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="ConnectVehicleRequest")


@_attrs_define
class ConnectVehicleRequest:
    """
    Attributes:
        vin (str):
        make (MakeEnum | str):
        country_code (None | str):
        registration_plate (None | str | Unset):
        model (None | str | Unset):
        model_year (int | None | Unset):
        battery_capacity (float | None | Unset):
        horsepower (int | None | Unset):
        generation (None | str | Unset):
        wltp_range (float | None | Unset):
        registration_date (datetime.date | None | Unset):
        tags (list[Tag] | None | Unset):
    """

    vin: str
    make: MakeEnum | str
    country_code: None | str
    registration_plate: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    model_year: int | None | Unset = UNSET
    battery_capacity: float | None | Unset = UNSET
    horsepower: int | None | Unset = UNSET
    generation: None | str | Unset = UNSET
    wltp_range: float | None | Unset = UNSET
    registration_date: datetime.date | None | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        vin = self.vin

        make: str
        if isinstance(self.make, MakeEnum):
            make = self.make.value
        else:
            make = self.make

        country_code: None | str
        country_code = self.country_code

        registration_plate: None | str | Unset
        if isinstance(self.registration_plate, Unset):
            registration_plate = UNSET
        else:
            registration_plate = self.registration_plate

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        model_year: int | None | Unset
        if isinstance(self.model_year, Unset):
            model_year = UNSET
        else:
            model_year = self.model_year

        battery_capacity: float | None | Unset
        if isinstance(self.battery_capacity, Unset):
            battery_capacity = UNSET
        else:
            battery_capacity = self.battery_capacity

        horsepower: int | None | Unset
        if isinstance(self.horsepower, Unset):
            horsepower = UNSET
        else:
            horsepower = self.horsepower

        generation: None | str | Unset
        if isinstance(self.generation, Unset):
            generation = UNSET
        else:
            generation = self.generation

        wltp_range: float | None | Unset
        if isinstance(self.wltp_range, Unset):
            wltp_range = UNSET
        else:
            wltp_range = self.wltp_range

        registration_date: None | str | Unset
        if isinstance(self.registration_date, Unset):
            registration_date = UNSET
        elif isinstance(self.registration_date, datetime.date):
            registration_date = self.registration_date.isoformat()
        else:
            registration_date = self.registration_date

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vin": vin,
                "make": make,
                "countryCode": country_code,
            }
        )
        if registration_plate is not UNSET:
            field_dict["registrationPlate"] = registration_plate
        if model is not UNSET:
            field_dict["model"] = model
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year
        if battery_capacity is not UNSET:
            field_dict["batteryCapacity"] = battery_capacity
        if horsepower is not UNSET:
            field_dict["horsepower"] = horsepower
        if generation is not UNSET:
            field_dict["generation"] = generation
        if wltp_range is not UNSET:
            field_dict["wltpRange"] = wltp_range
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        vin = d.pop("vin")

        make: MakeEnum | str = d.pop("make")
        try:
            make = MakeEnum._get(make, make)
        except TypeError:
            pass

        country_code: None | str = d.pop("countryCode")

        registration_plate: None | str | Unset = d.pop("registrationPlate", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        model_year: int | None | Unset = d.pop("modelYear", UNSET)

        battery_capacity: float | None | Unset = d.pop("batteryCapacity", UNSET)

        horsepower: int | None | Unset = d.pop("horsepower", UNSET)

        generation: None | str | Unset = d.pop("generation", UNSET)

        wltp_range: float | None | Unset = d.pop("wltpRange", UNSET)

        registration_date: datetime.date | None | Unset = d.pop("registrationDate", UNSET)
        registration_date_type_0: datetime.date
        if isinstance(registration_date, str):
            try:
                registration_date_type_0 = datetime.date.fromisoformat(registration_date)

                registration_date = registration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tags: list[Tag] | None | Unset = d.pop("tags", UNSET)
        tags_type_0: list[Tag]
        if isinstance(tags, list):
            try:
                _tags_type_0 = tags
                if not isinstance(_tags_type_0, list):
                    raise TypeError("tags_type_0 must be an array")
                tags_type_0 = []
                for tags_type_0_item_data in _tags_type_0:
                    if not isinstance(tags_type_0_item_data, dict):
                        raise TypeError("an item of tags_type_0 has the wrong type")
                    tags_type_0_item = Tag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        connect_vehicle_request = cls(
            vin=vin,
            make=make,
            country_code=country_code,
            registration_plate=registration_plate,
            model=model,
            model_year=model_year,
            battery_capacity=battery_capacity,
            horsepower=horsepower,
            generation=generation,
            wltp_range=wltp_range,
            registration_date=registration_date,
            tags=tags,
        )

        connect_vehicle_request.additional_properties = d
        return connect_vehicle_request

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
