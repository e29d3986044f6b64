"""What a new user of `volteras` trips over: missing credentials, bad filters, timeouts, list order."""

from __future__ import annotations

import io
import json

import pytest

from volteras import Volteras
from volteras._cli import main
from volteras.testing import Simulator

from .conftest import CLIENT_ID, SECRET


def _run(*argv: str, client: Volteras | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, client=client)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def logged_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOLTERAS_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("VOLTERAS_CLIENT_SECRET", SECRET)


def test_missing_credentials_name_the_variables_and_say_there_are_no_flags(
    monkeypatch: pytest.MonkeyPatch, base_url: str
) -> None:
    """Without credentials the CLI names the variable that is missing and says no flag can give it."""
    monkeypatch.delenv("VOLTERAS_CLIENT_ID", raising=False)
    monkeypatch.setenv("VOLTERAS_CLIENT_SECRET", SECRET)
    code, out, err = _run("--base-url", base_url, "token", "test")
    assert code == 2
    assert "set VOLTERAS_CLIENT_ID in the environment" in err
    assert "VOLTERAS_CLIENT_SECRET" not in err  # that one is set
    assert "no flags" in err
    assert "pass it to the client" not in err  # advice for the library, not for a shell user
    code, out, err = _run("--json", "--base-url", base_url, "token", "test")
    assert json.loads(out)["error"]["message"].startswith("no API credentials: set VOLTERAS_CLIENT_ID")


def test_bad_filter_shows_the_list_usage(logged_in: None, base_url: str, sim: Simulator) -> None:
    """A malformed --filter prints `commands list`'s usage above the error, and sends nothing."""
    code, _out, err = _run(
        "--base-url", base_url, "commands", "list", "veh_1", "--filter", '{"field": "status"}'
    )
    assert code == 2
    assert err.startswith("usage: volteras commands list")
    assert "--filter" in err.splitlines()[-1]
    assert sim.requests == []


def test_parser_errors_show_the_sub_commands_usage(logged_in: None) -> None:
    """A missing argument prints the usage of the sub-command it belongs to, then one error line."""
    code, _out, err = _run("commands", "set-charge-limit", "veh_1")
    assert code == 2
    assert err.startswith("usage: volteras commands set-charge-limit")
    assert (
        err.splitlines()[-1]
        == "volteras commands set-charge-limit: the following arguments are required: LIMIT"
    )


def test_wait_timeout_prints_the_pending_execution_once(sim: Simulator) -> None:
    """When --wait gives up, the PENDING execution is printed once (stdout) and the error once (stderr)."""
    with sim.client() as client:
        code, out, err = _run(
            "commands", "lock-doors", "veh_silent", "--wait", "--wait-timeout", "0.2", client=client
        )
    assert code == 4
    assert out.count("PENDING") == 1
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: gave up after 0.2s")


def test_list_help_claims_no_order_and_the_simulator_agrees(sim: Simulator) -> None:
    """`commands list --help` says the API documents no order and that the simulator lists oldest first, which it does."""
    code, help_text, _ = _run("commands", "list", "--help")
    assert code == 0
    flat = " ".join(help_text.split())
    assert "which it does not document" in flat
    assert "simulator sends oldest first" in flat
    assert "newest" not in flat
    sent = []
    with sim.client() as client:
        for command in ("lock-doors", "unlock-doors", "climate-on"):
            code, out, _ = _run("--json", "commands", command, "veh_1", client=client)
            sent.append(json.loads(out)["id"])
        code, out, _ = _run("--json", "commands", "list", "veh_1", client=client)
    assert [item["id"] for item in json.loads(out)] == sent
