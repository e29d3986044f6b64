"""`client.commands.stream_many` and `send_many`: the fan-out methods of the commands resource.

Mixed into `_resource.SyncCommandsBase` / `AsyncCommandsBase`; the engine (`_fanout_sync`,
`_fanout_async`) is imported when a fan-out starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from ._base import RequestOptions
from ._fanout import DEFAULT_CONCURRENCY, CommandOutcome, Step
from ._waiting import DEFAULT_POLL_INTERVAL

if TYPE_CHECKING:
    from ._fanout_async import AsyncCommandStream
    from ._fanout_sync import CommandStream
    from ._generated.resources import CommandName

    Steps = CommandName | Step | Sequence[CommandName | Step]


class SyncFanOutCommands:
    """`stream_many` and `send_many` of `client.commands`."""

    def stream_many(
        self,
        steps: Steps,
        vehicle_ids: Iterable[str],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        wait: bool = True,
        wait_timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        check_budget: bool = False,
        **options: Unpack[RequestOptions],
    ) -> CommandStream:
        """Send a sequence of commands to every vehicle, `concurrency` vehicles at once; iterate the
        outcomes as each vehicle finishes.

        `steps` is one command, by name ("lock_doors") or as a `Step` with its arguments, or a
        list of `Step`s (a list that mixes names and Steps is a list of objects to mypy). Each
        vehicle advances on its own: its next step is sent once its last one is EXECUTED, and a
        step that fails, times out or errors ends its sequence only. `wait=False` leaves the
        last step unwaited. `check_budget=True` first reads each vehicle's rate limits and skips
        ("skipped") those with fewer requests left than steps. A 429 slows the whole
        fan-out; Ctrl-C stops it at once with `FanOutInterrupted`, whose `outcomes` report every
        execution created. Bad steps or arguments (checked against the spec) raise before
        anything is sent; `.collect()` gives the outcomes in the order of `vehicle_ids`.

        >>> steps = [Step("set_charge_limit", limit=80), Step("start_charging")]
        >>> for outcome in client.commands.stream_many(steps, ["veh_1", "veh_2"], wait_timeout=120):
        ...     print(outcome.vehicle_id, outcome.outcome, outcome.failed_reason)
        """
        from ._fanout_sync import CommandStream
        from ._steps import plan

        runs = plan(
            steps,
            vehicle_ids,
            concurrency=concurrency,
            wait=wait,
            wait_timeout=wait_timeout,
            poll_interval=poll_interval,
            check_budget=check_budget,
            options=options,
        )
        # self: the generated Commands derives from this class
        return CommandStream(self, runs)  # type: ignore[arg-type]

    def send_many(
        self,
        command: CommandName,
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
        `concurrency` raises before anything is sent. `stream_many` sends sequences and streams.

        >>> outcomes = client.commands.send_many("close_charge_port", ["veh_1", "veh_2"], wait=True)
        >>> [o.outcome for o in outcomes]
        ['executed', 'failed']
        """
        from ._steps import check_step

        step = check_step(command, _arguments(arguments))
        return self.stream_many(
            step, vehicle_ids, concurrency=concurrency, wait=wait, wait_timeout=wait_timeout, **options
        ).collect()


class AsyncFanOutCommands:
    """The asyncio twin of SyncFanOutCommands."""

    def stream_many(
        self,
        steps: Steps,
        vehicle_ids: Iterable[str],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        wait: bool = True,
        wait_timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        check_budget: bool = False,
        **options: Unpack[RequestOptions],
    ) -> AsyncCommandStream:
        """`async for` the outcomes of a sequence sent to every vehicle; see `Commands.stream_many`.

        Cancelling the iterating task stops every vehicle at once; the stream's `finished` then
        holds an outcome for each, with every execution already created.

        >>> steps = [Step("set_charge_limit", limit=80), Step("start_charging")]
        >>> async for outcome in client.commands.stream_many(steps, ["veh_1", "veh_2"]):
        ...     print(outcome.vehicle_id, outcome.outcome)
        """
        from ._fanout_async import AsyncCommandStream
        from ._steps import plan

        runs = plan(
            steps,
            vehicle_ids,
            concurrency=concurrency,
            wait=wait,
            wait_timeout=wait_timeout,
            poll_interval=poll_interval,
            check_budget=check_budget,
            options=options,
        )
        # self: the generated AsyncCommands derives from this class
        return AsyncCommandStream(self, runs)  # type: ignore[arg-type]

    async def send_many(
        self,
        command: CommandName,
        vehicle_ids: Iterable[str],
        *,
        arguments: Mapping[str, Any] | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        wait: bool = False,
        wait_timeout: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[CommandOutcome]:
        """Send `command` to every vehicle, at most `concurrency` at once; see `Commands.send_many`."""
        from ._steps import check_step

        step = check_step(command, _arguments(arguments))
        stream = self.stream_many(
            step, vehicle_ids, concurrency=concurrency, wait=wait, wait_timeout=wait_timeout, **options
        )
        return await stream.collect()


def _arguments(arguments: Mapping[str, Any] | None) -> Mapping[str, Any]:
    if arguments is not None and not isinstance(arguments, Mapping):
        raise TypeError(
            f"arguments must be a dict of the command's arguments, not {type(arguments).__name__}"
        )
    return arguments or {}
