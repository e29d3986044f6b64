"""The command-line contract of scripts/check_drift.py: exit codes, output, inputs, and the
published document itself."""

from __future__ import annotations

import copy
import json
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.drift.conftest import (
    CLOSE_PORT,
    COMMAND,
    REAL_UPSTREAM,
    Doc,
    operation_count,
    parse_report,
    run_cli,
    run_process,
    write_doc,
)

HONK = f"POST {COMMAND}honk-horn"


def assert_unusable(result_stderr: str, result_stdout: str, *fragments: str) -> None:
    """Exit-2 output: nothing on stdout, one line on stderr naming the reason, no traceback."""
    assert result_stdout == ""
    assert len(result_stderr.splitlines()) == 1, result_stderr
    assert "Traceback" not in result_stderr
    for fragment in fragments:
        assert fragment in result_stderr


def acceptance_mutation(doc: Doc, command_enum: str, execution: str) -> Doc:
    """One enum value added, one field removed, one command endpoint added in the same tag."""
    changed = copy.deepcopy(doc)
    schemas = changed["components"]["schemas"]
    schemas[command_enum]["enum"].append("BEEP")
    del schemas[execution]["properties"]["timeout"]
    changed["paths"][f"{COMMAND}honk-horn"] = {"post": copy.deepcopy(changed["paths"][CLOSE_PORT]["post"])}
    return changed


def assert_acceptance_report(stdout: str) -> None:
    """The acceptance drift names the new enum value, the removed field and the new endpoint."""
    report = parse_report(stdout)
    assert report["operations"] == [f"+ operation added upstream: {HONK}"]
    assert '+ enum value response.command: "BEEP"' in report[f"POST {CLOSE_PORT}"]
    assert "- field response.timeout removed" in report[f"POST {CLOSE_PORT}"]
    assert '+ enum value response.results[].command: "BEEP"' in report[f"GET {COMMAND[:-1]}s"]


@pytest.mark.parametrize("run", [run_cli, run_process], ids=["in-process", "process"])
def test_no_drift_exits_0_with_a_count(
    upstream: Doc, tmp_path: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    """No drift prints one line counting the operations compared and exits 0, in-process as from a shell."""
    result = run(str(write_doc(upstream, tmp_path)))
    expected = f"no drift: {operation_count()} operations compared\n"
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, "")


def test_yaml_upstream_is_read(upstream: Doc, tmp_path: Path) -> None:
    """A YAML upstream document is detected by content and compared like JSON."""
    upstream["components"]["schemas"]["VehicleCommandEnum"]["enum"].remove("WAKE_UP")
    path = tmp_path / "upstream-without-extension"
    path.write_text(write_doc(upstream, tmp_path, "yaml").read_text())
    result = run_cli(str(path))
    assert result.returncode == 1, result.stderr
    assert '- enum value response.command: "WAKE_UP"' in parse_report(result.stdout)[f"POST {CLOSE_PORT}"]


def test_acceptance_on_fixture(upstream: Doc, tmp_path: Path) -> None:
    """Enum value added + field removed + endpoint added: exit 1 and all three named (no ../shared needed)."""
    changed = acceptance_mutation(upstream, "VehicleCommandEnum", "VehicleCommandExecution")
    result = run_cli(str(write_doc(changed, tmp_path)))
    assert result.returncode == 1, result.stderr
    assert_acceptance_report(result.stdout)


def test_acceptance_on_published_document(real_upstream: Doc, tmp_path: Path) -> None:
    """The published document plus an enum value, minus a field, plus an endpoint: exit 1 naming all three."""
    changed = acceptance_mutation(real_upstream, "VehicleCommandEnum", "VehicleCommandExecution")
    result = run_cli(str(write_doc(changed, tmp_path)))
    assert result.returncode == 1, result.stderr
    assert_acceptance_report(result.stdout)


def test_published_document_has_no_drift() -> None:
    """Our spec states the same facts as the published document in ../shared."""
    if not REAL_UPSTREAM.is_file():
        pytest.skip(f"published document not found at {REAL_UPSTREAM}")
    result = run_cli(str(REAL_UPSTREAM))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("no drift: ")


def test_output_is_deterministic(upstream: Doc, tmp_path: Path) -> None:
    """Two runs over the same drift print byte-identical output."""
    changed = acceptance_mutation(upstream, "VehicleCommandEnum", "VehicleCommandExecution")
    path = write_doc(changed, tmp_path)
    assert run_cli(str(path)).stdout == run_cli(str(path)).stdout


def test_ours_option_overrides_our_spec(upstream: Doc, tmp_path: Path) -> None:
    """--ours replaces spec/volteras.yaml (here a copy with one operation fewer than ours)."""
    del upstream["paths"][CLOSE_PORT]
    path = write_doc(upstream, tmp_path)
    result = run_cli(str(path), "--ours", str(path))
    assert (result.returncode, result.stdout) == (
        0,
        f"no drift: {operation_count() - 1} operations compared\n",
    )


def test_missing_file_exits_2(tmp_path: Path) -> None:
    """A missing upstream file exits 2 with a one-line reason."""
    result = run_cli(str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert_unusable(result.stderr, result.stdout, "nope.json", "cannot read")


def test_missing_ours_exits_2(upstream: Doc, tmp_path: Path) -> None:
    """A missing spec of ours is unusable input too."""
    result = run_cli(str(write_doc(upstream, tmp_path)), "--ours", str(tmp_path / "gone.yaml"))
    assert result.returncode == 2
    assert_unusable(result.stderr, result.stdout, "gone.yaml")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b'{"openapi": "3.1.0", "paths": {', "not valid JSON", id="broken-json"),
        pytest.param(b"openapi: [3.1.0\npaths: {}\n", "not JSON or YAML", id="broken-yaml"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "not JSON or YAML", id="binary"),
    ],
)
def test_not_json_or_yaml_exits_2(tmp_path: Path, content: bytes, reason: str) -> None:
    """A file that is neither JSON nor YAML exits 2 with a one-line reason."""
    path = tmp_path / "upstream.json"
    path.write_bytes(content)
    result = run_cli(str(path))
    assert result.returncode == 2
    assert_unusable(result.stderr, result.stdout, reason)


@pytest.mark.parametrize(
    "document",
    [
        pytest.param({"swagger": "2.0", "paths": {}}, id="swagger-2"),
        pytest.param({"name": "volteras", "version": "1.0.0"}, id="package-json"),
        pytest.param(["openapi", "3.1.0"], id="list"),
        pytest.param({"openapi": "3.1.0"}, id="no-paths"),
    ],
)
def test_json_that_is_not_openapi_exits_2(tmp_path: Path, document: object) -> None:
    """Valid JSON that is not an OpenAPI 3.x document exits 2 with a one-line reason."""
    path = tmp_path / "upstream.json"
    path.write_text(json.dumps(document))
    result = run_cli(str(path))
    assert result.returncode == 2
    assert_unusable(result.stderr, result.stdout, "not an OpenAPI 3.x document")


def test_dangling_ref_exits_2(upstream: Doc, tmp_path: Path) -> None:
    """A `$ref` that points nowhere makes the document unusable, without a traceback."""
    del upstream["components"]["schemas"]["APIAccess"]
    result = run_cli(str(write_doc(upstream, tmp_path)))
    assert result.returncode == 2
    assert_unusable(result.stderr, result.stdout, "#/components/schemas/APIAccess")


@pytest.fixture
def served(upstream: Doc) -> Iterator[str]:
    """An http URL on localhost serving the upstream-style document."""
    body = json.dumps(upstream).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path == "/openapi.json"
            self.send_response(200 if found else 404)
            self.end_headers()
            self.wfile.write(body if found else b"not found")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_upstream_is_fetched(served: str) -> None:
    """An http(s) URL is fetched and compared."""
    result = run_cli(f"{served}/openapi.json")
    assert (result.returncode, result.stdout) == (0, f"no drift: {operation_count()} operations compared\n")


def test_unreadable_url_exits_2(served: str) -> None:
    """A URL answering an HTTP error exits 2 with a one-line reason."""
    result = run_cli(f"{served}/missing.json")
    assert result.returncode == 2
    assert_unusable(result.stderr, result.stdout, "cannot fetch", "404")
