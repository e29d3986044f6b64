"""Where the documented shapes come from: our spec for the operations it has, else the upstream document."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.simulator.test_sim_schema import _format_checker

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "volteras.yaml"
UPSTREAM_NAME = "volteras-connect-openapi.json"


def _upstream_path() -> Path | None:
    candidates = [ROOT.parent / "shared" / "upstream" / UPSTREAM_NAME]
    if os.environ.get("VOLTERAS_UPSTREAM"):
        candidates.insert(0, Path(os.environ["VOLTERAS_UPSTREAM"]))
    return next((path for path in candidates if path.is_file()), None)


@cache
def documents() -> tuple[dict[str, Any], ...]:
    """Our spec first, then the upstream document when present (``$VOLTERAS_UPSTREAM`` may point at it)."""
    docs: list[dict[str, Any]] = []
    if SPEC.is_file():
        docs.append(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    upstream = _upstream_path()
    if upstream is not None:
        docs.append(json.loads(upstream.read_text(encoding="utf-8")))
    return tuple(docs)


def operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    methods = {"get", "post", "put", "patch", "delete"}
    return {(m.upper(), path) for path, item in doc.get("paths", {}).items() for m in item if m in methods}


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _at(doc: dict[str, Any], pointer: str) -> Any:
    node: Any = doc
    for part in pointer.lstrip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def response_validator(method: str, template: str, status: int) -> jsonschema.Draft202012Validator | None:
    """A validator for the operation's answer with ``status``, from the first document that has the
    operation (``None``: no document has it, or it declares no JSON body)."""
    for doc in documents():
        if (method, template) not in operations(doc):
            continue
        pointer = f"/paths/{_escape(template)}/{method.lower()}/responses/{status}"
        node = _at(doc, pointer)
        while "$ref" in node:
            pointer = node["$ref"].removeprefix("#")
            node = _at(doc, pointer)
        if "application/json" not in node.get("content", {}):
            return None
        uri = "urn:volteras:doc"
        registry: Registry[Any] = Registry().with_resource(
            uri, Resource.from_contents(doc, default_specification=DRAFT202012)
        )
        target = f"{uri}#{pointer}/content/application~1json/schema"
        return jsonschema.Draft202012Validator(
            {"$ref": target}, registry=registry, format_checker=_format_checker()
        )
    return None
