# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consent_flow_integration import ConsentFlowIntegration
from ..models.consent_flow_locales import ConsentFlowLocales
from ..models.device_type_enum import DeviceTypeEnum
from ..models.make_enum import MakeEnum
from ..models.oem_region import OEMRegion
from ..models.scope_enum import ScopeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountConnectPayload")


@_attrs_define
class AccountConnectPayload:
    """
    Attributes:
        scopes (list[ScopeEnum | str]):
        device_types (list[DeviceTypeEnum | str]):
        return_url (None | str | Unset):
        locale (ConsentFlowLocales | None | str | Unset):
        integration_method (ConsentFlowIntegration | None | str | Unset):
        charger_location_latitude (float | None | str | Unset):
        charger_location_longitude (float | None | str | Unset):
        country_code (None | str | Unset):
        makes (list[MakeEnum | str] | None | Unset):
        url_expiration (int | None | Unset):  Default: 3600.
        region (None | OEMRegion | str | Unset):
        vin (None | str | Unset):
        model (None | str | Unset):
        model_year (int | None | Unset):
    """

    scopes: list[ScopeEnum | str]
    device_types: list[DeviceTypeEnum | str]
    return_url: None | str | Unset = UNSET
    locale: ConsentFlowLocales | None | str | Unset = UNSET
    integration_method: ConsentFlowIntegration | None | str | Unset = UNSET
    charger_location_latitude: float | None | str | Unset = UNSET
    charger_location_longitude: float | None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    makes: list[MakeEnum | str] | None | Unset = UNSET
    url_expiration: int | None | Unset = 3600
    region: None | OEMRegion | str | Unset = UNSET
    vin: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    model_year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str
            if isinstance(scopes_item_data, ScopeEnum):
                scopes_item = scopes_item_data.value
            else:
                scopes_item = scopes_item_data

            scopes.append(scopes_item)

        device_types = []
        for device_types_item_data in self.device_types:
            device_types_item: str
            if isinstance(device_types_item_data, DeviceTypeEnum):
                device_types_item = device_types_item_data.value
            else:
                device_types_item = device_types_item_data

            device_types.append(device_types_item)

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
            return_url = self.return_url

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, ConsentFlowLocales):
            locale = self.locale.value
        else:
            locale = self.locale

        integration_method: None | str | Unset
        if isinstance(self.integration_method, Unset):
            integration_method = UNSET
        elif isinstance(self.integration_method, ConsentFlowIntegration):
            integration_method = self.integration_method.value
        else:
            integration_method = self.integration_method

        charger_location_latitude: float | None | str | Unset
        if isinstance(self.charger_location_latitude, Unset):
            charger_location_latitude = UNSET
        else:
            charger_location_latitude = self.charger_location_latitude

        charger_location_longitude: float | None | str | Unset
        if isinstance(self.charger_location_longitude, Unset):
            charger_location_longitude = UNSET
        else:
            charger_location_longitude = self.charger_location_longitude

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        makes: list[str] | None | Unset
        if isinstance(self.makes, Unset):
            makes = UNSET
        elif isinstance(self.makes, list):
            makes = []
            for makes_type_0_item_data in self.makes:
                makes_type_0_item: str
                if isinstance(makes_type_0_item_data, MakeEnum):
                    makes_type_0_item = makes_type_0_item_data.value
                else:
                    makes_type_0_item = makes_type_0_item_data

                makes.append(makes_type_0_item)

        else:
            makes = self.makes

        url_expiration: int | None | Unset
        if isinstance(self.url_expiration, Unset):
            url_expiration = UNSET
        else:
            url_expiration = self.url_expiration

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, OEMRegion):
            region = self.region.value
        else:
            region = self.region

        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        model_year: int | None | Unset
        if isinstance(self.model_year, Unset):
            model_year = UNSET
        else:
            model_year = self.model_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scopes": scopes,
                "deviceTypes": device_types,
            }
        )
        if return_url is not UNSET:
            field_dict["returnUrl"] = return_url
        if locale is not UNSET:
            field_dict["locale"] = locale
        if integration_method is not UNSET:
            field_dict["integrationMethod"] = integration_method
        if charger_location_latitude is not UNSET:
            field_dict["chargerLocationLatitude"] = charger_location_latitude
        if charger_location_longitude is not UNSET:
            field_dict["chargerLocationLongitude"] = charger_location_longitude
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if makes is not UNSET:
            field_dict["makes"] = makes
        if url_expiration is not UNSET:
            field_dict["urlExpiration"] = url_expiration
        if region is not UNSET:
            field_dict["region"] = region
        if vin is not UNSET:
            field_dict["vin"] = vin
        if model is not UNSET:
            field_dict["model"] = model
        if model_year is not UNSET:
            field_dict["modelYear"] = model_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scopes = d.pop("scopes")
        if not isinstance(_scopes, list):
            raise TypeError("scopes must be an array")
        scopes = []
        for scopes_item_data in _scopes:
            scopes_item: ScopeEnum | str = scopes_item_data
            try:
                scopes_item = ScopeEnum._get(scopes_item, scopes_item)
            except TypeError:
                pass

            scopes.append(scopes_item)

        _device_types = d.pop("deviceTypes")
        if not isinstance(_device_types, list):
            raise TypeError("deviceTypes must be an array")
        device_types = []
        for device_types_item_data in _device_types:
            device_types_item: DeviceTypeEnum | str = device_types_item_data
            try:
                device_types_item = DeviceTypeEnum._get(device_types_item, device_types_item)
            except TypeError:
                pass

            device_types.append(device_types_item)

        return_url: None | str | Unset = d.pop("returnUrl", UNSET)

        locale: ConsentFlowLocales | None | str | Unset = d.pop("locale", UNSET)
        try:
            locale = ConsentFlowLocales._get(locale, locale)
        except TypeError:
            pass

        integration_method: ConsentFlowIntegration | None | str | Unset = d.pop("integrationMethod", UNSET)
        try:
            integration_method = ConsentFlowIntegration._get(integration_method, integration_method)
        except TypeError:
            pass

        charger_location_latitude: float | None | str | Unset = d.pop("chargerLocationLatitude", UNSET)

        charger_location_longitude: float | None | str | Unset = d.pop("chargerLocationLongitude", UNSET)

        country_code: None | str | Unset = d.pop("countryCode", UNSET)

        makes: list[MakeEnum | str] | None | Unset = d.pop("makes", UNSET)
        makes_type_0: list[MakeEnum | str]
        if isinstance(makes, list):
            try:
                _makes_type_0 = makes
                if not isinstance(_makes_type_0, list):
                    raise TypeError("makes_type_0 must be an array")
                makes_type_0 = []
                for makes_type_0_item_data in _makes_type_0:
                    makes_type_0_item: MakeEnum | str = makes_type_0_item_data
                    try:
                        makes_type_0_item = MakeEnum._get(makes_type_0_item, makes_type_0_item)
                    except TypeError:
                        pass

                    makes_type_0.append(makes_type_0_item)

                makes = makes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        url_expiration: int | None | Unset = d.pop("urlExpiration", UNSET)

        region: None | OEMRegion | str | Unset = d.pop("region", UNSET)
        try:
            region = OEMRegion._get(region, region)
        except TypeError:
            pass

        vin: None | str | Unset = d.pop("vin", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        model_year: int | None | Unset = d.pop("modelYear", UNSET)

        account_connect_payload = cls(
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
        )

        account_connect_payload.additional_properties = d
        return account_connect_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
