"""The fault matrix: every scripted fault against every kind of call, sync and async, over real HTTP.

`EXPECTED` is the documented policy (docs/safety.md, "Retries", and docs/api.md, "Errors") written out row by row;
nothing in it is read back from the SDK. Each cell injects one fault (count=1) on the endpoint
under test, makes the call with the default `max_retries=2`, and checks the result, how many
requests to that endpoint reached the simulator and, for a call that writes, how many times the
server acted on it: never 2, because the SDK must not repeat a write by its own retries.

Columns:
- token: `client.tokens.test()` on a cold client, the fault on the token request it triggers;
- command POST: `client.commands.close_charge_port("veh_1")`, the fault on that POST;
- get: `client.commands.get` of an execution created before the fault is injected;
- list: `list(client.commands.list("veh_1"))`;
- cursor walk: `client.vehicles.list(page_size=2).pages()` over 10 vehicles (5 pages), the
  fault on page 3; the ids collected must be the fault-free listing, none repeated or skipped;
- page walk: `client.connections.results(group, page_size=2).pages()` over a 10-VIN group
  (page-number paging, 5 pages), the fault on page 3, checked the same way;
- create POST: `client.connections.create([...])`; the simulator's connection groups count
  what it created;
- change POST: `client.vehicles.set_registration_plate`; "applied" counts the POSTs that
  reached the server and were not refused before acting, and the plate must be the new one;
- DELETE: `client.tags.remove` of a tag added beforehand; counted like a change, and the tag
  must be gone.

`render_table()` prints `EXPECTED` as Markdown; docs/safety.md carries it between markers.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import instant_retries
from tests.spec_facts import path_of
from volteras import AsyncVolteras, Volteras
from volteras.testing import (
    Delay,
    DropConnection,
    ExpireToken,
    Fault,
    HtmlError,
    Injection,
    MalformedJson,
    ManualClock,
    RateLimited,
    ServerFault,
    Simulator,
    TruncatedJson,
)

CLIENT_SECRET = "demo-secret"
FLEET_SIZE = 10  # 5 pages of 2
VINS = [f"WVWZZZ1KZ{n:08d}" for n in range(10)]  # a 10-VIN group: 5 pages of 2
NEW_VIN = "WVWZZZ1KZ99999999"
PAGE_SIZE = 2
FAULTED_PAGE = 3
PLATE = "MX-2024"
TAG = ("fleet", "blue")
READ_TIMEOUT = 0.5  # client timeout for the read-timeout row; the Delay holds the answer 1.5 s
TOKEN_PATH = path_of("create_token")
TEST_TOKEN_PATH = path_of("test_token")
PAGE = Path(__file__).resolve().parents[2] / "docs" / "safety.md"
TABLE_START = "<!-- fault-table:start -->"
TABLE_END = "<!-- fault-table:end -->"


@dataclass(frozen=True)
class Outcome:
    """What one (fault, call) cell must produce."""

    result: str
    """"ok", or the class name of the exception raised."""
    requests: int
    """Requests to the faulted endpoint (for a walk: for the faulted page) that reached the simulator."""
    acted: int | None = None
    """Writes only: how many times the server acted (executions, groups, plates set, tags removed)."""
    renewals: int = 0
    """Token requests made during the call by a client that already held a token."""


# Rows: fault id -> (label, the fault injected once). Stages are the faults' defaults: 429 and
# 503 refuse before acting, ExpireToken refuses before acting, everything else acts first.
FAULTS: dict[str, tuple[str, Fault]] = {
    "429": ("429 + Retry-After", RateLimited(retry_after=1)),
    "500": ("500", ServerFault(status=500)),
    "502": ("502", ServerFault(status=502)),
    "503": ("503 + Retry-After", ServerFault(status=503, retry_after=1)),
    "504": ("504", ServerFault(status=504)),
    "html": ("HTML page (502)", HtmlError(status=502)),
    "malformed": ("malformed JSON (200)", MalformedJson()),
    "truncated": ("truncated JSON (200)", TruncatedJson()),
    "drop": ("dropped connection", DropConnection()),
    "timeout": ("read timeout", Delay(seconds=1.5)),
    "expiry": ("early token expiry (401)", ExpireToken()),
}

# Columns: call id -> label.
CALLS: dict[str, str] = {
    "token": "token",
    "command": "command POST",
    "get": "get",
    "list": "list",
    "walk": "cursor walk (fault on page 3 of 5)",
    "pages": "page-number walk (fault on page 3 of 5)",
    "create": "create POST (bulk connection)",
    "change": "change POST (registration plate)",
    "delete": "DELETE (tag)",
}
READS = ("get", "list", "walk", "pages")
WRITES = ("command", "create", "change", "delete")
WALKS = ("walk", "pages")

RETRIED = Outcome("ok", 2)
WRITE_RETRIED = Outcome("ok", 2, acted=1)
RENEWED = Outcome("ok", 2, renewals=1)
WRITE_RENEWED = Outcome("ok", 2, acted=1, renewals=1)
INVALID = Outcome("ResponseValidationError", 1)
WRITE_INVALID = Outcome("ResponseValidationError", 1, acted=1)


def _acted_then(error: str) -> Outcome:
    return Outcome(error, 1, acted=1)


# The policy per fault: (token request, any read, any write). A write is a command, a
# creation, a change or a delete: all of them follow the same rule.
POLICY: dict[str, tuple[Outcome, Outcome, Outcome]] = {
    # Refused up front: every request is retried, writes included (nothing was done).
    "429": (RETRIED, RETRIED, WRITE_RETRIED),
    "503": (RETRIED, RETRIED, WRITE_RETRIED),
    # The server may have acted: reads and token requests are retried, writes are not.
    "500": (RETRIED, RETRIED, _acted_then("ServerError")),
    "502": (RETRIED, RETRIED, _acted_then("ServerError")),
    "504": (RETRIED, RETRIED, _acted_then("ServerError")),
    "html": (RETRIED, RETRIED, _acted_then("ServerError")),
    "drop": (RETRIED, RETRIED, _acted_then("APIConnectionError")),
    "timeout": (RETRIED, RETRIED, _acted_then("APITimeoutError")),
    # A 2xx whose body is not the documented JSON is never retried, whatever the method.
    "malformed": (INVALID, INVALID, WRITE_INVALID),
    "truncated": (INVALID, INVALID, WRITE_INVALID),
    # A 401 on a call made with a token: renewed once, replayed once. On the token request
    # itself there is no token to renew: the login was refused (AuthenticationError, 401 is
    # not among the retried statuses).
    "expiry": (Outcome("AuthenticationError", 1), RENEWED, WRITE_RENEWED),
}

EXPECTED: dict[tuple[str, str], Outcome] = {
    (fault_id, call): token if call == "token" else read if call in READS else write
    for fault_id, (token, read, write) in POLICY.items()
    for call in CALLS
}
# An operation that answers nothing (the DELETE) does not read a 2xx body, so a broken one is
# no error: the server acted, and the caller gets what it asked for.
EXPECTED["malformed", "delete"] = EXPECTED["truncated", "delete"] = Outcome("ok", 1, acted=1)

# Cells where the SDK or the simulator does not do what is documented: (fault, call, mode) -> reason.
KNOWN_BUGS: dict[tuple[str, str, str], str] = {}

_NOUNS = {"command": "execution", "create": "group"}
_VERBS = {"change": "applied", "delete": "removed"}


def _cell(call: str, outcome: Outcome) -> str:
    counts = [f"{outcome.requests} req"]
    if outcome.acted is not None:
        if call in _NOUNS:
            counts.append(f"{outcome.acted} {_NOUNS[call]}{'' if outcome.acted == 1 else 's'}")
        else:
            counts.append(f"{_VERBS[call]} {'once' if outcome.acted == 1 else f'{outcome.acted}×'}")
    if outcome.renewals:
        counts.append(f"{outcome.renewals} new token")
    if call in WALKS and outcome.result == "ok":
        counts.append("every item once")
    if outcome.result == "ok":
        how = (
            "token renewed, replayed"
            if outcome.renewals
            else "retried"
            if outcome.requests > 1
            else "body unread"
        )
        return f"{how} → ok ({', '.join(counts)})"
    return f"{outcome.result}, not retried ({', '.join(counts)})"


def render_table() -> str:
    """EXPECTED as a Markdown table: one row per fault, one column per kind of call."""
    lines = ["| fault | " + " | ".join(CALLS.values()) + " |", "|---" * (len(CALLS) + 1) + "|"]
    for fault_id, (label, _fault) in FAULTS.items():
        cells = [_cell(call, EXPECTED[fault_id, call]) for call in CALLS]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _timeout(fault_id: str) -> float:
    return READ_TIMEOUT if fault_id == "timeout" else 30.0


# ---- one cell ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """The endpoint whose request a cell's fault is injected on; `query` singles out a walk's page."""

    method: str
    path: str
    query: tuple[str, str] | None = None


@dataclass(frozen=True)
class World:
    """One cell's own organisation on the shared simulator: its client and its 10 vehicles.

    Cells share one served simulator (starting a server per cell would cost most of the
    matrix's time), so each gets an organisation and vehicle ids no other cell touches.
    """

    org: str
    client_id: str
    fleet: list[str]

    @property
    def vehicle(self) -> str:
        return self.fleet[0]


@dataclass
class Cell:
    """One cell's run: what was set up, the fault it armed, and what the call gave."""

    sim: Simulator
    world: World
    fault_id: str
    call: str
    existing_id: str | None = None
    group_id: str | None = None
    target: Target | None = None
    injection: Injection | None = None
    executions_before: int = 0
    groups_before: int = 0
    walked: list[str] = field(default_factory=list)
    result: str = "ok"
    value: Any = None

    def arm(self, target: Target) -> None:
        """Forget the requests so far and queue the fault for the next request to `target`."""
        self.target = target
        self.sim.reset_records()
        self.executions_before = len(self.sim.executions_for(self.world.vehicle))
        self.groups_before = len(self.sim.connection_groups(self.world.org))
        fault = FAULTS[self.fault_id][1]
        self.injection = self.sim.inject(fault, path=target.path, method=target.method, count=1)

    def walk_page(self, number: int, ids: list[str], next_marker: tuple[str, str] | None) -> None:
        """Note one page of a walk; after page 2, arm the fault for page 3 (`next_marker` names it)."""
        self.walked.extend(ids)
        if number == FAULTED_PAGE - 1:
            assert next_marker is not None
            self.arm(Target("GET", self._walk_path(), next_marker))

    def _walk_path(self) -> str:
        if self.call == "walk":
            return path_of("list_vehicles")
        assert self.group_id is not None  # the run creates the group first
        return path_of("list_connection_results", id=self.group_id)


def _target(cell: Cell) -> Target:
    call, vehicle = cell.call, cell.world.vehicle
    if call == "token":
        return Target("POST", TOKEN_PATH)
    if call == "command":
        return Target("POST", path_of("close_charge_port", vehicle_id=vehicle))
    if call == "get":
        assert cell.existing_id is not None  # the run sends a command first
        return Target(
            "GET",
            path_of(
                "get_command_execution", vehicle_id=vehicle, vehicle_command_execution_id=cell.existing_id
            ),
        )
    if call == "list":
        return Target("GET", path_of("list_command_executions", vehicle_id=vehicle))
    if call == "create":
        return Target("POST", path_of("bulk_connect"))
    if call == "change":
        return Target("POST", path_of("set_registration_plate", vehicle_id=vehicle))
    assert call == "delete"
    return Target("DELETE", path_of("remove_tag"))


def _page_marker(call: str, page: Any, number: int) -> tuple[str, str] | None:
    """The query parameter that asks for the page after page `number`."""
    if call == "walk":
        return None if page.next_page_token is None else ("pageToken", page.next_page_token)
    return ("currentPage", str(number))


NEW_VEHICLE = {"vin": NEW_VIN, "make": "VOLKSWAGEN", "countryCode": "DE"}
GROUP = [{"vin": vin, "make": "VOLKSWAGEN", "countryCode": "DE"} for vin in VINS]


def _run_sync(cell: Cell, base_url: str) -> None:
    world = cell.world
    timeout = _timeout(cell.fault_id)
    client = instant_retries(Volteras(world.client_id, CLIENT_SECRET, base_url=base_url, timeout=timeout))
    with client:
        call, vehicle = cell.call, world.vehicle
        if call in ("get", "list"):
            cell.existing_id = client.commands.close_charge_port(vehicle).id
        elif call == "pages":
            cell.group_id = client.connections.create(GROUP).id
        elif call == "delete":
            client.tags.add("DEVICE", vehicle, key=TAG[0], value=TAG[1])
        elif call != "token":
            client.tokens.test()  # hold a token, so an expiry is met mid-flight
        if call not in WALKS:
            cell.arm(_target(cell))
        try:
            if call == "token":
                cell.value = client.tokens.test()
            elif call == "command":
                cell.value = client.commands.close_charge_port(vehicle)
            elif call == "get":
                assert cell.existing_id is not None
                cell.value = client.commands.get(vehicle, cell.existing_id)
            elif call == "list":
                cell.value = list(client.commands.list(vehicle))
            elif call == "walk":
                for number, page in enumerate(client.vehicles.list(page_size=PAGE_SIZE).pages(), 1):
                    cell.walk_page(number, [v.id for v in page.items], _page_marker(call, page, number))
            elif call == "pages":
                assert cell.group_id is not None
                results = client.connections.results(cell.group_id, page_size=PAGE_SIZE)
                for number, page in enumerate(results.pages(), 1):
                    ids = [str(r.vin) for r in page.items]
                    cell.walk_page(number, ids, _page_marker(call, page, number))
            elif call == "create":
                cell.value = client.connections.create([NEW_VEHICLE])
            elif call == "change":
                cell.value = client.vehicles.set_registration_plate(vehicle, PLATE)
            else:
                cell.value = client.tags.remove("DEVICE", vehicle, key=TAG[0], value=TAG[1])
        except Exception as exc:
            cell.result, cell.value = type(exc).__name__, exc


async def _run_async(cell: Cell, base_url: str) -> None:
    world = cell.world
    timeout = _timeout(cell.fault_id)
    client = instant_retries(
        AsyncVolteras(world.client_id, CLIENT_SECRET, base_url=base_url, timeout=timeout)
    )
    async with client:
        call, vehicle = cell.call, world.vehicle
        if call in ("get", "list"):
            cell.existing_id = (await client.commands.close_charge_port(vehicle)).id
        elif call == "pages":
            cell.group_id = (await client.connections.create(GROUP)).id
        elif call == "delete":
            await client.tags.add("DEVICE", vehicle, key=TAG[0], value=TAG[1])
        elif call != "token":
            await client.tokens.test()  # hold a token, so an expiry is met mid-flight
        if call not in WALKS:
            cell.arm(_target(cell))
        try:
            if call == "token":
                cell.value = await client.tokens.test()
            elif call == "command":
                cell.value = await client.commands.close_charge_port(vehicle)
            elif call == "get":
                assert cell.existing_id is not None
                cell.value = await client.commands.get(vehicle, cell.existing_id)
            elif call == "list":
                cell.value = [execution async for execution in client.commands.list(vehicle)]
            elif call == "walk":
                number = 0
                async for page in client.vehicles.list(page_size=PAGE_SIZE).pages():
                    number += 1
                    cell.walk_page(number, [v.id for v in page.items], _page_marker(call, page, number))
            elif call == "pages":
                assert cell.group_id is not None
                number = 0
                async for page in client.connections.results(cell.group_id, page_size=PAGE_SIZE).pages():
                    number += 1
                    ids = [str(r.vin) for r in page.items]
                    cell.walk_page(number, ids, _page_marker(call, page, number))
            elif call == "create":
                cell.value = await client.connections.create([NEW_VEHICLE])
            elif call == "change":
                cell.value = await client.vehicles.set_registration_plate(vehicle, PLATE)
            else:
                cell.value = await client.tags.remove("DEVICE", vehicle, key=TAG[0], value=TAG[1])
        except Exception as exc:
            cell.result, cell.value = type(exc).__name__, exc


def _cells() -> Iterator[Any]:
    for (fault_id, call), mode in itertools.product(EXPECTED, ("sync", "async")):
        reason = KNOWN_BUGS.get((fault_id, call, mode))
        marks = [pytest.mark.xfail(strict=True, reason=f"BUG: {reason}")] if reason else []
        yield pytest.param(fault_id, call, mode, id=f"{fault_id}-{call}-{mode}", marks=marks)


_worlds = itertools.count(1)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Simulator, str]]:
    """One simulator on loopback for the whole matrix."""
    simulator = Simulator(clock=ManualClock())
    with simulator.serve() as base_url:
        yield simulator, base_url


@pytest.fixture
def world(served: tuple[Simulator, str]) -> World:
    """A fresh organisation with its own client and 10 vehicles, and no fault left over."""
    sim, _ = served
    n = next(_worlds)
    world = World(f"org_{n}", f"client-{n}", [f"veh_{n}_{k:02d}" for k in range(1, FLEET_SIZE + 1)])
    sim.add_client(world.client_id, CLIENT_SECRET, organization_id=world.org)
    for vehicle_id in world.fleet:
        sim.add_vehicle(vehicle_id, latency=0, organization_id=world.org)
    sim.clear_faults()
    return world


@dataclass(frozen=True)
class After:
    """What the server holds once the cell is over, read with a fault-free client."""

    plate: str | None
    tags: list[tuple[str, str]]
    vehicle_ids: list[str]
    vins: list[str]


def _state_after(base_url: str, world: World, call: str, group_id: str | None) -> After:
    if call not in ("walk", "pages", "change", "delete"):
        return After(None, [], [], [])
    with Volteras(world.client_id, CLIENT_SECRET, base_url=base_url) as client:
        plate = client.vehicles.get(world.vehicle).registration_plate
        tags = [(tag.key, tag.value) for tag in client.tags.list("DEVICE", world.vehicle).tags]
        vehicle_ids = [vehicle.id for vehicle in client.vehicles.list()] if call == "walk" else []
        vins = [] if group_id is None else [str(r.vin) for r in client.connections.results(group_id)]
    return After(plate if isinstance(plate, str) else None, tags, vehicle_ids, vins)


def _reached(sim: Simulator, target: Target) -> int:
    def matches(request: Any) -> bool:
        if request.method != target.method or request.path != target.path:
            return False
        return target.query is None or request.query.get(target.query[0]) == target.query[1]

    return sum(1 for request in sim.requests if matches(request))


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("fault_id", "call", "mode"), list(_cells()))
def test_fault_cell(served: tuple[Simulator, str], world: World, fault_id: str, call: str, mode: str) -> None:
    """One fault, injected once on one call's endpoint, ends as EXPECTED says (sync and async)."""
    sim, base_url = served
    expected = EXPECTED[fault_id, call]
    cell = Cell(sim, world, fault_id, call)
    if mode == "sync":
        _run_sync(cell, base_url)
    else:
        asyncio.run(_run_async(cell, base_url))
    assert cell.target is not None and cell.injection is not None, "the fault was never armed"
    reached = _reached(sim, cell.target)
    token_requests = len(sim.token_requests)
    sent_test_token = sum(1 for r in sim.requests if r.path == TEST_TOKEN_PATH)
    executions = len(sim.executions_for(world.vehicle)) - cell.executions_before
    groups = len(sim.connection_groups(world.org)) - cell.groups_before
    after = _state_after(base_url, world, call, cell.group_id)

    assert cell.result == expected.result, f"raised {cell.value!r}"
    assert cell.injection.hits == 1, "the fault did not meet the request it was meant for"
    assert reached == expected.requests
    refused = 1 if cell.injection.fault.resolved_stage == "before" else 0
    acted = {"command": executions, "create": groups}.get(call, reached - refused)
    if call in WRITES:
        assert acted == expected.acted
        assert acted != 2, "the SDK's own retries repeated a write"
    else:
        assert executions == 0 and groups == 0  # reads and tokens create nothing
    if call == "token":
        assert sent_test_token == (1 if expected.result == "ok" else 0)
    else:
        assert token_requests == expected.renewals
    _check_state(call, cell, after)
    if expected.result == "ok":
        _check_value(sim, cell)


def _check_state(call: str, cell: Cell, after: After) -> None:
    """What exists afterwards is what one call, acted on once, leaves, whatever the fault did."""
    if call == "change":
        assert after.plate == PLATE
    if call == "delete":
        assert TAG not in after.tags
    if call == "walk":
        assert after.vehicle_ids == cell.world.fleet
        _check_walk(cell, after.vehicle_ids)
    if call == "pages":
        assert after.vins == VINS
        _check_walk(cell, after.vins)


def _check_walk(cell: Cell, listing: list[str]) -> None:
    """A walk that ended ok saw the fault-free listing; one that raised saw pages 1-2 of it."""
    done = PAGE_SIZE * (FAULTED_PAGE - 1)
    assert len(set(cell.walked)) == len(cell.walked), "a page repeated items"
    assert cell.walked == (listing if cell.result == "ok" else listing[:done])


def _check_value(sim: Simulator, cell: Cell) -> None:
    """The value a successful call returned is the real answer, not a leftover of the fault."""
    value, call = cell.value, cell.call
    if call == "token":
        assert value.client_id == cell.world.client_id
    elif call == "command":
        assert [record.id for record in sim.executions_for(cell.world.vehicle)] == [value.id]
    elif call == "get":
        assert value.id == cell.existing_id
    elif call == "list":
        assert [execution.id for execution in value] == [cell.existing_id]
    elif call == "create":
        assert sim.connection_groups(cell.world.org) == [value.id]
    elif call == "change":
        assert value.registration_plate == PLATE


# ---- the table itself -------------------------------------------------------------------


def test_expected_covers_every_cell() -> None:
    """EXPECTED has exactly one outcome per fault × call, and no write is ever acted on twice."""
    assert set(EXPECTED) == set(itertools.product(FAULTS, CALLS))
    assert set(CALLS) == {"token", *READS, *WRITES}
    for (_fault_id, call), outcome in EXPECTED.items():
        assert (outcome.acted is not None) == (call in WRITES)
        assert outcome.acted in (None, 1)
        assert outcome.requests in (1, 2)  # one fault, count=1: at most one retry or replay


def test_the_documented_fault_table_is_current() -> None:
    """docs/safety.md shows render_table() verbatim between the fault-table markers."""
    text = PAGE.read_text(encoding="utf-8")
    table = render_table()
    paste = f"{TABLE_START}\n{table}{TABLE_END}"
    if TABLE_START not in text or TABLE_END not in text:
        pytest.fail(
            "docs/safety.md has no fault table yet: paste this under '## Every fault, every call'\n"
            f"(print it with: python -c 'from tests.reliability.test_fault_matrix import render_table; "
            f"print(render_table())'):\n\n{paste}"
        )
    shown = text.split(TABLE_START, 1)[1].split(TABLE_END, 1)[0]
    assert shown.strip("\n") == table.strip("\n"), (
        f"docs/safety.md's fault table is out of date; replace the text between the markers with:\n\n{paste}"
    )
