# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Types shared by the generated models and endpoints."""

import datetime
import re
from collections.abc import Mapping, MutableMapping
from types import NoneType
from typing import Any, Final, Generic, Literal, NamedTuple, TypeVar
from urllib.parse import quote

from attrs import define

# A field the server left out reads as None, like one it sent as null: the generator's code
# tests `isinstance(x, Unset)` and writes `Unset | T`, which with this alias mean `x is None`
# and `T | None`, so users never meet a sentinel. Request bodies still leave out what is None.
Unset = NoneType  # type: ignore[nonetype-type]
UNSET: Final = None

Kind = Literal["read", "list", "command", "create", "change", "delete", "token"]


class Operation(NamedTuple):
    """What the request loop needs to know about an endpoint, from the spec's `x-volteras`."""

    id: str
    method: str
    path: str
    kind: Kind

    @property
    def repeatable(self) -> bool:
        """Sending it twice has the effect of sending it once, so any transient failure may be retried."""
        return self.kind in ("read", "list", "token")


T = TypeVar("T")

MAX_SEGMENT = 4096
"""Longest encoded path parameter sent: proxies refuse URLs of a few kilobytes."""


class Argument(NamedTuple):
    """One argument of a public method, for tools built on the method table (the CLI).

    kind: what it takes: "str", "int", "float", "bool", "datetime", "date", "filter" (a listing
    filter), "enum:<Name>", "model:<Name>" (the model or a dict in its JSON shape), or
    "list[<kind>]". choices: an enum's documented values (the enum is open: others still pass).
    """

    name: str
    kind: str
    choices: tuple[str, ...]
    required: bool
    default: object
    positional: bool


class Method(NamedTuple):
    """One public method: `client.<resource>.<name>(...)`, and the operation it sends."""

    resource: str
    name: str
    kind: Kind
    summary: str
    operation: Operation
    arguments: tuple[Argument, ...]
    old_name: str = ""
    """The method's old name, kept for one release ("" when none): a hidden CLI sub-command too."""
    old_arguments: tuple[tuple[str, str], ...] = ()
    """Old argument names kept for one release, each with its new name: hidden CLI options too."""


@define
class Response(Generic[T]):
    """What an endpoint answered: any status code, the raw body, and the parsed body when it had one."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_UNRESERVED: Final = re.compile(r"[A-Za-z0-9_.~-]+").fullmatch
"""Characters `quote(value, safe="")` never changes (RFC 3986's unreserved set)."""


def path_segment(name: str, value: str) -> str:
    """Percent-encode one path parameter so the server sees exactly `value`.

    Ids that would change the path's meaning (empty, `.`, `..`, or holding `/`) are refused
    before anything is sent, since no encoding survives every proxy in between.
    """
    if (
        value.__class__ is str
        and _UNRESERVED(value)
        and value not in (".", "..")
        and len(value) <= MAX_SEGMENT
    ):
        return value  # the usual id: `quote` would leave every character as it is
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if value in ("", ".", "..") or "/" in value:
        raise ValueError(f"{name} {value!r} is not a valid path segment")
    encoded = quote(value, safe="")
    if len(encoded) > MAX_SEGMENT:
        raise ValueError(
            f"{name} is {len(encoded)} characters once encoded; more than {MAX_SEGMENT} fits no URL"
        )
    return encoded


class FieldError(TypeError):
    """A JSON value that is not what the spec allows for its field; `str()` names the field by its path.

    Raised by every model's `from_dict` (the SDK turns it into ResponseValidationError), and built
    from the innermost field outwards: each model that holds the bad one adds its own field's name.
    """

    def __init__(self, path: str, kind: str, detail: str = "") -> None:
        super().__init__(path, kind, detail)
        self.path = path
        self.kind = kind
        self.detail = detail

    @classmethod
    def of(cls, path: str, value: object, detail: str = "") -> "FieldError":
        """The error for `value`, found at `path` (`""`: the object being read is not one)."""
        return cls(path, type(value).__name__, detail)

    def within(self, field: str) -> "FieldError":
        """The same error, seen from the model whose `field` holds the one that raised it."""
        return FieldError(f"{field}.{self.path}" if self.path else field, self.kind, self.detail)

    def __str__(self) -> str:
        if not self.path:
            return f"expected a JSON object, got {self.kind}"
        return f"field {self.path} has a {self.kind}" + (f" that {self.detail}" if self.detail else "")


def as_object(value: object) -> Mapping[str, Any]:
    """What `from_dict` reads when it is not handed a dict: any other mapping; anything else is refused."""
    if isinstance(value, Mapping):
        return dict(value)
    raise FieldError.of("", value)


def index_of(items: list[Any], item: object) -> str:
    """`[i]`, the position of `item` in `items`, for an error naming it (the first one that is it)."""
    return f"[{next(index for index, each in enumerate(items) if each is item)}]"


parse_datetime = datetime.datetime.fromisoformat
"""Date-time fields: every ISO 8601 form (Python 3.11); the API writes UTC as `Z`."""
parse_date = datetime.date.fromisoformat


class WireField(NamedTuple):
    """One field of a model, by its wire name: what a listing filter may name and follow with dots.

    holds: "plain" (a string, number, boolean, enum or date), "model" (one nested model, maybe
    null: `model` is its class), "list" (`model` is the item class when the items are models),
    or "other" (a free-form object or a union of several shapes: not looked into).
    """

    name: str
    holds: Literal["plain", "model", "list", "other"]
    model: type | None = None


__all__ = [
    "UNSET",
    "Argument",
    "FieldError",
    "Kind",
    "Method",
    "Operation",
    "Response",
    "Unset",
    "WireField",
    "as_object",
    "index_of",
    "parse_date",
    "parse_datetime",
    "path_segment",
]
