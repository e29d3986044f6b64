"""Running one `volteras` sub-command on a client: the call, its output, and waiting for a command.

A command's execution is recorded on the `Output` as soon as the API names it, so every way the
run can end (an error while waiting, Ctrl-C, SIGTERM) still names the command it created. The
wait is the SDK's own `commands.wait` (one schedule for every wait), on the client's clock, so a
simulator-backed client on a `ManualClock` waits without sleeping; its `on_poll` hook draws the
live status line.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Callable
from typing import Any

import httpx

from . import _cli_format as fmt
from ._cli_output import EXIT_OK, EXIT_TIMEOUT, Output, Usage
from ._client import Volteras
from ._errors import CommandTimeoutError
from ._generated.models import CommandExecution
from ._generated.types import Method
from ._retry import is_token_request
from ._waiting import DEFAULT_WAIT_TIMEOUT


def call(client: Volteras, args: argparse.Namespace, on_sent: Callable[[], object] | None = None) -> Any:
    """Call the method; an argument it refuses before sending anything is a usage error.

    Whether anything was sent is seen on the wire (an httpx request hook), not guessed from the
    exception: after a request went out, a ValueError is a bug to report, never "usage error".
    The auth flow's token request does not count: it creates nothing, so a refused token (401,
    a wrong base URL's 404) must not be reported as a command that "may exist". `on_sent` runs
    when the call's own request goes out.
    """
    method: Method = args.method
    bound = getattr(getattr(client, method.resource), method.name)
    kwargs = {argument.name: getattr(args, argument.name) for argument in method.arguments}
    kwargs = {name: value for name, value in kwargs.items() if value is not None}
    sent: list[httpx.Request] = []

    def seen(request: httpx.Request) -> None:
        if not is_token_request(request):
            sent.append(request)
            if on_sent is not None:
                on_sent()

    http = client._http
    hooks = http.event_hooks
    http.event_hooks = {**hooks, "request": [*hooks.get("request", []), seen]}
    try:
        return bound(**kwargs)
    except (ValueError, TypeError) as exc:
        if sent:
            raise
        raise Usage(f"volteras {args.group} {args.action}: {exc}") from None
    finally:
        http.event_hooks = hooks


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
    sending = f"{args.action} to vehicle {args.vehicle_id}"
    execution: CommandExecution = call(client, args, on_sent=lambda: setattr(output, "sending", sending))
    output.created = execution
    if not args.wait:
        return output.execution(execution)
    if not output.json:
        output.line(fmt.execution_line(execution))
    wait_timeout = DEFAULT_WAIT_TIMEOUT if args.wait_timeout is None else args.wait_timeout
    try:
        final = _wait(client, execution, wait_timeout, output)
    except CommandTimeoutError as exc:
        _report_timeout(exc.execution, wait_timeout, output)
        return EXIT_TIMEOUT
    if not output.json:
        output.line(fmt.execution_line(final))
    return output.execution(final, shown=True)


def _wait(
    client: Volteras, execution: CommandExecution, wait_timeout: float, output: Output
) -> CommandExecution:
    """`commands.wait`, with a live status line on a terminal (`STATUS 12.5s`), cleared at the end."""
    if output.json or not output.out.isatty():
        return client.commands.wait(execution, wait_timeout=wait_timeout)
    clock = client._api.clock
    start = clock()

    def show(polled: CommandExecution) -> None:
        output.out.write(f"\r\x1b[K{fmt.text(polled.status)} {clock() - start:.1f}s")
        output.out.flush()

    show(execution)
    try:
        return client.commands.wait(execution, wait_timeout=wait_timeout, on_poll=show)
    finally:
        output.out.write("\r\x1b[K")
        output.out.flush()


def _report_timeout(execution: CommandExecution, wait_timeout: float, output: Output) -> None:
    message = (
        f"gave up after {wait_timeout:g}s: command {fmt.text(execution.id)} "
        f"on vehicle {fmt.text(execution.vehicle_id)} is still {fmt.text(execution.status)}"
    )
    if output.json:
        document = fmt.error_dict("WAIT_TIMEOUT", message)
        document["execution"] = execution.to_dict()
        output.document(document)
    else:
        output.note(f"error: {message}")
