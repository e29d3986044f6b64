"""`volteras webhooks listen`: a local receiver that verifies each delivery and prints it.

For trying webhooks out: point a tunnel, the simulator or Svix's test-send at it and watch what
arrives. Single-threaded on purpose, so printed events never interleave; every answer leaves in
one write (see the Nagle note in the simulator's server).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, TextIO

from ._errors import WebhookVerificationError
from ._webhooks import UnknownEvent, WebhookEvent, Webhooks

MAX_BODY = 1024 * 1024
"""Largest body read; Svix payloads are a few kilobytes."""


def event_document(event: WebhookEvent[Any] | UnknownEvent) -> dict[str, Any]:
    """An event as one JSON-ready object: type, webhook_id, timestamp, data (and reason if unknown)."""
    data: object = event.data
    if isinstance(event, WebhookEvent):
        data = event.data.to_dict()
    elif isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    document: dict[str, Any] = {
        "type": event.type,
        "webhook_id": event.webhook_id,
        "timestamp": event.timestamp.isoformat().replace("+00:00", "Z"),
        "data": data,
    }
    if isinstance(event, UnknownEvent):
        document["unknown"] = event.reason
    return document


def _default(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else str(value)


class Listener:
    """Verifies deliveries with `webhooks` and writes one line per delivery to `out` (refusals to `err`)."""

    def __init__(
        self,
        webhooks: Webhooks,
        *,
        out: TextIO,
        err: TextIO,
        json_lines: bool = False,
        event_type: str | None = None,
        max_events: int | None = None,
    ) -> None:
        self.webhooks = webhooks
        self.out = out
        self.err = err
        self.json_lines = json_lines
        self.event_type = event_type
        self.remaining = max_events

    def handle(self, body: bytes, headers: object) -> int:
        """Verify and print one delivery; returns the HTTP status to answer with."""
        try:
            event = self.webhooks.unwrap(body, headers, event_type=self.event_type)
        except WebhookVerificationError as exc:
            print(f"refused: {exc}", file=self.err, flush=True)
            return 400
        document = event_document(event)
        if self.json_lines:
            print(json.dumps(document, sort_keys=True, default=_default), file=self.out, flush=True)
        else:
            data = json.dumps(document["data"], sort_keys=True, default=_default)
            print(
                f"{document['timestamp']}  {document['webhook_id']}  {event.type or '?'}  {data}",
                file=self.out,
                flush=True,
            )
        if self.remaining is not None:
            self.remaining -= 1
        return 204

    @property
    def done(self) -> bool:
        return self.remaining is not None and self.remaining <= 0


def _handler(listener: Listener) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        wbufsize = -1
        server_version = "volteras-webhooks"

        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("content-length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_BODY:
                self._answer(413 if length > MAX_BODY else 411)
                return
            self._answer(listener.handle(self.rfile.read(length), self.headers))

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def listen(listener: Listener, host: str, port: int, *, ready: Callable[[str], None]) -> None:
    """Serve until `listener` has printed its `max_events` (forever without), or Ctrl-C."""
    server = HTTPServer((host, port), _handler(listener))
    try:
        ready(f"http://{host}:{server.server_address[1]}")
        while not listener.done:
            server.handle_request()
    finally:
        server.server_close()
