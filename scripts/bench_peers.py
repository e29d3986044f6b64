"""The parsers a user would otherwise reach for, built from spec/volteras.yaml at run time, for `make bench`.

- pydantic v2: the models datamodel-code-generator writes from the spec, read with
  `Model.model_validate_json(body)`;
- msgspec: `Struct`s written here from the spec's schemas (no tool writes them from OpenAPI), read
  with `msgspec.json.Decoder(Model).decode(body)`;
- and `json.loads(body)` alone.

Each is timed against the SDK's own parse of the same bytes (decode, build the model, check every
field) on two answers taken from the simulator: a full telemetry read and a command execution.
datamodel-code-generator, pydantic and msgspec are development dependencies only.
"""

from __future__ import annotations

import importlib
import json
import keyword
import subprocess
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "volteras.yaml"
CLIENT = ("demo-client", "demo-secret")

PEER_NUMBER = 500
"""Calls per timed round."""
PEER_ROUNDS = 30
"""Rounds per parser; the sides alternate round by round and each keeps its best."""


# ---- the bodies ----------------------------------------------------------------------------


def simulator_bodies() -> dict[str, bytes]:
    """A full telemetry answer and a command execution, as the simulator sends them."""
    from volteras.testing import Simulator

    sim = Simulator()
    sim.add_vehicle("veh_1")
    with httpx.Client(transport=sim.transport(), base_url="http://sim") as http:
        form = {"grant_type": "client_credentials"}
        token = http.post("/v1/oauth2/token", data=form, auth=CLIENT).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        telemetry = http.get("/v1/vehicles/veh_1/telemetry", headers=headers)
        execution = http.post("/v1/vehicles/veh_1/command-execution:close-charge-port", headers=headers)
    for response in (telemetry, execution):
        response.raise_for_status()
    return {"telemetry": telemetry.content, "execution": execution.content}


# ---- pydantic, by datamodel-code-generator ---------------------------------------------------


def pydantic_models(tmp: Path) -> Any:
    """Write pydantic v2 models for the whole spec into `tmp` and import them."""
    target = tmp / "peer_pydantic.py"
    subprocess.run(
        [
            *(sys.executable, "-m", "datamodel_code_generator"),
            *("--input", str(SPEC), "--input-file-type", "openapi"),
            *("--output", str(target), "--output-model-type", "pydantic_v2.BaseModel"),
            *("--target-python-version", "3.11", "--formatters", "builtin"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return _import(tmp, "peer_pydantic")


# ---- msgspec, written here -------------------------------------------------------------------


class _Structs:
    """msgspec `Struct` source for the spec's object schemas: a field per property, the types JSON
    Schema names (open enums as `str`, which msgspec cannot put beside another string type)."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.classes: dict[str, str] = {}

    def type_of(self, schema: dict[str, Any], hint: str) -> str:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            target = self.schemas[name]
            return "str" if "enum" in target else self.struct(name, target)
        if "anyOf" in schema:
            arms = [self.type_of(arm, hint) for arm in schema["anyOf"]]
            return " | ".join(dict.fromkeys(arms))
        if "const" in schema or "enum" in schema:
            return "str"
        kind = schema.get("type")
        if kind == "string":
            return {"date-time": "datetime.datetime", "date": "datetime.date"}.get(
                schema.get("format"), "str"
            )
        if kind == "array":
            return f"list[{self.type_of(schema.get('items', {}), hint + 'Item')}]"
        if kind == "object" and "properties" in schema:
            return self.struct(hint, schema)
        if kind == "object":
            values = schema.get("additionalProperties")
            return f"dict[str, {self.type_of(values, hint) if isinstance(values, dict) else 'Any'}]"
        return {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(kind, "Any")

    def struct(self, name: str, schema: dict[str, Any]) -> str:
        if name not in self.classes:
            self.classes[name] = ""  # a schema that refers to itself
            required = set(schema.get("required", []))
            lines = [f"class {name}(msgspec.Struct, kw_only=True):"]
            for wire, prop in schema.get("properties", {}).items():
                attribute = wire if wire.isidentifier() and not keyword.iskeyword(wire) else f"f_{len(lines)}"
                default = "" if wire in required else " = None"
                if attribute != wire:
                    default = f" = msgspec.field(name={wire!r}{'' if wire in required else ', default=None'})"
                lines.append(
                    f"    {attribute}: {self.type_of(prop, name + wire[:1].upper() + wire[1:])}{default}"
                )
            self.classes[name] = "\n".join(lines if len(lines) > 1 else [*lines, "    pass"])
        return name


def msgspec_structs(tmp: Path) -> Any:
    """Write msgspec Structs for every object schema of the spec into `tmp` and import them."""
    schemas = yaml.safe_load(SPEC.read_text())["components"]["schemas"]
    structs = _Structs(schemas)
    for name, schema in schemas.items():
        if schema.get("type") == "object" and "properties" in schema:
            structs.struct(name, schema)
    header = (
        "from __future__ import annotations\n\nimport datetime\nfrom typing import Any\n\nimport msgspec\n"
    )
    (tmp / "peer_msgspec.py").write_text(header + "\n\n" + "\n\n\n".join(structs.classes.values()) + "\n")
    return _import(tmp, "peer_msgspec")


def _import(folder: Path, name: str) -> Any:
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(folder))


# ---- timing --------------------------------------------------------------------------------


def best_seconds(sides: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Seconds per call of each side: the best of PEER_ROUNDS rounds, the order rotating each round."""
    best = dict.fromkeys(sides, float("inf"))
    names = list(sides)
    for round_no in range(PEER_ROUNDS):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            seconds = timeit.timeit(sides[name], number=PEER_NUMBER) / PEER_NUMBER
            best[name] = min(best[name], seconds)
    return best


def measure(tmp: Path) -> dict[str, dict[str, float]]:
    """Body -> parser -> seconds per call, for the SDK, pydantic, msgspec and json.loads."""
    bodies = simulator_bodies()
    pydantic = pydantic_models(tmp)
    structs = msgspec_structs(tmp)
    try:
        return {
            body_name: _measure_one(body_name, model_name, bodies[body_name], pydantic, structs)
            for body_name, model_name in (
                ("telemetry", "VehicleTelemetry"),
                ("execution", "CommandExecution"),
            )
        }
    finally:  # their files go away with `tmp`
        for name in ("peer_pydantic", "peer_msgspec"):
            sys.modules.pop(name, None)


def _measure_one(
    body_name: str, model_name: str, body: bytes, pydantic: Any, structs: Any
) -> dict[str, float]:
    import msgspec

    import volteras
    from volteras._parsing import model_parser

    response = httpx.Response(200, content=body)
    ours = model_parser(getattr(volteras.models, model_name))
    theirs = getattr(pydantic, model_name).model_validate_json
    decoder = msgspec.json.Decoder(getattr(structs, model_name))
    _agree(body_name, ours(response), theirs(body), decoder.decode(body), json.loads(body))
    return best_seconds(
        {
            "volteras": lambda: ours(response),
            "pydantic": lambda: theirs(body),
            "msgspec": lambda: decoder.decode(body),
            "json_loads": lambda: json.loads(body),
        }
    )


def _agree(body_name: str, ours: Any, pydantic: Any, msgspec: Any, plain: dict[str, Any]) -> None:
    """Every parser read the same answer: spot-check a few values before anything is timed."""
    if body_name == "telemetry":
        seen = {
            (ours.id, ours.odometer.value, ours.security.locked),
            (pydantic.id, pydantic.odometer.value, pydantic.security.locked),
            (msgspec.id, msgspec.odometer.value, msgspec.security.locked),
            (plain["id"], plain["odometer"]["value"], plain["security"]["locked"]),
        }
    else:
        seen = {
            (ours.id, ours.vehicle_id, str(ours.status)),
            (pydantic.id, pydantic.vehicleId, getattr(pydantic.status, "value", pydantic.status)),
            (msgspec.id, msgspec.vehicleId, msgspec.status),
            (plain["id"], plain["vehicleId"], plain["status"]),
        }
    if len(seen) != 1:
        raise AssertionError(f"the parsers read the {body_name} answer differently: {seen}")
