# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar, cast


class ConnectionErrorCode(StrEnum):
    DEVICE_LIMIT_REACHED = "DEVICE_LIMIT_REACHED"
    FLEET_CONSENT_MISSING = "FLEET_CONSENT_MISSING"
    INVALID_VIN = "INVALID_VIN"
    NOT_PERMITTED = "NOT_PERMITTED"
    OEM_AUTH_DRIVER_IS_NOT_PRIMARY_USER = "OEM_AUTH_DRIVER_IS_NOT_PRIMARY_USER"
    OEM_DEVICE_NOT_FOUND = "OEM_DEVICE_NOT_FOUND"
    OEM_INCORRECT_REGION = "OEM_INCORRECT_REGION"
    OEM_VEHICLE_DATA_SHARING_DISABLED = "OEM_VEHICLE_DATA_SHARING_DISABLED"
    OEM_VEHICLE_NOT_COMPATIBLE = "OEM_VEHICLE_NOT_COMPATIBLE"
    OEM_VEHICLE_OFFLINE = "OEM_VEHICLE_OFFLINE"
    OEM_VEHICLE_REMOTE_ACCESS_DISABLED = "OEM_VEHICLE_REMOTE_ACCESS_DISABLED"
    OEM_VEHICLE_UPDATE_REQUIRED = "OEM_VEHICLE_UPDATE_REQUIRED"
    SUBJECTS_NOT_ASSIGNABLE = "SUBJECTS_NOT_ASSIGNABLE"
    VEHICLE_ALREADY_ADDED_CONNECTION_REQUIRED = "VEHICLE_ALREADY_ADDED_CONNECTION_REQUIRED"
    VEHICLE_ALREADY_ADDED_INCOMPATIBLE = "VEHICLE_ALREADY_ADDED_INCOMPATIBLE"
    VEHICLE_ALREADY_ADDED_PENDING_CONNECTION = "VEHICLE_ALREADY_ADDED_PENDING_CONNECTION"
    VEHICLE_ALREADY_ADDED_TO_ORGANIZATION = "VEHICLE_ALREADY_ADDED_TO_ORGANIZATION"
    VIN_BLACKLISTED = "VIN_BLACKLISTED"
    VIN_CHECK_NOT_SUPPORTED = "VIN_CHECK_NOT_SUPPORTED"
    VIN_UPLOAD_INVALID_FORMAT = "VIN_UPLOAD_INVALID_FORMAT"
    VIN_UPLOAD_NOT_SUPPORTED = "VIN_UPLOAD_NOT_SUPPORTED"

    _lookup: ClassVar[Callable[[str], "ConnectionErrorCode"]]
    """The member whose value is the argument; KeyError when there is none."""
    _get: ClassVar[Callable[[Any, Any], Any]]
    """The member whose value is the first argument, else the second (`dict.get`)."""

    def __str__(self) -> str:
        return str(self.value)


ConnectionErrorCode._lookup = cast(
    "Callable[[str], ConnectionErrorCode]", ConnectionErrorCode._value2member_map_.__getitem__
)
ConnectionErrorCode._get = ConnectionErrorCode._value2member_map_.get
