"""A third-party contract test: schemathesis fuzzes `python -m volteras.testing serve` from our spec.

Bounded: a few examples per operation, a fixed seed, one worker, 127.0.0.1 only. Every answer must
come without a server error and match the spec's schema for its status.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT
from tests.spec_facts import path_of

SPEC = ROOT / "spec" / "volteras.yaml"
CHECKS = "not_a_server_error,response_schema_conformance"


@pytest.fixture
def served() -> Iterator[str]:
    """The simulator as a process, as a user starts it; its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "volteras.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("listening on http://127.0.0.1:"), first
        yield first.split()[-1]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_schemathesis_finds_no_server_error_and_no_answer_outside_the_schema(
    served: str, tmp_path: Path
) -> None:
    """Every operation of the spec, fuzzed with a few positive and negative examples, answers without a 5xx and as its schema says."""
    st = shutil.which("st", path=str(Path(sys.executable).parent))
    assert st is not None, "schemathesis is a dev dependency: make install"
    token = httpx.post(
        served + path_of("create_token"),
        data={"grant_type": "client_credentials"},
        auth=("demo-client", "demo-secret"),
    ).json()["access_token"]
    result = subprocess.run(
        [
            st, "run", str(SPEC), "--url", served, "--header", f"Authorization: Bearer {token}",
            "--checks", CHECKS, "--max-examples", "3", "--seed", "1", "--workers", "1",
            "--phases", "examples,coverage,fuzzing", "--generation-database", "none",
            "--request-timeout", "10", "--no-shrink", "--no-color",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    summary = result.stdout[-3000:]
    assert result.returncode == 0, summary
    assert "Tested: " in summary and " passed" in summary and "failed" not in summary.split("Test cases:")[-1]
