"""The checked-in generated/ tree is exactly what `make generate` writes today."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, Regenerated, load_script

tree_compare = load_script("tree_compare")  # the comparison `make dist` runs too
GENERATED = ROOT / "generated"
tree_diff = tree_compare.tree_diff
_files = tree_compare.files


@pytest.fixture
def regenerated_tree(regenerated: Regenerated) -> Path:
    """The session's one regeneration (tests/conftest.py)."""
    return regenerated.tree


def test_generated_tree_matches_spec_and_templates(regenerated_tree: Path) -> None:
    """Regenerating from spec/ and templates/ reproduces generated/ byte for byte."""
    diff = tree_diff(regenerated_tree, GENERATED)
    assert not diff, "generated/ is stale or was edited by hand; run `make generate`.\n" + diff


def test_tree_diff_names_an_edited_file(regenerated_tree: Path, tmp_path: Path) -> None:
    """One changed character in a generated file makes the comparison fail and name that file."""
    import shutil

    edited = tmp_path / "generated"
    shutil.copytree(GENERATED, edited)
    target = edited / "volteras" / "_generated" / "models" / "command_status.py"
    text = target.read_text()
    target.write_text(text.replace("PENDING", "PENDINg", 1))
    diff = tree_diff(regenerated_tree, edited)
    assert "models/command_status.py" in diff
    assert "-    PENDINg" in diff or "+    PENDING" in diff


def test_every_generated_file_carries_the_header() -> None:
    """Each generated file says it is generated, by what and from where, and that it is not to be edited."""
    for name, content in _files(GENERATED).items():
        first = content.decode().splitlines()[0] if content else ""
        assert first.startswith(("# Generated from spec/volteras.yaml", "<!-- Generated from")), name
        assert "make generate" in first, name
        assert "Do not edit" in first, name


def test_the_stamp_names_the_spec_bytes_and_the_generator() -> None:
    """The spec's sha256 lives once, in the generated package's stamp, beside the pinned generator."""
    import hashlib
    from importlib.metadata import version

    import volteras._generated as stamp

    assert hashlib.sha256((ROOT / "spec" / "volteras.yaml").read_bytes()).hexdigest() == stamp.SPEC_SHA256
    assert f"openapi-python-client {version('openapi-python-client')}" == stamp.GENERATOR
    digests = [name for name, content in _files(GENERATED).items() if stamp.SPEC_SHA256.encode() in content]
    assert digests == ["volteras/_generated/__init__.py"]
