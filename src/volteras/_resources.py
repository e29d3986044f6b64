"""`client.commands` and `client.tokens`: the generated methods bound to the request loop."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from volteras_openapi.api.auth import test_token
from volteras_openapi.api.commands import CommandMethods
from volteras_openapi.api.executions import get_command_execution, list_command_executions
from volteras_openapi.models import CommandExecution, CommandExecutionPage, TokenInfo
from volteras_openapi.types import UNSET

from ._base import AsyncAPI, RawResponse, SyncAPI
from ._errors import VolterasError
from ._paging import AsyncPager, Page, SyncPager
from ._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Schedule,
    check_wait,
    is_finished,
    poll_ids,
    settle,
)

Filter = Mapping[str, Any] | str
Clock = Callable[[], float]


def _list_request(
    vehicle_id: str, filter: Filter | None, page_size: int | None, token: str | None
) -> dict[str, Any]:
    if page_size is not None and (
        isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1
    ):
        raise ValueError(f"page_size must be a positive int, not {page_size!r}")
    encoded = (
        filter if isinstance(filter, str) or filter is None else json.dumps(filter, separators=(",", ":"))
    )
    return list_command_executions._get_kwargs(
        vehicle_id,
        max_page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if token is None else token,
        filter_=UNSET if encoded is None else encoded,
    )


def _page(raw: RawResponse[CommandExecutionPage]) -> Page[CommandExecution]:
    body = raw.parse()
    return Page(body.results, body.next_page_token, body.total_results, raw.http_response)


class RawCommands(CommandMethods[RawResponse[CommandExecution]]):
    """Same methods as `Commands`, returning the HTTP response with a lazy `.parse()`."""

    def __init__(self, api: SyncAPI) -> None:
        self._api = api

    def _command(
        self, request: dict[str, Any], *, wait: bool, wait_timeout: float | None
    ) -> RawResponse[CommandExecution]:
        if wait:
            raise TypeError("wait=True needs parsed results; use client.commands, not with_raw_response")
        return self._api.call(request, CommandExecution)

    def get(self, vehicle_id: str, execution_id: str) -> RawResponse[CommandExecution]:
        return self._api.call(
            get_command_execution._get_kwargs(
                vehicle_id=vehicle_id, vehicle_command_execution_id=execution_id
            ),
            CommandExecution,
        )


class Commands(CommandMethods[CommandExecution]):
    """Send commands to vehicles and follow what becomes of them.

    >>> execution = client.commands.close_charge_port("veh_1", wait=True)
    >>> execution.status
    <CommandStatus.EXECUTED: 'EXECUTED'>
    """

    def __init__(
        self, api: SyncAPI, *, clock: Clock = time.monotonic, sleep: Callable[[float], None] = time.sleep
    ):
        self._api = api
        self._clock = clock
        self._sleep = sleep
        self.with_raw_response = RawCommands(api)

    def _command(
        self, request: dict[str, Any], *, wait: bool, wait_timeout: float | None
    ) -> CommandExecution:
        timeout = check_wait(DEFAULT_WAIT_TIMEOUT if wait_timeout is None else wait_timeout)
        execution = self._api.call(request, CommandExecution).parse()
        return self.wait(execution, timeout=timeout) if wait else execution

    def get(self, vehicle_id: str, execution_id: str) -> CommandExecution:
        """The execution as it stands now."""
        return self.with_raw_response.get(vehicle_id, execution_id).parse()

    def list(
        self, vehicle_id: str, *, filter: Filter | None = None, page_size: int | None = None
    ) -> SyncPager[CommandExecution]:
        """Every execution of a vehicle, fetched page by page as you iterate.

        >>> failed = {"field": "status", "operator": "==", "value": "FAILED"}
        >>> reasons = [e.failed_reason for e in client.commands.list("veh_1", filter=failed)]
        """
        _list_request(vehicle_id, filter, page_size, None)

        def fetch(token: str | None) -> Page[CommandExecution]:
            return _page(
                self._api.call(_list_request(vehicle_id, filter, page_size, token), CommandExecutionPage)
            )

        return SyncPager(fetch)

    def wait(
        self,
        execution: CommandExecution,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        raise_on_failure: bool = False,
    ) -> CommandExecution:
        """Poll until EXECUTED or FAILED and return the final execution.

        Raises CommandTimeoutError (carrying the last execution seen) after `timeout`
        seconds, and CommandFailedError on FAILED when `raise_on_failure` is set.
        """
        vehicle_id, execution_id = poll_ids(execution)
        schedule = Schedule(timeout, poll_interval, self._clock)
        while not is_finished(execution):
            self._sleep(schedule.next_sleep(execution))
            try:
                execution = self.get(vehicle_id, execution_id)
            except VolterasError as exc:
                exc.execution = execution  # the command exists: never let it look unsent
                raise
        return settle(execution, raise_on_failure)


class AsyncRawCommands(CommandMethods[Awaitable[RawResponse[CommandExecution]]]):
    """Same methods as `AsyncCommands`, returning the HTTP response with a lazy `.parse()`."""

    def __init__(self, api: AsyncAPI) -> None:
        self._api = api

    def _command(
        self, request: dict[str, Any], *, wait: bool, wait_timeout: float | None
    ) -> Awaitable[RawResponse[CommandExecution]]:
        if wait:
            raise TypeError("wait=True needs parsed results; use client.commands, not with_raw_response")
        return self._api.call(request, CommandExecution)

    def get(self, vehicle_id: str, execution_id: str) -> Awaitable[RawResponse[CommandExecution]]:
        return self._api.call(
            get_command_execution._get_kwargs(
                vehicle_id=vehicle_id, vehicle_command_execution_id=execution_id
            ),
            CommandExecution,
        )


class AsyncCommands(CommandMethods[Awaitable[CommandExecution]]):
    """The asyncio twin of `Commands`; every method is awaited."""

    def __init__(self, api: AsyncAPI, *, clock: Clock = time.monotonic) -> None:
        self._api = api
        self._clock = clock
        import asyncio  # here, not at the top: sync users should not pay for importing it

        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        self.with_raw_response = AsyncRawCommands(api)

    def _command(
        self, request: dict[str, Any], *, wait: bool, wait_timeout: float | None
    ) -> Awaitable[CommandExecution]:
        return self._send(request, wait, wait_timeout)

    async def _send(
        self, request: dict[str, Any], wait: bool, wait_timeout: float | None
    ) -> CommandExecution:
        timeout = check_wait(DEFAULT_WAIT_TIMEOUT if wait_timeout is None else wait_timeout)
        execution = (await self._api.call(request, CommandExecution)).parse()
        return await self.wait(execution, timeout=timeout) if wait else execution

    async def get(self, vehicle_id: str, execution_id: str) -> CommandExecution:
        """The execution as it stands now."""
        return (await self.with_raw_response.get(vehicle_id, execution_id)).parse()

    def list(
        self, vehicle_id: str, *, filter: Filter | None = None, page_size: int | None = None
    ) -> AsyncPager[CommandExecution]:
        """Every execution of a vehicle: `async for execution in client.commands.list(...)`."""
        _list_request(vehicle_id, filter, page_size, None)

        async def fetch(token: str | None) -> Page[CommandExecution]:
            request = _list_request(vehicle_id, filter, page_size, token)
            return _page(await self._api.call(request, CommandExecutionPage))

        return AsyncPager(fetch)

    async def wait(
        self,
        execution: CommandExecution,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        raise_on_failure: bool = False,
    ) -> CommandExecution:
        """Poll until EXECUTED or FAILED; see `Commands.wait`."""
        vehicle_id, execution_id = poll_ids(execution)
        schedule = Schedule(timeout, poll_interval, self._clock)
        while not is_finished(execution):
            await self._sleep(schedule.next_sleep(execution))
            try:
                execution = await self.get(vehicle_id, execution_id)
            except VolterasError as exc:
                exc.execution = execution  # the command exists: never let it look unsent
                raise
        return settle(execution, raise_on_failure)


class RawTokens:
    """`client.tokens.with_raw_response`: the same calls, returning the HTTP response."""

    def __init__(self, api: SyncAPI) -> None:
        self._api = api

    def test(self) -> RawResponse[TokenInfo]:
        return self._api.call(test_token._get_kwargs(), TokenInfo)


class Tokens:
    """`client.tokens.test()`: which client and organization the credentials belong to."""

    def __init__(self, api: SyncAPI) -> None:
        self.with_raw_response = RawTokens(api)

    def test(self) -> TokenInfo:
        return self.with_raw_response.test().parse()


class AsyncRawTokens:
    """`client.tokens.with_raw_response` of the async client."""

    def __init__(self, api: AsyncAPI) -> None:
        self._api = api

    def test(self) -> Awaitable[RawResponse[TokenInfo]]:
        return self._api.call(test_token._get_kwargs(), TokenInfo)


class AsyncTokens:
    """The asyncio twin of `Tokens`."""

    def __init__(self, api: AsyncAPI) -> None:
        self.with_raw_response = AsyncRawTokens(api)

    async def test(self) -> TokenInfo:
        return (await self.with_raw_response.test()).parse()
