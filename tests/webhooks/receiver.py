"""A webhook receiver on 127.0.0.1 for tests: verifies with `volteras.Webhooks` and records every request."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from volteras import UnknownEvent, WebhookEvent, Webhooks, WebhookVerificationError

WAIT = 10.0  # upper bound on waiting for a delivery; never reached when things work


@dataclass(frozen=True)
class Received:
    """One request the receiver got, and what verifying it gave."""

    headers: dict[str, str]
    body: bytes
    event: WebhookEvent[object] | UnknownEvent | None
    error: WebhookVerificationError | None

    @property
    def webhook_id(self) -> str:
        return self.headers["svix-id"]


@dataclass
class Receiver:
    """Answers 204 to verified deliveries and 400 to refused ones, unless `script` says otherwise."""

    webhooks: Webhooks | None = None  # set once the secret is known
    url: str = ""
    script: list[int] = field(default_factory=list)  # statuses for the next requests, in order
    stall: list[float] = field(default_factory=list)  # seconds to wait before answering the next requests
    received: queue.Queue[Received] = field(default_factory=queue.Queue)

    def get(self) -> Received:
        """The next request received, waiting up to WAIT seconds for it."""
        return self.received.get(timeout=WAIT)

    def drain(self) -> list[Received]:
        """Every request received and not yet taken."""
        items = []
        with contextlib.suppress(queue.Empty):
            while True:
                items.append(self.received.get_nowait())
        return items


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        wbufsize = -1  # the whole answer leaves in one write

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {name.lower(): value for name, value in self.headers.items()}
            event: WebhookEvent[object] | UnknownEvent | None = None
            error = None
            try:
                assert receiver.webhooks is not None, "set receiver.webhooks before deliveries arrive"
                event = receiver.webhooks.unwrap(body, self.headers)
            except WebhookVerificationError as exc:
                error = exc
            if receiver.stall:
                time.sleep(receiver.stall.pop(0))
            status = receiver.script.pop(0) if receiver.script else (400 if error else 204)
            receiver.received.put(Received(headers, body, event, error))
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextlib.contextmanager
def running_receiver(secret: str | None = None, clock: Callable[[], float] = time.time) -> Iterator[Receiver]:
    """A receiver verifying with `secret` (or set `.webhooks` later), on 127.0.0.1 until the block ends."""
    receiver = Receiver(None if secret is None else Webhooks(secret, clock=clock))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(receiver))
    server.daemon_threads = True
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=WAIT)
