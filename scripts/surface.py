"""The public surface of the installed `volteras` package: everything a user can touch, as data.

Found by introspecting the package as imported (never by reading the spec), so it shows what a
user gets: hand-written and generated halves alike. `tests/golden/api_surface.json` holds the
reviewed copy (`make golden` rewrites it; the golden test names every difference), and
`release/surface.json` the copy of the last release, which `make changes` compares against.

The format is one JSON object; its "entries" map a key per touchable thing to that thing's
facts, one entry per line, keys sorted, so a diff names each change on one line:

    "<kind> <path>": {facts}

    name      volteras.CommandExecution            a public name: `is` (the entry it is), `type`, `alias`
    class     volteras.APIError                    bases (the error tree is the classes' bases)
    function  volteras.where                       returns, async
    method    volteras.Volteras.commands.wait      returns, async (resources reached from a client)
    param     volteras.where(field)                kind, position, type, default, required
    attribute volteras.APIError.status_code        type (properties, annotations, attributes set in __init__)
    model     volteras.models.Vehicle              keyword_only (every field can only be passed by name)
    field     volteras.models.Vehicle.vin          type, required, default, position, kw_only, init
    enum      volteras.models.CommandStatus        (members follow)
    member    volteras.models.CommandStatus.EXECUTED   value
    typeddict RequestOptions / key RequestOptions.timeout   the per-call options (**options)
    command   volteras commands close-charge-port  a CLI sub-command: aliases
    option    volteras commands close-charge-port --wait   flags, action, required, default, choices;
              positional arguments have a `position`

Types are text with module prefixes dropped, `Unset` read as `None` (it is NoneType) and union
members sorted, so a template reformatting a union changes nothing here. `position` is the
index among the parameters that can be passed positionally (null when keyword-only).

Deprecations: any entry may carry `deprecated_alias_of` (the name that replaces it) and
`deprecated` (the message). They are read from `__deprecated_alias_of__` on a function (or one it
wraps), property getter, class, CLI sub-command parser or option action, `__deprecated__` (PEP
702), a callable's `__deprecated_arguments__` ({old: new}), a model's `__deprecated_fields__`
({old: new}), an attrs field's metadata `deprecated_alias_of`, and a module's
`__deprecated_aliases__` ({old: new}). The spec's old names (`volteras._deprecation`) set them; an
old argument or field name the signature does not show is recorded with the facts of the entry
it stands for, so the rename shows as that entry's deprecation alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling scripts import by name
from introspect import Entries, Surface, default_text, markers

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "api_surface.json"
FORMAT = 1
MODULES = ("volteras.models", "volteras", "volteras.testing")  # the first to name an object owns it


# ---- clients, command lines, the whole ------------------------------------------------------


def clients(surface: Surface) -> None:
    """Walk a client of each kind: its resources (`client.commands`, ...) and their raw twins."""
    import volteras

    sync = volteras.Volteras("surface", "surface", base_url="http://127.0.0.1:9")
    surface.members("volteras.Volteras", volteras.Volteras, sync)
    sync.close()
    concurrent = volteras.AsyncVolteras("surface", "surface", base_url="http://127.0.0.1:9")
    surface.members("volteras.AsyncVolteras", volteras.AsyncVolteras, concurrent)
    asyncio.run(concurrent.aclose())


def command_line(surface: Surface, parser: argparse.ArgumentParser, words: str) -> None:
    """Every sub-command of an argparse parser, with its arguments and options."""
    position = 0
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names: dict[int, list[str]] = {}
            for name, sub in action.choices.items():
                names.setdefault(id(sub), []).append(name)
            for sub in {id(sub): sub for sub in action.choices.values()}.values():
                first, *aliases = names[id(sub)]
                surface.add("command", f"{words} {first}", aliases=aliases, **markers(sub))
                command_line(surface, sub, f"{words} {first}")
        elif isinstance(action, argparse._HelpAction):
            continue
        elif not action.option_strings:
            surface.add("option", f"{words} {action.dest}", position=position, **_facts(action))
            position += 1
        else:
            flags = sorted(action.option_strings)
            surface.add(
                "option", f"{words} {max(flags, key=len)}", flags=flags, **_facts(action), **markers(action)
            )


def _facts(action: argparse.Action) -> dict[str, Any]:
    behaves_as = next(k for k in type(action).__mro__ if k.__module__ == "argparse")  # an old option: store
    kind = re.sub(r"(?<!^)(?=[A-Z])", "_", behaves_as.__name__.strip("_").removesuffix("Action")).lower()
    facts: dict[str, Any] = {"action": kind or "store", "required": action.required}
    if action.nargs is not None:
        facts["nargs"] = action.nargs
    if action.choices is not None:
        facts["choices"] = sorted(map(str, action.choices))
    if action.default not in (None, argparse.SUPPRESS) and not isinstance(action, argparse._VersionAction):
        facts["default"] = default_text(action.default)
    return facts


def collect() -> Entries:
    """The surface of the `volteras` importable here."""
    surface = Surface()
    for name in MODULES:
        surface.module(name)
    clients(surface)
    from volteras import _cli
    from volteras.testing import __main__ as testing_main

    command_line(surface, _cli.build_parser(), "volteras")
    command_line(surface, testing_main._parser(), "python -m volteras.testing")
    return dict(sorted(surface.entries.items()))


def render(entries: Entries, release: str | None = None) -> str:
    """The file: a small header, then one entry per line."""
    head = {"format": FORMAT, **({"release": release} if release else {})}
    lines = [
        f"  {json.dumps(k)}: {json.dumps(v, sort_keys=True, ensure_ascii=False)}" for k, v in entries.items()
    ]
    top = json.dumps(head)[1:-1]
    return "{" + top + ', "entries": {\n' + ",\n".join(lines) + "\n}}\n"


def load(path: Path) -> tuple[Entries, str | None]:
    """A surface file's entries and the release it records (None for the golden copy)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: surface format {data.get('format')!r}, this script reads {FORMAT}")
    entries: Entries = data["entries"]
    return entries, data.get("release")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {GOLDEN.relative_to(ROOT)}")
    parser.add_argument("--out", type=Path, help="write the surface to this file instead of stdout")
    parser.add_argument("--release", metavar="VERSION", help="record the surface as this release's")
    args = parser.parse_args(argv)
    text = render(collect(), args.release)
    target = GOLDEN if args.write else args.out
    if target is None:
        sys.stdout.write(text)
    else:
        target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
