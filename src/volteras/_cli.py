"""The `volteras` command line: one sub-command per command endpoint, built from the generated API.

Exit codes: 0 executed (or the read succeeded), 1 the command FAILED, 2 usage error,
3 API or connection error, 4 timed out waiting.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import itertools
import json
import logging
import sys
import time
import typing
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, TextIO

from volteras_openapi.api.commands import CommandMethods
from volteras_openapi.models import CommandExecution, CommandStatus

from . import _cli_format as fmt
from ._client import Volteras
from ._errors import APIConnectionError, APIError, ResponseValidationError, VolterasError

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_API: Final = 3
EXIT_TIMEOUT: Final = 4

DEFAULT_WAIT: Final = 300.0
_FIRST_POLL: Final = 0.2
_MAX_POLL: Final = 2.0
_TICK: Final = 0.1
_TERMINAL: Final = frozenset({CommandStatus.EXECUTED, CommandStatus.FAILED})
_SKIPPED_PARAMS: Final = frozenset({"self", "vehicle_id", "wait", "wait_timeout"})
_OPTION_TYPES: Final[dict[Any, Callable[[str], Any]]] = {int: int, float: float, str: str}

_ENV_HELP = """\
credentials come only from the environment:
  VOLTERAS_CLIENT_ID, VOLTERAS_CLIENT_SECRET (required)
  VOLTERAS_BASE_URL, VOLTERAS_ENVIRONMENT (optional)

exit codes: 0 executed/ok, 1 command failed, 2 usage error, 3 API or connection error, 4 timed out
"""


class _Usage(Exception):
    """A usage problem found after parsing (credentials, base URL): exit 2."""


# ---- discovering the command endpoints -------------------------------------------------


class CommandSpec(typing.NamedTuple):
    """One command endpoint as the CLI sees it."""

    method: str
    name: str
    summary: str
    description: str
    body: list[tuple[str, Callable[[str], Any]]]


def command_specs() -> list[CommandSpec]:
    """Every public method of the generated `CommandMethods`, with its body parameters."""
    specs = []
    for method_name, function in inspect.getmembers(CommandMethods, inspect.isfunction):
        if method_name.startswith("_"):
            continue
        hints = typing.get_type_hints(function)
        body = []
        for param in inspect.signature(function).parameters.values():
            if param.name in _SKIPPED_PARAMS or param.kind is not param.POSITIONAL_OR_KEYWORD:
                continue
            body.append((param.name, _OPTION_TYPES.get(hints.get(param.name), str)))
        doc = inspect.getdoc(function) or method_name
        specs.append(CommandSpec(method_name, method_name.replace("_", "-"), doc.splitlines()[0], doc, body))
    return specs


# ---- the parser ---------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    flag_default: Any = argparse.SUPPRESS if suppress else False
    parser.add_argument(
        "--sandbox",
        action="store_true",
        default=flag_default,
        help="use the sandbox environment instead of production",
    )
    parser.add_argument(
        "--base-url", metavar="URL", default=default, help="the API's address (overrides all)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=flag_default,
        help="print exactly one JSON document on stdout",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=flag_default,
        help="log every HTTP exchange to stderr (credentials never appear)",
    )


def _sub(group: Any, name: str, *, help: str, description: str, epilog: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(
        name,
        help=help,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_options(parser, suppress=True)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="volteras",
        description="Send remote commands to vehicles through the Volteras Connect API.",
        epilog="example:\n  volteras commands close-charge-port veh_1 --wait\n\n" + _ENV_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_options(parser, suppress=False)
    top = parser.add_subparsers(dest="group", metavar="{commands,token}", required=True)

    commands = _sub(
        top,
        "commands",
        help="send commands and read their executions",
        description="Send a command to a vehicle, or read the executions of earlier ones.",
        epilog="examples:\n  volteras commands lock-doors veh_1 --wait\n"
        "  volteras commands set-charge-limit veh_1 --limit 80 --wait\n"
        "  volteras commands list veh_1 --limit 10\n",
    )
    actions = commands.add_subparsers(dest="action", metavar="ACTION", required=True)
    for spec in command_specs():
        options = " ".join(f"--{name.replace('_', '-')} {_example(kind)}" for name, kind in spec.body)
        example = f"volteras commands {spec.name} veh_1 {options}".rstrip()
        sub = _sub(
            actions,
            spec.name,
            help=spec.summary,
            description=spec.description,
            epilog=f"example:\n  {example} --wait\n  {example} --json\n",
        )
        sub.add_argument("vehicle_id", metavar="VEHICLE_ID")
        for name, kind in spec.body:
            sub.add_argument(
                f"--{name.replace('_', '-')}",
                dest=name,
                type=kind,
                required=True,
                metavar=kind.__name__.upper() if isinstance(kind, type) else "VALUE",
            )
        sub.add_argument("--wait", action="store_true", help="wait until the command EXECUTED or FAILED")
        sub.add_argument(
            "--timeout",
            type=_positive_float,
            default=DEFAULT_WAIT,
            metavar="SECONDS",
            help=f"give up waiting after this long (default {DEFAULT_WAIT:g}); exit 4",
        )
        sub.set_defaults(run=_run_command, spec=spec)

    get = _sub(
        actions,
        "get",
        help="show one execution",
        description="Show one command execution as it stands now.",
        epilog="example:\n  volteras commands get veh_1 cmd_123\n",
    )
    get.add_argument("vehicle_id", metavar="VEHICLE_ID")
    get.add_argument("execution_id", metavar="EXECUTION_ID")
    get.set_defaults(run=_run_get)

    listing = _sub(
        actions,
        "list",
        help="list a vehicle's executions",
        description="List a vehicle's command executions, newest first as the API returns them.",
        epilog="examples:\n  volteras commands list veh_1 --limit 20\n"
        """  volteras commands list veh_1 --filter '{"field":"status","operator":"==","value":"FAILED"}'\n""",
    )
    listing.add_argument("vehicle_id", metavar="VEHICLE_ID")
    listing.add_argument("--filter", metavar="JSON", help="a filter expression, as JSON")
    listing.add_argument("--limit", type=_positive_int, metavar="N", help="print at most N executions")
    listing.set_defaults(run=_run_list)

    token = _sub(
        top,
        "token",
        help="check the credentials",
        description="Check the credentials in the environment.",
        epilog="example:\n  volteras token test\n",
    )
    token_actions = token.add_subparsers(dest="action", metavar="ACTION", required=True)
    test = _sub(
        token_actions,
        "test",
        help="get a token and show who it belongs to",
        description="Get an access token and show the client and organization it belongs to.",
        epilog="example:\n  volteras token test --json\n",
    )
    test.set_defaults(run=_run_token_test)
    return parser


def _example(kind: Callable[[str], Any]) -> str:
    if kind is int:
        return "80"
    return "21.5" if kind is float else "VALUE"


def _positive_float(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {value!r}")
    return number


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value!r}")
    return number


# ---- running ------------------------------------------------------------------------------


class _Output:
    """Where results go: stdout for results, stderr for diagnostics."""

    def __init__(self, json_mode: bool, out: TextIO, err: TextIO) -> None:
        self.json = json_mode
        self.out = out
        self.err = err

    def line(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def document(self, document: object) -> None:
        print(fmt.to_json(document), file=self.out, flush=True)

    def execution(self, execution: CommandExecution) -> int:
        failed = execution.status == CommandStatus.FAILED
        if self.json:
            self.document(execution.to_dict())
        else:
            self.line(fmt.execution_line(execution))
            if failed:
                for line in fmt.failure_lines(execution):
                    self.line(line)
        return EXIT_FAILED if failed else EXIT_OK


def _client(args: argparse.Namespace) -> Volteras:
    try:
        return Volteras(environment="sandbox" if args.sandbox else None, base_url=args.base_url)
    except (VolterasError, ValueError) as exc:
        raise _Usage(str(exc)) from None


def _run_command(client: Volteras, args: argparse.Namespace, output: _Output) -> int:
    spec: CommandSpec = args.spec
    send = getattr(client.commands, spec.method)
    execution: CommandExecution = send(args.vehicle_id, *(getattr(args, name) for name, _ in spec.body))
    if not args.wait:
        return output.execution(execution)
    if not output.json:
        output.line(fmt.execution_line(execution))
    final = _wait(client, execution, args.timeout, output)
    if final is None:
        return EXIT_TIMEOUT
    return output.execution(final)


def _wait(
    client: Volteras, execution: CommandExecution, timeout: float, output: _Output
) -> CommandExecution | None:
    """Poll until EXECUTED or FAILED; None (after reporting) when `timeout` passes first."""
    live = not output.json and output.out.isatty()
    start = time.monotonic()
    deadline = start + timeout
    interval = _FIRST_POLL
    next_poll = start + interval
    execution_id = execution.id if isinstance(execution.id, str) else ""
    while execution.status not in _TERMINAL:
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
            execution = client.commands.get(execution.vehicle_id, execution_id)
            interval = min(interval * 1.5, _MAX_POLL)
            next_poll = time.monotonic() + interval
            continue
        time.sleep(max(0.0, min(_TICK if live else next_poll - now, next_poll - now, deadline - now)))
    if live:
        output.out.write("\r\x1b[K")
    return execution


def _report_timeout(execution: CommandExecution, timeout: float, output: _Output) -> None:
    message = (
        f"gave up after {timeout:g}s: command {fmt.text(execution.id)} on vehicle {execution.vehicle_id} "
        f"is still {fmt.text(execution.status)}"
    )
    if output.json:
        document = fmt.error_dict("WAIT_TIMEOUT", message)
        document["execution"] = execution.to_dict()
        output.document(document)
    else:
        output.line(fmt.execution_line(execution))
        print(f"error: {message}", file=output.err, flush=True)


def _run_get(client: Volteras, args: argparse.Namespace, output: _Output) -> int:
    execution = client.commands.get(args.vehicle_id, args.execution_id)
    if output.json:
        output.document(execution.to_dict())
        return EXIT_OK
    output.execution(execution)
    return EXIT_OK


def _run_list(client: Volteras, args: argparse.Namespace, output: _Output) -> int:
    page_size = min(args.limit, 50) if args.limit else None
    pager = client.commands.list(args.vehicle_id, filter=args.filter, page_size=page_size)
    executions = list(itertools.islice(pager, args.limit)) if args.limit else list(pager)
    if output.json:
        output.document([execution.to_dict() for execution in executions])
    elif executions:
        output.line(fmt.table(executions))
    else:
        output.line(f"no executions for vehicle {args.vehicle_id}")
    return EXIT_OK


def _run_token_test(client: Volteras, args: argparse.Namespace, output: _Output) -> int:
    info = client.tokens.test()
    if output.json:
        output.document(fmt.token_dict(info))
    else:
        output.line(f"client_id: {info.client_id}")
        output.line(f"organization_id: {info.organization_id}")
    return EXIT_OK


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    for name, default in (("sandbox", False), ("base_url", None), ("json", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if getattr(args, "filter", None) is not None:
        try:
            json.loads(args.filter)
        except ValueError as exc:
            parser.error(f"--filter is not valid JSON: {exc}")


@contextlib.contextmanager
def _debug_logging(enabled: bool, err: TextIO) -> Iterator[None]:
    """DEBUG from every logger (volteras, httpx, httpcore) to `err` for this run, then as before."""
    if not enabled:
        yield
        return
    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Entry point of `volteras` and `python -m volteras`; returns the exit status."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    parser = build_parser()
    args = parser.parse_args(argv)
    _check(parser, args)
    output = _Output(args.json, out, err)
    run: Callable[[Volteras, argparse.Namespace, _Output], int] = args.run
    try:
        with _debug_logging(args.debug, err), _client(args) as client:
            return run(client, args, output)
    except _Usage as exc:
        print(f"volteras: error: {exc}", file=err, flush=True)
        return EXIT_USAGE
    except (APIError, APIConnectionError, ResponseValidationError) as exc:
        document = fmt.describe_error(exc)
        if output.json:
            output.document(document)
        for line in fmt.error_lines(document):
            print(line, file=err, flush=True)
        return EXIT_API
    except KeyboardInterrupt:
        print("interrupted", file=err, flush=True)
        return 130
