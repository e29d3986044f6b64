"""Every public method of both clients, over real HTTP, against answers the SDK has never seen.

A small server on 127.0.0.1 answers each operation with a body built from the spec's own
response schema, every enum set to a value the spec does not list and an extra field in every
object: what the API may send the day after a release. Each method must send its documented
method and path, return its declared type, and keep the new value and the extra field.
"""

from __future__ import annotations

import asyncio
import collections.abc
import json
import re
import threading
import typing
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import volteras._generated.models as models
import yaml
from volteras._generated.resources import METHODS
from volteras._generated.types import Argument, Method

from tests.conftest import ROOT
from tests.spec_facts import path_of
from volteras import AsyncPager, AsyncVolteras, SyncPager, Volteras

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
NEW_VALUE = "VALUE_FROM_THE_FUTURE"
EXTRA = "fieldFromTheFuture"
TOKEN = {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "ref"}


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SPEC["components"][schema["$ref"].split("/")[2]][schema["$ref"].split("/")[3]]
    return schema


def _open_string(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "string" and "const" not in schema and "enum" not in schema


def example(schema: dict[str, Any], *, new: bool, depth: int = 0) -> Any:
    """A value of `schema`; with `new`, enums hold an unknown value and objects an extra field."""
    schema = _resolve(schema)
    if "anyOf" in schema:
        branches = [_resolve(b) for b in schema["anyOf"] if b.get("type") != "null"]
        if new and any("enum" in b for b in branches):
            return NEW_VALUE
        if new and any("const" in b for b in branches) and any(_open_string(b) for b in branches):
            return NEW_VALUE  # a unit beside its documented constant, say
        return example(branches[0], new=new, depth=depth)
    if "enum" in schema:
        return NEW_VALUE if new else schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    extras = schema.get("additionalProperties")
    if isinstance(extras, dict) and "properties" not in schema:  # a map: its values are typed
        return {"someKey": example(extras, new=new, depth=depth + 1)}
    if kind == "object" or "properties" in schema:
        value = {
            name: None if name == "nextPageToken" else example(sub, new=new, depth=depth + 1)
            for name, sub in schema.get("properties", {}).items()
            if depth < 12
        }
        if new:
            value[EXTRA] = {"nested": [1, "two"]}
        return value
    if kind == "array":
        return [example(schema.get("items", {}), new=new, depth=depth + 1)] if depth < 12 else []
    if kind == "string":
        return {"date-time": "2026-11-24T10:00:00Z", "date": "2026-11-24"}.get(schema.get("format", ""), "x")
    return {"integer": 7, "number": 7.5, "boolean": True}.get(kind, {})


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                yield method.upper(), path, op


def answer_for(method: str, path: str) -> tuple[int, Any]:
    """The status and body the server sends for a request: the 2xx of the operation it matches."""
    for verb, template, op in _operations():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if verb == method and re.match(pattern, path):
            status = min(code for code in op["responses"] if code.startswith("2"))
            response = _resolve(op["responses"][status])
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            return int(status), example(schema, new=True) if schema else None
    return 404, {"error": "RESOURCE_NOT_FOUND", "message": "no such operation", "requestId": "r"}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _any(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        path = self.path.split("?")[0]
        if path == path_of("create_token"):
            status, body = 200, TOKEN
        else:
            self.server.seen.append((self.command, path))
            status, body = answer_for(self.command, path)
        payload = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_DELETE = _any


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    seen: list[tuple[str, str]]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def argument_value(argument: Argument) -> Any:
    """A valid value for a required argument, from its kind in the method table."""
    kind = argument.kind.removeprefix("list[").removesuffix("]")
    if kind.startswith("model:"):
        value = example(SPEC["components"]["schemas"][kind.removeprefix("model:")], new=False)
    elif kind.startswith("enum:"):
        value = argument.choices[0]
    else:
        value = {"int": 80, "float": 21.5, "bool": True, "str": "veh_1"}[kind]
    return [value] if argument.kind.startswith("list[") else value


def call_arguments(method: Method) -> tuple[list[Any], dict[str, Any]]:
    positional = [argument_value(a) for a in method.arguments if a.positional]
    keywords = {a.name: argument_value(a) for a in method.arguments if a.required and not a.positional}
    return positional, keywords


def expected_path(method: Method) -> str:
    return re.sub(r"\{[^}]+\}", "veh_1", method.operation.path)


def _declared_return(client: object, method: Method) -> Any:
    """The model the method promises (through Awaitable[...] for the async commands)."""
    resource = type(getattr(client, method.resource))
    declared = typing.get_type_hints(getattr(resource, method.name))["return"]
    if typing.get_origin(declared) is collections.abc.Awaitable:
        (declared,) = typing.get_args(declared)
    return declared


def _check(result: Any, declared: Any, method: Method) -> None:
    origin = typing.get_origin(declared)
    if declared is type(None):
        assert result is None
        return
    if origin is list:
        (item,) = typing.get_args(declared)
        assert isinstance(result, list)
        assert result
        assert all(isinstance(element, item) for element in result)
        found = json.dumps([element.to_dict() for element in result])
    else:
        assert isinstance(result, declared), f"{method.resource}.{method.name} gave {type(result)}"
        found = json.dumps(result.to_dict())
    assert EXTRA in found, "an extra field the API added was dropped"
    if NEW_VALUE in json.dumps(answer_for(method.operation.method, expected_path(method))[1]):
        assert NEW_VALUE in found, "an enum value the API added was lost"


@pytest.mark.parametrize("method", METHODS, ids=lambda m: f"{m.resource}.{m.name}")
def test_sync_method_sends_its_operation_and_parses_a_newer_api(method: Method, base_url: str) -> None:
    """The sync method hits its path and parses an answer with new enum values and extra fields."""
    positional, keywords = call_arguments(method)
    with Volteras("id", "secret", base_url=base_url) as client:
        result = getattr(getattr(client, method.resource), method.name)(*positional, **keywords)
        declared = _declared_return(client, method)
        if isinstance(result, SyncPager):
            items = list(result)
            (item,) = typing.get_args(declared)
            assert items
            assert all(isinstance(i, item) for i in items)
            assert EXTRA in json.dumps(items[0].to_dict())
        else:
            _check(result, declared, method)


@pytest.mark.parametrize("method", METHODS, ids=lambda m: f"{m.resource}.{m.name}")
def test_async_method_sends_its_operation_and_parses_a_newer_api(method: Method, base_url: str) -> None:
    """The async method does the same: right path, declared type, new values and fields kept."""
    positional, keywords = call_arguments(method)

    async def run() -> None:
        async with AsyncVolteras("id", "secret", base_url=base_url) as client:
            bound = getattr(getattr(client, method.resource), method.name)
            outcome = bound(*positional, **keywords)
            if isinstance(outcome, AsyncPager):
                items = [item async for item in outcome]
                assert items
                assert EXTRA in json.dumps(items[0].to_dict())
                return
            _check(await outcome, _declared_return(client, method), method)

    asyncio.run(run())


def test_every_operation_has_a_method() -> None:
    """All operations of the spec but the token endpoint reach users as a method."""
    ids = {op["operationId"] for _, _, op in _operations() if op["x-volteras"]["kind"] != "token"}
    assert ids == {method.operation.id for method in METHODS}
    assert len(ids) == sum(1 for _ in _operations()) - 1


def test_raw_twins_answer_the_http_response(base_url: str) -> None:
    """`with_raw_response` of any resource gives status and headers, and `.parse()` the model."""
    with Volteras("id", "secret", base_url=base_url) as client:
        raw = client.vehicles.with_raw_response.telemetry("veh_1")
        assert raw.status_code == 200
        assert isinstance(raw.parse(), models.VehicleTelemetry)
