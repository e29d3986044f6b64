# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class ConsentFlowIntegration(StrEnum):
    BMW_ENERGY_API = "BMW_ENERGY_API"

    _lookup: ClassVar[Callable[[str], "ConsentFlowIntegration"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ConsentFlowIntegration._lookup = cast(
    "Callable[[str], ConsentFlowIntegration]", ConsentFlowIntegration._value2member_map_.__getitem__
)
ConsentFlowIntegration._get = ConsentFlowIntegration._value2member_map_.get
