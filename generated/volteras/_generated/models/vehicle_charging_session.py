# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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

        ended_at: datetime.datetime | None = d.pop("endedAt")
        ended_at_type_0: datetime.datetime
        if isinstance(ended_at, str):
            try:
                ended_at_type_0 = datetime.datetime.fromisoformat(ended_at)

                ended_at = ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        charge_duration: int | None = d.pop("chargeDuration")

        latitude: float | None = d.pop("latitude")

        longitude: float | None = d.pop("longitude")

        kwh_from_grid: float | None = d.pop("kwhFromGrid")

        kwh_in_hvb: float | None = d.pop("kwhInHvb")

        start_state_of_charge: float | None = d.pop("startStateOfCharge")

        end_state_of_charge: float | None = d.pop("endStateOfCharge")

        external_temperature: float | None = d.pop("externalTemperature")

        kw_median: float | None = d.pop("kwMedian")

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
