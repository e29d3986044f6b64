"""Waits end where the spec says a status is final, and at once on a status the spec does not know."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import pytest

from tests import spec_facts
from tests.conftest import waits_on
from volteras import AsyncVolteras, Volteras
from volteras._cli import main

from .conftest import TOKEN_PATH, VALID_EXECUTION, VALID_TOKEN, Answer, Loopback, Seen

NEW_STATUS = "CANCELLED_BY_OWNER_2031"
"""A status the spec does not list (the API adds values without notice)."""
GROUP = {"id": "grp_1", "status": "CREATED", "createdAt": "2025-01-01T00:00:00Z"}


def scripted(first: dict[str, Any], then: dict[str, Any]) -> Any:
    """Tokens; `first` for the POST; `then` for every GET (the polls)."""

    def answer(seen: Seen) -> Answer:
        if seen.path == TOKEN_PATH:
            return 200, {}, VALID_TOKEN
        return (200, {}, first) if seen.method == "POST" else (200, {}, then)

    return answer


def polls(loopback: Loopback) -> int:
    return len(loopback.paths("GET"))


@pytest.mark.parametrize("status", [*sorted(spec_facts.final_values("CommandStatus")), NEW_STATUS])
def test_sync_wait_ends_on_a_final_or_unknown_status(loopback: Loopback, status: str) -> None:
    """commands.wait returns after one poll that answers a final status or one the spec does not know, as it came."""
    loopback.answer = scripted(VALID_EXECUTION, {**VALID_EXECUTION, "status": status})
    with waits_on(Volteras("id", "secret", base_url=loopback.base_url)) as client:
        execution = client.commands.close_charge_port("veh_1", wait=True, wait_timeout=300)
    assert (str(execution.status), polls(loopback)) == (status, 1)


def test_async_wait_ends_on_an_unknown_status(loopback: Loopback) -> None:
    """AsyncVolteras: a status the spec does not know ends the wait at once and is returned as a plain string."""
    loopback.answer = scripted(VALID_EXECUTION, {**VALID_EXECUTION, "status": NEW_STATUS})

    async def run() -> Any:
        async with waits_on(AsyncVolteras("id", "secret", base_url=loopback.base_url)) as client:
            return await client.commands.close_charge_port("veh_1", wait=True, wait_timeout=300)

    execution = asyncio.run(run())
    assert (execution.status, type(execution.status), polls(loopback)) == (NEW_STATUS, str, 1)


def test_cli_wait_ends_on_an_unknown_status(loopback: Loopback) -> None:
    """`volteras commands ... --wait` stops polling at a status the spec does not know and shows it."""
    loopback.answer = scripted(VALID_EXECUTION, {**VALID_EXECUTION, "status": NEW_STATUS})
    out = io.StringIO()
    with waits_on(Volteras("id", "secret", base_url=loopback.base_url)) as client:
        code = main(
            ["commands", "close-charge-port", "veh_1", "--wait", "--wait-timeout", "300"],
            stdout=out,
            stderr=io.StringIO(),
            client=client,
        )
    assert code != 4 and NEW_STATUS in out.getvalue() and polls(loopback) == 1


@pytest.mark.parametrize(
    "status", [*sorted(spec_facts.final_values("VehicleInputGroupStatusEnum")), NEW_STATUS]
)
def test_connection_wait_ends_on_a_final_or_unknown_status(loopback: Loopback, status: str) -> None:
    """connections.wait returns the group at the first final status, or one the spec does not know."""
    loopback.answer = scripted(GROUP, {**GROUP, "status": status})
    with waits_on(Volteras("id", "secret", base_url=loopback.base_url)) as client:
        group = client.connections.wait("grp_1", wait_timeout=300)
    assert (str(group.status), polls(loopback)) == (status, 1)


def test_a_status_left_out_is_still_running(loopback: Loopback) -> None:
    """An execution without a status is polled on until it has one."""
    answers = iter([{**VALID_EXECUTION, "status": None}, {**VALID_EXECUTION, "status": NEW_STATUS}])
    loopback.answer = lambda seen: (
        (200, {}, VALID_TOKEN) if seen.path == TOKEN_PATH else (200, {}, next(answers, VALID_EXECUTION))
    )
    with Volteras("id", "secret", base_url=loopback.base_url) as client:
        execution = client.commands.get("veh_1", "cmd_1")
        final = client.commands.wait(execution, wait_timeout=300, poll_interval=0.05)
    assert final.status == NEW_STATUS


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
def test_send_many_reports_another_final_status_as_ended_not_pending(
    cls: type[Any], loopback: Loopback
) -> None:
    """send_many(wait=True): a command the wait returned in an unknown final status is "ended", never "pending"."""
    loopback.answer = scripted(VALID_EXECUTION, {**VALID_EXECUTION, "status": NEW_STATUS})

    async def run_async() -> Any:
        async with waits_on(AsyncVolteras("id", "secret", base_url=loopback.base_url)) as client:
            return await client.commands.send_many("close_charge_port", ["veh_1"], wait=True)

    if cls is AsyncVolteras:
        outcomes = asyncio.run(run_async())
    else:
        with waits_on(Volteras("id", "secret", base_url=loopback.base_url)) as client:
            outcomes = client.commands.send_many("close_charge_port", ["veh_1"], wait=True)
    assert [(o.outcome, str(o.execution.status)) for o in outcomes] == [("ended", NEW_STATUS)]


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_cli_exit_status_is_not_success_for_another_final_status(
    loopback: Loopback, json_flag: list[str]
) -> None:
    """`--wait` ending in a final status other than EXECUTED exits 1 (the command did not run), not 0."""
    loopback.answer = scripted(VALID_EXECUTION, {**VALID_EXECUTION, "status": NEW_STATUS})
    out = io.StringIO()
    with waits_on(Volteras("id", "secret", base_url=loopback.base_url)) as client:
        code = main(
            [*json_flag, "commands", "close-charge-port", "veh_1", "--wait"],
            stdout=out,
            stderr=io.StringIO(),
            client=client,
        )
    assert code == 1 and NEW_STATUS in out.getvalue()
