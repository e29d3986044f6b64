"""The README's Python examples stay true: every block is type-checked with mypy --strict, and run.

A block runs as a script against a simulator served on 127.0.0.1 (credentials and address in
the VOLTERAS_* variables, as a reader's shell would have them), unless the HTML comment on the
line before its fence says otherwise:

- `<!-- readme: pytest -->`: a test module; it is run by pytest and every test in it must pass.
- `<!-- readme: typecheck-only -->`: a fragment for a web framework that is not installed here;
  it is type-checked (after the block before it, whose names it uses, with the framework's
  imports untyped) but not run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT
from volteras.testing import Simulator

MARKER = re.compile(r"<!-- readme: ([a-z-]+) -->")
FENCE = re.compile(r"^( *)```python\n", re.MULTILINE)
KINDS = ("run", "pytest", "typecheck-only")
FRAMEWORKS = ("fastapi", "flask", "django")
READER_CLIENT = re.compile(r"\b(Async)?Volteras\((?![\"'])")
WEBHOOK_SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3"


@dataclass(frozen=True)
class Block:
    line: int
    kind: str
    code: str

    @property
    def module(self) -> str:
        return f"readme_line_{self.line}"


def _blocks() -> list[Block]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = []
    for match in FENCE.finditer(text):
        indent = match.group(1)
        start = match.end()
        end = text.index(f"{indent}```", start)
        lines = text[start:end].splitlines()
        if not all(line.startswith(indent) or not line.strip() for line in lines):
            raise AssertionError(f"README line {text.count(chr(10), 0, start)}: block indented unevenly")
        code = "\n".join(line[len(indent) :] for line in lines) + "\n"
        before = text[: match.start()].rstrip().rsplit("\n", 1)[-1].strip()
        marker = MARKER.fullmatch(before)
        kind = marker.group(1) if marker else "run"
        assert kind in KINDS, f"unknown README marker {before!r}"
        blocks.append(Block(text.count("\n", 0, match.start()) + 1, kind, code))
    return blocks


BLOCKS = _blocks()


def _typechecked_source(block: Block) -> str:
    """A fragment is checked after the runnable block before it, whose names (`webhooks`...) it uses."""
    if block.kind != "typecheck-only":
        return block.code
    earlier = [b for b in BLOCKS if b.line < block.line and b.kind != "typecheck-only"]
    return (earlier[-1].code if earlier else "") + "\n" + block.code


def test_the_readme_has_the_examples_this_file_checks() -> None:
    """The README shows runnable examples, a pytest module and framework fragments (a parse that finds none fails)."""
    kinds = [block.kind for block in BLOCKS]
    assert kinds.count("run") >= 5
    assert kinds.count("pytest") == 1
    assert kinds.count("typecheck-only") == 3


def test_every_python_block_type_checks(tmp_path: Path) -> None:
    """Each ```python block of the README passes mypy --strict (web frameworks, not installed, untyped)."""
    for block in BLOCKS:
        (tmp_path / f"{block.module}.py").write_text(_typechecked_source(block), encoding="utf-8")
    sections = [f"[mypy-{framework}.*]\nignore_missing_imports = True\n" for framework in FRAMEWORKS]
    sections += [
        f"[mypy-{block.module}]\ndisallow_untyped_decorators = False\n"  # a framework's decorator is untyped here
        for block in BLOCKS
        if block.kind == "typecheck-only"
    ]
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\npython_version = 3.11\nmypy_path = {ROOT / 'src'}:{ROOT / 'generated'}\n\n"
        + "\n".join(sections),
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "readme"),
            *sorted(str(path) for path in tmp_path.glob("readme_line_*.py")),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def reader_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Simulator]:
    """A served simulator, and the variables a reader would have exported to reach it."""
    sim = Simulator()
    for vehicle_id in ("veh_1", "veh_2"):
        sim.add_vehicle(vehicle_id, latency=0)
    with sim.serve() as base_url:
        monkeypatch.setenv("VOLTERAS_CLIENT_ID", "demo-client")
        monkeypatch.setenv("VOLTERAS_CLIENT_SECRET", "demo-secret")
        monkeypatch.setenv("VOLTERAS_BASE_URL", base_url)
        monkeypatch.setenv("VOLTERAS_WEBHOOK_SECRET", WEBHOOK_SECRET)
        yield sim


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.kind == "run"], ids=lambda b: f"line{b.line}")
def test_runnable_blocks_run(block: Block, reader_env: Simulator) -> None:
    """Each runnable README block runs as written; one that builds its client from the environment reaches the simulator."""
    before = len(reader_env.requests)
    namespace: dict[str, object] = {"__name__": block.module}
    exec(compile(block.code, f"README.md:{block.line}", "exec"), namespace)  # noqa: S102 (our own README)
    if READER_CLIENT.search(re.sub(r"#.*", "", block.code)):  # a client from the VOLTERAS_* variables
        assert len(reader_env.requests) > before


def test_webhook_block_accepts_a_signed_delivery_and_refuses_a_forged_one(reader_env: Simulator) -> None:
    """The Webhooks section's handler answers 204 to a correctly signed body and 400 to a tampered one."""
    from volteras import Webhooks

    block = next(b for b in BLOCKS if "def on_delivery" in b.code)
    namespace: dict[str, object] = {"__name__": block.module}
    exec(compile(block.code, f"README.md:{block.line}", "exec"), namespace)  # noqa: S102 (our own README)
    on_delivery = namespace["on_delivery"]
    assert callable(on_delivery)
    body = b'{"id": "cmd_1", "vehicleId": "veh_1", "command": "LOCK_DOORS", "status": "EXECUTED"}'
    headers = Webhooks(WEBHOOK_SECRET).sign(body)
    assert on_delivery(body, headers) == 204
    assert on_delivery(body.replace(b"veh_1", b"veh_2"), headers) == 400


def test_the_pytest_example_passes(tmp_path: Path) -> None:
    """The README's test module, saved as a file and run by pytest (sync and async tests), passes."""
    (block,) = [b for b in BLOCKS if b.kind == "pytest"]
    (tmp_path / "test_readme_example.py").write_text(block.code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=300,
    )
    tests = block.code.count("\ndef test_") + block.code.count("\nasync def test_")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{tests} passed" in result.stdout, result.stdout


def test_the_readme_states_no_count_of_operations_methods_or_models() -> None:
    """A new operation needs no README edit: the README counts no operations, methods or models
    (generated/api.md, made from the spec, lists them all)."""
    readme = (ROOT / "README.md").read_text()
    counted = re.findall(r"\b\d[\d,]* (?:operations|methods|models|sub-commands|endpoints)\b", readme)
    assert counted == []
