"""Close a charge port and wait for the outcome, sync then async, with error handling.

    VOLTERAS_CLIENT_ID=demo-client VOLTERAS_CLIENT_SECRET=demo-secret \
    VOLTERAS_BASE_URL=http://127.0.0.1:8080 python examples/quickstart.py veh_1

Type-checked with `mypy --strict examples` as part of `make test`.
"""

from __future__ import annotations

import asyncio
import sys

from volteras import (
    APIError,
    AsyncVolteras,
    CommandExecution,
    CommandFailedError,
    CommandTimeoutError,
    Volteras,
    describe_reason,
)


def close_port(vehicle_id: str) -> CommandExecution | None:
    with Volteras() as client:
        try:
            execution = client.commands.close_charge_port(vehicle_id)
            return client.commands.wait(execution, timeout=60, poll_interval=0.2, raise_on_failure=True)
        except CommandFailedError as exc:
            print(f"refused: {exc.failed_reason} ({describe_reason(exc.failed_reason)})")
        except CommandTimeoutError as exc:
            print(f"no answer yet: {exc.execution.status}")
        except APIError as exc:
            print(f"API error {exc.code}: {exc.message} [request {exc.request_id}]")
    return None


async def open_port(vehicle_id: str) -> CommandExecution | None:
    async with AsyncVolteras() as client:
        try:
            return await client.commands.open_charge_port(vehicle_id, wait=True, wait_timeout=60)
        except APIError as exc:
            print(f"API error {exc.code}: {exc.message}")
            return None


def main() -> int:
    vehicle_id = sys.argv[1] if len(sys.argv) > 1 else "veh_1"
    closed = close_port(vehicle_id)
    opened = asyncio.run(open_port(vehicle_id))
    print("close:", closed.status if closed else "-", "open:", opened.status if opened else "-")
    return 0 if closed and opened else 1


if __name__ == "__main__":
    sys.exit(main())
