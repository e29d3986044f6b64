# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleJourneyResponse")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vehicle_id = self.vehicle_id

        start_timestamp = self.start_timestamp.isoformat().replace("+00:00", "Z")

        vin = self.vin

        distance_travelled_km: float | None | Unset
        if isinstance(self.distance_travelled_km, Unset):
            distance_travelled_km = UNSET
        else:
            distance_travelled_km = self.distance_travelled_km

        odometer_start: float | None | Unset
        if isinstance(self.odometer_start, Unset):
            odometer_start = UNSET
        else:
            odometer_start = self.odometer_start

        odometer_end: float | None | Unset
        if isinstance(self.odometer_end, Unset):
            odometer_end = UNSET
        else:
            odometer_end = self.odometer_end

        energy_used_kwh: float | None | Unset
        if isinstance(self.energy_used_kwh, Unset):
            energy_used_kwh = UNSET
        else:
            energy_used_kwh = self.energy_used_kwh

        energy_start_kwh: float | None | Unset
        if isinstance(self.energy_start_kwh, Unset):
            energy_start_kwh = UNSET
        else:
            energy_start_kwh = self.energy_start_kwh

        energy_end_kwh: float | None | Unset
        if isinstance(self.energy_end_kwh, Unset):
            energy_end_kwh = UNSET
        else:
            energy_end_kwh = self.energy_end_kwh

        soc_used: float | None | Unset
        if isinstance(self.soc_used, Unset):
            soc_used = UNSET
        else:
            soc_used = self.soc_used

        soc_start: float | None | Unset
        if isinstance(self.soc_start, Unset):
            soc_start = UNSET
        else:
            soc_start = self.soc_start

        soc_end: float | None | Unset
        if isinstance(self.soc_end, Unset):
            soc_end = UNSET
        else:
            soc_end = self.soc_end

        stop_timestamp: None | str | Unset
        if isinstance(self.stop_timestamp, Unset):
            stop_timestamp = UNSET
        elif isinstance(self.stop_timestamp, datetime.datetime):
            stop_timestamp = self.stop_timestamp.isoformat().replace("+00:00", "Z")
        else:
            stop_timestamp = self.stop_timestamp

        start_latitude: float | None | Unset
        if isinstance(self.start_latitude, Unset):
            start_latitude = UNSET
        else:
            start_latitude = self.start_latitude

        start_longitude: float | None | Unset
        if isinstance(self.start_longitude, Unset):
            start_longitude = UNSET
        else:
            start_longitude = self.start_longitude

        stop_latitude: float | None | Unset
        if isinstance(self.stop_latitude, Unset):
            stop_latitude = UNSET
        else:
            stop_latitude = self.stop_latitude

        stop_longitude: float | None | Unset
        if isinstance(self.stop_longitude, Unset):
            stop_longitude = UNSET
        else:
            stop_longitude = self.stop_longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vehicleId": vehicle_id,
                "startTimestamp": start_timestamp,
                "vin": vin,
            }
        )
        if distance_travelled_km is not UNSET:
            field_dict["distanceTravelledKm"] = distance_travelled_km
        if odometer_start is not UNSET:
            field_dict["odometerStart"] = odometer_start
        if odometer_end is not UNSET:
            field_dict["odometerEnd"] = odometer_end
        if energy_used_kwh is not UNSET:
            field_dict["energyUsedKwh"] = energy_used_kwh
        if energy_start_kwh is not UNSET:
            field_dict["energyStartKwh"] = energy_start_kwh
        if energy_end_kwh is not UNSET:
            field_dict["energyEndKwh"] = energy_end_kwh
        if soc_used is not UNSET:
            field_dict["socUsed"] = soc_used
        if soc_start is not UNSET:
            field_dict["socStart"] = soc_start
        if soc_end is not UNSET:
            field_dict["socEnd"] = soc_end
        if stop_timestamp is not UNSET:
            field_dict["stopTimestamp"] = stop_timestamp
        if start_latitude is not UNSET:
            field_dict["startLatitude"] = start_latitude
        if start_longitude is not UNSET:
            field_dict["startLongitude"] = start_longitude
        if stop_latitude is not UNSET:
            field_dict["stopLatitude"] = stop_latitude
        if stop_longitude is not UNSET:
            field_dict["stopLongitude"] = stop_longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        vehicle_id = d.pop("vehicleId")

        start_timestamp = datetime.datetime.fromisoformat(d.pop("startTimestamp"))

        vin = d.pop("vin")

        distance_travelled_km: float | None | Unset = d.pop("distanceTravelledKm", UNSET)

        odometer_start: float | None | Unset = d.pop("odometerStart", UNSET)

        odometer_end: float | None | Unset = d.pop("odometerEnd", UNSET)

        energy_used_kwh: float | None | Unset = d.pop("energyUsedKwh", UNSET)

        energy_start_kwh: float | None | Unset = d.pop("energyStartKwh", UNSET)

        energy_end_kwh: float | None | Unset = d.pop("energyEndKwh", UNSET)

        soc_used: float | None | Unset = d.pop("socUsed", UNSET)

        soc_start: float | None | Unset = d.pop("socStart", UNSET)

        soc_end: float | None | Unset = d.pop("socEnd", UNSET)

        stop_timestamp: datetime.datetime | None | Unset = d.pop("stopTimestamp", UNSET)
        stop_timestamp_type_0: datetime.datetime
        if isinstance(stop_timestamp, str):
            try:
                stop_timestamp_type_0 = datetime.datetime.fromisoformat(stop_timestamp)

                stop_timestamp = stop_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        start_latitude: float | None | Unset = d.pop("startLatitude", UNSET)

        start_longitude: float | None | Unset = d.pop("startLongitude", UNSET)

        stop_latitude: float | None | Unset = d.pop("stopLatitude", UNSET)

        stop_longitude: float | None | Unset = d.pop("stopLongitude", UNSET)

        vehicle_journey_response = cls(
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

        vehicle_journey_response.additional_properties = d
        return vehicle_journey_response

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
