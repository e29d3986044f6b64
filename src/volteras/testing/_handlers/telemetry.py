"""What a vehicle reports: live telemetry, battery, maintenance, and histories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ..._generated.models import (
    BatteryCapacity,
    OEMAlerts,
    RangeDetail,
    RangeDetailNominal,
    RangeDetailScore,
    VehicleChargingWindows,
    VehicleDepartureTimes,
    VehicleRange,
    VehicleRangeStandardEnum,
    VehicleServices,
    VehicleStateOfHealth,
    VehicleTiresList,
)
from .._errors import not_found, validation
from .._paging import cursor_page
from .._router import Answer, Call, handles

_MAX_TIRE_SPAN = timedelta(days=92)


@handles("get_vehicle_telemetry")
def get_telemetry(call: Call) -> Answer:
    vehicle = call.vehicle()
    return Answer(vehicle.telemetry.to_model(vehicle.id, vehicle.metadata(), call.now))


@handles("get_vehicle_range")
def get_range(call: Call) -> Answer:
    vehicle = call.vehicle()
    t = vehicle.telemetry
    full_km = t.capacity_kwh * t.metres_per_kwh / 1000
    nominal = round(full_km * 1.12)
    standard = VehicleRangeStandardEnum.WLTP.value
    return Answer(
        VehicleRange(
            vehicle_id=vehicle.id,
            unit="km",
            calculation_date=call.now.date(),
            range_=RangeDetail(
                real=f"{full_km:.1f}",
                real_warmer_range=f"{full_km * 1.08:.1f}",
                real_colder_range=f"{full_km * 0.78:.1f}",
                nominal=RangeDetailNominal.from_dict({standard: nominal}),
                score=RangeDetailScore.from_dict({standard: f"{full_km / nominal:.3f}"}),
            ),
        )
    )


@handles("get_vehicle_state_of_health")
def get_state_of_health(call: Call) -> Answer:
    vehicle = call.vehicle()
    health = vehicle.history.state_of_health
    capacity = vehicle.telemetry.capacity_kwh
    return Answer(
        VehicleStateOfHealth(
            vehicle_id=vehicle.id,
            calculation_date=call.now.date(),
            state_of_health=f"{health:.3f}",
            battery_capacity=BatteryCapacity(nominal=f"{capacity:.1f}", real=f"{capacity * health:.1f}"),
        )
    )


@handles("get_vehicle_services")
def get_services(call: Call) -> Answer:
    return Answer(VehicleServices(services=call.vehicle().history.services))


@handles("get_manufacturer_alerts")
def get_manufacturer_alerts(call: Call) -> Answer:
    return Answer(OEMAlerts(alerts=call.vehicle().history.manufacturer_alerts))


def _moment(call: Call, argument: str, wire: str, default: datetime) -> datetime:
    """The argument as an ISO 8601 date-time, else `default`; a time without a zone is in UTC.

    The spec types these two as plain strings, so the handler reads them itself.
    """
    raw = call.args.get(argument)
    if raw is None or raw == "":
        return default
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise validation(
            f"{wire} must be an ISO 8601 date-time.", [{"loc": ["query", wire], "msg": raw}]
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@handles("get_tire_readings", query=("from_datetime", "to_datetime"))
def get_tire_history(call: Call) -> Answer:
    vehicle = call.vehicle()
    end = _moment(call, "to_datetime", "to_datetime", call.now)
    start = _moment(call, "from_datetime", "from_datetime", end - timedelta(days=30))
    if start > end or end - start > _MAX_TIRE_SPAN:
        raise validation("The date range must run forwards and span 3 months or less.")
    return Answer(
        VehicleTiresList(tires=[row for row in vehicle.history.tires if start <= row.bucket <= end])
    )


@handles("list_vehicle_alerts")
def list_alerts(call: Call) -> Answer:
    return Answer(cursor_page(call, enumerate(call.vehicle().history.alerts)))


@handles("list_vehicle_journeys")
def list_journeys(call: Call) -> Answer:
    return Answer(cursor_page(call, enumerate(call.vehicle().history.journeys)))


@handles("list_charging_sessions")
def list_charging_sessions(call: Call) -> Answer:
    vehicle = call.vehicle()
    rows = ((n, session.to_model(vehicle.id)) for n, session in enumerate(vehicle.sessions))
    return Answer(cursor_page(call, rows))


@handles("get_charging_session")
def get_charging_session(call: Call) -> Answer:
    vehicle = call.vehicle()
    session_id = call.path["session_id"]
    for session in vehicle.sessions:
        if session.id == session_id:
            return Answer(session.to_model(vehicle.id))
    raise not_found("Charging session", session_id)


@handles("get_departure_times")
def get_departure_times(call: Call) -> Answer:
    return Answer(VehicleDepartureTimes(departure_times=call.vehicle().history.departure_times))


@handles("get_charging_windows")
def get_charging_windows(call: Call) -> Answer:
    return Answer(VehicleChargingWindows(charging_windows=call.vehicle().history.charging_windows))
