"""The token endpoint and the token check."""

from __future__ import annotations

import math
import secrets
from datetime import timedelta
from urllib.parse import parse_qsl

from ..._generated.models import Token as IssuedToken
from ..._generated.models import TokenInfo
from .._enums import ErrorCode
from .._errors import SimulatedError
from .._router import Answer, Call, handles
from .._tokens import Token, basic_credentials


@handles("create_token")
def issue_token(call: Call) -> Answer:
    """Client credentials (Basic auth, or the deprecated form fields) or a refresh token.

    ``expires_in`` is an integer on the wire, so a fractional ``token_lifetime``
    is rounded up (at least 1); the token itself still expires after exactly
    ``token_lifetime`` seconds of the simulator's clock.
    """
    state = call.state
    form = dict(parse_qsl(call.request.body.decode("utf-8", "replace"), keep_blank_values=True))
    grant = form.get("grant_type")
    if grant == "client_credentials":
        client_id, secret = basic_credentials(call.request) or (
            form.get("client_id", ""),
            form.get("client_secret", ""),
        )
        client = state.check_secret(client_id, secret)
        if client is None:
            raise SimulatedError(ErrorCode.AUTHENTICATION_ERROR, "Invalid client credentials.")
    elif grant == "refresh_token":
        owner = state._refresh_tokens.get(form.get("refresh_token", ""))
        if owner is None or owner not in state.clients:
            raise SimulatedError(ErrorCode.AUTHENTICATION_ERROR, "Unknown refresh token.")
        client = state.clients[owner]
    else:
        raise SimulatedError(ErrorCode.AUTHENTICATION_ERROR, "Missing or unsupported grant_type.")
    access, refresh = "at_" + secrets.token_urlsafe(24), "rt_" + secrets.token_urlsafe(24)
    state._tokens[access] = Token(client.client_id, call.now + timedelta(seconds=state.token_lifetime))
    state._refresh_tokens[refresh] = client.client_id
    return Answer(
        IssuedToken(
            access_token=access,
            token_type="Bearer",  # noqa: S106 (the scheme, not a secret)
            expires_in=max(1, math.ceil(state.token_lifetime)),
            refresh_token=refresh,
        )
    )


@handles("test_token")
def test_token(call: Call) -> Answer:
    assert call.client is not None
    return Answer(TokenInfo(client_id=call.client.client_id, organization_id=call.client.organization_id))
