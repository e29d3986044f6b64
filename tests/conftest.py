"""Fixtures shared by every test package.

Each package defines its own `sim` (the vehicles and clients its tests need); `base_url` serves
whichever `sim` the requesting package defines.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import volteras._retry
from volteras.testing import ManualClock, Simulator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_script(name: str) -> ModuleType:
    """Import `scripts/<name>.py` (not a package) as the module `volteras_<name>_script`; its sibling
    modules import as they do when the script runs."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.append(str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(f"volteras_{name}_script", ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building classes
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def _no_backoff() -> Iterator[None]:
    """Retry decisions stay real, but their backoff sleeps cost no wall time (stamina's testing mode)."""
    was_testing = not volteras._retry.backoff_enabled()
    volteras._retry.set_testing(True)
    try:
        yield
    finally:
        volteras._retry.set_testing(was_testing)


@pytest.fixture
def clock() -> ManualClock:
    """A clock that moves only when the test says so."""
    return ManualClock()


@pytest.fixture
def base_url(sim: Simulator) -> Iterator[str]:
    """The package's simulator, served over real HTTP on 127.0.0.1."""
    with sim.serve() as url:
        yield url


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Name the operations of the spec the simulator answers from their schema alone (no stateful handler)."""
    generic = Simulator().generic_operations()
    terminalreporter.write_line(
        "simulator: operations answered generically (schema-built, no stateful handler): "
        + (", ".join(generic) if generic else "none")
    )
