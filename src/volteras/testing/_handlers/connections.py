"""Bulk VIN connection and eligibility checks (asynchronous: they answer 202, as the spec says)."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from ..._generated.models import (
    ConnectionErrorCode,
    ConnectVehicleRequest,
    EligibilityVinEntryStatusEnum,
    SingleEligibilityEntry,
    VehicleInputGroupStatusEnum,
)
from .._bulk import ConnectEntry, EligibilityEntry, Group
from .._errors import not_found, validation
from .._fleet import CATALOGUE, is_valid_vin
from .._paging import number_page
from .._router import Answer, Call, handles

if TYPE_CHECKING:
    from .._state import Org

_SUPPORTED = {model.make for model in CATALOGUE}


def _connect_entry(org: Org, request: ConnectVehicleRequest, taken: set[str]) -> ConnectEntry:
    vin = request.vin
    input_id = "vin_" + secrets.token_hex(8)
    if not is_valid_vin(vin):
        return ConnectEntry(input_id, request, ConnectionErrorCode.INVALID_VIN.value)
    existing = org.vehicle_by_vin(vin)
    if existing is not None or vin in taken:
        taken_code = ConnectionErrorCode.VEHICLE_ALREADY_ADDED_TO_ORGANIZATION.value
        entry = ConnectEntry(input_id, request, taken_code, already_connected=True)
        entry.vehicle_id = None if existing is None else existing.id
        return entry
    scripted = org.vin_outcomes.get(vin)
    if scripted is not None:
        return ConnectEntry(input_id, request, scripted)
    taken.add(vin)
    return ConnectEntry(input_id, request, None, vehicle_id="veh_" + vin.lower())


def _answer(call: Call, group: Group) -> Answer:
    return Answer(call.model(id=group.id, status=group.status(call.now).value, created_at=group.created_at))


@handles("bulk_connect")
def connect_vehicles(call: Call) -> Answer:
    """The body is checked against the spec (at most so many vehicles, each with vin, make and
    countryCode) before this runs; what becomes of each VIN is decided here."""
    org = call.org
    group = Group("grp_" + secrets.token_hex(8), org.id, call.now, call.state.processing_seconds)
    taken: set[str] = set()
    group.connect = [_connect_entry(org, vehicle, taken) for vehicle in call.body.vehicles]
    call.state.add_group(group)
    return _answer(call, group)


def _group(call: Call, *, eligibility: bool) -> Group:
    group_id = call.path["check_id" if eligibility else "group_id"]
    group = call.org.groups.get(group_id)
    if group is None or bool(group.eligibility) != eligibility:
        raise not_found("Eligibility check" if eligibility else "Connection group", group_id)
    return group


@handles("get_connection")
def get_connection_group(call: Call) -> Answer:
    return _answer(call, _group(call, eligibility=False))


@handles("list_connection_results")
def list_connection_results(call: Call) -> Answer:
    group = _group(call, eligibility=False)
    completed = group.status(call.now) == VehicleInputGroupStatusEnum.COMPLETED
    return Answer(number_page(call, [entry.to_model(completed) for entry in group.connect]))


def _eligibility_entry(org: Org, row_id: int, request: SingleEligibilityEntry) -> EligibilityEntry:
    status = EligibilityVinEntryStatusEnum
    vin, make = request.vin or "", None if request.make is None else str(request.make)
    if not is_valid_vin(vin):
        return EligibilityEntry(
            row_id, vin, make, status.VALIDATION_ERROR, "The VIN has characters a VIN cannot hold."
        )
    scripted = org.vin_outcomes.get(vin)
    if scripted is not None:
        return EligibilityEntry(row_id, vin, make, status.INELIGIBLE, scripted)
    if make is not None and make not in _SUPPORTED:
        return EligibilityEntry(
            row_id, vin, make, status.NOT_SUPPORTED, f"{make} vehicles cannot be checked yet."
        )
    return EligibilityEntry(row_id, vin, make, status.ELIGIBLE, None)


@handles("check_eligibility")
def check_eligibility(call: Call) -> Answer:
    """The spec lets an entry leave its VIN out, but a result must name one: such an entry is refused."""
    missing = [n for n, entry in enumerate(call.body.vins) if entry.vin is None]
    if missing:
        errors = [{"loc": ["body", "vins", n, "vin"], "msg": "field required"} for n in missing]
        raise validation(f"Every entry needs a vin: vins.{missing[0]}.vin is missing.", errors)
    org = call.org
    group = Group("elg_" + secrets.token_hex(8), org.id, call.now, call.state.processing_seconds)
    group.eligibility = [_eligibility_entry(org, n, entry) for n, entry in enumerate(call.body.vins)]
    call.state.add_group(group)
    return _answer(call, group)


@handles("list_eligibility_results")
def list_eligibility_results(call: Call) -> Answer:
    group = _group(call, eligibility=True)
    completed = group.status(call.now) == VehicleInputGroupStatusEnum.COMPLETED
    return Answer(number_page(call, [entry.to_model(completed) for entry in group.eligibility]))
