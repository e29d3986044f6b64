"""How words on the `volteras` command line become the SDK's arguments: one converter per argument type.

Each converter raises argparse.ArgumentTypeError naming what is wrong, so a bad word is a usage
error (exit 2) before anything is sent.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from typing import Any

from ._generated.types import Argument


def dash(name: str) -> str:
    return name.replace("_", "-")


def converter(argument: Argument) -> tuple[Callable[[str], Any], str, bool]:
    """How a command-line word becomes the argument: converter, metavar, whether it takes several."""
    kind = argument.type.removesuffix(" | None")
    if kind == "int":
        return integer, "N", False
    if kind == "float":
        return number, "NUMBER", False
    if kind == "bool":
        return boolean, "true|false", False
    if argument.name == "filter":
        return str, "JSON", False
    if kind.startswith(("Sequence[", "list[")):
        inner = kind.split("[", 1)[1]
        if "Mapping" in inner:
            return json_list, "JSON", False
        return str, argument.name.upper().rstrip("S"), True
    if "Mapping" in kind:
        return json_object, "JSON", False
    if kind.startswith("datetime"):
        return str, "ISO8601", False
    return str, dash(argument.name).upper(), False


def number(value: str) -> float:
    try:
        parsed = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not math.isfinite(parsed):
        raise argparse.ArgumentTypeError(f"must be a finite number, not {value!r}")
    return parsed


def integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None


def boolean(value: str) -> bool:
    lowered = value.lower()
    if lowered in ("true", "yes", "1", "on"):
        return True
    if lowered in ("false", "no", "0", "off"):
        return False
    raise argparse.ArgumentTypeError(f"not true or false: {value!r}")


def positive_number(value: str) -> float:
    parsed = number(value)
    if not parsed > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {value!r}")
    return parsed


def positive_int(value: str) -> int:
    parsed = integer(value)
    if parsed < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value!r}")
    return parsed


def json_value(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON: {exc}") from None


def json_object(value: str) -> Any:
    parsed = json_value(value)
    if not isinstance(parsed, dict):
        raise argparse.ArgumentTypeError("must be a JSON object")
    return parsed


def json_list(value: str) -> Any:
    parsed = json_value(value)
    if not isinstance(parsed, list):
        raise argparse.ArgumentTypeError("must be a JSON array")
    return parsed
