"""Receiving webhooks: check that a delivery really comes from Volteras, then parse it.

Volteras delivers webhooks through Svix, which signs them the Standard Webhooks way: the
HMAC-SHA256, keyed with the endpoint's secret, of `{id}.{timestamp}.{body}`, sent base64-encoded
as `v1,<signature>` entries in a header. Everything a receiver needs is here, framework-free:
hand it the body exactly as received (bytes, before any JSON decoding) and the request headers.

The payload itself carries no event type (each endpoint subscribes to the types it wants), so
`unwrap` takes the type from the caller or infers it from the fields, and falls back to an
`UnknownEvent` rather than raising once the signature has been checked: a delivery Volteras
really sent must never make a receiver crash. The events live in `_webhook_events`, the HMAC
and the secrets in `_webhook_signing`.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import math
import os
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal, overload

from ._errors import WebhookVerificationError
from ._generated.models import (
    AlertUpdated,
    CommandUpdated,
    DeviceConnected,
    DeviceDisconnected,
    DeviceTelemetry,
    RateLimitUpdated,
)
from ._webhook_events import (
    EVENT_MODELS,
    EventType,
    UnknownEvent,
    WebhookEvent,
    infer_event_type,
    parse_event,
)
from ._webhook_signing import (
    SECRET_PREFIX,
    KeyedSha256,
    decode_secret,
    generate_secret,
    signature,
    signed_content,
)

__all__ = [
    "EVENT_MODELS",
    "SECRET_PREFIX",
    "EventType",
    "UnknownEvent",
    "WebhookEvent",
    "Webhooks",
    "decode_secret",
    "generate_secret",
    "infer_event_type",
    "parse_event",
    "signature",
    "signed_content",
]

ENV_SECRET: Final = "VOLTERAS_WEBHOOK_SECRET"  # noqa: S105 (a variable name)
DEFAULT_TOLERANCE: Final = 300.0
"""Seconds a delivery's timestamp may be away from this machine's clock, either way (Svix's default)."""

_MAX_TIMESTAMP_DIGITS: Final = 11  # up to the year 5138: a datetime can always hold it

_FAMILIES: Final = (
    ("svix-id", "svix-timestamp", "svix-signature"),
    ("webhook-id", "webhook-timestamp", "webhook-signature"),
)
"""The two spellings of the id, timestamp and signature headers: Svix's and Standard Webhooks'."""
_WANTED: Final = frozenset(name for names in _FAMILIES for name in names)


def _split_secrets(secret: str | Sequence[str] | None) -> list[object]:
    if secret is None:
        secret = os.environ.get(ENV_SECRET)
        if secret is None:
            raise WebhookVerificationError(
                "malformed_secret", f"no webhook secret: pass secret= or set {ENV_SECRET}"
            )
    if isinstance(secret, str):
        return list(secret.split())
    if isinstance(secret, bytes | bytearray) or not isinstance(secret, Sequence):
        raise WebhookVerificationError(
            "malformed_secret", f"secret must be a str or a sequence of str, got {type(secret).__name__}"
        )
    return list(secret)


def _find_headers(headers: object) -> tuple[tuple[str, str, str], tuple[object, object, object]]:
    """The names of one family's id, timestamp and signature headers, and their values.

    `get` first: httpx, Starlette, Flask and Django headers all look names up without regard to
    case, and a plain dict usually has them lower-case. Only when that misses are all the names
    compared case-insensitively, which also covers a list of (name, value) pairs.
    """
    get = getattr(headers, "get", None)
    if get is not None:
        try:
            for names in _FAMILIES:
                id_name, ts_name, sig_name = names
                values = (get(id_name), get(ts_name), get(sig_name))
                if values[0] is not None and values[1] is not None and values[2] is not None:
                    return names, values
        except (TypeError, KeyError, ValueError):  # not callable, or an odd mapping: the scan decides
            pass
    found = _scan_headers(headers)
    present = next((names for names in _FAMILIES if names[0] in found), None)
    if present is None:
        raise WebhookVerificationError("missing_header", "no svix-id (or webhook-id) header")
    for name in present[1:]:
        if name not in found:
            raise WebhookVerificationError("missing_header", f"no {name} header")
    return present, (found[present[0]], found[present[1]], found[present[2]])


def _scan_headers(headers: object) -> dict[str, object]:
    items: object
    if isinstance(headers, Mapping) or callable(getattr(headers, "items", None)):
        items = headers.items()  # type: ignore[attr-defined]
    elif isinstance(headers, list | tuple):
        items = headers
    else:
        raise WebhookVerificationError(
            "malformed_headers", f"headers must be a mapping of names to values, got {type(headers).__name__}"
        )
    found: dict[str, object] = {}
    for pair in items:  # type: ignore[attr-defined]
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise WebhookVerificationError("malformed_headers", "headers must be (name, value) pairs")
        name = pair[0].decode("latin-1") if isinstance(pair[0], bytes) else pair[0]
        if isinstance(name, str):
            lowered = name.lower()
            if lowered in _WANTED and pair[1] is not None and lowered not in found:
                found[lowered] = pair[1]
    return found


def _text(name: str, value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")  # how HTTP header bytes map to text (as Starlette does)
    if isinstance(value, str):
        return value
    raise WebhookVerificationError("malformed_header", f"{name} must be text, got {type(value).__name__}")


def _timestamp(name: str, raw: str) -> int:
    text = raw.strip()  # spaces around it are tolerated, as int() does
    if not (text.isdigit() and text.isascii() and len(text) <= _MAX_TIMESTAMP_DIGITS):
        raise WebhookVerificationError("bad_timestamp", f"{name} is not a Unix time in whole seconds")
    return int(text)


def _body_bytes(body: object) -> bytes:
    if isinstance(body, bytes):
        return bytes(body)
    if isinstance(body, str):
        try:
            return body.encode()
        except UnicodeEncodeError:
            raise WebhookVerificationError("malformed_body", "body is not valid text") from None
    if isinstance(body, bytearray | memoryview):
        return bytes(body)
    raise WebhookVerificationError(
        "malformed_body", f"body must be the raw bytes received, got {type(body).__name__}"
    )


_SEPARATORS: Final = bytes.maketrans(b"\x1c\x1d\x1e\x1f", b"    ")
"""The ASCII separators `str.split` splits on and `bytes.split` does not, made spaces."""


def _entries(header: str) -> list[bytes]:
    """The space-separated entries of a signature header (`v1,<base64>` each), as bytes.

    An entry that is not ASCII cannot be a signature, so it is dropped rather than refused: the
    header may still hold one that matches.
    """
    if header.isascii():
        return header.encode().translate(_SEPARATORS).split()
    return [entry.encode() for entry in header.split() if entry.isascii()]


def _decoded(entries: list[bytes]) -> list[bytes]:
    """The v1 signatures that are valid base64, decoded (Svix's libraries compare decoded bytes);
    other versions (v1a, ...) are skipped."""
    decoded = []
    for entry in entries:
        if not entry.startswith(b"v1,"):
            continue
        try:
            value = base64.b64decode(entry[3:], validate=True)
        except (binascii.Error, ValueError):
            continue
        if value:
            decoded.append(value)
    return decoded


class Webhooks:
    """Verifies and parses the webhooks Volteras sends to one endpoint.

    `secret` is the endpoint's signing secret (`whsec_...`), or several during a rotation (a
    sequence, or one string with the secrets separated by spaces); without it the
    `VOLTERAS_WEBHOOK_SECRET` variable is read. A delivery passes when any signature in it
    matches any secret. `tolerance` is how many seconds the delivery's timestamp may differ
    from `clock()`, either way, which stops an old delivery from being replayed.

    >>> webhooks = Webhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    >>> headers = webhooks.sign(b'{"id": "cmd_1", "command": "LOCK_DOORS", "status": "EXECUTED"}')
    >>> event = webhooks.unwrap(b'{"id": "cmd_1", "command": "LOCK_DOORS", "status": "EXECUTED"}', headers)
    >>> event.type, event.data.status
    ('command.updated', <CommandStatus.EXECUTED: 'EXECUTED'>)
    """

    __slots__ = ("_clock", "_keys", "_macs", "_tolerance")

    def __init__(
        self,
        secret: str | Sequence[str] | None = None,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
            raise TypeError(f"tolerance must be a number of seconds, got {type(tolerance).__name__}")
        if not (math.isfinite(tolerance) and tolerance >= 0):
            raise ValueError(f"tolerance must be a finite number of seconds >= 0, got {tolerance!r}")
        if not callable(clock):
            raise TypeError("clock must be a callable returning Unix seconds, like time.time")
        given = _split_secrets(secret)
        if not given:
            raise WebhookVerificationError("malformed_secret", "no webhook secret given (the value is empty)")
        labels = ["secret"] if len(given) == 1 else [f"secret #{n}" for n in range(1, len(given) + 1)]
        self._keys = tuple(decode_secret(value, label) for value, label in zip(given, labels, strict=True))
        self._macs = tuple(KeyedSha256(key) for key in self._keys)
        self._tolerance = float(tolerance)
        self._clock = clock

    def __repr__(self) -> str:
        return f"Webhooks(<{len(self._keys)} secret(s)>, tolerance={self._tolerance:g})"

    def verify(self, body: bytes | str, headers: object) -> None:
        """Raise WebhookVerificationError unless `body` and `headers` are an authentic, fresh delivery.

        `body` must be the bytes exactly as received: re-encoding parsed JSON changes them.
        `headers` may be a dict, `httpx.Headers`, or a web framework's headers object.
        """
        self._verified(body, headers)

    @overload
    def unwrap(
        self, body: bytes | str, headers: object, *, event_type: Literal["command.updated"]
    ) -> WebhookEvent[CommandUpdated] | UnknownEvent: ...
    @overload
    def unwrap(
        self, body: bytes | str, headers: object, *, event_type: Literal["device.connected"]
    ) -> WebhookEvent[DeviceConnected] | UnknownEvent: ...
    @overload
    def unwrap(
        self, body: bytes | str, headers: object, *, event_type: Literal["device.disconnected"]
    ) -> WebhookEvent[DeviceDisconnected] | UnknownEvent: ...
    @overload
    def unwrap(
        self, body: bytes | str, headers: object, *, event_type: Literal["device.telemetry"]
    ) -> WebhookEvent[DeviceTelemetry] | UnknownEvent: ...
    @overload
    def unwrap(
        self, body: bytes | str, headers: object, *, event_type: Literal["rate_limit.updated"]
    ) -> WebhookEvent[RateLimitUpdated] | UnknownEvent: ...
    @overload
    def unwrap(
        self, body: bytes | str, headers: object, *, event_type: Literal["alert.updated"]
    ) -> WebhookEvent[AlertUpdated] | UnknownEvent: ...
    @overload
    def unwrap(
        self, body: bytes | str, headers: object, *, event_type: str | None = None
    ) -> WebhookEvent[Any] | UnknownEvent: ...
    def unwrap(
        self, body: bytes | str, headers: object, *, event_type: str | None = None
    ) -> WebhookEvent[Any] | UnknownEvent:
        """Verify a delivery, then parse it into a `WebhookEvent` (or an `UnknownEvent`).

        Pass `event_type` when the endpoint only receives one type (the body does not name
        it); a documented type also gives the precise static type, `WebhookEvent[CommandUpdated]
        | UnknownEvent` for "command.updated". Without it the type is inferred from the payload's
        fields when exactly one event type fits; `device.connected` and `device.disconnected`
        carry the same fields, so those two need `event_type`. Once verified, nothing about the
        payload raises: an unknown type, a body that is not a JSON object, or a field of an
        unexpected type gives an `UnknownEvent` holding the decoded data.
        """
        if event_type is not None and not isinstance(event_type, str):
            raise TypeError(f"event_type must be a str or None, got {type(event_type).__name__}")
        raw, webhook_id, timestamp = self._verified(body, headers)
        return parse_event(raw, webhook_id, timestamp, event_type)

    def sign(
        self, body: bytes | str, *, webhook_id: str | None = None, timestamp: int | None = None
    ) -> dict[str, str]:
        """The headers Svix would send with `body`, signed with every secret: for receivers' tests."""
        raw = _body_bytes(body)
        webhook_id = "msg_" + secrets.token_hex(12) if webhook_id is None else webhook_id
        timestamp = math.floor(self._clock()) if timestamp is None else timestamp
        signatures = " ".join(signature(key, webhook_id, timestamp, raw) for key in self._keys)
        return {"svix-id": webhook_id, "svix-timestamp": str(timestamp), "svix-signature": signatures}

    def _verified(self, body: object, headers: object) -> tuple[bytes, str, int]:
        raw = body if body.__class__ is bytes else _body_bytes(body)
        (id_name, ts_name, sig_name), (id_value, ts_value, sig_value) = _find_headers(headers)
        webhook_id = id_value if id_value.__class__ is str else _text(id_name, id_value)
        if not webhook_id:
            raise WebhookVerificationError("malformed_header", f"{id_name} is empty")
        try:
            id_bytes = webhook_id.encode()
        except UnicodeEncodeError:
            raise WebhookVerificationError("malformed_header", f"{id_name} is not valid text") from None
        timestamp = _timestamp(ts_name, ts_value if ts_value.__class__ is str else _text(ts_name, ts_value))
        entries = _entries(sig_value if sig_value.__class__ is str else _text(sig_name, sig_value))
        now = self._clock()
        if not math.isfinite(now):  # a NaN would make every comparison below false
            raise ValueError(f"clock() returned {now!r}; it must return Unix seconds, like time.time")
        ahead = timestamp - now
        if not -self._tolerance <= ahead <= self._tolerance:
            raise self._out_of_tolerance(ts_name, ahead)
        signed = signed_content(id_bytes, timestamp, raw)
        for mac in self._macs:  # the spelling Svix sends, compared as it came, first
            entry = b"v1," + binascii.b2a_base64(mac.digest(signed), newline=False)
            for candidate in entries:
                if hmac.compare_digest(entry, candidate):
                    return raw, webhook_id, timestamp
        candidates = _decoded(entries)  # then any other base64 spelling of the same bytes
        if not candidates:
            raise WebhookVerificationError("malformed_header", f"{sig_name} holds no v1,<base64> signature")
        for mac in self._macs:
            digest = mac.digest(signed)
            for candidate in candidates:
                if hmac.compare_digest(digest, candidate):
                    return raw, webhook_id, timestamp
        raise WebhookVerificationError(
            "no_matching_signature", f"no signature in {sig_name} matches the secret"
        )

    def _out_of_tolerance(self, ts_name: str, ahead: float) -> WebhookVerificationError:
        limit = f"more than the {self._tolerance:g}s tolerance"
        if ahead < 0:
            return WebhookVerificationError("stale_timestamp", f"{ts_name} is {-ahead:.0f}s old, {limit}")
        return WebhookVerificationError(
            "future_timestamp", f"{ts_name} is {ahead:.0f}s ahead of this clock, {limit}"
        )
