"""``python -m volteras.testing serve``: run the simulator as a standalone server.

The first line printed is ``listening on http://127.0.0.1:PORT`` (flushed at
once, so a parent process can read the port), then the server runs on the wall
clock until SIGINT or SIGTERM, and exits 0.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from ._simulator import Simulator


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m volteras.testing", description=(__doc__ or "").splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the simulated API on 127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="TCP port (default: any free port)")
    serve.add_argument("--latency", type=float, default=1.0, help="seconds each command stays PENDING")
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
    serve.add_argument("--token-lifetime", type=float, default=3600, help="access token lifetime, seconds")
    serve.add_argument("--server-timeout", type=float, default=300.0, help="command timeout, seconds")
    serve.add_argument("--verbose", action="store_true", help="log each request to stderr")
    return parser


def build_simulator(args: argparse.Namespace) -> Simulator:
    """The simulator the ``serve`` arguments describe."""
    simulator = Simulator(
        client_id=args.client_id,
        client_secret=args.client_secret,
        token_lifetime=args.token_lifetime,
        server_timeout=args.server_timeout,
    )
    failing = []
    for spec in args.failing_vehicle:
        vehicle_id, sep, reason = spec.partition("=")
        if not sep or not vehicle_id or not reason:
            raise SystemExit(f"--failing-vehicle needs ID=REASON, got {spec!r}")
        failing.append((vehicle_id, reason))
    executing = list(args.vehicle) or ([] if failing else [f"veh_{n}" for n in range(1, 11)])
    for vehicle_id in executing:
        simulator.add_vehicle(vehicle_id, latency=args.latency)
    for vehicle_id, reason in failing:
        simulator.add_vehicle(vehicle_id, latency=args.latency, outcome=reason)
    return simulator


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = _parser().parse_args(argv)
    simulator = build_simulator(args)
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    with simulator.serve(port=args.port, verbose=args.verbose) as base_url:
        print(f"listening on {base_url}", flush=True)
        while not stop.wait(0.2):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
