"""`volteras webhooks listen`: a local receiver that verifies each delivery and prints it.

For trying webhooks out: point a tunnel, the simulator or Svix's test-send at it and watch what
arrives. Each connection has its own thread (at most `MAX_CONNECTIONS` at once; past it, 503)
and a timeout on every read, so an idle or stalled connection holds up nothing but itself;
printing happens under one lock, so events never interleave. Every answer leaves in one write
(see the Nagle note in the simulator's server).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final, TextIO

from ._cli_format import to_json
from ._errors import WebhookVerificationError
from ._webhooks import UnknownEvent, WebhookEvent, Webhooks

MAX_BODY: Final = 1024 * 1024
"""Largest body read; Svix payloads are a few kilobytes."""
READ_TIMEOUT: Final = 10.0
"""Seconds each read on a connection may wait (request line, headers, body) before it is dropped."""
MAX_CONNECTIONS: Final = 32
"""Connections served at once, one thread each; past it a new one is answered 503 at once, so a
flood of idle connections cannot grow threads without bound (the sender delivers again later)."""
_BUSY: Final = (
    b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
)
_FINISH: Final = 5.0
"""Seconds to let deliveries still being answered finish once the listener is done."""
_POLL: Final = 0.2
"""How often the accept loop looks whether the listener is done."""


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


class Listener:
    """Verifies deliveries with `webhooks` and writes one line per delivery to `out` (refusals to `err`).

    Safe to call from many threads at once. Once `max_events` are printed (or `out` is closed)
    it is `done`, and later deliveries are answered 503 so the sender retries them elsewhere.
    """

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
        self.out_closed = False
        """Set when `out`'s reader went away (`| head`): the run then ends as a closed pipe."""
        self._printing = threading.Lock()
        self._answering = threading.Condition()
        self._active = 0

    def handle(self, body: bytes, headers: object) -> int:
        """Verify and print one delivery; returns the HTTP status to answer with."""
        try:
            event = self.webhooks.unwrap(body, headers, event_type=self.event_type)
        except WebhookVerificationError as exc:
            with self._printing:
                print(f"refused: {exc}", file=self.err, flush=True)
            return 400
        document = event_document(event)
        if self.json_lines:
            line = to_json(document, indent=None)
        else:
            data = to_json(document["data"], indent=None)
            line = f"{document['timestamp']}  {document['webhook_id']}  {event.type or '?'}  {data}"
        with self._printing:
            if self.done:
                return 503
            try:
                print(line, file=self.out, flush=True)
            except BrokenPipeError:
                self.out_closed = True
                return 503
            if self.remaining is not None:
                self.remaining -= 1
        return 204

    @property
    def done(self) -> bool:
        return self.out_closed or (self.remaining is not None and self.remaining <= 0)

    def answering(self, delta: int) -> None:
        with self._answering:
            self._active += delta
            self._answering.notify_all()

    def finish(self, timeout: float) -> None:
        """Wait (at most `timeout`) for the deliveries being answered, so none is cut off mid-answer."""
        with self._answering:
            self._answering.wait_for(lambda: self._active == 0, timeout=timeout)


def _handler(listener: Listener, read_timeout: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        wbufsize = -1
        server_version = "volteras-webhooks"
        timeout = read_timeout  # per connection: an idle or stalled client is dropped, alone

        def do_POST(self) -> None:
            listener.answering(+1)
            try:
                try:
                    length = int(self.headers.get("content-length") or 0)
                except ValueError:
                    length = -1
                if not 0 <= length <= MAX_BODY:
                    self._answer(413 if length > MAX_BODY else 411)
                    return
                try:
                    body = self.rfile.read(length)
                except (TimeoutError, ConnectionError):  # a body that stalls past the read timeout
                    self.close_connection = True
                    return
                self._answer(listener.handle(body, self.headers))
            finally:
                listener.answering(-1)

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    """A thread per connection, at most `max_connections` at once."""

    daemon_threads = True  # an idle connection's thread must not keep the process alive
    block_on_close = False

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], max_connections: int):
        super().__init__(address, handler)
        self.slots = threading.BoundedSemaphore(max_connections)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):  # every slot taken: 503 from here, no new thread
            with contextlib.suppress(OSError):
                request.sendall(_BUSY)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


def listen(
    listener: Listener,
    host: str,
    port: int,
    *,
    ready: Callable[[str], None],
    read_timeout: float = READ_TIMEOUT,
    max_connections: int = MAX_CONNECTIONS,
) -> None:
    """Serve until `listener` has printed its `max_events` (forever without), or Ctrl-C.

    Raises BrokenPipeError when `out`'s reader went away, after the deliveries in flight are answered.
    """
    server = _Server((host, port), _handler(listener, read_timeout), max_connections)
    server.timeout = _POLL  # handle_request returns now and then, to see whether the listener is done
    try:
        ready(f"http://{host}:{server.server_address[1]}")
        while not listener.done:
            server.handle_request()
        listener.finish(_FINISH)
    finally:
        server.server_close()
    if listener.out_closed:
        raise BrokenPipeError("the reader of the listener's output went away")
