"""A name the spec keeps after a rename (`deprecated_name`, `deprecated_names`) works for one more
release, warning with the new name, and `make changes` calls the rename additive with a deprecation.

The renames are real spec edits, regenerated once per session with the others (conftest.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import importlib
import io
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, load_script
from tests.golden.conftest import RENAMED_ARGUMENT, RENAMED_FIELD, RENAMED_METHOD, Edited

changes = load_script("changes")
surface = load_script("surface")
generate = load_script("generate")
import _deprecations  # noqa: E402 (scripts/ is on sys.path once a script is loaded)

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "volteras.yaml").read_text())
Entries = dict[str, dict[str, Any]]
SCHEMA, OLD_FIELD, NEW_FIELD = RENAMED_FIELD
_, RESOURCE, OLD_METHOD, NEW_METHOD = RENAMED_METHOD
_, ARG_RESOURCE, TAKES, WIRE_ARGUMENT, OLD_ARGUMENT, NEW_ARGUMENT = RENAMED_ARGUMENT


@contextlib.contextmanager
def _warns_once(text: str) -> Iterator[None]:
    """Exactly one DeprecationWarning, saying `text`, pointing at this file (the caller's line)."""
    with pytest.warns(DeprecationWarning, match=re.escape(text)) as record:
        yield
    assert [str(w.message) for w in record] == [text]
    assert Path(record[0].filename) == Path(__file__)


def _message(old: str, new: str) -> str:
    return f"`{old}` is deprecated; use `{new}` (removed in the next minor release)"


# ---- a renamed field --------------------------------------------------------------------------


def _vehicle(volteras: ModuleType, **names: Any) -> Any:
    model = getattr(volteras.models, SCHEMA)
    metadata = volteras.models.VehicleMetaData(last_seen_at=None, consent_id=None, account_id=None)
    return model(id="veh_1", metadata=metadata, **names)


def test_an_old_field_name_reads_and_writes_the_new_field(edited_volteras: ModuleType) -> None:
    """`vehicle.make` reads and writes `vehicle.manufacturer`, warning each time at the caller's line."""
    vehicle = _vehicle(edited_volteras, **{NEW_FIELD: "TESLA"})
    with _warns_once(_message(f"{SCHEMA}.{OLD_FIELD}", f"{SCHEMA}.{NEW_FIELD}")):
        assert getattr(vehicle, OLD_FIELD) == "TESLA"
    with _warns_once(_message(f"{SCHEMA}.{OLD_FIELD}", f"{SCHEMA}.{NEW_FIELD}")):
        setattr(vehicle, OLD_FIELD, "BMW")
    assert getattr(vehicle, NEW_FIELD) == "BMW"


def test_an_old_field_name_is_a_constructor_keyword_and_nothing_more(edited_volteras: ModuleType) -> None:
    """`Vehicle(make=...)` warns and builds what `manufacturer=` does; to_dict, repr, == know only the new."""
    with _warns_once(_message(f"{SCHEMA}({OLD_FIELD}=...)", f"{SCHEMA}({NEW_FIELD}=...)")):
        old = _vehicle(edited_volteras, **{OLD_FIELD: "TESLA"})
    new = _vehicle(edited_volteras, **{NEW_FIELD: "TESLA"})
    assert old == new
    assert f"{NEW_FIELD}='TESLA'" in repr(old) and f"{OLD_FIELD}=" not in repr(old)
    wire = old.to_dict()
    assert wire[NEW_FIELD] == "TESLA" and OLD_FIELD not in wire
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert type(old).from_dict(wire) == new
    with pytest.raises(TypeError, match=f"{OLD_FIELD}= \\(deprecated\\) and {NEW_FIELD}="):
        _vehicle(edited_volteras, **{OLD_FIELD: "A", NEW_FIELD: "B"})


# ---- a renamed method and argument ------------------------------------------------------------


def _simulator(volteras: ModuleType) -> Any:
    sim = importlib.import_module("volteras.testing").Simulator()
    sim.add_vehicle("veh_1", latency=0)
    return sim


def test_an_old_method_name_forwards_to_the_new_method(edited_volteras: ModuleType) -> None:
    """`vehicles.range(...)` warns and answers what `estimated_range` does, on sync, async and raw clients."""
    sim = _simulator(edited_volteras)
    with sim.client() as client:
        resource = getattr(client, RESOURCE)
        expected = getattr(resource, NEW_METHOD)("veh_1")
        with _warns_once(_message(f"client.{RESOURCE}.{OLD_METHOD}", f"client.{RESOURCE}.{NEW_METHOD}")):
            assert getattr(resource, OLD_METHOD)("veh_1") == expected
        with pytest.warns(DeprecationWarning, match=f"with_raw_response.{NEW_METHOD}"):
            assert getattr(resource.with_raw_response, OLD_METHOD)("veh_1").parse() == expected
    assert sim.requests[-1].path == sim.requests[-2].path == "/v1/vehicles/veh_1/range"

    async def on_the_async_client() -> Any:
        async with sim.async_client() as client:
            return await getattr(getattr(client, RESOURCE), OLD_METHOD)("veh_1")

    with pytest.warns(DeprecationWarning, match=f"use `client.{RESOURCE}.{NEW_METHOD}`"):
        assert asyncio.run(on_the_async_client()) == expected


def test_an_old_argument_name_is_accepted_as_the_new_one(edited_volteras: ModuleType) -> None:
    """`tags.add(..., value=...)` warns and sends what `tag_value=` sends; both names is a TypeError."""
    sim = _simulator(edited_volteras)
    call = f"client.{ARG_RESOURCE}.{TAKES}"
    with sim.client() as client:
        method = getattr(getattr(client, ARG_RESOURCE), TAKES)
        with _warns_once(_message(f"{call}({OLD_ARGUMENT}=...)", f"{call}({NEW_ARGUMENT}=...)")):
            method("DEVICE", "veh_1", key="colour", **{OLD_ARGUMENT: "blue"})
        assert json.loads(sim.requests[-1].body)[WIRE_ARGUMENT] == "blue"
        with pytest.raises(TypeError, match=f"{call}\\(\\) got both {OLD_ARGUMENT}= .* and {NEW_ARGUMENT}="):
            method("DEVICE", "veh_1", key="colour", **{OLD_ARGUMENT: "a", NEW_ARGUMENT: "b"})


def _flag(name: str) -> str:
    return f"--{name.replace('_', '-')}"


def test_the_command_line_keeps_the_old_names_hidden(
    edited_volteras: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Old sub-command and option names run, noted on stderr with the new name, and stay out of --help."""
    cli = importlib.import_module("volteras._cli")
    monkeypatch.setenv("VOLTERAS_CLIENT_ID", "demo-client")
    monkeypatch.setenv("VOLTERAS_CLIENT_SECRET", "demo-secret")
    old_command, new_command = (name.replace("_", "-") for name in (OLD_METHOD, NEW_METHOD))
    tags = ["volteras", ARG_RESOURCE, TAKES]
    runs = [
        (
            [RESOURCE, old_command, "veh_1"],
            ["volteras", RESOURCE, old_command],
            ["volteras", RESOURCE, new_command],
        ),
        (
            [ARG_RESOURCE, TAKES, "DEVICE", "veh_1", "--key", "colour", _flag(OLD_ARGUMENT), "blue"],
            [*tags, _flag(OLD_ARGUMENT)],
            [*tags, _flag(NEW_ARGUMENT)],
        ),
    ]
    with _simulator(edited_volteras).serve() as url:
        for argv, old, new in runs:
            err = io.StringIO()
            assert cli.main([*argv, "--base-url", url, "--json"], stdout=io.StringIO(), stderr=err) == 0
            assert err.getvalue() == f"volteras: {_message(' '.join(old), ' '.join(new))}\n"
    listed = io.StringIO()
    assert cli.main([RESOURCE, "--help"], stdout=listed) == 0
    assert f" {new_command} " in listed.getvalue() and f" {old_command} " not in listed.getvalue()
    options = io.StringIO()
    assert cli.main([ARG_RESOURCE, TAKES, "--help"], stdout=options) == 0
    assert _flag(NEW_ARGUMENT) in options.getvalue()
    assert not re.search(rf"(?<![\w-]){_flag(OLD_ARGUMENT)}\b", options.getvalue())


# ---- what make changes says -------------------------------------------------------------------


def _only(edited: Edited, *names: str) -> tuple[Entries, Entries]:
    """The surfaces before and after one rename alone: the entries naming its old or new name come
    from after the edits, the rest from before (the edits touch separate entries)."""
    words = set(names) | {name.replace("_", "-") for name in names}
    pattern = re.compile(rf"(?<![\w-])(--)?({'|'.join(map(re.escape, sorted(words)))})(?![\w-])")
    after = {k: v for k, v in edited.before.items() if not pattern.search(k.split(" ", 1)[1])}
    return edited.before, after | {
        k: v for k, v in edited.after.items() if pattern.search(k.split(" ", 1)[1])
    }


RENAMES = {
    "field": (OLD_FIELD, NEW_FIELD),
    "method": (OLD_METHOD, NEW_METHOD),
    "argument": (OLD_ARGUMENT, NEW_ARGUMENT),
}


@pytest.mark.parametrize("what", RENAMES)
def test_a_rename_that_keeps_its_old_name_is_additive_with_a_deprecation(edited: Edited, what: str) -> None:
    """Each rename: old name deprecated, new one added, a patch at 0.x (breaking without the old name)."""
    old, new = RENAMES[what]
    before, after = _only(edited, old, new)
    found = changes.compare(before, after)
    lines = [(c.level, c.text.replace("-", "_")) for c in changes.merged(found)]
    assert sorted(level for level, _ in lines) == sorted(
        ["additive", "deprecated"] * {"field": 1, "method": 2, "argument": 2}[what]
    ), lines
    for level, text in lines:
        if level == "deprecated":
            assert re.search(rf"[ .(_]{old}\)?`: deprecated; use `(__)?{new}`(; now optional)?$", text), text
        else:
            assert re.search(
                rf"^new \w+ `[^`]*[ .(_]{new}\)?`, the new name of `[^`]*[ .(_]{old}\)?`$", text
            ), text
    assert (changes.bump("0.4.0", found), changes.bump("1.4.2", found)) == ("0.4.1", "1.5.0")
    without_alias = {k: v for k, v in after.items() if "deprecated_alias_of" not in v}
    assert {c.level for c in changes.compare(before, without_alias)} == {"breaking"}
    assert changes.bump("0.4.0", changes.compare(before, without_alias)) == "0.5.0"


def test_make_changes_on_a_renamed_field_proposes_a_patch_release(
    edited: Edited, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make changes` on a field renamed with its old name kept prints the deprecation and proposes 0.4.1."""
    before, after = _only(edited, OLD_FIELD, NEW_FIELD)
    since, current, changelog = tmp_path / "since.json", tmp_path / "current.json", tmp_path / "CHANGELOG.md"
    since.write_text(surface.render(before, "0.4.0"))
    current.write_text(surface.render(after))
    argv = ["--since", str(since), "--current", str(current), "--changelog", str(changelog)]
    assert changes.main([*argv, "--upstream", str(tmp_path / "absent.json")]) == 0
    model = f"volteras.models.{SCHEMA}"
    assert capsys.readouterr().out.splitlines() == [
        f"deprecated field `{model}.{OLD_FIELD}`: deprecated; use `{NEW_FIELD}`",
        f"additive   new field `{model}.{NEW_FIELD}`, the new name of `{model}.{OLD_FIELD}`",
        "2 difference(s) since 0.4.0, additive changes with deprecations: the next release is 0.4.1",
        "draft written to the Unreleased section of CHANGELOG.md",
    ]
    draft = changelog.read_text()
    assert f"### Deprecated\n\n- field `{model}.{OLD_FIELD}`" in draft and "### Breaking" not in draft


# ---- what make generate refuses ---------------------------------------------------------------


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    ops = [op for item in spec["paths"].values() for op in item.values() if op["operationId"] == operation_id]
    return ops[0]


@pytest.mark.parametrize(
    ("operation", "names", "problem"),
    [
        ("get_vehicle_options", {"method": "class"}, "method: 'class' is not a Python identifier"),
        ("get_vehicle_options", {"method": "telemetry"}, "method: vehicles.telemetry is taken"),
        ("get_vehicle_options", {"method": "wait"}, "method: vehicles.wait is taken"),
        ("list_vehicles", {"arguments": {"timeout": "tag_key"}}, "'timeout' is a keyword every call takes"),
        ("list_vehicles", {"arguments": {"_tag": "tag_key"}}, "'_tag' starts with an underscore"),
        ("list_vehicles", {"renamed": "x"}, "a mapping of arguments and/or method"),
    ],
)
def test_generation_refuses_an_old_operation_name_it_cannot_keep(
    operation: str, names: dict[str, Any], problem: str
) -> None:
    """An old method or argument name that is no identifier or is taken is refused, naming the operation."""
    spec = copy.deepcopy(SPEC)
    _operation(spec, operation)["x-volteras"]["deprecated_names"] = names
    with pytest.raises(generate.SpecError, match=r": x-volteras deprecated_names.*" + re.escape(problem)):
        generate.check_operations(spec)


def test_generation_refuses_an_old_field_name_it_cannot_keep() -> None:
    """An old field name taken by every model or another field, or x-volteras elsewhere, is refused."""
    spec = copy.deepcopy(SPEC)
    properties = spec["components"]["schemas"][SCHEMA]["properties"]
    properties["vin"]["x-volteras"] = {"deprecated_name": "to_dict"}
    properties["trim"]["x-volteras"] = {"deprecated_name": "level"}
    properties["model"]["x-volteras"] = {"deprecated_name": "level"}
    properties["id"]["x-volteras"] = {"old_name": "key"}
    spec["components"]["x-volteras"] = {"deprecated_name": "nothing"}
    where = f"#/components/schemas/{SCHEMA}/properties"
    assert sorted(_deprecations.check(spec, generate.RESERVED)) == [
        f"{where}/id: x-volteras: a property's x-volteras holds only deprecated_name, not {{'old_name': 'key'}}",
        f"{where}/trim: x-volteras deprecated_name: 'level' is the old name of another field",
        f"{where}/vin: x-volteras deprecated_name: 'to_dict' is a method every model has",
        "#/components: x-volteras is read only on operations and schema properties",
    ]


def test_generation_refuses_an_old_name_that_is_still_there(tmp_path: Path) -> None:
    """An old name that is still a field or an argument, or an old argument for no argument, is refused."""
    import _generator as gen

    spec: dict[str, Any] = copy.deepcopy(gen._PROBE_SPEC)
    spec["components"]["schemas"]["Thing"]["properties"]["count"]["x-volteras"] = {
        "deprecated_name": "weight"
    }
    config = tmp_path / "config.yaml"
    config.write_text("package_name_override: probe\npost_hooks: []\n")
    run = gen.Run(spec, tmp_path / "spec.yaml", config, ROOT / "templates", tmp_path / "out")
    (thing,) = [model for model in gen.models(run.openapi) if gen.class_name(model) == "Thing"]
    with pytest.raises(
        _deprecations.Refused, match="Thing: deprecated_name 'weight' is a field of the model"
    ):
        _deprecations.old_fields(spec)(thing)
    op = {"method": "GET", "path": "/v1/things", "arguments": [{"name": "since"}, {"name": "limit"}]}
    x = {"deprecated_names": {"arguments": {"limit": "since", "start": "after"}}}
    with pytest.raises(_deprecations.Refused) as refused:
        _deprecations.operation_old_names(op, x)
    assert str(refused.value).splitlines() == [
        "GET /v1/things: x-volteras deprecated_names arguments: 'limit' is still an argument",
        "GET /v1/things: x-volteras deprecated_names arguments: 'after' is no argument",
    ]


def test_an_old_argument_name_may_not_be_a_keyword_every_call_takes() -> None:
    """Old argument names are kept off the per-call options (RequestOptions), wait and wait_timeout."""
    from volteras._resource import RequestOptions

    assert set(RequestOptions.__annotations__) | {"wait", "wait_timeout"} == _deprecations.CALL_KEYWORDS
