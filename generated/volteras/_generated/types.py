# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Types shared by the generated models and endpoints."""

from collections.abc import MutableMapping
from types import NoneType
from typing import Final, Generic, Literal, NamedTuple, TypeVar
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
    """One argument of a public method, for tools built on the method table (the CLI)."""

    name: str
    type: str
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


@define
class Response(Generic[T]):
    """What an endpoint answered: any status code, the raw body, and the parsed body when it had one."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def path_segment(name: str, value: str) -> str:
    """Percent-encode one path parameter so the server sees exactly `value`.

    Ids that would change the path's meaning (empty, `.`, `..`, or holding `/`) are refused
    before anything is sent, since no encoding survives every proxy in between.
    """
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


__all__ = ["UNSET", "Argument", "Kind", "Method", "Operation", "Response", "Unset", "path_segment"]
