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
        "id",
        "vehicleId",
        "startTimestamp",
        "vin",
        "distanceTravelledKm",
        "odometerStart",
        "odometerEnd",
        "energyUsedKwh",
        "energyStartKwh",
        "energyEndKwh",
        "socUsed",
        "socStart",
        "socEnd",
        "stopTimestamp",
        "startLatitude",
        "startLongitude",
        "stopLatitude",
        "stopLongitude",
    }
)

T = TypeVar("T", bound="VehicleJourneyResponse")


@_attrs_define(kw_only=True)
class VehicleJourneyResponse:
    """

    Attributes:
        id (str):
        vehicle_id (str):
        start_timestamp (datetime.datetime):
        vin (str):
        distance_travelled_km (float | None | Unset):
        odometer_start (float | None | Unset):
        odometer_end (float | None | Unset):
        energy_used_kwh (float | None | Unset):
        energy_start_kwh (float | None | Unset):
        energy_end_kwh (float | None | Unset):
        soc_used (float | None | Unset):
        soc_start (float | None | Unset):
        soc_end (float | None | Unset):
        stop_timestamp (datetime.datetime | None | Unset):
        start_latitude (float | None | Unset):
        start_longitude (float | None | Unset):
        stop_latitude (float | None | Unset):
        stop_longitude (float | None | Unset):
    """

    id: str
    vehicle_id: str
    start_timestamp: datetime.datetime
    vin: str
    distance_travelled_km: float | None | Unset = UNSET
    odometer_start: float | None | Unset = UNSET
    odometer_end: float | None | Unset = UNSET
    energy_used_kwh: float | None | Unset = UNSET
    energy_start_kwh: float | None | Unset = UNSET
    energy_end_kwh: float | None | Unset = UNSET
    soc_used: float | None | Unset = UNSET
    soc_start: float | None | Unset = UNSET
    soc_end: float | None | Unset = UNSET
    stop_timestamp: datetime.datetime | None | Unset = UNSET
    start_latitude: float | None | Unset = UNSET
    start_longitude: float | None | Unset = UNSET
    stop_latitude: float | None | Unset = UNSET
    stop_longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["vehicleId"] = self.vehicle_id
        field_dict["startTimestamp"] = (
            self.start_timestamp.isoformat().replace("+00:00", "Z")
            if isinstance(self.start_timestamp, datetime.datetime)
            else self.start_timestamp
        )
        field_dict["vin"] = self.vin
        if self.distance_travelled_km is not None:
            field_dict["distanceTravelledKm"] = self.distance_travelled_km
        if self.odometer_start is not None:
            field_dict["odometerStart"] = self.odometer_start
        if self.odometer_end is not None:
            field_dict["odometerEnd"] = self.odometer_end
        if self.energy_used_kwh is not None:
            field_dict["energyUsedKwh"] = self.energy_used_kwh
        if self.energy_start_kwh is not None:
            field_dict["energyStartKwh"] = self.energy_start_kwh
        if self.energy_end_kwh is not None:
            field_dict["energyEndKwh"] = self.energy_end_kwh
        if self.soc_used is not None:
            field_dict["socUsed"] = self.soc_used
        if self.soc_start is not None:
            field_dict["socStart"] = self.soc_start
        if self.soc_end is not None:
            field_dict["socEnd"] = self.soc_end
        if self.stop_timestamp is not None:
            field_dict["stopTimestamp"] = (
                self.stop_timestamp.isoformat().replace("+00:00", "Z")
                if isinstance(self.stop_timestamp, datetime.datetime)
                else self.stop_timestamp
            )
        if self.start_latitude is not None:
            field_dict["startLatitude"] = self.start_latitude
        if self.start_longitude is not None:
            field_dict["startLongitude"] = self.start_longitude
        if self.stop_latitude is not None:
            field_dict["stopLatitude"] = self.stop_latitude
        if self.stop_longitude is not None:
            field_dict["stopLongitude"] = self.stop_longitude
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

        start_timestamp = _d["startTimestamp"]
        if start_timestamp.__class__ is not str and not isinstance(start_timestamp, str):
            raise FieldError.of("start_timestamp", start_timestamp)
        try:
            start_timestamp = parse_datetime(start_timestamp)
        except ValueError:
            raise FieldError.of("start_timestamp", start_timestamp, "is not an ISO 8601 date-time") from None

        vin = _d["vin"]
        if vin.__class__ is not str and not isinstance(vin, str):
            raise FieldError.of("vin", vin)

        distance_travelled_km = _d.get("distanceTravelledKm")
        if (
            distance_travelled_km.__class__ is not float
            and distance_travelled_km.__class__ is not int
            and distance_travelled_km is not None
            and (
                not isinstance(distance_travelled_km, (float, int)) or distance_travelled_km.__class__ is bool
            )
        ):
            raise FieldError.of("distance_travelled_km", distance_travelled_km)

        odometer_start = _d.get("odometerStart")
        if (
            odometer_start.__class__ is not float
            and odometer_start.__class__ is not int
            and odometer_start is not None
            and (not isinstance(odometer_start, (float, int)) or odometer_start.__class__ is bool)
        ):
            raise FieldError.of("odometer_start", odometer_start)

        odometer_end = _d.get("odometerEnd")
        if (
            odometer_end.__class__ is not float
            and odometer_end.__class__ is not int
            and odometer_end is not None
            and (not isinstance(odometer_end, (float, int)) or odometer_end.__class__ is bool)
        ):
            raise FieldError.of("odometer_end", odometer_end)

        energy_used_kwh = _d.get("energyUsedKwh")
        if (
            energy_used_kwh.__class__ is not float
            and energy_used_kwh.__class__ is not int
            and energy_used_kwh is not None
            and (not isinstance(energy_used_kwh, (float, int)) or energy_used_kwh.__class__ is bool)
        ):
            raise FieldError.of("energy_used_kwh", energy_used_kwh)

        energy_start_kwh = _d.get("energyStartKwh")
        if (
            energy_start_kwh.__class__ is not float
            and energy_start_kwh.__class__ is not int
            and energy_start_kwh is not None
            and (not isinstance(energy_start_kwh, (float, int)) or energy_start_kwh.__class__ is bool)
        ):
            raise FieldError.of("energy_start_kwh", energy_start_kwh)

        energy_end_kwh = _d.get("energyEndKwh")
        if (
            energy_end_kwh.__class__ is not float
            and energy_end_kwh.__class__ is not int
            and energy_end_kwh is not None
            and (not isinstance(energy_end_kwh, (float, int)) or energy_end_kwh.__class__ is bool)
        ):
            raise FieldError.of("energy_end_kwh", energy_end_kwh)

        soc_used = _d.get("socUsed")
        if (
            soc_used.__class__ is not float
            and soc_used.__class__ is not int
            and soc_used is not None
            and (not isinstance(soc_used, (float, int)) or soc_used.__class__ is bool)
        ):
            raise FieldError.of("soc_used", soc_used)

        soc_start = _d.get("socStart")
        if (
            soc_start.__class__ is not float
            and soc_start.__class__ is not int
            and soc_start is not None
            and (not isinstance(soc_start, (float, int)) or soc_start.__class__ is bool)
        ):
            raise FieldError.of("soc_start", soc_start)

        soc_end = _d.get("socEnd")
        if (
            soc_end.__class__ is not float
            and soc_end.__class__ is not int
            and soc_end is not None
            and (not isinstance(soc_end, (float, int)) or soc_end.__class__ is bool)
        ):
            raise FieldError.of("soc_end", soc_end)

        stop_timestamp = _d.get("stopTimestamp")
        if stop_timestamp is not None:
            if stop_timestamp.__class__ is not str and not isinstance(stop_timestamp, str):
                raise FieldError.of("stop_timestamp", stop_timestamp)
            try:
                stop_timestamp = parse_datetime(stop_timestamp)
            except ValueError:
                raise FieldError.of(
                    "stop_timestamp", stop_timestamp, "is not an ISO 8601 date-time"
                ) from None

        start_latitude = _d.get("startLatitude")
        if (
            start_latitude.__class__ is not float
            and start_latitude.__class__ is not int
            and start_latitude is not None
            and (not isinstance(start_latitude, (float, int)) or start_latitude.__class__ is bool)
        ):
            raise FieldError.of("start_latitude", start_latitude)

        start_longitude = _d.get("startLongitude")
        if (
            start_longitude.__class__ is not float
            and start_longitude.__class__ is not int
            and start_longitude is not None
            and (not isinstance(start_longitude, (float, int)) or start_longitude.__class__ is bool)
        ):
            raise FieldError.of("start_longitude", start_longitude)

        stop_latitude = _d.get("stopLatitude")
        if (
            stop_latitude.__class__ is not float
            and stop_latitude.__class__ is not int
            and stop_latitude is not None
            and (not isinstance(stop_latitude, (float, int)) or stop_latitude.__class__ is bool)
        ):
            raise FieldError.of("stop_latitude", stop_latitude)

        stop_longitude = _d.get("stopLongitude")
        if (
            stop_longitude.__class__ is not float
            and stop_longitude.__class__ is not int
            and stop_longitude is not None
            and (not isinstance(stop_longitude, (float, int)) or stop_longitude.__class__ is bool)
        ):
            raise FieldError.of("stop_longitude", stop_longitude)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleJourneyResponse:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.id = id
            _self.vehicle_id = vehicle_id
            _self.start_timestamp = start_timestamp
            _self.vin = vin
            _self.distance_travelled_km = distance_travelled_km
            _self.odometer_start = odometer_start
            _self.odometer_end = odometer_end
            _self.energy_used_kwh = energy_used_kwh
            _self.energy_start_kwh = energy_start_kwh
            _self.energy_end_kwh = energy_end_kwh
            _self.soc_used = soc_used
            _self.soc_start = soc_start
            _self.soc_end = soc_end
            _self.stop_timestamp = stop_timestamp
            _self.start_latitude = start_latitude
            _self.start_longitude = start_longitude
            _self.stop_latitude = stop_latitude
            _self.stop_longitude = stop_longitude
        else:  # a subclass's own __init__ runs
            _self = cls(
                id=id,
                vehicle_id=vehicle_id,
                start_timestamp=start_timestamp,
                vin=vin,
                distance_travelled_km=distance_travelled_km,
                odometer_start=odometer_start,
                odometer_end=odometer_end,
                energy_used_kwh=energy_used_kwh,
                energy_start_kwh=energy_start_kwh,
                energy_end_kwh=energy_end_kwh,
                soc_used=soc_used,
                soc_start=soc_start,
                soc_end=soc_end,
                stop_timestamp=stop_timestamp,
                start_latitude=start_latitude,
                start_longitude=start_longitude,
                stop_latitude=stop_latitude,
                stop_longitude=stop_longitude,
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


VehicleJourneyResponse._wire_fields = {
    "id": WireField("id", "plain"),
    "vehicleId": WireField("vehicle_id", "plain"),
    "startTimestamp": WireField("start_timestamp", "plain"),
    "vin": WireField("vin", "plain"),
    "distanceTravelledKm": WireField("distance_travelled_km", "plain"),
    "odometerStart": WireField("odometer_start", "plain"),
    "odometerEnd": WireField("odometer_end", "plain"),
    "energyUsedKwh": WireField("energy_used_kwh", "plain"),
    "energyStartKwh": WireField("energy_start_kwh", "plain"),
    "energyEndKwh": WireField("energy_end_kwh", "plain"),
    "socUsed": WireField("soc_used", "plain"),
    "socStart": WireField("soc_start", "plain"),
    "socEnd": WireField("soc_end", "plain"),
    "stopTimestamp": WireField("stop_timestamp", "plain"),
    "startLatitude": WireField("start_latitude", "plain"),
    "startLongitude": WireField("start_longitude", "plain"),
    "stopLatitude": WireField("stop_latitude", "plain"),
    "stopLongitude": WireField("stop_longitude", "plain"),
}
