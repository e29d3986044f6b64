"""Shared pieces of the drift tests: the script as a module, frozen fixture documents (our spec as
it stood, `fixtures/ours.yaml`, and an upstream-style document built from it, so the suite works
without ../shared and does not move with the live spec), and ways to run the check."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import load_script

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(__file__).resolve().parent / "fixtures" / "ours.yaml"
"""Our side of every comparison in these tests: a frozen copy, not spec/volteras.yaml."""
REAL_UPSTREAM = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "upstream" / "volteras-connect-openapi.json"
)

# Paths as the frozen documents spell them (keys of fixtures/ours.yaml and of the forged upstream
# documents): deliberately written out, not read from spec/volteras.yaml, since these tests compare
# frozen documents that a spec edit must not move.
TOKEN = "/v1/oauth2/token"
TEST_TOKEN = "/v1/oauth2/test-token"
LIST = "/v1/vehicles/{vehicle_id}/command-executions"
GET_ONE = "/v1/vehicles/{vehicle_id}/command-executions/{vehicle_command_execution_id}"
COMMAND = "/v1/vehicles/{vehicle_id}/command-execution:"
CLOSE_PORT = COMMAND + "close-charge-port"
CHARGE_LIMIT = COMMAND + "set-charge-limit"
VEHICLES = "/v1/vehicles"
VEHICLE = VEHICLES + "/{vehicle_id}"
LISTENING = VEHICLE + "/listening"
JOURNEYS = VEHICLE + "/journeys"
CHARGING_WINDOWS = VEHICLE + "/charging-windows"

# How the published document names what our spec calls otherwise (names are not facts); the
# other schemas carry upstream's names already.
SCHEMA_NAMES = {
    "CommandExecution": "VehicleCommandExecution",
    "CommandExecutionPage": "Page_VehicleCommandExecution_",
    "Command": "VehicleCommandEnum",
    "CommandStatus": "OEMDeviceCommandExecutionStatus",
    "Token": "APIAccessToken",
    "TokenRequest": "Body_auth_token_v1_oauth2_token_post",
    "TokenInfo": "APIAccess",
    "SetChargeLimitBody": "SetChargeLimitPayload",
    "SetTemperatureBody": "SetTemperaturePayload",
    "VehiclePage": "Page_Vehicle_",
    "AccountPage": "Page_OEMAccount_",
    "VehicleAlertPage": "Page_VehicleAlertResponse_",
    "ChargingSessionPage": "Page_VehicleChargingSession_",
    "ListeningAuditPage": "Page_VehicleListeningAuditEntry_",
    "JourneyPage": "PageWithEstimatedTotalResults_VehicleJourneyResponse_",
    "ConnectionResultPage": "PageResults_VehicleInputResponse_",
    "EligibilityResultPage": "PageResults_SingleEligibilityResult_",
    "VehicleRange": "connect_models__schemas__vehicle__vehicle_range__VehicleRange",
    "TelemetryRange": "connect_models__schemas__vehicle__vehicle_telemetry__VehicleRange",
}
INLINED = ("FailedReason", "CommandArguments", "ErrorResponse", "ConnectionErrorCode")
SCHEME_NAMES = {"clientBasic": "HTTPBasic", "oauth2": "OAuth2ClientCredentialsBearer"}
TAG_NAMES = {"auth": "Authentication", "commands": "Vehicle Command Executions"}
TAG_NAMES["executions"] = TAG_NAMES["commands"]
PROSE = ("description", "summary", "title")

Doc = dict[str, Any]


check_drift = load_script("check_drift")


@cache
def our_spec() -> Doc:
    """The frozen copy of our spec, parsed once."""
    loaded: Doc = yaml.safe_load(SPEC.read_text())
    return loaded


def _enum_any_of(branches: list[Doc], rewrite: Callable[[Any], Any], schemas: Doc) -> Any:
    """Our `anyOf: [{$ref: Enum}, {type: string}(, null)]` written the FastAPI way: a plain
    `$ref`, an inline `enum` for the codes it declares in place."""
    kept = [b for b in branches if b != {"type": "string"}]
    name = next(b["$ref"] for b in kept if "$ref" in b).rsplit("/", 1)[1]
    if name == "FailedReason":
        return {"anyOf": [{"type": "string"}, {"type": "null"}], "enum": list(schemas[name]["enum"])}
    if name in INLINED:
        return {"type": "string", "enum": list(schemas[name]["enum"])}
    return rewrite(kept[0]) if len(kept) == 1 else {"anyOf": [rewrite(b) for b in kept]}


def _is_enum_ref(branch: Any, schemas: Doc) -> bool:
    """Whether an `anyOf` branch refers to one of our enum schemas."""
    ref = branch.get("$ref", "") if isinstance(branch, dict) else ""
    return "enum" in schemas.get(ref.rsplit("/", 1)[-1], {})


def upstream_style(ours: Doc) -> Doc:
    """Our spec's facts dressed the way the published document writes them: inlined shared
    parameters and responses, other schema, tag and operation names, enum fields as plain refs,
    failedReason as a sibling `enum`, no error responses, no prose."""
    components = ours["components"]

    def rewrite(node: Any) -> Any:
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            kind, name = node["$ref"].split("/")[-2:]
            if kind in ("parameters", "responses") or name in INLINED:
                return rewrite(components[kind][name])
            return {"$ref": f"#/components/schemas/{SCHEMA_NAMES.get(name, name)}"}
        branches = node.get("anyOf", [])
        if any(_is_enum_ref(b, components["schemas"]) for b in branches):
            return _enum_any_of(branches, rewrite, components["schemas"])
        rewritten = {k: rewrite(v) for k, v in node.items() if not (k in PROSE and isinstance(v, str))}
        omitted = rewritten.pop("x-volteras-may-omit", [])  # upstream writes these as required
        if omitted:
            rewritten["required"] = [*rewritten.get("required", []), *omitted]
        return rewritten

    paths: Doc = {}
    for path, item in ours["paths"].items():
        for method, op in item.items():
            new = rewrite(op)
            new["operationId"] = f"fastapi_{method}_{path.strip('/').replace('/', '_')}"
            new["tags"] = [TAG_NAMES.get(tag, tag.title()) for tag in op["tags"]]
            new["responses"] = {code: r for code, r in new["responses"].items() if code != "default"}
            new["security"] = [  # upstream states every operation's own, under other scheme names
                {SCHEME_NAMES[name]: scopes for name, scopes in requirement.items()}
                for requirement in op.get("security", ours["security"])
            ]
            new.pop("x-volteras")
            paths.setdefault(path, {})[method] = new
    schemas = {
        SCHEMA_NAMES.get(name, name): rewrite(schema)
        for name, schema in components["schemas"].items()
        if name not in INLINED
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "UPSTREAM STYLE", "version": "9.9.9"},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {SCHEME_NAMES[n]: s for n, s in components["securitySchemes"].items()},
        },
    }


def operation_count() -> int:
    """How many operations the frozen copy of our spec has."""
    return sum(len(item) for item in our_spec()["paths"].values())


@cache
def _upstream_cached() -> Doc:
    return upstream_style(our_spec())


@pytest.fixture
def upstream() -> Doc:
    """A fresh, mutable upstream-style document with exactly our spec's facts."""
    return copy.deepcopy(_upstream_cached())


@pytest.fixture
def real_upstream() -> Doc:
    """A fresh copy of the published document in ../shared; skips when it is absent."""
    if not REAL_UPSTREAM.is_file():
        pytest.skip(f"published document not found at {REAL_UPSTREAM}")
    loaded: Doc = json.loads(REAL_UPSTREAM.read_text())
    return loaded


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the script's `main` as `make drift` does, in this process: its exit status and what it
    printed (`run_process` runs it as a real process, for the smoke test)."""
    argv = [*args, *(() if "--ours" in args else ("--ours", str(SPEC)))]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = load_script("check_drift").main(argv)
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 2
    return subprocess.CompletedProcess(["check_drift.py", *argv], code, out.getvalue(), err.getvalue())


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python scripts/check_drift.py` itself."""
    return subprocess.run(
        [sys.executable, "scripts/check_drift.py", *args, "--ours", str(SPEC)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def write_doc(doc: Doc, directory: Path, fmt: str = "json") -> Path:
    """Write a document as JSON or YAML and return its path."""
    path = directory / f"upstream.{fmt}"
    path.write_text(json.dumps(doc, indent=1) if fmt == "json" else yaml.safe_dump(doc, sort_keys=False))
    return path


def parse_report(text: str) -> dict[str, list[str]]:
    """Map every heading of the output to the difference lines under it (headings sharing the
    same differences are printed together, one per line)."""
    report: dict[str, list[str]] = {}
    headings: list[str] = []
    in_lines = False
    for line in text.splitlines():
        if line.startswith(SKELETON_MARK):
            break
        if not line or line.startswith(("drift:", "no drift:")):
            continue
        if line.startswith("  "):
            for heading in headings:
                report.setdefault(heading, []).append(line.strip())
            in_lines = True
        else:
            headings = [*headings, line] if not in_lines else [line]
            in_lines = False
    return report


SKELETON_MARK = "# skeleton"  # the start of check_drift.SKELETON_MARK
"""Where the report ends and the YAML skeleton of what upstream added begins."""

Check = Callable[[Doc], dict[str, list[str]]]


@pytest.fixture
def check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Check:
    """Write a document as JSON, run the check on it in-process, and return the differences by
    heading ({} when the check exits 0)."""

    def run(doc: Doc) -> dict[str, list[str]]:
        status = check_drift.main([str(write_doc(doc, tmp_path)), "--ours", str(SPEC)])
        out = capsys.readouterr()
        assert out.err == ""
        assert status == (1 if parse_report(out.out) else 0), out.out
        return parse_report(out.out)

    return run
