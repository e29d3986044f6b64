"""The CLI says a command was sent only when its request went out, never after the token request failed."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.cli.conftest import CLIENT_ID, Result, run_main
from tests.spec_facts import path_of
from volteras import Volteras
from volteras._cli_output import EXIT_API
from volteras.testing import HtmlError, Simulator

TOKEN_PATH = path_of("create_token")


def _commands_sent(sim: Simulator) -> list[str]:
    return [r.path for r in sim.requests if r.path != TOKEN_PATH]


@pytest.mark.parametrize("json_mode", [False, True])
def test_a_refused_token_request_does_not_claim_the_command_was_sent(
    sim: Simulator, base_url: str, json_mode: bool
) -> None:
    """Wrong credentials (401 on the token request): no "sent", no "may exist", exit 3, and nothing created."""
    flags = ["--json"] if json_mode else []
    with Volteras(CLIENT_ID, "not-the-secret", base_url=base_url, max_retries=0) as client:
        result = run_main([*flags, "commands", "lock-doors", "veh_1"], client=client)
    assert result.code == EXIT_API
    assert "sent" not in result.both
    assert "may exist" not in result.both
    assert _commands_sent(sim) == []
    if json_mode:
        assert "execution" not in json.loads(result.out)


@pytest.mark.parametrize("status", [404, 409])
def test_a_token_endpoint_error_page_does_not_claim_the_command_was_sent(
    sim: Simulator, base_url: str, status: int
) -> None:
    """A 404 or 409 from the token endpoint (a wrong base URL, a proxy) is reported without "sent"."""
    sim.inject(HtmlError(status, stage="before"), path=TOKEN_PATH, count=10)
    with Volteras(CLIENT_ID, "cli-s3cret-never-printed", base_url=base_url, max_retries=0) as client:
        result = run_main(["commands", "lock-doors", "veh_1"], client=client)
    assert result.code == EXIT_API
    assert "sent" not in result.both
    assert _commands_sent(sim) == []


def test_a_command_whose_answer_is_lost_is_still_named_as_sent(sim: Simulator, base_url: str) -> None:
    """Once the command's own request went out, an error without an answer still says it may exist."""
    sim.inject(HtmlError(502), path=path_of("lock_doors", vehicle_id="veh_1"), count=10)
    with Volteras(CLIENT_ID, "cli-s3cret-never-printed", base_url=base_url, max_retries=0) as client:
        result = run_main(["commands", "lock-doors", "veh_1"], client=client)
    assert result.code == EXIT_API
    assert "sent: lock-doors to vehicle veh_1, not answered" in result.err


@pytest.mark.parametrize(
    ("args", "env", "named"),
    [
        (["--sandbox", "--base-url", "https://x.example.com"], {}, "--sandbox and --base-url"),
        (["--base-url", "ftp://x"], {}, "--base-url 'ftp://x'"),
        (["--base-url", "http://example.com"], {}, "--base-url 'http://example.com'"),
        (["--base-url", "https://u:p@x.example.com"], {}, "--base-url must not"),
        ([], {"VOLTERAS_BASE_URL": "http://example.com"}, "VOLTERAS_BASE_URL 'http://example.com'"),
        (
            [],
            {"VOLTERAS_ENVIRONMENT": "sandbox", "VOLTERAS_BASE_URL": "https://api.volteras.com"},
            "--sandbox or --base-url",
        ),
    ],
)
def test_cli_errors_about_the_address_name_the_flags_not_python_arguments(
    in_env: Callable[..., Result], args: list[str], env: dict[str, str], named: str
) -> None:
    """The CLI's address errors name --sandbox, --base-url or the variable, never `environment=`-only wording."""
    result = in_env([*args, "tokens", "test"], **env)
    assert result.code == 2
    assert named in result.err
    assert "base_url " not in result.err and "pass environment=" not in result.err
