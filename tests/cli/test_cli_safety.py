"""What the `volteras` CLI guarantees about where it sends, what it reports, and how it ends.

Each test runs the real command line in a subprocess against a simulator served on 127.0.0.1.
"""

from __future__ import annotations

from tests.cli.conftest import credentials_env, run_cli
from tests.fake_proxy import RecordingProxy
from volteras.testing import Simulator

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def _env(**overrides: str | None) -> dict[str, str]:
    """The test credentials, and no proxy variable but those given."""
    cleared: dict[str, str | None] = {name: None for name in _PROXY_VARIABLES}
    cleared.update({name.lower(): None for name in _PROXY_VARIABLES})
    return credentials_env(**{**cleared, **overrides})


def test_sandbox_flag_beats_a_base_url_variable(sim: Simulator, base_url: str) -> None:
    """`--sandbox` aims at the sandbox even with VOLTERAS_BASE_URL set elsewhere, and --debug names the host."""
    with RecordingProxy() as proxy:  # catches the sandbox connection: nothing leaves the machine
        result = run_cli(
            ["--sandbox", "--debug", "tokens", "test"],
            _env(VOLTERAS_BASE_URL=base_url, HTTPS_PROXY=proxy.url),
        )
    assert sim.requests == []  # the address in VOLTERAS_BASE_URL was never contacted
    assert proxy.first_lines
    assert all(line.startswith("CONNECT api.sandbox.volteras.com:443 ") for line in proxy.first_lines)
    assert "talking to https://api.sandbox.volteras.com (chosen by --sandbox)" in result.err
    assert result.code == 3


def test_sandbox_with_base_url_is_a_usage_error(sim: Simulator, base_url: str) -> None:
    """`--sandbox --base-url URL` names two APIs: exit 2, nothing sent."""
    result = run_cli(["--sandbox", "--base-url", base_url, "tokens", "test"], _env())
    assert result.code == 2
    assert "not both" in result.err
    assert sim.requests == []


def test_debug_names_the_host_and_the_variable_that_chose_it(sim: Simulator, base_url: str) -> None:
    """Without flags, --debug says the address came from VOLTERAS_BASE_URL."""
    result = run_cli(["--debug", "tokens", "test"], _env(VOLTERAS_BASE_URL=base_url))
    assert result.code == 0, result.err
    assert f"talking to {base_url} (chosen by VOLTERAS_BASE_URL)" in result.err
