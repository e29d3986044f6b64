"""Every exception the SDK raises, in one shallow tree.

    VolterasError
    ├── APIError                      the server answered with an error
    │   ├── AuthenticationError       AUTHENTICATION_ERROR, or 401
    │   ├── PermissionDeniedError     NOT_PERMITTED, or 403
    │   ├── NotFoundError             RESOURCE_NOT_FOUND, or 404
    │   ├── CommandAlreadyInProgressError   COMMAND_ALREADY_IN_PROGRESS
    │   ├── RequestValidationError    REQUEST_VALIDATION_ERROR and paging codes, or 400/422
    │   ├── RateLimitError            INTERNAL_RATE_LIMITED, or 429
    │   └── ServerError               SERVER_ERROR, or 5xx
    ├── APIConnectionError            no answer: connection refused, reset, dropped
    │   └── APITimeoutError           no answer in time
    ├── ResponseValidationError       a success body not as the spec says, or any answer too large
    ├── CommandTimeoutError           `wait` gave up before the command finished
    ├── CommandFailedError            `wait(raise_on_failure=True)` saw FAILED
    ├── BulkConnectionTimeoutError    `connections.wait` gave up before the group was final
    └── WebhookVerificationError      a webhook delivery (or secret) failed a check; `.reason` says which

The class comes from the envelope's `error` code first, the HTTP status second, because
the API does not document which status goes with which code. A code this SDK does not
know yet falls back to its status's class (a 404 a NotFoundError, a 5xx a ServerError, a status
with no class of its own a plain `APIError`), and keeps the code in `.code`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._generated.models.error_code import ErrorCode

if TYPE_CHECKING:
    from ._generated.models import BulkConnectStatusResponse, CommandExecution, FailedReason

_EXCERPT = 200
_KEPT_REQUEST_HEADERS = frozenset({"accept", "content-type", "user-agent"})
# The content is kept decoded, so the headers that described its wire form go; cookies authenticate.
_DROPPED_RESPONSE_HEADERS = frozenset(
    {"content-encoding", "content-length", "transfer-encoding", "set-cookie"}
)


def safe_request(request: httpx.Request) -> httpx.Request:
    """What a request was, for debugging: method, URL and harmless headers, never a credential or a body.

    The request an exception would otherwise keep carries the bearer token or, for a token
    request, the client secret and the refresh token; an exception travels far (logs, pickles
    to another process, error trackers), so it only ever holds this copy.
    """
    url = request.url.copy_with(username=None, password=None) if request.url.userinfo else request.url
    headers = [(k, v) for k, v in request.headers.raw if k.decode("latin-1").lower() in _KEPT_REQUEST_HEADERS]
    return httpx.Request(request.method, url, headers=headers)


def safe_response(response: httpx.Response) -> httpx.Response:
    """A detached copy of `response`: status, headers and body as received, with a `safe_request`."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    try:
        request: httpx.Request | None = safe_request(response.request)
    except RuntimeError:  # a response built without a request
        request = None
    dropped = _DROPPED_RESPONSE_HEADERS
    headers = [(k, v) for k, v in response.headers.raw if k.decode("latin-1").lower() not in dropped]
    extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=request, extensions=extensions
    )


def _restore(cls: type[VolterasError], args: tuple[object, ...]) -> VolterasError:
    return cls.__new__(cls, *args)


class VolterasError(Exception):
    """Base of everything this SDK raises on purpose."""

    execution: CommandExecution | None = None
    """Set when the error came after a command was created (while waiting for it), so the caller
    knows the command exists and must not simply send it again."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle and copy rebuild from the fields, not by calling __init__ with `args` (the
        # subclasses take keyword arguments), so an error crosses a process pool intact.
        return _restore, (type(self), self.args), self.__dict__


class APIError(VolterasError):
    """The API answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        request_id: str | None = None,
        body: object = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.body = body
        self.response = None if response is None else safe_response(response)
        where = f"HTTP {status_code}" + (f", request_id {request_id}" if request_id else "")
        super().__init__(f"{code or 'error'}: {message} ({where})")


class AuthenticationError(APIError):
    """Credentials or token refused; the SDK already renewed the token once."""


class PermissionDeniedError(APIError):
    """Authenticated, but not allowed (for example no `vehicle:commands` scope)."""


class NotFoundError(APIError):
    """The vehicle or execution does not exist for this client."""


class CommandAlreadyInProgressError(APIError):
    """A command of the same type is still pending for this vehicle."""


class RequestValidationError(APIError):
    """The API refused the request's parameters or body."""


class RateLimitError(APIError):
    """Too many requests; retried automatically up to `max_retries`."""


class ServerError(APIError):
    """The API or a proxy in front of it failed."""


class APIConnectionError(VolterasError):
    """No HTTP answer at all."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        self.request = None if request is None else safe_request(request)
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out. For a command, the vehicle may still have received it."""


class ResponseValidationError(VolterasError):
    """A success response whose body is not JSON or not the documented shape, or any answer too large."""

    def __init__(
        self,
        reason: str,
        *,
        status_code: int,
        content: bytes,
        request_id: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        # The whole answer (a command POST's body may still name the new id), detached from the
        # request that carried the bearer token.
        self.response = None if response is None else safe_response(response)
        self.reason = reason
        self.request_id = request_id
        self.excerpt = content[:_EXCERPT].decode("utf-8", errors="replace")
        super().__init__(f"unexpected response body ({reason}; HTTP {status_code}): {self.excerpt!r}")


class CommandTimeoutError(VolterasError):
    """The command's status was still not final when `wait` gave up."""

    execution: CommandExecution

    def __init__(self, execution: CommandExecution, timeout: float) -> None:
        self.execution = execution
        self.timeout = timeout
        super().__init__(
            f"command {execution.id} ({execution.command}) on vehicle {execution.vehicle_id} "
            f"still {execution.status} after {timeout:g}s"
        )


class CommandFailedError(VolterasError):
    """The command ended FAILED; `failed_reason` says why."""

    execution: CommandExecution

    def __init__(self, execution: CommandExecution) -> None:
        self.execution = execution
        reason = execution.failed_reason
        self.failed_reason: FailedReason | str | None = reason if isinstance(reason, str) else None
        super().__init__(
            f"command {execution.id} ({execution.command}) on vehicle {execution.vehicle_id} "
            f"failed: {self.failed_reason}"
        )


class BulkConnectionTimeoutError(VolterasError):
    """A bulk connection was still CREATED or PROCESSING when `connections.wait` gave up."""

    def __init__(self, group: BulkConnectStatusResponse, timeout: float) -> None:
        self.group = group
        self.timeout = timeout
        super().__init__(f"bulk connection {group.id} still {group.status} after {timeout:g}s")


WebhookCheck = Literal[
    "malformed_secret",
    "malformed_body",
    "malformed_headers",
    "missing_header",
    "malformed_header",
    "bad_timestamp",
    "stale_timestamp",
    "future_timestamp",
    "no_matching_signature",
]


class WebhookVerificationError(VolterasError):
    """A webhook delivery cannot be trusted, or a signing secret is unusable.

    `reason` names the check that failed, so a receiver can count or log failures by kind; the
    message never contains a secret. Answer such a delivery with a 4xx and do not act on it.
    """

    def __init__(self, reason: WebhookCheck, message: str) -> None:
        self.reason: WebhookCheck = reason
        super().__init__(f"{reason}: {message}")


_BY_CODE: dict[str, type[APIError]] = {
    ErrorCode.AUTHENTICATION_ERROR: AuthenticationError,
    ErrorCode.NOT_PERMITTED: PermissionDeniedError,
    ErrorCode.RESOURCE_NOT_FOUND: NotFoundError,
    ErrorCode.COMMAND_ALREADY_IN_PROGRESS: CommandAlreadyInProgressError,
    ErrorCode.REQUEST_VALIDATION_ERROR: RequestValidationError,
    ErrorCode.PAGE_SIZE_TOO_LARGE: RequestValidationError,
    ErrorCode.QUERY_PAGE_TOKEN_EXPIRED: RequestValidationError,
    ErrorCode.PAGINATED_QUERY_FILTER_CHANGED: RequestValidationError,
    ErrorCode.INTERNAL_RATE_LIMITED: RateLimitError,
    ErrorCode.SERVER_ERROR: ServerError,
}
"""The class for each code of the spec's ErrorCode that has one of its own; any other code,
DEVICE_LIMIT_REACHED among them, is a plain APIError."""

_BY_STATUS: dict[int, type[APIError]] = {
    400: RequestValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: RequestValidationError,
    429: RateLimitError,
}


def error_class(code: str | None, status_code: int) -> type[APIError]:
    """The class for an error answer: its code's, else its status's (any 5xx a ServerError), else APIError.

    A code the SDK does not know yet says nothing about the class, so the status still does: an
    unknown code on a 404 is a NotFoundError, on a 503 a ServerError, with the code kept in `.code`.
    """
    if code is not None and code in _BY_CODE:
        return _BY_CODE[code]
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIError)


def _fastapi_detail(detail: list[Any]) -> str:
    """`loc: msg` of the first few FastAPI validation items, whatever shape they arrive in."""
    parts: list[str] = []
    for item in detail[:3]:
        if isinstance(item, dict):
            location = item.get("loc")
            steps = location if isinstance(location, list) else []
            loc = ".".join(str(p) for p in steps if isinstance(p, str | int))
            parts.append(f"{loc}: {item.get('msg', '')}".strip(": "))
    return "; ".join(parts) or "invalid request"


def error_from_response(response: httpx.Response) -> APIError:
    """Build the typed error for an error response, whatever its body looks like."""
    status = response.status_code
    header_id = response.headers.get("x-request-id")
    try:
        body: object = response.json()
    except (ValueError, RecursionError, httpx.DecodingError):  # not JSON, too deep, or badly encoded
        body = None
    code: str | None = None
    request_id = header_id
    if isinstance(body, dict):
        if isinstance(body.get("error"), str):
            code = body["error"]
            message = str(body.get("message") or code)
            request_id = body.get("requestId") if isinstance(body.get("requestId"), str) else header_id
        elif isinstance(body.get("detail"), list):
            message = _fastapi_detail(body["detail"])
            code = None
        else:
            message = response.reason_phrase or "error"
    else:
        text = response.content[:_EXCERPT].decode("utf-8", errors="replace").strip()
        message = f"{response.reason_phrase or 'error'}" + (f": {text!r}" if text else "")
        body = response.content[:_EXCERPT].decode("utf-8", errors="replace") if response.content else None
    cls = error_class(code, status)
    return cls(message, status_code=status, code=code, request_id=request_id, body=body, response=response)
