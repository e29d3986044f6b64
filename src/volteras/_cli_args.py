"""How words on the `volteras` command line become the SDK's arguments: one converter per argument kind.

The kinds come typed from the generated method table (`Argument.kind`, `Argument.choices`), so
nothing here reads annotations. Each converter raises argparse.ArgumentTypeError naming what is
wrong, so a bad word is a usage error (exit 2) before anything is sent.
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


_PLAIN: dict[str, tuple[Callable[[str], Any], str | None]] = {
    "int": (integer, "N"),
    "float": (number, "NUMBER"),
    "bool": (boolean, "true|false"),
    "datetime": (str, "ISO8601"),  # the SDK reads the string, and names what is wrong with it
    "date": (str, "YYYY-MM-DD"),
    "filter": (str, "JSON"),  # checked whole by encode_filter, for a message naming the field
    "str": (str, None),
}


def converter(argument: Argument) -> tuple[Callable[[str], Any], str, bool]:
    """How a command-line word becomes the argument: converter, metavar, whether it takes several.

    A list of models is one JSON array; a list of anything else, one word per item.
    """
    kind, several = argument.kind, False
    if kind.startswith("list[") and kind.endswith("]"):
        kind = kind[len("list[") : -1]
        if kind.startswith("model:"):
            return json_list, "JSON", False
        several = True
    if kind.startswith("model:"):
        return json_object, "JSON", several
    name = dash(argument.name).upper()
    if several:
        name = name.removesuffix("S")
    if kind.startswith("enum:"):
        return str, name, several  # open: a value the API added since still passes
    if kind not in _PLAIN:
        raise ValueError(f"{argument.name}: no command-line form for an argument of kind {kind!r}")
    convert, metavar = _PLAIN[kind]
    return convert, metavar or name, several


def choices_help(argument: Argument) -> str | None:
    """For an enum argument, the values the spec documents (the API may accept newer ones)."""
    if not argument.choices:
        return None
    return f"one of {', '.join(argument.choices)} (or a value the API added since)"
