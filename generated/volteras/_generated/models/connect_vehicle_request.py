# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.make_enum import MakeEnum
from ..types import UNSET, FieldError, Unset, WireField, as_object, index_of, parse_date

_new = object.__new__
_MakeEnum_get = MakeEnum._get
_FIELDS: frozenset[str] = frozenset(
    {
        "vin",
        "make",
        "countryCode",
        "registrationPlate",
        "model",
        "modelYear",
        "batteryCapacity",
        "horsepower",
        "generation",
        "wltpRange",
        "registrationDate",
        "tags",
    }
)

T = TypeVar("T", bound="ConnectVehicleRequest")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["vin"] = self.vin
        field_dict["make"] = self.make.value if isinstance(self.make, MakeEnum) else self.make
        field_dict["countryCode"] = self.country_code
        if self.registration_plate is not None:
            field_dict["registrationPlate"] = self.registration_plate
        if self.model is not None:
            field_dict["model"] = self.model
        if self.model_year is not None:
            field_dict["modelYear"] = self.model_year
        if self.battery_capacity is not None:
            field_dict["batteryCapacity"] = self.battery_capacity
        if self.horsepower is not None:
            field_dict["horsepower"] = self.horsepower
        if self.generation is not None:
            field_dict["generation"] = self.generation
        if self.wltp_range is not None:
            field_dict["wltpRange"] = self.wltp_range
        if self.registration_date is not None:
            field_dict["registrationDate"] = (
                self.registration_date.isoformat()
                if isinstance(self.registration_date, datetime.date)
                else self.registration_date
            )
        if self.tags is not None:
            field_dict["tags"] = (
                [(_item0.to_dict() if isinstance(_item0, Tag) else _item0) for _item0 in self.tags]
                if isinstance(self.tags, list)
                else self.tags
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        vin = _d["vin"]
        if vin.__class__ is not str and not isinstance(vin, str):
            raise FieldError.of("vin", vin)

        make = _d["make"]
        if make.__class__ is not str and not isinstance(make, str):
            raise FieldError.of("make", make)
        make = _MakeEnum_get(make, make)

        country_code = _d["countryCode"]
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

        model = _d.get("model")
        if model.__class__ is not str and model is not None and not isinstance(model, str):
            raise FieldError.of("model", model)

        model_year = _d.get("modelYear")
        if (
            model_year.__class__ is not int
            and model_year is not None
            and (not isinstance(model_year, int) or model_year.__class__ is bool)
        ):
            raise FieldError.of("model_year", model_year)

        battery_capacity = _d.get("batteryCapacity")
        if (
            battery_capacity.__class__ is not float
            and battery_capacity.__class__ is not int
            and battery_capacity is not None
            and (not isinstance(battery_capacity, (float, int)) or battery_capacity.__class__ is bool)
        ):
            raise FieldError.of("battery_capacity", battery_capacity)

        horsepower = _d.get("horsepower")
        if (
            horsepower.__class__ is not int
            and horsepower is not None
            and (not isinstance(horsepower, int) or horsepower.__class__ is bool)
        ):
            raise FieldError.of("horsepower", horsepower)

        generation = _d.get("generation")
        if generation.__class__ is not str and generation is not None and not isinstance(generation, str):
            raise FieldError.of("generation", generation)

        wltp_range = _d.get("wltpRange")
        if (
            wltp_range.__class__ is not float
            and wltp_range.__class__ is not int
            and wltp_range is not None
            and (not isinstance(wltp_range, (float, int)) or wltp_range.__class__ is bool)
        ):
            raise FieldError.of("wltp_range", wltp_range)

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

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is ConnectVehicleRequest:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.vin = vin
            _self.make = make
            _self.country_code = country_code
            _self.registration_plate = registration_plate
            _self.model = model
            _self.model_year = model_year
            _self.battery_capacity = battery_capacity
            _self.horsepower = horsepower
            _self.generation = generation
            _self.wltp_range = wltp_range
            _self.registration_date = registration_date
            _self.tags = tags
        else:  # a subclass's own __init__ runs
            _self = cls(
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

_Tag_from_dict = Tag.from_dict
ConnectVehicleRequest._wire_fields = {
    "vin": WireField("vin", "plain"),
    "make": WireField("make", "plain"),
    "countryCode": WireField("country_code", "plain"),
    "registrationPlate": WireField("registration_plate", "plain"),
    "model": WireField("model", "plain"),
    "modelYear": WireField("model_year", "plain"),
    "batteryCapacity": WireField("battery_capacity", "plain"),
    "horsepower": WireField("horsepower", "plain"),
    "generation": WireField("generation", "plain"),
    "wltpRange": WireField("wltp_range", "plain"),
    "registrationDate": WireField("registration_date", "plain"),
    "tags": WireField("tags", "list", Tag),
}
