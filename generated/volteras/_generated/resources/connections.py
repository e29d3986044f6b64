# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.connections`: 3 operations, sync and async, parsed and raw."""

from collections.abc import Awaitable, Mapping, Sequence
from typing import Any, Unpack

from volteras._resource import (
    AsyncAPI,
    AsyncCalls,
    AsyncConnectionsBase,
    AsyncPager,
    RawResponse,
    RequestOptions,
    SyncAPI,
    SyncCalls,
    SyncConnectionsBase,
    SyncPager,
    as_models,
    check_page_size,
    model_parser,
)

from ..api.connections import bulk_connect, get_connection, list_connection_results
from ..models.bulk_connect_status_response import BulkConnectStatusResponse
from ..models.bulk_connect_vehicle_request import BulkConnectVehicleRequest
from ..models.bulk_connect_vehicle_response import BulkConnectVehicleResponse
from ..models.connect_vehicle_request import ConnectVehicleRequest
from ..models.connection_result_page import ConnectionResultPage
from ..models.vehicle_input_response import VehicleInputResponse


class RawConnections(SyncCalls):
    """`client.connections.with_raw_response`: each call answers the HTTP response; `.parse()` gives the model."""

    def create(
        self, vehicles: Sequence[ConnectVehicleRequest | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> RawResponse[BulkConnectVehicleResponse]:
        """Connect vehicles by VIN."""
        return self._call(
            bulk_connect.OPERATION,
            bulk_connect._get_kwargs(
                body=BulkConnectVehicleRequest(
                    vehicles=as_models("vehicles", ConnectVehicleRequest, vehicles)
                )
            ),
            model_parser(BulkConnectVehicleResponse),
            options,
        )

    def get(self, group_id: str, **options: Unpack[RequestOptions]) -> RawResponse[BulkConnectStatusResponse]:
        """Get the status of a bulk connection."""
        return self._call(
            get_connection.OPERATION,
            get_connection._get_kwargs(id=group_id),
            model_parser(BulkConnectStatusResponse),
            options,
        )

    def results(
        self, group_id: str, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> RawResponse[ConnectionResultPage]:
        """List the per-VIN results of a bulk connection (the first page)."""
        return self._call(
            list_connection_results.OPERATION,
            list_connection_results._get_kwargs(
                id=group_id, max_page_size=check_page_size(page_size), current_page=None
            ),
            model_parser(ConnectionResultPage),
            options,
        )


class Connections(SyncConnectionsBase):
    """`client.connections`."""

    def __init__(self, api: SyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = RawConnections(api)

    def create(
        self, vehicles: Sequence[ConnectVehicleRequest | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> BulkConnectVehicleResponse:
        """Connect vehicles by VIN."""
        return self.with_raw_response.create(vehicles=vehicles, **options).parse()

    def get(self, group_id: str, **options: Unpack[RequestOptions]) -> BulkConnectStatusResponse:
        """Get the status of a bulk connection."""
        return self.with_raw_response.get(group_id=group_id, **options).parse()

    def results(
        self, group_id: str, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> SyncPager[VehicleInputResponse]:
        """List the per-VIN results of a bulk connection: every item, fetched page by page as you iterate."""
        return self._pager(
            list_connection_results.OPERATION,
            lambda cursor: list_connection_results._get_kwargs(
                id=group_id, max_page_size=check_page_size(page_size), current_page=cursor
            ),
            model_parser(ConnectionResultPage),
            options,
            "page_number",
        )


class AsyncRawConnections(AsyncCalls):
    """`client.connections.with_raw_response` of the async client."""

    def create(
        self, vehicles: Sequence[ConnectVehicleRequest | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[BulkConnectVehicleResponse]]:
        """Connect vehicles by VIN."""
        return self._call(
            bulk_connect.OPERATION,
            bulk_connect._get_kwargs(
                body=BulkConnectVehicleRequest(
                    vehicles=as_models("vehicles", ConnectVehicleRequest, vehicles)
                )
            ),
            model_parser(BulkConnectVehicleResponse),
            options,
        )

    def get(
        self, group_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[BulkConnectStatusResponse]]:
        """Get the status of a bulk connection."""
        return self._call(
            get_connection.OPERATION,
            get_connection._get_kwargs(id=group_id),
            model_parser(BulkConnectStatusResponse),
            options,
        )

    def results(
        self, group_id: str, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[ConnectionResultPage]]:
        """List the per-VIN results of a bulk connection (the first page)."""
        return self._call(
            list_connection_results.OPERATION,
            list_connection_results._get_kwargs(
                id=group_id, max_page_size=check_page_size(page_size), current_page=None
            ),
            model_parser(ConnectionResultPage),
            options,
        )


class AsyncConnections(AsyncConnectionsBase):
    """`client.connections` of the async client; every call is awaited."""

    def __init__(self, api: AsyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = AsyncRawConnections(api)

    async def create(
        self, vehicles: Sequence[ConnectVehicleRequest | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> BulkConnectVehicleResponse:
        """Connect vehicles by VIN."""
        return (await self.with_raw_response.create(vehicles=vehicles, **options)).parse()

    async def get(self, group_id: str, **options: Unpack[RequestOptions]) -> BulkConnectStatusResponse:
        """Get the status of a bulk connection."""
        return (await self.with_raw_response.get(group_id=group_id, **options)).parse()

    def results(
        self, group_id: str, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[VehicleInputResponse]:
        """List the per-VIN results of a bulk connection: `async for` over every item, page by page."""
        return self._pager(
            list_connection_results.OPERATION,
            lambda cursor: list_connection_results._get_kwargs(
                id=group_id, max_page_size=check_page_size(page_size), current_page=cursor
            ),
            model_parser(ConnectionResultPage),
            options,
            "page_number",
        )
