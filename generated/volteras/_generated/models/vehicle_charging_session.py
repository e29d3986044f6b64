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
        "id",
        "vehicleId",
        "startedAt",
        "endedAt",
        "chargeDuration",
        "latitude",
        "longitude",
        "kwhFromGrid",
        "kwhInHvb",
        "startStateOfCharge",
        "endStateOfCharge",
        "externalTemperature",
        "kwMedian",
    }
)

T = TypeVar("T", bound="VehicleChargingSession")


@_attrs_define(kw_only=True)
class VehicleChargingSession:
    """

    Attributes:
        id (str):
        vehicle_id (str):
        started_at (datetime.datetime):
        ended_at (datetime.datetime | None):
        charge_duration (int | None):
        latitude (float | None):
        longitude (float | None):
        kwh_from_grid (float | None):
        kwh_in_hvb (float | None):
        start_state_of_charge (float | None):
        end_state_of_charge (float | None):
        external_temperature (float | None):
        kw_median (float | None):
    """

    id: str
    vehicle_id: str
    started_at: datetime.datetime
    ended_at: datetime.datetime | None
    charge_duration: int | None
    latitude: float | None
    longitude: float | None
    kwh_from_grid: float | None
    kwh_in_hvb: float | None
    start_state_of_charge: float | None
    end_state_of_charge: float | None
    external_temperature: float | None
    kw_median: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["vehicleId"] = self.vehicle_id
        field_dict["startedAt"] = (
            self.started_at.isoformat().replace("+00:00", "Z")
            if isinstance(self.started_at, datetime.datetime)
            else self.started_at
        )
        field_dict["endedAt"] = (
            self.ended_at.isoformat().replace("+00:00", "Z")
            if isinstance(self.ended_at, datetime.datetime)
            else self.ended_at
        )
        field_dict["chargeDuration"] = self.charge_duration
        field_dict["latitude"] = self.latitude
        field_dict["longitude"] = self.longitude
        field_dict["kwhFromGrid"] = self.kwh_from_grid
        field_dict["kwhInHvb"] = self.kwh_in_hvb
        field_dict["startStateOfCharge"] = self.start_state_of_charge
        field_dict["endStateOfCharge"] = self.end_state_of_charge
        field_dict["externalTemperature"] = self.external_temperature
        field_dict["kwMedian"] = self.kw_median
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        id = _d["id"]
        if id.__class__ is not str and not isinstance(id, str):
            raise FieldError.of("id", id)

        vehicle_id = _d["vehicleId"]
        if vehicle_id.__class__ is not str and not isinstance(vehicle_id, str):
            raise FieldError.of("vehicle_id", vehicle_id)

        started_at = _d["startedAt"]
        if started_at.__class__ is not str and not isinstance(started_at, str):
            raise FieldError.of("started_at", started_at)
        try:
            started_at = parse_datetime(started_at)
        except ValueError:
            raise FieldError.of("started_at", started_at, "is not an ISO 8601 date-time") from None

        ended_at = _d["endedAt"]
        if ended_at is not None:
            if ended_at.__class__ is not str and not isinstance(ended_at, str):
                raise FieldError.of("ended_at", ended_at)
            try:
                ended_at = parse_datetime(ended_at)
            except ValueError:
                raise FieldError.of("ended_at", ended_at, "is not an ISO 8601 date-time") from None

        charge_duration = _d["chargeDuration"]
        if (
            charge_duration.__class__ is not int
            and charge_duration is not None
            and (not isinstance(charge_duration, int) or charge_duration.__class__ is bool)
        ):
            raise FieldError.of("charge_duration", charge_duration)

        latitude = _d["latitude"]
        if (
            latitude.__class__ is not float
            and latitude.__class__ is not int
            and latitude is not None
            and (not isinstance(latitude, (float, int)) or latitude.__class__ is bool)
        ):
            raise FieldError.of("latitude", latitude)

        longitude = _d["longitude"]
        if (
            longitude.__class__ is not float
            and longitude.__class__ is not int
            and longitude is not None
            and (not isinstance(longitude, (float, int)) or longitude.__class__ is bool)
        ):
            raise FieldError.of("longitude", longitude)

        kwh_from_grid = _d["kwhFromGrid"]
        if (
            kwh_from_grid.__class__ is not float
            and kwh_from_grid.__class__ is not int
            and kwh_from_grid is not None
            and (not isinstance(kwh_from_grid, (float, int)) or kwh_from_grid.__class__ is bool)
        ):
            raise FieldError.of("kwh_from_grid", kwh_from_grid)

        kwh_in_hvb = _d["kwhInHvb"]
        if (
            kwh_in_hvb.__class__ is not float
            and kwh_in_hvb.__class__ is not int
            and kwh_in_hvb is not None
            and (not isinstance(kwh_in_hvb, (float, int)) or kwh_in_hvb.__class__ is bool)
        ):
            raise FieldError.of("kwh_in_hvb", kwh_in_hvb)

        start_state_of_charge = _d["startStateOfCharge"]
        if (
            start_state_of_charge.__class__ is not float
            and start_state_of_charge.__class__ is not int
            and start_state_of_charge is not None
            and (
                not isinstance(start_state_of_charge, (float, int)) or start_state_of_charge.__class__ is bool
            )
        ):
            raise FieldError.of("start_state_of_charge", start_state_of_charge)

        end_state_of_charge = _d["endStateOfCharge"]
        if (
            end_state_of_charge.__class__ is not float
            and end_state_of_charge.__class__ is not int
            and end_state_of_charge is not None
            and (not isinstance(end_state_of_charge, (float, int)) or end_state_of_charge.__class__ is bool)
        ):
            raise FieldError.of("end_state_of_charge", end_state_of_charge)

        external_temperature = _d["externalTemperature"]
        if (
            external_temperature.__class__ is not float
            and external_temperature.__class__ is not int
            and external_temperature is not None
            and (not isinstance(external_temperature, (float, int)) or external_temperature.__class__ is bool)
        ):
            raise FieldError.of("external_temperature", external_temperature)

        kw_median = _d["kwMedian"]
        if (
            kw_median.__class__ is not float
            and kw_median.__class__ is not int
            and kw_median is not None
            and (not isinstance(kw_median, (float, int)) or kw_median.__class__ is bool)
        ):
            raise FieldError.of("kw_median", kw_median)

        _extra = {} if len(_d) == 13 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleChargingSession:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.id = id
            _self.vehicle_id = vehicle_id
            _self.started_at = started_at
            _self.ended_at = ended_at
            _self.charge_duration = charge_duration
            _self.latitude = latitude
            _self.longitude = longitude
            _self.kwh_from_grid = kwh_from_grid
            _self.kwh_in_hvb = kwh_in_hvb
            _self.start_state_of_charge = start_state_of_charge
            _self.end_state_of_charge = end_state_of_charge
            _self.external_temperature = external_temperature
            _self.kw_median = kw_median
        else:  # a subclass's own __init__ runs
            _self = cls(
                id=id,
                vehicle_id=vehicle_id,
                started_at=started_at,
                ended_at=ended_at,
                charge_duration=charge_duration,
                latitude=latitude,
                longitude=longitude,
                kwh_from_grid=kwh_from_grid,
                kwh_in_hvb=kwh_in_hvb,
                start_state_of_charge=start_state_of_charge,
                end_state_of_charge=end_state_of_charge,
                external_temperature=external_temperature,
                kw_median=kw_median,
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


VehicleChargingSession._wire_fields = {
    "id": WireField("id", "plain"),
    "vehicleId": WireField("vehicle_id", "plain"),
    "startedAt": WireField("started_at", "plain"),
    "endedAt": WireField("ended_at", "plain"),
    "chargeDuration": WireField("charge_duration", "plain"),
    "latitude": WireField("latitude", "plain"),
    "longitude": WireField("longitude", "plain"),
    "kwhFromGrid": WireField("kwh_from_grid", "plain"),
    "kwhInHvb": WireField("kwh_in_hvb", "plain"),
    "startStateOfCharge": WireField("start_state_of_charge", "plain"),
    "endStateOfCharge": WireField("end_state_of_charge", "plain"),
    "externalTemperature": WireField("external_temperature", "plain"),
    "kwMedian": WireField("kw_median", "plain"),
}
