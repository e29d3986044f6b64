"""Regenerate `generated/volteras_openapi` from `spec/volteras.yaml` and `templates/`.

Deterministic and offline: the same spec, templates and pinned tools give the same bytes, so
`make generate` twice leaves git clean and the golden test can compare whole trees.

    python scripts/generate.py              # rewrite generated/volteras_openapi
    python scripts/generate.py --out DIR    # write the package to DIR instead (golden tests)
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "volteras.yaml"
TEMPLATES = ROOT / "templates"
CONFIG = TEMPLATES / "generator-config.yaml"
PACKAGE = "volteras_openapi"
TARGET = ROOT / "generated" / PACKAGE
RUFF_FLAGS = ["--isolated", "--line-length", "110", "--target-version", "py311"]


class SpecError(Exception):
    """The spec breaks a rule the SDK's tolerance depends on."""


def _walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def check_enums_are_open(spec: dict[str, Any]) -> None:
    """Refuse a spec where an enum could make parsing raise.

    The generator turns `anyOf: [{$ref: Enum}, {type: string}]` into `Enum | str`: known values
    become members, unknown ones stay strings. A bare `$ref` to an enum would become a strict
    `Enum(value)` that raises on the first value the API adds, so every use must carry the
    string fallback.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    enums = {f"#/components/schemas/{name}" for name, schema in schemas.items() if "enum" in schema}
    problems = []
    for where, node in _walk(spec, "#"):
        branches = node.get("anyOf")
        if isinstance(branches, list):
            refs = [b.get("$ref") for b in branches if isinstance(b, dict)]
            has_string = any(
                isinstance(b, dict) and b.get("type") == "string" and "enum" not in b for b in branches
            )
            if any(ref in enums for ref in refs) and not has_string:
                problems.append(f"{where}: anyOf with an enum needs a {{type: string}} branch")
        for key, value in node.items():
            if key in ("properties", "items") and isinstance(value, dict):
                children = value.values() if key == "properties" else [value]
                for child in children:
                    if isinstance(child, dict) and child.get("$ref") in enums:
                        problems.append(
                            f"{where}/{key}: refers to {child['$ref'].rsplit('/', 1)[-1]} directly;"
                            " write anyOf: [{$ref: ...}, {type: string}] so unknown values parse"
                        )
    if problems:
        raise SpecError("\n".join(problems))


def header(spec_bytes: bytes) -> str:
    digest = hashlib.sha256(spec_bytes).hexdigest()
    return f"# Generated from spec/volteras.yaml (sha256 {digest}) by `make generate`. Do not edit.\n"


def generate(out: Path) -> None:
    spec_bytes = SPEC.read_bytes()
    check_enums_are_open(yaml.safe_load(spec_bytes))
    stamp = header(spec_bytes)
    with tempfile.TemporaryDirectory() as tmp:
        build = Path(tmp) / PACKAGE
        subprocess.run(
            [
                sys.executable, "-m", "openapi_python_client", "generate",
                "--path", str(SPEC), "--meta", "none", "--output-path", str(build),
                "--config", str(CONFIG), "--custom-template-path", str(TEMPLATES),
                "--fail-on-warning",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run(
            [*ruff, "check", "-q", "--fix", "--select", "I,F401", *RUFF_FLAGS, str(build)], check=True
        )
        subprocess.run([*ruff, "format", "-q", *RUFF_FLAGS, str(build)], check=True)
        (build / "py.typed").write_text("")
        for path in sorted(build.rglob("*")):
            if path.is_file():
                path.write_text(stamp + path.read_text())
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(build, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=TARGET, help="where to write the package")
    args = parser.parse_args(argv)
    try:
        generate(args.out)
    except SpecError as exc:
        print(f"spec/volteras.yaml is not ready to generate from:\n{exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"generation failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
