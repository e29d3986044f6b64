"""Webhook deliveries from the simulator, the way Svix makes them.

:class:`Outbox` is the pure part: endpoints, messages waiting to go out, scripted faults and
the log of attempts, all on the simulator's clock. It plans each pass (:meth:`Outbox.take_due`)
and learns the outcomes (:meth:`Outbox.record`); the simulator does the HTTP in between,
outside its lock, so a receiver may call the simulator back while handling a delivery.

Like Svix, a message keeps its id on every attempt, and one that is not answered with a 2xx
(or not answered in time) is tried again on a growing schedule; the signature is over
``{id}.{timestamp}.{body}`` with the endpoint's secret, computed by the SDK's own
``volteras._webhooks.signature`` so the signing math exists once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import math
import secrets
import ssl
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

import httpx

from volteras._webhooks import (
    DEFAULT_TOLERANCE,
    EVENT_MODELS,
    Webhooks,
    decode_secret,
    generate_secret,
    signature,
)

from ._clock import Clock
from ._settings import DEFAULT_MAX_RECORDS
from ._state import State

WebhookFault = Literal["duplicate", "out_of_order", "bad_signature", "stale_timestamp"]
"""What a receiver must survive: the same message twice, a message overtaken by the next one,
a signature made with the wrong key, a timestamp older than the 5-minute tolerance."""

RETRY_SCHEDULE: tuple[float, ...] = (5, 300, 1800, 7200, 18000, 36000, 36000)
"""Seconds from a failed attempt to the next (Svix's schedule after the first, immediate try)."""

Receiver = Callable[[bytes, Mapping[str, str]], int]
"""An in-process endpoint: called with each delivery's body and headers, answers its status code."""

STALE_BY = 600.0
"""How far back a ``stale_timestamp`` fault dates a delivery: twice the receivers' tolerance."""


@dataclass(frozen=True)
class WebhookDelivery:
    """One attempt to deliver one message to one endpoint (see ``Simulator.webhook_deliveries``)."""

    webhook_id: str
    event_type: str
    url: str
    attempt: int
    """1 for the first try; retries of the same message count up and keep ``webhook_id``."""
    sent_at: datetime
    """On the simulator's clock."""
    body: bytes
    headers: Mapping[str, str]
    status_code: int | None
    """The receiver's answer, or None when there was none (refused, reset, timed out)."""
    error: str | None
    fault: WebhookFault | None

    @property
    def ok(self) -> bool:
        """Whether the receiver acknowledged the delivery with a 2xx."""
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass(frozen=True)
class Endpoint:
    url: str
    event_types: frozenset[str] | None
    key: bytes = field(repr=False)
    timeout: float
    receiver: Receiver | None = None

    def wants(self, event_type: str) -> bool:
        return self.event_types is None or event_type in self.event_types


@dataclass
class _Message:
    seq: int
    webhook_id: str
    event_type: str
    body: bytes
    endpoint: Endpoint
    next_at: datetime
    attempts: int = 0


@dataclass(frozen=True)
class Send:
    """One HTTP POST the simulator is to make; ``copy`` marks the second send of a duplicate."""

    message: _Message
    url: str
    headers: Mapping[str, str]
    body: bytes
    timeout: float
    fault: WebhookFault | None
    copy: bool = False
    receiver: Receiver | None = None


@dataclass
class Outbox:
    """Everything about webhooks the simulator knows; not thread-safe on its own."""

    endpoints: list[Endpoint] = field(default_factory=list)
    deliveries: deque[WebhookDelivery] = field(default_factory=lambda: deque(maxlen=DEFAULT_MAX_RECORDS))
    _queue: list[_Message] = field(default_factory=list)
    _faults: list[list[Any]] = field(default_factory=list)  # [fault, remaining]
    _seq: int = 0

    def add_endpoint(
        self,
        url: str | Receiver,
        event_types: Iterable[str] | None,
        secret: str | None,
        timeout: float,
    ) -> str:
        receiver = None
        if callable(url):
            receiver, url = url, f"in-process:{getattr(url, '__qualname__', type(url).__name__)}"
        elif not isinstance(url, str):
            raise TypeError(f"url must be an http(s) URL or a receiver callable, not {type(url).__name__}")
        parts = urlsplit(url)
        if receiver is None and (parts.scheme not in ("http", "https") or not parts.hostname):
            raise ValueError(f"a webhook endpoint needs an http(s) URL, not {url!r}")
        if not (math.isfinite(timeout) and timeout > 0):
            raise ValueError("timeout must be a positive number of seconds")
        if isinstance(event_types, str):
            raise TypeError("event_types must be a list of event types, not one string")
        types = None if event_types is None else frozenset(event_types)
        secret = generate_secret() if secret is None else secret
        key = decode_secret(secret)  # a malformed secret is refused here, by the SDK's own rules
        self.endpoints.append(Endpoint(url, types, key, timeout, receiver))
        return secret

    def inject(self, fault: WebhookFault, count: int) -> None:
        if fault not in get_args(WebhookFault):
            raise ValueError(f"unknown webhook fault {fault!r}; expected one of {get_args(WebhookFault)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        self._faults.append([fault, count])

    def emit(self, event_type: str, payload: Any, now: datetime) -> None:
        """Queue one message per subscribed endpoint; each endpoint gets its own message id, as in Svix.

        ``payload`` is the event's generated model (or its JSON data).
        """
        data = payload.to_dict() if hasattr(payload, "to_dict") else payload
        body = json.dumps(data, separators=(",", ":")).encode()
        for endpoint in self.endpoints:
            if endpoint.wants(event_type):
                self._seq += 1
                webhook_id = "msg_" + secrets.token_hex(12)
                self._queue.append(_Message(self._seq, webhook_id, event_type, body, endpoint, now))

    def _take_fault(self, wanted: tuple[WebhookFault, ...]) -> WebhookFault | None:
        for entry in self._faults:
            if entry[0] in wanted:
                entry[1] -= 1
                if entry[1] == 0:
                    self._faults.remove(entry)
                fault: WebhookFault = entry[0]
                return fault
        return None

    def take_due(self, now: datetime) -> list[Send]:
        """The POSTs to make now, in order, with the next queued faults applied."""
        due = sorted((m for m in self._queue if m.next_at <= now), key=lambda m: (m.next_at, m.seq))
        if len(due) >= 2 and self._take_fault(("out_of_order",)):
            due[0], due[1] = due[1], due[0]
            order_fault: list[WebhookFault | None] = ["out_of_order", None]
        else:
            order_fault = []
        sends: list[Send] = []
        for index, message in enumerate(due):
            fault = order_fault[index] if index < len(order_fault) else None
            fault = fault or self._take_fault(("duplicate", "bad_signature", "stale_timestamp"))
            timestamp = math.floor(now.timestamp() - (STALE_BY if fault == "stale_timestamp" else 0))
            key = secrets.token_bytes(24) if fault == "bad_signature" else message.endpoint.key
            headers = {
                "content-type": "application/json",
                "svix-id": message.webhook_id,
                "svix-timestamp": str(timestamp),
                "svix-signature": signature(key, message.webhook_id, timestamp, message.body),
            }
            end = message.endpoint
            send = Send(message, end.url, headers, message.body, end.timeout, fault, receiver=end.receiver)
            sends.append(send)
            if fault == "duplicate":
                sends.append(dataclasses.replace(send, copy=True))
        return sends

    def record(self, send: Send, status_code: int | None, error: str | None, now: datetime) -> None:
        message = send.message
        if not send.copy:
            message.attempts += 1
        delivery = WebhookDelivery(
            webhook_id=message.webhook_id,
            event_type=message.event_type,
            url=send.url,
            attempt=message.attempts,
            sent_at=now,
            body=send.body,
            headers=dict(send.headers),
            status_code=status_code,
            error=error,
            fault=send.fault,
        )
        self.deliveries.append(delivery)
        if send.copy or message not in self._queue:
            return
        if delivery.ok:
            self._queue.remove(message)
        elif message.attempts > len(RETRY_SCHEDULE):
            self._queue.remove(message)  # Svix gives up after its last retry
        else:
            message.next_at = now + timedelta(seconds=RETRY_SCHEDULE[message.attempts - 1])

    @property
    def pending(self) -> int:
        return len(self._queue)


EVENT_TYPES = tuple(EVENT_MODELS)
"""The event types an endpoint can subscribe to."""


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Built once: a new httpx.Client would otherwise load the CA bundle on every pass (~0.1 s)."""
    return ssl.create_default_context()


def post(client: httpx.Client, send: Send) -> tuple[int | None, str | None]:
    """Make one delivery; any failure to get an answer is an outcome to record, not an exception."""
    if send.receiver is not None:
        try:
            status = send.receiver(send.body, dict(send.headers))
        except Exception as exc:  # a receiver that raises answered nothing, as a crashed server
            return None, f"{type(exc).__name__}: {exc}"
        if isinstance(status, bool) or not isinstance(status, int):
            return None, f"the receiver returned {type(status).__name__}, not a status code"
        return status, None
    try:
        response = client.post(send.url, content=send.body, headers=dict(send.headers), timeout=send.timeout)
    except httpx.TimeoutException:
        return None, "timed out"
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return response.status_code, None


class WebhookSender:
    """The simulator's webhook methods, kept here so the simulator's own module barely changes.

    Mixed into :class:`~._simulator.Simulator`, whose lock, clock and state these use.
    """

    _lock: threading.RLock
    _clock: Clock
    _state: State
    _outbox: Outbox
    _delivering: threading.Lock

    def _init_webhooks(self, max_records: int = DEFAULT_MAX_RECORDS) -> None:
        self._outbox = Outbox(deliveries=deque(maxlen=max_records))
        self._delivering = threading.Lock()
        self._state.on_event = self._emit  # state changes happen under self._lock, which is reentrant

    def add_webhook_endpoint(
        self,
        url: str | Receiver,
        event_types: Iterable[str] | None = None,
        secret: str | None = None,
        *,
        timeout: float = 5.0,
    ) -> str:
        """Subscribe ``url`` to ``event_types`` (None: all of them) and return its signing secret.

        ``url`` may also be a receiver callable, ``(body, headers) -> status code``, for tests
        without sockets: each delivery calls it in-process (a raise counts as no answer).

        Without ``secret`` a fresh ``whsec_`` secret is made. Deliveries are signed and POSTed
        by :meth:`deliver_webhooks`, which ``serve()`` also runs in the background; attempts
        that get no 2xx within ``timeout`` seconds are retried on Svix's schedule, measured on
        the simulator's clock. Commands that finish from now on produce ``command.updated``.

        >>> from volteras.testing import Simulator
        >>> sim = Simulator()
        >>> sim.add_webhook_endpoint("http://127.0.0.1:8000/hooks", ["command.updated"]).startswith("whsec_")
        True
        """
        with self._lock:
            self._state.settle(self._clock.now())  # what changed before subscribing is not sent
            return self._outbox.add_endpoint(url, event_types, secret, timeout)

    def webhooks(self, secret: str | Sequence[str], *, tolerance: float = DEFAULT_TOLERANCE) -> Webhooks:
        """A `volteras.Webhooks` for ``secret`` that checks timestamps on the simulator's clock.

        The simulator signs deliveries with its own clock's time, so on a :class:`ManualClock`
        (which starts in 2024) a verifier on the wall clock rejects each one as stale. Hand this
        one to the receiver under test instead.

        >>> sim = Simulator(clock=ManualClock())
        >>> secret = sim.add_webhook_endpoint("http://127.0.0.1:8000/hooks", ["command.updated"])
        >>> webhooks = sim.webhooks(secret)  # in the receiver under test: webhooks.unwrap(body, headers)
        """
        clock = self._clock
        return Webhooks(secret, tolerance=tolerance, clock=lambda: clock.now().timestamp())

    def inject_webhook_fault(self, fault: WebhookFault, *, count: int = 1) -> None:
        """Make the next ``count`` deliveries misbehave: ``duplicate`` sends one twice,
        ``out_of_order`` swaps the next two due messages, ``bad_signature`` signs one with a
        wrong key, ``stale_timestamp`` dates one 10 minutes back. Retries come out clean."""
        with self._lock:
            self._outbox.inject(fault, count)

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """The delivery attempts so far, in the order they were made (a copy; the latest ``max_records``)."""
        with self._lock:
            return list(self._outbox.deliveries)

    @property
    def pending_webhooks(self) -> int:
        """Messages not yet acknowledged by their endpoint and not given up on."""
        with self._lock:
            return self._outbox.pending

    def deliver_webhooks(self) -> int:
        """Make every delivery due by the simulator's clock now; returns how many POSTs were made.

        Tests on a manual clock call this after ``clock.advance(...)`` for deterministic
        deliveries; one pass runs at a time.
        """
        with self._delivering:
            with self._lock:
                now = self._clock.now()
                self._state.settle(now)  # changes due by now (commands finishing) emit their events
                sends = self._outbox.take_due(now)
            if not sends:
                return 0
            with httpx.Client(verify=_tls_context()) as client:
                for send in sends:
                    status, error = post(client, send)
                    with self._lock:
                        self._outbox.record(send, status, error, self._clock.now())
            return len(sends)

    def _emit(self, event_type: str, payload: Any) -> None:
        """Queue an event for every endpoint subscribed to it: the one hook state changes call."""
        with self._lock:
            self._outbox.emit(event_type, payload, self._clock.now())

    @contextlib.contextmanager
    def _webhook_worker(self, interval: float = 0.02) -> Iterator[None]:
        """Run :meth:`deliver_webhooks` every ``interval`` seconds of real time while inside."""
        stop = threading.Event()

        def run() -> None:
            while not stop.wait(interval):
                with self._lock:
                    idle = not self._outbox.endpoints
                if idle:
                    continue
                try:
                    self.deliver_webhooks()
                except Exception:  # a bug here must not silently end deliveries for the whole run
                    traceback.print_exc(file=sys.stderr)

        thread = threading.Thread(target=run, name="simulator-webhooks", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join(timeout=30)
