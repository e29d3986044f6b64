"""What every generated resource stands on: calls, pagers, command waiting, argument coercion.

The resource classes themselves (`volteras._generated.resources.*`) are generated from the spec's
`x-volteras` mappings; each of their methods is one line that hands an `Operation`, the request
and a response parser to the bases here. So everything that is not "which operation, which
arguments" lives in this one hand-written module, shared by every operation.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, Unpack

from ._arguments import as_datetime, as_model, as_models, as_str, check_page_size, group_id_to_wait_for
from ._base import AsyncAPI, RawResponse, RequestOptions, SyncAPI, check_options
from ._deprecation import old_keywords
from ._errors import BulkConnectionTimeoutError, CommandTimeoutError
from ._fanout_commands import AsyncFanOutCommands, SyncFanOutCommands
from ._filter_fields import check_listing_filter
from ._filters import FilterArg, encode_filter
from ._generated.types import Operation
from ._paging import AsyncPager, Page, SyncPager, describe_request, page_from_model
from ._parsing import Parser, list_parser, model_parser, no_content
from ._polling import Schedule, Watch, arun, run
from ._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    check_wait,
    group_is_final,
    is_finished,
    poll_ids,
    settle,
)

if TYPE_CHECKING:
    from ._generated.models import BulkConnectStatusResponse, BulkConnectVehicleResponse, CommandExecution

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
    "as_str",
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


def _first_request(request: RequestFor, parser: Parser[Any], options: RequestOptions) -> dict[str, Any]:
    """A listing's first request: bad arguments and options are refused now, not at the first page."""
    check_options(options)
    first = request(None)
    check_listing_filter(first, parser)
    return first


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
        first = _first_request(request, parser, options)

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
        first = _first_request(request, parser, options)

        async def fetch(cursor: str | int | None) -> Page[Any]:
            return page_from_model(await self._api.call(operation, request(cursor), parser, options))

        return AsyncPager(fetch, paging, describe_request(operation.method, first))


def _wait_timeout(wait_timeout: float | None) -> float:
    # The default needs no check (it is the module's own constant); each command asks for it.
    return float(DEFAULT_WAIT_TIMEOUT) if wait_timeout is None else check_wait(wait_timeout)


_OLD_WAIT_NAMES: Final = {"timeout": "wait_timeout"}
"""`wait(timeout=)`, the budget's name before `timeout` meant the HTTP timeout everywhere; kept for
one release, with a DeprecationWarning."""
_COMMAND: Final[Watch[CommandExecution]] = Watch(is_finished, CommandTimeoutError, carried=True)
_GROUP: Final[Watch[BulkConnectStatusResponse]] = Watch(group_is_final, BulkConnectionTimeoutError)


def _schedule(
    api: SyncAPI | AsyncAPI,
    watch: Watch[T],
    wait_timeout: float,
    poll_interval: float,
    on_poll: Callable[[T], object] | None,
    execution_id: str | None = None,
) -> Schedule[T]:
    hub = api.command_updates  # its command.updated webhooks end a command's wait
    return Schedule(
        watch,
        wait_timeout=wait_timeout,
        poll_interval=poll_interval,
        clock=api.clock,
        call_deadline=api.call_deadline(),
        on_poll=on_poll,
        wake=None if hub is None or execution_id is None else hub._waiter(execution_id),
    )


class SyncCommandsBase(SyncFanOutCommands, SyncResource):
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
        budget = _wait_timeout(wait_timeout)  # a bad wait is refused before anything is sent
        execution = send().parse()
        return self.wait(execution, wait_timeout=budget) if wait else execution

    @old_keywords(_OLD_WAIT_NAMES, "commands.wait")
    def wait(
        self,
        execution: CommandExecution,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        raise_on_failure: bool = False,
        on_poll: Callable[[CommandExecution], object] | None = None,
    ) -> CommandExecution:
        """Poll until the execution is final and return it: a status the spec marks final, or one
        it does not know (returned as it came).

        Raises CommandTimeoutError (carrying the last execution seen) after `wait_timeout`
        seconds, and CommandFailedError on FAILED when `raise_on_failure` is set. `on_poll` is
        called with each execution polled, to show progress. (`timeout=` is the old, deprecated
        name of `wait_timeout`: `timeout` is the HTTP timeout everywhere else.)

        >>> client.commands.wait(execution, wait_timeout=120, on_poll=lambda e: print(e.status))
        """
        budget = check_wait(wait_timeout, poll_interval)
        vehicle_id, execution_id = poll_ids(execution)
        schedule = _schedule(self._api, _COMMAND, budget, poll_interval, on_poll, execution_id)
        final = run(
            schedule.steps(execution),
            lambda deadline: self.get(vehicle_id, execution_id, deadline=deadline),
            self._api.sleep,
        )
        return settle(final, raise_on_failure)


class AsyncCommandsBase(AsyncFanOutCommands, AsyncResource):
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
        budget = _wait_timeout(wait_timeout)
        execution = (await send()).parse()
        return await self.wait(execution, wait_timeout=budget) if wait else execution

    @old_keywords(_OLD_WAIT_NAMES, "commands.wait")
    async def wait(
        self,
        execution: CommandExecution,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        raise_on_failure: bool = False,
        on_poll: Callable[[CommandExecution], object] | None = None,
    ) -> CommandExecution:
        """Poll until the execution is final; see `Commands.wait`."""
        budget = check_wait(wait_timeout, poll_interval)
        vehicle_id, execution_id = poll_ids(execution)
        schedule = _schedule(self._api, _COMMAND, budget, poll_interval, on_poll, execution_id)
        final = await arun(
            schedule.steps(execution),
            lambda deadline: self.get(vehicle_id, execution_id, deadline=deadline),
            self._api.sleep,
        )
        return settle(final, raise_on_failure)


class SyncConnectionsBase(SyncResource):
    """`client.connections`: a bulk connection is a job; `wait` follows it until it is final."""

    def get(self, group_id: str, **options: Unpack[RequestOptions]) -> BulkConnectStatusResponse:
        raise NotImplementedError  # generated from the spec

    @old_keywords(_OLD_WAIT_NAMES, "connections.wait")
    def wait(
        self,
        group: Group | str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_poll: Callable[[BulkConnectStatusResponse], object] | None = None,
    ) -> BulkConnectStatusResponse:
        """Poll the group until it is final (a status the spec marks so, or one it does not know);
        BulkConnectionTimeoutError after `wait_timeout` seconds.

        `on_poll` is called with each status polled. (`timeout=` is the old, deprecated name of
        `wait_timeout`.)

        >>> group = client.connections.create([{"vin": VIN, "make": "VOLKSWAGEN", "countryCode": "DE"}])
        >>> client.connections.wait(group).status
        <VehicleInputGroupStatusEnum.COMPLETED: 'COMPLETED'>
        """
        budget = check_wait(wait_timeout, poll_interval)
        group_id = group_id_to_wait_for(group)
        schedule = _schedule(self._api, _GROUP, budget, poll_interval, on_poll)
        return run(
            schedule.steps(None), lambda deadline: self.get(group_id, deadline=deadline), self._api.sleep
        )


class AsyncConnectionsBase(AsyncResource):
    """The asyncio twin of SyncConnectionsBase."""

    async def get(self, group_id: str, **options: Unpack[RequestOptions]) -> BulkConnectStatusResponse:
        raise NotImplementedError  # generated from the spec

    @old_keywords(_OLD_WAIT_NAMES, "connections.wait")
    async def wait(
        self,
        group: Group | str,
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_poll: Callable[[BulkConnectStatusResponse], object] | None = None,
    ) -> BulkConnectStatusResponse:
        """Poll the group until its status is final; see `Connections.wait`."""
        budget = check_wait(wait_timeout, poll_interval)
        group_id = group_id_to_wait_for(group)
        schedule = _schedule(self._api, _GROUP, budget, poll_interval, on_poll)
        return await arun(
            schedule.steps(None), lambda deadline: self.get(group_id, deadline=deadline), self._api.sleep
        )
