"""The checks a fan-out makes before anything is sent: vehicle ids, concurrency, and each step's
command and arguments, against the spec.

A step's command must be a command method of `client.commands` (the generated method table),
and its arguments those the method takes, each of the type the request body's schema gives
(the generated body model's own field checks) and within the bounds it states (`minimum`,
`maximum` and their exclusive forms, from the generated operation table). A bad step is a
TypeError or ValueError naming the step and the argument; nothing is sent for any vehicle.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._fanout import MAX_CONCURRENCY, Step

if TYPE_CHECKING:
    from ._generated.types import Method
    from ._sequence import Plan


def check_concurrency(concurrency: int) -> int:
    if (
        isinstance(concurrency, bool)
        or not isinstance(concurrency, int)
        or not 1 <= concurrency <= MAX_CONCURRENCY
    ):
        raise ValueError(f"concurrency must be an int from 1 to {MAX_CONCURRENCY}, not {concurrency!r}")
    return concurrency


def check_ids(vehicle_ids: Iterable[str]) -> list[str]:
    if isinstance(vehicle_ids, str | bytes):
        raise TypeError("vehicle_ids must be a list of ids, not one string")
    if not isinstance(vehicle_ids, Iterable):
        raise TypeError(f"vehicle_ids must be a list of ids, not {type(vehicle_ids).__name__}")
    ids = list(vehicle_ids)
    for index, vehicle_id in enumerate(ids):
        if not isinstance(vehicle_id, str):
            raise TypeError(f"vehicle_ids[{index}] must be a str, not {type(vehicle_id).__name__}")
    return ids


def check_reads(read: Callable[[str], Any], vehicle_ids: Iterable[str], concurrency: int) -> tuple[Any, ...]:
    """`client.fan_out`'s arguments, checked: the read, the ids, the concurrency."""
    if not callable(read):
        raise TypeError(f"read must be a callable taking a vehicle id, not {type(read).__name__}")
    return read, check_ids(vehicle_ids), check_concurrency(concurrency)


def _commands() -> dict[str, Method]:
    from ._generated.resources import METHODS  # not at import: the resources import the bases

    return {m.name: m for m in METHODS if m.resource == "commands" and m.kind == "command"}


def check_steps(steps: object) -> tuple[Step, ...]:
    """The steps of a sequence, each checked; a lone name or Step is a sequence of one."""
    if isinstance(steps, str | Step):
        steps = [steps]
    if not isinstance(steps, Sequence) or not steps:
        raise TypeError("steps must be a command name, a Step, or a non-empty list of them")
    checked = []
    for index, step in enumerate(steps):
        where = f"steps[{index}]" if len(steps) > 1 else "the command"
        if isinstance(step, str):
            step = Step(step)  # type: ignore[arg-type]  # checked next
        if not isinstance(step, Step):
            raise TypeError(f"{where} must be a command name or a Step, not {type(step).__name__}")
        checked.append(check_step(step.command, step.arguments, where))
    return tuple(checked)


def check_step(command: object, arguments: Mapping[str, Any], where: str = "the command") -> Step:
    commands = _commands()
    if not isinstance(command, str) or command not in commands:
        raise ValueError(f"unknown command {command!r}; the commands are {', '.join(sorted(commands))}")
    method = commands[command]
    names = {a.name for a in method.arguments} - {"vehicle_id"}
    given = dict(arguments)
    unknown = sorted(given.keys() - names)
    if unknown:
        raise TypeError(f"{command} takes no argument {unknown[0]!r}; it takes {sorted(names) or 'none'}")
    missing = [a.name for a in method.arguments if a.required and a.name in names and a.name not in given]
    if missing:
        raise TypeError(
            f"{command} needs arguments={{{', '.join(repr(name) + ': ...' for name in missing)}}}"
        )
    _check_body(command, method, given, where)
    return Step(command, **given)  # type: ignore[arg-type]  # a name of the table


def _check_body(command: str, method: Method, given: dict[str, Any], where: str) -> None:
    """Each argument against the request body's schema: its type by the body model, its bounds."""
    from ._generated.operations import OPERATIONS, SCHEMAS  # the spec's schemas; only when fanning out
    from ._generated.operations import Schema as _Schema

    operation = OPERATIONS[method.operation.id]
    if operation.body is None or operation.body.model is None:
        return
    schema: _Schema = operation.body.schema
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"]]
    model = getattr(importlib.import_module("volteras._generated.models"), operation.body.model)
    wire = {field.name: name for name, field in model._wire_fields.items()}  # argument -> wire name
    body = {wire.get(name, name): value for name, value in given.items()}
    try:
        model.from_dict(body)
    except (TypeError, ValueError, KeyError) as exc:
        raise TypeError(f"{where} ({command}): {exc}") from None
    for name, value in given.items():
        prop = schema.get("properties", {}).get(wire.get(name, name), {})
        _check_bounds(f"{where} ({command}): {name}", value, prop)


def _check_bounds(name: str, value: object, schema: Mapping[str, Any]) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return
    low, high = schema.get("minimum"), schema.get("maximum")
    low_open, high_open = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if (
        (low is not None and value < low)
        or (high is not None and value > high)
        or (low_open is not None and value <= low_open)
        or (high_open is not None and value >= high_open)
    ):
        bounds = [
            f"{sign} {bound}"
            for sign, bound in ((">=", low), ("<=", high), (">", low_open), ("<", high_open))
            if bound is not None
        ]
        raise ValueError(f"{name} must be {' and '.join(bounds)} (the spec's bounds), not {value!r}")


def plan(
    steps: object,
    vehicle_ids: Iterable[str],
    *,
    concurrency: int,
    wait: bool,
    wait_timeout: float | None,
    poll_interval: float,
    check_budget: bool,
    options: Mapping[str, Any],
) -> Plan:
    """`stream_many`'s arguments, in its order, checked into a Plan; or a TypeError/ValueError
    before anything is sent."""
    from ._base import check_options
    from ._sequence import Plan, VehicleRun
    from ._waiting import DEFAULT_WAIT_TIMEOUT, check_wait

    checked = check_steps(steps)
    ids = check_ids(vehicle_ids)
    check_concurrency(concurrency)
    check_options(options)
    budget = check_wait(DEFAULT_WAIT_TIMEOUT if wait_timeout is None else wait_timeout, poll_interval)
    for name, flag in (("wait", wait), ("check_budget", check_budget)):
        if not isinstance(flag, bool):
            raise TypeError(f"{name} must be True or False, not {flag!r}")
    runs = [
        VehicleRun(index, vehicle_id, checked, wait=wait, budget=check_budget)
        for index, vehicle_id in enumerate(ids)
    ]
    return Plan(runs, concurrency, budget, poll_interval, options)
