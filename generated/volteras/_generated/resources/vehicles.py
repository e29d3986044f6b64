# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.vehicles`: 20 operations, sync and async, parsed and raw."""

import datetime
from collections.abc import Awaitable
from typing import Unpack

from volteras._resource import (
    AsyncAPI,
    AsyncCalls,
    AsyncPager,
    AsyncResource,
    FilterArg,
    RawResponse,
    RequestOptions,
    SyncAPI,
    SyncCalls,
    SyncPager,
    SyncResource,
    as_datetime,
    as_str,
    check_page_size,
    encode_filter,
    model_parser,
    no_content,
)

from ..api.vehicles import (
    disconnect_vehicle,
    get_charging_session,
    get_charging_windows,
    get_departure_times,
    get_manufacturer_alerts,
    get_tire_readings,
    get_vehicle,
    get_vehicle_options,
    get_vehicle_range,
    get_vehicle_services,
    get_vehicle_specifications,
    get_vehicle_state_of_health,
    get_vehicle_telemetry,
    list_charging_sessions,
    list_listening_audit,
    list_vehicle_alerts,
    list_vehicle_journeys,
    list_vehicles,
    set_listening,
    set_registration_plate,
)
from ..models.charging_session_page import ChargingSessionPage
from ..models.journey_page import JourneyPage
from ..models.listening_audit_page import ListeningAuditPage
from ..models.oem_alerts import OEMAlerts
from ..models.vehicle import Vehicle
from ..models.vehicle_alert_page import VehicleAlertPage
from ..models.vehicle_alert_response import VehicleAlertResponse
from ..models.vehicle_charging_session import VehicleChargingSession
from ..models.vehicle_charging_windows import VehicleChargingWindows
from ..models.vehicle_departure_times import VehicleDepartureTimes
from ..models.vehicle_journey_response import VehicleJourneyResponse
from ..models.vehicle_listening_audit_entry import VehicleListeningAuditEntry
from ..models.vehicle_listening_request import VehicleListeningRequest
from ..models.vehicle_listening_response import VehicleListeningResponse
from ..models.vehicle_options import VehicleOptions
from ..models.vehicle_page import VehiclePage
from ..models.vehicle_range import VehicleRange
from ..models.vehicle_services import VehicleServices
from ..models.vehicle_specifications import VehicleSpecifications
from ..models.vehicle_state_of_health import VehicleStateOfHealth
from ..models.vehicle_telemetry import VehicleTelemetry
from ..models.vehicle_tires_list import VehicleTiresList
from ..models.vehicle_update_registration import VehicleUpdateRegistration


class RawVehicles(SyncCalls):
    """`client.vehicles.with_raw_response`: each call answers the HTTP response; `.parse()` gives the model."""

    def alerts(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[VehicleAlertPage]:
        """List a vehicle's alerts (the first page)."""
        return self._call(
            list_vehicle_alerts.OPERATION,
            list_vehicle_alerts._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(VehicleAlertPage),
            options,
        )

    def charging_session(
        self, vehicle_id: str, session_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[VehicleChargingSession]:
        """Get one charging session."""
        return self._call(
            get_charging_session.OPERATION,
            get_charging_session._get_kwargs(vehicle_id=vehicle_id, vehicle_charging_session_id=session_id),
            model_parser(VehicleChargingSession),
            options,
        )

    def charging_sessions(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[ChargingSessionPage]:
        """List a vehicle's charging sessions (the first page)."""
        return self._call(
            list_charging_sessions.OPERATION,
            list_charging_sessions._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(ChargingSessionPage),
            options,
        )

    def charging_windows(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[VehicleChargingWindows]:
        """Get a vehicle's scheduled charging windows."""
        return self._call(
            get_charging_windows.OPERATION,
            get_charging_windows._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleChargingWindows),
            options,
        )

    def departure_times(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[VehicleDepartureTimes]:
        """Get a vehicle's scheduled departure times."""
        return self._call(
            get_departure_times.OPERATION,
            get_departure_times._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleDepartureTimes),
            options,
        )

    def disconnect(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> RawResponse[None]:
        """Disconnect a vehicle."""
        return self._call(
            disconnect_vehicle.OPERATION,
            disconnect_vehicle._get_kwargs(vehicle_id=vehicle_id),
            no_content,
            options,
        )

    def get(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> RawResponse[Vehicle]:
        """Get one vehicle."""
        return self._call(
            get_vehicle.OPERATION,
            get_vehicle._get_kwargs(vehicle_id=vehicle_id),
            model_parser(Vehicle),
            options,
        )

    def journeys(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[JourneyPage]:
        """List a vehicle's journeys (the first page)."""
        return self._call(
            list_vehicle_journeys.OPERATION,
            list_vehicle_journeys._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(JourneyPage),
            options,
        )

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        tag_key: str | None = None,
        tag_value: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[VehiclePage]:
        """List the organization's vehicles (the first page)."""
        return self._call(
            list_vehicles.OPERATION,
            list_vehicles._get_kwargs(
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
                tag_key=as_str("tag_key", tag_key),
                tag_value=as_str("tag_value", tag_value),
            ),
            model_parser(VehiclePage),
            options,
        )

    def listening_audit(
        self,
        vehicle_id: str,
        *,
        start_at: datetime.datetime | str | None = None,
        end_at: datetime.datetime | str | None = None,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[ListeningAuditPage]:
        """List when data collection was switched on or off (the first page)."""
        return self._call(
            list_listening_audit.OPERATION,
            list_listening_audit._get_kwargs(
                vehicle_id=vehicle_id,
                start_at=as_datetime("start_at", start_at),
                end_at=as_datetime("end_at", end_at),
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(ListeningAuditPage),
            options,
        )

    def manufacturer_alerts(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[OEMAlerts]:
        """Get the alerts the manufacturer currently reports."""
        return self._call(
            get_manufacturer_alerts.OPERATION,
            get_manufacturer_alerts._get_kwargs(vehicle_id=vehicle_id),
            model_parser(OEMAlerts),
            options,
        )

    def options(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> RawResponse[VehicleOptions]:
        """Get a vehicle's factory options."""
        return self._call(
            get_vehicle_options.OPERATION,
            get_vehicle_options._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleOptions),
            options,
        )

    def range(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> RawResponse[VehicleRange]:
        """Get a vehicle's estimated range."""
        return self._call(
            get_vehicle_range.OPERATION,
            get_vehicle_range._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleRange),
            options,
        )

    def services(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> RawResponse[VehicleServices]:
        """Get a vehicle's service status."""
        return self._call(
            get_vehicle_services.OPERATION,
            get_vehicle_services._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleServices),
            options,
        )

    def set_listening(
        self, vehicle_id: str, is_listening: bool, **options: Unpack[RequestOptions]
    ) -> RawResponse[VehicleListeningResponse]:
        """Start or stop collecting a vehicle's data."""
        return self._call(
            set_listening.OPERATION,
            set_listening._get_kwargs(
                vehicle_id=vehicle_id, body=VehicleListeningRequest(is_listening=is_listening)
            ),
            model_parser(VehicleListeningResponse),
            options,
        )

    def set_registration_plate(
        self, vehicle_id: str, registration_plate: str | None, **options: Unpack[RequestOptions]
    ) -> RawResponse[Vehicle]:
        """Set or clear a vehicle's registration plate."""
        return self._call(
            set_registration_plate.OPERATION,
            set_registration_plate._get_kwargs(
                vehicle_id=vehicle_id,
                body=VehicleUpdateRegistration(
                    registration_plate=as_str("registration_plate", registration_plate)
                ),
            ),
            model_parser(Vehicle),
            options,
        )

    def specifications(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[VehicleSpecifications]:
        """Get a vehicle's technical specifications."""
        return self._call(
            get_vehicle_specifications.OPERATION,
            get_vehicle_specifications._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleSpecifications),
            options,
        )

    def state_of_health(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[VehicleStateOfHealth]:
        """Get a vehicle's battery state of health."""
        return self._call(
            get_vehicle_state_of_health.OPERATION,
            get_vehicle_state_of_health._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleStateOfHealth),
            options,
        )

    def telemetry(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> RawResponse[VehicleTelemetry]:
        """Get a vehicle's latest telemetry."""
        return self._call(
            get_vehicle_telemetry.OPERATION,
            get_vehicle_telemetry._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleTelemetry),
            options,
        )

    def tire_readings(
        self,
        vehicle_id: str,
        *,
        from_datetime: str | None = None,
        to_datetime: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[VehicleTiresList]:
        """Get a vehicle's tire pressure readings over a period."""
        return self._call(
            get_tire_readings.OPERATION,
            get_tire_readings._get_kwargs(
                vehicle_id=vehicle_id,
                from_datetime=as_str("from_datetime", from_datetime),
                to_datetime=as_str("to_datetime", to_datetime),
            ),
            model_parser(VehicleTiresList),
            options,
        )


class Vehicles(SyncResource):
    """`client.vehicles`."""

    def __init__(self, api: SyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = RawVehicles(api)

    def alerts(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VehicleAlertResponse]:
        """List a vehicle's alerts: every item, fetched page by page as you iterate."""
        return self._pager(
            list_vehicle_alerts.OPERATION,
            lambda cursor: list_vehicle_alerts._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(VehicleAlertPage),
            options,
            "cursor",
        )

    def charging_session(
        self, vehicle_id: str, session_id: str, **options: Unpack[RequestOptions]
    ) -> VehicleChargingSession:
        """Get one charging session."""
        return self.with_raw_response.charging_session(
            vehicle_id=vehicle_id, session_id=session_id, **options
        ).parse()

    def charging_sessions(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VehicleChargingSession]:
        """List a vehicle's charging sessions: every item, fetched page by page as you iterate."""
        return self._pager(
            list_charging_sessions.OPERATION,
            lambda cursor: list_charging_sessions._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(ChargingSessionPage),
            options,
            "cursor",
        )

    def charging_windows(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleChargingWindows:
        """Get a vehicle's scheduled charging windows."""
        return self.with_raw_response.charging_windows(vehicle_id=vehicle_id, **options).parse()

    def departure_times(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleDepartureTimes:
        """Get a vehicle's scheduled departure times."""
        return self.with_raw_response.departure_times(vehicle_id=vehicle_id, **options).parse()

    def disconnect(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disconnect a vehicle."""
        return self.with_raw_response.disconnect(vehicle_id=vehicle_id, **options).parse()

    def get(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> Vehicle:
        """Get one vehicle."""
        return self.with_raw_response.get(vehicle_id=vehicle_id, **options).parse()

    def journeys(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VehicleJourneyResponse]:
        """List a vehicle's journeys: every item, fetched page by page as you iterate."""
        return self._pager(
            list_vehicle_journeys.OPERATION,
            lambda cursor: list_vehicle_journeys._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(JourneyPage),
            options,
            "cursor",
        )

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        tag_key: str | None = None,
        tag_value: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Vehicle]:
        """List the organization's vehicles: every item, fetched page by page as you iterate."""
        return self._pager(
            list_vehicles.OPERATION,
            lambda cursor: list_vehicles._get_kwargs(
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
                tag_key=as_str("tag_key", tag_key),
                tag_value=as_str("tag_value", tag_value),
            ),
            model_parser(VehiclePage),
            options,
            "cursor",
        )

    def listening_audit(
        self,
        vehicle_id: str,
        *,
        start_at: datetime.datetime | str | None = None,
        end_at: datetime.datetime | str | None = None,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VehicleListeningAuditEntry]:
        """List when data collection was switched on or off: every item, fetched page by page as you iterate."""
        return self._pager(
            list_listening_audit.OPERATION,
            lambda cursor: list_listening_audit._get_kwargs(
                vehicle_id=vehicle_id,
                start_at=as_datetime("start_at", start_at),
                end_at=as_datetime("end_at", end_at),
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(ListeningAuditPage),
            options,
            "cursor",
        )

    def manufacturer_alerts(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> OEMAlerts:
        """Get the alerts the manufacturer currently reports."""
        return self.with_raw_response.manufacturer_alerts(vehicle_id=vehicle_id, **options).parse()

    def options(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleOptions:
        """Get a vehicle's factory options."""
        return self.with_raw_response.options(vehicle_id=vehicle_id, **options).parse()

    def range(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleRange:
        """Get a vehicle's estimated range."""
        return self.with_raw_response.range(vehicle_id=vehicle_id, **options).parse()

    def services(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleServices:
        """Get a vehicle's service status."""
        return self.with_raw_response.services(vehicle_id=vehicle_id, **options).parse()

    def set_listening(
        self, vehicle_id: str, is_listening: bool, **options: Unpack[RequestOptions]
    ) -> VehicleListeningResponse:
        """Start or stop collecting a vehicle's data."""
        return self.with_raw_response.set_listening(
            vehicle_id=vehicle_id, is_listening=is_listening, **options
        ).parse()

    def set_registration_plate(
        self, vehicle_id: str, registration_plate: str | None, **options: Unpack[RequestOptions]
    ) -> Vehicle:
        """Set or clear a vehicle's registration plate."""
        return self.with_raw_response.set_registration_plate(
            vehicle_id=vehicle_id, registration_plate=registration_plate, **options
        ).parse()

    def specifications(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleSpecifications:
        """Get a vehicle's technical specifications."""
        return self.with_raw_response.specifications(vehicle_id=vehicle_id, **options).parse()

    def state_of_health(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleStateOfHealth:
        """Get a vehicle's battery state of health."""
        return self.with_raw_response.state_of_health(vehicle_id=vehicle_id, **options).parse()

    def telemetry(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleTelemetry:
        """Get a vehicle's latest telemetry."""
        return self.with_raw_response.telemetry(vehicle_id=vehicle_id, **options).parse()

    def tire_readings(
        self,
        vehicle_id: str,
        *,
        from_datetime: str | None = None,
        to_datetime: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> VehicleTiresList:
        """Get a vehicle's tire pressure readings over a period."""
        return self.with_raw_response.tire_readings(
            vehicle_id=vehicle_id, from_datetime=from_datetime, to_datetime=to_datetime, **options
        ).parse()


class AsyncRawVehicles(AsyncCalls):
    """`client.vehicles.with_raw_response` of the async client."""

    def alerts(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[VehicleAlertPage]]:
        """List a vehicle's alerts (the first page)."""
        return self._call(
            list_vehicle_alerts.OPERATION,
            list_vehicle_alerts._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(VehicleAlertPage),
            options,
        )

    def charging_session(
        self, vehicle_id: str, session_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleChargingSession]]:
        """Get one charging session."""
        return self._call(
            get_charging_session.OPERATION,
            get_charging_session._get_kwargs(vehicle_id=vehicle_id, vehicle_charging_session_id=session_id),
            model_parser(VehicleChargingSession),
            options,
        )

    def charging_sessions(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[ChargingSessionPage]]:
        """List a vehicle's charging sessions (the first page)."""
        return self._call(
            list_charging_sessions.OPERATION,
            list_charging_sessions._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(ChargingSessionPage),
            options,
        )

    def charging_windows(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleChargingWindows]]:
        """Get a vehicle's scheduled charging windows."""
        return self._call(
            get_charging_windows.OPERATION,
            get_charging_windows._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleChargingWindows),
            options,
        )

    def departure_times(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleDepartureTimes]]:
        """Get a vehicle's scheduled departure times."""
        return self._call(
            get_departure_times.OPERATION,
            get_departure_times._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleDepartureTimes),
            options,
        )

    def disconnect(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> Awaitable[RawResponse[None]]:
        """Disconnect a vehicle."""
        return self._call(
            disconnect_vehicle.OPERATION,
            disconnect_vehicle._get_kwargs(vehicle_id=vehicle_id),
            no_content,
            options,
        )

    def get(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> Awaitable[RawResponse[Vehicle]]:
        """Get one vehicle."""
        return self._call(
            get_vehicle.OPERATION,
            get_vehicle._get_kwargs(vehicle_id=vehicle_id),
            model_parser(Vehicle),
            options,
        )

    def journeys(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[JourneyPage]]:
        """List a vehicle's journeys (the first page)."""
        return self._call(
            list_vehicle_journeys.OPERATION,
            list_vehicle_journeys._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(JourneyPage),
            options,
        )

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        tag_key: str | None = None,
        tag_value: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[VehiclePage]]:
        """List the organization's vehicles (the first page)."""
        return self._call(
            list_vehicles.OPERATION,
            list_vehicles._get_kwargs(
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
                tag_key=as_str("tag_key", tag_key),
                tag_value=as_str("tag_value", tag_value),
            ),
            model_parser(VehiclePage),
            options,
        )

    def listening_audit(
        self,
        vehicle_id: str,
        *,
        start_at: datetime.datetime | str | None = None,
        end_at: datetime.datetime | str | None = None,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[ListeningAuditPage]]:
        """List when data collection was switched on or off (the first page)."""
        return self._call(
            list_listening_audit.OPERATION,
            list_listening_audit._get_kwargs(
                vehicle_id=vehicle_id,
                start_at=as_datetime("start_at", start_at),
                end_at=as_datetime("end_at", end_at),
                max_page_size=check_page_size(page_size),
                page_token=None,
                filter_=encode_filter(filter),
            ),
            model_parser(ListeningAuditPage),
            options,
        )

    def manufacturer_alerts(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[OEMAlerts]]:
        """Get the alerts the manufacturer currently reports."""
        return self._call(
            get_manufacturer_alerts.OPERATION,
            get_manufacturer_alerts._get_kwargs(vehicle_id=vehicle_id),
            model_parser(OEMAlerts),
            options,
        )

    def options(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleOptions]]:
        """Get a vehicle's factory options."""
        return self._call(
            get_vehicle_options.OPERATION,
            get_vehicle_options._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleOptions),
            options,
        )

    def range(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleRange]]:
        """Get a vehicle's estimated range."""
        return self._call(
            get_vehicle_range.OPERATION,
            get_vehicle_range._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleRange),
            options,
        )

    def services(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleServices]]:
        """Get a vehicle's service status."""
        return self._call(
            get_vehicle_services.OPERATION,
            get_vehicle_services._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleServices),
            options,
        )

    def set_listening(
        self, vehicle_id: str, is_listening: bool, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleListeningResponse]]:
        """Start or stop collecting a vehicle's data."""
        return self._call(
            set_listening.OPERATION,
            set_listening._get_kwargs(
                vehicle_id=vehicle_id, body=VehicleListeningRequest(is_listening=is_listening)
            ),
            model_parser(VehicleListeningResponse),
            options,
        )

    def set_registration_plate(
        self, vehicle_id: str, registration_plate: str | None, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[Vehicle]]:
        """Set or clear a vehicle's registration plate."""
        return self._call(
            set_registration_plate.OPERATION,
            set_registration_plate._get_kwargs(
                vehicle_id=vehicle_id,
                body=VehicleUpdateRegistration(
                    registration_plate=as_str("registration_plate", registration_plate)
                ),
            ),
            model_parser(Vehicle),
            options,
        )

    def specifications(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleSpecifications]]:
        """Get a vehicle's technical specifications."""
        return self._call(
            get_vehicle_specifications.OPERATION,
            get_vehicle_specifications._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleSpecifications),
            options,
        )

    def state_of_health(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleStateOfHealth]]:
        """Get a vehicle's battery state of health."""
        return self._call(
            get_vehicle_state_of_health.OPERATION,
            get_vehicle_state_of_health._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleStateOfHealth),
            options,
        )

    def telemetry(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[VehicleTelemetry]]:
        """Get a vehicle's latest telemetry."""
        return self._call(
            get_vehicle_telemetry.OPERATION,
            get_vehicle_telemetry._get_kwargs(vehicle_id=vehicle_id),
            model_parser(VehicleTelemetry),
            options,
        )

    def tire_readings(
        self,
        vehicle_id: str,
        *,
        from_datetime: str | None = None,
        to_datetime: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[VehicleTiresList]]:
        """Get a vehicle's tire pressure readings over a period."""
        return self._call(
            get_tire_readings.OPERATION,
            get_tire_readings._get_kwargs(
                vehicle_id=vehicle_id,
                from_datetime=as_str("from_datetime", from_datetime),
                to_datetime=as_str("to_datetime", to_datetime),
            ),
            model_parser(VehicleTiresList),
            options,
        )


class AsyncVehicles(AsyncResource):
    """`client.vehicles` of the async client; every call is awaited."""

    def __init__(self, api: AsyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = AsyncRawVehicles(api)

    def alerts(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VehicleAlertResponse]:
        """List a vehicle's alerts: `async for` over every item, page by page."""
        return self._pager(
            list_vehicle_alerts.OPERATION,
            lambda cursor: list_vehicle_alerts._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(VehicleAlertPage),
            options,
            "cursor",
        )

    async def charging_session(
        self, vehicle_id: str, session_id: str, **options: Unpack[RequestOptions]
    ) -> VehicleChargingSession:
        """Get one charging session."""
        return (
            await self.with_raw_response.charging_session(
                vehicle_id=vehicle_id, session_id=session_id, **options
            )
        ).parse()

    def charging_sessions(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VehicleChargingSession]:
        """List a vehicle's charging sessions: `async for` over every item, page by page."""
        return self._pager(
            list_charging_sessions.OPERATION,
            lambda cursor: list_charging_sessions._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(ChargingSessionPage),
            options,
            "cursor",
        )

    async def charging_windows(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> VehicleChargingWindows:
        """Get a vehicle's scheduled charging windows."""
        return (await self.with_raw_response.charging_windows(vehicle_id=vehicle_id, **options)).parse()

    async def departure_times(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> VehicleDepartureTimes:
        """Get a vehicle's scheduled departure times."""
        return (await self.with_raw_response.departure_times(vehicle_id=vehicle_id, **options)).parse()

    async def disconnect(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disconnect a vehicle."""
        return (await self.with_raw_response.disconnect(vehicle_id=vehicle_id, **options)).parse()

    async def get(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> Vehicle:
        """Get one vehicle."""
        return (await self.with_raw_response.get(vehicle_id=vehicle_id, **options)).parse()

    def journeys(
        self,
        vehicle_id: str,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VehicleJourneyResponse]:
        """List a vehicle's journeys: `async for` over every item, page by page."""
        return self._pager(
            list_vehicle_journeys.OPERATION,
            lambda cursor: list_vehicle_journeys._get_kwargs(
                vehicle_id=vehicle_id,
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(JourneyPage),
            options,
            "cursor",
        )

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        tag_key: str | None = None,
        tag_value: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Vehicle]:
        """List the organization's vehicles: `async for` over every item, page by page."""
        return self._pager(
            list_vehicles.OPERATION,
            lambda cursor: list_vehicles._get_kwargs(
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
                tag_key=as_str("tag_key", tag_key),
                tag_value=as_str("tag_value", tag_value),
            ),
            model_parser(VehiclePage),
            options,
            "cursor",
        )

    def listening_audit(
        self,
        vehicle_id: str,
        *,
        start_at: datetime.datetime | str | None = None,
        end_at: datetime.datetime | str | None = None,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VehicleListeningAuditEntry]:
        """List when data collection was switched on or off: `async for` over every item, page by page."""
        return self._pager(
            list_listening_audit.OPERATION,
            lambda cursor: list_listening_audit._get_kwargs(
                vehicle_id=vehicle_id,
                start_at=as_datetime("start_at", start_at),
                end_at=as_datetime("end_at", end_at),
                max_page_size=check_page_size(page_size),
                page_token=cursor,
                filter_=encode_filter(filter),
            ),
            model_parser(ListeningAuditPage),
            options,
            "cursor",
        )

    async def manufacturer_alerts(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> OEMAlerts:
        """Get the alerts the manufacturer currently reports."""
        return (await self.with_raw_response.manufacturer_alerts(vehicle_id=vehicle_id, **options)).parse()

    async def options(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleOptions:
        """Get a vehicle's factory options."""
        return (await self.with_raw_response.options(vehicle_id=vehicle_id, **options)).parse()

    async def range(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleRange:
        """Get a vehicle's estimated range."""
        return (await self.with_raw_response.range(vehicle_id=vehicle_id, **options)).parse()

    async def services(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleServices:
        """Get a vehicle's service status."""
        return (await self.with_raw_response.services(vehicle_id=vehicle_id, **options)).parse()

    async def set_listening(
        self, vehicle_id: str, is_listening: bool, **options: Unpack[RequestOptions]
    ) -> VehicleListeningResponse:
        """Start or stop collecting a vehicle's data."""
        return (
            await self.with_raw_response.set_listening(
                vehicle_id=vehicle_id, is_listening=is_listening, **options
            )
        ).parse()

    async def set_registration_plate(
        self, vehicle_id: str, registration_plate: str | None, **options: Unpack[RequestOptions]
    ) -> Vehicle:
        """Set or clear a vehicle's registration plate."""
        return (
            await self.with_raw_response.set_registration_plate(
                vehicle_id=vehicle_id, registration_plate=registration_plate, **options
            )
        ).parse()

    async def specifications(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> VehicleSpecifications:
        """Get a vehicle's technical specifications."""
        return (await self.with_raw_response.specifications(vehicle_id=vehicle_id, **options)).parse()

    async def state_of_health(
        self, vehicle_id: str, **options: Unpack[RequestOptions]
    ) -> VehicleStateOfHealth:
        """Get a vehicle's battery state of health."""
        return (await self.with_raw_response.state_of_health(vehicle_id=vehicle_id, **options)).parse()

    async def telemetry(self, vehicle_id: str, **options: Unpack[RequestOptions]) -> VehicleTelemetry:
        """Get a vehicle's latest telemetry."""
        return (await self.with_raw_response.telemetry(vehicle_id=vehicle_id, **options)).parse()

    async def tire_readings(
        self,
        vehicle_id: str,
        *,
        from_datetime: str | None = None,
        to_datetime: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> VehicleTiresList:
        """Get a vehicle's tire pressure readings over a period."""
        return (
            await self.with_raw_response.tire_readings(
                vehicle_id=vehicle_id, from_datetime=from_datetime, to_datetime=to_datetime, **options
            )
        ).parse()
