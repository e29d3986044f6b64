"""Bulk VIN connection and eligibility checks: groups that finish on the simulator's clock.

A group is CREATED when posted, PROCESSING from one second later, and
COMPLETED ``processing_seconds`` after it was posted. Each VIN's fate is
decided when the group is posted (so later groups see earlier VINs as taken)
and shown once the group completes; ``State`` adds the connected vehicles at
that moment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ._wire import iso

VIN_STATUS_FOR_CODE: Mapping[str, str] = {
    "OEM_VEHICLE_NOT_COMPATIBLE": "INCOMPATIBLE",
    "VEHICLE_ALREADY_ADDED_INCOMPATIBLE": "INCOMPATIBLE",
    "FLEET_CONSENT_MISSING": "CONNECTION_REQUIRED",
    "OEM_VEHICLE_DATA_SHARING_DISABLED": "CONNECTION_REQUIRED",
    "VEHICLE_ALREADY_ADDED_CONNECTION_REQUIRED": "CONNECTION_REQUIRED",
    "VEHICLE_ALREADY_ADDED_PENDING_CONNECTION": "PENDING",
}
"""The per-VIN status an error code leaves a VIN in (ERROR when not listed)."""

ERROR_MESSAGES: Mapping[str, str] = {
    "INVALID_VIN": "The VIN is not a valid 17-character VIN.",
    "VEHICLE_ALREADY_ADDED_TO_ORGANIZATION": "The vehicle is already connected to this organisation.",
}


@dataclass
class ConnectEntry:
    input_id: str
    request: Mapping[str, Any]
    error: str | None
    vehicle_id: str | None = None
    already_connected: bool = False

    def to_json(self, completed: bool) -> dict[str, Any]:
        errors: list[dict[str, Any]]
        if not completed:
            status, message, errors = "PROCESSING", "The VIN is being processed.", []
        elif self.error is None:
            status, message, errors = "CONNECTED", "The vehicle is connected.", []
        else:
            status = VIN_STATUS_FOR_CODE.get(self.error, "ERROR")
            message = ERROR_MESSAGES.get(self.error, self.error.replace("_", " ").capitalize() + ".")
            errors = [{"code": self.error, "message": message, "actionCategory": None}]
        request = self.request
        tags = request.get("tags") or []
        return {
            "vehicleId": self.vehicle_id if completed else None,
            "vehicleInputId": self.input_id,
            "status": status,
            "message": message,
            "errors": errors,
            "canRetry": None if not completed or self.error is None else status == "ERROR",
            "vin": request.get("vin"),
            "make": request.get("make"),
            "model": request.get("model"),
            "countryCode": request.get("countryCode"),
            "registrationPlate": request.get("registrationPlate"),
            "modelYear": request.get("modelYear"),
            "registrationDate": request.get("registrationDate"),
            "owners": [],
            "tags": [{"key": t["key"], "value": t["value"]} for t in tags],
            "wasAlreadyConnected": self.already_connected,
        }


@dataclass
class EligibilityEntry:
    row_id: int
    vin: str
    make: str | None
    status: str
    error_message: str | None

    def to_json(self, completed: bool) -> dict[str, Any]:
        return {
            "rowId": self.row_id,
            "vin": self.vin,
            "make": self.make,
            "status": self.status if completed else "PENDING",
            "errorMessage": self.error_message if completed else None,
        }


@dataclass
class Group:
    """A bulk connection or eligibility group."""

    id: str
    organization_id: str
    created_at: datetime
    processing_seconds: float
    connect: list[ConnectEntry] = field(default_factory=list)
    eligibility: list[EligibilityEntry] = field(default_factory=list)

    @property
    def completes_at(self) -> datetime:
        return self.created_at + timedelta(seconds=self.processing_seconds)

    def status(self, now: datetime) -> str:
        if now >= self.completes_at:
            return "COMPLETED"
        if now >= self.created_at + timedelta(seconds=min(1.0, self.processing_seconds / 2)):
            return "PROCESSING"
        return "CREATED"

    def to_json(self, now: datetime) -> dict[str, Any]:
        return {"id": self.id, "status": self.status(now), "createdAt": iso(self.created_at)}
