"""What upstream added, as YAML in spec/volteras.yaml's shape, for `make drift` to print.

Facts only: paths, methods, parameters, types, formats, enums, required, bounds, status codes,
security scopes. Descriptions are left blank and `x-volteras` (which public method an operation
becomes) left for the maintainer to choose. Enum-valued fields are written our open way,
`anyOf: [{$ref: Enum}, {type: string}]`; schemas upstream names otherwise than we do are found
by their shape, so an added field lands under our name for its schema.

Covered: new operations (with the new schemas they reach), new parameters and status codes of
operations both have, new fields of schemas both have, new enum values. Lists in the skeleton
hold what to add to the existing lists.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import yaml
from check_drift import HTTP_METHODS, by_shape, operations, status_codes
from drift_documents import JsonDict, as_dict, as_list, deref
from drift_facts import Shape, parameters, shape_of

PROSE = frozenset({"description", "summary", "title", "operationId", "tags"})
SCHEMAS = "#/components/schemas/"


def _without_enums(shape: Shape) -> Shape:
    return replace(
        shape,
        enum=None,
        properties={name: _without_enums(sub) for name, sub in shape.properties.items()},
        items=None if shape.items is None else _without_enums(shape.items),
    )


def facts(schema: Any, doc: JsonDict) -> str:
    """A schema's facts, enum values aside, as comparable text."""
    shape = shape_of(schema, doc)
    if shape.properties or shape.items is not None:  # an object or array: its fields' facts, values aside
        shape = _without_enums(shape)
    return repr(replace(shape, properties=dict(sorted(shape.properties.items()))))


class Skeleton:
    """Builds the YAML skeleton of what `up_doc` adds to `ours_doc`."""

    def __init__(self, ours_doc: JsonDict, up_doc: JsonDict) -> None:
        self.ours, self.up = ours_doc, up_doc
        our_schemas = as_dict(as_dict(ours_doc.get("components")).get("schemas"))
        self.up_schemas = as_dict(as_dict(up_doc.get("components")).get("schemas"))
        self.our_schemas = our_schemas
        self.names = self.pair_schemas()
        self.paths: dict[str, Any] = {}
        self.schemas: dict[str, Any] = {}

    # ---- converting upstream's schemas to our shape --------------------------------

    def our_name(self, ref: str) -> str:
        name = ref.removeprefix(SCHEMAS)
        return self.names.get(name, name)

    def convert(self, node: Any) -> Any:
        """An upstream schema in our shape: prose dropped, refs renamed, enum refs left open."""
        if isinstance(node, list):
            return [self.convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith(SCHEMAS):
            name = self.our_name(node["$ref"])
            self.need(node["$ref"].removeprefix(SCHEMAS))
            ref = {"$ref": SCHEMAS + name}
            target = as_dict(self.up_schemas.get(node["$ref"].removeprefix(SCHEMAS)))
            return {"anyOf": [ref, {"type": "string"}]} if "enum" in target else ref
        return {key: self.convert(value) for key, value in node.items() if key not in PROSE}

    def need(self, up_name: str) -> None:
        """Add a schema upstream has and we do not (by name or by shape) to the skeleton."""
        ours = self.our_name(SCHEMAS + up_name)
        if ours in self.our_schemas or ours in self.schemas or up_name not in self.up_schemas:
            return
        self.schemas[ours] = {}
        self.schemas[ours] = self.convert(self.up_schemas[up_name])

    # ---- operations ------------------------------------------------------------------

    def operation(self, path: str, method: str, op: JsonDict) -> None:
        """A whole new operation."""
        params = [self.parameter(deref(self.up, raw)) for raw in as_list(op.get("parameters"))]
        skeleton: dict[str, Any] = {
            "operationId": "",
            "tags": [],
            "x-volteras": {"resource": "", "method": "", "kind": "", "positional": []},
            "summary": "",
        }
        requirements = [as_dict(req) for req in as_list(op.get("security"))]
        scopes = [s for req in requirements for needed in req.values() for s in needed]
        if scopes:
            skeleton["security"] = [{"oauth2": scopes}]
        if params:
            skeleton["parameters"] = params
        if "requestBody" in op:
            body = deref(self.up, op["requestBody"])
            skeleton["requestBody"] = {
                "required": bool(body.get("required")),
                "content": self.convert(as_dict(body.get("content"))),
            }
        skeleton["responses"] = {code: self.response(r) for code, r in status_codes(self.up, op).items()}
        skeleton["responses"]["default"] = {"$ref": "#/components/responses/Error"}
        self.paths.setdefault(path, {})[method.lower()] = skeleton

    def parameter(self, param: JsonDict) -> JsonDict:
        found = {"name": param.get("name"), "in": param.get("in"), "required": bool(param.get("required"))}
        return {**found, "schema": self.convert(param.get("schema", {}))}

    def response(self, response: JsonDict) -> JsonDict:
        out: JsonDict = {"description": ""}
        if "content" in response:
            out["content"] = self.convert(as_dict(response["content"]))
        return out

    def additions(self, our_path: str, method: str, ours: JsonDict, up_path: str, up_op: JsonDict) -> None:
        """New parameters and status codes of an operation both documents have."""
        mine, theirs = parameters(self.ours, ours), parameters(self.up, up_op)
        added = [
            self.parameter(deref(self.up, raw))
            for raw in as_list(up_op.get("parameters"))
            if (key := (deref(self.up, raw).get("in"), deref(self.up, raw).get("name"))) in theirs
            and key not in mine
            and key[0] != "path"
        ]
        known = status_codes(self.ours, ours)
        codes = {c: self.response(r) for c, r in status_codes(self.up, up_op).items() if c not in known}
        if added or codes:
            entry = self.paths.setdefault(our_path, {}).setdefault(method.lower(), {})
            if added:
                entry["parameters"] = added
            if codes:
                entry["responses"] = codes

    # ---- fields and enum values of schemas both have ----------------------------------

    def schema_additions(self) -> None:
        """New fields and enum values of the schemas both documents have, under our names."""
        for up_name, ours_name in self.names.items():
            schema, ours = as_dict(self.up_schemas[up_name]), as_dict(self.our_schemas[ours_name])
            new_values = [v for v in as_list(schema.get("enum")) if v not in as_list(ours.get("enum"))]
            if new_values and "enum" in ours:
                self.schemas.setdefault(ours_name, {})["enum"] = new_values
            ours_props = as_dict(ours.get("properties"))
            for name, prop in as_dict(schema.get("properties")).items():
                if name in ours_props:
                    self.inline_enum(as_dict(prop), as_dict(ours_props[name]))
            added = {k: v for k, v in as_dict(schema.get("properties")).items() if k not in ours_props}
            if added and ours_props:
                entry = self.schemas.setdefault(ours_name, {})
                entry["properties"] = {k: self.convert(v) for k, v in added.items()}
                required = [r for r in as_list(schema.get("required")) if r in added]
                if required:
                    entry["required"] = required

    def inline_enum(self, up_prop: JsonDict, our_prop: JsonDict) -> None:
        """New values of an enum upstream writes in place (FastAPI's sibling `enum`), under our name."""
        values = as_list(up_prop.get("enum"))
        refs = [as_dict(b).get("$ref") for b in [our_prop, *as_list(our_prop.get("anyOf"))]]
        names = [r.removeprefix(SCHEMAS) for r in refs if isinstance(r, str) and r.startswith(SCHEMAS)]
        target = next((n for n in names if "enum" in as_dict(self.our_schemas.get(n))), None)
        if target is None or not values:
            return
        new = [v for v in values if v not in as_list(self.our_schemas[target]["enum"])]
        if new:
            self.schemas.setdefault(target, {})["enum"] = new

    def pair_schemas(self) -> dict[str, str]:
        """Upstream schema name -> ours for the same thing: the same name, else the same facts (enum
        values aside), else (for a schema that grew) the one unpaired schema of ours whose fields or
        values it holds, and more than half of its own."""
        shapes = {facts(s, self.ours): n for n, s in self.our_schemas.items()}

        def keys(node: Any) -> frozenset[str]:
            schema = as_dict(node)
            values = {str(v) for v in as_list(schema.get("enum"))}
            return frozenset(as_dict(schema.get("properties"))) | values

        pairs: dict[str, str] = {}
        for name, schema in self.up_schemas.items():
            if name in self.our_schemas:
                pairs[name] = name
            elif (shape := facts(schema, self.up)) in shapes:
                pairs[name] = shapes[shape]
        taken = set(pairs.values())
        for name, schema in self.up_schemas.items():
            if name in pairs or not keys(schema):
                continue
            wanted = keys(schema)
            grown = [
                n
                for n, s in self.our_schemas.items()
                if n not in taken and keys(s) and keys(s) < wanted and 2 * len(keys(s)) > len(wanted)
            ]
            if len(grown) == 1:
                pairs[name] = grown[0]
                taken.add(grown[0])
        return pairs

    def render(self) -> str:
        document: JsonDict = {}
        if self.paths:
            document["paths"] = self.paths
        if self.schemas:
            document["components"] = {"schemas": self.schemas}
        if not document:
            return ""
        return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def skeleton(ours_doc: JsonDict, up_doc: JsonDict) -> str:
    """YAML, in our spec's shape, for everything `up_doc` has that `ours_doc` does not ("" if nothing)."""
    built = Skeleton(ours_doc, up_doc)
    ours, upstream = by_shape(operations(ours_doc)), by_shape(operations(up_doc))
    order = sorted(upstream.items(), key=lambda item: (item[1][0], HTTP_METHODS.index(item[0][0].lower())))
    for key, (up_path, up_op) in order:
        if key not in ours:
            built.operation(up_path, key[0], up_op)
        else:
            built.additions(ours[key][0], key[0], ours[key][1], up_path, up_op)
    built.schema_additions()
    return built.render()
