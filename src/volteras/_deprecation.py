"""Old names kept for one release after a rename, each use warning with the new name.

The spec keeps an old name for a renamed field, method or argument (docs/maintainers.md,
"Renaming with a deprecation"); the generated code calls these helpers to keep it working:

- `warn_renamed(old, new)`: the `DeprecationWarning`, pointing at the caller's line (the first
  frame outside `volteras`), saying "`old` is deprecated; use `new` (removed in the next minor
  release)";
- `old_keywords({old: new}, where)`: a decorator accepting each old keyword as its new one;
- `old_method(new_method, old_name, where)`: the old method name, forwarding to the new one;
- `old_fields(model, {old: new})`: a model's constructor taking old field names as keywords (the
  template writes a property of each old name, which reads and writes the new field);
- `add_old_cli_names` / `cli_notes`: the command line's hidden old sub-command and option names,
  each noted on stderr when used.

Each old name is marked for `scripts/surface.py` (`__deprecated_alias_of__`,
`__deprecated_arguments__`, `__deprecated_fields__`), so `make changes` reports the rename as
additive with a deprecation rather than as a removal.
"""

from __future__ import annotations

import argparse
import functools
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from types import FrameType
from typing import Any, Concatenate, Final, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")

ALIAS_OF: Final = "__deprecated_alias_of__"
ARGUMENTS: Final = "__deprecated_arguments__"
FIELDS: Final = "__deprecated_fields__"
_NOTES: Final = "deprecated_names_used"  # on the command line's Namespace


def message(old: str, new: str) -> str:
    return f"`{old}` is deprecated; use `{new}` (removed in the next minor release)"


def warn_renamed(old: str, new: str, *, stacklevel: int | None = None) -> None:
    """Warn that `old` is now `new`, pointing at the first line outside volteras (the user's call),
    or `stacklevel` frames up from this function when given (as `warnings.warn` counts them)."""
    level, frame = 1, sys._getframe()
    while stacklevel is None and frame.f_back is not None and _ours(frame):
        frame, level = frame.f_back, level + 1
    warnings.warn(message(old, new), DeprecationWarning, stacklevel=stacklevel or level)


def _ours(frame: FrameType) -> bool:
    return str(frame.f_globals.get("__name__", "")).split(".")[0] == "volteras"


def old_keywords(renames: Mapping[str, str], where: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Accept each old keyword of `renames` ({old: new}) as its new one, warning; both is a TypeError."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def accepting(*args: P.args, **kwargs: P.kwargs) -> R:
            if not renames.keys().isdisjoint(kwargs):
                for old, new in renames.items():
                    if old not in kwargs:
                        continue
                    if new in kwargs:
                        raise TypeError(
                            f"{where}() got both {old}= (deprecated) and {new}=; pass {new}= only"
                        )
                    warn_renamed(f"{where}({old}=...)", f"{where}({new}=...)")
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)

        accepting.__dict__[ARGUMENTS] = {**accepting.__dict__.get(ARGUMENTS, {}), **renames}
        return accepting

    return decorate


def old_method(
    new: Callable[Concatenate[S, P], R], old_name: str, where: str
) -> Callable[Concatenate[S, P], R]:
    """`old_name = old_method(new_method, "old_name", "client.vehicles")` in a class body: the old
    name calls whatever the instance's new method is, after the warning."""
    name = new.__name__

    @functools.wraps(new)
    def alias(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        warn_renamed(f"{where}.{old_name}", f"{where}.{name}")
        forward: Callable[P, R] = getattr(self, name)
        return forward(*args, **kwargs)

    alias.__name__ = old_name
    alias.__qualname__ = f"{alias.__qualname__.rpartition('.')[0]}.{old_name}".lstrip(".")
    alias.__dict__[ALIAS_OF] = name
    return alias


def old_fields(model: type, renames: Mapping[str, str]) -> None:
    """The model's constructor also takes each old field name of `renames` ({old: new}), warning."""
    init: Callable[..., None] = vars(model)["__init__"]  # attrs writes one for each model
    setattr(model, FIELDS, dict(renames))
    setattr(model, "__init__", old_keywords(renames, model.__name__)(init))  # noqa: B010


# ---- the command line -----------------------------------------------------------------------


class _OldOption(argparse._StoreAction):
    """A hidden old option name: stores where the new option does, noting the use for stderr."""

    def __init__(self, *args: Any, replaces: argparse.Action, prog: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.replaces = replaces
        new = max(replaces.option_strings, key=len)
        self.note = message(f"{prog} {self.option_strings[0]}", f"{prog} {new}")
        self.__dict__[ALIAS_OF] = new

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, _NOTES, [*getattr(namespace, _NOTES, []), self.note])
        self.replaces.required = False  # given under its old name (the parser is built for each run)
        super().__call__(parser, namespace, values, option_string)


def add_old_cli_names(
    actions: Any,
    parser: argparse.ArgumentParser,
    old_name: str,
    old_arguments: Sequence[tuple[str, str]],
) -> None:
    """A method's old names on the command line, hidden from --help: each old keyword argument as
    an option of `parser`, then the old sub-command name (under `actions`) taking the same."""
    for old, new in old_arguments:
        target = next((a for a in parser._actions if a.dest == new), None)
        if target is None or not target.option_strings:  # positional: only its help changes
            continue
        same: dict[str, Any] = {"dest": target.dest, "nargs": target.nargs, "metavar": target.metavar}
        if target.type is not None:
            same["type"] = target.type
        flag = f"--{old.replace('_', '-')}"
        parser.add_argument(
            flag, **same, help=argparse.SUPPRESS, action=_OldOption, replaces=target, prog=parser.prog
        )
    if not old_name:
        return
    alias: argparse.ArgumentParser = actions.add_parser(
        old_name.replace("_", "-"),  # no help=: left out of the sub-command list
        parents=[parser],
        add_help=False,
        epilog=parser.epilog,
        formatter_class=parser.formatter_class,
    )
    note = message(alias.prog, parser.prog)
    alias.description = f"{note[:1].upper()}{note[1:]}.\n\n{parser.description}"
    alias.set_defaults(usage=alias.format_usage, **{_NOTES: [note]})
    alias.__dict__[ALIAS_OF] = parser.prog.rsplit(" ", 1)[-1]


def cli_notes(args: argparse.Namespace) -> list[str]:
    """What the parsed command line said under an old name, one line each, for stderr."""
    return [f"volteras: {note}" for note in getattr(args, _NOTES, [])]
