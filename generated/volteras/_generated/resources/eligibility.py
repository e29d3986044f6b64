# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.eligibility`: 2 operations, sync and async, parsed and raw."""

from collections.abc import Awaitable, Mapping, Sequence
from typing import Any, Unpack

from volteras._resource import (
    AsyncAPI,
    AsyncCalls,
    AsyncPager,
    AsyncResource,
    RawResponse,
    RequestOptions,
    SyncAPI,
    SyncCalls,
    SyncPager,
    SyncResource,
    as_models,
    check_page_size,
    model_parser,
)

from ..api.eligibility import check_eligibility, list_eligibility_results
from ..models.bulk_vin_eligibility_request import BulkVinEligibilityRequest
from ..models.bulk_vin_eligibility_response import BulkVinEligibilityResponse
from ..models.eligibility_result_page import EligibilityResultPage
from ..models.single_eligibility_entry import SingleEligibilityEntry
from ..models.single_eligibility_result import SingleEligibilityResult


class RawEligibility(SyncCalls):
    """`client.eligibility.with_raw_response`: each call answers the HTTP response; `.parse()` gives the model."""

    def check(
        self, vins: Sequence[SingleEligibilityEntry | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> RawResponse[BulkVinEligibilityResponse]:
        """Check whether VINs can be connected."""
        return self._call(
            check_eligibility.OPERATION,
            check_eligibility._get_kwargs(
                body=BulkVinEligibilityRequest(vins=as_models("vins", SingleEligibilityEntry, vins))
            ),
            model_parser(BulkVinEligibilityResponse),
            options,
        )

    def results(
        self, check_id: str, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> RawResponse[EligibilityResultPage]:
        """List the per-VIN results of an eligibility check (the first page)."""
        return self._call(
            list_eligibility_results.OPERATION,
            list_eligibility_results._get_kwargs(
                id=check_id, max_page_size=check_page_size(page_size), current_page=None
            ),
            model_parser(EligibilityResultPage),
            options,
        )


class Eligibility(SyncResource):
    """`client.eligibility`."""

    def __init__(self, api: SyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = RawEligibility(api)

    def check(
        self, vins: Sequence[SingleEligibilityEntry | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> BulkVinEligibilityResponse:
        """Check whether VINs can be connected."""
        return self.with_raw_response.check(vins=vins, **options).parse()

    def results(
        self, check_id: str, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> SyncPager[SingleEligibilityResult]:
        """List the per-VIN results of an eligibility check: every item, fetched page by page as you iterate."""
        return self._pager(
            list_eligibility_results.OPERATION,
            lambda cursor: list_eligibility_results._get_kwargs(
                id=check_id, max_page_size=check_page_size(page_size), current_page=cursor
            ),
            model_parser(EligibilityResultPage),
            options,
            "page_number",
        )


class AsyncRawEligibility(AsyncCalls):
    """`client.eligibility.with_raw_response` of the async client."""

    def check(
        self, vins: Sequence[SingleEligibilityEntry | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[BulkVinEligibilityResponse]]:
        """Check whether VINs can be connected."""
        return self._call(
            check_eligibility.OPERATION,
            check_eligibility._get_kwargs(
                body=BulkVinEligibilityRequest(vins=as_models("vins", SingleEligibilityEntry, vins))
            ),
            model_parser(BulkVinEligibilityResponse),
            options,
        )

    def results(
        self, check_id: str, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[EligibilityResultPage]]:
        """List the per-VIN results of an eligibility check (the first page)."""
        return self._call(
            list_eligibility_results.OPERATION,
            list_eligibility_results._get_kwargs(
                id=check_id, max_page_size=check_page_size(page_size), current_page=None
            ),
            model_parser(EligibilityResultPage),
            options,
        )


class AsyncEligibility(AsyncResource):
    """`client.eligibility` of the async client; every call is awaited."""

    def __init__(self, api: AsyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = AsyncRawEligibility(api)

    async def check(
        self, vins: Sequence[SingleEligibilityEntry | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> BulkVinEligibilityResponse:
        """Check whether VINs can be connected."""
        return (await self.with_raw_response.check(vins=vins, **options)).parse()

    def results(
        self, check_id: str, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[SingleEligibilityResult]:
        """List the per-VIN results of an eligibility check: `async for` over every item, page by page."""
        return self._pager(
            list_eligibility_results.OPERATION,
            lambda cursor: list_eligibility_results._get_kwargs(
                id=check_id, max_page_size=check_page_size(page_size), current_page=cursor
            ),
            model_parser(EligibilityResultPage),
            options,
            "page_number",
        )
