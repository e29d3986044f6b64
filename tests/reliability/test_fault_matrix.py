"""The fault matrix: every scripted fault against every kind of call, sync and async, over real HTTP.

`EXPECTED` is the documented policy (README, "Retries" and "Errors") written out cell by cell;
nothing in it is read back from the SDK. Each cell injects one fault (count=1) on the endpoint
under test, makes the call with the default `max_retries=2`, and checks the result, how many
requests to that endpoint reached the simulator and, for a command POST, how many executions
exist afterwards: never 2, because the SDK must not create a command twice by its own retries.

Columns:
- token: `client.tokens.test()` on a cold client, the fault on the token request it triggers;
- command POST: `client.commands.close_charge_port("veh_1")`, the fault on that POST;
- get: `client.commands.get` of an execution created before the fault is injected;
- list: `list(client.commands.list("veh_1"))`.

`render_table()` prints `EXPECTED` as Markdown; README.md carries it between markers.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from volteras import AsyncVolteras, Volteras
from volteras.testing import (
    Delay,
    DropConnection,
    ExpireToken,
    Fault,
    HtmlError,
    MalformedJson,
    ManualClock,
    RateLimited,
    ServerError,
    Simulator,
    TruncatedJson,
)

CLIENT_ID = "demo-client"
CLIENT_SECRET = "demo-secret"
VEHICLE = "veh_1"
READ_TIMEOUT = 0.3  # client timeout for the read-timeout row; the Delay holds the answer 1.0 s
TOKEN_PATH = "/v1/oauth2/token"
TEST_TOKEN_PATH = "/v1/oauth2/test-token"
COMMAND_PATH = f"/v1/vehicles/{VEHICLE}/command-execution:close-charge-port"
LIST_PATH = f"/v1/vehicles/{VEHICLE}/command-executions"
README = Path(__file__).resolve().parents[2] / "README.md"
TABLE_START = "<!-- fault-table:start -->"
TABLE_END = "<!-- fault-table:end -->"


@dataclass(frozen=True)
class Outcome:
    """What one (fault, call) cell must produce."""

    result: str
    """"ok", or the class name of the exception raised."""
    requests: int
    """Requests to the faulted endpoint that reached the simulator."""
    executions: int | None = None
    """Command POST only: executions that exist afterwards."""
    renewals: int = 0
    """Token requests made during the call by a client that already held a token."""


# Rows: fault id -> (label, the fault injected once). Stages are the faults' defaults: 429 and
# 503 refuse before acting, ExpireToken refuses before acting, everything else acts first.
FAULTS: dict[str, tuple[str, Fault]] = {
    "429": ("429 + Retry-After", RateLimited(retry_after=1)),
    "500": ("500", ServerError(status=500)),
    "502": ("502", ServerError(status=502)),
    "503": ("503 + Retry-After", ServerError(status=503, retry_after=1)),
    "504": ("504", ServerError(status=504)),
    "html": ("HTML page (502)", HtmlError(status=502)),
    "malformed": ("malformed JSON (200)", MalformedJson()),
    "truncated": ("truncated JSON (200)", TruncatedJson()),
    "drop": ("dropped connection", DropConnection()),
    "timeout": ("read timeout", Delay(seconds=1.0)),
    "expiry": ("early token expiry (401)", ExpireToken()),
}

# Columns: call id -> label.
CALLS: dict[str, str] = {"token": "token", "command": "command POST", "get": "get", "list": "list"}

RETRIED = Outcome("ok", 2)
POST_RETRIED = Outcome("ok", 2, executions=1)

EXPECTED: dict[tuple[str, str], Outcome] = {
    # Refused up front: every request is retried, a command POST included (nothing was done).
    ("429", "token"): RETRIED,
    ("429", "command"): POST_RETRIED,
    ("429", "get"): RETRIED,
    ("429", "list"): RETRIED,
    ("503", "token"): RETRIED,
    ("503", "command"): POST_RETRIED,
    ("503", "get"): RETRIED,
    ("503", "list"): RETRIED,
    # The server may have acted: reads and token requests are retried, a command POST is not.
    ("500", "token"): RETRIED,
    ("500", "command"): Outcome("ServerError", 1, executions=1),
    ("500", "get"): RETRIED,
    ("500", "list"): RETRIED,
    ("502", "token"): RETRIED,
    ("502", "command"): Outcome("ServerError", 1, executions=1),
    ("502", "get"): RETRIED,
    ("502", "list"): RETRIED,
    ("504", "token"): RETRIED,
    ("504", "command"): Outcome("ServerError", 1, executions=1),
    ("504", "get"): RETRIED,
    ("504", "list"): RETRIED,
    ("html", "token"): RETRIED,
    ("html", "command"): Outcome("ServerError", 1, executions=1),
    ("html", "get"): RETRIED,
    ("html", "list"): RETRIED,
    ("drop", "token"): RETRIED,
    ("drop", "command"): Outcome("APIConnectionError", 1, executions=1),
    ("drop", "get"): RETRIED,
    ("drop", "list"): RETRIED,
    ("timeout", "token"): RETRIED,
    ("timeout", "command"): Outcome("APITimeoutError", 1, executions=1),
    ("timeout", "get"): RETRIED,
    ("timeout", "list"): RETRIED,
    # A 2xx whose body is not the documented JSON is never retried, whatever the method.
    ("malformed", "token"): Outcome("ResponseValidationError", 1),
    ("malformed", "command"): Outcome("ResponseValidationError", 1, executions=1),
    ("malformed", "get"): Outcome("ResponseValidationError", 1),
    ("malformed", "list"): Outcome("ResponseValidationError", 1),
    ("truncated", "token"): Outcome("ResponseValidationError", 1),
    ("truncated", "command"): Outcome("ResponseValidationError", 1, executions=1),
    ("truncated", "get"): Outcome("ResponseValidationError", 1),
    ("truncated", "list"): Outcome("ResponseValidationError", 1),
    # A 401 on a call made with a token: renewed once, replayed once. On the token request
    # itself there is no token to renew: the login was refused (AuthenticationError, 401 is
    # not among the retried statuses).
    ("expiry", "token"): Outcome("AuthenticationError", 1),
    ("expiry", "command"): Outcome("ok", 2, executions=1, renewals=1),
    ("expiry", "get"): Outcome("ok", 2, renewals=1),
    ("expiry", "list"): Outcome("ok", 2, renewals=1),
}

# Cells where the SDK or the simulator does not do what is documented: (fault, call, mode) -> reason.
KNOWN_BUGS: dict[tuple[str, str, str], str] = {}


@dataclass(frozen=True)
class Target:
    """The endpoint whose request a cell's fault is injected on."""

    method: str
    path: str


def _target(call: str, existing_id: str | None) -> Target:
    if call == "token":
        return Target("POST", TOKEN_PATH)
    if call == "command":
        return Target("POST", COMMAND_PATH)
    if call == "get":
        return Target("GET", f"{LIST_PATH}/{existing_id}")
    return Target("GET", LIST_PATH)


def _cell(outcome: Outcome) -> str:
    counts = [f"{outcome.requests} req"]
    if outcome.executions is not None:
        counts.append(f"{outcome.executions} execution{'' if outcome.executions == 1 else 's'}")
    if outcome.renewals:
        counts.append(f"{outcome.renewals} new token")
    if outcome.result == "ok":
        how = "token renewed, replayed" if outcome.renewals else "retried"
        return f"{how} → ok ({', '.join(counts)})"
    return f"{outcome.result}, not retried ({', '.join(counts)})"


def render_table() -> str:
    """EXPECTED as a Markdown table: one row per fault, one column per kind of call."""
    lines = ["| fault | " + " | ".join(CALLS.values()) + " |", "|---" * (len(CALLS) + 1) + "|"]
    for fault_id, (label, _fault) in FAULTS.items():
        lines.append(f"| {label} | " + " | ".join(_cell(EXPECTED[fault_id, call]) for call in CALLS) + " |")
    return "\n".join(lines) + "\n"


def _timeout(fault_id: str) -> float:
    return READ_TIMEOUT if fault_id == "timeout" else 30.0


@dataclass
class Observed:
    """What a cell did: the result, the value returned on success, and the id created beforehand."""

    result: str
    value: Any
    existing_id: str | None
    target: Target
    executions_before: int


def _id(execution: Any) -> str:
    assert isinstance(execution.id, str)
    return execution.id


def _run_sync(sim: Simulator, base_url: str, fault_id: str, call: str) -> Observed:
    with Volteras(CLIENT_ID, CLIENT_SECRET, base_url=base_url, timeout=_timeout(fault_id)) as client:
        existing_id: str | None = None
        if call in ("get", "list"):
            existing_id = _id(client.commands.close_charge_port(VEHICLE))
        elif call == "command":
            client.tokens.test()  # hold a token, so an expiry is met mid-flight
        target = _target(call, existing_id)
        sim.reset_records()
        before = len(sim.executions)
        sim.inject(FAULTS[fault_id][1], path=target.path, method=target.method, count=1)
        value: Any = None
        try:
            if call == "token":
                value = client.tokens.test()
            elif call == "command":
                value = client.commands.close_charge_port(VEHICLE)
            elif call == "get":
                assert existing_id is not None
                value = client.commands.get(VEHICLE, existing_id)
            else:
                value = list(client.commands.list(VEHICLE))
        except Exception as exc:
            return Observed(type(exc).__name__, exc, existing_id, target, before)
        return Observed("ok", value, existing_id, target, before)


async def _run_async(sim: Simulator, base_url: str, fault_id: str, call: str) -> Observed:
    async with AsyncVolteras(
        CLIENT_ID, CLIENT_SECRET, base_url=base_url, timeout=_timeout(fault_id)
    ) as client:
        existing_id: str | None = None
        if call in ("get", "list"):
            existing_id = _id(await client.commands.close_charge_port(VEHICLE))
        elif call == "command":
            await client.tokens.test()  # hold a token, so an expiry is met mid-flight
        target = _target(call, existing_id)
        sim.reset_records()
        before = len(sim.executions)
        sim.inject(FAULTS[fault_id][1], path=target.path, method=target.method, count=1)
        value: Any = None
        try:
            if call == "token":
                value = await client.tokens.test()
            elif call == "command":
                value = await client.commands.close_charge_port(VEHICLE)
            elif call == "get":
                assert existing_id is not None
                value = await client.commands.get(VEHICLE, existing_id)
            else:
                value = [execution async for execution in client.commands.list(VEHICLE)]
        except Exception as exc:
            return Observed(type(exc).__name__, exc, existing_id, target, before)
        return Observed("ok", value, existing_id, target, before)


def _cells() -> Iterator[Any]:
    for (fault_id, call), mode in itertools.product(EXPECTED, ("sync", "async")):
        reason = KNOWN_BUGS.get((fault_id, call, mode))
        marks = [pytest.mark.xfail(strict=True, reason=f"BUG: {reason}")] if reason else []
        yield pytest.param(fault_id, call, mode, id=f"{fault_id}-{call}-{mode}", marks=marks)


@pytest.fixture
def sim() -> Simulator:
    simulator = Simulator(clock=ManualClock())
    simulator.add_vehicle(VEHICLE, latency=0)
    return simulator


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("fault_id", "call", "mode"), list(_cells()))
def test_fault_cell(sim: Simulator, fault_id: str, call: str, mode: str) -> None:
    """One fault, injected once on one call's endpoint, ends as EXPECTED says (sync and async)."""
    expected = EXPECTED[fault_id, call]
    with sim.serve() as base_url:
        if mode == "sync":
            observed = _run_sync(sim, base_url, fault_id, call)
        else:
            observed = asyncio.run(_run_async(sim, base_url, fault_id, call))
    target = observed.target
    reached = [r for r in sim.requests if r.method == target.method and r.path == target.path]
    token_requests = len(sim.token_requests)

    assert observed.result == expected.result, f"raised {observed.value!r}"
    assert len(reached) == expected.requests
    created = len(sim.executions) - observed.executions_before
    if call == "command":
        assert created == expected.executions
        assert created != 2, "the SDK's own retries created the command twice"
    else:
        assert created == 0  # reads and tokens create nothing
    if call == "token":
        sent = [r for r in sim.requests if r.path == TEST_TOKEN_PATH]
        assert len(sent) == (1 if expected.result == "ok" else 0)
    else:
        assert token_requests == expected.renewals
    if expected.result == "ok":
        _check_value(sim, call, observed)


def _check_value(sim: Simulator, call: str, observed: Observed) -> None:
    """The value a successful call returned is the real answer, not a leftover of the fault."""
    value = observed.value
    if call == "token":
        assert value.client_id == CLIENT_ID
    elif call == "command":
        assert [record.id for record in sim.executions] == [value.id]
    elif call == "get":
        assert value.id == observed.existing_id
    else:
        assert [execution.id for execution in value] == [observed.existing_id]


# ---- the table itself -------------------------------------------------------------------


def test_expected_covers_every_cell() -> None:
    """EXPECTED has exactly one outcome per fault × call, and no command POST ends with two executions."""
    assert set(EXPECTED) == set(itertools.product(FAULTS, CALLS))
    for (_fault_id, call), outcome in EXPECTED.items():
        assert (outcome.executions is not None) == (call == "command")
        assert outcome.executions != 2
        assert outcome.requests in (1, 2)  # one fault, count=1: at most one retry or replay


def test_readme_fault_table_is_current() -> None:
    """README.md shows render_table() verbatim between the fault-table markers."""
    text = README.read_text(encoding="utf-8")
    table = render_table()
    paste = f"{TABLE_START}\n{table}{TABLE_END}"
    if TABLE_START not in text or TABLE_END not in text:
        pytest.fail(
            "README.md has no fault table yet: paste this under '### Retries'\n"
            f"(print it with: python -c 'from tests.reliability.test_fault_matrix import render_table; "
            f"print(render_table())'):\n\n{paste}"
        )
    shown = text.split(TABLE_START, 1)[1].split(TABLE_END, 1)[0]
    assert shown.strip("\n") == table.strip("\n"), (
        f"README.md's fault table is out of date; replace the text between the markers with:\n\n{paste}"
    )
