# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consent_flow_integration import ConsentFlowIntegration
from ..models.consent_flow_locales import ConsentFlowLocales
from ..models.device_type_enum import DeviceTypeEnum
from ..models.make_enum import MakeEnum
from ..models.oem_region import OEMRegion
from ..models.scope_enum import ScopeEnum
from ..types import UNSET, FieldError, Unset, WireField, as_object, index_of

_new = object.__new__
_ConsentFlowIntegration_get = ConsentFlowIntegration._get
_ConsentFlowLocales_get = ConsentFlowLocales._get
_DeviceTypeEnum_get = DeviceTypeEnum._get
_MakeEnum_get = MakeEnum._get
_OEMRegion_get = OEMRegion._get
_ScopeEnum_get = ScopeEnum._get
_FIELDS: frozenset[str] = frozenset(
    {
        "scopes",
        "deviceTypes",
        "returnUrl",
        "locale",
        "integrationMethod",
        "chargerLocationLatitude",
        "chargerLocationLongitude",
        "countryCode",
        "makes",
        "urlExpiration",
        "region",
        "vin",
        "model",
        "modelYear",
    }
)

T = TypeVar("T", bound="AccountConnectPayload")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["scopes"] = (
            [(_item0.value if isinstance(_item0, ScopeEnum) else _item0) for _item0 in self.scopes]
            if isinstance(self.scopes, list)
            else self.scopes
        )
        field_dict["deviceTypes"] = (
            [(_item0.value if isinstance(_item0, DeviceTypeEnum) else _item0) for _item0 in self.device_types]
            if isinstance(self.device_types, list)
            else self.device_types
        )
        if self.return_url is not None:
            field_dict["returnUrl"] = self.return_url
        if self.locale is not None:
            field_dict["locale"] = (
                self.locale.value if isinstance(self.locale, ConsentFlowLocales) else self.locale
            )
        if self.integration_method is not None:
            field_dict["integrationMethod"] = (
                self.integration_method.value
                if isinstance(self.integration_method, ConsentFlowIntegration)
                else self.integration_method
            )
        if self.charger_location_latitude is not None:
            field_dict["chargerLocationLatitude"] = self.charger_location_latitude
        if self.charger_location_longitude is not None:
            field_dict["chargerLocationLongitude"] = self.charger_location_longitude
        if self.country_code is not None:
            field_dict["countryCode"] = self.country_code
        if self.makes is not None:
            field_dict["makes"] = (
                [(_item0.value if isinstance(_item0, MakeEnum) else _item0) for _item0 in self.makes]
                if isinstance(self.makes, list)
                else self.makes
            )
        if self.url_expiration is not None:
            field_dict["urlExpiration"] = self.url_expiration
        if self.region is not None:
            field_dict["region"] = self.region.value if isinstance(self.region, OEMRegion) else self.region
        if self.vin is not None:
            field_dict["vin"] = self.vin
        if self.model is not None:
            field_dict["model"] = self.model
        if self.model_year is not None:
            field_dict["modelYear"] = self.model_year
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        scopes = _d["scopes"]
        if scopes.__class__ is not list and not isinstance(scopes, list):
            raise FieldError.of("scopes", scopes)
        _scopes_list = []
        for _scopes_item in scopes:
            if _scopes_item.__class__ is not str and not isinstance(_scopes_item, str):
                raise FieldError.of("scopes" + index_of(scopes, _scopes_item), _scopes_item)
            _scopes_item = _ScopeEnum_get(_scopes_item, _scopes_item)

            _scopes_list.append(_scopes_item)
        scopes = _scopes_list

        device_types = _d["deviceTypes"]
        if device_types.__class__ is not list and not isinstance(device_types, list):
            raise FieldError.of("device_types", device_types)
        _device_types_list = []
        for _device_types_item in device_types:
            if _device_types_item.__class__ is not str and not isinstance(_device_types_item, str):
                raise FieldError.of(
                    "device_types" + index_of(device_types, _device_types_item), _device_types_item
                )
            _device_types_item = _DeviceTypeEnum_get(_device_types_item, _device_types_item)

            _device_types_list.append(_device_types_item)
        device_types = _device_types_list

        return_url = _d.get("returnUrl")
        if return_url.__class__ is not str and return_url is not None and not isinstance(return_url, str):
            raise FieldError.of("return_url", return_url)

        locale = _d.get("locale")
        if locale.__class__ is not str and locale is not None and not isinstance(locale, str):
            raise FieldError.of("locale", locale)
        locale = _ConsentFlowLocales_get(locale, locale)

        integration_method = _d.get("integrationMethod")
        if (
            integration_method.__class__ is not str
            and integration_method is not None
            and not isinstance(integration_method, str)
        ):
            raise FieldError.of("integration_method", integration_method)
        integration_method = _ConsentFlowIntegration_get(integration_method, integration_method)

        charger_location_latitude = _d.get("chargerLocationLatitude")
        if (
            charger_location_latitude.__class__ is not float
            and charger_location_latitude.__class__ is not int
            and charger_location_latitude.__class__ is not str
            and charger_location_latitude is not None
            and (
                not isinstance(charger_location_latitude, (float, int, str))
                or charger_location_latitude.__class__ is bool
            )
        ):
            raise FieldError.of("charger_location_latitude", charger_location_latitude)

        charger_location_longitude = _d.get("chargerLocationLongitude")
        if (
            charger_location_longitude.__class__ is not float
            and charger_location_longitude.__class__ is not int
            and charger_location_longitude.__class__ is not str
            and charger_location_longitude is not None
            and (
                not isinstance(charger_location_longitude, (float, int, str))
                or charger_location_longitude.__class__ is bool
            )
        ):
            raise FieldError.of("charger_location_longitude", charger_location_longitude)

        country_code = _d.get("countryCode")
        if (
            country_code.__class__ is not str
            and country_code is not None
            and not isinstance(country_code, str)
        ):
            raise FieldError.of("country_code", country_code)

        makes = _d.get("makes")
        if makes is not None:
            if makes.__class__ is not list and not isinstance(makes, list):
                raise FieldError.of("makes", makes)
            _makes_list = []
            for _makes_item in makes:
                if _makes_item.__class__ is not str and not isinstance(_makes_item, str):
                    raise FieldError.of("makes" + index_of(makes, _makes_item), _makes_item)
                _makes_item = _MakeEnum_get(_makes_item, _makes_item)

                _makes_list.append(_makes_item)
            makes = _makes_list

        url_expiration = _d.get("urlExpiration")
        if (
            url_expiration.__class__ is not int
            and url_expiration is not None
            and (not isinstance(url_expiration, int) or url_expiration.__class__ is bool)
        ):
            raise FieldError.of("url_expiration", url_expiration)

        region = _d.get("region")
        if region.__class__ is not str and region is not None and not isinstance(region, str):
            raise FieldError.of("region", region)
        region = _OEMRegion_get(region, region)

        vin = _d.get("vin")
        if vin.__class__ is not str and vin is not None and not isinstance(vin, str):
            raise FieldError.of("vin", vin)

        model = _d.get("model")
        if model.__class__ is not str and model is not None and not isinstance(model, str):
            raise FieldError.of("model", model)

        model_year = _d.get("modelYear")
        if (
            model_year.__class__ is not int
            and model_year is not None
            and (not isinstance(model_year, int) or model_year.__class__ is bool)
        ):
            raise FieldError.of("model_year", model_year)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is AccountConnectPayload:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.scopes = scopes
            _self.device_types = device_types
            _self.return_url = return_url
            _self.locale = locale
            _self.integration_method = integration_method
            _self.charger_location_latitude = charger_location_latitude
            _self.charger_location_longitude = charger_location_longitude
            _self.country_code = country_code
            _self.makes = makes
            _self.url_expiration = url_expiration
            _self.region = region
            _self.vin = vin
            _self.model = model
            _self.model_year = model_year
        else:  # a subclass's own __init__ runs
            _self = cls(
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
        _self.additional_properties = _extra
        return _self

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


AccountConnectPayload._wire_fields = {
    "scopes": WireField("scopes", "list"),
    "deviceTypes": WireField("device_types", "list"),
    "returnUrl": WireField("return_url", "plain"),
    "locale": WireField("locale", "plain"),
    "integrationMethod": WireField("integration_method", "plain"),
    "chargerLocationLatitude": WireField("charger_location_latitude", "plain"),
    "chargerLocationLongitude": WireField("charger_location_longitude", "plain"),
    "countryCode": WireField("country_code", "plain"),
    "makes": WireField("makes", "list"),
    "urlExpiration": WireField("url_expiration", "plain"),
    "region": WireField("region", "plain"),
    "vin": WireField("vin", "plain"),
    "model": WireField("model", "plain"),
    "modelYear": WireField("model_year", "plain"),
}
