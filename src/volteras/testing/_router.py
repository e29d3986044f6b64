"""Routes, handlers and calls, all keyed by the spec's operationIds.

The routes are the generated operation table's path templates (`volteras._generated.operations`):
a template segment is literal text with at most one ``{name}`` in it, so the custom-method
segments (``command-execution:lock-doors``, ``{account_id}:disconnect``) need no special case,
and a parameter matches one decoded segment, which keeps a percent-encoded ``/`` inside an id.

A handler registers for one operationId (:func:`handles`) or for every operation of a kind
(:func:`handles_kind`: all commands share one). An operation with neither is still served,
from its schema (see ``_generic``). A handler names the query arguments it honours; any other
documented query parameter a request carries is refused as not simulated, never ignored.
Handlers address every parameter by the SDK's argument name (``vehicle_id``, ``tag_key``), which
the spec's ``x-volteras`` keeps stable when a wire name changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from .._generated import models
from .._generated.operations import OPERATIONS, OperationSpec
from ._enums import ErrorCode
from ._errors import SimulatedError
from ._wire import RecordedRequest

if TYPE_CHECKING:
    from ._fleet import VehicleRecord
    from ._state import Org, State
    from ._tokens import Client

PAGING_ARGUMENTS: Mapping[str, frozenset[str]] = {
    "cursor": frozenset({"page_size", "page_token", "filter"}),
    "page_number": frozenset({"page_size", "current_page"}),
}
"""The arguments the paging helpers (``_paging``) honour for each paging style."""


@cache
def model_class(name: str) -> Any:
    """The generated model class the operation table names."""
    return getattr(models, name)


@dataclass(frozen=True)
class Answer:
    """What a handler answers: a generated model, a list of them, plain JSON data, or None (no body).

    ``status`` None is the first success status the spec declares for the operation.
    """

    body: Any = None
    status: int | None = None


@dataclass
class Call:
    """One request being answered, checked against the spec: its arguments, the caller, the world."""

    request: RecordedRequest
    op: OperationSpec
    state: State
    now: datetime
    path: dict[str, str] = field(default_factory=dict)
    """Path parameters by argument name."""
    args: dict[str, Any] = field(default_factory=dict)
    """The query parameters the request carries, by argument name, read as their schema's type
    (a date-time as an aware ``datetime``)."""
    body: Any = None
    """The request body as its generated model (or plain JSON when the spec names no model)."""
    json: Any = None
    """The request body as the JSON it was."""
    client: Client | None = None

    @property
    def org(self) -> Org:
        assert self.client is not None, "an authenticated operation"
        return self.state.org(self.client.organization_id)

    def model(self, **fields: Any) -> Any:
        """The operation's answer model (as the spec names it), built from ``fields``."""
        return model_class(self.op.model or "")(**fields)

    def vehicle(self) -> VehicleRecord:
        """The vehicle the path names (RESOURCE_NOT_FOUND when the caller's organisation has none)."""
        return self.org.vehicle(self.path["vehicle_id"])


Handler = Callable[[Call], Answer]


@dataclass(frozen=True)
class Route:
    """An operation and what answers it: a handler, or None for the schema-built answer."""

    op: OperationSpec
    handler: Handler | None
    honours: frozenset[str]


_BY_ID: dict[str, tuple[Handler, frozenset[str]]] = {}
_BY_KIND: dict[str, tuple[Handler, frozenset[str]]] = {}


def _register(
    table: dict[str, tuple[Handler, frozenset[str]]], key: str, query: Iterable[str]
) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if key in table:
            raise ValueError(f"{key} has two handlers: {table[key][0].__name__} and {handler.__name__}")
        table[key] = (handler, frozenset(query))
        return handler

    return register


def handles(operation_id: str, *, query: Iterable[str] = ()) -> Callable[[Handler], Handler]:
    """Register the handler of one operation; ``query``: the query arguments it honours besides paging."""
    if operation_id not in OPERATIONS:
        raise ValueError(f"{operation_id!r} is no operation of the spec")
    return _register(_BY_ID, operation_id, query)


def handles_kind(kind: str, *, query: Iterable[str] = ()) -> Callable[[Handler], Handler]:
    """Register the handler of every operation of ``kind`` that has none of its own."""
    return _register(_BY_KIND, kind, query)


def routes() -> list[Route]:
    """Every operation of the spec, with its handler (None: answered from its schema)."""
    from . import _handlers  # noqa: F401 (importing registers every handler)

    found = []
    for op in OPERATIONS.values():
        handler, query = _BY_ID.get(op.id) or _BY_KIND.get(op.kind) or (None, frozenset())
        paging = PAGING_ARGUMENTS.get(op.paging or "", frozenset()) if handler is not None else frozenset()
        found.append(Route(op, handler, query | paging))
    return found


def _segment_pattern(segment: str) -> re.Pattern[str]:
    parts = re.split(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", segment)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+)" for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


@dataclass
class _Template:
    segments: tuple[re.Pattern[str], ...]
    literal_count: int
    methods: dict[str, Route] = field(default_factory=dict)

    def match(self, segments: tuple[str, ...]) -> dict[str, str] | None:
        if len(segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for pattern, segment in zip(self.segments, segments, strict=True):
            found = pattern.fullmatch(segment)
            if found is None:
                return None
            params.update(found.groupdict())
        if any(not value for value in params.values()):
            return None
        return params


class Router:
    """Maps a request to its route and path parameters (by wire name), or to a 404 or 405."""

    def __init__(self, found: Iterable[Route]) -> None:
        by_path: dict[str, _Template] = {}
        for route in found:
            template = route.op.path
            if template not in by_path:
                parts = template.split("/")
                by_path[template] = _Template(
                    tuple(_segment_pattern(s) for s in parts), sum("{" not in s for s in parts)
                )
            by_path[template].methods[route.op.method] = route
        self.routes = [route for template in by_path.values() for route in template.methods.values()]
        # More literal segments first: /v1/vehicles/connect beats /v1/vehicles/{vehicle_id}.
        self._templates = sorted(by_path.values(), key=lambda t: -t.literal_count)

    def resolve(self, request: RecordedRequest) -> tuple[Route, dict[str, str]]:
        allowed: set[str] = set()
        for template in self._templates:
            params = template.match(request.segments)
            if params is None:
                continue
            route = template.methods.get(request.method)
            if route is None:
                allowed.update(template.methods)
                continue
            return route, params
        if allowed:
            methods = ", ".join(sorted(allowed))
            raise SimulatedError(
                ErrorCode.REQUEST_VALIDATION_ERROR,
                f"Method {request.method} is not allowed here; use {methods}.",
                status=405,
                headers=(("allow", methods),),
            )
        raise SimulatedError(ErrorCode.RESOURCE_NOT_FOUND, f"No resource at {request.path}.")
