"""The 13 command endpoints and the executions they create."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._enums import ACTIONS
from .._errors import not_found, validation
from .._paging import cursor_page
from .._router import Answer, Call, Handler, route
from .._wire import is_number, loads_strict
from ._body import Check, check_fields, is_int, read_object

_VEHICLE = "/v1/vehicles/{vehicle_id}"
_BODIES: Mapping[str, Mapping[str, Check]] = {
    "set-charge-limit": {"limit": is_int},
    "set-temperature": {"driverTemperature": is_number, "passengerTemperature": is_number},
}


def _arguments(action: str, call: Call) -> dict[str, Any] | None:
    fields = _BODIES.get(action)
    if fields is None:
        if call.request.body.strip():
            try:
                loads_strict(call.request.body)
            except ValueError:
                raise validation("The request body is not valid JSON.") from None
        return None
    payload = read_object(call.request)
    assert payload is not None
    check_fields(payload, fields, extra_allowed=False)
    return payload


def _command_handler(action: str) -> Handler:
    command = ACTIONS[action].value

    def create(call: Call) -> Answer:
        org = call.org
        vehicle = org.vehicle(call.params["vehicle_id"])
        arguments = _arguments(action, call)
        execution = call.state.create_execution(org, vehicle, command, arguments, call.now)
        return Answer(execution.view(call.now).to_json())

    create.__name__ = f"command_{action.replace('-', '_')}"
    return create


for _action in ACTIONS:
    route("POST", f"{_VEHICLE}/command-execution:{_action}", scope="vehicle:commands")(
        _command_handler(_action)
    )


@route("GET", f"{_VEHICLE}/command-executions")
def list_executions(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    rows = ((e.seq, e.view(call.now).to_json()) for e in call.state.executions_of(vehicle.id))
    page = cursor_page(
        call.request.query,
        rows,
        tokens=call.state.page_tokens,
        scope=f"executions:{vehicle.id}",
        now=call.now,
    )
    return Answer(page)


@route("GET", f"{_VEHICLE}/command-executions/{{vehicle_command_execution_id}}")
def get_execution(call: Call) -> Answer:
    vehicle = call.org.vehicle(call.params["vehicle_id"])
    execution_id = call.params["vehicle_command_execution_id"]
    execution = call.state.execution(execution_id)
    if execution is None or execution.vehicle_id != vehicle.id:
        raise not_found("Command execution", execution_id)
    return Answer(execution.view(call.now).to_json())
