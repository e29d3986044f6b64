# Generated from spec/volteras.yaml (sha256 077ad212ec0f80a29277faf33904ac23601d922e3cc214eb2d7274d2cf6d93bf) by `make generate`. Do not edit.
"""Types shared by the generated models and endpoints."""

from collections.abc import MutableMapping
from typing import Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    """Marks a field the server left out, as distinct from one it sent as null."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")

MAX_SEGMENT = 4096
"""Longest encoded path parameter sent: proxies refuse URLs of a few kilobytes."""


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


__all__ = ["UNSET", "Response", "Unset", "path_segment"]
