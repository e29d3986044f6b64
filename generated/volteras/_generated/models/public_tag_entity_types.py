# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class PublicTagEntityTypes(StrEnum):
    DEVICE = "DEVICE"

    _lookup: ClassVar[Callable[[str], "PublicTagEntityTypes"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


PublicTagEntityTypes._lookup = cast(
    "Callable[[str], PublicTagEntityTypes]", PublicTagEntityTypes._value2member_map_.__getitem__
)
PublicTagEntityTypes._get = PublicTagEntityTypes._value2member_map_.get
