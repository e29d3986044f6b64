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

from .._generated.models import (
    APIVehicleUploadStatus,
    ConnectionErrorCode,
    ConnectVehicleRequest,
    EligibilityVinEntryStatusEnum,
    SingleEligibilityResult,
    Tag,
    VehicleInputGroupStatusEnum,
    VehicleInputResponse,
    VehicleInputResponseError,
)

_S, _E = APIVehicleUploadStatus, ConnectionErrorCode
VIN_STATUS_FOR_CODE: Mapping[str, APIVehicleUploadStatus] = {
    _E.OEM_VEHICLE_NOT_COMPATIBLE: _S.INCOMPATIBLE,
    _E.VEHICLE_ALREADY_ADDED_INCOMPATIBLE: _S.INCOMPATIBLE,
    _E.FLEET_CONSENT_MISSING: _S.CONNECTION_REQUIRED,
    _E.OEM_VEHICLE_DATA_SHARING_DISABLED: _S.CONNECTION_REQUIRED,
    _E.VEHICLE_ALREADY_ADDED_CONNECTION_REQUIRED: _S.CONNECTION_REQUIRED,
    _E.VEHICLE_ALREADY_ADDED_PENDING_CONNECTION: _S.PENDING,
}
"""The per-VIN status an error code leaves a VIN in (ERROR when not listed)."""

ERROR_MESSAGES: Mapping[str, str] = {
    _E.INVALID_VIN: "The VIN is not a valid 17-character VIN.",
    _E.VEHICLE_ALREADY_ADDED_TO_ORGANIZATION: "The vehicle is already connected to this organisation.",
}


@dataclass
class ConnectEntry:
    input_id: str
    request: ConnectVehicleRequest
    error: str | None
    vehicle_id: str | None = None
    already_connected: bool = False

    def to_model(self, completed: bool) -> VehicleInputResponse:
        errors: list[VehicleInputResponseError] = []
        if not completed:
            status, message = APIVehicleUploadStatus.PROCESSING, "The VIN is being processed."
        elif self.error is None:
            status, message = APIVehicleUploadStatus.CONNECTED, "The vehicle is connected."
        else:
            status = VIN_STATUS_FOR_CODE.get(self.error, APIVehicleUploadStatus.ERROR)
            message = ERROR_MESSAGES.get(self.error, self.error.replace("_", " ").capitalize() + ".")
            errors = [VehicleInputResponseError(code=self.error, message=message, action_category=None)]
        request = self.request
        return VehicleInputResponse(
            vehicle_id=self.vehicle_id if completed else None,
            vehicle_input_id=self.input_id,
            status=status,
            message=message,
            errors=errors,
            can_retry=None if not completed or self.error is None else status == APIVehicleUploadStatus.ERROR,
            vin=request.vin,
            make=str(request.make),
            model=request.model,
            country_code=request.country_code,
            registration_plate=request.registration_plate,
            model_year=request.model_year,
            registration_date=request.registration_date,
            owners=[],
            tags=[Tag(key=tag.key, value=tag.value) for tag in request.tags or ()],
            was_already_connected=self.already_connected,
        )


@dataclass
class EligibilityEntry:
    row_id: int
    vin: str
    make: str | None
    status: EligibilityVinEntryStatusEnum
    error_message: str | None

    def to_model(self, completed: bool) -> SingleEligibilityResult:
        return SingleEligibilityResult(
            row_id=self.row_id,
            vin=self.vin,
            make=self.make,
            status=self.status if completed else EligibilityVinEntryStatusEnum.PENDING,
            error_message=self.error_message if completed else None,
        )


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

    def status(self, now: datetime) -> VehicleInputGroupStatusEnum:
        if now >= self.completes_at:
            return VehicleInputGroupStatusEnum.COMPLETED
        if now >= self.created_at + timedelta(seconds=min(1.0, self.processing_seconds / 2)):
            return VehicleInputGroupStatusEnum.PROCESSING
        return VehicleInputGroupStatusEnum.CREATED
