"""The simulated API's world: organisations, clients, tokens, executions, and time.

:class:`State` answers one :class:`~._wire.RecordedRequest` at a time through the router; the caller
(the simulator) serialises calls with its lock and decides about faults, so the threaded server and
the in-process transports behave identically.

Time-driven changes (a command finishing, a charge completing, a bulk group completing) wait in one
queue and are applied in time order by :meth:`State.settle`, before and after each request. Every
change a webhook could report passes through :meth:`State.emit`, the single place to hook event
delivery into.
"""

from __future__ import annotations

import heapq
import hmac
import itertools
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from .._generated import webhooks as events
from .._generated.models import (
    CommandUpdated,
    DeviceTelemetry,
    DeviceTypeEnum,
    OEMAccount,
    RateLimit,
    RateLimitDomain,
    RateLimitKey,
    RateLimitUpdated,
    ScopeEnum,
    TelemetryMetricType,
    Vehicle,
    VehicleChargeStateEnum,
)
from ._bulk import Group
from ._clock import Clock
from ._dispatch import Dispatcher
from ._effects import apply_command
from ._enums import CommandStatus, ErrorCode, FailedReason
from ._errors import SimulatedError, not_found
from ._executions import Execution, ExecutionRecord, in_progress_details
from ._fleet import ChargingSession, VehicleRecord
from ._paging import PageTokens
from ._tokens import ALL_SCOPE, Client, Token, bearer
from ._wire import RecordedRequest, Reply

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
RATE_LIMIT_KEY = RateLimitKey.BMW_ENERGY_API_COMMANDS
INFORMATION_SCOPE: Final = ScopeEnum.VEHICLEINFORMATION


@dataclass
class Account:
    """An OEM account, connected through the consent flow; ``consent`` holds the scopes its owner
    granted there, which decide what the API may tell about the account's vehicles."""

    id: str
    username: str
    seq: int
    consent: frozenset[str] = frozenset({ALL_SCOPE})

    def grants(self, scope: str) -> bool:
        return scope in self.consent or ALL_SCOPE in self.consent

    def to_model(self) -> OEMAccount:
        return OEMAccount(id=self.id, username=self.username)


@dataclass
class Org:
    """One organisation's share of the world."""

    id: str
    vehicles: dict[str, VehicleRecord] = field(default_factory=dict)
    accounts: dict[str, Account] = field(default_factory=dict)
    tags: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    vin_outcomes: dict[str, str] = field(default_factory=dict)
    seq: itertools.count[int] = field(default_factory=itertools.count)

    def vehicle(self, vehicle_id: str) -> VehicleRecord:
        vehicle = self.vehicles.get(vehicle_id)
        if vehicle is None:
            raise not_found("Vehicle", vehicle_id)
        return vehicle

    def vehicle_by_vin(self, vin: str) -> VehicleRecord | None:
        return next((v for v in self.vehicles.values() if v.vin == vin), None)

    def vehicle_model(self, vehicle: VehicleRecord) -> Vehicle:
        """The vehicle as the API shows it: without the vehicle:information consent of its
        account, its VIN and registration plate are left out."""
        account = None if vehicle.account_id is None else self.accounts.get(vehicle.account_id)
        return vehicle.to_model(informed=account is None or account.grants(INFORMATION_SCOPE))


@dataclass
class State:
    """Everything the simulated API knows; not thread-safe on its own."""

    clock: Clock
    server_timeout: float
    token_lifetime: float
    organization_id: str
    seed: int | None = None
    page_token_lifetime: float = 600.0
    command_budget: int = 10_000
    budget_window: float = 3600.0
    processing_seconds: float = 5.0
    clients: dict[str, Client] = field(default_factory=dict)
    orgs: dict[str, Org] = field(default_factory=dict)
    page_tokens: PageTokens = field(init=False)
    _tokens: dict[str, Token] = field(default_factory=dict)
    _refresh_tokens: dict[str, str] = field(default_factory=dict)
    _executions: list[Execution] = field(default_factory=list)
    _by_vehicle: dict[str, list[Execution]] = field(default_factory=dict)
    _by_id: dict[str, Execution] = field(default_factory=dict)
    _queue: list[tuple[datetime, int, str, str]] = field(default_factory=list)
    _order: itertools.count[int] = field(default_factory=itertools.count)
    _dispatcher: Dispatcher = field(init=False)
    on_event: Callable[[str, Any], None] = field(default=lambda event_type, payload: None)
    """Where `emit` sends each change; the simulator points it at its webhook outbox."""

    def __post_init__(self) -> None:
        self.page_tokens = PageTokens(self.page_token_lifetime)
        self._dispatcher = Dispatcher(self)

    # ---- the hook for webhooks -----------------------------------------------------

    def emit(self, event_type: str, payload: Any) -> None:
        """Every change a webhook reports passes here, as the event's model (``_generated.webhooks``)."""
        self.on_event(event_type, payload)

    def emit_device(self, event_type: str, vehicle_id: str) -> None:
        model = events.EVENT_MODELS[event_type]  # DeviceConnected or DeviceDisconnected
        self.emit(event_type, model(id=vehicle_id, device_type=DeviceTypeEnum.VEHICLE))

    # ---- organisations and vehicles ------------------------------------------------

    def org(self, organization_id: str | None = None) -> Org:
        key = organization_id or self.organization_id
        org = self.orgs.get(key)
        if org is None:
            org = self.orgs[key] = Org(key)
        return org

    def add_account(
        self, org: Org, username: str, account_id: str | None = None, consent: frozenset[str] | None = None
    ) -> Account:
        account_id = account_id or f"acc_{secrets.token_hex(6)}"
        account = org.accounts.get(account_id)
        if account is None:
            account = org.accounts[account_id] = Account(account_id, username, next(org.seq))
        if consent is not None:
            account.consent = consent
        return account

    def add_vehicle(self, org: Org, vehicle_id: str, **details: Any) -> VehicleRecord:
        """Connect a vehicle to ``org``: a new record, or an existing one reconfigured."""
        now = self.clock.now()
        latency = details.pop("latency", 1.0)
        outcome = details.pop("outcome", None)
        vehicle = org.vehicles.get(vehicle_id)
        if vehicle is None:
            if "account_id" not in details:
                details["account_id"] = next(iter(org.accounts), None)
            vehicle = VehicleRecord.build(vehicle_id, seq=next(org.seq), seed=self.seed, now=now, **details)
            org.vehicles[vehicle_id] = vehicle
            self.emit_device(events.DEVICE_CONNECTED, vehicle_id)
        vehicle.latency, vehicle.outcome = latency, outcome
        return vehicle

    def remove_vehicle(self, org: Org, vehicle_id: str) -> None:
        org.vehicles.pop(vehicle_id, None)
        org.tags.pop(vehicle_id, None)
        self.emit_device(events.DEVICE_DISCONNECTED, vehicle_id)

    # ---- time ----------------------------------------------------------------------

    def schedule(self, at: datetime, kind: str, key: str) -> None:
        heapq.heappush(self._queue, (at, next(self._order), kind, key))

    def settle(self, now: datetime) -> None:
        """Apply, in time order, every change due by ``now``."""
        while self._queue and self._queue[0][0] <= now:
            at, _, kind, key = heapq.heappop(self._queue)
            if kind == "execution":
                self._finish_execution(self._by_id[key], at)
            elif kind == "charge":
                org_id, _, vehicle_id = key.partition("\n")
                vehicle = self.org(org_id).vehicles.get(vehicle_id)
                done = None if vehicle is None else vehicle.telemetry.charge_complete_at()
                if vehicle is not None and done is not None and done <= at:
                    self.end_charge(vehicle, done, VehicleChargeStateEnum.COMPLETE)
            elif kind == "group":
                self._complete_group(key, at)

    def schedule_charge(self, org: Org, vehicle: VehicleRecord) -> None:
        done = vehicle.telemetry.charge_complete_at()
        if done is not None:
            self.schedule(done, "charge", f"{org.id}\n{vehicle.id}")

    def end_charge(self, vehicle: VehicleRecord, at: datetime, final_state: VehicleChargeStateEnum) -> None:
        ended = vehicle.telemetry.stop_charging(at, final_state)
        if ended is None:
            return
        started, start_soc, end_soc = ended
        t = vehicle.telemetry
        vehicle.sessions.append(
            ChargingSession(
                id=f"chs_{secrets.token_hex(8)}",
                seq=len(vehicle.sessions),
                started_at=started,
                ended_at=at,
                start_soc=start_soc,
                end_soc=end_soc,
                capacity_kwh=t.capacity_kwh,
                latitude=t.latitude,
                longitude=t.longitude,
                kw_median=t.charger_kw,
            )
        )
        self.telemetry_changed(vehicle, TelemetryMetricType.CHARGING_STATE, at)

    def telemetry_changed(self, vehicle: VehicleRecord, metric: TelemetryMetricType, at: datetime) -> None:
        vehicle.last_seen_at = at
        self.emit(
            events.DEVICE_TELEMETRY, DeviceTelemetry(metric_type=metric, vehicle=vehicle.id, timestamp=at)
        )

    # ---- commands ------------------------------------------------------------------

    def execution_records(self) -> list[ExecutionRecord]:
        now = self.clock.now()
        return [execution.view(now) for execution in self._executions]

    def executions_of(self, vehicle_id: str) -> list[Execution]:
        return self._by_vehicle.get(vehicle_id, [])

    def execution(self, execution_id: str) -> Execution | None:
        return self._by_id.get(execution_id)

    def rate_limit(self, vehicle: VehicleRecord, now: datetime) -> RateLimit:
        """The vehicle's command budget in the current window (the window rolls over here)."""
        window = timedelta(seconds=self.budget_window)
        start = _EPOCH + window * ((now - _EPOCH) // window)
        if vehicle.window_start != start:
            vehicle.window_start, vehicle.window_used = start, 0
        budget = self.command_budget if vehicle.command_budget is None else vehicle.command_budget
        return RateLimit(
            remaining_requests=max(0, budget - vehicle.window_used),
            max_requests=budget,
            domain=RateLimitDomain.VEHICLE,
            window_size_seconds=round(self.budget_window),
            object_id=vehicle.id,
            key=RATE_LIMIT_KEY,
        )

    def budget_changed(self, vehicle: VehicleRecord, now: datetime) -> None:
        spent = self.rate_limit(vehicle, now)
        self.emit(
            events.RATE_LIMIT_UPDATED,
            RateLimitUpdated(
                remaining_requests=spent.remaining_requests,
                max_requests=spent.max_requests,
                domain=spent.domain,
                window_size_seconds=spent.window_size_seconds,
                object_id=spent.object_id,
                key=spent.key,
            ),
        )

    def create_execution(
        self,
        org: Org,
        vehicle: VehicleRecord,
        command: str,
        arguments: Mapping[str, Any] | None,
        now: datetime,
    ) -> Execution:
        for earlier in self.executions_of(vehicle.id):
            pending = earlier.view(now)
            if earlier.command == command and pending.status is CommandStatus.PENDING:
                raise SimulatedError(
                    ErrorCode.COMMAND_ALREADY_IN_PROGRESS,
                    f"A {command} command is already pending for this vehicle.",
                    data=in_progress_details(pending.to_model().to_dict()),
                )
        outcome = vehicle.outcome
        if self.rate_limit(vehicle, now).remaining_requests == 0:
            outcome = FailedReason.INTERNAL_RATE_LIMITED.value
        else:
            vehicle.window_used += 1
            self.budget_changed(vehicle, now)
        execution = Execution(
            seq=len(self._executions),
            id="cmd_" + secrets.token_hex(12),
            vehicle_id=vehicle.id,
            command=command,
            arguments=arguments,
            created_at=now,
            latency=vehicle.latency,
            outcome=outcome,
            server_timeout=self.server_timeout,
        )
        self._executions.append(execution)
        self._by_vehicle.setdefault(vehicle.id, []).append(execution)
        self._by_id[execution.id] = execution  # command.updated waits for the status to change
        self.schedule(execution.finishes_at(), "execution", execution.id)
        return execution

    def _command_updated(self, execution: Execution, at: datetime) -> None:
        view = execution.view(at).to_model()
        self.emit(
            events.COMMAND_UPDATED,
            CommandUpdated(
                id=view.id,
                device_type=DeviceTypeEnum.VEHICLE,
                device_id=view.vehicle_id,
                command=view.command,
                status=view.status,
                failed_reason=view.failed_reason,
            ),
        )

    def _finish_execution(self, execution: Execution, at: datetime) -> None:
        self._command_updated(execution, at)
        if execution.view(at).status is not CommandStatus.EXECUTED:
            return
        for org in self.orgs.values():
            vehicle = org.vehicles.get(execution.vehicle_id)
            if vehicle is not None:
                apply_command(self, org, vehicle, execution, at)

    # ---- bulk connection -----------------------------------------------------------

    def add_group(self, group: Group) -> None:
        self.org(group.organization_id).groups[group.id] = group
        self.schedule(group.completes_at, "group", f"{group.organization_id}\n{group.id}")

    def _complete_group(self, key: str, at: datetime) -> None:
        org_id, _, group_id = key.partition("\n")
        org = self.org(org_id)
        group = org.groups[group_id]
        for entry in group.connect:
            if entry.error is not None or entry.vehicle_id is None:
                continue
            request = entry.request
            vehicle = self.add_vehicle(
                org,
                entry.vehicle_id,
                make=str(request.make),
                model=request.model,
                vin=request.vin,
                year=request.model_year,
                plate=request.registration_plate,
            )
            for tag in request.tags or ():
                pair = (tag.key, tag.value)
                if pair not in org.tags.setdefault(vehicle.id, []):
                    org.tags[vehicle.id].append(pair)

    # ---- dispatch ------------------------------------------------------------------

    def revoke_presented_token(self, request: RecordedRequest) -> None:
        token = bearer(request)
        if token is not None and token in self._tokens:
            self._tokens[token].revoked = True

    def expire_page_tokens(self) -> None:
        self.page_tokens.expire_all()

    def authenticate(self, request: RecordedRequest) -> Client:
        token = bearer(request)
        if token is None:
            raise SimulatedError(ErrorCode.AUTHENTICATION_ERROR, "Missing bearer token.")
        record = self._tokens.get(token)
        if record is None or record.revoked or record.client_id not in self.clients:
            raise SimulatedError(ErrorCode.AUTHENTICATION_ERROR, "Invalid access token.")
        if self.clock.now() >= record.expires_at:
            raise SimulatedError(ErrorCode.AUTHENTICATION_ERROR, "The access token has expired.")
        return self.clients[record.client_id]

    def check_secret(self, client_id: str, secret: str) -> Client | None:
        client = self.clients.get(client_id)
        if client is None or not hmac.compare_digest(client.client_secret.encode(), secret.encode()):
            return None
        return client

    def handle(self, request: RecordedRequest) -> Reply:
        """Answer one request."""
        return self._dispatcher.handle(request)

    def generic_operations(self) -> list[str]:
        """The operationIds answered from their schema, without a stateful handler."""
        return self._dispatcher.generic_operations()
