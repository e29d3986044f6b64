"""A tour of the whole API: one call on each resource, typed end to end (mypy --strict).

Run against the local simulator::

    python -m volteras.testing serve --seed 1     # prints its base URL
    VOLTERAS_BASE_URL=http://127.0.0.1:PORT \\
    VOLTERAS_CLIENT_ID=demo-client VOLTERAS_CLIENT_SECRET=demo-secret \\
    python examples/fleet_tour.py
"""

from __future__ import annotations

import sys

from volteras import APIError, Volteras, VolterasError


def main() -> int:
    try:
        with Volteras() as client:
            who = client.tokens.test()
            print(f"organization {who.organization_id}")

            vehicles = list(client.vehicles.list(page_size=50))
            print(f"{len(vehicles)} vehicles")
            vehicle = vehicles[0]
            telemetry = client.vehicles.telemetry(vehicle.id)
            charging = telemetry.charging_state
            print(f"{vehicle.id}: charge port open: {charging.charge_port_door_open if charging else None}")

            execution = client.commands.close_charge_port(vehicle.id, wait=True, wait_timeout=60)
            print(f"{execution.command} {execution.status}")

            client.tags.add("DEVICE", vehicle.id, key="fleet", value="north")
            tags = client.tags.list("DEVICE", vehicle.id)
            print(f"tags: {[(tag.key, tag.value) for tag in tags.tags]}")

            for account in client.accounts.list():
                print(f"account {account.id}")

            limits = client.rate_limits.get(vehicle.id)
            print(f"rate limits: {[(limit.remaining_requests, limit.max_requests) for limit in limits]}")

            vin = {"vin": "WVWZZZ1JZXW000002", "make": "VOLKSWAGEN", "countryCode": "DE"}
            check = client.eligibility.check([vin])
            print(f"eligibility check {check.id}: {check.status}")
            group = client.connections.create([vin])
            final = client.connections.wait(group, wait_timeout=60, poll_interval=0.2)
            results = [(r.vin, r.status) for r in client.connections.results(final.id)]
            print(f"bulk connection {final.id}: {final.status} {results}")
    except APIError as error:
        print(f"API error {error.code}: {error.message} (request {error.request_id})")
        return 2
    except VolterasError as error:
        print(f"error: {error}")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
