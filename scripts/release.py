"""`make release VERSION=x.y.z`: set the version, date the changelog, record the release surface.

1. refuses a version that is not X.Y.Z, is not above the last release, or is below what the
   changes since it need (`make changes` says which; see scripts/changes.py for the rule);
2. writes it to src/volteras/_version.py, the one place the version lives (hatchling reads it
   for the wheel; the CLI and the User-Agent import it);
3. rewrites the changelog draft from the surface and moves it under "## x.y.z - YYYY-MM-DD";
4. records the package's surface as release/surface.json, which the next `make changes` reads.

The Makefile then runs `make dist`. Nothing is committed, tagged or uploaded: docs/maintainers.md,
"Releasing", lists those steps.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling scripts import by name
import changes
import surface

ROOT = surface.ROOT
VERSION_FILE = ROOT / "src" / "volteras" / "_version.py"
_ASSIGNMENT = re.compile(r'^__version__ = "[^"]*"$', re.MULTILINE)


def _parts(version: str) -> tuple[int, ...]:
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise ValueError(f"a release version is X.Y.Z, not {version!r}")
    return tuple(map(int, version.split(".")))


def check_version(new: str, last: str, needed: str) -> None:
    """Refuse a version that goes backwards or is smaller than the changes need."""
    if _parts(new) <= _parts(last):
        raise ValueError(f"{new} is not above the last release, {last}")
    if _parts(new) < _parts(needed):
        raise ValueError(f"{new} is too small: the changes since {last} need {needed} (see `make changes`)")


def set_version(text: str, new: str) -> str:
    """_version.py with `__version__` set to `new`."""
    replaced, count = _ASSIGNMENT.subn(f'__version__ = "{new}"', text)
    if count != 1:
        raise ValueError("src/volteras/_version.py must assign __version__ exactly once")
    return replaced


def date_draft(changelog: str, new: str, day: date) -> str:
    """The changelog with its "Unreleased" section released as `new` on `day`."""
    head, unreleased, released = changes.sections(changelog)
    if not unreleased:
        raise ValueError("CHANGELOG.md has no Unreleased section; run `make changes` first")
    body = re.sub(r"\A## Unreleased\n\n(Needs .*|No change .*)\n\n", "", unreleased).strip()
    body = body or "No change to the public surface."
    return f"{head}## {new} - {day.isoformat()}\n\n{body}\n\n{released}".rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("version", metavar="VERSION", help="the new version, X.Y.Z")
    args = parser.parse_args(argv)
    before, last = surface.load(changes.SNAPSHOT)
    if last is None:
        print(f"{changes.SNAPSHOT} records no release", file=sys.stderr)
        return 2
    after = surface.collect()
    found = changes.compare(before, after)
    try:
        check_version(args.version, last, changes.bump(last, found))
        VERSION_FILE.write_text(set_version(VERSION_FILE.read_text(), args.version))
    except ValueError as exc:
        print(f"make release: {exc}", file=sys.stderr)
        return 2
    changes.write_draft(changes.CHANGELOG, found, last, changes.drift_lines(changes.UPSTREAM))
    changes.CHANGELOG.write_text(date_draft(changes.CHANGELOG.read_text(), args.version, date.today()))
    changes.SNAPSHOT.write_text(surface.render(after, args.version))
    print(f"version {args.version}: src/volteras/_version.py, CHANGELOG.md and release/surface.json written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
