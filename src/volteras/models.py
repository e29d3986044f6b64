"""Every model and enum of the Volteras Connect API, for type hints and request bodies.

>>> from volteras.models import CommandExecution, Vehicle, VehicleTelemetry

Each class is loaded when first asked for, so importing this module costs next to nothing. The
classes are generated from spec/volteras.yaml (`make generate`); fields holding an enum also hold
a plain string for a value the API added after this release.
"""

from typing import TYPE_CHECKING, Any

from ._generated import models as _models

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403 (the generated package lists every name in __all__)

__all__ = _models.__all__


def __getattr__(name: str) -> Any:
    value = getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
