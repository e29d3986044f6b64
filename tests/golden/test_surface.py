"""The reviewed public surface (tests/golden/api_surface.json) is exactly the package's, and it
covers what the spec describes: every operation, model field and enum value."""

from __future__ import annotations

import difflib
import re
import types
from typing import Any

import attrs
import yaml

from tests.conftest import ROOT, load_script
from tests.golden.conftest import (
    ADDED_FIELD,
    NEW_ENUM_VALUE,
    REMOVED_FROM,
    RENAMED_ARGUMENT,
    RENAMED_FIELD,
    RENAMED_METHOD,
    Edited,
)

surface = load_script("surface")
introspect = load_script("introspect")
SPEC = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
CLIENTS = ("volteras.Volteras", "volteras.AsyncVolteras")
RENAMED_NAMES = "|".join(
    rf"[ .(-]({name}|{name.replace('_', '-')})\b"
    for name in (*RENAMED_FIELD[1:], *RENAMED_METHOD[2:], *RENAMED_ARGUMENT[4:])
)


def surface_changes(entries: dict[str, Any]) -> list[str]:
    """Lines of the golden that the package no longer has (-) and its new lines (+)."""
    want = surface.GOLDEN.read_text().splitlines()[1:-1]
    got = surface.render(entries).splitlines()[1:-1]
    return [
        line.rstrip(",")
        for line in difflib.unified_diff(want, got, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_surface_golden_is_current(current: dict[str, Any]) -> None:
    """Everything a user can touch is exactly what tests/golden/api_surface.json lists."""
    changes = surface_changes(current)
    assert not changes, "The public surface changed; review and run `make golden`:\n" + "\n".join(changes)


def test_a_spec_edit_without_make_golden_is_named(edited: Edited) -> None:
    """Regenerating from an edited spec without `make golden` fails, naming each field and enum value."""
    keys = {re.sub(r'^([+-]) *"([^"]+)".*', r"\1\2", line) for line in surface_changes(edited.after)}
    schema, _, python_name = ADDED_FIELD
    prefix = f"field volteras.models.{REMOVED_FROM}."
    (removed,) = [key for key in edited.before if key.startswith(prefix) and key not in edited.after]
    renamed = {key for key in keys if re.search(RENAMED_NAMES, key)}  # test_deprecations.py's
    assert keys - renamed == {
        f"+field volteras.models.{schema}.{python_name}",
        f"-{removed}",
        f"+member volteras.models.{NEW_ENUM_VALUE[0]}.{NEW_ENUM_VALUE[1]}",
    }
    assert f"+field volteras.models.{RENAMED_FIELD[0]}.{RENAMED_FIELD[2]}" in renamed


def _dashed(name: str) -> str:
    return name.replace("_", "-")


def test_every_operation_is_a_method_of_both_clients_and_a_command(current: dict[str, Any]) -> None:
    """Each operation of the spec is a method on both clients, raw or parsed, and a CLI sub-command."""
    entries = current
    for item in SPEC["paths"].values():
        for operation in item.values():
            mapping = operation["x-volteras"]
            if "resource" not in mapping:
                continue  # the token operation: the client's auth calls it, users do not
            resource, method = mapping["resource"], mapping["method"]
            for client in CLIENTS:
                assert f"method {client}.{resource}.{method}" in entries
                assert f"method {client}.{resource}.with_raw_response.{method}" in entries
            assert f"command volteras {_dashed(resource)} {_dashed(method)}" in entries
            for name in mapping.get("positional", []):
                assert entries[f"param volteras.Volteras.{resource}.{method}({name})"]["kind"] == "positional"


def test_every_enum_value_is_a_member(current: dict[str, Any]) -> None:
    """Each enum of the spec is an enum of volteras.models with exactly the spec's values."""
    entries = current
    for name, schema in SPEC["components"]["schemas"].items():
        if "enum" in schema:
            prefix = f"member volteras.models.{name}."
            values = {facts["value"] for key, facts in entries.items() if key.startswith(prefix)}
            assert values == set(schema["enum"]), name


def test_every_schema_property_is_a_field(current: dict[str, Any]) -> None:
    """Each object schema is a model with one constructor field per property, as many of them required."""
    entries = current
    for name, schema in SPEC["components"]["schemas"].items():
        if "properties" not in schema or f"model volteras.models.{name}" not in entries:
            continue  # a schema the generator folds into another (allOf) has no model of its own
        prefix = f"field volteras.models.{name}."
        fields = [facts for key, facts in entries.items() if key.startswith(prefix) and facts["init"]]
        assert len(fields) == len(schema["properties"]), name
        required = set(schema.get("required", [])) & set(schema["properties"])
        assert sum(facts["required"] for facts in fields) == len(required), name


def test_the_file_is_one_entry_per_line_and_reads_back() -> None:
    """The golden file reads back to the same entries and is written one entry per line, keys sorted."""
    entries, release = surface.load(surface.GOLDEN)
    assert release is None
    assert surface.render(entries) == surface.GOLDEN.read_text()
    lines = surface.GOLDEN.read_text().splitlines()[1:-1]
    assert len(lines) == len(entries)
    assert list(entries) == sorted(entries)


def test_deprecation_markers_are_recorded() -> None:
    """An object, an argument or a model field marked as a deprecated alias is recorded as one."""

    def replacement(vehicle_id: str, *, limit: int = 80, percent: int | None = None) -> None:
        """A function of the package, with an old argument name kept."""

    replacement.__module__ = "volteras.fake"
    replacement.__deprecated_alias_of__ = "new_function"  # type: ignore[attr-defined]
    replacement.__deprecated_arguments__ = {"percent": "limit"}  # type: ignore[attr-defined]

    @attrs.define
    class Model:
        new_name: str | None = None
        old_name: str | None = attrs.field(default=None, metadata={"deprecated_alias_of": "new_name"})

    Model.__module__ = "volteras._generated.models.fake"
    module = types.ModuleType("volteras_fake")
    module.__all__ = ["old_function", "Model"]  # type: ignore[attr-defined]
    module.old_function = replacement  # type: ignore[attr-defined]
    module.Model = Model  # type: ignore[attr-defined]
    walk = introspect.Surface()
    for name in module.__all__:  # type: ignore[attr-defined]
        walk.name(f"fake.{name}", getattr(module, name))
    assert walk.entries["function fake.old_function"]["deprecated_alias_of"] == "new_function"
    assert walk.entries["param fake.old_function(percent)"]["deprecated_alias_of"] == "limit"
    assert "deprecated_alias_of" not in walk.entries["param fake.old_function(limit)"]
    assert walk.entries["field fake.Model.old_name"]["deprecated_alias_of"] == "new_name"
