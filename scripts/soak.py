"""Soak test: many commands through `AsyncVolteras` against a faulty simulator; run with `make soak`.

    .venv/bin/python scripts/soak.py --commands 5000 --vehicles 500 --concurrency 50

Each job sends one command (a random one of the 13; set_charge_limit and set_temperature get
arguments) to a random vehicle and waits for it (`client.commands.wait`, short poll
interval). Vehicles take 0.05-0.2 s to answer; about one in ten fails its commands with a
reason (a documented code or free text). Jobs run on `--concurrency` worker tasks; a lock per
(vehicle, command) pair keeps two commands of the same type off one vehicle at once, while
different commands to one vehicle do overlap.

The rest of the API is mixed in: `--others` more jobs (default a fifth of `--commands`),
shared evenly among four kinds, each ending in one outcome like a command:
- walk: `vehicles.list(filter=where("make") == <a make>, page_size=20)` walked to the end;
  checked: no vehicle twice, every vehicle of that make;
- telemetry: `vehicles.telemetry` of a random vehicle; checked: it is that vehicle's;
- tag: `tags.add` of a tag only this job uses, then `tags.remove` of it; checked afterwards
  (faults off): the tag is gone when both calls succeeded;
- connect: `connections.create` of one VIN only this job uses, then `connections.wait` on it
  (the simulator processes a group in 0.2 s); checked: the group ended COMPLETED, and
  afterwards (faults off) no VIN is in two groups: one create never makes a second group.
Writes to a path every job shares (`POST /v1/tags`, `DELETE /v1/tags`, `POST
/v1/vehicles/connect`) hold a lock per path, so the fault queued for one lands on it.

Faults: a request hook on the `httpx.AsyncClient` the SDK makes for itself (the client runs on its
own pool, as most users' do) sees every request the SDK sends
(command POSTs, polls, token requests, retries and replays) and, with probability
`--fault-rate` from a generator seeded by `--seed`, queues one fault with
`sim.inject(fault, path=<that request's exact path>, method=..., count=1)` just before the
request leaves. Each command POST path is held by one job at a time and each poll path
names one execution, so the fault lands on that very request. Faults: 429 (Retry-After: 1),
500, 502, 503 (with and without Retry-After), 504, an HTML 502 page, malformed JSON,
truncated JSON, a dropped connection, an answer held past the SDK's read timeout, and early
token expiry (not on token requests, where it means nothing, and only of a token the server has
already accepted: see `fault_hooks`). The client's backoff before a
retry takes no time (its request loop's `retry_sleep` is injected; its waits still take real
time). The order in which concurrent requests draw from the
generator depends on timing, so a seed fixes the fault mix, not the exact request each fault
meets.

Checked, each a violation that makes the exit status 1:
- every job ends in exactly one recorded outcome: EXECUTED, FAILED with a reason, or a
  `volteras.VolterasError` subclass (by class name);
- no exception other than a `VolterasError` escapes (unhandled);
- no job ends in AuthenticationError: the credentials are valid throughout, and an early
  expiry revokes one token, which the SDK renews (a call that carried a token already renewed
  by another call is replayed with the new one);
- duplicates: no VIN in two connection groups, no vehicle twice in a walk; for every
  (vehicle, command) pair, the simulator's executions exceed the jobs
  for that pair by 0 (the SDK never creates a command twice on its own);
- re-sends: the simulator refuses a second command of a type still PENDING on the vehicle
  (COMMAND_ALREADY_IN_PROGRESS), which would hide an SDK that re-sends a command whose
  answer was lost. So the request hook also notes, per job (a context variable), each
  write (every POST and DELETE but the token request) and the fault it got: a write that
  follows one to the same path in the same job whose fault struck after the server acted
  (500, 502, 504, HTML, malformed or truncated JSON, drop, read timeout) is a re-send.
  Re-sends after refusals (429, 503 with Retry-After, 401) are fine;
- token requests <= 1 (the first token)
  + the number of renewals the token lifetime forces in the wall time (lifetime minus the
    SDK's refresh margin), + 1 for a renewal straddling the end
  + injected early expiries that fired (each revokes one token: one renewal)
  + faults injected on token requests (each costs one more token request: the retry of a
    failed token request, or a renewal after a token response that could not be read).
  Everything else must come from the single-flight renewal: concurrent tasks share a token.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextvars
import math
import random
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from volteras import AsyncVolteras, CommandExecution, CommandStatus, VolterasError, where
from volteras._auth import REFRESH_MARGIN
from volteras._retry import TOKEN_PATH
from volteras.testing import (
    ACTIONS,
    Delay,
    DropConnection,
    ExpireToken,
    Fault,
    HtmlError,
    Injection,
    MalformedJson,
    RateLimited,
    ServerFault,
    Simulator,
    TruncatedJson,
)

if TYPE_CHECKING:  # importing it first would import volteras._generated.resources before volteras
    from volteras._generated.resources.commands import AsyncCommands

COMMANDS: tuple[str, ...] = tuple(sorted(action.replace("-", "_") for action in ACTIONS))
FAIL_REASONS = ("OEM_COMMAND_FAILED", "OEM_VEHICLE_CHARGING_NOT_STARTED", "Vehicle is asleep")
FAILING_SHARE = 0.1
LATENCY = (0.05, 0.2)
POLL_INTERVAL = 0.05
WAIT_TIMEOUT = 30.0
HTTP_TIMEOUT = 10.0
READ_TIMEOUT = 2.0  # a loopback answer takes milliseconds; the Delay fault holds one longer

# `make soak`'s run; `make test` runs the same with fewer commands (tests/test_soak.py).
DEFAULT_COMMANDS = 5000
DEFAULT_VEHICLES = 500
DEFAULT_CONCURRENCY = 50
DEFAULT_FAULT_RATE = 0.05
DEFAULT_SEED = 1
DEFAULT_TOKEN_LIFETIME = 10.0
DEFAULT_DEADLINE = 600.0
OTHER_KINDS = ("walk", "telemetry", "tag", "connect")
WALK_PAGE_SIZE = 20
GROUP_PROCESSING = 0.2  # seconds a bulk connection takes in the simulator (wall clock)
SHARED_WRITES = {("POST", "/v1/tags"), ("DELETE", "/v1/tags"), ("POST", "/v1/vehicles/connect")}

FAULTS: tuple[Fault, ...] = (
    RateLimited(retry_after=1),
    ServerFault(500),
    ServerFault(502),
    ServerFault(503),
    ServerFault(503, retry_after=1),
    ServerFault(504),
    HtmlError(502),
    MalformedJson(),
    TruncatedJson(),
    DropConnection(),
    Delay(READ_TIMEOUT + 0.5),
    ExpireToken(),
)
TOKEN_FAULTS: tuple[Fault, ...] = tuple(fault for fault in FAULTS if not isinstance(fault, ExpireToken))


@dataclass(frozen=True)
class Job:
    index: int
    vehicle_id: str
    command: str
    """A command's name, or one of OTHER_KINDS."""
    make: str = ""
    """For a walk: the make it filters on."""

    @property
    def vin(self) -> str:
        """For a connect job: a VIN no other job uses."""
        return f"WVWZZZ{self.index:011d}"

    @property
    def tag(self) -> tuple[str, str]:
        return ("soak", f"job{self.index}")


CURRENT_JOB: contextvars.ContextVar[Job | None] = contextvars.ContextVar("CURRENT_JOB", default=None)


@dataclass
class Outcomes:
    """One slot per job; recording twice is itself a violation."""

    size: int
    results: dict[int, tuple[str, str]] = field(default_factory=dict)
    double_records: int = 0

    def record(self, job: Job, kind: str, detail: str) -> None:
        if job.index in self.results:
            self.double_records += 1
            return
        self.results[job.index] = (kind, detail)


@dataclass
class FaultLog:
    """Faults queued by the request hook, kept to see which fired."""

    injections: list[tuple[str, Injection]] = field(default_factory=list)
    posts: dict[tuple[int, str, str], list[Injection | None]] = field(default_factory=dict)
    """Per (job index, method, path): the job's writes in order, each with the fault queued for it."""

    def resends(self) -> int:
        """Writes sent after one the server acted on but whose answer a fault hid."""
        count = 0
        for sent in self.posts.values():
            for earlier in sent[:-1]:
                if earlier is not None and earlier.hits and earlier.fault.resolved_stage == "after":
                    count += 1
        return count

    def fired(self, *, token: bool | None = None, kind: type | None = None) -> int:
        return sum(
            injection.hits
            for where, injection in self.injections
            if (token is None or (where == "token") == token)
            and (kind is None or isinstance(injection.fault, kind))
        )


@dataclass
class Report:
    jobs: int
    outcomes: Outcomes
    duplicates: int
    resends: int
    others: dict[str, int]
    unhandled: dict[str, int]
    token_requests: int
    token_allowed: int
    faults_queued: int
    faults_fired: int
    wall: float
    violations: list[str]

    def table(self) -> str:
        kinds = collections.Counter(kind for kind, _ in self.outcomes.results.values())
        errors = collections.Counter(
            detail for kind, detail in self.outcomes.results.values() if kind == "error"
        )
        rows: list[tuple[str, object]] = [
            ("jobs", self.jobs),
            *((f"  {kind} jobs", count) for kind, count in self.others.items()),
            ("executed", kinds["executed"]),
            ("failed (with reason)", kinds["failed"]),
            ("other jobs ok", kinds["ok"]),
            ("typed errors", kinds["error"]),
        ]
        rows.extend((f"  {name}", count) for name, count in sorted(errors.items()))
        rows += [
            ("unhandled", sum(self.unhandled.values())),
            ("jobs without outcome", self.jobs - len(self.outcomes.results)),
            ("outcomes recorded twice", self.outcomes.double_records),
            ("duplicates", self.duplicates),
            ("re-sent writes", self.resends),
            ("faults queued / fired", f"{self.faults_queued} / {self.faults_fired}"),
            ("token requests (allowed)", f"{self.token_requests} ({self.token_allowed})"),
            ("wall time s", f"{self.wall:.1f}"),
            ("jobs/s", f"{self.jobs / self.wall:.1f}" if self.wall else "-"),
        ]
        rows.extend((f"  unhandled {name}", count) for name, count in sorted(self.unhandled.items()))
        width = max(len(name) for name, _ in rows)
        lines = [f"{name:<{width}}  {value}" for name, value in rows]
        lines += [f"VIOLATION: {violation}" for violation in self.violations]
        lines.append("OK" if not self.violations else f"FAILED: {len(self.violations)} violation(s)")
        return "\n".join(lines)


def make_jobs(
    rng: random.Random, commands: int, others: int, vehicles: Sequence[str], makes: Sequence[str]
) -> list[Job]:
    jobs = [Job(index, rng.choice(vehicles), rng.choice(COMMANDS)) for index in range(commands)]
    jobs += [
        Job(commands + n, rng.choice(vehicles), OTHER_KINDS[n % len(OTHER_KINDS)], rng.choice(makes))
        for n in range(others)
    ]
    rng.shuffle(jobs)
    return jobs


def send(commands: AsyncCommands, job: Job) -> Awaitable[CommandExecution]:
    if job.command == "set_charge_limit":
        return commands.set_charge_limit(job.vehicle_id, 50 + job.index % 50)
    if job.command == "set_temperature":
        return commands.set_temperature(job.vehicle_id, 21.0, 21.5)
    method: Callable[[str], Awaitable[CommandExecution]] = getattr(commands, job.command)
    return method(job.vehicle_id)


def fault_hooks(
    sim: Simulator, rng: random.Random, rate: float, log: FaultLog
) -> tuple[Callable[[httpx.Request], Awaitable[None]], Callable[[httpx.Response], Awaitable[None]]]:
    """The request hook that queues faults, and the response hook that notes which bearer tokens
    the server has accepted: an early expiry revokes a token that was working, as a real one
    does. Revoking a token on its first use instead would be the server refusing every fresh
    token, which the SDK rightly gives up on after one renewal (volteras/_auth.py)."""
    accepted: set[str] = set()

    async def on_request(request: httpx.Request) -> None:
        path = request.url.path
        job = CURRENT_JOB.get()
        is_write = job is not None and request.method in ("POST", "DELETE") and path != TOKEN_PATH
        injection = None
        if rng.random() < rate:
            on_token = path == TOKEN_PATH
            fault = rng.choice(TOKEN_FAULTS if on_token else FAULTS)
            if not isinstance(fault, ExpireToken) or request.headers.get("authorization") in accepted:
                injection = sim.inject(fault, path=path, method=request.method, count=1)
                log.injections.append(("token" if on_token else "api", injection))
        if job is not None and is_write:
            log.posts.setdefault((job.index, request.method, path), []).append(injection)

    async def on_response(response: httpx.Response) -> None:
        bearer = response.request.headers.get("authorization")
        if bearer is not None and response.is_success:
            accepted.add(bearer)

    return on_request, on_response


async def run_jobs(
    client: AsyncVolteras, jobs: Sequence[Job], concurrency: int, outcomes: Outcomes, unhandled: list[str]
) -> None:
    locks: dict[tuple[str, str], asyncio.Lock] = collections.defaultdict(asyncio.Lock)
    queue = iter(jobs)

    async def one(job: Job) -> None:
        CURRENT_JOB.set(job)  # each worker is its own task, so its own context
        if job.command in OTHER_KINDS:
            try:
                kind, detail = await run_other(client, job, locks)
            except VolterasError as exc:
                outcomes.record(job, "error", type(exc).__name__)
            except Exception as exc:
                unhandled.append(type(exc).__name__)
                outcomes.record(job, "unhandled", f"{type(exc).__name__}: {exc}")
            else:
                outcomes.record(job, kind, detail)
            return
        async with locks[job.vehicle_id, job.command]:
            try:
                execution = await send(client.commands, job)
                final = await client.commands.wait(
                    execution, wait_timeout=WAIT_TIMEOUT, poll_interval=POLL_INTERVAL
                )
            except VolterasError as exc:
                outcomes.record(job, "error", type(exc).__name__)
                return
            except Exception as exc:
                unhandled.append(type(exc).__name__)
                outcomes.record(job, "unhandled", f"{type(exc).__name__}: {exc}")
                return
        if final.status == CommandStatus.EXECUTED:
            outcomes.record(job, "executed", "")
        elif final.status == CommandStatus.FAILED and final.failed_reason:
            outcomes.record(job, "failed", str(final.failed_reason))
        else:
            outcomes.record(job, "bad-final", f"status {final.status!r} reason {final.failed_reason!r}")

    async def worker() -> None:
        for job in queue:  # bounded: the shared iterator runs out
            await one(job)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def run_other(
    client: AsyncVolteras, job: Job, locks: dict[tuple[str, str], asyncio.Lock]
) -> tuple[str, str]:
    """One job of the rest of the API: ("ok", kind), or ("bad" / "duplicate", what went wrong)."""
    if job.command == "walk":
        seen = [
            (vehicle.id, vehicle.make)
            async for vehicle in client.vehicles.list(
                filter=where("make") == job.make, page_size=WALK_PAGE_SIZE
            )
        ]
        ids = [vehicle_id for vehicle_id, _ in seen]
        if len(set(ids)) != len(ids):
            return "duplicate", f"a walk over {job.make} listed {len(ids) - len(set(ids))} vehicle(s) twice"
        if any(make != job.make for _, make in seen):
            return "bad", f"a walk over {job.make} listed another make"
        return "ok", job.command
    if job.command == "telemetry":
        telemetry = await client.vehicles.telemetry(job.vehicle_id)
        return (
            ("ok", job.command) if telemetry.id == job.vehicle_id else ("bad", "another vehicle's telemetry")
        )
    if job.command == "tag":
        key, value = job.tag
        async with locks["POST", "/v1/tags"]:
            await client.tags.add("DEVICE", job.vehicle_id, key=key, value=value)
        async with locks["DELETE", "/v1/tags"]:
            await client.tags.remove("DEVICE", job.vehicle_id, key=key, value=value)
        return "ok", job.command
    async with locks["POST", "/v1/vehicles/connect"]:
        group = await client.connections.create([{"vin": job.vin, "make": "TESLA", "countryCode": "DE"}])
    final = await client.connections.wait(group, wait_timeout=WAIT_TIMEOUT, poll_interval=POLL_INTERVAL)
    if final.status != "COMPLETED":
        return "bad", f"bulk connection ended {final.status}"
    return "ok", job.command


async def check_afterwards(
    client: AsyncVolteras, sim: Simulator, jobs: Sequence[Job], outcomes: Outcomes
) -> list[str]:
    """With faults off: tags removed are gone, and no VIN is in two connection groups."""
    problems: list[str] = []
    for job in jobs:
        if job.command == "tag" and outcomes.results.get(job.index) == ("ok", "tag"):
            listed = await client.tags.list("DEVICE", job.vehicle_id)
            if any((tag.key, tag.value) == job.tag for tag in listed.tags):
                problems.append(f"tag {job.tag} still on {job.vehicle_id} after it was removed")
    groups_per_vin: collections.Counter[str] = collections.Counter()
    for group_id in sim.connection_groups():
        groups_per_vin.update({str(result.vin) async for result in client.connections.results(group_id)})
    twice = sum(count - 1 for count in groups_per_vin.values() if count > 1)
    if twice:
        problems.append(f"{twice} duplicate connection group(s): one create made a second group")
    return problems


def count_duplicates(sim: Simulator, jobs: Sequence[Job]) -> int:
    wanted = collections.Counter(
        (job.vehicle_id, job.command.upper()) for job in jobs if job.command not in OTHER_KINDS
    )
    created = collections.Counter((record.vehicle_id, str(record.command)) for record in sim.executions)
    return sum(max(0, count - wanted[pair]) for pair, count in created.items())


def token_allowance(wall: float, lifetime: float, log: FaultLog) -> int:
    usable = lifetime - min(REFRESH_MARGIN, lifetime / 10)
    by_lifetime = 1 + math.floor(wall / usable) + 1
    return by_lifetime + log.fired(token=False, kind=ExpireToken) + log.fired(token=True)


async def soak(
    *,
    commands: int = DEFAULT_COMMANDS,
    others: int | None = None,
    vehicles: int = DEFAULT_VEHICLES,
    concurrency: int = DEFAULT_CONCURRENCY,
    fault_rate: float = DEFAULT_FAULT_RATE,
    seed: int = DEFAULT_SEED,
    token_lifetime: float = DEFAULT_TOKEN_LIFETIME,
    deadline: float = DEFAULT_DEADLINE,
) -> Report:
    """Run the soak and check it; the report's `violations` is empty when all is well."""
    other_jobs = commands // 5 if others is None else others
    return await _soak(
        commands, other_jobs, vehicles, concurrency, fault_rate, seed, token_lifetime, deadline
    )


async def _no_backoff(seconds: float) -> None:
    """The soaked client's sleep before a retry: none, so faults cost no wall time (the retries are real)."""
    await asyncio.sleep(0)


async def _soak(
    commands: int,
    others: int,
    vehicles: int,
    concurrency: int,
    fault_rate: float,
    seed: int,
    token_lifetime: float,
    deadline: float,
) -> Report:
    rng = random.Random(seed)
    sim = Simulator(token_lifetime=token_lifetime, processing_seconds=GROUP_PROCESSING)
    vehicle_ids = [f"veh_{n}" for n in range(vehicles)]
    for vehicle_id in vehicle_ids:
        outcome = rng.choice(FAIL_REASONS) if rng.random() < FAILING_SHARE else None
        sim.add_vehicle(vehicle_id, latency=round(rng.uniform(*LATENCY), 3), outcome=outcome)
    unhandled: list[str] = []
    log = FaultLog()
    violations: list[str] = []
    with sim.serve() as base_url:
        async with AsyncVolteras("demo-client", "demo-secret", base_url=base_url) as reader:
            makes = sorted({vehicle.make async for vehicle in reader.vehicles.list(page_size=100)})
        sim.reset_records()  # that reader's token is no part of the soak's count
        jobs = make_jobs(rng, commands, others, vehicle_ids, makes)
        outcomes = Outcomes(len(jobs))
        started = time.perf_counter()
        try:
            # the pool the SDK makes for itself, as most users run it (its own send path, pool
            # deadline and connection checks); the fault hook joins that httpx client's hooks
            async with AsyncVolteras(
                "demo-client",
                "demo-secret",
                base_url=base_url,
                timeout=httpx.Timeout(HTTP_TIMEOUT, read=READ_TIMEOUT),
            ) as client:
                on_request, on_response = fault_hooks(sim, random.Random(seed + 1), fault_rate, log)
                client._api.http.event_hooks["request"].append(on_request)
                client._api.http.event_hooks["response"].append(on_response)
                client._api.retry_sleep = _no_backoff
                async with asyncio.timeout(deadline):
                    await run_jobs(client, jobs, concurrency, outcomes, unhandled)
        except TimeoutError:
            violations.append(f"the soak did not finish within {deadline:.0f} s")
        sim.clear_faults()
        wall = time.perf_counter() - started
        token_requests = len(sim.token_requests)
        duplicates = count_duplicates(sim, jobs)
        async with AsyncVolteras("demo-client", "demo-secret", base_url=base_url) as checker:
            violations += await check_afterwards(checker, sim, jobs, outcomes)

    allowed = token_allowance(wall, token_lifetime, log)
    missing = len(jobs) - len(outcomes.results)
    bad_final = [detail for kind, detail in outcomes.results.values() if kind == "bad-final"]
    violations += [detail for kind, detail in outcomes.results.values() if kind in ("bad", "duplicate")]
    if missing:
        violations.append(f"{missing} job(s) ended without an outcome")
    if outcomes.double_records:
        violations.append(f"{outcomes.double_records} job(s) recorded more than one outcome")
    authentication_errors = sum(
        1 for kind, detail in outcomes.results.values() if (kind, detail) == ("error", "AuthenticationError")
    )
    if authentication_errors:
        violations.append(
            f"{authentication_errors} job(s) ended in AuthenticationError with valid credentials"
        )
    if unhandled:
        violations.append(f"{len(unhandled)} unhandled exception(s): {sorted(set(unhandled))}")
    if bad_final:
        violations.append(f"{len(bad_final)} final execution(s) neither EXECUTED nor FAILED with a reason")
    if duplicates:
        violations.append(f"{duplicates} duplicate execution(s)")
    resends = log.resends()
    if resends:
        violations.append(f"{resends} command POST(s) re-sent after the server had acted on one")
    if token_requests > allowed:
        violations.append(f"{token_requests} token requests, more than the {allowed} allowed")
    return Report(
        jobs=len(jobs),
        outcomes=outcomes,
        duplicates=duplicates,
        others=dict(collections.Counter(job.command for job in jobs if job.command in OTHER_KINDS)),
        resends=resends,
        unhandled=dict(collections.Counter(unhandled)),
        token_requests=token_requests,
        token_allowed=allowed,
        faults_queued=len(log.injections),
        faults_fired=log.fired(),
        wall=wall,
        violations=violations,
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    options: list[tuple[str, type, object, str]] = [
        ("--commands", int, DEFAULT_COMMANDS, "command jobs to run"),
        ("--others", int, None, "jobs over the rest of the API (default: a fifth of --commands)"),
        ("--vehicles", int, DEFAULT_VEHICLES, "simulated vehicles"),
        ("--concurrency", int, DEFAULT_CONCURRENCY, "worker tasks"),
        ("--fault-rate", float, DEFAULT_FAULT_RATE, "share of requests faulted"),
        ("--seed", int, DEFAULT_SEED, "random seed"),
        ("--token-lifetime", float, DEFAULT_TOKEN_LIFETIME, "simulator token lifetime, s"),
        ("--deadline", float, DEFAULT_DEADLINE, "give up after this many s"),
    ]
    for flag, kind, default, help_text in options:
        parser.add_argument(flag, type=kind, default=default, help=f"{help_text} (default {default})")
    args = parser.parse_args(argv)
    if args.others is not None and args.others < 0:
        parser.error("--others must be >= 0")
    if args.commands < 1 or args.vehicles < 1 or args.concurrency < 1:
        parser.error("--commands, --vehicles and --concurrency must be >= 1")
    if not 0.0 <= args.fault_rate <= 1.0:
        parser.error("--fault-rate must be between 0 and 1")
    if args.token_lifetime <= 0 or args.deadline <= 0:
        parser.error("--token-lifetime and --deadline must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    report = asyncio.run(
        soak(
            commands=args.commands,
            others=args.others,
            vehicles=args.vehicles,
            concurrency=args.concurrency,
            fault_rate=args.fault_rate,
            seed=args.seed,
            token_lifetime=args.token_lifetime,
            deadline=args.deadline,
        )
    )
    print(report.table())
    return 1 if report.violations else 0


if __name__ == "__main__":
    sys.exit(main())
