"""`make release VERSION=x.y.z`: the version is checked against the changes, set in its one place,
and the changelog draft is dated under it."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import ROOT, load_script

release = load_script("release")
changes = load_script("changes")
surface = load_script("surface")


@pytest.mark.parametrize(
    ("new", "needed", "problem"),
    [
        ("0.1.0", "0.1.1", "not above"),
        ("0.0.9", "0.1.1", "not above"),
        ("0.1.1", "0.2.0", "too small"),
        ("v0.2.0", "0.2.0", "X.Y.Z"),
        ("0.2.0rc1", "0.2.0", "X.Y.Z"),
    ],
)
def test_a_version_that_does_not_fit_the_changes_is_refused(new: str, needed: str, problem: str) -> None:
    """A version at or below the last release, below what the changes need, or not X.Y.Z is refused."""
    with pytest.raises(ValueError, match=problem):
        release.check_version(new, "0.1.0", needed)


@pytest.mark.parametrize("new", ["0.1.1", "0.2.0", "1.0.0"])
def test_a_version_at_or_above_the_need_is_accepted(new: str) -> None:
    """Any X.Y.Z at or above what the changes need may be released."""
    release.check_version(new, "0.1.0", "0.1.1")


def test_the_version_is_set_in_its_one_place() -> None:
    """Only the assignment in _version.py changes; hatchling, the CLI and the User-Agent read it there."""
    text = (ROOT / "src" / "volteras" / "_version.py").read_text()
    updated = release.set_version(text, "7.8.9")
    assert updated == re.sub(r'__version__ = "[^"]+"', '__version__ = "7.8.9"', text)
    with pytest.raises(ValueError, match="exactly once"):
        release.set_version("VERSION = 1\n", "7.8.9")


def test_no_other_file_states_the_version() -> None:
    """Besides _version.py, only the changelog and the release snapshot name the current version."""
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "src" / "volteras" / "_version.py").read_text())
    assert version is not None
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    allowed = (
        *("src/volteras/_version.py", "CHANGELOG.md", "release/surface.json"),
        *("spec/", "generated/", "tests/drift/fixtures/"),  # info.version there is the API's, another fact
        *("tests/release/", "tests/golden/test_changes.py"),  # versions as examples of the rules
    )
    stating = [
        name
        for name in tracked.splitlines()
        if not name.startswith(allowed)
        and (ROOT / name).is_file()
        and re.search(rf"\b{re.escape(version[1])}\b", (ROOT / name).read_text(errors="replace"))
    ]
    assert stating == []


def test_the_draft_is_dated_under_the_new_version() -> None:
    """The Unreleased section becomes `## x.y.z - date`, its sections kept, older releases untouched."""
    old = "## 0.1.0 - 2026-01-05\n\n- First release.\n"
    text = (
        "# Changelog\n\nIntro.\n\n## Unreleased\n\nNeeds 0.2.0: breaking.\n\n### Breaking\n\n- gone\n\n" + old
    )
    dated = release.date_draft(text, "0.2.0", date(2026, 3, 1))
    assert dated == "# Changelog\n\nIntro.\n\n## 0.2.0 - 2026-03-01\n\n### Breaking\n\n- gone\n\n" + old
    with pytest.raises(ValueError, match="no Unreleased section"):
        release.date_draft("# Changelog\n\n" + old, "0.2.0", date(2026, 3, 1))


def test_release_writes_version_changelog_and_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A release records the version, the dated changelog and the surface as the new last release."""
    version_file, snapshot, changelog = (
        tmp_path / "_version.py",
        tmp_path / "surface.json",
        tmp_path / "CHANGELOG.md",
    )
    version_file.write_text('"""The version."""\n\n__version__ = "0.1.0"\n')
    snapshot.write_text(surface.render(surface.load(surface.GOLDEN)[0], "0.1.0"))
    changelog.write_text("# Changelog\n\n## 0.1.0 - 2026-01-05\n\n- First release.\n")
    monkeypatch.setattr(release, "VERSION_FILE", version_file)
    for name, value in (("SNAPSHOT", snapshot), ("CHANGELOG", changelog), ("UPSTREAM", tmp_path / "absent")):
        monkeypatch.setattr(release.changes, name, value)
    assert release.main(["0.1.0"]) == 2
    assert release.main(["0.1.1"]) == 0
    assert version_file.read_text().endswith('__version__ = "0.1.1"\n')
    assert changelog.read_text().startswith(f"# Changelog\n\n## 0.1.1 - {date.today().isoformat()}\n\n")
    assert surface.load(snapshot) == (surface.load(surface.GOLDEN)[0], "0.1.1")
