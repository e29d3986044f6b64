"""What the documented failure codes mean, and how to tell them from free text.

The descriptions live in the spec beside the codes (`x-volteras-values` of FailedReason); this
module only reads them, so a code the spec gains comes with its description.
"""

from __future__ import annotations

from typing import Final, TypeGuard

from ._generated.models import FailedReason
from ._generated.models.failed_reason import DESCRIPTIONS

FAILURE_DESCRIPTIONS: Final = DESCRIPTIONS
"""Our one-line description of each documented failure code, from the spec."""


def is_documented_reason(reason: object) -> TypeGuard[FailedReason]:
    """True for one of the API's documented failure codes, False for free text or None.

    A type guard: after `if is_documented_reason(reason):` a type checker knows `reason` is a
    `FailedReason` (a parsed execution holds the member itself for every documented code).

    >>> is_documented_reason("OEM_VEHICLE_OFFLINE"), is_documented_reason("car asleep")
    (True, False)
    """
    return isinstance(reason, str) and FailedReason._get(reason, None) is not None


def describe_reason(reason: object) -> str | None:
    """A short human explanation: ours for documented codes, the text itself for anything else.

    Never raises: a documented code the spec has no description for yet reads as the code.

    >>> describe_reason("OEM_VEHICLE_OFFLINE")
    'The vehicle is offline or asleep and could not be reached.'
    """
    if reason is None or not isinstance(reason, str):
        return None
    member = FailedReason._get(reason, None)
    if member is None:
        return reason
    return DESCRIPTIONS.get(member, reason)
