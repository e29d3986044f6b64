"""Old spellings that keep working for one release, each with a warning naming the new one."""

from __future__ import annotations

import warnings


def warn_renamed(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that `old` is now `new` (a DeprecationWarning pointing at the caller's line).

    `stacklevel` counts from the caller of this function: the default of 3 points past the SDK
    function that took the old spelling, at the line that used it.

    >>> warn_renamed("wait(timeout=)", "wait(wait_timeout=)")  # doctest: +SKIP
    """
    warnings.warn(
        f"{old} is deprecated and will be removed in the next release; use {new}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )
