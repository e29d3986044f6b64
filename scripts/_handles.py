"""Handles bound to one object (`x-volteras-handles`), worked out from the resources for the templates.

`client.vehicle("veh_1")` is generated like the resources: every operation whose first positional
argument is the handle's `argument` is offered without it. The handle's own resource (`vehicles`)
and every command sit on the handle itself; each resource's bound operations also sit under the
resource's name (`handle.commands.list()`). A name that would mean two operations is refused.
"""

from __future__ import annotations

import keyword
from typing import Any

RESERVED = frozenset({"with_options", "with_raw_response"})


class HandleError(Exception):
    """The spec's `x-volteras-handles` cannot be generated from."""


def _bound(op: dict[str, Any], argument: str) -> dict[str, Any] | None:
    """The operation without its first argument, or None when it does not start with `argument`."""
    names = [a["name"] for a in op["arguments"] if a["positional"]]
    if not names or names[0] != argument:
        return None
    rest = [a["name"] for a in op["arguments"] if a["name"] != argument]
    return op | {
        "bound_positional": op["positional"][1:],
        "bound_forward": ", ".join(f"{name}={name}" for name in rest),
    }


def handles(spec: dict[str, Any], groups: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Each handle: its name, class, bound argument, its flat operations and its sub-resources."""
    found = []
    for name, x in sorted((spec.get("x-volteras-handles") or {}).items()):
        if not (isinstance(x, dict) and name.isidentifier() and not keyword.iskeyword(name)):
            raise HandleError(f"x-volteras-handles: {name!r} needs {{argument, resource}} and a Python name")
        argument, own = x.get("argument"), x.get("resource")
        if name in groups:
            raise HandleError(f"x-volteras-handles: {name!r} is already a resource of the client")
        if own not in groups:
            raise HandleError(f"x-volteras-handles.{name}: resource {own!r} is no resource")
        if not (isinstance(argument, str) and argument.isidentifier()):
            raise HandleError(f"x-volteras-handles.{name}: argument {argument!r} is no argument name")
        subs, flat, taken = [], [], {argument, *RESERVED}
        for resource in groups.values():
            ops = [b for op in resource["operations"] if (b := _bound(op, argument)) is not None]
            if not ops:
                continue
            for op in ops:
                if resource["name"] == own or op["kind"] == "command":
                    flat.append(op | {"resource": resource["name"]})
            if resource["name"] != own:
                subs.append({"name": resource["name"], "class": resource["class"], "operations": ops})
        if not flat:
            raise HandleError(f"x-volteras-handles.{name}: no operation starts with {argument!r}")
        for label in [op["name"] for op in flat] + [sub["name"] for sub in subs]:
            if label in taken:
                raise HandleError(f"x-volteras-handles.{name}: {label!r} would name two things on the handle")
            taken.add(label)
        title = "".join(part.capitalize() for part in name.split("_"))
        plain = [op for op in flat if not op["bound_positional"]]  # for the docstrings' examples
        own_ops = [f"{op['name']}()" for op in plain if op["resource"] == own]
        commands = [f"{op['name']}(wait=True)" for op in plain if op["kind"] == "command"]
        lists = [
            f"{sub['name']}.{op['name']}()"
            for sub in subs
            for op in sub["operations"]
            if op["kind"] == "list"
        ]
        examples = (["get()"] if "get()" in own_ops else own_ops[:1]) + commands[:1] + lists[:1]
        found.append(
            {
                "name": name,
                "class": f"{title}Handle",
                "argument": argument,
                "resource": own,
                "flat": flat,
                "examples": examples,
                "subs": subs,
                "imports": sorted(
                    {imp for op in flat for imp in op["imports"]}
                    | {imp for sub in subs for op in sub["operations"] for imp in op["imports"]}
                ),
                "resources": [
                    groups[r] for r in sorted({op["resource"] for op in flat} | {sub["name"] for sub in subs})
                ],
            }
        )
    return found
