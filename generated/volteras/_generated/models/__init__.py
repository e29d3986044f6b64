# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""Every model generated from the spec; a model's module is imported when first asked for."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_connect import AccountConnect
    from .account_connect_payload import AccountConnectPayload
    from .account_page import AccountPage
    from .affected_component import AffectedComponent
    from .alert_category import AlertCategory
    from .alert_definition_base import AlertDefinitionBase
    from .alert_metadata import AlertMetadata
    from .alert_resolution_definition import AlertResolutionDefinition
    from .alert_resolution_instance_schema import AlertResolutionInstanceSchema
    from .alert_resolution_status import AlertResolutionStatus
    from .alert_severity import AlertSeverity
    from .alert_status import AlertStatus
    from .alert_step_definition import AlertStepDefinition
    from .alert_step_instance import AlertStepInstance
    from .alert_step_status import AlertStepStatus
    from .alert_updated import AlertUpdated
    from .api_vehicle_upload_status import APIVehicleUploadStatus
    from .battery_capacity import BatteryCapacity
    from .bulk_connect_status_response import BulkConnectStatusResponse
    from .bulk_connect_vehicle_request import BulkConnectVehicleRequest
    from .bulk_connect_vehicle_response import BulkConnectVehicleResponse
    from .bulk_vin_eligibility_request import BulkVinEligibilityRequest
    from .bulk_vin_eligibility_response import BulkVinEligibilityResponse
    from .charging_session_page import ChargingSessionPage
    from .charging_window import ChargingWindow
    from .command import Command
    from .command_arguments import CommandArguments
    from .command_execution import CommandExecution
    from .command_execution_page import CommandExecutionPage
    from .command_status import CommandStatus
    from .command_updated import CommandUpdated
    from .connect_vehicle_request import ConnectVehicleRequest
    from .connection_error_code import ConnectionErrorCode
    from .connection_result_page import ConnectionResultPage
    from .consent_flow_integration import ConsentFlowIntegration
    from .consent_flow_locales import ConsentFlowLocales
    from .departure_time import DepartureTime
    from .device_connected import DeviceConnected
    from .device_disconnected import DeviceDisconnected
    from .device_telemetry import DeviceTelemetry
    from .device_telemetry_vehicle_type_0 import DeviceTelemetryVehicleType0
    from .device_type_enum import DeviceTypeEnum
    from .eligibility_result_page import EligibilityResultPage
    from .eligibility_upload_status_enum import EligibilityUploadStatusEnum
    from .eligibility_vin_entry_status_enum import EligibilityVinEntryStatusEnum
    from .error_code import ErrorCode
    from .error_response import ErrorResponse
    from .error_response_data_type_0 import ErrorResponseDataType0
    from .failed_reason import FailedReason
    from .journey_page import JourneyPage
    from .lat_lng_value import LatLngValue
    from .listening_audit_page import ListeningAuditPage
    from .make_enum import MakeEnum
    from .mapped_code import MappedCode
    from .oem_account import OEMAccount
    from .oem_alert import OEMAlert
    from .oem_alert_action import OEMAlertAction
    from .oem_alert_oem_metadata_type_0 import OEMAlertOemMetadataType0
    from .oem_alert_severity import OEMAlertSeverity
    from .oem_alert_status import OEMAlertStatus
    from .oem_alert_type import OEMAlertType
    from .oem_alerts import OEMAlerts
    from .oem_region import OEMRegion
    from .option import Option
    from .public_tag_create import PublicTagCreate
    from .public_tag_entity_types import PublicTagEntityTypes
    from .range_detail import RangeDetail
    from .range_detail_nominal import RangeDetailNominal
    from .range_detail_score import RangeDetailScore
    from .rate_limit import RateLimit
    from .rate_limit_domain import RateLimitDomain
    from .rate_limit_key import RateLimitKey
    from .rate_limit_updated import RateLimitUpdated
    from .scope_enum import ScopeEnum
    from .service_status import ServiceStatus
    from .service_type import ServiceType
    from .set_charge_limit_body import SetChargeLimitBody
    from .set_temperature_body import SetTemperatureBody
    from .single_eligibility_entry import SingleEligibilityEntry
    from .single_eligibility_result import SingleEligibilityResult
    from .tag import Tag
    from .tags_list import TagsList
    from .telemetry_metric_type import TelemetryMetricType
    from .telemetry_range import TelemetryRange
    from .token import Token
    from .token_info import TokenInfo
    from .token_request import TokenRequest
    from .vehicle import Vehicle
    from .vehicle_alert_page import VehicleAlertPage
    from .vehicle_alert_response import VehicleAlertResponse
    from .vehicle_charge_current_limit import VehicleChargeCurrentLimit
    from .vehicle_charge_max_state_of_charge import VehicleChargeMaxStateOfCharge
    from .vehicle_charge_min_state_of_charge import VehicleChargeMinStateOfCharge
    from .vehicle_charge_port_latch_state_enum import VehicleChargePortLatchStateEnum
    from .vehicle_charge_power_level import VehicleChargePowerLevel
    from .vehicle_charge_remaining_time import VehicleChargeRemainingTime
    from .vehicle_charge_state_enum import VehicleChargeStateEnum
    from .vehicle_charging_session import VehicleChargingSession
    from .vehicle_charging_state import VehicleChargingState
    from .vehicle_charging_windows import VehicleChargingWindows
    from .vehicle_config import VehicleConfig
    from .vehicle_departure_times import VehicleDepartureTimes
    from .vehicle_elevation import VehicleElevation
    from .vehicle_energy_remaining_kwh import VehicleEnergyRemainingKwh
    from .vehicle_heading import VehicleHeading
    from .vehicle_input_group_status_enum import VehicleInputGroupStatusEnum
    from .vehicle_input_response import VehicleInputResponse
    from .vehicle_input_response_error import VehicleInputResponseError
    from .vehicle_journey_response import VehicleJourneyResponse
    from .vehicle_listening_audit_entry import VehicleListeningAuditEntry
    from .vehicle_listening_request import VehicleListeningRequest
    from .vehicle_listening_response import VehicleListeningResponse
    from .vehicle_lock_state_enum import VehicleLockStateEnum
    from .vehicle_meta_data import VehicleMetaData
    from .vehicle_odometer import VehicleOdometer
    from .vehicle_options import VehicleOptions
    from .vehicle_page import VehiclePage
    from .vehicle_range import VehicleRange
    from .vehicle_range_standard_enum import VehicleRangeStandardEnum
    from .vehicle_real_range import VehicleRealRange
    from .vehicle_security import VehicleSecurity
    from .vehicle_service import VehicleService
    from .vehicle_services import VehicleServices
    from .vehicle_specifications import VehicleSpecifications
    from .vehicle_speed import VehicleSpeed
    from .vehicle_state_of_charge import VehicleStateOfCharge
    from .vehicle_state_of_health import VehicleStateOfHealth
    from .vehicle_telemetry import VehicleTelemetry
    from .vehicle_telemetry_location import VehicleTelemetryLocation
    from .vehicle_tire_pressure import VehicleTirePressure
    from .vehicle_tires_formatted import VehicleTiresFormatted
    from .vehicle_tires_list import VehicleTiresList
    from .vehicle_update_registration import VehicleUpdateRegistration
    from .weekdays import Weekdays

_MODULES = {
    "AccountConnect": ".account_connect",
    "AccountConnectPayload": ".account_connect_payload",
    "AccountPage": ".account_page",
    "AffectedComponent": ".affected_component",
    "AlertCategory": ".alert_category",
    "AlertDefinitionBase": ".alert_definition_base",
    "AlertMetadata": ".alert_metadata",
    "AlertResolutionDefinition": ".alert_resolution_definition",
    "AlertResolutionInstanceSchema": ".alert_resolution_instance_schema",
    "AlertResolutionStatus": ".alert_resolution_status",
    "AlertSeverity": ".alert_severity",
    "AlertStatus": ".alert_status",
    "AlertStepDefinition": ".alert_step_definition",
    "AlertStepInstance": ".alert_step_instance",
    "AlertStepStatus": ".alert_step_status",
    "AlertUpdated": ".alert_updated",
    "APIVehicleUploadStatus": ".api_vehicle_upload_status",
    "BatteryCapacity": ".battery_capacity",
    "BulkConnectStatusResponse": ".bulk_connect_status_response",
    "BulkConnectVehicleRequest": ".bulk_connect_vehicle_request",
    "BulkConnectVehicleResponse": ".bulk_connect_vehicle_response",
    "BulkVinEligibilityRequest": ".bulk_vin_eligibility_request",
    "BulkVinEligibilityResponse": ".bulk_vin_eligibility_response",
    "ChargingSessionPage": ".charging_session_page",
    "ChargingWindow": ".charging_window",
    "Command": ".command",
    "CommandArguments": ".command_arguments",
    "CommandExecution": ".command_execution",
    "CommandExecutionPage": ".command_execution_page",
    "CommandStatus": ".command_status",
    "CommandUpdated": ".command_updated",
    "ConnectVehicleRequest": ".connect_vehicle_request",
    "ConnectionErrorCode": ".connection_error_code",
    "ConnectionResultPage": ".connection_result_page",
    "ConsentFlowIntegration": ".consent_flow_integration",
    "ConsentFlowLocales": ".consent_flow_locales",
    "DepartureTime": ".departure_time",
    "DeviceConnected": ".device_connected",
    "DeviceDisconnected": ".device_disconnected",
    "DeviceTelemetry": ".device_telemetry",
    "DeviceTelemetryVehicleType0": ".device_telemetry_vehicle_type_0",
    "DeviceTypeEnum": ".device_type_enum",
    "EligibilityResultPage": ".eligibility_result_page",
    "EligibilityUploadStatusEnum": ".eligibility_upload_status_enum",
    "EligibilityVinEntryStatusEnum": ".eligibility_vin_entry_status_enum",
    "ErrorCode": ".error_code",
    "ErrorResponse": ".error_response",
    "ErrorResponseDataType0": ".error_response_data_type_0",
    "FailedReason": ".failed_reason",
    "JourneyPage": ".journey_page",
    "LatLngValue": ".lat_lng_value",
    "ListeningAuditPage": ".listening_audit_page",
    "MakeEnum": ".make_enum",
    "MappedCode": ".mapped_code",
    "OEMAccount": ".oem_account",
    "OEMAlert": ".oem_alert",
    "OEMAlertAction": ".oem_alert_action",
    "OEMAlertOemMetadataType0": ".oem_alert_oem_metadata_type_0",
    "OEMAlertSeverity": ".oem_alert_severity",
    "OEMAlertStatus": ".oem_alert_status",
    "OEMAlertType": ".oem_alert_type",
    "OEMAlerts": ".oem_alerts",
    "OEMRegion": ".oem_region",
    "Option": ".option",
    "PublicTagCreate": ".public_tag_create",
    "PublicTagEntityTypes": ".public_tag_entity_types",
    "RangeDetail": ".range_detail",
    "RangeDetailNominal": ".range_detail_nominal",
    "RangeDetailScore": ".range_detail_score",
    "RateLimit": ".rate_limit",
    "RateLimitDomain": ".rate_limit_domain",
    "RateLimitKey": ".rate_limit_key",
    "RateLimitUpdated": ".rate_limit_updated",
    "ScopeEnum": ".scope_enum",
    "ServiceStatus": ".service_status",
    "ServiceType": ".service_type",
    "SetChargeLimitBody": ".set_charge_limit_body",
    "SetTemperatureBody": ".set_temperature_body",
    "SingleEligibilityEntry": ".single_eligibility_entry",
    "SingleEligibilityResult": ".single_eligibility_result",
    "Tag": ".tag",
    "TagsList": ".tags_list",
    "TelemetryMetricType": ".telemetry_metric_type",
    "TelemetryRange": ".telemetry_range",
    "Token": ".token",
    "TokenInfo": ".token_info",
    "TokenRequest": ".token_request",
    "Vehicle": ".vehicle",
    "VehicleAlertPage": ".vehicle_alert_page",
    "VehicleAlertResponse": ".vehicle_alert_response",
    "VehicleChargeCurrentLimit": ".vehicle_charge_current_limit",
    "VehicleChargeMaxStateOfCharge": ".vehicle_charge_max_state_of_charge",
    "VehicleChargeMinStateOfCharge": ".vehicle_charge_min_state_of_charge",
    "VehicleChargePortLatchStateEnum": ".vehicle_charge_port_latch_state_enum",
    "VehicleChargePowerLevel": ".vehicle_charge_power_level",
    "VehicleChargeRemainingTime": ".vehicle_charge_remaining_time",
    "VehicleChargeStateEnum": ".vehicle_charge_state_enum",
    "VehicleChargingSession": ".vehicle_charging_session",
    "VehicleChargingState": ".vehicle_charging_state",
    "VehicleChargingWindows": ".vehicle_charging_windows",
    "VehicleConfig": ".vehicle_config",
    "VehicleDepartureTimes": ".vehicle_departure_times",
    "VehicleElevation": ".vehicle_elevation",
    "VehicleEnergyRemainingKwh": ".vehicle_energy_remaining_kwh",
    "VehicleHeading": ".vehicle_heading",
    "VehicleInputGroupStatusEnum": ".vehicle_input_group_status_enum",
    "VehicleInputResponse": ".vehicle_input_response",
    "VehicleInputResponseError": ".vehicle_input_response_error",
    "VehicleJourneyResponse": ".vehicle_journey_response",
    "VehicleListeningAuditEntry": ".vehicle_listening_audit_entry",
    "VehicleListeningRequest": ".vehicle_listening_request",
    "VehicleListeningResponse": ".vehicle_listening_response",
    "VehicleLockStateEnum": ".vehicle_lock_state_enum",
    "VehicleMetaData": ".vehicle_meta_data",
    "VehicleOdometer": ".vehicle_odometer",
    "VehicleOptions": ".vehicle_options",
    "VehiclePage": ".vehicle_page",
    "VehicleRange": ".vehicle_range",
    "VehicleRangeStandardEnum": ".vehicle_range_standard_enum",
    "VehicleRealRange": ".vehicle_real_range",
    "VehicleSecurity": ".vehicle_security",
    "VehicleService": ".vehicle_service",
    "VehicleServices": ".vehicle_services",
    "VehicleSpecifications": ".vehicle_specifications",
    "VehicleSpeed": ".vehicle_speed",
    "VehicleStateOfCharge": ".vehicle_state_of_charge",
    "VehicleStateOfHealth": ".vehicle_state_of_health",
    "VehicleTelemetry": ".vehicle_telemetry",
    "VehicleTelemetryLocation": ".vehicle_telemetry_location",
    "VehicleTirePressure": ".vehicle_tire_pressure",
    "VehicleTiresFormatted": ".vehicle_tires_formatted",
    "VehicleTiresList": ".vehicle_tires_list",
    "VehicleUpdateRegistration": ".vehicle_update_registration",
    "Weekdays": ".weekdays",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AccountConnect",
    "AccountConnectPayload",
    "AccountPage",
    "AffectedComponent",
    "AlertCategory",
    "AlertDefinitionBase",
    "AlertMetadata",
    "AlertResolutionDefinition",
    "AlertResolutionInstanceSchema",
    "AlertResolutionStatus",
    "AlertSeverity",
    "AlertStatus",
    "AlertStepDefinition",
    "AlertStepInstance",
    "AlertStepStatus",
    "AlertUpdated",
    "APIVehicleUploadStatus",
    "BatteryCapacity",
    "BulkConnectStatusResponse",
    "BulkConnectVehicleRequest",
    "BulkConnectVehicleResponse",
    "BulkVinEligibilityRequest",
    "BulkVinEligibilityResponse",
    "ChargingSessionPage",
    "ChargingWindow",
    "Command",
    "CommandArguments",
    "CommandExecution",
    "CommandExecutionPage",
    "CommandStatus",
    "CommandUpdated",
    "ConnectionErrorCode",
    "ConnectionResultPage",
    "ConnectVehicleRequest",
    "ConsentFlowIntegration",
    "ConsentFlowLocales",
    "DepartureTime",
    "DeviceConnected",
    "DeviceDisconnected",
    "DeviceTelemetry",
    "DeviceTelemetryVehicleType0",
    "DeviceTypeEnum",
    "EligibilityResultPage",
    "EligibilityUploadStatusEnum",
    "EligibilityVinEntryStatusEnum",
    "ErrorCode",
    "ErrorResponse",
    "ErrorResponseDataType0",
    "FailedReason",
    "JourneyPage",
    "LatLngValue",
    "ListeningAuditPage",
    "MakeEnum",
    "MappedCode",
    "OEMAccount",
    "OEMAlert",
    "OEMAlertAction",
    "OEMAlertOemMetadataType0",
    "OEMAlerts",
    "OEMAlertSeverity",
    "OEMAlertStatus",
    "OEMAlertType",
    "OEMRegion",
    "Option",
    "PublicTagCreate",
    "PublicTagEntityTypes",
    "RangeDetail",
    "RangeDetailNominal",
    "RangeDetailScore",
    "RateLimit",
    "RateLimitDomain",
    "RateLimitKey",
    "RateLimitUpdated",
    "ScopeEnum",
    "ServiceStatus",
    "ServiceType",
    "SetChargeLimitBody",
    "SetTemperatureBody",
    "SingleEligibilityEntry",
    "SingleEligibilityResult",
    "Tag",
    "TagsList",
    "TelemetryMetricType",
    "TelemetryRange",
    "Token",
    "TokenInfo",
    "TokenRequest",
    "Vehicle",
    "VehicleAlertPage",
    "VehicleAlertResponse",
    "VehicleChargeCurrentLimit",
    "VehicleChargeMaxStateOfCharge",
    "VehicleChargeMinStateOfCharge",
    "VehicleChargePortLatchStateEnum",
    "VehicleChargePowerLevel",
    "VehicleChargeRemainingTime",
    "VehicleChargeStateEnum",
    "VehicleChargingSession",
    "VehicleChargingState",
    "VehicleChargingWindows",
    "VehicleConfig",
    "VehicleDepartureTimes",
    "VehicleElevation",
    "VehicleEnergyRemainingKwh",
    "VehicleHeading",
    "VehicleInputGroupStatusEnum",
    "VehicleInputResponse",
    "VehicleInputResponseError",
    "VehicleJourneyResponse",
    "VehicleListeningAuditEntry",
    "VehicleListeningRequest",
    "VehicleListeningResponse",
    "VehicleLockStateEnum",
    "VehicleMetaData",
    "VehicleOdometer",
    "VehicleOptions",
    "VehiclePage",
    "VehicleRange",
    "VehicleRangeStandardEnum",
    "VehicleRealRange",
    "VehicleSecurity",
    "VehicleService",
    "VehicleServices",
    "VehicleSpecifications",
    "VehicleSpeed",
    "VehicleStateOfCharge",
    "VehicleStateOfHealth",
    "VehicleTelemetry",
    "VehicleTelemetryLocation",
    "VehicleTirePressure",
    "VehicleTiresFormatted",
    "VehicleTiresList",
    "VehicleUpdateRegistration",
    "Weekdays",
)
