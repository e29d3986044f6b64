# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class ConsentFlowLocales(StrEnum):
    DE_DE = "de-DE"
    EN_GB = "en-GB"
    FR_FR = "fr-FR"
    NL_NL = "nl-NL"

    _lookup: ClassVar[Callable[[str], "ConsentFlowLocales"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ConsentFlowLocales._lookup = cast(
    "Callable[[str], ConsentFlowLocales]", ConsentFlowLocales._value2member_map_.__getitem__
)
ConsentFlowLocales._get = ConsentFlowLocales._value2member_map_.get
