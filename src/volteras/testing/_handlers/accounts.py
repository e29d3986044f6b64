"""OEM accounts: listing, the consent flow link, and disconnection."""

from __future__ import annotations

import secrets

from .._errors import not_found
from .._paging import cursor_page
from .._router import Answer, Call, route
from ._body import check_fields, is_int, is_str, list_of, number, one_of, optional, read_object

SCOPES = (
    "vehicle:all",
    "vehicle:charging_history",
    "vehicle:driving_behavior",
    "vehicle:location_history",
    "vehicle:telemetry",
    "vehicle:information",
    "vehicle:commands",
    "battery:all",
    "battery:telemetry",
    "geofences:all",
    "geofences:read",
    "geofences:write",
)
DEVICE_TYPES = ("VEHICLE", "BATTERY", "CHARGER", "INVERTER", "HEAT_PUMP")
CONSENT_URL = "https://consent.simulator.invalid/flows/"
"""Where the simulated consent flow lives (``.invalid``: never a real host)."""


@route("GET", "/v1/accounts")
def list_accounts(call: Call) -> Answer:
    rows = ((a.seq, a.to_json()) for a in call.org.accounts.values())
    scope = f"accounts:{call.org.id}"
    return Answer(
        cursor_page(call.request.query, rows, tokens=call.state.page_tokens, scope=scope, now=call.now)
    )


@route("GET", "/v1/accounts/{account_id}")
def get_account(call: Call) -> Answer:
    account = call.org.accounts.get(call.params["account_id"])
    if account is None:
        raise not_found("Account", call.params["account_id"])
    return Answer(account.to_json())


@route("POST", "/v1/accounts:connect")
def connect_account(call: Call) -> Answer:
    payload = read_object(call.request)
    assert payload is not None
    check_fields(
        payload,
        {
            "scopes": list_of(one_of(SCOPES), min_items=1),
            "deviceTypes": list_of(one_of(DEVICE_TYPES), min_items=1),
        },
        {
            "returnUrl": optional(is_str),
            "region": optional(one_of(("NORTH_AMERICA", "EUROPE"))),
            "urlExpiration": optional(lambda v: is_int(v) and 3600 <= v <= 1_209_600),  # type: ignore[operator]
            "locale": optional(one_of(("en-GB", "de-DE", "fr-FR", "nl-NL"))),
            "countryCode": optional(is_str),
            "vin": optional(is_str),
            "model": optional(is_str),
            "modelYear": optional(is_int),
            "chargerLocationLatitude": optional(lambda v: number(v) or isinstance(v, str)),
            "chargerLocationLongitude": optional(lambda v: number(v) or isinstance(v, str)),
        },
    )
    return Answer({"authenticationUrl": CONSENT_URL + "cf_" + secrets.token_urlsafe(12)})


@route("POST", "/v1/accounts/{account_id}:disconnect")
def disconnect_account(call: Call) -> Answer:
    org = call.org
    account = org.accounts.pop(call.params["account_id"], None)
    if account is None:
        raise not_found("Account", call.params["account_id"])
    for vehicle in org.vehicles.values():
        if vehicle.account_id == account.id:
            vehicle.connection_status = "CONNECTION_REQUIRED"
            call.state.emit("device.disconnected", {"id": vehicle.id, "deviceType": "VEHICLE"})
    return Answer({})
