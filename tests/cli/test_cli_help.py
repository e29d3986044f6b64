"""`--help` at every level, and sub-commands built from the generated method table."""

from __future__ import annotations

import json
import re

import pytest
from volteras._generated.resources import METHODS

from tests.cli.conftest import Runner, run_main
from volteras._cli import build_parser
from volteras.testing import Simulator

LEVELS = [
    [],
    ["commands"],
    ["commands", "get"],
    ["commands", "list"],
    ["commands", "close-charge-port"],
    ["tokens"],
    ["tokens", "test"],
]


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: " ".join(level) or "top")
def test_help_has_example(level: list[str]) -> None:
    """`volteras ... --help` exits 0 and shows an example in its epilog."""
    result = run_main([*level, "--help"])
    assert result.code == 0
    assert "example" in result.out
    assert "volteras " + " ".join(level) in result.out


@pytest.mark.parametrize("method", METHODS, ids=lambda m: f"{m.resource}.{m.name}")
def test_every_method_is_a_sub_command_with_help(method: object) -> None:
    """Each public method is `volteras RESOURCE METHOD`, whose help shows its summary, path and example."""
    resource, name = (method.resource.replace("_", "-"), method.name.replace("_", "-"))
    result = run_main([resource, name, "--help"])
    assert result.code == 0, result.err
    assert method.operation.path in result.out
    assert f"volteras {resource} {name}" in result.out


def test_arguments_keep_their_types() -> None:
    """set-temperature's positional temperatures are floats; set-charge-limit's limit is an int."""
    args = build_parser().parse_args(["commands", "set-temperature", "v", "21", "20.5"])
    assert (args.driver_temperature, args.passenger_temperature) == (21.0, 20.5)
    assert build_parser().parse_args(["commands", "set-charge-limit", "v", "80"]).limit == 80


KINDS = re.compile(r"(list\[)?(str|int|float|bool|datetime|date|filter|enum:\w+|model:\w+)\]?")


def test_every_argument_comes_with_its_kind() -> None:
    """The method table describes what each argument takes (a kind, an enum's values), so the CLI reads no annotations."""
    for method in METHODS:
        for argument in method.arguments:
            assert KINDS.fullmatch(argument.kind), (method.name, argument)
            assert bool(argument.choices) == ("enum:" in argument.kind), (method.name, argument)


def test_enum_arguments_list_their_values_and_stay_open(cli: Runner, sim: Simulator) -> None:
    """An enum option's help lists the documented values; one the spec does not know is still sent (the API decides)."""
    shown = " ".join(run_main(["accounts", "connect", "--help"]).out.split())
    assert "--device-types DEVICE-TYPE [DEVICE-TYPE ...]" in shown
    assert "one of VEHICLE, BATTERY" in shown
    result = cli(
        "--json", "accounts", "connect", "--scopes", "vehicle:commands", "--device-types", "VEHICLE", "DRONE"
    )
    assert result.code == 3, result.err  # refused by the simulator, as by the API: not a usage error
    assert json.loads(sim.requests[-1].body)["deviceTypes"] == ["VEHICLE", "DRONE"]
    known = cli("accounts", "connect", "--scopes", "vehicle:commands", "--device-types", "VEHICLE", "BATTERY")
    assert known.code == 0, known.err


def test_model_lists_are_one_json_array(cli: Runner) -> None:
    """`connections create` takes its vehicles as one JSON array; anything else is a usage error naming it."""
    vehicles = json.dumps([{"vin": "WVWZZZ1JZXW000001", "make": "VOLKSWAGEN", "countryCode": "DE"}])
    created = cli("--json", "connections", "create", vehicles)
    assert created.code == 0, created.err
    assert json.loads(created.out)["id"]
    refused = cli("connections", "create", '{"vin": "x"}')
    assert refused.code == 2
    assert "must be a JSON array" in refused.err


def test_token_is_an_alias_of_tokens() -> None:
    """`volteras token test`, the older spelling, still works."""
    result = run_main(["token", "test", "--help"])
    assert result.code == 0
