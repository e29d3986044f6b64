"""The `volteras` command line: one sub-command per public method, built from the generated table.

`volteras._generated.resources.METHODS` (generated from the spec's `x-volteras`) names every
method, its kind and its arguments: arguments the method takes positionally are positional
here too, the others are `--options`. So a new operation in the spec is a new sub-command.

Exit codes: 0 executed (or the call succeeded), 1 the command FAILED (or ended in another final
status), 2 usage error (nothing was sent), 3 API, connection or other error, 4 timed out
waiting, 130/143 interrupted by SIGINT/SIGTERM, 141 stdout's reader went away.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, NoReturn, TextIO

from . import _cli_args as cli_args
from . import _cli_fanout, _cli_run, _cli_webhooks
from ._cli_output import (
    EXIT_SIGINT,
    EXIT_SIGTERM,
    Output,
    Terminated,
    Usage,
    sigterm_raises,
)
from ._client import Volteras
from ._config import check_base_url
from ._deprecation import add_old_cli_names, cli_notes
from ._errors import APIConnectionError, APIError, ResponseValidationError, VolterasError
from ._filters import encode_filter
from ._generated.resources import METHODS
from ._generated.types import Method
from ._version import __version__
from ._waiting import DEFAULT_WAIT_TIMEOUT, TERMINAL_STATUSES

_ALIASES: Final = {"tokens": ["token"]}
_OLD_WAIT_TIMEOUT: Final = ("timeout", "wait_timeout")
"""`--timeout`, --wait-timeout's name before `timeout` meant the HTTP timeout everywhere; one release."""
_WAIT_HELP: Final = (
    f"wait until the command's status is final ({' or '.join(sorted(TERMINAL_STATUSES))}, or one this "
    "version does not know); exit 1 if it ended any way but EXECUTED"
)
_LIST_ORDER: Final = (
    "\nitems come in the order the API sends them, which it does not document (the local\n"
    "simulator sends oldest first); to choose items, use --filter rather than --limit\n"
)

_NO_FLAGS = "there are no flags for them, so they stay out of shell history and process lists"
_ENV_HELP = f"""\
credentials come from the environment ({_NO_FLAGS}):
  VOLTERAS_CLIENT_ID, VOLTERAS_CLIENT_SECRET (required)
  VOLTERAS_BASE_URL or VOLTERAS_ENVIRONMENT (optional; --base-url and --sandbox beat both)

exit codes: 0 executed/ok, 1 command failed (or ended in another final status), 2 usage error
(nothing sent), 3 API, connection or other error, 4 timed out, 130/143 interrupted
(SIGINT/SIGTERM), 141 output pipe closed
"""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing and exiting, so --json can still answer in JSON."""

    def error(self, message: str) -> NoReturn:
        raise Usage(f"{self.prog}: {message}", self.format_usage())


# ---- the parser ---------------------------------------------------------------------------


_JSON_HELP = "print exactly one JSON document on stdout (streaming commands: one per line, NDJSON)"
_STREAM_JSON_HELP = "print each event as one JSON document on its own line (NDJSON), as it arrives"


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool, api: bool = True) -> None:
    """--json; --sandbox, --debug and --base-url too where an API is called (`api`)."""
    default: Any = argparse.SUPPRESS if suppress else None
    flag_default: Any = argparse.SUPPRESS if suppress else False
    flags = [
        ("--sandbox", "use the sandbox (beats VOLTERAS_BASE_URL and VOLTERAS_ENVIRONMENT)"),
        ("--json", _JSON_HELP),
        ("--debug", "log every HTTP exchange to stderr (credentials never appear)"),
    ]
    if not api:
        flags = [("--json", _STREAM_JSON_HELP)]
    for flag, text in flags:
        parser.add_argument(flag, action="store_true", default=flag_default, help=text)
    if api:
        parser.add_argument(
            "--base-url",
            metavar="URL",
            default=default,
            help="the API's address (beats the VOLTERAS_* variables; not with --sandbox)",
        )


def _sub(
    group: Any, name: str, *, help: str, epilog: str = "", aliases: Sequence[str] = (), api: bool = True
) -> _Parser:
    """A sub-command's parser; `api=False` for one that calls no API (only --json, which streams)."""
    parser: _Parser = group.add_parser(
        name,
        help=help,
        description=help[:1].upper() + help[1:] + ".",
        epilog=epilog,
        aliases=list(aliases),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _global_options(parser, suppress=True, api=api)
    return parser


def _add_arguments(parser: argparse.ArgumentParser, method: Method) -> None:
    for argument in method.arguments:
        convert, metavar, several = cli_args.converter(argument)
        nargs = "+" if several else None
        choices = cli_args.choices_help(argument)
        if argument.positional:
            parser.add_argument(
                argument.name,
                metavar=cli_args.dash(argument.name).upper(),
                type=convert,
                nargs=nargs,
                help=choices,
            )
            continue
        default = argument.default if argument.default is not None else None
        notes = [note for note in (choices, f"default {default}" if default is not None else None) if note]
        parser.add_argument(
            f"--{cli_args.dash(argument.name)}",
            dest=argument.name,
            type=convert,
            nargs=nargs,
            metavar=metavar,
            required=argument.required,
            default=default,
            help="; ".join(notes) or None,
        )


def _example(resource: str, method: Method) -> str:
    words = ["volteras", cli_args.dash(resource), cli_args.dash(method.name)]
    for argument in method.arguments:
        if argument.positional:
            words.append(cli_args.dash(argument.name).upper())
        elif argument.required:
            words.append(f"--{cli_args.dash(argument.name)} {cli_args.converter(argument)[1]}")
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
        dest="group",
        metavar="{" + ",".join([*map(cli_args.dash, resources), "fan-out", "webhooks"]) + "}",
        required=True,
    )
    for resource in resources:
        methods = [m for m in METHODS if m.resource == resource]
        group = _sub(
            top,
            cli_args.dash(resource),
            help=f"the {resource.replace('_', ' ')} operations",
            epilog="examples:\n" + "".join(f"  {_example(resource, m)}\n" for m in methods[:3]),
            aliases=_ALIASES.get(resource, ()),
        )
        actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
        for method in methods:
            example = _example(resource, method)
            extra = ""
            if method.kind == "command":
                extra = f"  {example} --wait --wait-timeout 60\n"
            order = ""
            if method.kind == "list":
                extra = f"  {example} --limit 20 --json\n"
                order = _LIST_ORDER
            path = f"{method.operation.method} {method.operation.path}\n"
            sub = _sub(
                actions,
                cli_args.dash(method.name),
                help=method.summary[:1].lower() + method.summary[1:],
                epilog=f"{path}{order}\nexample:\n  {example}\n{extra}",
            )
            _add_arguments(sub, method)
            if method.kind == "command":
                sub.add_argument("--wait", action="store_true", help=_WAIT_HELP)
                sub.add_argument(
                    "--wait-timeout",
                    type=cli_args.positive_number,
                    metavar="SECONDS",
                    help=f"with --wait: give up after this long (default {DEFAULT_WAIT_TIMEOUT:g}); exit 4",
                )
            if method.kind == "list":
                sub.add_argument(
                    "--limit",
                    type=cli_args.positive_int,
                    metavar="N",
                    help="show the first N items, in the API's order",
                )
            sub.set_defaults(method=method, usage=sub.format_usage)
            old_arguments = list(method.old_arguments)
            if method.kind == "command":
                old_arguments.append(_OLD_WAIT_TIMEOUT)
            add_old_cli_names(actions, sub, method.old_name, old_arguments)
    _cli_fanout.add_parser(top, _sub)
    _cli_webhooks.add_parser(top, functools.partial(_sub, api=False))
    return parser


# ---- running ------------------------------------------------------------------------------


def _client(args: argparse.Namespace, given: Volteras | None) -> contextlib.AbstractContextManager[Volteras]:
    """The client to run on: the caller's (left open), else one made from the flags and the environment."""
    if given is not None:
        return contextlib.nullcontext(given)
    missing = [name for name in ("VOLTERAS_CLIENT_ID", "VOLTERAS_CLIENT_SECRET") if not os.environ.get(name)]
    if missing:
        raise Usage(f"no API credentials: set {' and '.join(missing)} in the environment ({_NO_FLAGS})")
    try:
        return Volteras(environment="sandbox" if args.sandbox else None, base_url=args.base_url)
    except (VolterasError, ValueError) as exc:
        raise Usage(str(exc)) from None


def _chosen_by(args: argparse.Namespace, client: Volteras) -> str:
    """What picked the API's address: a flag, else what the client read (a variable or the default)."""
    if args.sandbox:
        return "chosen by --sandbox"
    if args.base_url:
        return "chosen by --base-url"
    return f"chosen by {client._base_url_source}"


def _check(args: argparse.Namespace) -> None:
    for name, default in (("sandbox", False), ("base_url", None), ("json", False), ("debug", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if getattr(args, "offline", None) is not None and (args.sandbox or args.base_url):
        raise Usage(
            f"volteras {args.group} {args.action} calls no API: --sandbox and --base-url do not apply"
        )
    if args.sandbox and args.base_url:
        raise Usage("--sandbox and --base-url each name the API to use: pass one of them, not both")
    if args.base_url:
        try:
            check_base_url(args.base_url, "--base-url")
        except ValueError as exc:
            raise Usage(str(exc)) from None
    if getattr(args, "wait_timeout", None) is not None and not args.wait:
        raise Usage("--wait-timeout only makes sense with --wait")
    if getattr(args, "filter", None) is not None:
        try:
            encode_filter(args.filter)
        except ValueError as exc:
            raise Usage(f"volteras {args.group} {args.action}: --filter: {exc}", args.usage()) from None


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


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    client: Volteras | None = None,
) -> int:
    """Entry point of `volteras` and `python -m volteras`; returns the exit status.

    `stdout`, `stderr` and `client` replace the process's streams and the client the flags and
    VOLTERAS_* variables would make; given a client (left open), every wait follows its clock, so
    a test hands in a simulator's (`Simulator(clock=ManualClock()).client()`) and runs in-process.
    """
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    words = list(sys.argv[1:] if argv is None else argv)
    output = Output(_wants_json(words), out, err)
    with output.escaping(), sigterm_raises():
        try:
            return _main(words, output, client)
        except BrokenPipeError:  # also when reporting an error: the reader is gone either way
            return output.closed_pipe()
        except KeyboardInterrupt:
            return output.interrupted("SIGINT", EXIT_SIGINT)
        except Terminated:
            return output.interrupted("SIGTERM", EXIT_SIGTERM)


def _main(words: list[str], output: Output, given: Volteras | None) -> int:
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(output.out):  # --help and --version print where the caller reads
            args = parser.parse_args(words)
        _check(args)
    except Usage as exc:
        return output.usage(str(exc), exc.usage)
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    for note in cli_notes(args):  # an old sub-command or option name, kept for one release
        output.note(note)
    try:
        if getattr(args, "offline", None) is not None:  # needs no API client or credentials
            offline: Callable[[argparse.Namespace, Output], int] = args.offline
            return offline(args, output)
        with _debug_logging(args.debug, output.err), _client(args, given) as client:
            if args.debug:
                output.note(f"volteras: talking to {client.base_url} ({_chosen_by(args, client)})")
            if getattr(args, "fleet", None) is not None:
                return int(args.fleet(client, args, output))
            return _cli_run.run(client, args, output)
    except Usage as exc:
        return output.usage(str(exc), exc.usage)
    except (APIError, APIConnectionError, ResponseValidationError) as exc:
        return output.api_error(exc)
    except VolterasError as exc:
        return output.other_error(exc)
    except (BrokenPipeError, KeyboardInterrupt, Terminated):
        raise
    except Exception as exc:  # a bug: after sending, never a usage error; still one document
        return output.internal_error(exc)
