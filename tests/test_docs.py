"""The README and the documentation site (docs/) stay true: every Python block is checked, the site builds.

Every ```python block of README.md and docs/**/*.md is type-checked with mypy --strict, and run.
A block runs as a script against a simulator served on 127.0.0.1 (credentials and address in
the VOLTERAS_* variables, as a reader's shell would have them), unless the HTML comment on the
line before its fence says otherwise (`<!-- docs: KIND -->`; `<!-- readme: KIND -->` is the same):

- `pytest`: a test module; it is run by pytest and every test in it must pass.
- `typecheck-only`: a fragment for a web framework that is not installed here; it is
  type-checked (after the page's runnable block before it, whose names it uses, with the
  framework's imports untyped) but not run.

The site is built as `make docs` builds it (`mkdocs build --strict`: a broken link or anchor, or
a reference mkdocstrings cannot resolve, fails), and its reference must show every public name.
"""

from __future__ import annotations

import html
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

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
MARKER = re.compile(r"<!-- (?:docs|readme): ([a-z-]+) -->")
FENCE = re.compile(r"^( *)```python\n", re.MULTILINE)
KINDS = ("run", "pytest", "typecheck-only")
FRAMEWORKS = ("fastapi", "flask", "django")
READER_CLIENT = re.compile(r"\b(Async)?Volteras\((?![\"'])")
WEBHOOK_SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3"


@dataclass(frozen=True)
class Block:
    page: str
    line: int
    kind: str
    code: str

    @property
    def module(self) -> str:
        return re.sub(r"\W", "_", self.page.removesuffix(".md").lower()) + f"_line_{self.line}"

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


def _blocks(path: Path) -> list[Block]:
    page = path.relative_to(ROOT).as_posix()
    text = path.read_text(encoding="utf-8")
    blocks = []
    for match in FENCE.finditer(text):
        indent = match.group(1)
        start = match.end()
        end = text.index(f"{indent}```", start)
        lines = text[start:end].splitlines()
        line = text.count("\n", 0, match.start()) + 1
        if not all(row.startswith(indent) or not row.strip() for row in lines):
            raise AssertionError(f"{page}:{line}: block indented unevenly")
        code = "\n".join(row[len(indent) :] for row in lines) + "\n"
        before = text[: match.start()].rstrip().rsplit("\n", 1)[-1].strip()
        marker = MARKER.fullmatch(before)
        kind = marker.group(1) if marker else "run"
        assert kind in KINDS, f"{page}:{line}: unknown marker {before!r}"
        blocks.append(Block(page, line, kind, code))
    return blocks


BLOCKS = [block for path in PAGES for block in _blocks(path)]


def _typechecked_source(block: Block) -> str:
    """A fragment is checked after its page's runnable block before it, whose names (`webhooks`...) it uses."""
    if block.kind != "typecheck-only":
        return block.code
    earlier = [
        b for b in BLOCKS if b.page == block.page and b.line < block.line and b.kind != "typecheck-only"
    ]
    return (earlier[-1].code if earlier else "") + "\n" + block.code


def test_the_pages_have_the_examples_this_file_checks() -> None:
    """README and docs show runnable examples, a pytest module and framework fragments (a parse that finds none fails)."""
    kinds = [block.kind for block in BLOCKS]
    assert kinds.count("run") >= 5
    assert kinds.count("pytest") >= 1
    assert kinds.count("typecheck-only") >= 3
    assert {block.page for block in BLOCKS} >= {"README.md", "docs/webhooks.md", "docs/testing.md"}


def test_every_python_block_type_checks(tmp_path: Path) -> None:
    """Each ```python block of README and docs passes mypy --strict (web frameworks, not installed, untyped)."""
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
            str(ROOT / ".mypy_cache" / "docs"),
            *sorted(str(tmp_path / f"{block.module}.py") for block in BLOCKS),
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


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.kind == "run"], ids=lambda b: b.where)
def test_runnable_blocks_run(block: Block, reader_env: Simulator) -> None:
    """Each runnable block runs as written; one that builds its client from the environment reaches the simulator."""
    before = len(reader_env.requests)
    namespace: dict[str, object] = {"__name__": block.module}
    exec(compile(block.code, block.where, "exec"), namespace)  # noqa: S102 (our own documentation)
    if READER_CLIENT.search(re.sub(r"#.*", "", block.code)):  # a client from the VOLTERAS_* variables
        assert len(reader_env.requests) > before


def test_webhook_block_accepts_a_signed_delivery_and_refuses_a_forged_one(reader_env: Simulator) -> None:
    """The Webhooks page's handler answers 204 to a correctly signed body and 400 to a tampered one."""
    from volteras import Webhooks

    block = next(b for b in BLOCKS if "def on_delivery" in b.code)
    namespace: dict[str, object] = {"__name__": block.module}
    exec(compile(block.code, block.where, "exec"), namespace)  # noqa: S102 (our own documentation)
    on_delivery = namespace["on_delivery"]
    assert callable(on_delivery)
    body = b'{"id": "cmd_1", "vehicleId": "veh_1", "command": "LOCK_DOORS", "status": "EXECUTED"}'
    headers = Webhooks(WEBHOOK_SECRET).sign(body)
    assert on_delivery(body, headers) == 204
    assert on_delivery(body.replace(b"veh_1", b"veh_2"), headers) == 400


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.kind == "pytest"], ids=lambda b: b.where)
def test_the_pytest_examples_pass(block: Block, tmp_path: Path) -> None:
    """Each test module shown, saved as a file and run by pytest (sync and async tests), passes."""
    (tmp_path / f"test_{block.module}.py").write_text(block.code, encoding="utf-8")
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


def test_no_page_restates_a_count_the_spec_holds() -> None:
    """README and docs never write a count of operations, methods or models by hand: generated/api.md states it from the spec."""
    for path in PAGES:
        stated = re.findall(
            r"\b\d[\d,]* (?:operations|methods|models|sub-commands|endpoints)\b",
            path.read_text(encoding="utf-8"),
        )
        assert not stated, (
            f"{path.relative_to(ROOT)} states {stated}; link to the generated reference instead"
        )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as `make docs` builds it, into a temporary folder."""
    site_dir = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


def _nav_pages(entries: object) -> list[str]:
    """The Markdown files mkdocs.yml's nav names, nested sections included."""
    if isinstance(entries, str):
        return [entries]
    if isinstance(entries, dict):
        return [page for value in entries.values() for page in _nav_pages(value)]
    assert isinstance(entries, list)
    return [page for entry in entries for page in _nav_pages(entry)]


def test_the_site_builds_without_a_warning(site: Path) -> None:
    """`mkdocs build --strict` passes (no broken link or anchor) and writes every page of the nav."""
    import yaml

    pages = _nav_pages(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])
    assert len(pages) >= 10
    for page in pages:
        assert (site / page.replace(".md", ".html")).is_file(), page


def test_the_reference_shows_every_public_name(site: Path) -> None:
    """Every name `volteras` and `volteras.testing` export has its entry in the Python reference."""
    import volteras
    import volteras.testing

    text = html.unescape((site / "reference" / "python.html").read_text(encoding="utf-8"))
    for module in (volteras, volteras.testing):
        missing = [
            name
            for name in module.__all__
            if f'id="{module.__name__}.{name}"' not in text  # its own entry, or one under its public name:
            and not re.search(rf">\s*{re.escape(f'{module.__name__}.{name}')}\s*<", text)
        ]
        assert not missing, f"docs/reference/python.md shows nothing for {module.__name__}: {missing}"


def test_the_operations_page_is_the_generated_reference(site: Path) -> None:
    """The site's operations page is generated/api.md: every method of the generated table is on it."""
    from volteras._generated.resources import METHODS

    text = html.unescape((site / "reference" / "operations.html").read_text(encoding="utf-8"))
    missing = [f"{m.resource}.{m.name}" for m in METHODS if f"{m.resource}.{m.name}(" not in text]
    assert not missing


GOAL = re.compile(r"(\w+) \[(<=|>=|<) ([\d.]+)\]")
SIGNS = {"<=": "≤", ">=": "≥", "<": "<"}


def _goal_cells(page: Path) -> Iterator[tuple[str, str]]:
    """(figure name, goal cell) for each row of the page's tables naming figures in its first cell
    (`name`, or `name, name: what it is`) and ending in a goal."""
    for line in page.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) > 2:
            for name in cells[0].split(":")[0].split(", "):
                yield name, cells[-1]


def test_the_benchmark_goals_written_in_the_docs_are_the_benchmarks_own() -> None:
    """Each goal the README's and docs/benchmarks.md's tables give a figure is the one `make bench`
    states for it (scripts/bench.py's docstring), so a goal changes in one place."""
    bench_doc = (ROOT / "scripts" / "bench.py").read_text(encoding="utf-8")
    goals = {name: f"{SIGNS[sign]} {value}" for name, sign, value in GOAL.findall(bench_doc)}
    for page in (ROOT / "README.md", ROOT / "docs" / "benchmarks.md"):
        checked = {name: goal for name, goal in _goal_cells(page) if name in goals}
        assert checked, f"{page.name} has no benchmark table"
        # the goal, then the end of the cell or a gloss after it (", aim ≤ 1.0", ": no worse than ...")
        wrong = {
            name: goal
            for name, goal in checked.items()
            if not re.fullmatch(re.escape(goals[name]) + r"([:,] .*)?", goal)
        }
        assert not wrong, f"{page.name} states goals that scripts/bench.py does not: {wrong} vs {goals}"
