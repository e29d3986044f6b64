"""Print the API surface of spec/volteras.yaml: every operation and every enum member.

`tests/golden/api_surface.txt` holds the reviewed copy. A spec change that touches the surface
fails the golden test until `make golden` (this script with --write) rewrites the file, so the
diff a reviewer sees is exactly the API change: one line per operation or enum value.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "volteras.yaml"
GOLDEN = ROOT / "tests" / "golden" / "api_surface.txt"
HEADER = "# API surface of spec/volteras.yaml. Rewritten by `make golden`; review its diff.\n"


def surface_lines(spec: dict[str, Any]) -> list[str]:
    operations = sorted(
        f"operation {method.upper()} {path} {op['operationId']}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    )
    enums = sorted(
        f"enum {name} {value}"
        for name, schema in spec["components"]["schemas"].items()
        for value in schema.get("enum", [])
    )
    return operations + enums


def render(spec_path: Path = SPEC) -> str:
    return HEADER + "".join(line + "\n" for line in surface_lines(yaml.safe_load(spec_path.read_text())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {GOLDEN.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    text = render()
    if args.write:
        GOLDEN.write_text(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
