"""The generated request builders on their own: path ids, operation descriptors, no stray client."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys

import pytest
import volteras._generated
import volteras._generated.api
from volteras._generated.api.commands import close_charge_port
from volteras._generated.api.executions import get_command_execution
from volteras._generated.resources import METHODS


def _endpoint_modules() -> list[object]:
    found = []
    for info in pkgutil.walk_packages(volteras._generated.api.__path__, "volteras._generated.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            found.append(module)
    return found


def test_path_id_is_percent_encoded_exactly_once() -> None:
    """A vehicle id with a space and a percent sign reaches the path encoded once."""
    kwargs = close_charge_port._get_kwargs("a b%")
    assert kwargs["url"] == "/v1/vehicles/a%20b%25/command-execution:close-charge-port"


@pytest.mark.parametrize("bad", ["", ".", "..", "a/b"])
def test_path_ids_that_change_the_path_are_refused(bad: str) -> None:
    """Ids that would change the URL's meaning raise ValueError while the request is being built."""
    others = {name: "cmd_1" for name in inspect.signature(get_command_execution._get_kwargs).parameters}
    with pytest.raises(ValueError, match="not a valid path segment"):
        get_command_execution._get_kwargs(**{**others, "vehicle_id": bad})


def test_every_endpoint_describes_its_operation() -> None:
    """Each endpoint module names its method, path and kind, and the method table agrees with it."""
    modules = _endpoint_modules()
    by_id = {module.OPERATION.id: module.OPERATION for module in modules}  # type: ignore[attr-defined]
    assert len(by_id) == len(modules)
    for method in METHODS:
        assert by_id[method.operation.id] == method.operation


def test_the_generator_client_is_not_shipped() -> None:
    """The generated package has no client of its own: users get retries, auth and checks from volteras."""
    assert not hasattr(volteras._generated, "AuthenticatedClient")
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("volteras._generated.client")


def test_models_that_refer_to_each_other_import_in_any_order() -> None:
    """Nested-model imports sit after each class: importing every model module, last first, works."""
    code = (
        "import importlib, pkgutil, volteras._generated.models as m\n"
        "names = sorted((i.name for i in pkgutil.iter_modules(m.__path__)), reverse=True)\n"
        "for name in names: importlib.import_module('volteras._generated.models.' + name)\n"
        "print(len(names))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100


@pytest.mark.parametrize(
    "module", ["volteras._generated.resources", "volteras._generated.resources.vehicles"]
)
def test_generated_modules_import_first(module: str) -> None:
    """A generated module imported before `volteras` (as a script or a tool might) loads without a cycle."""
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
