"""Every command endpoint (one handler for them all) and the executions they create."""

from __future__ import annotations

from .._errors import not_found
from .._paging import cursor_page
from .._router import Answer, Call, handles, handles_kind


@handles_kind("command")
def create_execution(call: Call) -> Answer:
    """Queue the operation's command (from the spec) with the body it was sent with, if any."""
    assert call.op.command is not None
    org = call.org
    vehicle = call.vehicle()
    execution = call.state.create_execution(org, vehicle, call.op.command, call.json, call.now)
    return Answer(execution.view(call.now).to_model())


@handles("list_command_executions")
def list_executions(call: Call) -> Answer:
    vehicle = call.vehicle()
    rows = ((e.seq, e.view(call.now).to_model()) for e in call.state.executions_of(vehicle.id))
    return Answer(cursor_page(call, rows))


@handles("get_command_execution")
def get_execution(call: Call) -> Answer:
    vehicle = call.vehicle()
    execution_id = call.path["execution_id"]
    execution = call.state.execution(execution_id)
    if execution is None or execution.vehicle_id != vehicle.id:
        raise not_found("Command execution", execution_id)
    return Answer(execution.view(call.now).to_model())
