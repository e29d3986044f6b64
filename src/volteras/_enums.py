"""What the documented failure codes mean, in our words, and how to tell them from free text."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final, TypeGuard

from ._generated.models import FailedReason

_R = FailedReason
FAILURE_DESCRIPTIONS: Final = MappingProxyType(
    {
        _R.OEM_UNKNOWN_ERROR: "The vehicle maker reported an error without saying which.",
        _R.OEM_TIMEOUT: "The vehicle maker's service did not answer in time.",
        _R.OEM_UNAVAILABLE: "The vehicle maker's service is down.",
        _R.OEM_NETWORK_ERROR: "The platform could not reach the vehicle maker's service.",
        _R.OEM_INCORRECT_REGION: "The vehicle is registered in another region of the maker's service.",
        _R.OEM_APP_REQUIRED_UPDATE: "The owner must update the maker's app first.",
        _R.OEM_USER_ACCOUNT_LOCKED: "The owner's account with the maker is locked.",
        _R.OEM_OAUTH_TOKEN_EXPIRED: "The owner's authorization expired; ask them to reconnect the vehicle.",
        _R.OEM_VEHICLE_OFFLINE: "The vehicle is offline or asleep and could not be reached.",
        _R.OEM_VEHICLE_REMOTE_ACCESS_DISABLED: "Remote access is turned off in the vehicle.",
        _R.OEM_VEHICLE_LOCATION_SHARING_DISABLED: "Location sharing is off, and the command needs it.",
        _R.OEM_AUTH_DRIVER_IS_NOT_PRIMARY_USER: "Only the vehicle's primary user may send this command.",
        _R.OEM_DEVICE_NOT_FOUND: "The maker does not know this vehicle any more.",
        _R.OEM_COMMAND_TIMEOUT: "The vehicle did not confirm the command within the timeout.",
        _R.OEM_COMMAND_FAILED: "The vehicle tried and failed to carry the command out.",
        _R.OEM_RATE_LIMITED: "The maker is limiting requests; try again later.",
        _R.OEM_ACCOUNT_RATE_LIMITED: "The maker is limiting requests for this owner's account.",
        _R.OEM_DEVICE_RATE_LIMITED: "The maker is limiting requests for this vehicle.",
        _R.OEM_STOP_CHARGE_RATE_LIMITED: "Too many stop-charging commands for this vehicle recently.",
        _R.OEM_COMMANDS_RATE_LIMITED: "Too many commands for this vehicle recently.",
        _R.OEM_VEHICLE_LOCATION_UNKNOWN: "The vehicle's location is unknown, and the command needs it.",
        _R.OEM_VEHICLE_NOT_IN_AUTHORIZED_LOCATION: "The vehicle is outside where this command is allowed.",
        _R.OEM_VEHICLE_CHARGING_NOT_FINISHED: "Refused because charging has not finished.",
        _R.OEM_VEHICLE_CHARGING_NOT_STOPPED: "Charging could not be stopped.",
        _R.OEM_VEHICLE_CHARGING_NOT_STARTED: "Charging could not be started (cable plugged in?).",
        _R.OEM_VEHICLE_CHARGING_NOT_PAUSED: "Charging could not be paused.",
        _R.OEM_VEHICLE_CHARGING_REFUSED_PLAY_PROTECTION: "Charging protection refused the change.",
        _R.OEM_COMMAND_REFUSED_OTHER_SERVICE_RUNNING: "Another service is using the vehicle right now.",
        _R.OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_RESTING_STATE: (
            "Refused: the vehicle is parked and resting."
        ),
        _R.OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_ACTIVE_STATE: (
            "Refused: the vehicle is parked but active."
        ),
        _R.OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DRIVING_OR_READY_TO_DRIVE: (
            "Refused: the vehicle is driving or ready to drive."
        ),
        _R.OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DIAGNOSTICS_MODE: (
            "Refused: the vehicle is in diagnostics mode."
        ),
        _R.SERVER_ERROR: "The Volteras platform failed while handling the command.",
        _R.INTERNAL_RATE_LIMITED: "The Volteras platform is limiting requests; try again later.",
        _R.AUTHENTICATION_ERROR: "The platform's credentials for this vehicle were refused.",
        _R.NOT_PERMITTED: "This client may not send that command to this vehicle.",
    }
)


def is_documented_reason(reason: object) -> TypeGuard[FailedReason]:
    """True for one of the API's documented failure codes, False for free text or None.

    A type guard: after `if is_documented_reason(reason):` a type checker knows `reason` is a
    `FailedReason` (a parsed execution holds the member itself for every documented code).

    >>> is_documented_reason("OEM_VEHICLE_OFFLINE"), is_documented_reason("car asleep")
    (True, False)
    """
    return isinstance(reason, str) and FailedReason._get(reason, None) is not None


def describe_reason(reason: object) -> str | None:
    """A short human explanation: ours for documented codes, the text itself for free text."""
    if reason is None or not isinstance(reason, str):
        return None
    if is_documented_reason(reason):
        return FAILURE_DESCRIPTIONS[FailedReason(reason)]
    return reason
