"""`volteras fan-out`: one command, or a sequence, to many vehicles, on `commands.stream_many`.

Vehicles come from `--vehicles`, a `--filter` on the vehicle listing, or `--from-file` (one id
a line, `#` comments; `-` reads stdin). While it runs, a progress line goes to stderr, only when
stderr is a terminal; at the end, a summary table on stdout, or under `--json` one document
(`--ndjson`: one outcome a line, as each vehicle finishes). Ctrl-C stops sending at once and
still prints every outcome, the commands already created among them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

from . import _cli_args as cli_args
from . import _cli_format as fmt
from ._cli_output import EXIT_FAILED, EXIT_OK, EXIT_SIGINT, EXIT_TIMEOUT, Output, Usage
from ._client import Volteras
from ._fanout import DEFAULT_CONCURRENCY, CommandOutcome, FanOutInterrupted, Step

EPILOG = """\
steps: a command name, with arguments after a colon: set-charge-limit:limit=80 start-charging
(values are read as JSON when they parse, else as text; each is checked against the spec
before anything is sent)

examples:
  volteras fan-out set-charge-limit:limit=80 start-charging --vehicles veh_1 veh_2
  volteras fan-out lock-doors --filter '{"field": "make", "operator": "==", "value": "TESLA"}' --json
  volteras fan-out start-charging --from-file ids.txt --check-budget --ndjson

exit codes: 0 every vehicle executed, 1 some failed, were skipped or errored, 4 some timed out,
130 interrupted (the outcomes so far are still printed)
"""


def add_parser(top: Any, sub: Callable[..., argparse.ArgumentParser]) -> None:
    parser = sub(
        top, "fan-out", help="send a command or a sequence of commands to many vehicles", epilog=EPILOG
    )
    parser.add_argument("steps", nargs="+", metavar="STEP", help="a command, with arguments: name:arg=value")
    chosen = parser.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--vehicles", nargs="+", metavar="ID", help="these vehicles")
    chosen.add_argument("--filter", metavar="JSON", help="the vehicles the listing filter picks")
    chosen.add_argument("--from-file", metavar="PATH", help="one vehicle id a line; - for stdin")
    parser.add_argument(
        "--concurrency", type=cli_args.positive_int, default=DEFAULT_CONCURRENCY, metavar="N",
        help=f"vehicles at once (default {DEFAULT_CONCURRENCY})",
    )  # fmt: skip
    parser.add_argument("--wait-timeout", type=cli_args.positive_number, metavar="SECONDS")
    parser.add_argument("--no-wait", action="store_true", help="do not wait for the last step")
    parser.add_argument("--check-budget", action="store_true", help="skip vehicles whose budget is spent")
    parser.add_argument("--ndjson", action="store_true", help="one JSON outcome a line, as each finishes")
    parser.set_defaults(fleet=run_fan_out, wait=True, action="")


def parse_step(text: str) -> Step:
    name, _, rest = text.partition(":")
    arguments: dict[str, Any] = {}
    for pair in filter(None, rest.split(",")):
        key, equals, value = pair.partition("=")
        if not equals:
            raise Usage(f"volteras fan-out: step {text!r}: arguments are name=value, not {pair!r}")
        try:
            arguments[key.replace("-", "_")] = json.loads(value)
        except ValueError:
            arguments[key.replace("-", "_")] = value
    return Step(name.replace("-", "_"), **arguments)  # type: ignore[arg-type]  # checked by stream_many


def _vehicle_ids(client: Volteras, args: argparse.Namespace) -> list[str]:
    if args.vehicles:
        return list(args.vehicles)
    if args.filter is not None:
        return [vehicle.id for vehicle in client.vehicles.list(filter=json.loads(args.filter))]
    try:
        handle = sys.stdin if args.from_file == "-" else open(args.from_file, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise Usage(f"volteras fan-out: --from-file: {exc.strerror or exc}") from None
    with handle:
        lines = (line.split("#", 1)[0].strip() for line in handle)
        return [line for line in lines if line]


def _document(outcome: CommandOutcome) -> dict[str, Any]:
    return {
        "vehicleId": outcome.vehicle_id,
        "outcome": outcome.outcome,
        "status": outcome.status,
        "failedReason": outcome.failed_reason,
        "error": None if outcome.error is None else f"{type(outcome.error).__name__}: {outcome.error}",
        "executions": [execution.to_dict() for execution in outcome.executions],
    }


def _progress(output: Output, done: int, total: int, counts: dict[str, int]) -> None:
    if output.err.isatty():
        tally = " ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
        output.err.write(f"\r\x1b[K{done}/{total} {tally}")
        output.err.flush()


def run_fan_out(client: Volteras, args: argparse.Namespace, output: Output) -> int:
    if args.wait_timeout is not None and args.no_wait:
        raise Usage("volteras fan-out: --wait-timeout only makes sense without --no-wait")
    steps = [parse_step(text) for text in args.steps]
    ids = _vehicle_ids(client, args)
    try:
        stream = client.commands.stream_many(
            steps,
            ids,
            concurrency=args.concurrency,
            wait=not args.no_wait,
            wait_timeout=args.wait_timeout,
            check_budget=args.check_budget,
        )
    except (TypeError, ValueError) as exc:
        raise Usage(f"volteras fan-out: {exc}") from None
    counts: dict[str, int] = {}
    interrupted = False
    try:
        for done, outcome in enumerate(stream, 1):
            counts[outcome.outcome] = counts.get(outcome.outcome, 0) + 1
            if args.ndjson:
                output.line(fmt.to_json(_document(outcome), indent=None))
            _progress(output, done, len(ids), counts)
        outcomes = stream.collect()
    except FanOutInterrupted as stopped:
        interrupted, outcomes = True, stopped.outcomes
    if output.err.isatty():
        output.err.write("\r\x1b[K")
    _summary(output, outcomes, args.ndjson, interrupted)
    return _status(outcomes, interrupted)


def _summary(output: Output, outcomes: Iterable[CommandOutcome], ndjson: bool, interrupted: bool) -> None:
    outcomes = list(outcomes)
    if ndjson:
        if interrupted:
            for outcome in outcomes:
                if outcome.outcome == "cancelled":
                    output.line(fmt.to_json(_document(outcome), indent=None))
        return
    if output.json:
        output.document({"interrupted": interrupted, "outcomes": [_document(o) for o in outcomes]})
        return
    rows = [
        {
            "vehicle": o.vehicle_id,
            "outcome": o.outcome,
            "steps": len(o.executions),
            "status": fmt.text(o.status),
            "reason": fmt.text(o.failed_reason or (type(o.error).__name__ if o.error else "")),
        }
        for o in outcomes
    ]
    output.line(fmt.table(rows) if rows else "(no vehicles)")


def _status(outcomes: list[CommandOutcome], interrupted: bool) -> int:
    if interrupted:
        return EXIT_SIGINT
    kinds = {o.outcome for o in outcomes}
    if "timed_out" in kinds:
        return EXIT_TIMEOUT
    return EXIT_OK if kinds <= {"executed", "pending"} else EXIT_FAILED
