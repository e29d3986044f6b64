"""What reached the simulator, for tests to read: requests, executions, connection groups.

Mixed into :class:`~._simulator.Simulator`, whose lock, clock and state these use. The request
records are bounded (the latest ``max_records``, 10,000 by default, each body cut at 64 KiB): a
``serve`` that runs for days keeps its memory flat.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING

from ._clock import Clock
from ._executions import ExecutionRecord
from ._state import State
from ._wire import RecordedRequest

if TYPE_CHECKING:
    from ._webhooks import Outbox


class Records:
    """The simulator's record-reading methods."""

    _lock: threading.RLock
    _clock: Clock
    _state: State
    _outbox: Outbox
    _requests: deque[RecordedRequest]
    _token_requests: deque[RecordedRequest]

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received, in arrival order (a copy): the latest ``max_records`` (10,000 by
        default), each body cut at ``MAX_RECORDED_BODY`` (64 KiB; ``body_size`` gives the size sent),
        so a long ``serve`` stays flat; :meth:`reset_records` clears them."""
        with self._lock:
            return list(self._requests)

    @property
    def token_requests(self) -> list[RecordedRequest]:
        """The requests made to the token endpoint (a copy; the latest ``max_records``)."""
        with self._lock:
            return list(self._token_requests)

    @property
    def executions(self) -> list[ExecutionRecord]:
        """Every execution created, oldest first, with its status as of now."""
        with self._lock:
            self._state.settle(self._clock.now())
            return self._state.execution_records()

    def executions_for(self, vehicle_id: str, command: str | None = None) -> list[ExecutionRecord]:
        """The executions of one vehicle, optionally of one command."""
        return [
            record
            for record in self.executions
            if record.vehicle_id == vehicle_id and (command is None or record.command == command)
        ]

    def connection_groups(self, organization_id: str | None = None) -> list[str]:
        """The ids of the bulk connection groups posted, oldest first (eligibility checks aside).

        What a test counts to see that one ``connections.create`` made one group, whatever
        the network did to its answer.
        """
        with self._lock:
            groups = self._state.org(organization_id).groups
            return [group_id for group_id, group in groups.items() if not group.eligibility]

    def reset_records(self) -> None:
        """Forget recorded requests and webhook delivery attempts; executions, tokens and faults stay."""
        with self._lock:
            self._requests.clear()
            self._token_requests.clear()
            self._outbox.deliveries.clear()
