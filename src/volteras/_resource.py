"""What every generated resource stands on: calls, pagers, command waiting, argument coercion.

The resource classes themselves (`volteras._generated.resources.*`) are generated from the spec's
`x-volteras` mappings; each of their methods is one line that hands an `Operation`, the request
and a response parser to the bases here. So everything that is not "which operation, which
arguments" lives in this one hand-written module, shared by every operation.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack

from ._arguments import as_datetime, as_model, as_models, check_page_size
from ._base import AsyncAPI, RawResponse, RequestOptions, SyncAPI, check_options
from ._errors import BulkConnectionTimeoutError, VolterasError
from ._fanout import (
    DEFAULT_CONCURRENCY,
    SENDS_MANY,
    CommandOutcome,
    check_fan_out,
    outcome_of,
    outcome_of_error,
)
from ._filter_fields import check_listing_filter
from ._filters import FilterArg, encode_filter
from ._generated.types import Operation
from ._paging import AsyncPager, Page, SyncPager, describe_request, page_from_model
from ._parsing import Parser, list_parser, model_parser, no_content
from ._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Schedule,
    check_wait,
    group_is_final,
    is_finished,
    poll_ids,
    poll_timed_out,
    settle,
)

if TYPE_CHECKING:
    from ._generated.models import (
        BulkConnectStatusResponse,
        BulkConnectVehicleResponse,
        CommandExecution,
    )

    Group = BulkConnectVehicleResponse | BulkConnectStatusResponse

M = TypeVar("M")
T = TypeVar("T")
Paging = Literal["cursor", "page_number"]
RequestFor = Callable[[Any], dict[str, Any]]

__all__ = [
    "AsyncAPI",
    "AsyncCalls",
    "AsyncCommandsBase",
    "AsyncConnectionsBase",
    "AsyncPager",
    "AsyncResource",
    "FilterArg",
    "RawResponse",
    "RequestOptions",
    "SyncAPI",
    "SyncCalls",
    "SyncCommandsBase",
    "SyncConnectionsBase",
    "SyncPager",
    "SyncResource",
    "as_datetime",
    "as_model",
    "as_models",
    "check_page_size",
    "encode_filter",
    "list_parser",
    "model_parser",
    "no_content",
]


# --------------------------------------------------------------------------- bases


class SyncCalls:
    """Sends one operation through the client's request loop."""

    def __init__(self, api: SyncAPI) -> None:
        self._api = api

    def _call(
        self, operation: Operation, request: dict[str, Any], parser: Parser[M], options: RequestOptions
    ) -> RawResponse[M]:
        if operation.kind == "list":
            check_listing_filter(request, parser)
        return self._api.call(operation, request, parser, options)


class SyncResource(SyncCalls):
    """A parsed resource: lists answer pagers."""

    def _pager(
        self,
        operation: Operation,
        request: RequestFor,
        parser: Parser[Any],
        options: RequestOptions,
        paging: Paging,
    ) -> SyncPager[Any]:
        first = request(None)  # refuse bad arguments now, not at the first iteration
        check_listing_filter(first, parser)

        def fetch(cursor: str | int | None) -> Page[Any]:
            return page_from_model(self._api.call(operation, request(cursor), parser, options))

        return SyncPager(fetch, paging, describe_request(operation.method, first))


class AsyncCalls:
    """The asyncio twin of SyncCalls."""

    def __init__(self, api: AsyncAPI) -> None:
        self._api = api

    def _call(
        self, operation: Operation, request: dict[str, Any], parser: Parser[M], options: RequestOptions
    ) -> Awaitable[RawResponse[M]]:
        if operation.kind == "list":
            check_listing_filter(request, parser)
        return self._api.call(operation, request, parser, options)


class AsyncResource(AsyncCalls):
    """The asyncio twin of SyncResource."""

    def _pager(
        self,
        operation: Operation,
        request: RequestFor,
        parser: Parser[Any],
        options: RequestOptions,
        paging: Paging,
    ) -> AsyncPager[Any]:
        first = request(None)
        check_listing_filter(first, parser)

        async def fetch(cursor: str | int | None) -> Page[Any]:
            return page_from_model(await self._api.call(operation, request(cursor), parser, options))

        return AsyncPager(fetch, paging, describe_request(operation.method, first))


def _wait_timeout(wait_timeout: float | None) -> float:
    return check_wait(DEFAULT_WAIT_TIMEOUT if wait_timeout is None else wait_timeout)


class SyncCommandsBase(SyncResource):
    """`client.commands`: commands answer at once with PENDING; `wait` follows them to the end.

    >>> execution = client.commands.close_charge_port("veh_1", wait=True)
    >>> execution.status
    <CommandStatus.EXECUTED: 'EXECUTED'>
    """

    def get(self, vehicle_id: str, execution_id: str, **options: Unpack[RequestOptions]) -> CommandExecution:
        raise NotImplementedError  # generated from the spec

    def _command(
        self, send: Callable[[], RawResponse[CommandExecution]], wait: bool, wait_timeout: float | None
    ) -> CommandExecution:
        timeout = _wait_timeout(wait_timeout)  # a bad wait is refused before anything is sent
        execution = send().parse()
        return self.wait(execution, timeout=timeout) if wait else execution

    def wait(
        self,
        execution: CommandExecution,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        raise_on_failure: bool = False,
    ) -> CommandExecution:
        """Poll until the execution is final and return it: EXECUTED, FAILED, or a status the spec
        does not know (returned as it came).

        Raises CommandTimeoutError (carrying the last execution seen) after `timeout`
        seconds, and CommandFailedError on FAILED when `raise_on_failure` is set.
        """
        vehicle_id, execution_id = poll_ids(execution)
        schedule = Schedule(timeout, poll_interval, self._api.clock)
        while not is_finished(execution):
            self._api.sleep(schedule.next_sleep(execution))
            deadline, waits = schedule.poll_deadline(self._api.call_deadline())
            try:
                execution = self.get(vehicle_id, execution_id, deadline=deadline)
            except VolterasError as exc:
                exc.execution = execution  # the command exists: never let it look unsent
                timed_out = poll_timed_out(exc, execution, schedule, waits)
                if timed_out is None:
                    raise
                raise timed_out from exc
        return settle(execution, raise_on_failure)

    def send_many(
        self,
        command: str,
        vehicle_ids: Iterable[str],
        *,
        arguments: Mapping[str, Any] | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[CommandOutcome]:
        """Send `command` (a method name, e.g. "close_charge_port") to every vehicle, `concurrency` at once.

        Returns one `CommandOutcome` per vehicle, in the order given; one vehicle's failure, refusal
        or timeout is its outcome, never an exception. An unknown command, a bad argument or a bad
        `concurrency` raises before anything is sent.

        >>> outcomes = client.commands.send_many("close_charge_port", ["veh_1", "veh_2"], wait=True)
        >>> [o.outcome for o in outcomes]
        ['executed', 'failed']
        """
        ids, kwargs = check_fan_out(command, vehicle_ids, concurrency, arguments)
        check_options(options)
        _wait_timeout(wait_timeout)
        send: Callable[..., CommandExecution] = getattr(self, command)

        def one(vehicle_id: str) -> CommandOutcome:
            try:
                execution = send(vehicle_id, **kwargs, wait=wait, wait_timeout=wait_timeout, **options)
            except SENDS_MANY as exc:
                return outcome_of_error(vehicle_id, exc)
            return outcome_of(vehicle_id, execution)

        if len(ids) <= 1 or concurrency == 1:
            return [one(vehicle_id) for vehicle_id in ids]
        from concurrent.futures import ThreadPoolExecutor  # here: most programs never fan out

        with ThreadPoolExecutor(min(concurrency, len(ids)), thread_name_prefix="volteras-send-many") as pool:
            return list(pool.map(one, ids))


class AsyncCommandsBase(AsyncResource):
    """The asyncio twin of SyncCommandsBase."""

    async def get(
        self, vehicle_id: str, execution_id: str, **options: Unpack[RequestOptions]
    ) -> CommandExecution:
        raise NotImplementedError  # generated from the spec

    async def _command(
        self,
        send: Callable[[], Awaitable[RawResponse[CommandExecution]]],
        wait: bool,
        wait_timeout: float | None,
    ) -> CommandExecution:
        timeout = _wait_timeout(wait_timeout)
        execution = (await send()).parse()
        return await self.wait(execution, timeout=timeout) if wait else execution

    async def wait(
        self,
        execution: CommandExecution,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        raise_on_failure: bool = False,
    ) -> CommandExecution:
        """Poll until the execution is final; see `Commands.wait`."""
        vehicle_id, execution_id = poll_ids(execution)
        schedule = Schedule(timeout, poll_interval, self._api.clock)
        while not is_finished(execution):
            await self._api.sleep(schedule.next_sleep(execution))
            deadline, waits = schedule.poll_deadline(self._api.call_deadline())
            try:
                execution = await self.get(vehicle_id, execution_id, deadline=deadline)
            except VolterasError as exc:
                exc.execution = execution  # the command exists: never let it look unsent
                timed_out = poll_timed_out(exc, execution, schedule, waits)
                if timed_out is None:
                    raise
                raise timed_out from exc
        return settle(execution, raise_on_failure)

    async def send_many(
        self,
        command: str,
        vehicle_ids: Iterable[str],
        *,
        arguments: Mapping[str, Any] | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[CommandOutcome]:
        """Send `command` to every vehicle, at most `concurrency` at once; see `Commands.send_many`."""
        import asyncio  # here, not at the top: sync users should not pay for importing it

        ids, kwargs = check_fan_out(command, vehicle_ids, concurrency, arguments)
        check_options(options)
        _wait_timeout(wait_timeout)
        send: Callable[..., Awaitable[CommandExecution]] = getattr(self, command)
        slots = asyncio.Semaphore(concurrency)

        async def one(vehicle_id: str) -> CommandOutcome:
            async with slots:
                try:
                    execution = await send(
                        vehicle_id, **kwargs, wait=wait, wait_timeout=wait_timeout, **options
                    )
                except SENDS_MANY as exc:
                    return outcome_of_error(vehicle_id, exc)
            return outcome_of(vehicle_id, execution)

        return list(await asyncio.gather(*(one(vehicle_id) for vehicle_id in ids)))


class SyncConnectionsBase(SyncResource):
    """`client.connections`: a bulk connection is a job; `wait` follows it until it is final."""

    def get(self, group_id: str, **options: Unpack[RequestOptions]) -> BulkConnectStatusResponse:
        raise NotImplementedError  # generated from the spec

    def wait(
        self,
        group: Group | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> BulkConnectStatusResponse:
        """Poll the group until it is final (COMPLETED, FAILED, or a status the spec does not know);
        BulkConnectionTimeoutError after `timeout` seconds.

        >>> group = client.connections.create([{"vin": VIN, "make": "VOLKSWAGEN", "countryCode": "DE"}])
        >>> client.connections.wait(group).status
        <VehicleInputGroupStatusEnum.COMPLETED: 'COMPLETED'>
        """
        group_id = group if isinstance(group, str) else group.id
        schedule = Schedule(timeout, poll_interval, self._api.clock)
        status = self.get(group_id)
        while not group_is_final(status):
            self._api.sleep(schedule.next_sleep(status, BulkConnectionTimeoutError))
            deadline, waits = schedule.poll_deadline(self._api.call_deadline())
            try:
                status = self.get(group_id, deadline=deadline)
            except VolterasError as exc:
                timed_out = poll_timed_out(exc, status, schedule, waits, BulkConnectionTimeoutError)
                if timed_out is None:
                    raise
                raise timed_out from exc
        return status


class AsyncConnectionsBase(AsyncResource):
    """The asyncio twin of SyncConnectionsBase."""

    async def get(self, group_id: str, **options: Unpack[RequestOptions]) -> BulkConnectStatusResponse:
        raise NotImplementedError  # generated from the spec

    async def wait(
        self,
        group: Group | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> BulkConnectStatusResponse:
        """Poll the group until it is final; see `Connections.wait`."""
        group_id = group if isinstance(group, str) else group.id
        schedule = Schedule(timeout, poll_interval, self._api.clock)
        status = await self.get(group_id)
        while not group_is_final(status):
            await self._api.sleep(schedule.next_sleep(status, BulkConnectionTimeoutError))
            deadline, waits = schedule.poll_deadline(self._api.call_deadline())
            try:
                status = await self.get(group_id, deadline=deadline)
            except VolterasError as exc:
                timed_out = poll_timed_out(exc, status, schedule, waits, BulkConnectionTimeoutError)
                if timed_out is None:
                    raise
                raise timed_out from exc
        return status
