"""OEM accounts: listing, the consent flow link, and disconnection."""

from __future__ import annotations

import secrets

from ..._generated import webhooks as events
from ..._generated.models import AccountConnect, APIVehicleUploadStatus
from .._errors import not_found
from .._paging import cursor_page
from .._router import Answer, Call, handles

CONSENT_URL = "https://consent.simulator.invalid/flows/"
"""Where the simulated consent flow lives (``.invalid``: never a real host)."""


@handles("list_accounts")
def list_accounts(call: Call) -> Answer:
    return Answer(cursor_page(call, ((a.seq, a.to_model()) for a in call.org.accounts.values())))


@handles("get_account")
def get_account(call: Call) -> Answer:
    account = call.org.accounts.get(call.path["account_id"])
    if account is None:
        raise not_found("Account", call.path["account_id"])
    return Answer(account.to_model())


@handles("connect_account")
def connect_account(call: Call) -> Answer:
    """The body is checked against the spec before this runs; any valid one gets a consent link."""
    return Answer(AccountConnect(authentication_url=CONSENT_URL + "cf_" + secrets.token_urlsafe(12)))


@handles("disconnect_account")
def disconnect_account(call: Call) -> Answer:
    org = call.org
    account = org.accounts.pop(call.path["account_id"], None)
    if account is None:
        raise not_found("Account", call.path["account_id"])
    for vehicle in org.vehicles.values():
        if vehicle.account_id == account.id:
            vehicle.connection_status = APIVehicleUploadStatus.CONNECTION_REQUIRED
            call.state.emit_device(events.DEVICE_DISCONNECTED, vehicle.id)
    return Answer({})
