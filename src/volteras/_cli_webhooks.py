"""`volteras webhooks listen`: the one sub-command that needs no API client."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from . import _cli_args as cli_args
from ._cli_output import EXIT_OK, Output, Usage
from ._errors import VolterasError


def add_parser(top: Any, sub: Callable[..., argparse.ArgumentParser]) -> None:
    """Add `webhooks listen` under `top`, each parser made by `sub` (the CLI's own parser factory)."""
    webhooks = sub(
        top,
        "webhooks",
        help="receive webhooks on this machine",
        epilog="example:\n  VOLTERAS_WEBHOOK_SECRET=whsec_... volteras webhooks listen --port 8000\n",
    )
    actions = webhooks.add_subparsers(dest="action", metavar="ACTION", required=True)
    listen = sub(
        actions,
        "listen",
        help="listen for deliveries, verify each one's signature and print it (NDJSON with --json)",
        epilog="example:\n  volteras webhooks listen --port 8000 --json\n\n"
        "the secret comes from --secret or VOLTERAS_WEBHOOK_SECRET (several: space separated);\n"
        "no API credentials are needed\n",
    )
    listen.add_argument(
        "--port", type=cli_args.integer, required=True, metavar="PORT", help="0: any free port"
    )
    listen.add_argument("--host", default="127.0.0.1", metavar="HOST", help="default 127.0.0.1")
    listen.add_argument("--secret", metavar="WHSEC", help="the endpoint's signing secret")
    listen.add_argument("--event-type", metavar="TYPE", help="parse every delivery as this event type")
    listen.add_argument(
        "--max-events", type=cli_args.positive_int, metavar="N", help="exit after printing N events"
    )
    listen.set_defaults(offline=run_listen)


def run_listen(args: argparse.Namespace, output: Output) -> int:
    from ._webhook_listener import Listener, listen
    from ._webhooks import Webhooks

    try:
        webhooks = Webhooks(args.secret)
    except VolterasError as exc:
        raise Usage(str(exc)) from None
    listener = Listener(
        webhooks,
        out=output.out,
        err=output.err,
        json_lines=output.json,
        event_type=args.event_type,
        max_events=args.max_events,
    )

    def ready(url: str) -> None:
        output.note(f"listening on {url}")

    try:
        listen(listener, args.host, args.port, ready=ready)
    except OSError as exc:
        raise Usage(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return EXIT_OK
