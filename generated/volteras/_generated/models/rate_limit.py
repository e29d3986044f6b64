# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_limit_domain import RateLimitDomain
from ..models.rate_limit_key import RateLimitKey
from ..types import FieldError, WireField, as_object

_new = object.__new__
_RateLimitDomain_get = RateLimitDomain._get
_RateLimitKey_get = RateLimitKey._get
_FIELDS: frozenset[str] = frozenset(
    {
        "remainingRequests",
        "maxRequests",
        "domain",
        "windowSizeSeconds",
        "objectId",
        "key",
    }
)

T = TypeVar("T", bound="RateLimit")


@_attrs_define(kw_only=True)
class RateLimit:
    """

    Attributes:
        remaining_requests (int):
        max_requests (int):
        domain (RateLimitDomain | str):
        window_size_seconds (int):
        object_id (str):
        key (RateLimitKey | str):
    """

    remaining_requests: int
    max_requests: int
    domain: RateLimitDomain | str
    window_size_seconds: int
    object_id: str
    key: RateLimitKey | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["remainingRequests"] = self.remaining_requests
        field_dict["maxRequests"] = self.max_requests
        field_dict["domain"] = self.domain.value if isinstance(self.domain, RateLimitDomain) else self.domain
        field_dict["windowSizeSeconds"] = self.window_size_seconds
        field_dict["objectId"] = self.object_id
        field_dict["key"] = self.key.value if isinstance(self.key, RateLimitKey) else self.key
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        remaining_requests = _d["remainingRequests"]
        if remaining_requests.__class__ is not int and (
            not isinstance(remaining_requests, int) or remaining_requests.__class__ is bool
        ):
            raise FieldError.of("remaining_requests", remaining_requests)

        max_requests = _d["maxRequests"]
        if max_requests.__class__ is not int and (
            not isinstance(max_requests, int) or max_requests.__class__ is bool
        ):
            raise FieldError.of("max_requests", max_requests)

        domain = _d["domain"]
        if domain.__class__ is not str and not isinstance(domain, str):
            raise FieldError.of("domain", domain)
        domain = _RateLimitDomain_get(domain, domain)

        window_size_seconds = _d["windowSizeSeconds"]
        if window_size_seconds.__class__ is not int and (
            not isinstance(window_size_seconds, int) or window_size_seconds.__class__ is bool
        ):
            raise FieldError.of("window_size_seconds", window_size_seconds)

        object_id = _d["objectId"]
        if object_id.__class__ is not str and not isinstance(object_id, str):
            raise FieldError.of("object_id", object_id)

        key = _d["key"]
        if key.__class__ is not str and not isinstance(key, str):
            raise FieldError.of("key", key)
        key = _RateLimitKey_get(key, key)

        _extra = {} if len(_d) == 6 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is RateLimit:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.remaining_requests = remaining_requests
            _self.max_requests = max_requests
            _self.domain = domain
            _self.window_size_seconds = window_size_seconds
            _self.object_id = object_id
            _self.key = key
        else:  # a subclass's own __init__ runs
            _self = cls(
                remaining_requests=remaining_requests,
                max_requests=max_requests,
                domain=domain,
                window_size_seconds=window_size_seconds,
                object_id=object_id,
                key=key,
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


RateLimit._wire_fields = {
    "remainingRequests": WireField("remaining_requests", "plain"),
    "maxRequests": WireField("max_requests", "plain"),
    "domain": WireField("domain", "plain"),
    "windowSizeSeconds": WireField("window_size_seconds", "plain"),
    "objectId": WireField("object_id", "plain"),
    "key": WireField("key", "plain"),
}
