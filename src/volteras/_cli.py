"""The `volteras` command line: one sub-command per public method, built from the generated table.

`volteras._generated.resources.METHODS` (generated from the spec's `x-volteras`) names every
method, its kind and its arguments: arguments the method takes positionally are positional
here too, the others are `--options`. So a new operation in the spec is a new sub-command.

Exit codes: 0 executed (or the call succeeded), 1 the command FAILED, 2 usage error,
3 API or connection error, 4 timed out waiting.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import logging
import math
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, NoReturn, TextIO

from . import _cli_format as fmt
from ._client import Volteras
from ._errors import APIConnectionError, APIError, ResponseValidationError, VolterasError
from ._filters import encode_filter
from ._generated.models import CommandExecution, CommandStatus
from ._generated.resources import METHODS
from ._generated.types import Argument, Method
from ._version import __version__
from ._waiting import is_finished, poll_ids

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_API: Final = 3
EXIT_TIMEOUT: Final = 4

DEFAULT_WAIT: Final = 300.0
_FIRST_POLL: Final = 0.2
_MAX_POLL: Final = 2.0
_TICK: Final = 0.1
_ALIASES: Final = {"tokens": ["token"]}
_LIST_ORDER: Final = (
    "\nitems come in the order the API sends them, which it does not document (the local\n"
    "simulator sends oldest first); to choose items, use --filter rather than --limit\n"
)

_NO_FLAGS = "there are no flags for them, so they stay out of shell history and process lists"
_ENV_HELP = f"""\
credentials come from the environment ({_NO_FLAGS}):
  VOLTERAS_CLIENT_ID, VOLTERAS_CLIENT_SECRET (required)
  VOLTERAS_BASE_URL or --base-url, VOLTERAS_ENVIRONMENT or --sandbox (optional)

exit codes: 0 executed/ok, 1 command failed, 2 usage error, 3 API or connection error, 4 timed out
"""


class _Usage(Exception):
    """A usage problem: exit 2, with one line (and one JSON document under --json).

    `usage` is the offending sub-command's usage, shown on stderr above the line, as argparse does.
    """

    def __init__(self, message: str, usage: str | None = None) -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing and exiting, so --json can still answer in JSON."""

    def error(self, message: str) -> NoReturn:
        raise _Usage(f"{self.prog}: {message}", self.format_usage())


# ---- the parser ---------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    flag_default: Any = argparse.SUPPRESS if suppress else False
    flags = (
        ("--sandbox", "use the sandbox environment instead of production"),
        ("--json", "print exactly one JSON document on stdout"),
        ("--debug", "log every HTTP exchange to stderr (credentials never appear)"),
    )
    for flag, text in flags:
        parser.add_argument(flag, action="store_true", default=flag_default, help=text)
    parser.add_argument(
        "--base-url", metavar="URL", default=default, help="the API's address (overrides all)"
    )


def _sub(group: Any, name: str, *, help: str, epilog: str = "", aliases: Sequence[str] = ()) -> _Parser:
    parser: _Parser = group.add_parser(
        name,
        help=help,
        description=help[:1].upper() + help[1:] + ".",
        epilog=epilog,
        aliases=list(aliases),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_options(parser, suppress=True)
    return parser


def _dash(name: str) -> str:
    return name.replace("_", "-")


def _converter(argument: Argument) -> tuple[Callable[[str], Any], str, bool]:
    """How a command-line word becomes the argument: converter, metavar, whether it takes several."""
    kind = argument.type.removesuffix(" | None")
    if kind == "int":
        return _integer, "N", False
    if kind == "float":
        return _number, "NUMBER", False
    if kind == "bool":
        return _boolean, "true|false", False
    if argument.name == "filter":
        return str, "JSON", False
    if kind.startswith(("Sequence[", "list[")):
        inner = kind.split("[", 1)[1]
        if "Mapping" in inner:
            return _json_list, "JSON", False
        return str, argument.name.upper().rstrip("S"), True
    if "Mapping" in kind:
        return _json_object, "JSON", False
    if kind.startswith("datetime"):
        return str, "ISO8601", False
    return str, _dash(argument.name).upper(), False


def _add_arguments(parser: argparse.ArgumentParser, method: Method) -> None:
    for argument in method.arguments:
        convert, metavar, several = _converter(argument)
        nargs = "+" if several else None
        if argument.positional:
            parser.add_argument(
                argument.name, metavar=_dash(argument.name).upper(), type=convert, nargs=nargs
            )
            continue
        default = argument.default if argument.default is not None else None
        parser.add_argument(
            f"--{_dash(argument.name)}",
            dest=argument.name,
            type=convert,
            nargs=nargs,
            metavar=metavar,
            required=argument.required,
            default=default,
            help=f"default {default}" if default is not None else None,
        )


def _example(resource: str, method: Method) -> str:
    words = ["volteras", _dash(resource), _dash(method.name)]
    for argument in method.arguments:
        if argument.positional:
            words.append(_dash(argument.name).upper())
        elif argument.required:
            words.append(f"--{_dash(argument.name)} {_converter(argument)[1]}")
    return " ".join(words)


def build_parser() -> _Parser:
    parser = _Parser(
        prog="volteras",
        description="Send remote commands to vehicles and read their data through the Volteras Connect API.",
        epilog="example:\n  volteras commands close-charge-port veh_1 --wait\n"
        "  volteras vehicles telemetry veh_1\n\n" + _ENV_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"volteras {__version__}")
    _global_options(parser, suppress=False)
    resources = sorted({method.resource for method in METHODS})
    top = parser.add_subparsers(
        dest="group", metavar="{" + ",".join([*map(_dash, resources), "webhooks"]) + "}", required=True
    )
    for resource in resources:
        methods = [m for m in METHODS if m.resource == resource]
        group = _sub(
            top,
            _dash(resource),
            help=f"the {resource.replace('_', ' ')} operations",
            epilog="examples:\n" + "".join(f"  {_example(resource, m)}\n" for m in methods[:3]),
            aliases=_ALIASES.get(resource, ()),
        )
        actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
        for method in methods:
            example = _example(resource, method)
            extra = ""
            if method.kind == "command":
                extra = f"  {example} --wait --timeout 60\n"
            order = ""
            if method.kind == "list":
                extra = f"  {example} --limit 20 --json\n"
                order = _LIST_ORDER
            path = f"{method.operation.method} {method.operation.path}\n"
            sub = _sub(
                actions,
                _dash(method.name),
                help=method.summary[:1].lower() + method.summary[1:],
                epilog=f"{path}{order}\nexample:\n  {example}\n{extra}",
            )
            _add_arguments(sub, method)
            if method.kind == "command":
                sub.add_argument(
                    "--wait", action="store_true", help="wait until the command EXECUTED or FAILED"
                )
                sub.add_argument(
                    "--timeout",
                    type=_positive_number,
                    metavar="SECONDS",
                    help=f"with --wait: give up after this long (default {DEFAULT_WAIT:g}); exit 4",
                )
            if method.kind == "list":
                sub.add_argument(
                    "--limit",
                    type=_positive_int,
                    metavar="N",
                    help="show the first N items, in the API's order",
                )
            sub.set_defaults(method=method, usage=sub.format_usage)
    _webhooks_parser(top)
    return parser


def _webhooks_parser(top: Any) -> None:
    """`volteras webhooks listen`: the one sub-command that needs no API client."""
    webhooks = _sub(
        top,
        "webhooks",
        help="receive webhooks on this machine",
        epilog="example:\n  VOLTERAS_WEBHOOK_SECRET=whsec_... volteras webhooks listen --port 8000\n",
    )
    actions = webhooks.add_subparsers(dest="action", metavar="ACTION", required=True)
    listen = _sub(
        actions,
        "listen",
        help="listen for deliveries, verify each one's signature and print it (a JSON line each with --json)",
        epilog="example:\n  volteras webhooks listen --port 8000 --json\n\n"
        "the secret comes from --secret or VOLTERAS_WEBHOOK_SECRET (several: space separated);\n"
        "no API credentials are needed\n",
    )
    listen.add_argument("--port", type=_integer, required=True, metavar="PORT", help="0: any free port")
    listen.add_argument("--host", default="127.0.0.1", metavar="HOST", help="default 127.0.0.1")
    listen.add_argument("--secret", metavar="WHSEC", help="the endpoint's signing secret")
    listen.add_argument("--event-type", metavar="TYPE", help="parse every delivery as this event type")
    listen.add_argument("--max-events", type=_positive_int, metavar="N", help="exit after printing N events")
    listen.set_defaults(offline=_run_webhooks_listen)


def _run_webhooks_listen(args: argparse.Namespace, output: _Output) -> int:
    from ._webhook_listener import Listener, listen
    from ._webhooks import Webhooks

    try:
        webhooks = Webhooks(args.secret)
    except VolterasError as exc:
        raise _Usage(str(exc)) from None
    listener = Listener(
        webhooks,
        out=output.out,
        err=output.err,
        json_lines=output.json,
        event_type=args.event_type,
        max_events=args.max_events,
    )

    def ready(url: str) -> None:
        print(f"listening on {url}", file=output.err, flush=True)

    try:
        listen(listener, args.host, args.port, ready=ready)
    except OSError as exc:
        raise _Usage(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return EXIT_OK


def _number(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"must be a finite number, not {value!r}")
    return number


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None


def _boolean(value: str) -> bool:
    lowered = value.lower()
    if lowered in ("true", "yes", "1", "on"):
        return True
    if lowered in ("false", "no", "0", "off"):
        return False
    raise argparse.ArgumentTypeError(f"not true or false: {value!r}")


def _positive_number(value: str) -> float:
    number = _number(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {value!r}")
    return number


def _positive_int(value: str) -> int:
    number = _integer(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value!r}")
    return number


def _json_value(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON: {exc}") from None


def _json_object(value: str) -> Any:
    parsed = _json_value(value)
    if not isinstance(parsed, dict):
        raise argparse.ArgumentTypeError("must be a JSON object")
    return parsed


def _json_list(value: str) -> Any:
    parsed = _json_value(value)
    if not isinstance(parsed, list):
        raise argparse.ArgumentTypeError("must be a JSON array")
    return parsed


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

    def usage(self, message: str, usage: str | None = None) -> int:
        if self.json:
            self.document(fmt.error_dict("USAGE_ERROR", message))
        if usage:
            print(usage.rstrip(), file=self.err)
        print(
            message if message.startswith("volteras") else f"volteras: error: {message}",
            file=self.err,
            flush=True,
        )
        return EXIT_USAGE


def _client(args: argparse.Namespace) -> Volteras:
    missing = [name for name in ("VOLTERAS_CLIENT_ID", "VOLTERAS_CLIENT_SECRET") if not os.environ.get(name)]
    if missing:
        raise _Usage(f"no API credentials: set {' and '.join(missing)} in the environment ({_NO_FLAGS})")
    try:
        return Volteras(environment="sandbox" if args.sandbox else None, base_url=args.base_url)
    except (VolterasError, ValueError) as exc:
        raise _Usage(str(exc)) from None


def _call(client: Volteras, args: argparse.Namespace) -> Any:
    method: Method = args.method
    bound = getattr(getattr(client, method.resource), method.name)
    kwargs = {argument.name: getattr(args, argument.name) for argument in method.arguments}
    kwargs = {name: value for name, value in kwargs.items() if value is not None}
    return bound(**kwargs)


def _run(client: Volteras, args: argparse.Namespace, output: _Output) -> int:
    method: Method = args.method
    if method.kind == "command":
        return _run_command(client, args, output)
    result = _call(client, args)
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


def _run_command(client: Volteras, args: argparse.Namespace, output: _Output) -> int:
    execution: CommandExecution = _call(client, args)
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
    client: Volteras, execution: CommandExecution, timeout: float, output: _Output
) -> CommandExecution | None:
    """Poll until the execution is final; None (after reporting) when `timeout` passes first."""
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


def _report_timeout(execution: CommandExecution, timeout: float, output: _Output) -> None:
    message = (
        f"gave up after {timeout:g}s: command {fmt.text(execution.id)} "
        f"on vehicle {fmt.text(execution.vehicle_id)} is still {fmt.text(execution.status)}"
    )
    if output.json:
        document = fmt.error_dict("WAIT_TIMEOUT", message)
        document["execution"] = execution.to_dict()
        output.document(document)
    else:
        print(f"error: {message}", file=output.err, flush=True)


def _check(args: argparse.Namespace) -> None:
    for name, default in (("sandbox", False), ("base_url", None), ("json", False), ("debug", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if getattr(args, "timeout", None) is not None and not args.wait:
        raise _Usage("--timeout only makes sense with --wait")
    if getattr(args, "filter", None) is not None:
        try:
            encode_filter(args.filter)
        except ValueError as exc:
            raise _Usage(f"volteras {args.group} {args.action}: --filter: {exc}", args.usage()) from None


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


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether --json was asked for, known even when the rest of the command line is wrong."""
    return "--json" in argv


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Entry point of `volteras` and `python -m volteras`; returns the exit status."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    words = list(sys.argv[1:] if argv is None else argv)
    output = _Output(_wants_json(words), out, err)
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out):  # --help and --version print where the caller reads
            args = parser.parse_args(words)
        _check(args)
    except _Usage as exc:
        return output.usage(str(exc), exc.usage)
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    try:
        if getattr(args, "offline", None) is not None:  # needs no API client or credentials
            offline: Callable[[argparse.Namespace, _Output], int] = args.offline
            return offline(args, output)
        with _debug_logging(args.debug, err), _client(args) as client:
            return _run(client, args, output)
    except _Usage as exc:
        return output.usage(str(exc), exc.usage)
    except (ValueError, TypeError) as exc:  # an argument the SDK refused before sending
        return output.usage(f"volteras {args.group} {args.action}: {exc}")
    except (APIError, APIConnectionError, ResponseValidationError) as exc:
        document = fmt.describe_error(exc)
        if exc.execution is not None:
            document["execution"] = exc.execution.to_dict()
        if output.json:
            output.document(document)
        for line in fmt.error_lines(document):
            print(line, file=err, flush=True)
        if exc.execution is not None:
            print(f"created: {fmt.execution_line(exc.execution)}", file=err, flush=True)
        return EXIT_API
    except VolterasError as exc:
        document = fmt.error_dict("ERROR", str(exc))
        if exc.execution is not None:
            document["execution"] = exc.execution.to_dict()
        if output.json:
            output.document(document)
        print(f"error: {fmt.text(str(exc))}", file=err, flush=True)
        return EXIT_API
    except KeyboardInterrupt:
        print("interrupted", file=err, flush=True)
        return 130
