"""Fixtures shared by every test package.

Each package defines its own `sim` (the vehicles and clients its tests need); `base_url` serves
whichever `sim` the requesting package defines.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TypeVar

import pytest

from volteras import AsyncVolteras, Volteras
from volteras.testing import ManualClock, Simulator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_script(name: str, checkout: Path = ROOT) -> ModuleType:
    """Import `scripts/<name>.py` (not a package) as the module `volteras_<name>_script`; its sibling
    modules import as they do when the script runs. From another `checkout` (a staged copy), the
    module is its own, beside the checkout's."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.append(str(ROOT / "scripts"))
    module_name = f"volteras_{name}_script" if checkout == ROOT else f"volteras_{name}_script_{id(checkout)}"
    spec = importlib.util.spec_from_file_location(module_name, checkout / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building classes
    spec.loader.exec_module(module)
    return module


Client = TypeVar("Client", Volteras, AsyncVolteras)


def _no_sleep(seconds: float) -> None:
    pass


async def _no_async_sleep(seconds: float) -> None:
    await asyncio.sleep(0)  # still lets other tasks run, as a real sleep would


def instant_retries(client: Client, *, jitter: float = 0.5) -> Client:
    """`client`, its backoff before each retry taking no time and its jitter fixed.

    The retry decisions stay real (which failures are retried, how often, within what deadline);
    only the sleeping goes, and only the request loop's: the client's waits keep their own clock.
    Injected into the client's request loop, not switched on for the whole process.
    """
    api = client._api
    api.retry_sleep = _no_async_sleep if isinstance(client, AsyncVolteras) else _no_sleep
    api.jitter = lambda: jitter
    return client


def waits_on(client: Client, clock: ManualClock | None = None) -> Client:
    """`client`, its waits (`commands.wait`, `wait=True`, the CLI's `--wait`) timed by `clock`, a
    fresh ManualClock unless given: each sleep between polls moves the clock instead of passing,
    so a wait's schedule and budget stay real while a test of them takes no wall time.

    Retry backoff keeps its own sleep (see `instant_retries`).
    """
    manual = ManualClock() if clock is None else clock
    api = client._api
    api.clock = lambda: manual.now().timestamp()
    if isinstance(client, AsyncVolteras):

        async def advance(seconds: float) -> None:
            manual.advance(seconds)
            await asyncio.sleep(0)

        client._api.sleep = advance
    else:
        client._api.sleep = manual.advance
    return client


BUILD_WAIT = 600.0
"""How long a worker waits for another's build (a regeneration takes a few seconds)."""


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The folder `name`, filled by `build` once for the whole run.

    Under pytest-xdist (`make test` runs two workers) each worker makes its own session fixtures,
    and a regeneration costs seconds of CPU: the first worker to ask builds into a folder of the
    run's shared temporary root (the parent of every worker's own), the others wait for it and
    read it. Claimed with an atomic `mkdir`, so it works wherever the workers run. A build that
    failed fails the waiters too, naming the worker's error, instead of leaving them to time out.
    """
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        folder = tmp_path_factory.mktemp(name)
        build(folder)
        return folder
    return build_shared(tmp_path_factory.getbasetemp().parent / f"once-{name}", build)


def build_shared(folder: Path, build: Callable[[Path], None], wait: float = BUILD_WAIT) -> Path:
    """`folder` built by whichever caller claims it first; the others wait up to `wait` seconds."""
    done, failed = folder.with_suffix(".done"), folder.with_suffix(".failed")
    try:
        folder.mkdir()
    except FileExistsError:
        deadline = time.monotonic() + wait
        while not done.exists():
            if failed.exists():
                pytest.fail(f"another worker failed to build {folder.name}:\n{failed.read_text()}")
            if time.monotonic() > deadline:
                pytest.fail(f"{folder.name} was not built by another worker in time")
            time.sleep(0.05)
        return folder
    try:
        build(folder)
    except BaseException:
        failed.write_text(traceback.format_exc())
        raise
    done.touch()
    return folder


@dataclass(frozen=True)
class Regenerated:
    """`make generate` written to a temporary folder: the tree, and how long generating it took."""

    tree: Path
    seconds: float


@pytest.fixture(scope="session")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Regenerated:
    """The generated tree regenerated from spec/ and templates/, once for the whole run."""

    def regenerate(folder: Path) -> None:
        started = time.perf_counter()
        load_script("tree_compare").regenerate(folder / "generated")
        (folder / "seconds").write_text(repr(time.perf_counter() - started))

    folder = built_once(tmp_path_factory, "regen", regenerate)
    return Regenerated(folder / "generated", float((folder / "seconds").read_text()))


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
