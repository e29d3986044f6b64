# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.accounts`: 4 operations, sync and async, parsed and raw."""

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
    as_str,
    check_page_size,
    encode_filter,
    model_parser,
    no_content,
)

from ..api.accounts import connect_account, disconnect_account, get_account, list_accounts
from ..models.account_connect import AccountConnect
from ..models.account_connect_payload import AccountConnectPayload
from ..models.account_page import AccountPage
from ..models.consent_flow_integration import ConsentFlowIntegration
from ..models.consent_flow_locales import ConsentFlowLocales
from ..models.device_type_enum import DeviceTypeEnum
from ..models.make_enum import MakeEnum
from ..models.oem_account import OEMAccount
from ..models.oem_region import OEMRegion
from ..models.scope_enum import ScopeEnum


class RawAccounts(SyncCalls):
    """`client.accounts.with_raw_response`: each call answers the HTTP response; `.parse()` gives the model."""

    def connect(
        self,
        *,
        scopes: list[ScopeEnum | str],
        device_types: list[DeviceTypeEnum | str],
        return_url: str | None = None,
        locale: ConsentFlowLocales | str | None = None,
        integration_method: ConsentFlowIntegration | str | None = None,
        charger_location_latitude: float | str | None = None,
        charger_location_longitude: float | str | None = None,
        country_code: str | None = None,
        makes: list[MakeEnum | str] | None = None,
        url_expiration: int | None = None,
        region: OEMRegion | str | None = None,
        vin: str | None = None,
        model: str | None = None,
        model_year: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[AccountConnect]:
        """Start connecting a manufacturer account."""
        return self._call(
            connect_account.OPERATION,
            connect_account._get_kwargs(
                body=AccountConnectPayload(
                    scopes=scopes,
                    device_types=device_types,
                    return_url=as_str("return_url", return_url),
                    locale=locale,
                    integration_method=integration_method,
                    charger_location_latitude=charger_location_latitude,
                    charger_location_longitude=charger_location_longitude,
                    country_code=as_str("country_code", country_code),
                    makes=makes,
                    url_expiration=url_expiration,
                    region=region,
                    vin=as_str("vin", vin),
                    model=as_str("model", model),
                    model_year=model_year,
                )
            ),
            model_parser(AccountConnect),
            options,
        )

    def disconnect(self, account_id: str, **options: Unpack[RequestOptions]) -> RawResponse[None]:
        """Disconnect an account."""
        return self._call(
            disconnect_account.OPERATION,
            disconnect_account._get_kwargs(account_id=account_id),
            no_content,
            options,
        )

    def get(self, account_id: str, **options: Unpack[RequestOptions]) -> RawResponse[OEMAccount]:
        """Get one connected account."""
        return self._call(
            get_account.OPERATION,
            get_account._get_kwargs(account_id=account_id),
            model_parser(OEMAccount),
            options,
        )

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[AccountPage]:
        """List connected manufacturer accounts (the first page)."""
        return self._call(
            list_accounts.OPERATION,
            list_accounts._get_kwargs(
                max_page_size=check_page_size(page_size), page_token=None, filter_=encode_filter(filter)
            ),
            model_parser(AccountPage),
            options,
        )


class Accounts(SyncResource):
    """`client.accounts`."""

    def __init__(self, api: SyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = RawAccounts(api)

    def connect(
        self,
        *,
        scopes: list[ScopeEnum | str],
        device_types: list[DeviceTypeEnum | str],
        return_url: str | None = None,
        locale: ConsentFlowLocales | str | None = None,
        integration_method: ConsentFlowIntegration | str | None = None,
        charger_location_latitude: float | str | None = None,
        charger_location_longitude: float | str | None = None,
        country_code: str | None = None,
        makes: list[MakeEnum | str] | None = None,
        url_expiration: int | None = None,
        region: OEMRegion | str | None = None,
        vin: str | None = None,
        model: str | None = None,
        model_year: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AccountConnect:
        """Start connecting a manufacturer account."""
        return self.with_raw_response.connect(
            scopes=scopes,
            device_types=device_types,
            return_url=return_url,
            locale=locale,
            integration_method=integration_method,
            charger_location_latitude=charger_location_latitude,
            charger_location_longitude=charger_location_longitude,
            country_code=country_code,
            makes=makes,
            url_expiration=url_expiration,
            region=region,
            vin=vin,
            model=model,
            model_year=model_year,
            **options,
        ).parse()

    def disconnect(self, account_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disconnect an account."""
        return self.with_raw_response.disconnect(account_id=account_id, **options).parse()

    def get(self, account_id: str, **options: Unpack[RequestOptions]) -> OEMAccount:
        """Get one connected account."""
        return self.with_raw_response.get(account_id=account_id, **options).parse()

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[OEMAccount]:
        """List connected manufacturer accounts: every item, fetched page by page as you iterate."""
        return self._pager(
            list_accounts.OPERATION,
            lambda cursor: list_accounts._get_kwargs(
                max_page_size=check_page_size(page_size), page_token=cursor, filter_=encode_filter(filter)
            ),
            model_parser(AccountPage),
            options,
            "cursor",
        )


class AsyncRawAccounts(AsyncCalls):
    """`client.accounts.with_raw_response` of the async client."""

    def connect(
        self,
        *,
        scopes: list[ScopeEnum | str],
        device_types: list[DeviceTypeEnum | str],
        return_url: str | None = None,
        locale: ConsentFlowLocales | str | None = None,
        integration_method: ConsentFlowIntegration | str | None = None,
        charger_location_latitude: float | str | None = None,
        charger_location_longitude: float | str | None = None,
        country_code: str | None = None,
        makes: list[MakeEnum | str] | None = None,
        url_expiration: int | None = None,
        region: OEMRegion | str | None = None,
        vin: str | None = None,
        model: str | None = None,
        model_year: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[AccountConnect]]:
        """Start connecting a manufacturer account."""
        return self._call(
            connect_account.OPERATION,
            connect_account._get_kwargs(
                body=AccountConnectPayload(
                    scopes=scopes,
                    device_types=device_types,
                    return_url=as_str("return_url", return_url),
                    locale=locale,
                    integration_method=integration_method,
                    charger_location_latitude=charger_location_latitude,
                    charger_location_longitude=charger_location_longitude,
                    country_code=as_str("country_code", country_code),
                    makes=makes,
                    url_expiration=url_expiration,
                    region=region,
                    vin=as_str("vin", vin),
                    model=as_str("model", model),
                    model_year=model_year,
                )
            ),
            model_parser(AccountConnect),
            options,
        )

    def disconnect(self, account_id: str, **options: Unpack[RequestOptions]) -> Awaitable[RawResponse[None]]:
        """Disconnect an account."""
        return self._call(
            disconnect_account.OPERATION,
            disconnect_account._get_kwargs(account_id=account_id),
            no_content,
            options,
        )

    def get(self, account_id: str, **options: Unpack[RequestOptions]) -> Awaitable[RawResponse[OEMAccount]]:
        """Get one connected account."""
        return self._call(
            get_account.OPERATION,
            get_account._get_kwargs(account_id=account_id),
            model_parser(OEMAccount),
            options,
        )

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[AccountPage]]:
        """List connected manufacturer accounts (the first page)."""
        return self._call(
            list_accounts.OPERATION,
            list_accounts._get_kwargs(
                max_page_size=check_page_size(page_size), page_token=None, filter_=encode_filter(filter)
            ),
            model_parser(AccountPage),
            options,
        )


class AsyncAccounts(AsyncResource):
    """`client.accounts` of the async client; every call is awaited."""

    def __init__(self, api: AsyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = AsyncRawAccounts(api)

    async def connect(
        self,
        *,
        scopes: list[ScopeEnum | str],
        device_types: list[DeviceTypeEnum | str],
        return_url: str | None = None,
        locale: ConsentFlowLocales | str | None = None,
        integration_method: ConsentFlowIntegration | str | None = None,
        charger_location_latitude: float | str | None = None,
        charger_location_longitude: float | str | None = None,
        country_code: str | None = None,
        makes: list[MakeEnum | str] | None = None,
        url_expiration: int | None = None,
        region: OEMRegion | str | None = None,
        vin: str | None = None,
        model: str | None = None,
        model_year: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AccountConnect:
        """Start connecting a manufacturer account."""
        return (
            await self.with_raw_response.connect(
                scopes=scopes,
                device_types=device_types,
                return_url=return_url,
                locale=locale,
                integration_method=integration_method,
                charger_location_latitude=charger_location_latitude,
                charger_location_longitude=charger_location_longitude,
                country_code=country_code,
                makes=makes,
                url_expiration=url_expiration,
                region=region,
                vin=vin,
                model=model,
                model_year=model_year,
                **options,
            )
        ).parse()

    async def disconnect(self, account_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disconnect an account."""
        return (await self.with_raw_response.disconnect(account_id=account_id, **options)).parse()

    async def get(self, account_id: str, **options: Unpack[RequestOptions]) -> OEMAccount:
        """Get one connected account."""
        return (await self.with_raw_response.get(account_id=account_id, **options)).parse()

    def list(
        self,
        *,
        filter: FilterArg | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[OEMAccount]:
        """List connected manufacturer accounts: `async for` over every item, page by page."""
        return self._pager(
            list_accounts.OPERATION,
            lambda cursor: list_accounts._get_kwargs(
                max_page_size=check_page_size(page_size), page_token=cursor, filter_=encode_filter(filter)
            ),
            model_parser(AccountPage),
            options,
            "cursor",
        )
