# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Start the HVAC system.

Starts the heating, ventilation and air conditioning system, for example to precondition the cabin.
"""

from typing import Any, Final

from ...types import Operation, path_segment

METHOD: Final = "POST"
PATH: Final = "/v1/vehicles/{vehicle_id}/command-execution:start-hvac-system"
OPERATION: Final = Operation("start_hvac_system", METHOD, PATH, "command")


def _get_kwargs(
    vehicle_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            vehicle_id=path_segment("vehicle_id", vehicle_id),
        ),
    }
    return _kwargs
