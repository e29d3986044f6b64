"""`--help` at every level, and sub-commands built from the generated method table."""

from __future__ import annotations

import pytest
from volteras._generated.resources import METHODS

from tests.cli.conftest import run_main
from volteras._cli import build_parser

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


def test_token_is_an_alias_of_tokens() -> None:
    """`volteras token test`, the older spelling, still works."""
    result = run_main(["token", "test", "--help"])
    assert result.code == 0
