"""What a vehicle reports: live telemetry, battery, maintenance, and histories."""

from __future__ import annotations

from datetime import datetime, timedelta

from dateutil.parser import isoparse

from .._errors import not_found, validation
from .._paging import cursor_page
from .._router import Answer, Call, route
from ._body import query_datetime

_VEHICLE = "/v1/vehicles/{vehicle_id}"
_MAX_TIRE_SPAN = timedelta(days=92)


@route("GET", f"{_VEHICLE}/telemetry", scope="vehicle:telemetry")
def get_telemetry(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    return Answer(vehicle.telemetry.to_json(vehicle.id, vehicle.metadata(), call.now))


@route("GET", f"{_VEHICLE}/range", scope="vehicle:information")
def get_range(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    t = vehicle.telemetry
    full_km = t.capacity_kwh * t.metres_per_kwh / 1000
    nominal = round(full_km * 1.12)
    return Answer(
        {
            "vehicleId": vehicle.id,
            "unit": "km",
            "calculationDate": call.now.date().isoformat(),
            "range": {
                "real": f"{full_km:.1f}",
                "realWarmerRange": f"{full_km * 1.08:.1f}",
                "realColderRange": f"{full_km * 0.78:.1f}",
                "nominal": {"WLTP": nominal},
                "score": {"WLTP": f"{full_km / nominal:.3f}"},
            },
        }
    )


@route("GET", f"{_VEHICLE}/state-of-health", scope="vehicle:information")
def get_state_of_health(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    health = vehicle.history.state_of_health
    capacity = vehicle.telemetry.capacity_kwh
    return Answer(
        {
            "vehicleId": vehicle.id,
            "calculationDate": call.now.date().isoformat(),
            "stateOfHealth": f"{health:.3f}",
            "batteryCapacity": {"nominal": f"{capacity:.1f}", "real": f"{capacity * health:.1f}"},
        }
    )


@route("GET", f"{_VEHICLE}/maintenance/services", scope="vehicle:telemetry")
def get_services(call: Call) -> Answer:
    return Answer({"services": call.org.vehicle(call.params["vehicle_id"]).history.services})


@route("GET", f"{_VEHICLE}/maintenance/manufacturer-alerts/current", scope="vehicle:telemetry")
def get_manufacturer_alerts(call: Call) -> Answer:
    return Answer({"alerts": call.org.vehicle(call.params["vehicle_id"]).history.manufacturer_alerts})


def _datetime_query(call: Call, name: str, default: datetime) -> datetime:
    """The parameter, or `default`; a time without a zone is taken in the default's zone."""
    moment = query_datetime(call, name)
    if moment is None:
        return default
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=default.tzinfo)


@route("GET", f"{_VEHICLE}/maintenance/tires/historic", scope="vehicle:telemetry")
def get_tire_history(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    end = _datetime_query(call, "to_datetime", call.now)
    start = _datetime_query(call, "from_datetime", end - timedelta(days=30))
    if start > end or end - start > _MAX_TIRE_SPAN:
        raise validation("The date range must run forwards and span 3 months or less.")
    tires = [row for row in vehicle.history.tires if start <= isoparse(row["bucket"]) <= end]
    return Answer({"tires": tires})


@route("GET", f"{_VEHICLE}/alerts")
def list_alerts(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    rows = enumerate(vehicle.history.alerts)
    return Answer(
        cursor_page(
            call.request.query,
            rows,
            tokens=call.state.page_tokens,
            scope=f"alerts:{vehicle.id}",
            now=call.now,
        )
    )


@route("GET", f"{_VEHICLE}/journeys", scope="vehicle:telemetry")
def list_journeys(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    page = cursor_page(
        call.request.query,
        enumerate(vehicle.history.journeys),
        tokens=call.state.page_tokens,
        scope=f"journeys:{vehicle.id}",
        now=call.now,
        total_key="estimatedTotalResults",
    )
    return Answer(page)


@route("GET", f"{_VEHICLE}/charging-history")
def list_charging_sessions(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    rows = ((n, session.to_json(vehicle.id)) for n, session in enumerate(vehicle.sessions))
    page = cursor_page(
        call.request.query, rows, tokens=call.state.page_tokens, scope=f"charging:{vehicle.id}", now=call.now
    )
    return Answer(page)


@route("GET", f"{_VEHICLE}/charging-history/{{vehicle_charging_session_id}}")
def get_charging_session(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    session_id = call.params["vehicle_charging_session_id"]
    for session in vehicle.sessions:
        if session.id == session_id:
            return Answer(session.to_json(vehicle.id))
    raise not_found("Charging session", session_id)


@route("GET", f"{_VEHICLE}/departure-times", scope="vehicle:charging_history")
def get_departure_times(call: Call) -> Answer:
    return Answer({"departureTimes": call.org.vehicle(call.params["vehicle_id"]).history.departure_times})


@route("GET", f"{_VEHICLE}/charging-windows", scope="vehicle:charging_history")
def get_charging_windows(call: Call) -> Answer:
    return Answer({"chargingWindows": call.org.vehicle(call.params["vehicle_id"]).history.charging_windows})
