"""A pager's repr says what it walks."""

from __future__ import annotations

import asyncio

from volteras import where
from volteras.testing import ManualClock, Simulator


def test_a_pager_repr_names_its_request_and_paging() -> None:
    """repr() of a sync or async pager shows method, path, query, paging style and max_pages, not an address."""
    sim = Simulator(clock=ManualClock(), seed=1, fleet_size=3)
    with sim.client() as client:
        pager = client.vehicles.list(filter=where("make") == "TESLA", page_size=5)
        pager.max_pages = 7
        assert repr(pager) == (
            '<SyncPager GET /v1/vehicles?maxPageSize=5&filter={"field":"make","operator":"==","value":"TESLA"}, '
            "cursor paging, max_pages=7>"
        )
        assert repr(client.connections.results("grp 1")) == (
            "<SyncPager GET /v1/vehicles/connect/grp%201/results, page number paging, max_pages=10000>"
        )

    async def run() -> str:
        async with sim.async_client() as client:
            return repr(client.commands.list("veh_1"))

    assert (
        asyncio.run(run())
        == "<AsyncPager GET /v1/vehicles/veh_1/command-executions, cursor paging, max_pages=10000>"
    )
