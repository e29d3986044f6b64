"""Arbitrary bodies from a hostile server, through the real client stack, reach the caller only as a
well-typed model or a `ResponseValidationError`; under an error status, only as an `APIError`.

The `httpx.MockTransport` stands in for the server; everything on the SDK side (auth flow, request
loop, retries, parsing, paging) is the real code.
"""

from __future__ import annotations

import asyncio
import functools
import json
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from volteras._generated.resources import METHODS
from volteras._generated.types import Method

import volteras
from tests.spec_facts import path_of
from volteras import AsyncVolteras, Command, CommandStatus, FailedReason, Volteras
from volteras.testing import ManualClock, Simulator

from .conftest import (
    LAST_PAGE,
    VALID_EXECUTION,
    VALID_TOKEN,
    VALID_TOKEN_INFO,
    as_bytes,
    assert_execution,
    assert_token_info,
    async_client,
    conforms,
    server,
    sync_client,
)

T = TypeVar("T")
FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# ---- strategies ------------------------------------------------------------------------------

json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=15,
)
# Wrong types for a field: anything JSON, with the classic confusions made likely.
wrong_values = (
    json_values
    | st.sampled_from(["", "0", "3600", "true", "null", "PENDING", "2024-01-01T00:00:00Z", "not a date"])
    | st.sampled_from([0, 1, -1, 2**63, -(2**63), 1.5, True, False, None, [], {}, [{}], {"a": 1}])
)


def mutated(valid: dict[str, Any], enum_fields: dict[str, type[Any]] | None = None) -> st.SearchStrategy[Any]:
    """`valid` with each field kept, dropped, given a wrong-typed value or (for enums) any string,
    plus extra unknown fields."""
    enum_fields = enum_fields or {}

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for key, value in valid.items():
            action = draw(st.sampled_from(["keep"] * 5 + ["drop", "wrong", "text"]))
            if action == "keep":
                body[key] = value
            elif action == "wrong":
                body[key] = draw(wrong_values)
            elif action == "text":
                choices = [m.value for m in enum_fields[key]] if key in enum_fields else []
                body[key] = draw(st.text() | st.sampled_from(choices)) if choices else draw(st.text())
        body.update(draw(st.dictionaries(st.text(), json_values, max_size=3)))
        return body

    return build()


EXECUTION_ENUMS = {"command": Command, "status": CommandStatus, "failedReason": FailedReason}
near_executions = mutated(VALID_EXECUTION, EXECUTION_ENUMS)


@st.composite
def near_pages(draw: st.DrawFn) -> dict[str, Any]:
    """A CommandExecutionPage whose results are near-valid executions and whose keys may be mutated."""
    page = {
        "results": draw(st.lists(near_executions | st.just(VALID_EXECUTION), max_size=3)),
        "nextPageToken": draw(st.none() | st.text()),
        "totalResults": draw(st.integers(min_value=0, max_value=1000)),
    }
    return draw(mutated(page))


raw_bodies = st.binary(max_size=64) | st.sampled_from(
    [
        b"",
        b"null",
        b"NaN",
        b"Infinity",
        b"[]",
        b'"a string"',
        b"\xff\xfe\x00",
        b"\xef\xbb\xbf{}",
        b'{"vehicleId": "v", "command": "C", "timeout": NaN}',
        b'{"vehicleId": "v", "command": "C", "timeout": Infinity}',
        b'{"vehicleId": "v", "command": "C",}',
        b"<html><body>502 Bad Gateway</body></html>",
        b'{"results": [], "nextPageToken": null, "totalResults": 1e400}',
    ]
)


def bodies(near_valid: st.SearchStrategy[Any], valid: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Mostly near-valid dicts, then arbitrary JSON, raw bytes and the valid body itself."""
    return st.one_of(near_valid, near_valid, json_values, raw_bodies, st.just(valid))


VALID_ERROR = {
    "requestId": "req_1",
    "timestamp": "2024-01-01T00:00:00Z",
    "error": "RESOURCE_NOT_FOUND",
    "message": "Vehicle not found.",
    "data": None,
}
FASTAPI_ERROR = {"detail": [{"loc": ["body", "limit"], "msg": "field required", "type": "missing"}]}
error_bodies = st.one_of(
    mutated(VALID_ERROR), mutated(FASTAPI_ERROR), json_values, raw_bodies, st.just(VALID_ERROR)
)
ERROR_STATUSES = [400, 401, 403, 404, 405, 409, 418, 422, 429, 499, 500, 502, 503, 504, 520, 599]
execution_bodies = bodies(near_executions, VALID_EXECUTION)
page_bodies = bodies(near_pages(), LAST_PAGE)
token_info_bodies = bodies(mutated(VALID_TOKEN_INFO), VALID_TOKEN_INFO)
token_bodies = bodies(mutated(VALID_TOKEN), VALID_TOKEN)


def parsed_or_refused(call: Callable[[], T]) -> T | None:
    """What `call` returns, or None if it raised ResponseValidationError; hypothesis counts both."""
    try:
        result = call()
    except volteras.ResponseValidationError:
        event("ResponseValidationError")
        return None
    event("parsed")
    return result


# ---- sync ------------------------------------------------------------------------------------


@FUZZ
@given(body=execution_bodies)
@example(body=b"")
@example(body=VALID_EXECUTION)
def test_command_post_returns_typed_execution_or_validation_error(body: object) -> None:
    """A command POST answered 200 with any body gives a well-typed CommandExecution or ResponseValidationError."""
    client = sync_client(server(body))
    execution = parsed_or_refused(lambda: client.commands.close_charge_port("veh_1"))
    if execution is None:
        return
    assert_execution(execution)


@FUZZ
@given(body=execution_bodies)
def test_get_returns_typed_execution_or_validation_error(body: object) -> None:
    """`commands.get` answered 200 with any body gives a well-typed CommandExecution or ResponseValidationError."""
    client = sync_client(server(body))
    execution = parsed_or_refused(lambda: client.commands.get("veh_1", "cmd_1"))
    if execution is None:
        return
    assert_execution(execution)


@FUZZ
@given(body=execution_bodies)
def test_raw_response_parse_returns_typed_execution_or_validation_error(body: object) -> None:
    """`with_raw_response.get(...).parse()` on any 200 body gives a typed execution or ResponseValidationError."""
    client = sync_client(server(body))
    raw = client.commands.with_raw_response.get("veh_1", "cmd_1")
    assert raw.status_code == 200
    execution = parsed_or_refused(lambda: raw.parse())
    if execution is None:
        return
    assert_execution(execution)


@FUZZ
@given(body=page_bodies)
@example(body={**LAST_PAGE, "nextPageToken": "pt_1"})
@example(body={**LAST_PAGE, "nextPageToken": ""})
def test_list_iterates_typed_pages_or_raises_validation_error(body: object) -> None:
    """Iterating `commands.list` over any first-page body yields typed pages and executions or raises ResponseValidationError."""
    client = sync_client(server(body))
    try:
        pages = list(client.commands.list("veh_1").pages())
    except volteras.ResponseValidationError:
        event("ResponseValidationError")
        return
    event(f"parsed {len(pages)} page(s)")
    assert 1 <= len(pages) <= 2
    for page in pages:
        assert isinstance(page, volteras.Page)
        assert isinstance(page.items, list)
        assert isinstance(page.total_results, int) and not isinstance(page.total_results, bool)
        assert page.next_page_token is None or isinstance(page.next_page_token, str)
        for execution in page.items:
            assert_execution(execution)


@FUZZ
@given(body=token_info_bodies)
def test_tokens_test_returns_typed_token_info_or_validation_error(body: object) -> None:
    """`tokens.test()` answered 200 with any body gives a well-typed TokenInfo or ResponseValidationError."""
    client = sync_client(server(body))
    info = parsed_or_refused(lambda: client.tokens.test())
    if info is None:
        return
    assert_token_info(info)


@FUZZ
@given(token_body=token_bodies)
@example(token_body={**VALID_TOKEN, "expires_in": -5})
@example(token_body={**VALID_TOKEN, "expires_in": 0, "refresh_token": ""})
@example(token_body={**VALID_TOKEN, "expires_in": 10**300})
@example(token_body={**VALID_TOKEN, "access_token": "\x80"})
@example(token_body={**VALID_TOKEN, "access_token": "at_1\r\nX-Injected: 1"})
@example(token_body={**VALID_TOKEN, "access_token": ""})
def test_fuzzed_token_response_gives_token_info_or_validation_error(token_body: object) -> None:
    """Any 200 body from the token endpoint makes `tokens.test()` return a TokenInfo or raise ResponseValidationError."""
    sent: list[httpx.Request] = []
    handler = server(VALID_TOKEN_INFO, token_body)

    def recording(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return handler(request)

    client = sync_client(recording)
    try:
        info = client.tokens.test()
    except volteras.ResponseValidationError:
        event("ResponseValidationError")
        assert all(r.url.path.endswith(path_of("create_token")) for r in sent), "an unusable token was used"
        return
    event("parsed")
    assert_token_info(info)
    assert isinstance(token_body, dict)
    assert sent[-1].headers["authorization"] == f"Bearer {token_body['access_token']}"


@FUZZ
@given(
    status=st.sampled_from(ERROR_STATUSES),
    body=error_bodies,
    retry_after=st.none()
    | st.text(max_size=30)
    | st.sampled_from(["1", "-1", "1e9", "Wed, 21 Oct 2015 07:28:00 GMT"]),
)
@example(status=422, body={"detail": "not a list"}, retry_after=None)
@example(status=422, body={"detail": [{"loc": None, "msg": {"x": 1}}]}, retry_after=None)
def test_error_answer_is_a_typed_api_error(status: int, body: object, retry_after: str | None) -> None:
    """Any error status with any body (and any Retry-After) raises an APIError carrying that status; when
    the server asks for a retry later than the call's deadline allows, an APITimeoutError caused by it."""
    # As bytes, the way a server sends them: httpx decodes them (ASCII, else UTF-8, else Latin-1).
    headers = {} if retry_after is None else {"Retry-After": retry_after.encode()}

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(path_of("create_token")):
            return httpx.Response(200, json=VALID_TOKEN)
        return httpx.Response(status, content=as_bytes(body), headers=headers)

    client = sync_client(handle)
    with pytest.raises((volteras.APIError, volteras.APITimeoutError)) as caught:
        client.commands.close_charge_port("veh_1")
    error = caught.value
    if isinstance(error, volteras.APITimeoutError):  # a retry (429/503) that could not start in time
        assert "would pass this call's deadline" in str(error)
        error = error.__cause__  # type: ignore[assignment]
    assert isinstance(error, volteras.APIError)
    assert error.status_code == status
    assert isinstance(str(error), str) and isinstance(repr(error), str)
    assert error.code is None or isinstance(error.code, str)


@FUZZ
@given(status=st.sampled_from([201, 202, 203, 204, 206, 299]), body=execution_bodies)
def test_other_success_statuses_give_typed_execution_or_validation_error(status: int, body: object) -> None:
    """A 2xx other than 200 with any body gives a typed CommandExecution or ResponseValidationError."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(path_of("create_token")):
            return httpx.Response(200, json=VALID_TOKEN)
        return httpx.Response(status, content=b"" if status == 204 else as_bytes(body))

    client = sync_client(handle)
    execution = parsed_or_refused(lambda: client.commands.get("veh_1", "cmd_1"))
    if execution is None:
        return
    assert_execution(execution)


# ---- async -----------------------------------------------------------------------------------


async def _async_call(body: object, call: str) -> object:
    """`call` through AsyncVolteras; `body` answers it (for "token", answers the token request)."""
    client = async_client(server(VALID_TOKEN_INFO, body) if call == "token" else server(body))
    try:
        if call == "token":
            return await client.tokens.test()
        if call == "post":
            return await client.commands.close_charge_port("veh_1")
        if call == "get":
            return await client.commands.get("veh_1", "cmd_1")
        return [item async for item in client.commands.list("veh_1")]
    finally:
        await client._http.aclose()


@FUZZ
@given(body=execution_bodies)
def test_async_command_post_returns_typed_execution_or_validation_error(body: object) -> None:
    """The async command POST answered 200 with any body gives a typed CommandExecution or ResponseValidationError."""
    execution = parsed_or_refused(lambda: asyncio.run(_async_call(body, "post")))
    if execution is None:
        return
    assert_execution(execution)


@FUZZ
@given(body=execution_bodies)
def test_async_get_returns_typed_execution_or_validation_error(body: object) -> None:
    """The async `commands.get` answered 200 with any body gives a typed CommandExecution or ResponseValidationError."""
    execution = parsed_or_refused(lambda: asyncio.run(_async_call(body, "get")))
    if execution is None:
        return
    assert_execution(execution)


@FUZZ
@given(token_body=token_bodies)
def test_async_fuzzed_token_response_gives_token_info_or_validation_error(token_body: object) -> None:
    """Any 200 body from the token endpoint makes the async `tokens.test()` return a TokenInfo or raise ResponseValidationError."""
    info = parsed_or_refused(lambda: asyncio.run(_async_call(token_body, "token")))
    if info is None:
        return
    assert_token_info(info)


@settings(max_examples=100, deadline=None, database=None)
@given(body=page_bodies)
def test_async_list_yields_typed_executions_or_validation_error(body: object) -> None:
    """Async iteration of `commands.list` over any first-page body yields typed executions or raises ResponseValidationError."""
    items = parsed_or_refused(lambda: asyncio.run(_async_call(body, "list")))
    if items is None:
        return
    assert isinstance(items, list)
    for execution in items:
        assert_execution(execution)


# ---- enum tolerance --------------------------------------------------------------------------


def _any_value(enum: type[Any]) -> st.SearchStrategy[str]:
    return st.text() | st.sampled_from([member.value for member in enum])


def _members(enum: type[Any]) -> dict[str, Any]:
    return {member.value: member for member in enum}


def _assert_kept(parsed: object, sent: str, enum: type[Any]) -> None:
    assert parsed == sent
    if sent in _members(enum):
        assert parsed is _members(enum)[sent]
    else:
        assert type(parsed) is str


@FUZZ
@given(command=_any_value(Command), status=_any_value(CommandStatus), reason=_any_value(FailedReason))
@example(command="close_charge_port", status="pending", reason="oem_vehicle_offline")
@example(command=" CLOSE_CHARGE_PORT", status="EXECUTED ", reason="Vehicle is asleep, try again later")
def test_enum_fields_keep_exact_value(command: str, status: str, reason: str) -> None:
    """Arbitrary strings for command/status/failedReason parse as the enum member if documented, else the exact str."""
    body = {**VALID_EXECUTION, "command": command, "status": status, "failedReason": reason}
    client = sync_client(server(body))
    execution = client.commands.get("veh_1", "cmd_1")
    _assert_kept(execution.command, command, Command)
    _assert_kept(execution.status, status, CommandStatus)
    _assert_kept(execution.failed_reason, reason, FailedReason)
    assert volteras.is_documented_reason(reason) == (reason in _members(FailedReason))


# ---- bugs found: concrete inputs that break the contract ---------------------------------------

DEEP = b"[" * 100_000


def test_deeply_nested_json_body_is_a_validation_error() -> None:
    """A 200 body of 100 000 nested arrays raises ResponseValidationError, not RecursionError."""
    client = sync_client(server(DEEP))
    with pytest.raises(volteras.ResponseValidationError):
        client.commands.get("veh_1", "cmd_1")


def test_deeply_nested_token_body_is_a_validation_error() -> None:
    """A 200 token body of 100 000 nested objects raises ResponseValidationError, not RecursionError."""
    client = sync_client(server(VALID_TOKEN_INFO, b'{"a":' * 100_000))
    with pytest.raises(volteras.ResponseValidationError):
        client.tokens.test()


def test_deeply_nested_error_body_is_an_api_error() -> None:
    """A 404 whose body is 100 000 nested arrays raises NotFoundError, not RecursionError."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(path_of("create_token")):
            return httpx.Response(200, json=VALID_TOKEN)
        return httpx.Response(404, content=DEEP)

    client = sync_client(handle)
    with pytest.raises(volteras.NotFoundError):
        client.commands.get("veh_1", "cmd_1")


def test_huge_expires_in_is_not_an_overflow_error() -> None:
    """A token with expires_in = 10**400 (a valid JSON integer) gives a TokenInfo or ResponseValidationError."""
    client = sync_client(server(VALID_TOKEN_INFO, {**VALID_TOKEN, "expires_in": 10**400}))
    assert_token_info(client.tokens.test())  # read as a year-long token


@pytest.mark.parametrize("results", ["", {}], ids=["empty-string", "empty-object"])
def test_page_results_not_an_array_is_a_validation_error(results: object) -> None:
    """A page whose `results` is not a JSON array raises ResponseValidationError."""
    body = {"results": results, "nextPageToken": None, "totalResults": 0}
    client = sync_client(server(body))
    with pytest.raises(volteras.ResponseValidationError):
        list(client.commands.list("veh_1"))


def test_page_result_item_not_an_object_is_a_validation_error() -> None:
    """A page whose results hold an array of [key, value] pairs instead of an object raises ResponseValidationError."""
    item = [["vehicleId", "veh_1"], ["command", "CLOSE_CHARGE_PORT"]]
    body = {"results": [item], "nextPageToken": None, "totalResults": 1}
    client = sync_client(server(body))
    with pytest.raises(volteras.ResponseValidationError):
        list(client.commands.list("veh_1"))


def test_raw_bodies_helper_sends_bytes_verbatim() -> None:
    """The mock server sends bytes bodies verbatim and anything else as JSON (guards the fuzz harness itself)."""
    assert as_bytes(b"\xff") == b"\xff"
    assert json.loads(as_bytes({"a": [1]})) == {"a": [1]}


# ---- every operation -------------------------------------------------------------------------
#
# Each generated method (read from the method table), answered 200 with bodies near
# the one the simulator really gives for it, arbitrary JSON, or raw bytes: the caller gets a
# value of the method's return type, every field of every model of its annotated type (a pager:
# every page's items), or a ResponseValidationError. Nothing else.

SIM_BASE = "https://api.example.test"
GROUP_VIN = "WVWZZZ1KZ00000001"
CHECK_VIN = "WVWZZZ1KZ00000002"
PLAIN_ARGS: dict[str, object] = {
    "limit": 80,
    "driver_temperature": 21.0,
    "passenger_temperature": 21.5,
    "is_listening": True,
    "registration_plate": "AB-123",
    "object_type": "DEVICE",
    "key": "fuzz",
    "value": "yes",
    "vehicles": [{"vin": GROUP_VIN, "make": "VOLKSWAGEN", "countryCode": "DE"}],
    "vins": [{"vin": CHECK_VIN, "countryCode": "DE"}],
    "scopes": ["vehicle:all"],
    "device_types": ["VEHICLE"],
}
LAST_PAGES = {"pageToken", "currentPage"}


def _methods() -> list[Method]:
    """The method table, disconnections last: they take away what the other calls read."""
    return sorted(METHODS, key=lambda method: method.name == "disconnect")


def _arguments(method: Method, ids: dict[str, str]) -> tuple[list[object], dict[str, object]]:
    """The required arguments of `method`, valid in the simulator: ids of its records, or PLAIN_ARGS."""
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for argument in method.arguments:
        if not argument.required:
            continue
        value = ids.get(argument.name, PLAIN_ARGS.get(argument.name))
        assert value is not None, f"no sample value for {method.resource}.{method.name}({argument.name})"
        if argument.positional:
            args.append(value)
        else:
            kwargs[argument.name] = value
    return args, kwargs


@functools.cache
def _return_type(method: Method) -> Any:
    resource = type(getattr(Volteras("id", "secret", base_url=SIM_BASE), method.resource))
    return typing.get_type_hints(getattr(resource, method.name))["return"]


def _invoke(client: Volteras, method: Method, ids: dict[str, str]) -> object:
    """Call `method`; a pager is walked to the end, page by page."""
    args, kwargs = _arguments(method, ids)
    result = getattr(getattr(client, method.resource), method.name)(*args, **kwargs)
    return list(result.pages()) if method.kind == "list" else result


async def _invoke_async(client: AsyncVolteras, method: Method, ids: dict[str, str]) -> object:
    args, kwargs = _arguments(method, ids)
    result = getattr(getattr(client, method.resource), method.name)(*args, **kwargs)
    if method.kind == "list":
        return [page async for page in result.pages()]
    return await result


@functools.cache
def real_answers() -> tuple[dict[str, str], dict[tuple[str, str], Any]]:
    """Every method called once against the simulator: the ids used, and each first 2xx JSON body."""
    sim = Simulator(clock=ManualClock(), seed=3, fleet_size=3)
    bodies: dict[tuple[str, str], Any] = {}
    seen: list[httpx.Response] = []
    inner = sim.transport()

    def record(request: httpx.Request) -> httpx.Response:
        response = inner.handle_request(request)
        response.read()
        if request.url.path != path_of("create_token"):
            seen.append(response)
        return response

    client = Volteras(
        "demo-client",
        "demo-secret",
        base_url=SIM_BASE,
        http_client=httpx.Client(transport=httpx.MockTransport(record)),
    )
    vehicle = next(v for v in sim.vehicle_ids() if list(client.vehicles.charging_sessions(v)))
    ids = {
        "vehicle_id": vehicle,
        "object_id": vehicle,
        "execution_id": str(client.commands.lock_doors(vehicle).id),
        "session_id": str(next(iter(client.vehicles.charging_sessions(vehicle))).id),
        "group_id": client.connections.create(
            [{"vin": "WVWZZZ1KZ00000009", "make": "TESLA", "countryCode": "DE"}]
        ).id,
        "check_id": client.eligibility.check([{"vin": "WVWZZZ1KZ00000008", "countryCode": "DE"}]).id,
        "account_id": next(iter(client.accounts.list())).id,
    }
    for method in _methods():
        seen.clear()
        _invoke(client, method, ids)
        sim.clock.advance(60)  # every command finishes, every group completes
        first = seen[0]
        assert first.is_success, f"{method.resource}.{method.name}: {first.status_code} {first.text}"
        bodies[method.resource, method.name] = first.json() if first.content else None
    return ids, bodies


def near(valid: Any) -> st.SearchStrategy[Any]:
    """`valid` with, at any depth, fields kept, dropped, replaced by wrong types or extra ones added."""
    if isinstance(valid, dict):
        return mutated_deep(valid)
    if isinstance(valid, list):
        return st.just(valid) | st.lists(near(valid[0]) if valid else json_values, max_size=3)
    return st.just(valid) | wrong_values


def mutated_deep(valid: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for key, value in valid.items():
            action = draw(st.sampled_from(["keep"] * 4 + ["near"] * 2 + ["drop", "wrong"]))
            if action == "keep":
                body[key] = value
            elif action == "near":
                body[key] = draw(near(value))
            elif action == "wrong":
                body[key] = draw(wrong_values)
        body.update(draw(st.dictionaries(st.text(max_size=8), json_values, max_size=2)))
        return body

    return build()


def answering(body: object) -> Callable[[httpx.Request], httpx.Response]:
    """Tokens are issued; a first page (or any other call) gets `body`, a later page an empty last one."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == path_of("create_token"):
            return httpx.Response(200, json=VALID_TOKEN)
        if LAST_PAGES & set(request.url.params) and request.url.params.get("currentPage") != "0":
            return httpx.Response(200, json=LAST_PAGE)
        return httpx.Response(200, content=as_bytes(body))

    return handle


def check_result(method: Method, result: object) -> None:
    """`result` is of the method's return type; a walk's pages hold items of the item type."""
    annotation = _return_type(method)
    if method.kind != "list":
        assert conforms(result, annotation), f"{method.resource}.{method.name} gave {result!r}"
        return
    (item_type,) = typing.get_args(annotation)
    assert isinstance(result, list) and result
    for page in result:
        assert isinstance(page, volteras.Page)
        assert all(conforms(item, item_type) for item in page.items), page.items


OPERATION_FUZZ = settings(FUZZ, max_examples=15)


@pytest.mark.parametrize("method", _methods(), ids=lambda m: f"{m.resource}.{m.name}")
def test_every_operation_gives_its_model_or_validation_error(method: Method) -> None:
    """Any 200 body for any generated method gives a value of its return type or ResponseValidationError."""
    ids, real = real_answers()
    valid = real[method.resource, method.name]

    @OPERATION_FUZZ
    @given(body=st.one_of(near(valid), near(valid), json_values, raw_bodies))
    @example(body=valid)
    def fuzz(body: object) -> None:
        client = sync_client(answering(body))
        result = parsed_or_refused(lambda: _invoke(client, method, ids))
        if result is not None:
            check_result(method, result)

    fuzz()


@pytest.mark.parametrize("method", _methods(), ids=lambda m: f"{m.resource}.{m.name}")
def test_every_async_operation_gives_its_model_or_validation_error(method: Method) -> None:
    """Any 200 body for any generated async method gives a value of its return type or ResponseValidationError."""
    ids, real = real_answers()
    valid = real[method.resource, method.name]

    async def call(body: object) -> object:
        client = async_client(answering(body))
        try:
            return await _invoke_async(client, method, ids)
        finally:
            await client._http.aclose()

    @settings(FUZZ, max_examples=3)
    @given(body=st.one_of(near(valid), json_values, raw_bodies))
    @example(body=valid)
    def fuzz(body: object) -> None:
        result = parsed_or_refused(lambda: asyncio.run(call(body)))
        if result is not None:
            check_result(method, result)

    fuzz()


@pytest.mark.parametrize("body", [{}, {"totalResults": 3}], ids=["empty", "total-only"])
def test_page_without_results_is_an_empty_page(body: object) -> None:
    """A page-number page whose optional `results` is absent is an empty last page, not a TypeError."""
    client = sync_client(server(body))
    pages = list(client.connections.results("grp_1").pages())
    assert [page.items for page in pages] == [[]]
