"""Bulk VIN connection and eligibility checks (asynchronous: they answer 202)."""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, Any

from .._bulk import ConnectEntry, EligibilityEntry, Group
from .._errors import not_found
from .._fleet import CATALOGUE, is_valid_vin
from .._paging import number_page
from .._router import Answer, Call, route
from ._body import check_fields, is_int, is_str, list_of, one_of, optional, read_object

if TYPE_CHECKING:
    from .._state import Org

MAKES = (
    "ABARTH", "ALFA ROMEO", "AUDI", "BMW", "CHRYSLER", "CITROEN", "CUPRA", "DODGE", "DS AUTOMOBILES",
    "FIAT", "FORD", "HYUNDAI", "JEEP", "KIA", "LANCIA", "LEXUS", "MASERATI", "MERCEDES BENZ", "MINI",
    "NISSAN", "OPEL", "PEUGEOT", "POLESTAR", "RAM", "RENAULT", "SEAT", "SKODA", "TESLA", "TOYOTA",
    "VAUXHALL", "VOLKSWAGEN",
    "VOLVO",
)  # fmt: skip
MAX_CONNECT = 100
MAX_ELIGIBILITY = 500
_SCHEMA_VIN = re.compile(r"[A-Z0-9]{17}")


def _tag(value: object) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("key"), str)
        and isinstance(value.get("value"), str)
        and len(value["key"]) <= 150
        and len(value["value"]) <= 150
    )


def _connect_entry(org: Org, request: dict[str, Any], taken: set[str]) -> ConnectEntry:
    vin = request["vin"]
    input_id = "vin_" + secrets.token_hex(8)
    if not is_valid_vin(vin):
        return ConnectEntry(input_id, request, "INVALID_VIN")
    existing = org.vehicle_by_vin(vin)
    if existing is not None or vin in taken:
        entry = ConnectEntry(
            input_id, request, "VEHICLE_ALREADY_ADDED_TO_ORGANIZATION", already_connected=True
        )
        entry.vehicle_id = None if existing is None else existing.id
        return entry
    scripted = org.vin_outcomes.get(vin)
    if scripted is not None:
        return ConnectEntry(input_id, request, scripted)
    taken.add(vin)
    return ConnectEntry(input_id, request, None, vehicle_id="veh_" + vin.lower())


@route("POST", "/v1/vehicles/connect")
def connect_vehicles(call: Call) -> Answer:
    payload = read_object(call.request)
    assert payload is not None
    check_fields(payload, {"vehicles": list_of(lambda v: isinstance(v, dict), max_items=MAX_CONNECT)})
    for index, vehicle in enumerate(payload["vehicles"]):
        check_fields(
            vehicle,
            {"vin": is_str, "make": one_of(MAKES), "countryCode": optional(is_str)},
            {
                "registrationPlate": optional(is_str),
                "model": optional(is_str),
                "modelYear": optional(is_int),
                "tags": optional(list_of(_tag)),
            },
            where=("body", "vehicles", index),
        )
    org = call.org
    group = Group("grp_" + secrets.token_hex(8), org.id, call.now, call.state.processing_seconds)
    taken: set[str] = set()
    group.connect = [_connect_entry(org, vehicle, taken) for vehicle in payload["vehicles"]]
    call.state.add_group(group)
    return Answer(group.to_json(call.now), status=202)


def _group(call: Call, *, eligibility: bool) -> Group:
    group = call.org.groups.get(call.params["id"])
    if group is None or bool(group.eligibility) != eligibility:
        raise not_found("Eligibility check" if eligibility else "Connection group", call.params["id"])
    return group


@route("GET", "/v1/vehicles/connect/{id}")
def get_connection_group(call: Call) -> Answer:
    return Answer(_group(call, eligibility=False).to_json(call.now))


@route("GET", "/v1/vehicles/connect/{id}/results")
def list_connection_results(call: Call) -> Answer:
    group = _group(call, eligibility=False)
    completed = group.status(call.now) == "COMPLETED"
    return Answer(number_page(call.request.query, [entry.to_json(completed) for entry in group.connect]))


_SUPPORTED = {model.make for model in CATALOGUE}


def _eligibility_entry(org: Org, row_id: int, request: dict[str, Any]) -> EligibilityEntry:
    vin, make = request["vin"], request.get("make")
    if not is_valid_vin(vin):
        return EligibilityEntry(
            row_id, vin, make, "VALIDATION_ERROR", "The VIN has characters a VIN cannot hold."
        )
    scripted = org.vin_outcomes.get(vin)
    if scripted is not None:
        return EligibilityEntry(row_id, vin, make, "INELIGIBLE", scripted)
    if make is not None and make not in _SUPPORTED:
        return EligibilityEntry(row_id, vin, make, "NOT_SUPPORTED", f"{make} vehicles cannot be checked yet.")
    return EligibilityEntry(row_id, vin, make, "ELIGIBLE", None)


@route("POST", "/v1/vehicles/eligibility")
def check_eligibility(call: Call) -> Answer:
    payload = read_object(call.request)
    assert payload is not None
    check_fields(
        payload, {"vins": list_of(lambda v: isinstance(v, dict), min_items=1, max_items=MAX_ELIGIBILITY)}
    )
    for index, entry in enumerate(payload["vins"]):
        check_fields(
            entry,
            {
                "vin": lambda v: isinstance(v, str) and _SCHEMA_VIN.fullmatch(v) is not None,
                "countryCode": optional(lambda v: isinstance(v, str) and len(v) == 2),
            },
            {"make": optional(one_of(MAKES))},
            where=("body", "vins", index),
        )
    org = call.org
    group = Group("elg_" + secrets.token_hex(8), org.id, call.now, call.state.processing_seconds)
    group.eligibility = [_eligibility_entry(org, n, entry) for n, entry in enumerate(payload["vins"])]
    call.state.add_group(group)
    return Answer(group.to_json(call.now), status=202)


@route("GET", "/v1/vehicles/eligibility/{id}/results")
def list_eligibility_results(call: Call) -> Answer:
    group = _group(call, eligibility=True)
    completed = group.status(call.now) == "COMPLETED"
    return Answer(number_page(call.request.query, [entry.to_json(completed) for entry in group.eligibility]))
