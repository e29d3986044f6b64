"""Bad arguments to the simulator's public API are typed errors naming the argument, at the call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from volteras.testing import ManualClock, ServerFault, Simulator


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [
        (lambda: Simulator(clock=5), TypeError, "clock"),  # type: ignore[arg-type]
        (lambda: Simulator(client_id=7), TypeError, "client_id"),  # type: ignore[arg-type]
        (lambda: Simulator(seed="1"), TypeError, "seed"),  # type: ignore[arg-type]
        (lambda: Simulator(scopes="vehicle:all"), TypeError, "scopes"),
        (lambda: Simulator(scopes=[1]), TypeError, "scopes item"),  # type: ignore[list-item]
    ],
)
def test_bad_constructor_arguments_are_typed_errors(call: Callable[[], Any], error: type, named: str) -> None:
    """Simulator(...) refuses an argument of the wrong type, naming it."""
    with pytest.raises(error, match=rf"^{named} "):
        call()


@pytest.mark.parametrize(
    ("call", "error", "named"),
    [
        (lambda sim: sim.add_vehicle(123), TypeError, "vehicle_id"),
        (lambda sim: sim.add_vehicle("veh_1", outcome=3), TypeError, "outcome"),
        (lambda sim: sim.add_vehicle("veh_1", make=b"BMW"), TypeError, "make"),
        (lambda sim: sim.add_vehicle("veh_1", organization_id=1), TypeError, "organization_id"),
        (lambda sim: sim.add_client("c", "s", scopes="vehicle:commands"), TypeError, "scopes"),
        (lambda sim: sim.add_client(None, "s"), TypeError, "client_id"),
        (lambda sim: sim.add_account(42), TypeError, "account_id"),
        (lambda sim: sim.add_account("acc_1", consent="vehicle:all"), TypeError, "consent"),
        (lambda sim: sim.script_vin(17, "OEM_VEHICLE_NOT_COMPATIBLE"), TypeError, "vin"),
        (lambda sim: sim.inject(503), TypeError, "fault"),
        (lambda sim: sim.inject(ServerFault(503), path=3), TypeError, "path"),
        (lambda sim: sim.inject(ServerFault(503), method=1), TypeError, "method"),
        (lambda sim: sim.inject(ServerFault(503), count=0), ValueError, "count"),
    ],
)
def test_bad_method_arguments_are_typed_errors(
    clock: ManualClock, call: Callable[[Simulator], Any], error: type, named: str
) -> None:
    """Each public method refuses a wrong type before changing anything, naming the argument."""
    sim = Simulator(clock=clock)
    before = sim.vehicle_ids()
    with pytest.raises(error, match=rf"^{named} "):
        call(sim)
    assert sim.vehicle_ids() == before
