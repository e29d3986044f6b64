"""The checks `make dist` runs on a built wheel, tried on small wheels made here (no build, no venv),
and what the sdist holds when the docs site's staging folder is present (one sdist build, ~2 s)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, load_script

dist = load_script("dist")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _wheel(path: Path, *names: str, scripts: str = "volteras = volteras.__main__:main") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, "")
        archive.writestr("volteras-9.9.9.dist-info/entry_points.txt", f"[console_scripts]\n{scripts}\n")
    return path


def test_the_readme_promises_one_package_and_one_command() -> None:
    """The README's install section is where the wheel's top-level names come from."""
    assert dist.readme_promise(README) == ({"volteras"}, {"volteras"})


def test_a_wheel_with_only_what_the_readme_promises_passes(tmp_path: Path) -> None:
    """A wheel holding `volteras/` and its dist-info, declaring the `volteras` command, passes."""
    wheel = _wheel(tmp_path / "ok.whl", "volteras/__init__.py", "volteras/_generated/__init__.py")
    dist.check_wheel(wheel, README)


@pytest.mark.parametrize(
    ("names", "scripts", "named"),
    [
        (("volteras/__init__.py", "tests/__init__.py"), "volteras = volteras.__main__:main", "'tests'"),
        (("volteras/__init__.py", "conftest.py"), "volteras = volteras.__main__:main", "'conftest'"),
        (("volteras/__init__.py",), "volteras-sim = volteras.testing.__main__:main", "'volteras-sim'"),
    ],
)
def test_a_wheel_with_anything_more_fails_naming_it(
    tmp_path: Path, names: tuple[str, ...], scripts: str, named: str
) -> None:
    """An extra top-level package or module, or another command, fails the check and is named."""
    wheel = _wheel(tmp_path / "extra.whl", *names, scripts=scripts)
    with pytest.raises(dist.DistError, match=named):
        dist.check_wheel(wheel, README)


def test_dev_extras_are_what_the_fresh_environment_must_not_have() -> None:
    """The packages the smoke test refuses are the dev extras, the build tool among them."""
    dev = dist.dev_only(ROOT / "pyproject.toml")
    assert {"build", "pytest", "openapi-python-client", "pyyaml"} <= dev
    assert not dev & {"httpx", "attrs", "python-dateutil", "sniffio"}


def test_the_import_check_refuses_a_copy_from_the_checkout(tmp_path: Path) -> None:
    """The smoke test's import script passes for an installed copy and fails when the checkout is imported."""
    here = subprocess.run(
        [sys.executable, "-c", dist.IMPORT_EVERY_NAME, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert here.returncode == 0, here.stderr
    assert "public names import from" in here.stdout
    checkout = subprocess.run(
        [sys.executable, "-c", dist.IMPORT_EVERY_NAME, str(ROOT)], capture_output=True, text=True, check=False
    )
    assert checkout.returncode == 1
    assert "imported from the checkout" in checkout.stderr


def test_the_docs_staging_folder_leaves_the_sdist_whole(tmp_path: Path) -> None:
    """After `make docs` staged its links to the package, the sdist still holds every file of both halves.

    Built from a copy of the checkout's packaged files, so the docs build beside it (tests/test_docs.py)
    keeps its own staging folder, and without isolation, so no build backend is downloaded."""
    checkout = tmp_path / "checkout"
    for name in SDIST_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, checkout / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (checkout / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, checkout / name)
    # what `make docs` does first
    load_script("docs_hooks", checkout).on_startup(command="build", dirty=False)
    staged = checkout / "build" / "docs-src" / "volteras" / "_generated"
    assert staged.is_symlink()  # the link to generated/ that once hid it from hatchling's walk
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--sdist",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(checkout),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (sdist,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        packed = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    halves = [checkout / "src" / "volteras", checkout / "generated" / "volteras"]
    expected = {
        path.relative_to(checkout).as_posix()
        for half in halves
        for path in half.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert not expected - packed, f"left out of the sdist: {sorted(expected - packed)[:5]}"
    assert not [name for name in packed if name.startswith("build/")]


SDIST_INPUTS = [
    "pyproject.toml",
    "scripts/docs_hooks.py",
    *tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["sdist"][
        "only-include"
    ],
]
"""What the staged copy needs: the project file, the docs hook that stages, and what the sdist packs."""
