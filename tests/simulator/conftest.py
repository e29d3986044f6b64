"""Fixtures: a simulator on a manual clock, served on 127.0.0.1, and a plain httpx client."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest

from tests.simulator.helpers import ASLEEP, get_token
from volteras.testing import ManualClock, Simulator

# One TLS context for every client: unused on http://, but httpx builds one per client otherwise,
# which costs more than a whole simulator round trip.
TLS = ssl.create_default_context()


@pytest.fixture
def sim(clock: ManualClock) -> Simulator:
    simulator = Simulator(clock=clock)
    simulator.add_vehicle("veh_1")
    simulator.add_vehicle("veh_2")
    simulator.add_vehicle("veh_offline", outcome="OEM_VEHICLE_OFFLINE")
    simulator.add_vehicle("veh_asleep", outcome=ASLEEP)
    simulator.add_vehicle("veh_silent", latency=None)
    simulator.add_client("reader", "reader-secret", scopes=("vehicle:information",))
    return simulator


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=10, verify=TLS) as client:
        yield client


@pytest.fixture
def token(http: httpx.Client) -> str:
    return get_token(http)


@pytest.fixture
def api(base_url: str, token: str) -> Iterator[httpx.Client]:
    """A client that sends the demo client's bearer token on every call."""
    with httpx.Client(
        base_url=base_url, timeout=10, verify=TLS, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        yield client
