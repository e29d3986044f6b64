"""Vehicles: the fleet listing, one vehicle, its details, and listening."""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus

from ..._generated.models import (
    VehicleListeningAuditEntry,
    VehicleListeningResponse,
    VehicleRangeStandardEnum,
    VehicleSpecifications,
)
from .._paging import Row, cursor_page
from .._router import Answer, Call, handles


@handles("list_vehicles", query=("tag_key", "tag_value"))
def list_vehicles(call: Call) -> Answer:
    org = call.org
    tag_key, tag_value = call.args.get("tag_key"), call.args.get("tag_value")

    def rows() -> Iterator[Row]:
        for vehicle in org.vehicles.values():
            if tag_key is not None or tag_value is not None:
                tags = org.tags.get(vehicle.id, ())
                if not any(
                    (tag_key is None or k == tag_key) and (tag_value is None or v == tag_value)
                    for k, v in tags
                ):
                    continue
            yield vehicle.seq, org.vehicle_model(vehicle)

    return Answer(cursor_page(call, rows()))


@handles("get_vehicle")
def get_vehicle(call: Call) -> Answer:
    return Answer(call.org.vehicle_model(call.vehicle()))


@handles("disconnect_vehicle")
def disconnect_vehicle(call: Call) -> Answer:
    """Disconnected at once, answered as still under way (202), as the API usually does."""
    call.state.remove_vehicle(call.org, call.vehicle().id)
    return Answer(None, status=HTTPStatus.ACCEPTED)


@handles("get_vehicle_options")
def get_options(call: Call) -> Answer:
    return Answer(call.vehicle().history.options())


@handles("get_vehicle_specifications")
def get_specifications(call: Call) -> Answer:
    vehicle = call.vehicle()
    capacity = vehicle.model.capacity_kwh
    km = round(capacity * vehicle.telemetry.metres_per_kwh / 1000)
    return Answer(
        VehicleSpecifications(
            model=vehicle.model.model,
            make=vehicle.make,
            model_year=vehicle.year,
            battery_capacity=capacity,
            battery_capacity_net=round(capacity * 0.95, 1),
            standard_evr=VehicleRangeStandardEnum.WLTP,
            all_electric_range=str(km),
            all_electric_range_min=round(km * 0.8),
        )
    )


@handles("set_registration_plate")
def set_registration_plate(call: Call) -> Answer:
    vehicle = call.vehicle()
    vehicle.plate = call.body.registration_plate
    return Answer(call.org.vehicle_model(vehicle))


@handles("set_listening")
def set_listening(call: Call) -> Answer:
    vehicle = call.vehicle()
    vehicle.is_listening = call.body.is_listening
    vehicle.listening_updated = call.now
    vehicle.listening_audit.append(
        VehicleListeningAuditEntry(
            vehicle_id=vehicle.id, is_listening=vehicle.is_listening, timestamp=call.now
        )
    )
    return Answer(
        VehicleListeningResponse(
            vehicle_id=vehicle.id, is_listening=vehicle.is_listening, last_updated=call.now
        )
    )


@handles("list_listening_audit", query=("start_at", "end_at"))
def listening_audit(call: Call) -> Answer:
    """``start_at`` and ``end_at`` are date-times with a zone (the spec says so; checked before)."""
    vehicle = call.vehicle()
    start, end = call.args.get("start_at"), call.args.get("end_at")
    rows = (
        (n, entry)
        for n, entry in enumerate(vehicle.listening_audit)
        if (start is None or entry.timestamp >= start) and (end is None or entry.timestamp <= end)
    )
    return Answer(cursor_page(call, rows))
