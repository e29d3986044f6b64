"""``python -m volteras.testing serve``: run the simulator as a standalone server.

The first line printed is ``listening on http://127.0.0.1:PORT`` (flushed at
once, so a parent process can read the port), then the server runs on the wall
clock until SIGINT or SIGTERM, and exits 0. Without flags it serves the varied
seeded fleet (``--seed 1 --fleet 20``); ``--vehicle ID`` serves named vehicles instead.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any

from .._errors import VolterasError
from ._faults import (
    Delay,
    DropConnection,
    ExpireToken,
    Fault,
    HtmlError,
    MalformedJson,
    RateLimited,
    ServerFault,
    TruncatedJson,
)
from ._settings import count, positive_seconds, seconds
from ._simulator import Simulator

DEFAULT_SEED = 1
"""The seed of the fleet `serve` starts with when no --seed and no --vehicle is given."""

_FAULTS: dict[str, type[Fault]] = {
    "server_error": ServerFault,
    "html_error": HtmlError,
    "rate_limited": RateLimited,
    "malformed_json": MalformedJson,
    "truncated_json": TruncatedJson,
    "drop_connection": DropConnection,
    "delay": Delay,
    "expire_token": ExpireToken,
}
_FAULT_HELP = (
    "inject a fault: KIND[,status=N][,seconds=S][,stage=before|after][,method=M][,count=N][,path=REGEX]; "
    f"KIND is one of {', '.join(_FAULTS)}; path= comes last and takes the rest of the text "
    "(e.g. 'server_error,status=502,count=2,path=.*:lock-doors')"
)


def parse_fault(text: str) -> tuple[Fault, str | None, str | None, int]:
    """``--fault`` text → (fault, path regex, method, count)."""
    head, _, path = text.partition(",path=")
    kind, *options = head.split(",")
    if kind not in _FAULTS:
        raise ValueError(f"unknown fault kind {kind!r}; use one of {', '.join(_FAULTS)}")
    fields: dict[str, object] = {}
    method, count = None, 1
    for option in options:
        name, sep, value = option.partition("=")
        if not sep:
            raise ValueError(f"expected NAME=VALUE, got {option!r}")
        if name == "count":
            count = int(value)
        elif name == "method":
            method = value.upper()
        elif name == "status":
            fields["status"] = int(value)
        elif name == "seconds":
            fields["seconds"] = float(value)
        elif name == "stage" and value in ("before", "after"):
            fields["stage"] = value
        else:
            raise ValueError(f"unknown or invalid option {option!r}")
    try:
        fault = _FAULTS[kind](**fields)  # type: ignore[arg-type]
    except TypeError:
        raise ValueError(f"{kind} does not take {', '.join(fields)}") from None
    return fault, path or None, method, count


def _checked(check: Callable[[str, object], object], parse: Callable[[str], object]) -> Callable[[str], Any]:
    """An argparse type: `parse` the word, then apply the simulator's own `check` to it."""

    def convert(text: str) -> object:
        try:
            value = parse(text)
        except ValueError:
            kind = "an integer" if parse is int else "a number"
            raise argparse.ArgumentTypeError(f"not {kind}: {text!r}") from None
        try:
            return check("the value", value)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


def _port(name: str, value: object) -> int:
    port = count(name, value)
    if port > 65535:
        raise ValueError(f"{name} must be a TCP port from 0 to 65535, not {port}")
    return port


_SECONDS = _checked(seconds, float)
_POSITIVE_SECONDS = _checked(positive_seconds, float)
_COUNT = _checked(count, int)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m volteras.testing",
        description="Run the Volteras Connect API simulator as a standalone server.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the simulated API on 127.0.0.1")
    serve.add_argument(
        "--port", type=_checked(_port, int), default=0, help="TCP port (default: any free port)"
    )
    serve.add_argument("--latency", type=_SECONDS, default=1.0, help="seconds each command stays PENDING")
    serve.add_argument("--client-id", default="demo-client")
    serve.add_argument("--client-secret", default="demo-secret")
    serve.add_argument(
        "--vehicle", action="append", default=[], metavar="ID", help="a vehicle whose commands execute"
    )
    serve.add_argument(
        "--failing-vehicle",
        action="append",
        default=[],
        metavar="ID=REASON",
        help="a vehicle whose commands fail with REASON (a failure code or any text)",
    )
    serve.add_argument(
        "--never-answering-vehicle",
        action="append",
        default=[],
        metavar="ID",
        help="a vehicle that never answers, so its commands run into the server timeout",
    )
    serve.add_argument(
        "--seed",
        type=int,
        default=None,
        help=f"build a varied fleet drawn from this seed (same every run); without --seed and --vehicle, "
        f"seed {DEFAULT_SEED}",
    )
    serve.add_argument("--fleet", type=_COUNT, default=20, metavar="N", help="vehicles in the seeded fleet")
    serve.add_argument("--fault", action="append", default=[], metavar="SPEC", help=_FAULT_HELP)
    serve.add_argument(
        "--token-lifetime", type=_POSITIVE_SECONDS, default=3600, help="access token lifetime, seconds"
    )
    serve.add_argument(
        "--server-timeout", type=_POSITIVE_SECONDS, default=300.0, help="command timeout, seconds"
    )
    serve.add_argument(
        "--webhook",
        action="append",
        default=[],
        metavar="URL",
        help="POST every event, Svix-signed, to this URL (repeatable); its secret is printed at start",
    )
    serve.add_argument(
        "--webhook-secret", metavar="WHSEC", help="sign with this whsec_ secret instead of a new one"
    )
    serve.add_argument("--verbose", action="store_true", help="log each request to stderr")
    return parser


def build_simulator(args: argparse.Namespace) -> Simulator:
    """The simulator the ``serve`` arguments describe; ValueError naming the flag that is wrong."""
    # Without --vehicle, the varied seeded fleet: makes, accounts, states of charge and latencies
    # differ, as in a real organisation; --vehicle names exactly the vehicles wanted instead.
    seed = DEFAULT_SEED if args.seed is None and not args.vehicle else args.seed
    try:
        simulator = Simulator(
            client_id=args.client_id,
            client_secret=args.client_secret,
            token_lifetime=args.token_lifetime,
            server_timeout=args.server_timeout,
            seed=seed,
            fleet_size=args.fleet,
        )
    except ValueError as exc:
        raise ValueError(f"invalid setting: {exc}") from None
    failing = []
    for spec in args.failing_vehicle:
        vehicle_id, sep, reason = spec.partition("=")
        if not sep or not vehicle_id or not reason:
            raise ValueError(f"--failing-vehicle needs ID=REASON, got {spec!r}")
        failing.append((vehicle_id, reason))
    for vehicle_id in args.vehicle:
        simulator.add_vehicle(vehicle_id, latency=args.latency)
    for vehicle_id, reason in failing:
        simulator.add_vehicle(vehicle_id, latency=args.latency, outcome=reason)
    for vehicle_id in args.never_answering_vehicle:
        simulator.add_vehicle(vehicle_id, latency=None)
    for spec in args.fault:
        try:
            fault, path, method, times = parse_fault(spec)
            simulator.inject(fault, path=path, method=method, count=times)
        except ValueError as exc:
            raise ValueError(f"--fault {spec!r}: {exc}") from None
    return simulator


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status: 0 after a signal, 1 if the port cannot be bound,
    2 for a bad flag (argparse's usage error)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        simulator = build_simulator(args)
    except ValueError as exc:
        parser.error(str(exc))
    try:
        secrets = [simulator.add_webhook_endpoint(url, secret=args.webhook_secret) for url in args.webhook]
    except (ValueError, TypeError, VolterasError) as exc:
        parser.error(f"--webhook: {exc}")
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    with contextlib.ExitStack() as stack:
        try:
            base_url = stack.enter_context(simulator.serve(port=args.port, verbose=args.verbose))
        except OSError as exc:
            print(f"{parser.prog}: cannot listen on port {args.port}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"listening on {base_url}", flush=True)
        for url, secret in zip(args.webhook, secrets, strict=True):
            print(f"webhook {url} secret {secret}", flush=True)
        while not stop.wait(0.2):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
