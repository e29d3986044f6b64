"""Tokens: client credentials, refresh, expiry, test-token and the commands scope."""

from __future__ import annotations

import httpx

from tests.simulator.helpers import CLIENT, assert_error, command_path, get_token
from tests.spec_facts import path_of
from volteras.testing import ManualClock, Simulator


def test_client_credentials_via_basic_auth(http: httpx.Client) -> None:
    """Basic-auth client credentials get a bearer token with expiry and refresh token."""
    response = http.post(path_of("create_token"), data={"grant_type": "client_credentials"}, auth=CLIENT)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["access_token"] != body["refresh_token"]


def test_client_credentials_via_form_fields(http: httpx.Client) -> None:
    """The deprecated form-field credentials are still accepted."""
    form = {"grant_type": "client_credentials", "client_id": CLIENT[0], "client_secret": CLIENT[1]}
    assert http.post(path_of("create_token"), data=form).status_code == 200


def test_bad_secret_is_authentication_error(http: httpx.Client) -> None:
    """A wrong secret gets 401 AUTHENTICATION_ERROR in the envelope."""
    response = http.post(
        path_of("create_token"), data={"grant_type": "client_credentials"}, auth=(CLIENT[0], "wrong")
    )
    assert_error(response, 401, "AUTHENTICATION_ERROR")


def test_unknown_client_is_authentication_error(http: httpx.Client) -> None:
    """An unknown client id gets 401 AUTHENTICATION_ERROR."""
    response = http.post(
        path_of("create_token"), data={"grant_type": "client_credentials"}, auth=("nobody", "x")
    )
    assert_error(response, 401, "AUTHENTICATION_ERROR")


def test_missing_grant_type_is_authentication_error(http: httpx.Client) -> None:
    """A token request without grant_type gets 401 AUTHENTICATION_ERROR."""
    assert_error(http.post(path_of("create_token"), data={}, auth=CLIENT), 401, "AUTHENTICATION_ERROR")


def test_refresh_token_grant_issues_a_working_token(http: httpx.Client) -> None:
    """grant_type=refresh_token returns a new access token that works."""
    first = http.post(path_of("create_token"), data={"grant_type": "client_credentials"}, auth=CLIENT).json()
    renewed = http.post(
        path_of("create_token"), data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    )
    assert renewed.status_code == 200
    new_token = renewed.json()["access_token"]
    assert new_token != first["access_token"]
    check = http.post(path_of("test_token"), headers={"Authorization": f"Bearer {new_token}"})
    assert check.json()["clientId"] == CLIENT[0]


def test_unknown_refresh_token_is_authentication_error(http: httpx.Client) -> None:
    """An unknown refresh token gets 401 AUTHENTICATION_ERROR."""
    response = http.post(
        path_of("create_token"), data={"grant_type": "refresh_token", "refresh_token": "rt_nope"}
    )
    assert_error(response, 401, "AUTHENTICATION_ERROR")


def test_test_token_names_client_and_organization(api: httpx.Client) -> None:
    """test-token answers with the token's clientId and organizationId."""
    response = api.post(path_of("test_token"))
    assert response.status_code == 200
    assert response.json() == {"clientId": "demo-client", "organizationId": "org_demo"}


def test_missing_or_unknown_bearer_is_authentication_error(http: httpx.Client) -> None:
    """No bearer token, a garbage one, or Basic instead of Bearer all get 401."""
    assert_error(http.post(path_of("test_token")), 401, "AUTHENTICATION_ERROR")
    garbage = {"Authorization": "Bearer at_garbage"}
    assert_error(http.post(path_of("test_token"), headers=garbage), 401, "AUTHENTICATION_ERROR")
    assert_error(http.post(path_of("test_token"), auth=CLIENT), 401, "AUTHENTICATION_ERROR")


def test_token_expires_after_its_lifetime(api: httpx.Client, clock: ManualClock) -> None:
    """A token is accepted until expires_in seconds pass on the clock, then refused."""
    clock.advance(3599)
    assert api.post(path_of("test_token")).status_code == 200
    clock.advance(1)
    assert_error(api.post(path_of("test_token")), 401, "AUTHENTICATION_ERROR")


def test_token_lifetime_is_configurable(clock: ManualClock) -> None:
    """token_lifetime sets expires_in and the expiry."""
    sim = Simulator(clock=clock, token_lifetime=60)
    with sim.serve() as url, httpx.Client(base_url=url) as client:
        body = client.post(
            path_of("create_token"), data={"grant_type": "client_credentials"}, auth=CLIENT
        ).json()
        assert body["expires_in"] == 60
        clock.advance(60)
        headers = {"Authorization": f"Bearer {body['access_token']}"}
        assert_error(client.post(path_of("test_token"), headers=headers), 401, "AUTHENTICATION_ERROR")


def test_client_without_commands_scope_is_not_permitted(http: httpx.Client, sim: Simulator) -> None:
    """A client lacking vehicle:commands gets 401 NOT_PERMITTED and creates nothing."""
    token = get_token(http, ("reader", "reader-secret"))
    response = http.post(command_path("veh_1", "lock-doors"), headers={"Authorization": f"Bearer {token}"})
    assert_error(response, 401, "NOT_PERMITTED")
    assert sim.executions == []


def test_client_without_commands_scope_can_still_read(http: httpx.Client) -> None:
    """Listing executions needs no commands scope."""
    token = get_token(http, ("reader", "reader-secret"))
    response = http.get(
        path_of("list_command_executions", vehicle_id="veh_1"), headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200


def test_custom_default_client(clock: ManualClock) -> None:
    """The constructor's client_id/client_secret replace the demo credentials."""
    sim = Simulator(clock=clock, client_id="id-x", client_secret="secret-x", organization_id="org_x")
    with httpx.Client(transport=sim.transport(), base_url="http://sim") as client:
        token = get_token(client, ("id-x", "secret-x"))
        info = client.post(path_of("test_token"), headers={"Authorization": f"Bearer {token}"}).json()
        assert info == {"clientId": "id-x", "organizationId": "org_x"}
        response = client.post(
            path_of("create_token"), data={"grant_type": "client_credentials"}, auth=CLIENT
        )
        assert_error(response, 401, "AUTHENTICATION_ERROR")


def test_token_requests_are_recorded(http: httpx.Client, sim: Simulator) -> None:
    """Every call to the token endpoint, good or bad, lands in token_requests."""
    get_token(http)
    http.post(path_of("create_token"), data={}, auth=CLIENT)
    http.post(path_of("test_token"))
    assert len(sim.token_requests) == 2
    assert all(r.path == path_of("create_token") for r in sim.token_requests)
