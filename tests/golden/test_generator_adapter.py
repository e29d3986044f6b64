"""scripts/_generator.py is the one place that reads openapi-python-client's internals; an upgrade that
moves one fails here, naming it, before `make generate` meets it. scripts/_fields.py refuses a field
shape templates/model.py.jinja cannot check rather than generate it unchecked."""

from __future__ import annotations

import copy
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT, load_script

TEMPLATES = ROOT / "templates"


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    load_script("generate")  # puts scripts/ on sys.path, where generate.py finds its helpers
    import _generator

    return _generator


def test_every_internal_the_sdk_reads_is_there(gen: ModuleType) -> None:
    """Each reader of the pinned generator works on a spec holding every property kind, and every
    generator template our templates import exists."""
    assert gen.check(TEMPLATES) == []


def test_a_moved_method_is_named(gen: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """A generator whose Project lost `build` (as an upgrade might rename it) is reported by class and name."""
    from openapi_python_client import Project

    monkeypatch.delattr(Project, "build")
    problems = gen.check(TEMPLATES)
    assert any(
        "Project.build is gone" in problem and "openapi-python-client" in problem for problem in problems
    )


def test_a_moved_template_is_named(gen: ModuleType, tmp_path: Path) -> None:
    """A template of ours importing a generator template the generator no longer ships is reported by name."""
    (tmp_path / "x.py.jinja").write_text('{% from "stock/property_templates/gone.py.jinja" import y %}\n')
    assert gen.check(tmp_path) == [
        f"template property_templates/gone.py.jinja: openapi-python-client {_version()} no longer ships it "
        "(templates/ import it)"
    ]


def test_a_shape_the_model_template_cannot_check_is_refused(gen: ModuleType, tmp_path: Path) -> None:
    """A field that may be either of two objects is refused at generation, naming it, not generated unchecked."""
    import _fields

    spec: dict[str, Any] = copy.deepcopy(gen._PROBE_SPEC)
    schemas = spec["components"]["schemas"]
    schemas["Thing"]["properties"]["either"] = {
        "anyOf": [{"$ref": "#/components/schemas/Part"}, {"$ref": "#/components/schemas/Thing"}]
    }
    config = tmp_path / "config.yaml"
    config.write_text("package_name_override: probe\npost_hooks: []\n")
    run = gen.Run(spec, tmp_path / "spec.yaml", config, TEMPLATES, tmp_path / "out")
    (thing,) = [model for model in gen.models(run.openapi) if gen.class_name(model) == "Thing"]
    with pytest.raises(_fields.Unsupported, match=r"Thing\.either: .* two arms that read one JSON type"):
        _fields.model_view(thing)


def _version() -> str:
    from importlib.metadata import version

    return version("openapi-python-client")
