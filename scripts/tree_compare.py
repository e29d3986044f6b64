"""Is `generated/` what `make generate` writes today? One comparison for the golden test and `make dist`.

python scripts/tree_compare.py   # regenerate into a temporary folder, compare; exit 1 if they differ
"""

from __future__ import annotations

import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"


def files(top: Path) -> dict[str, bytes]:
    """Every file under `top` (caches aside) by its relative path."""
    return {
        path.relative_to(top).as_posix(): path.read_bytes()
        for path in sorted(top.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def tree_diff(expected: Path, actual: Path) -> str:
    """A unified diff of two trees, naming every file that differs, is missing or is extra."""
    want, got = files(expected), files(actual)
    out: list[str] = []
    for name in sorted(want.keys() | got.keys()):
        if want.get(name) == got.get(name):
            continue
        before = want.get(name, b"").decode(errors="replace").splitlines(keepends=True)
        after = got.get(name, b"").decode(errors="replace").splitlines(keepends=True)
        label = (
            "missing from generated/"
            if name not in got
            else "not produced by make generate"
            if name not in want
            else ""
        )
        out.append(f"== {name} {label}".rstrip() + "\n")
        out.extend(difflib.unified_diff(after, before, f"generated/{name}", f"regenerated/{name}"))
    return "".join(out)


def regenerate(out: Path) -> None:
    """`make generate`, written to `out` instead of generated/."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "generate.py"), "--out", str(out)], check=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        regenerate(Path(tmp) / "generated")
        diff = tree_diff(Path(tmp) / "generated", GENERATED)
    if diff:
        print("generated/ is stale or was edited by hand; run `make generate`.\n" + diff, file=sys.stderr)
        return 1
    print("generated/ is current: regenerating from spec/ and templates/ gives the same bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
