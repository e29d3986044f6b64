"""Hostile answers to commands and polls: escape sequences, ids that cannot be polled, polls that all fail.

The CLI runs in-process (`volteras._cli.main`) against a server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import io
import json
import math
from typing import Any

import pytest

from tests.spec_facts import path_of
from volteras import AsyncVolteras, CommandExecution, CommandTimeoutError, ResponseValidationError, Volteras
from volteras._cli import main

from .conftest import TOKEN_PATH, VALID_EXECUTION, VALID_TOKEN, Answer, Loopback, Seen

NASTY = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\u202e"


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, loopback: Loopback) -> Loopback:
    monkeypatch.setenv("VOLTERAS_CLIENT_ID", "id")
    monkeypatch.setenv("VOLTERAS_CLIENT_SECRET", "secret")
    monkeypatch.setenv("VOLTERAS_BASE_URL", loopback.base_url)
    return loopback


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def commands_answer(post: dict[str, Any], poll: Answer | None = None) -> Any:
    """Tokens; `post` for every command POST; `poll` (or the same execution) for every GET."""

    def answer(seen: Seen) -> Answer:
        if seen.path == TOKEN_PATH:
            return 200, {}, VALID_TOKEN
        if seen.method == "POST":
            return 201, {}, post
        return poll if poll is not None else (200, {}, post)

    return answer


def test_cli_escapes_control_characters_from_the_server(cli_env: Loopback) -> None:
    """Escape sequences in a failed reason, status or id are shown escaped in human output, raw in --json."""
    failed = {**VALID_EXECUTION, "id": "cmd_\x1b[1A", "status": "FAILED", "failedReason": NASTY}
    cli_env.answer = commands_answer(failed)
    code, out, err = cli("commands", "lock-doors", "veh_1")
    assert code == 1
    assert "\x1b" not in out + err and "\x07" not in out and "\u202e" not in out
    assert "\\x1b]0;pwned\\x07" in out and "cmd_\\x1b[1A" in out
    code, out, _ = cli("--json", "commands", "lock-doors", "veh_1")
    assert json.loads(out)["failedReason"] == NASTY


def test_cli_escapes_control_characters_in_error_messages(cli_env: Loopback) -> None:
    """An API error whose message and requestId hold escape sequences reaches stderr escaped."""
    error = {"error": "NOT_PERMITTED", "message": NASTY, "requestId": "req_\x1b[2J"}
    cli_env.answer = lambda seen: (200, {}, VALID_TOKEN) if seen.path == TOKEN_PATH else (403, {}, error)
    code, out, err = cli("commands", "get", "veh_1", "cmd_1")
    assert code == 3
    assert "\x1b" not in out + err
    assert "\\x1b[31mred" in err and "req_\\x1b[2J" in err


def test_cli_json_wait_keeps_the_execution_when_every_poll_fails(cli_env: Loopback) -> None:
    """--json --wait: the POST succeeded and every poll failed; the JSON error document also holds the created execution."""
    cli_env.answer = commands_answer(VALID_EXECUTION, (500, {}, {"error": "SERVER_ERROR", "message": "down"}))
    code, out, err = cli("--json", "commands", "close-charge-port", "veh_1", "--wait", "--timeout", "5")
    document = json.loads(out)
    assert code == 3
    assert document["error"]["code"] == "SERVER_ERROR"
    assert document["execution"]["id"] == "cmd_1"
    assert "created: cmd_1" in err
    assert cli_env.paths("POST").count(path_of("close_charge_port", vehicle_id="veh_1")) == 1


@pytest.mark.parametrize(
    ("field", "value"), [("id", ".."), ("vehicleId", "a/b"), ("vehicleId", ""), ("id", "")]
)
def test_cli_wait_on_an_unpollable_answer_prints_the_error_and_execution(
    cli_env: Loopback, field: str, value: str
) -> None:
    """--wait --json: an answer whose id or vehicleId cannot be polled prints the error and the execution it got."""
    cli_env.answer = commands_answer({**VALID_EXECUTION, field: value})
    code, out, _ = cli("--json", "commands", "close-charge-port", "veh_1", "--wait")
    document = json.loads(out)
    assert code == 3
    assert document["error"]["code"] == "RESPONSE_VALIDATION_ERROR"
    assert document["execution"][field] == value
    assert cli_env.paths("GET") == []


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
@pytest.mark.parametrize(
    ("field", "value"), [("id", ".."), ("vehicleId", "a/b"), ("vehicleId", ""), ("id", None)]
)
def test_wait_on_an_unpollable_answer_is_a_typed_error_with_the_execution(
    cls: type[Any], loopback: Loopback, field: str, value: str | None
) -> None:
    """close_charge_port(wait=True) on an answer with an unpollable id raises ResponseValidationError carrying the execution."""
    loopback.answer = commands_answer({**VALID_EXECUTION, field: value})
    client = cls("id", "secret", base_url=loopback.base_url)
    with pytest.raises(ResponseValidationError, match="cannot poll") as caught:
        if cls is Volteras:
            client.commands.close_charge_port("veh_1", wait=True)
        else:
            asyncio.run(client.commands.close_charge_port("veh_1", wait=True))
    assert caught.value.execution is not None
    assert caught.value.execution.to_dict().get(field) == value
    assert loopback.paths("GET") == []


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
@pytest.mark.parametrize(
    ("timeout", "poll_interval"),
    [(1, 1e-300), (1, 0.01), (1, 0.0), (math.inf, 1), (math.nan, 1), (1, math.inf)],
)
def test_wait_refuses_back_to_back_polls_and_endless_timeouts(
    cls: type[Any], loopback: Loopback, timeout: float, poll_interval: float
) -> None:
    """wait() refuses a poll interval under 0.05 s and a non-finite timeout or interval, before any request."""
    client = cls("id", "secret", base_url=loopback.base_url)
    pending = CommandExecution.from_dict(VALID_EXECUTION)
    with pytest.raises(ValueError, match=r"poll_interval|timeout"):
        waited = client.commands.wait(pending, wait_timeout=timeout, poll_interval=poll_interval)
        if cls is AsyncVolteras:
            asyncio.run(waited)
    assert loopback.seen == []


@pytest.mark.parametrize("cls", [Volteras, AsyncVolteras])
def test_wait_does_not_retry_a_poll_past_its_deadline(cls: type[Any], loopback: Loopback) -> None:
    """wait(timeout=0.3) whose poll gets 503 Retry-After: 5 gives up with CommandTimeoutError instead of retrying after the deadline."""
    loopback.answer = commands_answer(VALID_EXECUTION, (503, {"retry-after": "5"}, {"error": "SERVER_ERROR"}))
    client = cls("id", "secret", base_url=loopback.base_url, max_retries=1)
    pending = CommandExecution.from_dict(VALID_EXECUTION)
    with pytest.raises(CommandTimeoutError) as caught:  # the real backoff: what the deadline must cut short
        waited = client.commands.wait(pending, wait_timeout=0.3, poll_interval=0.05)
        if cls is AsyncVolteras:
            asyncio.run(waited)
    assert caught.value.execution.id == "cmd_1"
    assert "deadline" in str(caught.value.__cause__)
    assert len(loopback.paths("GET")) == 1
