"""Quickstart: close a charge port and wait for the vehicle to confirm, sync and async.

Run against the local simulator::

    python -m volteras.testing serve --vehicle veh_1   # prints its base URL
    VOLTERAS_BASE_URL=http://127.0.0.1:PORT \\
    VOLTERAS_CLIENT_ID=demo-client VOLTERAS_CLIENT_SECRET=demo-secret \\
    python examples/quickstart.py veh_1

Credentials and the API address come from VOLTERAS_CLIENT_ID, VOLTERAS_CLIENT_SECRET and
VOLTERAS_BASE_URL (or VOLTERAS_ENVIRONMENT=sandbox). Exit status: 0 if every command was
executed, 1 if one failed or timed out, 2 on an API or connection error.
"""

from __future__ import annotations

import asyncio
import sys

from volteras import (
    APIConnectionError,
    APIError,
    AsyncVolteras,
    CommandExecution,
    CommandFailedError,
    CommandTimeoutError,
    Volteras,
    VolterasError,
    describe_reason,
)

WAIT_SECONDS = 60.0


def close_charge_port(vehicle_id: str) -> int:
    """Close the charge port with the blocking client; returns the exit status."""
    try:
        with Volteras() as client:
            execution = client.commands.close_charge_port(vehicle_id)
            print(f"sent {execution.command} as {execution.id}: {execution.status}")
            final: CommandExecution = client.commands.wait(
                execution, wait_timeout=WAIT_SECONDS, poll_interval=0.2, raise_on_failure=True
            )
    except CommandFailedError as error:
        print(f"failed: {error.failed_reason} ({describe_reason(error.failed_reason)})")
        return 1
    except CommandTimeoutError as error:
        print(f"no answer after {error.timeout:g}s; last status {error.execution.status}")
        return 1
    except APIError as error:
        print(f"API error {error.code} (HTTP {error.status_code}): {error.message}")
        print(f"request id for support: {error.request_id}")
        return 2
    except APIConnectionError as error:
        print(f"could not reach the API: {error}")
        return 2
    print(f"sync: {final.command} {final.status} at {final.executed_at}")
    return 0


async def lock_and_unlock(vehicle_id: str) -> int:
    """Lock, then unlock, with the asyncio client; returns the exit status."""
    try:
        async with AsyncVolteras() as client:
            locked = await client.commands.lock_doors(vehicle_id, wait=True, wait_timeout=WAIT_SECONDS)
            unlocked = await client.commands.unlock_doors(vehicle_id, wait=True, wait_timeout=WAIT_SECONDS)
            history = [e async for e in client.commands.list(vehicle_id, page_size=10)]
    except VolterasError as error:
        print(f"async: {type(error).__name__}: {error}")
        return 2
    for execution in (locked, unlocked):
        print(f"async: {execution.command} {execution.status} {execution.failed_reason or ''}".rstrip())
    print(f"async: {len(history)} executions on record for {vehicle_id}")
    return 0 if locked.status == unlocked.status == "EXECUTED" else 1


def main(argv: list[str]) -> int:
    vehicle_id = argv[1] if len(argv) > 1 else "veh_1"
    status = close_charge_port(vehicle_id)
    return max(status, asyncio.run(lock_and_unlock(vehicle_id)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
