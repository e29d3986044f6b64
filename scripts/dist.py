"""`make dist`: build the sdist and the wheel into dist/, and prove the wheel works on its own.

1. generated/ is current: regenerated into a temporary folder, it is the same bytes
   (scripts/tree_compare.py, the golden test's comparison);
2. `python -m build`: the sdist, then the wheel built from the sdist (so the sdist is complete);
3. the wheel installs exactly the top-level packages and commands the README promises;
4. a fresh virtual environment gets the wheel and only its runtime dependencies (none of the
   dev extras), and from a folder outside the checkout: `volteras --version` names the wheel's
   version, every public name of `volteras`, `volteras.models` and `volteras.testing` imports
   from the installed copy, and scripts/demo.py drives the CLI against the bundled simulator.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling scripts import by name
import tree_compare

ROOT = tree_compare.ROOT
DIST = ROOT / "dist"
PROMISE = re.compile(
    r"The wheel installs one top-level package, `(?P<package>[\w.]+)`, and one command, `(?P<command>[\w-]+)`"
)
# Run by the fresh environment's Python: argv[1] is the checkout, which nothing may come from.
IMPORT_EVERY_NAME = """
import pathlib, sys
import volteras, volteras.models, volteras.testing
checkout = pathlib.Path(sys.argv[1]).resolve()
where = pathlib.Path(volteras.__file__).resolve()
if where.is_relative_to(checkout):
    sys.exit(f"volteras was imported from the checkout ({where}), not the installed wheel")
names = 0
for module in (volteras, volteras.models, volteras.testing):
    for name in module.__all__:
        getattr(module, name)
        names += 1
print(f"{names} public names import from {where.parent}")
"""


class DistError(Exception):
    """A step of `make dist` failed; the message says which and why."""


def run(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise DistError(
            f"`{' '.join(map(str, command))}` exited {done.returncode}:\n{done.stdout}{done.stderr}"
        )
    return done.stdout


def readme_promise(readme: str) -> tuple[set[str], set[str]]:
    """The top-level packages and the commands the README says the wheel installs."""
    match = PROMISE.search(" ".join(readme.split()))
    if match is None:
        raise DistError("README.md no longer says which top-level package and command the wheel installs")
    return {match["package"]}, {match["command"]}


def top_level(names: Iterable[str]) -> set[str]:
    """The top-level names a wheel installs, its .dist-info and .data folders aside."""
    tops = {name.split("/")[0] for name in names}
    return {top.removesuffix(".py") for top in tops if not top.endswith((".dist-info", ".data"))}


def commands(wheel: zipfile.ZipFile) -> set[str]:
    """The console scripts a wheel declares."""
    entry_points = next((n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")), None)
    if entry_points is None:
        return set()
    text = wheel.read(entry_points).decode()
    section = re.search(r"^\[console_scripts\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    return (
        {line.split("=")[0].strip() for line in section.group(1).splitlines() if "=" in line}
        if section
        else set()
    )


def check_wheel(wheel: Path, readme: str) -> None:
    """The wheel holds what the README promises, and nothing else at the top."""
    packages, scripts = readme_promise(readme)
    with zipfile.ZipFile(wheel) as archive:
        found, declared = top_level(archive.namelist()), commands(archive)
    if found != packages:
        raise DistError(
            f"the wheel installs top-level {sorted(found)}; the README promises {sorted(packages)}"
        )
    if declared != scripts:
        raise DistError(
            f"the wheel declares commands {sorted(declared)}; the README promises {sorted(scripts)}"
        )


def dev_only(pyproject: Path) -> set[str]:
    """The distributions of the dev extras, by normalised name."""
    project = tomllib.loads(pyproject.read_text())["project"]
    return {
        _normal(re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0])
        for spec in project["optional-dependencies"]["dev"]
    }


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def smoke(wheel: Path, work: Path) -> list[str]:
    """Install the wheel in a fresh environment and use it from outside the checkout."""
    venv = work / "venv"
    run(sys.executable, "-m", "venv", venv)
    python, volteras = venv / "bin" / "python", venv / "bin" / "volteras"
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel)
    frozen = run(python, "-m", "pip", "freeze", "--exclude", "volteras").splitlines()
    installed = {_normal(re.split(r"==| @ ", line, maxsplit=1)[0]) for line in frozen}
    extra = installed & dev_only(ROOT / "pyproject.toml")
    if extra:
        raise DistError(f"the wheel pulled in dev-only packages: {sorted(extra)}")
    report = [f"installed with its runtime dependencies only: {', '.join(sorted(installed))}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VOLTERAS_"))}
    outside = work / "outside"
    (outside / "scripts").mkdir(parents=True)
    version = run(volteras, "--version", cwd=outside, env=env).strip()
    expected = f"volteras {wheel.name.split('-')[1]}"
    if version != expected:
        raise DistError(f"`volteras --version` printed {version!r}, not {expected!r}")
    report.append(f"`volteras --version`: {version}")
    report.append(run(python, "-c", IMPORT_EVERY_NAME, ROOT, cwd=outside, env=env).strip())
    shutil.copy(ROOT / "scripts" / "demo.py", outside / "scripts" / "demo.py")  # its ROOT is `outside`
    demo = run(python, outside / "scripts" / "demo.py", cwd=outside, env=env)
    report.append(f"demo against the bundled simulator: {demo.strip().splitlines()[-1]}")
    return report


def main() -> int:
    try:
        if tree_compare.main() != 0:
            raise DistError("generated/ is not what `make generate` writes")
        shutil.rmtree(DIST, ignore_errors=True)
        run(sys.executable, "-m", "build", "--outdir", DIST, ROOT)
        (wheel,) = DIST.glob("*.whl")
        (sdist,) = DIST.glob("*.tar.gz")
        print(f"built {sdist.name} and {wheel.name}")
        check_wheel(wheel, (ROOT / "README.md").read_text(encoding="utf-8"))
        print("the wheel installs exactly what the README promises")
        with tempfile.TemporaryDirectory() as tmp:
            for line in smoke(wheel, Path(tmp)):
                print(line)
    except DistError as exc:
        print(f"make dist failed: {exc}", file=sys.stderr)
        return 1
    print(f"make dist: {sdist.name} and {wheel.name} in dist/ are ready to upload")
    return 0


if __name__ == "__main__":
    sys.exit(main())
