"""One routing table keyed by ``(METHOD, path template)``, templates written as in the API's paths.

A template segment is literal text with at most one ``{name}`` in it, so the
custom-method segments (``command-execution:lock-doors``,
``{account_id}:disconnect``) need no special case. Parameters match one
decoded segment, which keeps a percent-encoded ``/`` inside an id.

:data:`OPERATIONS` lists every operation of the API; one without a handler
answers 501, so a new operation shows up as "not simulated" rather than 404.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ._enums import ACTIONS, ErrorCode
from ._errors import ApiError, validation
from ._wire import RecordedRequest

if TYPE_CHECKING:
    from ._state import Org, State
    from ._tokens import Client

_VEHICLE = "/v1/vehicles/{vehicle_id}"

OPERATIONS: tuple[tuple[str, str], ...] = (
    ("POST", "/v1/oauth2/token"),
    ("POST", "/v1/oauth2/test-token"),
    ("GET", "/v1/accounts"),
    ("GET", "/v1/accounts/{account_id}"),
    ("POST", "/v1/accounts:connect"),
    ("POST", "/v1/accounts/{account_id}:disconnect"),
    ("POST", "/v1/tags"),
    ("DELETE", "/v1/tags"),
    ("GET", "/v1/tags/{entity_type}/{entity_id}"),
    ("GET", "/v1/vehicles"),
    ("GET", _VEHICLE),
    ("DELETE", _VEHICLE),
    ("GET", f"{_VEHICLE}/options"),
    ("POST", f"{_VEHICLE}/registration-plate"),
    ("GET", f"{_VEHICLE}/specifications"),
    ("GET", f"{_VEHICLE}/telemetry"),
    ("GET", f"{_VEHICLE}/command-executions"),
    ("GET", f"{_VEHICLE}/command-executions/{{vehicle_command_execution_id}}"),
    *(("POST", f"{_VEHICLE}/command-execution:{action}") for action in sorted(ACTIONS)),
    ("POST", f"{_VEHICLE}/listening"),
    ("GET", f"{_VEHICLE}/listening-audit"),
    ("GET", f"{_VEHICLE}/charging-history"),
    ("GET", f"{_VEHICLE}/charging-history/{{vehicle_charging_session_id}}"),
    ("GET", f"{_VEHICLE}/range"),
    ("GET", f"{_VEHICLE}/maintenance/services"),
    ("GET", f"{_VEHICLE}/maintenance/tires/historic"),
    ("GET", f"{_VEHICLE}/state-of-health"),
    ("GET", f"{_VEHICLE}/alerts"),
    ("GET", f"{_VEHICLE}/maintenance/manufacturer-alerts/current"),
    ("POST", "/v1/vehicles/connect"),
    ("GET", "/v1/vehicles/connect/{id}"),
    ("GET", "/v1/vehicles/connect/{id}/results"),
    ("POST", "/v1/vehicles/eligibility"),
    ("GET", "/v1/vehicles/eligibility/{id}/results"),
    ("GET", f"{_VEHICLE}/journeys"),
    ("GET", "/v1/rate-limits"),
    ("GET", f"{_VEHICLE}/departure-times"),
    ("GET", f"{_VEHICLE}/charging-windows"),
)
"""Every operation of the Volteras Connect API."""


@dataclass(frozen=True)
class Answer:
    """A successful answer: status and JSON payload."""

    payload: Any
    status: int = 200


@dataclass
class Call:
    """One request being answered: its parameters, the caller, and the world it acts on."""

    request: RecordedRequest
    params: Mapping[str, str]
    state: State
    now: datetime
    client: Client | None = None

    @property
    def org(self) -> Org:
        assert self.client is not None, "an authenticated route"
        return self.state.org(self.client.organization_id)

    def query(self, name: str) -> str | None:
        return self.request.query.get(name)

    def required_query(self, name: str) -> str:
        value = self.request.query.get(name)
        if value is None or value == "":
            raise validation(
                f"Query parameter {name!r} is required.", [{"loc": ["query", name], "msg": "field required"}]
            )
        return value


Handler = Callable[[Call], Answer]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    scope: str | None
    """The scope the caller needs (``vehicle:all`` always does); ``None``: any valid token."""
    public: bool = False
    """No bearer token needed (the token endpoint)."""


def _segment_pattern(segment: str) -> re.Pattern[str]:
    parts = re.split(r"\{([a-z_]+)\}", segment)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+)" for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


@dataclass
class _Compiled:
    template: str
    segments: tuple[re.Pattern[str], ...]
    literal_count: int
    methods: dict[str, Route | None] = field(default_factory=dict)

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
    """Maps a request to its route, or to the 404/405/501 the API would answer."""

    def __init__(self, routes: Iterable[Route]) -> None:
        by_template: dict[str, _Compiled] = {}
        for method, template in OPERATIONS:
            compiled = by_template.get(template)
            if compiled is None:
                segments = tuple(_segment_pattern(s) for s in template.split("/"))
                literals = sum("{" not in s for s in template.split("/"))
                compiled = by_template[template] = _Compiled(template, segments, literals)
            compiled.methods[method] = None
        for route in routes:
            compiled = by_template.get(route.template)
            if compiled is None or route.method not in compiled.methods:
                raise ValueError(f"{route.method} {route.template} is not an operation of the API")
            compiled.methods[route.method] = route
        # More literal segments first: /v1/vehicles/connect beats /v1/vehicles/{vehicle_id}.
        self._templates = sorted(by_template.values(), key=lambda c: -c.literal_count)

    def handled(self) -> set[tuple[str, str]]:
        """The operations that have a handler."""
        return {
            (method, compiled.template)
            for compiled in self._templates
            for method, route in compiled.methods.items()
            if route is not None
        }

    def resolve(self, request: RecordedRequest) -> tuple[Route, dict[str, str]]:
        allowed: list[str] = []
        for compiled in self._templates:
            params = compiled.match(request.segments)
            if params is None:
                continue
            if request.method not in compiled.methods:
                allowed.extend(compiled.methods)
                continue
            route = compiled.methods[request.method]
            if route is None:
                raise ApiError(
                    ErrorCode.SERVER_ERROR,
                    f"{request.method} {compiled.template} is not simulated yet.",
                    status=501,
                )
            return route, params
        if allowed:
            methods = ", ".join(sorted(set(allowed)))
            raise ApiError(
                ErrorCode.REQUEST_VALIDATION_ERROR,
                f"Method {request.method} is not allowed here; use {methods}.",
                status=405,
                headers=(("allow", methods),),
            )
        raise ApiError(ErrorCode.RESOURCE_NOT_FOUND, f"No resource at {request.path}.")


_ROUTES: list[Route] = []


def route(
    method: str, template: str, *, scope: str | None = None, public: bool = False
) -> Callable[[Handler], Handler]:
    """Register a handler for one operation (used by the ``_handlers`` modules)."""

    def register(handler: Handler) -> Handler:
        _ROUTES.append(Route(method, template, handler, scope, public))
        return handler

    return register


def registered_routes() -> list[Route]:
    from . import _handlers  # noqa: F401 (importing registers every handler)

    return list(_ROUTES)
