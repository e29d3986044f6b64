"""A pager's repr says what it walks."""

from __future__ import annotations

import asyncio

from tests.spec_facts import path_of
from volteras import where
from volteras.testing import ManualClock, Simulator


def test_a_pager_repr_names_its_request_and_paging() -> None:
    """repr() of a sync or async pager shows method, path, query, paging style and max_pages, not an address."""
    sim = Simulator(clock=ManualClock(), seed=1, fleet_size=3)
    with sim.client() as client:
        pager = client.vehicles.list(filter=where("make") == "TESLA", page_size=5)
        pager.max_pages = 7
        assert repr(pager) == (
            f"<SyncPager GET {path_of('list_vehicles')}"
            '?maxPageSize=5&filter={"field":"make","operator":"==","value":"TESLA"}, '
            "cursor paging, max_pages=7>"
        )
        assert repr(client.connections.results("grp 1")) == (
            f"<SyncPager GET {path_of('list_connection_results', id='grp 1')}, page number paging, max_pages=10000>"
        )

    async def run() -> str:
        async with sim.async_client() as client:
            return repr(client.commands.list("veh_1"))

    assert (
        asyncio.run(run())
        == f"<AsyncPager GET {path_of('list_command_executions', vehicle_id='veh_1')}, cursor paging, max_pages=10000>"
    )
