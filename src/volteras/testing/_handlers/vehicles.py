"""Vehicles: the fleet listing, one vehicle, its details, and listening."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from dateutil.parser import isoparse

from .._errors import validation
from .._paging import Row, cursor_page
from .._router import Answer, Call, route
from .._wire import iso
from ._body import check_fields, query_datetime, read_object

_VEHICLE = "/v1/vehicles/{vehicle_id}"


@route("GET", "/v1/vehicles")
def list_vehicles(call: Call) -> Answer:
    org = call.org
    tag_key, tag_value = call.query("tagKey"), call.query("tagValue")

    def rows() -> Iterator[Row]:
        for vehicle in org.vehicles.values():
            if tag_key is not None or tag_value is not None:
                tags = org.tags.get(vehicle.id, ())
                if not any(
                    (tag_key is None or k == tag_key) and (tag_value is None or v == tag_value)
                    for k, v in tags
                ):
                    continue
            yield vehicle.seq, org.vehicle_json(vehicle)

    page = cursor_page(
        call.request.query,
        rows(),
        tokens=call.state.page_tokens,
        scope=f"vehicles:{org.id}",
        now=call.now,
        narrowing={"tagKey": tag_key, "tagValue": tag_value},
    )
    return Answer(page)


@route("GET", _VEHICLE)
def get_vehicle(call: Call) -> Answer:
    org = call.org
    return Answer(org.vehicle_json(org.vehicle(call.params["vehicle_id"])))


@route("DELETE", _VEHICLE)
def disconnect_vehicle(call: Call) -> Answer:
    org = call.org
    vehicle = org.vehicle(call.params["vehicle_id"])
    call.state.remove_vehicle(org, vehicle.id)
    return Answer({}, status=202)


@route("GET", f"{_VEHICLE}/options", scope="vehicle:information")
def get_options(call: Call) -> Answer:
    return Answer(call.org.vehicle(call.params["vehicle_id"]).history.options())


@route("GET", f"{_VEHICLE}/specifications", scope="vehicle:information")
def get_specifications(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    capacity = vehicle.model.capacity_kwh
    km = round(capacity * vehicle.telemetry.metres_per_kwh / 1000)
    return Answer(
        {
            "model": vehicle.model.model,
            "make": vehicle.make,
            "modelYear": vehicle.year,
            "batteryCapacity": capacity,
            "batteryCapacityNet": round(capacity * 0.95, 1),
            "standardEvr": "WLTP",
            "allElectricRange": str(km),
            "allElectricRangeMin": round(km * 0.8),
        }
    )


@route("POST", f"{_VEHICLE}/registration-plate", scope="vehicle:information")
def set_registration_plate(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    payload = read_object(call.request)
    assert payload is not None
    check_fields(
        payload,
        {"registrationPlate": lambda v: v is None or (isinstance(v, str) and 1 <= len(v) <= 50)},
    )
    vehicle.plate = payload["registrationPlate"]
    return Answer(call.org.vehicle_json(vehicle))


@route("POST", f"{_VEHICLE}/listening")
def set_listening(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    payload = read_object(call.request)
    assert payload is not None
    check_fields(payload, {"isListening": lambda v: isinstance(v, bool)})
    vehicle.is_listening = payload["isListening"]
    vehicle.listening_updated = call.now
    vehicle.listening_audit.append(
        {"vehicleId": vehicle.id, "isListening": vehicle.is_listening, "timestamp": iso(call.now)}
    )
    return Answer(
        {"vehicleId": vehicle.id, "isListening": vehicle.is_listening, "lastUpdated": iso(call.now)}
    )


def _moment(call: Call, name: str) -> datetime | None:
    """The parameter, or None; the audit's instants need a time zone."""
    moment = query_datetime(call, name)
    if moment is not None and moment.tzinfo is None:
        raise validation(f"{name} needs a time zone.", [{"loc": ["query", name], "msg": call.query(name)}])
    return moment


@route("GET", f"{_VEHICLE}/listening-audit", scope="vehicle:information")
def listening_audit(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    start, end = _moment(call, "startAt"), _moment(call, "endAt")
    rows = (
        (n, entry)
        for n, entry in enumerate(vehicle.listening_audit)
        if (start is None or isoparse(entry["timestamp"]) >= start)
        and (end is None or isoparse(entry["timestamp"]) <= end)
    )
    page = cursor_page(
        call.request.query,
        rows,
        tokens=call.state.page_tokens,
        scope=f"listening:{vehicle.id}",
        now=call.now,
        narrowing={"startAt": call.query("startAt"), "endAt": call.query("endAt")},
    )
    return Answer(page)
