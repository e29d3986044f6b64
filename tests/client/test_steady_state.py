"""Once warm, sending commands imports nothing: no module lookups on the request path.

A failed import is not cached by Python, so a library that tries an optional import per request
(httpcore does, for sniffio, under asyncio) pays a sys.path scan every time: about 1 ms a request
here. Counted, not timed: every lookup the import system makes while 20 commands go out.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

from volteras import AsyncVolteras, Volteras
from volteras.testing import Simulator

from .conftest import CLIENT_ID, CLIENT_SECRET


class _Recorder:
    """A meta path finder that finds nothing and notes every name it was asked for."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self.names.append(name)
        return None


@contextmanager
def _import_lookups() -> Iterator[list[str]]:
    recorder = _Recorder()
    sys.meta_path.insert(0, recorder)
    try:
        yield recorder.names
    finally:
        sys.meta_path.remove(recorder)


def _sim() -> Simulator:
    sim = Simulator()
    for index in range(40):
        sim.add_vehicle(f"veh_{index}", latency=0)
    return sim


def test_sync_commands_import_nothing_once_warm() -> None:
    """After a first call, 20 sync commands make no import lookups."""
    sim = _sim()
    with sim.serve() as url, Volteras(CLIENT_ID, CLIENT_SECRET, base_url=url) as client:
        client.commands.close_charge_port("veh_0")
        with _import_lookups() as names:
            for index in range(1, 21):
                client.commands.close_charge_port(f"veh_{index}")
    assert names == []
    assert len(sim.executions) == 21


def test_async_commands_import_nothing_once_warm() -> None:
    """After a first call, 20 concurrent async commands make no import lookups."""
    sim = _sim()

    async def main(url: str) -> list[str]:
        async with AsyncVolteras(CLIENT_ID, CLIENT_SECRET, base_url=url) as client:
            await client.commands.close_charge_port("veh_0")
            with _import_lookups() as names:
                await asyncio.gather(*(client.commands.close_charge_port(f"veh_{i}") for i in range(1, 21)))
            return names

    with sim.serve() as url:
        names = asyncio.run(main(url))
    assert names == []
    assert len(sim.executions) == 21
