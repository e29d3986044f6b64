"""`CommandUpdates`: the platform's `command.updated` webhooks end the SDK's waits early.

Without it every wait polls (`commands.wait`, `wait=True`, the fan-out): one GET a second at
first, then less often. The platform already pushes each change of a command's status, so a
receiver that hands its verified deliveries to a `CommandUpdates` lets every wait of a client
built with `command_updates=` sleep until its command's final update arrives, then poll once to
read the whole execution. Where no update arrives (a missed delivery, an endpoint not yet set
up), the wait still ends: it polls every `fallback_interval` seconds.

Deliveries are at least once and in no order: a message seen before is dropped by its
`webhook_id`; an update never turns a final status back into a running one, and of two running
ones the older (by its signing time) does not overwrite the newer. Safe to feed from any thread
(a web server's) and to wait on from threads and event loops at once.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from ._generated.models import CommandStatus, CommandUpdated
from ._waiting import TERMINAL_STATUSES

if TYPE_CHECKING:
    from ._webhooks import UnknownEvent, WebhookEvent, Webhooks

DEFAULT_FALLBACK_INTERVAL: Final = 30.0
"""Seconds between polls while a wait hears nothing: slower than plain polling, since an update
is expected to end the wait first."""
DEFAULT_MAX_REMEMBERED: Final = 10_000
"""Updates (and delivery ids) kept, the latest; an update may arrive before its wait starts."""
_RUNNING: Final = frozenset(CommandStatus) - TERMINAL_STATUSES


def _is_final(status: object) -> bool:
    """Final as a wait sees it: a status the spec marks final, or one it does not know."""
    return status is not None and status not in _RUNNING and isinstance(status, str)


class _Seen:
    __slots__ = ("at", "update")

    def __init__(self, update: CommandUpdated, at: datetime | None) -> None:
        self.update, self.at = update, at


class CommandUpdates:
    """A receiver-side hub for `command.updated` deliveries, which client waits listen to.

    Build it with the endpoint's `Webhooks` verifier, give it to the client, and pass each
    delivery your webhook endpoint gets to `receive` (or a verified event to `feed`):

    >>> updates = CommandUpdates(Webhooks("whsec_..."))
    >>> client = Volteras(command_updates=updates)
    >>> # in the web handler: updates.receive(body, headers); return 204
    >>> client.commands.lock_doors("veh_1", wait=True)  # ends on the webhook, after one poll

    `fallback_interval` is the seconds between polls of a wait that hears nothing.
    """

    def __init__(
        self,
        webhooks: Webhooks | None = None,
        *,
        fallback_interval: float = DEFAULT_FALLBACK_INTERVAL,
        max_remembered: int = DEFAULT_MAX_REMEMBERED,
    ) -> None:
        if webhooks is not None and not callable(getattr(webhooks, "unwrap", None)):
            raise TypeError(f"webhooks must be a volteras.Webhooks, not {type(webhooks).__name__}")
        if not (
            isinstance(fallback_interval, int | float)
            and not isinstance(fallback_interval, bool)
            and math.isfinite(fallback_interval)
            and fallback_interval > 0
        ):
            raise ValueError(
                f"fallback_interval must be a finite number of seconds > 0, not {fallback_interval!r}"
            )
        if isinstance(max_remembered, bool) or not isinstance(max_remembered, int) or max_remembered < 1:
            raise ValueError(f"max_remembered must be an int >= 1, not {max_remembered!r}")
        self.webhooks = webhooks
        self.fallback_interval = float(fallback_interval)
        self._max = max_remembered
        self._lock = threading.Lock()
        self._latest: OrderedDict[str, _Seen] = OrderedDict()
        self._deliveries: OrderedDict[str, None] = OrderedDict()
        self._wakers: dict[str, set[Callable[[], object]]] = {}

    def __repr__(self) -> str:
        return f"CommandUpdates(fallback_interval={self.fallback_interval:g}, remembered={len(self._latest)})"

    def receive(self, body: bytes | str, headers: object) -> WebhookEvent[Any] | UnknownEvent:
        """Verify a delivery with `webhooks`, feed it, and return the event for your own handling.

        Raises WebhookVerificationError as `Webhooks.unwrap` does (answer 400); any verified
        delivery, of whatever type, is returned, so one endpoint can serve every event type.
        """
        if self.webhooks is None:
            raise TypeError("receive needs CommandUpdates(webhooks); with events already verified, use feed")
        event = self.webhooks.unwrap(body, headers)
        self.feed(event)
        return event

    def feed(self, event: WebhookEvent[Any] | UnknownEvent) -> bool:
        """Take in one verified event; True when it told a wait something new.

        Events of other types, unknown events and repeats of a delivery already seen are ignored.
        """
        data = getattr(event, "data", None)
        if not isinstance(data, CommandUpdated) or not isinstance(data.id, str):
            return False
        with self._lock:
            if event.webhook_id in self._deliveries:
                return False
            self._remember(self._deliveries, event.webhook_id, None)
            seen = self._latest.get(data.id)
            if seen is not None and (
                _is_final(seen.update.status)
                or (not _is_final(data.status) and seen.at is not None and event.timestamp < seen.at)
            ):
                return False  # never back from a final status; an older running one changes nothing
            self._remember(self._latest, data.id, _Seen(data, event.timestamp))
            wakers = list(self._wakers.get(data.id, ())) if _is_final(data.status) else []
        for wake in wakers:
            wake()
        return True

    def latest(self, execution_id: str) -> CommandUpdated | None:
        """The newest update of this execution received (kept for the latest `max_remembered`)."""
        with self._lock:
            seen = self._latest.get(execution_id)
        return None if seen is None else seen.update

    def _remember(self, table: OrderedDict[str, Any], key: str, value: Any) -> None:
        table[key] = value
        table.move_to_end(key)
        while len(table) > self._max:
            table.popitem(last=False)

    def _waiter(self, execution_id: str) -> Waiter:
        """What one wait for `execution_id` listens with (see `_polling.Schedule`)."""
        return Waiter(self, execution_id)


class Waiter:
    """One wait's ear on the hub: whether its command's final update came; a `_wakeups.Source`
    that rings the wait's sleep when it does."""

    __slots__ = ("_hub", "key")

    def __init__(self, hub: CommandUpdates, key: str) -> None:
        self._hub, self.key = hub, key

    @property
    def interval(self) -> float:
        return self._hub.fallback_interval

    def heard_final(self) -> bool:
        update = self._hub.latest(self.key)
        return update is not None and _is_final(update.status)

    def listen(self, wake: Callable[[], object]) -> bool:
        """Register `wake`; False (nothing registered) when the final update is already here."""
        hub = self._hub
        with hub._lock:
            seen = hub._latest.get(self.key)
            if seen is not None and _is_final(seen.update.status):
                return False
            hub._wakers.setdefault(self.key, set()).add(wake)
        return True

    def forget(self, wake: Callable[[], object]) -> None:
        hub = self._hub
        with hub._lock:
            wakers = hub._wakers.get(self.key)
            if wakers is not None:
                wakers.discard(wake)
                if not wakers:
                    del hub._wakers[self.key]
