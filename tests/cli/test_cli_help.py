"""`--help` at every level, and sub-commands built from the generated `CommandMethods`."""

from __future__ import annotations

import inspect

import pytest
from volteras_openapi.api.commands import CommandMethods

from tests.cli.conftest import credentials_env, run_cli
from volteras._cli import build_parser, command_specs, main

LEVELS = [
    [],
    ["commands"],
    ["commands", "get"],
    ["commands", "list"],
    ["commands", "close-charge-port"],
    ["token"],
    ["token", "test"],
]


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: " ".join(level) or "top")
def test_help_has_example(level: list[str]) -> None:
    """`volteras ... --help` exits 0 and shows an example in its epilog."""
    result = run_cli([*level, "--help"], credentials_env())
    assert result.code == 0
    assert "example" in result.out
    assert "volteras " + " ".join(level) in result.out


def test_every_endpoint_has_a_sub_command_with_help(capsys: pytest.CaptureFixture[str]) -> None:
    """Each public CommandMethods method is a sub-command whose help shows its docstring and an example."""
    public = {name for name, _ in inspect.getmembers(CommandMethods, inspect.isfunction) if name[0] != "_"}
    specs = command_specs()
    assert {spec.method for spec in specs} == public
    for spec in specs:
        with pytest.raises(SystemExit) as exited:
            main(["commands", spec.name, "--help"])
        assert exited.value.code == 0
        out = capsys.readouterr().out
        assert spec.summary in out
        assert f"volteras commands {spec.name} veh_1" in out


def test_body_params_are_required_typed_options() -> None:
    """set-temperature's body parameters are required float options; set-charge-limit's --limit is int."""
    specs = {spec.name: spec for spec in command_specs()}
    assert specs["set-temperature"].body == [("driver_temperature", float), ("passenger_temperature", float)]
    assert specs["set-charge-limit"].body == [("limit", int)]
    args = build_parser().parse_args(["commands", "set-temperature", "v", "--driver", "21", "--pass", "20.5"])
    assert (args.driver_temperature, args.passenger_temperature) == (21.0, 20.5)
