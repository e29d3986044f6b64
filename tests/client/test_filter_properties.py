"""Property tests: random `where(...)` filters over random records agree with a plain reference evaluation.

Filters are generated as a small tree of `Cond`/`Combo` values, turned into a `where(...)`
expression for the system under test, and evaluated independently by `reference` below (regexes
for LIKE, Python datetimes for instants, SQL's three-valued truth tables written out). Two checks:

- rich records (nested metadata, numbers, strings, date-times, booleans, nulls, missing keys,
  occasional values of the wrong type) go straight to the simulator's `parse_filter`, because
  command executions cannot carry arbitrary fields;
- random command executions are listed over real HTTP through `client.commands.list(filter=...)`
  against the simulator, on the fields executions do have.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import reduce
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from volteras import CommandAlreadyInProgressError, FilterExpression, RequestValidationError, Volteras, where
from volteras.testing import ManualClock, Simulator
from volteras.testing._filter import FilterError, parse_filter

from .conftest import CLIENT_ID, CLIENT_SECRET

# ---- the filter model and the reference evaluation -------------------------------------------------


@dataclass(frozen=True)
class Cond:
    field: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class Combo:
    kind: str  # "and", "or", "not"
    parts: tuple[Any, ...]


Node = Cond | Combo


class Mismatch(Exception):
    """The reference's verdict that the filter compares values of different types."""


COMPARISONS = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
PATTERNS = ("like", "ilike", "notIlike")


def build(node: Node) -> FilterExpression:
    """The node as a `where(...)` expression."""
    if isinstance(node, Combo):
        parts = [build(part) for part in node.parts]
        if node.kind == "not":
            return ~parts[0]
        return reduce(operator.and_ if node.kind == "and" else operator.or_, parts)
    field = where(node.field)
    if node.op == "isNull":
        return field.is_null()
    if node.op == "isNotNull":
        return field.is_not_null()
    if node.op in PATTERNS:
        return {"like": field.like, "ilike": field.ilike, "notIlike": field.not_ilike}[node.op](node.value)
    result: FilterExpression = COMPARISONS[node.op](field, node.value)
    return result


def wire_text(value: datetime | str, *, sent: bool) -> str:
    """The text a string or datetime travels as: a record's via isoformat(), a filter's with Z for UTC."""
    if isinstance(value, str):
        return value
    text = value.isoformat()
    return text.replace("+00:00", "Z") if sent else text


def kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str | datetime):
        return "text"
    return "object"


def lookup(record: Mapping[str, Any], path: str) -> Any:
    value: Any = record
    for step in path.split("."):
        value = value.get(step) if isinstance(value, Mapping) else None
    return value


def like_regex(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    body = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
    return re.compile(body, re.DOTALL | (re.IGNORECASE if ignore_case else 0))


def reference(node: Node, record: Mapping[str, Any]) -> bool | None:
    """True, False or None (unknown), or Mismatch; every part is evaluated, as the simulator does."""
    if isinstance(node, Combo):
        results = [reference(part, record) for part in node.parts]
        if node.kind == "not":
            return None if results[0] is None else not results[0]
        decisive = node.kind == "or"  # True decides an or, False decides an and
        if decisive in results:
            return decisive
        return None if None in results else not decisive
    found = lookup(record, node.field)
    if node.op in ("isNull", "isNotNull"):
        return (found is None) == (node.op == "isNull")
    if found is None:
        return None
    if kind(found) != kind(node.value):
        raise Mismatch
    if node.op in PATTERNS:
        matched = (
            like_regex(node.value, node.op != "like").fullmatch(wire_text(found, sent=False)) is not None
        )
        return not matched if node.op == "notIlike" else matched
    if isinstance(found, datetime) and isinstance(node.value, datetime):
        return bool(COMPARISONS[node.op](found, node.value))
    if isinstance(found, datetime) or isinstance(node.value, datetime):
        return bool(COMPARISONS[node.op](wire_text(found, sent=False), wire_text(node.value, sent=True)))
    return bool(COMPARISONS[node.op](found, node.value))


def reference_or_error(node: Node, record: Mapping[str, Any]) -> bool | str | None:
    try:
        return reference(node, record)
    except Mismatch:
        return "error"


# ---- strategies ---------------------------------------------------------------------------------------

ZONES = [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
BASE = datetime(2024, 1, 1, tzinfo=UTC)
texts = st.text(alphabet="aAé%_.(", max_size=4)  # no digits: never mistaken for a date-time
numbers = st.one_of(st.integers(-3, 3), st.floats(-3, 3, allow_nan=False, allow_infinity=False))
moments = st.one_of(
    st.integers(0, 4).map(lambda minutes: BASE + timedelta(minutes=minutes)),  # collide often
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2024, 1, 1, 0, 5)).map(
        lambda naive: naive.replace(tzinfo=UTC)
    ),
)
datetimes = st.builds(lambda moment, zone: moment.astimezone(zone), moments, st.sampled_from(ZONES))
patterns = st.one_of(
    texts,
    texts.map(str.swapcase),  # ilike matches it where like does not
    texts.map(lambda text: text.replace("%", "_")),
    st.sampled_from(["%", "%A%", "%é%", "A_", "_%_", "%É", "a%", "_", "%.%", "%(%", ""]),
)
ALL_KINDS = st.one_of(texts, numbers, st.booleans(), datetimes)


def mostly(usual: st.SearchStrategy[Any], rare: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``usual`` seven times in eight, else ``rare`` (one_of would weigh them about equally)."""
    return st.sampled_from(range(8)).flatmap(lambda n: rare if n == 7 else usual)


def conditions(
    fields: Mapping[str, st.SearchStrategy[Any]], text_fields: list[str]
) -> st.SearchStrategy[Cond]:
    """A condition on one of ``fields``: mostly values of the field's type (patterns on text), sometimes not."""
    names = st.sampled_from(sorted(fields))
    comparisons = names.flatmap(
        lambda name: st.builds(
            Cond, st.just(name), st.sampled_from(list(COMPARISONS)), mostly(fields[name], ALL_KINDS)
        )
    )
    pattern_tests = st.builds(
        Cond, mostly(st.sampled_from(text_fields), names), st.sampled_from(PATTERNS), patterns
    )
    null_tests = st.builds(Cond, names, st.sampled_from(["isNull", "isNotNull"]))
    return st.one_of(comparisons, pattern_tests, null_tests)


def trees(leaves: st.SearchStrategy[Cond], depth: int) -> st.SearchStrategy[Node]:
    if depth == 0:
        return leaves
    below = trees(leaves, depth - 1)
    return st.one_of(
        leaves,
        st.builds(Combo, st.sampled_from(["and", "or"]), st.lists(below, min_size=1, max_size=3).map(tuple)),
        st.builds(lambda part: Combo("not", (part,)), below),
    )


def maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a value; else null, absent (the sentinel ``...``) or a value of any type."""
    choices = [values] * 6 + [st.none(), st.just(...), ALL_KINDS]
    return st.sampled_from(range(len(choices))).flatmap(choices.__getitem__)


def record_of(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value is not ...}


CAR_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "make": texts,
    "year": numbers,
    "active": st.booleans(),
    "seenAt": datetimes,
    "metadata.region": texts,
    "metadata.tier": numbers,
    "metadata.lastSeenAt": datetimes,
    "metadata": texts,  # an object in most records: comparing it is a type error
}
metadata = st.one_of(
    st.builds(
        record_of,
        st.fixed_dictionaries(
            {"region": maybe(texts), "tier": maybe(numbers), "lastSeenAt": maybe(datetimes)}
        ),
    ),
    st.none(),
    st.just(...),
    texts,  # not an object: every path through it reads null
)
cars = st.builds(
    record_of,
    st.fixed_dictionaries(
        {
            "make": maybe(texts),
            "year": maybe(numbers),
            "active": maybe(st.booleans()),
            "seenAt": maybe(datetimes),
            "metadata": metadata,
        }
    ),
)


def to_wire(value: Any) -> Any:
    """A record as the API would send it: datetimes as ISO 8601 strings."""
    if isinstance(value, dict):
        return {key: to_wire(item) for key, item in value.items()}
    return value.isoformat() if isinstance(value, datetime) else value


# ---- the properties -------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None, database=None)
@given(
    tree=trees(conditions(CAR_FIELDS, ["make", "metadata.region", "seenAt"]), 3),
    fleet=st.lists(cars, min_size=1, max_size=8),
)
def test_simulator_filter_agrees_with_reference(tree: Node, fleet: list[dict[str, Any]]) -> None:
    """On random records, the simulator's verdict per record (true, false, unknown, type error) is the reference's."""
    parsed = parse_filter(str(build(tree)))
    for car in fleet:
        expected = reference_or_error(tree, car)
        try:
            actual: bool | str | None = parsed.evaluate(json.loads(json.dumps(to_wire(car))))
        except FilterError:
            actual = "error"
        assert actual == expected, (car, str(build(tree)))


ACTIONS = ("lock_doors", "unlock_doors", "set_charge_limit", "set_temperature")
steps = st.tuples(
    st.sampled_from(ACTIONS),
    st.sampled_from([0, 5, None]),  # latency: at once, after 5 s, never (server timeout)
    st.sampled_from([None, "OEM_VEHICLE_OFFLINE", "Vehicle is asleep"]),
    st.sampled_from([0, 3, 400]),  # clock advance after the step
    st.integers(50, 100),  # limit
    st.sampled_from([18.5, 20, 21.5]),  # temperatures
)


def execution_fields(start: datetime) -> dict[str, st.SearchStrategy[Any]]:
    """Fields of an execution and values to test them with; date-times near ``start``, where the plan ran."""
    return {
        "command": st.one_of(st.sampled_from(["LOCK_DOORS", "SET_CHARGE_LIMIT"]), texts),
        "status": st.sampled_from(["PENDING", "EXECUTED", "FAILED", "pending"]),
        "failedReason": st.one_of(st.sampled_from(["OEM_VEHICLE_OFFLINE", "Vehicle is asleep"]), texts),
        "executedAt": st.integers(0, 1300).map(lambda s: (start + timedelta(seconds=s)).astimezone(ZONES[1])),
        "timeout": st.sampled_from([299, 300, 300.0, 301]),
        "commandArguments.limit": st.integers(49, 101),
        "commandArguments.driverTemperature": st.sampled_from([18.5, 20, 21]),
        "commandArguments": texts,  # an object or null: comparing it is a type error
        "vehicleId": st.sampled_from(["veh_1", "veh_x"]),
    }


def execution_view(record: Any) -> dict[str, Any]:
    """An execution from `Simulator.executions_for` with Python values, for the reference."""
    return {
        "id": record.id,
        "vehicleId": record.vehicle_id,
        "command": record.command,
        "commandArguments": None if record.command_arguments is None else dict(record.command_arguments),
        "timeout": record.timeout,
        "executedAt": record.executed_at,
        "status": record.status.value,
        "failedReason": record.failed_reason,
    }


def reads_date_text(node: Node) -> bool:
    """Whether the filter tests executedAt as text, which depends on how the simulator writes date-times."""
    if isinstance(node, Combo):
        return any(reads_date_text(part) for part in node.parts)
    return node.field == "executedAt" and isinstance(node.value, str)


@dataclass
class Served:
    clock: ManualClock
    sim: Simulator
    client: Volteras
    ids: Iterator[int]


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    """One simulator over HTTP for every example; each example uses a vehicle of its own."""
    clock = ManualClock()
    sim = Simulator(clock=clock)
    with sim.serve() as url, Volteras(CLIENT_ID, CLIENT_SECRET, base_url=url, max_retries=0) as client:
        yield Served(clock, sim, client, itertools.count(1))


@settings(max_examples=20, deadline=None, database=None)
@given(plan=st.lists(steps, min_size=1, max_size=7), page_size=st.integers(1, 4), data=st.data())
def test_listing_over_http_agrees_with_reference(
    served: Served, plan: list[Any], page_size: int, data: st.DataObject
) -> None:
    """commands.list(filter=where(...)) over HTTP lists exactly the executions the reference selects, or a 400."""
    vehicle = f"veh_{next(served.ids)}"
    start = served.clock.now()
    for action, latency, outcome, advance, limit, temperature in plan:
        served.sim.add_vehicle(vehicle, latency=latency, outcome=outcome)
        arguments = {"set_charge_limit": (limit,), "set_temperature": (temperature, temperature)}
        with contextlib.suppress(CommandAlreadyInProgressError):
            getattr(served.client.commands, action)(vehicle, *arguments.get(action, ()))
        served.clock.advance(advance)
    leaves = conditions(execution_fields(start), ["command", "status", "failedReason", "vehicleId"])
    tree = data.draw(trees(leaves, 2).filter(lambda tree: not reads_date_text(tree)), label="filter")
    records = [execution_view(record) for record in served.sim.executions_for(vehicle)]
    verdicts = [reference_or_error(tree, record) for record in records]
    listing = served.client.commands.list(vehicle, filter=build(tree), page_size=page_size)
    if "error" in verdicts:
        with pytest.raises(RequestValidationError):
            list(listing)
    else:
        listed = [execution.id for execution in listing]
        assert listed == [r["id"] for r, verdict in zip(records, verdicts, strict=True) if verdict is True]
