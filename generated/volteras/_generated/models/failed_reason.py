# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, ClassVar, Final


class FailedReason(StrEnum):
    AUTHENTICATION_ERROR = "AUTHENTICATION_ERROR"
    INTERNAL_RATE_LIMITED = "INTERNAL_RATE_LIMITED"
    NOT_PERMITTED = "NOT_PERMITTED"
    OEM_ACCOUNT_RATE_LIMITED = "OEM_ACCOUNT_RATE_LIMITED"
    OEM_APP_REQUIRED_UPDATE = "OEM_APP_REQUIRED_UPDATE"
    OEM_AUTH_DRIVER_IS_NOT_PRIMARY_USER = "OEM_AUTH_DRIVER_IS_NOT_PRIMARY_USER"
    OEM_COMMANDS_RATE_LIMITED = "OEM_COMMANDS_RATE_LIMITED"
    OEM_COMMAND_FAILED = "OEM_COMMAND_FAILED"
    OEM_COMMAND_REFUSED_OTHER_SERVICE_RUNNING = "OEM_COMMAND_REFUSED_OTHER_SERVICE_RUNNING"
    OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DIAGNOSTICS_MODE = (
        "OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DIAGNOSTICS_MODE"
    )
    OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DRIVING_OR_READY_TO_DRIVE = (
        "OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DRIVING_OR_READY_TO_DRIVE"
    )
    OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_ACTIVE_STATE = (
        "OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_ACTIVE_STATE"
    )
    OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_RESTING_STATE = (
        "OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_RESTING_STATE"
    )
    OEM_COMMAND_TIMEOUT = "OEM_COMMAND_TIMEOUT"
    OEM_DEVICE_NOT_FOUND = "OEM_DEVICE_NOT_FOUND"
    OEM_DEVICE_RATE_LIMITED = "OEM_DEVICE_RATE_LIMITED"
    OEM_INCORRECT_REGION = "OEM_INCORRECT_REGION"
    OEM_NETWORK_ERROR = "OEM_NETWORK_ERROR"
    OEM_OAUTH_TOKEN_EXPIRED = "OEM_OAUTH_TOKEN_EXPIRED"
    OEM_RATE_LIMITED = "OEM_RATE_LIMITED"
    OEM_STOP_CHARGE_RATE_LIMITED = "OEM_STOP_CHARGE_RATE_LIMITED"
    OEM_TIMEOUT = "OEM_TIMEOUT"
    OEM_UNAVAILABLE = "OEM_UNAVAILABLE"
    OEM_UNKNOWN_ERROR = "OEM_UNKNOWN_ERROR"
    OEM_USER_ACCOUNT_LOCKED = "OEM_USER_ACCOUNT_LOCKED"
    OEM_VEHICLE_CHARGING_NOT_FINISHED = "OEM_VEHICLE_CHARGING_NOT_FINISHED"
    OEM_VEHICLE_CHARGING_NOT_PAUSED = "OEM_VEHICLE_CHARGING_NOT_PAUSED"
    OEM_VEHICLE_CHARGING_NOT_STARTED = "OEM_VEHICLE_CHARGING_NOT_STARTED"
    OEM_VEHICLE_CHARGING_NOT_STOPPED = "OEM_VEHICLE_CHARGING_NOT_STOPPED"
    OEM_VEHICLE_CHARGING_REFUSED_PLAY_PROTECTION = "OEM_VEHICLE_CHARGING_REFUSED_PLAY_PROTECTION"
    OEM_VEHICLE_LOCATION_SHARING_DISABLED = "OEM_VEHICLE_LOCATION_SHARING_DISABLED"
    OEM_VEHICLE_LOCATION_UNKNOWN = "OEM_VEHICLE_LOCATION_UNKNOWN"
    OEM_VEHICLE_NOT_IN_AUTHORIZED_LOCATION = "OEM_VEHICLE_NOT_IN_AUTHORIZED_LOCATION"
    OEM_VEHICLE_OFFLINE = "OEM_VEHICLE_OFFLINE"
    OEM_VEHICLE_REMOTE_ACCESS_DISABLED = "OEM_VEHICLE_REMOTE_ACCESS_DISABLED"
    SERVER_ERROR = "SERVER_ERROR"

    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


FailedReason._get = {member.value: member for member in FailedReason}.get

DESCRIPTIONS: Final[Mapping[FailedReason, str]] = MappingProxyType(
    {
        FailedReason.OEM_UNKNOWN_ERROR: "The vehicle maker reported an error without saying which.",
        FailedReason.OEM_TIMEOUT: "The vehicle maker's service did not answer in time.",
        FailedReason.OEM_UNAVAILABLE: "The vehicle maker's service is down.",
        FailedReason.OEM_NETWORK_ERROR: "The platform could not reach the vehicle maker's service.",
        FailedReason.OEM_INCORRECT_REGION: "The vehicle is registered in another region of the maker's service.",
        FailedReason.OEM_APP_REQUIRED_UPDATE: "The owner must update the maker's app first.",
        FailedReason.OEM_USER_ACCOUNT_LOCKED: "The owner's account with the maker is locked.",
        FailedReason.OEM_OAUTH_TOKEN_EXPIRED: "The owner's authorization expired; ask them to reconnect the vehicle.",
        FailedReason.OEM_VEHICLE_OFFLINE: "The vehicle is offline or asleep and could not be reached.",
        FailedReason.OEM_VEHICLE_REMOTE_ACCESS_DISABLED: "Remote access is turned off in the vehicle.",
        FailedReason.OEM_VEHICLE_LOCATION_SHARING_DISABLED: "Location sharing is off, and the command needs it.",
        FailedReason.OEM_AUTH_DRIVER_IS_NOT_PRIMARY_USER: "Only the vehicle's primary user may send this command.",
        FailedReason.OEM_DEVICE_NOT_FOUND: "The maker does not know this vehicle any more.",
        FailedReason.OEM_COMMAND_TIMEOUT: "The vehicle did not confirm the command within the timeout.",
        FailedReason.OEM_COMMAND_FAILED: "The vehicle tried and failed to carry the command out.",
        FailedReason.OEM_RATE_LIMITED: "The maker is limiting requests; try again later.",
        FailedReason.OEM_ACCOUNT_RATE_LIMITED: "The maker is limiting requests for this owner's account.",
        FailedReason.OEM_DEVICE_RATE_LIMITED: "The maker is limiting requests for this vehicle.",
        FailedReason.OEM_STOP_CHARGE_RATE_LIMITED: "Too many stop-charging commands for this vehicle recently.",
        FailedReason.OEM_COMMANDS_RATE_LIMITED: "Too many commands for this vehicle recently.",
        FailedReason.OEM_VEHICLE_LOCATION_UNKNOWN: "The vehicle's location is unknown, and the command needs it.",
        FailedReason.OEM_VEHICLE_NOT_IN_AUTHORIZED_LOCATION: "The vehicle is outside where this command is allowed.",
        FailedReason.OEM_VEHICLE_CHARGING_NOT_FINISHED: "Refused because charging has not finished.",
        FailedReason.OEM_VEHICLE_CHARGING_NOT_STOPPED: "Charging could not be stopped.",
        FailedReason.OEM_VEHICLE_CHARGING_NOT_STARTED: "Charging could not be started (cable plugged in?).",
        FailedReason.OEM_VEHICLE_CHARGING_NOT_PAUSED: "Charging could not be paused.",
        FailedReason.OEM_VEHICLE_CHARGING_REFUSED_PLAY_PROTECTION: "Charging protection refused the change.",
        FailedReason.OEM_COMMAND_REFUSED_OTHER_SERVICE_RUNNING: "Another service is using the vehicle right now.",
        FailedReason.OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_RESTING_STATE: "Refused: the vehicle is parked and resting.",
        FailedReason.OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_ACTIVE_STATE: "Refused: the vehicle is parked but active.",
        FailedReason.OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DRIVING_OR_READY_TO_DRIVE: "Refused: the vehicle is driving or ready to drive.",
        FailedReason.OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DIAGNOSTICS_MODE: "Refused: the vehicle is in diagnostics mode.",
        FailedReason.SERVER_ERROR: "The Volteras platform failed while handling the command.",
        FailedReason.INTERNAL_RATE_LIMITED: "The Volteras platform is limiting requests; try again later.",
        FailedReason.AUTHENTICATION_ERROR: "The platform's credentials for this vehicle were refused.",
        FailedReason.NOT_PERMITTED: "This client may not send that command to this vehicle.",
    }
)
"""Our one-line description of each value (x-volteras-values: description)."""
