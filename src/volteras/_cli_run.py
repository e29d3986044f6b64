"""Running one `volteras` sub-command on a client: the call, its output, and waiting for a command.

A command's execution is recorded on the `Output` as soon as the API names it, so every way the
run can end (an error while waiting, Ctrl-C, SIGTERM) still names the command it created.
"""

from __future__ import annotations

import argparse
import itertools
import time
from typing import Any, Final

from . import _cli_format as fmt
from ._cli_output import EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, Output, Usage
from ._client import Volteras
from ._errors import VolterasError
from ._generated.models import CommandExecution, CommandStatus
from ._generated.types import Method
from ._waiting import is_finished, poll_ids

DEFAULT_WAIT: Final = 300.0
_FIRST_POLL: Final = 0.2
_MAX_POLL: Final = 2.0
_TICK: Final = 0.1


def call(client: Volteras, args: argparse.Namespace) -> Any:
    """Call the method; an argument it refuses before sending anything is a usage error."""
    method: Method = args.method
    bound = getattr(getattr(client, method.resource), method.name)
    kwargs = {argument.name: getattr(args, argument.name) for argument in method.arguments}
    kwargs = {name: value for name, value in kwargs.items() if value is not None}
    try:
        return bound(**kwargs)
    except (ValueError, TypeError) as exc:
        if client._auth.token_requests:  # every request goes after a token: something was sent
            raise
        raise Usage(f"volteras {args.group} {args.action}: {exc}") from None


def run(client: Volteras, args: argparse.Namespace, output: Output) -> int:
    method: Method = args.method
    if method.kind == "command":
        return _run_command(client, args, output)
    result = call(client, args)
    if method.kind == "list":
        items = list(itertools.islice(result, args.limit)) if args.limit else list(result)
        if output.json:
            output.document([fmt.as_json(item) for item in items])
        elif items:
            output.line(fmt.table(items))
        else:
            output.line("(none)")
        return EXIT_OK
    if output.json:
        output.document(fmt.as_json(result))
    elif result is None:
        output.line("ok")
    elif isinstance(result, list):
        output.line(fmt.table(result) if result else "(none)")
    else:
        for line in fmt.fields(result):
            output.line(line)
    return EXIT_OK


def _run_command(client: Volteras, args: argparse.Namespace, output: Output) -> int:
    output.sending = f"{args.action} to vehicle {args.vehicle_id}"
    execution: CommandExecution = call(client, args)
    output.created = execution
    if not args.wait:
        return output.execution(execution)
    if not output.json:
        output.line(fmt.execution_line(execution))
    final = _wait(client, execution, args.timeout or DEFAULT_WAIT, output)
    if final is None:
        return EXIT_TIMEOUT
    if output.json:
        return output.execution(final)
    if final.status == CommandStatus.FAILED:
        output.line(fmt.execution_line(final))
        for line in fmt.failure_lines(final):
            output.line(line)
        return EXIT_FAILED
    output.line(fmt.execution_line(final))
    return EXIT_OK


def _wait(
    client: Volteras, execution: CommandExecution, timeout: float, output: Output
) -> CommandExecution | None:
    """Poll until EXECUTED or FAILED; None (after reporting) when `timeout` passes first."""
    live = not output.json and output.out.isatty()
    start = time.monotonic()
    deadline = start + timeout
    interval = _FIRST_POLL
    next_poll = start + interval
    vehicle_id, execution_id = poll_ids(execution)
    while not is_finished(execution):
        now = time.monotonic()
        if live:
            output.out.write(f"\r\x1b[K{fmt.text(execution.status)} {now - start:.1f}s")
            output.out.flush()
        if now >= deadline:
            if live:
                output.out.write("\r\x1b[K")
            _report_timeout(execution, timeout, output)
            return None
        if now >= next_poll:
            try:
                execution = client.commands.get(vehicle_id, execution_id)
            except VolterasError as exc:
                exc.execution = execution  # the command exists: report it with the error
                raise
            interval = min(interval * 1.5, _MAX_POLL)
            next_poll = time.monotonic() + interval
            continue
        time.sleep(max(0.0, min(_TICK if live else next_poll - now, next_poll - now, deadline - now)))
    if live:
        output.out.write("\r\x1b[K")
    return execution


def _report_timeout(execution: CommandExecution, timeout: float, output: Output) -> None:
    message = (
        f"gave up after {timeout:g}s: command {fmt.text(execution.id)} "
        f"on vehicle {fmt.text(execution.vehicle_id)} is still {fmt.text(execution.status)}"
    )
    if output.json:
        document = fmt.error_dict("WAIT_TIMEOUT", message)
        document["execution"] = execution.to_dict()
        output.document(document)
    else:
        output.note(f"error: {message}")
