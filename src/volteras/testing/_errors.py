"""The error answers handlers raise; the state turns them into the error envelope.

`SimulatedError` is the simulator's side of an error answer, never seen by an SDK user: the SDK's
`volteras.APIError` is what the client raises on receiving one. It used to be `SimulatedError`, a name
two letters' case away from the SDK's; the old name still imports for one release, warning.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._enums import ERROR_STATUS, ErrorCode


class SimulatedError(Exception):
    """An answer with the error envelope; raised inside handlers, caught in ``State.handle``.

    Named apart from the SDK's `volteras.APIError`, which the client raises for such an answer.
    """

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        *,
        data: Mapping[str, Any] | None = None,
        status: int | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data
        self.status = ERROR_STATUS[code] if status is None else status
        self.headers = headers


def validation(message: str, errors: list[dict[str, Any]] | None = None) -> SimulatedError:
    """REQUEST_VALIDATION_ERROR; ``errors`` (``loc``/``msg`` pairs) go in ``data``."""
    return SimulatedError(
        ErrorCode.REQUEST_VALIDATION_ERROR, message, data={"errors": errors} if errors is not None else None
    )


def not_found(kind: str, identifier: str) -> SimulatedError:
    return SimulatedError(ErrorCode.RESOURCE_NOT_FOUND, f"{kind} {identifier!r} not found.")


class HandlerDrift(AssertionError):
    """A handler answered what the spec does not declare for its operation: a status it does not
    list, a body where it declares none, or a body its response schema or model refuses.

    A bug in the simulator, never the client's fault: the simulator answers 500 with this
    message (and prints the traceback), so a test that meets it fails naming the operation.
    """
