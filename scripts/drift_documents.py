"""Reading the documents `make drift` compares: files or URLs, JSON or YAML, OpenAPI 3.x, local refs."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import yaml

FETCH_TIMEOUT = 30.0

JsonDict = dict[str, Any]


class InputError(Exception):
    """An input document that cannot be compared; the message is the one-line reason."""


# --------------------------------------------------------------------------- loading


def read_source(source: str) -> bytes:
    """Return the raw bytes of a local file or an http(s) URL."""
    if urllib.parse.urlsplit(source).scheme in ("http", "https"):
        try:
            with urllib.request.urlopen(source, timeout=FETCH_TIMEOUT) as response:  # noqa: S310
                body: bytes = response.read()
                return body
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise InputError(f"{source}: cannot fetch: {one_line(exc)}") from exc
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror or one_line(exc)}") from exc


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message, or its class name."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def parse_document(raw: bytes, source: str) -> object:
    """Parse JSON, or YAML when the content is not JSON."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not JSON or YAML (not UTF-8 text)") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as json_error:
        if text.lstrip().startswith(("{", "[")):
            raise InputError(f"{source}: not valid JSON: {json_error}") from json_error
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise InputError(f"{source}: not JSON or YAML: {yaml_problem(exc)}") from exc


def yaml_problem(exc: yaml.YAMLError) -> str:
    """A one-line description of a YAML error."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem:
        where = f" at line {exc.problem_mark.line + 1}" if exc.problem_mark else ""
        return f"{exc.problem}{where}"
    return one_line(exc)


def stringify_keys(node: object) -> object:
    """Make every mapping key a string (YAML reads `200:` as the integer 200)."""
    if isinstance(node, dict):
        return {str(key): stringify_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [stringify_keys(item) for item in node]
    return node


def check_openapi(document: object, source: str) -> JsonDict:
    """Return the document if it is an OpenAPI 3.x document, else raise InputError."""
    if not isinstance(document, dict):
        kind = type(document).__name__
        raise InputError(f"{source}: not an OpenAPI 3.x document (top level is {kind}, not a mapping)")
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise InputError(f"{source}: not an OpenAPI 3.x document (openapi version is {version!r})")
    if not isinstance(document.get("paths"), dict):
        raise InputError(f"{source}: not an OpenAPI 3.x document (no paths object)")
    return document


def load_openapi(source: str) -> JsonDict:
    """Read, parse and check one OpenAPI 3.x document."""
    document = stringify_keys(parse_document(read_source(source), source))
    return check_openapi(document, source)


# --------------------------------------------------------------------------- references


def as_dict(node: object) -> JsonDict:
    """The node if it is a mapping, else an empty one."""
    return node if isinstance(node, dict) else {}


def as_list(node: object) -> list[Any]:
    """The node if it is a list, else an empty one."""
    return node if isinstance(node, list) else []


def resolve_pointer(doc: JsonDict, ref: str) -> object:
    """The node a local `#/...` reference points at."""
    if not ref.startswith("#"):
        raise InputError(f"unsupported non-local $ref {ref!r}")
    node: object = doc
    for raw_part in urllib.parse.unquote(ref[1:]).split("/")[1:]:
        part = raw_part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise InputError(f"unresolvable $ref {ref!r}")
    return node


def deref(doc: JsonDict, node: object) -> JsonDict:
    """Follow `$ref` chains (parameters, responses, request bodies, path items) to a mapping."""
    seen: set[str] = set()
    current = as_dict(node)
    while isinstance(current.get("$ref"), str):
        ref: str = current["$ref"]
        if ref in seen:
            raise InputError(f"circular $ref {ref!r}")
        seen.add(ref)
        current = as_dict(resolve_pointer(doc, ref))
    return current
