# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VehicleChargingSession")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vehicle_id = self.vehicle_id

        started_at = self.started_at.isoformat().replace("+00:00", "Z")

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat().replace("+00:00", "Z")
        else:
            ended_at = self.ended_at

        charge_duration: int | None
        charge_duration = self.charge_duration

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        kwh_from_grid: float | None
        kwh_from_grid = self.kwh_from_grid

        kwh_in_hvb: float | None
        kwh_in_hvb = self.kwh_in_hvb

        start_state_of_charge: float | None
        start_state_of_charge = self.start_state_of_charge

        end_state_of_charge: float | None
        end_state_of_charge = self.end_state_of_charge

        external_temperature: float | None
        external_temperature = self.external_temperature

        kw_median: float | None
        kw_median = self.kw_median

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vehicleId": vehicle_id,
                "startedAt": started_at,
                "endedAt": ended_at,
                "chargeDuration": charge_duration,
                "latitude": latitude,
                "longitude": longitude,
                "kwhFromGrid": kwh_from_grid,
                "kwhInHvb": kwh_in_hvb,
                "startStateOfCharge": start_state_of_charge,
                "endStateOfCharge": end_state_of_charge,
                "externalTemperature": external_temperature,
                "kwMedian": kw_median,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        vehicle_id = d.pop("vehicleId")

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("endedAt"))

        def _parse_charge_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        charge_duration = _parse_charge_duration(d.pop("chargeDuration"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        def _parse_kwh_from_grid(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        kwh_from_grid = _parse_kwh_from_grid(d.pop("kwhFromGrid"))

        def _parse_kwh_in_hvb(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        kwh_in_hvb = _parse_kwh_in_hvb(d.pop("kwhInHvb"))

        def _parse_start_state_of_charge(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        start_state_of_charge = _parse_start_state_of_charge(d.pop("startStateOfCharge"))

        def _parse_end_state_of_charge(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        end_state_of_charge = _parse_end_state_of_charge(d.pop("endStateOfCharge"))

        def _parse_external_temperature(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        external_temperature = _parse_external_temperature(d.pop("externalTemperature"))

        def _parse_kw_median(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        kw_median = _parse_kw_median(d.pop("kwMedian"))

        vehicle_charging_session = cls(
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

        vehicle_charging_session.additional_properties = d
        return vehicle_charging_session

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
