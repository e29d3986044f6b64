"""One request through the simulator, every step read from the spec's operation table.

Route (404, 405), bearer token and scopes (401), path and query parameters and the JSON body
checked against their closed schemas (400 naming each field; a documented query parameter the
handler does not honour is refused as not simulated), then the handler, or the schema-built
answer when the operation has none. A handler answers generated models; they reach the wire
through their own ``to_dict()``, with the optional fields they leave out written as null.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._enums import ErrorCode
from ._errors import HandlerDrift, SimulatedError, validation
from ._generic import GENERIC_HEADER, generic_answer
from ._router import Answer, Call, Route, Router, model_class, routes
from ._schema import coerce, is_datetime, parse_datetime, problems
from ._wire import (
    JSON_TYPE,
    RecordedRequest,
    Reply,
    dumps,
    envelope,
    json_reply,
    loads_strict,
    with_standard_headers,
)

if TYPE_CHECKING:
    from .._generated.operations import OperationSpec
    from ._state import State


def to_wire(value: Any) -> Any:
    """Models (alone, in lists or in dicts) as their JSON data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_wire(item) for item in value]
    if isinstance(value, dict):
        return {key: to_wire(item) for key, item in value.items()}
    return value


def _invalid(where: str, errors: list[dict[str, Any]]) -> SimulatedError:
    names = ", ".join(".".join(str(part) for part in error["loc"][1:]) or where for error in errors)
    details = "; ".join(
        f"{'.'.join(str(part) for part in error['loc'][1:]) or where} {error['msg']}" for error in errors[:5]
    )
    return validation(f"The request {where} is invalid: {names} ({details}).", errors)


def read_parameters(call: Call, route: Route, wire: dict[str, str]) -> None:
    """Path and query parameters, checked and read as their types into ``call.path`` and ``call.args``."""
    errors: list[dict[str, Any]] = []
    query = call.request.query
    for param in route.op.parameters:
        if param.location == "path":
            raw: str | None = wire.get(param.name)
        elif param.location == "query":
            raw = query.get(param.name)
            if raw is not None and param.argument not in route.honours:
                raise validation(
                    f"Query parameter {param.name!r} is not simulated: the simulator cannot honour it.",
                    [{"loc": ["query", param.name], "msg": "not simulated"}],
                )
        else:
            continue
        if raw is None:
            if param.required:
                errors.append({"loc": [param.location, param.name], "msg": "field required"})
            continue
        value = coerce(raw, param.schema)
        found = problems(value, param.schema, (param.location, param.name))
        if found:
            errors.extend(found)
            continue
        if isinstance(value, str) and is_datetime(param.schema):
            value = parse_datetime(value)
        (call.path if param.location == "path" else call.args)[param.argument] = value
    if errors:
        names = ", ".join(str(error["loc"][1]) for error in errors)
        details = "; ".join(f"{error['loc'][1]} {error['msg']}" for error in errors[:5])
        raise validation(f"Invalid parameters: {names} ({details}).", errors)


def read_body(call: Call) -> None:
    """A JSON body, checked against the operation's closed schema, into ``call.json`` and ``call.body``."""
    spec = call.op.body
    if spec is None or spec.content_type != JSON_TYPE:
        return  # no body to read, or a form the handler reads itself (the token endpoint)
    if not call.request.body.strip():
        if spec.required:
            raise validation("A request body is required.", [{"loc": ["body"], "msg": "field required"}])
        return
    try:
        payload = loads_strict(call.request.body)
    except (ValueError, RecursionError):
        raise validation(
            "The request body is not valid JSON.", [{"loc": ["body"], "msg": "invalid JSON"}]
        ) from None
    found = problems(payload, spec.schema, ("body",))
    if found:
        raise _invalid("body", found)
    call.json = payload
    call.body = model_class(spec.model).from_dict(payload) if spec.model else payload


_SAMPLED = 3
"""How many items of a listed answer's array are checked against the schema (the model parses
them all): one handler builds every item alike, and a full page checked item by item cost four
times the rest of the request."""


def _sample(payload: Any) -> Any:
    if isinstance(payload, list):
        return payload[:_SAMPLED]
    if isinstance(payload, dict):
        return {key: value[:_SAMPLED] if isinstance(value, list) else value for key, value in payload.items()}
    return payload


def check_answer(op: OperationSpec, status: int, payload: Any) -> None:
    """HandlerDrift unless ``status`` is one the spec declares for ``op`` and ``payload`` (None: no
    body) is what it declares there: checked against the closed response schema and parsed with
    the generated model."""
    answers = dict(op.answers)
    if status not in answers:
        raise HandlerDrift(f"{op.id}: the handler answered {status}; the spec declares {sorted(answers)}")
    schema = answers[status]
    if schema is None or payload is None:
        if schema is not None or payload is not None:
            said = "no body" if payload is None else "a body"
            raise HandlerDrift(f"{op.id}: the handler answered {status} with {said}; the spec says otherwise")
        return
    found = problems(_sample(payload), schema, ("response",), answer=True)
    if found:
        details = "; ".join(
            f"{'.'.join(str(part) for part in error['loc'][1:]) or 'body'} {error['msg']}"
            for error in found[:5]
        )
        raise HandlerDrift(f"{op.id}: the handler's {status} answer does not match the spec: {details}")
    if op.model is not None:
        parse = model_class(op.model).from_dict
        try:
            for item in payload if op.many else (payload,):
                parse(item)
        except Exception as exc:  # any failure to parse is the drift to report
            raise HandlerDrift(
                f"{op.id}: the handler's {status} answer does not parse as {op.model}: {exc!r}"
            ) from exc


class Dispatcher:
    """Answers requests for one ``State``."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.router = Router(routes())

    def generic_operations(self) -> list[str]:
        """The operationIds answered from their schema, without a stateful handler."""
        return [route.op.id for route in self.router.routes if route.handler is None]

    def handle(self, request: RecordedRequest) -> Reply:
        state = self.state
        now = state.clock.now()
        state.settle(now)
        try:
            route, wire = self.router.resolve(request)
            call = Call(request, route.op, state, now)
            if not route.op.public:
                call.client = state.authenticate(request)
                lacking = [scope for scope in route.op.scopes if not call.client.may(scope)]
                if lacking:
                    raise SimulatedError(
                        ErrorCode.NOT_PERMITTED, f"This client lacks the {lacking[0]} scope."
                    )
            read_parameters(call, route, wire)
            read_body(call)
            if route.handler is None:
                return self._generic(call)
            answer = route.handler(call)
            state.settle(now)
            return self._reply(call, answer)
        except SimulatedError as error:
            body = envelope(error.code, error.message, request.request_id, now, error.data)
            return json_reply(error.status, body, request.request_id, extra_headers=error.headers)

    def _reply(self, call: Call, answer: Answer) -> Reply:
        """The one place a handler's answer is serialised, so the one place it is held to the spec."""
        status = answer.status if answer.status is not None else call.op.answers[0][0]
        payload = None if answer.body is None else to_wire(answer.body)
        check_answer(call.op, status, payload)
        if payload is None:
            return Reply(status, (("content-length", "0"), ("x-request-id", call.request.request_id)), b"")
        return json_reply(status, payload, call.request.request_id)

    def _generic(self, call: Call) -> Reply:
        status, body, has_body = generic_answer(call.op)
        request_id = call.request.request_id
        if not has_body:
            return Reply(status, (("content-length", "0"), ("x-request-id", request_id), GENERIC_HEADER), b"")
        payload = dumps(body)
        return Reply(
            status, with_standard_headers(JSON_TYPE, payload, request_id, (GENERIC_HEADER,)), payload
        )
