"""The public face of the simulator: configuration, records, faults, and shells.

One :class:`Simulator` can be reached three ways at once, all answering from
the same state: a real HTTP server on loopback (:meth:`Simulator.serve`), a
sync httpx transport and an async one (no sockets). Every request goes through
two steps, :meth:`Simulator._receive` (record it, pick a fault) and
:meth:`Simulator._answer` (act and build the reply), so a shell can wait in
between for a ``Delay`` fault without holding the lock.
"""

from __future__ import annotations

import contextlib
import re
import sys
import threading
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._generated.operations import OPERATIONS
from ._clock import Clock, WallClock
from ._enums import ErrorCode
from ._errors import HandlerDrift
from ._faults import Delay, ExpireToken, Fault, FaultQueue, Injection
from ._fleet import build_fleet
from ._records import Records
from ._setters import VehicleSetters
from ._settings import (
    DEFAULT_MAX_RECORDS,
    clock_arg,
    count,
    optional_text,
    optional_texts,
    positive_seconds,
    scope_set,
    seconds,
    text,
    texts,
)
from ._settings import count as _count
from ._state import State
from ._tokens import ALL_SCOPE, Client
from ._webhooks import WebhookSender
from ._wire import RecordedRequest, Reply, envelope, json_reply, recorded

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._client import AsyncVolteras, Volteras
    from .._command_updates import CommandUpdates

TOKEN_PATH = next(op.path for op in OPERATIONS.values() if op.kind == "token")
DEFAULT_SCOPES: tuple[str, ...] = (ALL_SCOPE.value,)


@dataclass(frozen=True)
class _Pending:
    request: RecordedRequest
    fault: Fault | None
    delay: float


class Simulator(Records, WebhookSender, VehicleSetters):
    """A local, faithful stand-in for the Volteras Connect API.

    State is guarded by one lock, so any number of threads, servers and
    transports may share a simulator. Refresh tokens stay valid after use
    (the API does not document rotation); access tokens expire after
    ``token_lifetime`` seconds of the simulator's clock.

    The SDK client for it is one call away (:meth:`client`, :meth:`async_client`), and the
    bare wire format through :meth:`transport` or :meth:`serve`:

    >>> sim = Simulator(clock=ManualClock())
    >>> sim.add_vehicle("veh_1")
    >>> with sim.client() as client:
    ...     client.commands.lock_doors("veh_1").status
    <CommandStatus.PENDING: 'PENDING'>
    >>> import httpx
    >>> with httpx.Client(transport=sim.transport(), base_url="http://simulator.invalid") as http:
    ...     http.post("/v1/oauth2/token", data={"grant_type": "client_credentials"},
    ...               auth=("demo-client", "demo-secret")).status_code
    200
    """

    def __init__(
        self,
        *,
        client_id: str = "demo-client",
        client_secret: str = "demo-secret",  # noqa: S107 (the documented demo secret)
        scopes: Iterable[str] = DEFAULT_SCOPES,
        token_lifetime: float = 3600,
        clock: Clock | None = None,
        server_timeout: float = 300.0,
        organization_id: str = "org_demo",
        seed: int | None = None,
        fleet_size: int = 20,
        command_budget: int = 10_000,
        budget_window: float = 3600.0,
        processing_seconds: float = 5.0,
        page_token_lifetime: float = 600.0,
        max_records: int = DEFAULT_MAX_RECORDS,
    ) -> None:
        for name, value in (
            ("token_lifetime", token_lifetime),
            ("server_timeout", server_timeout),
            ("budget_window", budget_window),
            ("page_token_lifetime", page_token_lifetime),
        ):
            positive_seconds(name, value)
        seconds("processing_seconds", processing_seconds)
        texts(client_id=client_id, client_secret=client_secret, organization_id=organization_id)
        clock = clock_arg(clock)
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise TypeError(f"seed must be an int or None, not {type(seed).__name__}")
        count("command_budget", command_budget)
        count("fleet_size", fleet_size)
        self._max_records = count("max_records", max_records, minimum=1)
        self._clock: Clock = WallClock() if clock is None else clock
        self._demo_credentials = (client_id, client_secret)
        self._lock = threading.RLock()
        self._state = State(
            clock=self._clock,
            server_timeout=server_timeout,
            token_lifetime=token_lifetime,
            organization_id=organization_id,
            seed=seed,
            page_token_lifetime=page_token_lifetime,
            command_budget=command_budget,
            budget_window=budget_window,
            processing_seconds=processing_seconds,
        )
        self._faults = FaultQueue()
        self._requests: deque[RecordedRequest] = deque(maxlen=max_records)
        self._token_requests: deque[RecordedRequest] = deque(maxlen=max_records)
        self._init_webhooks(max_records)
        self.add_client(client_id, client_secret, scopes=scopes)
        if seed is None:
            self._state.add_account(self._state.org(), "demo@example.com", "acc_demo")
        else:
            build_fleet(self._state, seed, fleet_size)

    # ---- configuration -------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        """The clock every status, expiry and timestamp is computed from."""
        return self._clock

    def add_client(
        self,
        client_id: str,
        client_secret: str,
        *,
        scopes: Iterable[str] = DEFAULT_SCOPES,
        organization_id: str | None = None,
    ) -> None:
        """Register (or replace) API credentials, e.g. a client without the commands scope.

        ``vehicle:all`` grants every ``vehicle:*`` scope. A client of another
        ``organization_id`` sees only that organisation's vehicles, accounts and tags.
        """
        granted = scope_set("scopes", scopes)
        texts(client_id=client_id, client_secret=client_secret)
        with self._lock:
            organization = optional_text("organization_id", organization_id) or self._state.organization_id
            self._state.clients[client_id] = Client(client_id, client_secret, granted, organization)

    def add_account(
        self,
        account_id: str,
        *,
        username: str | None = None,
        consent: Iterable[str] = DEFAULT_SCOPES,
        organization_id: str | None = None,
    ) -> None:
        """Add an OEM account (or change what its owner consented to).

        ``consent`` is the scopes the owner granted in the consent flow; ``vehicle:all``
        grants every ``vehicle:*`` scope. Without ``vehicle:information`` the API leaves
        ``vin`` and ``registrationPlate`` out of the account's vehicles. Connect a vehicle
        through the account with ``add_vehicle(..., account_id=...)``.
        """
        text("account_id", account_id)
        optional_texts(username=username, organization_id=organization_id)
        granted = scope_set("consent", consent)
        with self._lock:
            org = self._state.org(organization_id)
            self._state.add_account(org, username or f"{account_id}@example.com", account_id, granted)

    def add_vehicle(
        self,
        vehicle_id: str,
        *,
        latency: float | None = 1.0,
        outcome: str | None = None,
        make: str | None = None,
        vin: str | None = None,
        account_id: str | None = None,
        organization_id: str | None = None,
    ) -> None:
        """Connect (or reconfigure) a vehicle.

        ``latency`` is the seconds a command stays PENDING (``None``: never
        answers, so commands hit the server timeout). ``outcome`` ``None``
        means commands execute; any text (a ``FailedReason`` code or a plain
        sentence) makes them FAILED with that ``failedReason``. Executions
        already created keep the configuration they were created with. The
        vehicle's make, model, VIN, telemetry and histories are drawn from its
        id (``make`` and ``vin`` override), so they are the same on every run.
        ``account_id`` names the account (see :meth:`add_account`) it is
        connected through; by default the organisation's first.
        """
        text("vehicle_id", vehicle_id)
        if latency is not None:
            seconds("latency", latency)  # None: never answers
        optional_texts(
            outcome=outcome, make=make, vin=vin, account_id=account_id, organization_id=organization_id
        )
        with self._lock:
            org = self._state.org(organization_id)
            if account_id is not None and account_id not in org.accounts:
                raise ValueError(f"no account {account_id!r}: add it first with add_account")
            details: dict[str, object] = {"latency": latency, "outcome": outcome}
            if vehicle_id not in org.vehicles:
                details.update(make=make, vin=vin)
                if account_id is not None:
                    details["account_id"] = account_id
            self._state.add_vehicle(org, vehicle_id, **details)

    def script_vin(self, vin: str, error_code: str, *, organization_id: str | None = None) -> None:
        """Make a bulk connection of ``vin`` fail with ``error_code`` (e.g.
        ``OEM_VEHICLE_NOT_COMPATIBLE``) and its eligibility check come back INELIGIBLE."""
        texts(vin=vin, error_code=error_code)
        optional_text("organization_id", organization_id)
        with self._lock:
            self._state.org(organization_id).vin_outcomes[vin] = error_code

    def generic_operations(self) -> list[str]:
        """The operationIds of the spec answered from their schema alone (no stateful handler yet).

        Their answers carry ``x-volteras-simulated: generic``; everything else is the twin's.
        """
        return self._state.generic_operations()

    def vehicle_ids(self, organization_id: str | None = None) -> list[str]:
        """The ids of the organisation's connected vehicles, oldest first."""
        with self._lock:
            return list(self._state.org(organization_id).vehicles)

    def inject(
        self,
        fault: Fault,
        *,
        path: str | re.Pattern[str] | None = None,
        method: str | None = None,
        count: int = 1,
    ) -> Injection:
        """Queue ``fault`` for the next ``count`` matching requests.

        ``path`` is an exact path (decoded or raw), a regex that must match the
        whole decoded path, or ``None`` for any path. Faults fire in the order
        they were queued; a request takes at most one.

        >>> from volteras.testing import ServerFault
        >>> Simulator().inject(ServerFault(503), path=r"/v1/vehicles/.*", method="POST").remaining
        1
        """
        if not isinstance(fault, Fault):
            raise TypeError(
                f"fault must be a volteras.testing Fault (e.g. ServerFault(503)), not {type(fault).__name__}"
            )
        if path is not None and not isinstance(path, str | re.Pattern):
            raise TypeError(f"path must be a str, a compiled regex or None, not {type(path).__name__}")
        optional_text("method", method)
        injection = Injection(fault, path=path, method=method, remaining=_count("count", count, minimum=1))
        with self._lock:
            self._faults.add(injection)
        return injection

    def clear_faults(self) -> None:
        """Forget every fault not yet used."""
        with self._lock:
            self._faults.clear()

    def expire_page_tokens(self) -> None:
        """Make every page token issued so far unknown (QUERY_PAGE_TOKEN_EXPIRED)."""
        with self._lock:
            self._state.expire_page_tokens()

    # ---- shells --------------------------------------------------------------------

    def client(
        self,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        command_updates: CommandUpdates | None = None,
    ) -> Volteras:
        """A `Volteras` talking to this simulator in-process, on its clock, with its demo credentials.

        Its base URL is ``http://simulator.invalid``: nothing leaves the process. On a
        :class:`ManualClock`, waits and retry backoffs advance the clock instead of sleeping, so
        ``commands.wait(execution, wait_timeout=300)`` on a vehicle that never answers raises
        ``CommandTimeoutError`` at once, the same on every run. ``command_updates`` is the
        client's `volteras.CommandUpdates`, as in ``Volteras(command_updates=...)``.

        >>> sim = Simulator(clock=ManualClock())
        >>> sim.add_vehicle("veh_1", latency=2.0)
        >>> with sim.client() as client:
        ...     client.commands.close_charge_port("veh_1", wait=True).status
        <CommandStatus.EXECUTED: 'EXECUTED'>
        """
        from ._clients import sync_client

        client_id, client_secret = self._demo_credentials
        client = sync_client(self, client_id, client_secret, timeout, max_retries, default_headers)
        client._api.command_updates = command_updates
        return client

    def async_client(
        self,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        command_updates: CommandUpdates | None = None,
    ) -> AsyncVolteras:
        """The `AsyncVolteras` twin of :meth:`client`; on a ManualClock its waits advance the clock."""
        from ._clients import async_client

        client_id, client_secret = self._demo_credentials
        client = async_client(self, client_id, client_secret, timeout, max_retries, default_headers)
        client._api.command_updates = command_updates
        return client

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport that answers in-process, without sockets."""
        from ._transport import SimulatorTransport

        return SimulatorTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The async twin of :meth:`transport`."""
        from ._transport import AsyncSimulatorTransport

        return AsyncSimulatorTransport(self)

    @contextlib.contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False) -> Iterator[str]:
        """Run a threaded HTTP server on loopback; yields its base URL.

        >>> import httpx
        >>> with Simulator().serve() as base_url:
        ...     httpx.post(f"{base_url}/v1/oauth2/test-token").status_code
        401
        """
        from ._server import running_server

        with running_server(self, host, port, verbose=verbose) as base_url, self._webhook_worker():
            yield base_url

    def _receive(self, request: RecordedRequest) -> _Pending:
        record = recorded(request)
        with self._lock:
            self._requests.append(record)
            if request.path == TOKEN_PATH:
                self._token_requests.append(record)
            fault = self._faults.take(request)
        delay = fault.seconds if isinstance(fault, Delay) and fault.resolved_stage == "before" else 0.0
        return _Pending(request, fault, delay)

    def _answer(self, pending: _Pending) -> Reply:
        request, fault = pending.request, pending.fault
        try:
            with self._lock:
                if fault is None:
                    return self._state.handle(request)
                handled = None
                if fault.resolved_stage == "after" or isinstance(fault, Delay):
                    handled = self._state.handle(request)
                if isinstance(fault, ExpireToken):
                    self._state.revoke_presented_token(request)
                return fault.respond(request.request_id, self._clock.now(), handled)
        except Exception as exc:  # a bug in the simulator must still answer like a server
            traceback.print_exc(file=sys.stderr)
            said = f"Simulator error: {exc}" if isinstance(exc, HandlerDrift) else "Simulator error."
            body = envelope(ErrorCode.SERVER_ERROR, said, request.request_id, self._clock.now())
            return json_reply(500, body, request.request_id)
