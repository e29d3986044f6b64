"""`make changes` classifies each difference of the public surface and proposes the version bump."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, load_script
from tests.golden.conftest import ADDED_FIELD, NEW_ENUM_VALUE, REMOVED_FROM, Edited

changes = load_script("changes")
surface = load_script("surface")
Entries = dict[str, dict[str, Any]]


def _about(edited: Edited, path: str) -> list[Any]:
    found: list[Any] = changes.compare(edited.before, edited.after)
    return [c for c in found if c.key.split(" ", 1)[1].startswith(path)]


def test_adding_an_optional_response_field_is_additive(edited: Edited) -> None:
    """A new optional field of a response model is additive: a patch release at 0.x, a minor one after."""
    schema, _, python_name = ADDED_FIELD
    found = _about(edited, f"volteras.models.{schema}.")
    assert [(c.level, c.key) for c in found] == [
        ("additive", f"field volteras.models.{schema}.{python_name}")
    ]
    assert (changes.bump("0.1.0", found), changes.bump("1.4.2", found)) == ("0.1.1", "1.5.0")


def test_removing_a_response_field_is_breaking(edited: Edited) -> None:
    """A field removed from a response model is breaking: a minor release at 0.x, a major one after."""
    found = _about(edited, f"volteras.models.{REMOVED_FROM}.")
    assert [(c.level, c.key.split(".")[-2]) for c in found] == [("breaking", REMOVED_FROM)]
    assert "removed" in found[0].text
    assert (changes.bump("0.1.0", found), changes.bump("1.4.2", found)) == ("0.2.0", "2.0.0")


def test_a_new_enum_value_is_additive(edited: Edited) -> None:
    """A value added to an enum is additive."""
    enum, value = NEW_ENUM_VALUE
    found = _about(edited, f"volteras.models.{enum}.")
    assert [(c.level, c.key) for c in found] == [("additive", f"member volteras.models.{enum}.{value}")]


def _model(*fields: tuple[str, dict[str, Any]]) -> Entries:
    entries: Entries = {"model volteras.models.Vehicle": {"keyword_only": True}}
    base = {"type": "str | None", "required": False, "default": "None", "init": True}
    for name, facts in fields:
        entries[f"field volteras.models.Vehicle.{name}"] = {
            **base,
            "kw_only": True,
            "position": None,
            **facts,
        }
    return entries


def test_a_renamed_field_with_a_deprecated_alias_is_additive_with_a_deprecation() -> None:
    """A field renamed with its old name kept as a deprecated alias is additive, listed as a deprecation."""
    before = _model(("plate", {}))
    after = _model(("registration_plate", {}), ("plate", {"deprecated_alias_of": "registration_plate"}))
    found = changes.compare(before, after)
    assert sorted((c.level, c.key.rsplit(".", 1)[1]) for c in found) == [
        ("additive", "registration_plate"),
        ("deprecated", "plate"),
    ]
    assert changes.bump("0.1.0", found) == "0.1.1"
    assert "use `registration_plate`" in changes.draft(found, "0.1.0", "0.1.1", [], [])


def test_a_renamed_field_without_an_alias_is_a_breaking_rename() -> None:
    """The same rename with no alias is reported once, as a breaking rename."""
    found = changes.compare(_model(("plate", {})), _model(("registration_plate", {})))
    assert [(c.level, c.text) for c in found] == [
        (
            "breaking",
            "`volteras.models.Vehicle.plate` renamed to `volteras.models.Vehicle.registration_plate`",
        )
    ]
    assert changes.bump("0.1.0", found) == "0.2.0"


def _param(**facts: Any) -> dict[str, Any]:
    return {
        "kind": "keyword-only",
        "position": None,
        "type": "int | None",
        "required": False,
        "default": "None",
    } | facts


METHOD = "method volteras.Volteras.commands.set_charge_limit"
PARAM = "param volteras.Volteras.commands.set_charge_limit"


@pytest.mark.parametrize(
    ("before", "after", "level"),
    [
        ({f"{PARAM}(limit)": _param()}, {f"{PARAM}(limit)": _param(required=True)}, "breaking"),
        ({f"{PARAM}(limit)": _param(required=True)}, {f"{PARAM}(limit)": _param()}, "additive"),
        ({f"{PARAM}(limit)": _param()}, {f"{PARAM}(limit)": _param(type="int")}, "breaking"),
        ({f"{PARAM}(limit)": _param(type="int")}, {f"{PARAM}(limit)": _param()}, "additive"),
        (
            {f"{PARAM}(a)": _param(kind="positional", position=0)},
            {f"{PARAM}(a)": _param(kind="positional", position=1)},
            "breaking",
        ),
        ({f"{PARAM}(a)": _param(kind="positional", position=0)}, {f"{PARAM}(a)": _param()}, "breaking"),
        ({f"{PARAM}(a)": _param(default="80")}, {f"{PARAM}(a)": _param(default="90")}, "breaking"),
        ({}, {f"{PARAM}(wait)": _param()}, "additive"),
        ({}, {f"{PARAM}(unit)": _param(required=True)}, "breaking"),
        ({f"{METHOD}": {"returns": "CommandExecution", "async": False}}, {}, "breaking"),
        ({}, {f"{METHOD}": {"returns": "CommandExecution", "async": False}}, "additive"),
        (
            {METHOD: {"returns": "X", "async": False}},
            {METHOD: {"returns": "X | None", "async": False}},
            "breaking",
        ),
        (
            {METHOD: {"returns": "X | None", "async": False}},
            {METHOD: {"returns": "X", "async": False}},
            "additive",
        ),
        ({"member volteras.models.Command.LOCK": {"value": "LOCK"}}, {}, "breaking"),
        (
            {"field volteras.models.V.vin": {"type": "str"}},
            {"field volteras.models.V.vin": {"type": "str | None"}},
            "breaking",
        ),
        (
            {"field volteras.models.V.vin": {"type": "str | None"}},
            {"field volteras.models.V.vin": {"type": "str"}},
            "breaking",
        ),
        (
            {"model volteras.models.V": {"keyword_only": False}},
            {"model volteras.models.V": {"keyword_only": True}},
            "breaking",
        ),
        (
            {"class volteras.NotFoundError": {"bases": ["APIError"]}},
            {"class volteras.NotFoundError": {"bases": ["VolterasError"]}},
            "breaking",
        ),
        ({"class volteras.APIError": {"bases": ["VolterasError"]}}, {}, "breaking"),
        ({"attribute volteras.APIError.code": {"type": "str"}}, {}, "breaking"),
        (
            {},
            {"option volteras commands lock-doors --wait": {"action": "store_true", "required": False}},
            "additive",
        ),
        (
            {},
            {"option volteras commands lock-doors --unit": {"action": "store", "required": True}},
            "breaking",
        ),
        (
            {"command volteras tokens": {"aliases": ["token"]}},
            {"command volteras tokens": {"aliases": []}},
            "breaking",
        ),
        (  # a positional CLI argument's name shows only in --help
            {"option volteras tags add object_id": {"action": "store", "position": 1, "required": True}},
            {"option volteras tags add entity_id": {"action": "store", "position": 1, "required": True}},
            "none",
        ),
        ({}, {}, "none"),
    ],
)
def test_each_rule_classifies_a_difference(before: Entries, after: Entries, level: str) -> None:
    """Each documented rule gives its level: required, narrowed, moved, removed... breaking; the rest additive."""
    found = changes.compare(before, after)
    assert changes._worst([c.level for c in found]) == level, found


def test_removing_a_model_reports_the_model_not_each_field() -> None:
    """A removed model is one breaking line; its fields are not listed again."""
    found = changes.compare(_model(("vin", {}), ("plate", {})), {})
    assert [(c.level, c.key) for c in found] == [("breaking", "model volteras.models.Vehicle")]


def test_a_constructor_made_keyword_only_is_one_line_per_model() -> None:
    """Making a model's constructor keyword-only is breaking once, not once more per field that moved."""
    before = {
        "model volteras.models.V": {"keyword_only": False},
        "field volteras.models.V.a": {"position": 0, "kw_only": False},
    }
    after = {
        "model volteras.models.V": {"keyword_only": True},
        "field volteras.models.V.a": {"position": None, "kw_only": True},
    }
    assert [c.key for c in changes.compare(before, after)] == ["model volteras.models.V"]


def test_sync_async_and_raw_twins_share_one_changelog_line() -> None:
    """A parameter added to every form of a method is one line of the draft."""
    after = {
        f"param volteras.{client}.commands{raw}.lock_doors(force)": _param()
        for client in ("Volteras", "AsyncVolteras")
        for raw in ("", ".with_raw_response")
    }
    found = changes.compare({}, after)
    assert len(found) == 4
    assert changes.draft(found, "0.1.0", "0.1.1", [], []).count("lock_doors(force)") == 1


def test_the_draft_replaces_unreleased_and_keeps_fixed_lines(tmp_path: Path) -> None:
    """Rewriting the draft keeps hand-written Fixed lines and every released section as they were."""
    changelog = tmp_path / "CHANGELOG.md"
    released = "## 0.1.0 - 2026-01-05\n\n- First release.\n"
    changelog.write_text(
        "# Changelog\n\nIntro.\n\n## Unreleased\n\n### Added\n\n- stale\n\n### Fixed\n\n- A fix.\n\n"
        + released
    )
    found = changes.compare({}, {"member volteras.models.Command.HONK": {"value": "HONK"}})
    changes.write_draft(changelog, found, "0.1.0", ["operations", "  + operation added upstream: GET /v1/x"])
    text = changelog.read_text()
    assert text.startswith("# Changelog\n\nIntro.\n\n## Unreleased\n\nNeeds 0.1.1: additive changes")
    assert "- stale" not in text
    assert "- new member `volteras.models.Command.HONK`" in text
    assert "### Fixed\n\n- A fix.\n" in text
    assert "  + operation added upstream: GET /v1/x" in text
    assert text.endswith(released)


def test_make_changes_prints_each_difference_and_the_next_version(
    edited: Edited, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make changes` on the edited spec prints every difference and the minor bump a removal needs."""
    since, current = tmp_path / "since.json", tmp_path / "current.json"
    since.write_text(surface.render(edited.before, "0.1.0"))
    current.write_text(surface.render(edited.after))
    changelog = tmp_path / "CHANGELOG.md"
    argv = ["--since", str(since), "--current", str(current), "--changelog", str(changelog)]
    assert changes.main([*argv, "--upstream", str(tmp_path / "absent.json")]) == 0
    out = capsys.readouterr().out.splitlines()
    count = len(changes.compare(edited.before, edited.after))  # one per form of each renamed method
    assert out[-2] == f"{count} difference(s) since 0.1.0, breaking changes: the next release is 0.2.0"
    levels = [line.split()[0] for line in out[:-2]]
    assert levels == ["breaking"] + ["deprecated"] * 5 + ["additive"] * 7, out  # 3 renames: 5 old names
    assert "## Unreleased\n\nNeeds 0.2.0: breaking changes" in changelog.read_text()


def test_the_draft_carries_make_drift_lines(tmp_path: Path) -> None:
    """With a copy of the published document that differs from our spec, its drift lines reach the draft."""
    upstream = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
    upstream["components"]["schemas"][NEW_ENUM_VALUE[0]]["enum"].append(NEW_ENUM_VALUE[1])
    document = tmp_path / "upstream.json"
    document.write_text(json.dumps(upstream, default=str))
    lines = changes.drift_lines(document)
    assert any(NEW_ENUM_VALUE[1] in line for line in lines), lines
    assert changes.drift_lines(tmp_path / "absent.json") == []
