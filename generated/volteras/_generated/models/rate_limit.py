# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_limit_domain import RateLimitDomain
from ..models.rate_limit_key import RateLimitKey

T = TypeVar("T", bound="RateLimit")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        remaining_requests = self.remaining_requests

        max_requests = self.max_requests

        domain: str
        if isinstance(self.domain, RateLimitDomain):
            domain = self.domain.value
        else:
            domain = self.domain

        window_size_seconds = self.window_size_seconds

        object_id = self.object_id

        key: str
        if isinstance(self.key, RateLimitKey):
            key = self.key.value
        else:
            key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remainingRequests": remaining_requests,
                "maxRequests": max_requests,
                "domain": domain,
                "windowSizeSeconds": window_size_seconds,
                "objectId": object_id,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remaining_requests = d.pop("remainingRequests")

        max_requests = d.pop("maxRequests")

        domain: RateLimitDomain | str = d.pop("domain")
        try:
            domain = RateLimitDomain._get(domain, domain)
        except TypeError:
            pass

        window_size_seconds = d.pop("windowSizeSeconds")

        object_id = d.pop("objectId")

        key: RateLimitKey | str = d.pop("key")
        try:
            key = RateLimitKey._get(key, key)
        except TypeError:
            pass

        rate_limit = cls(
            remaining_requests=remaining_requests,
            max_requests=max_requests,
            domain=domain,
            window_size_seconds=window_size_seconds,
            object_id=object_id,
            key=key,
        )

        rate_limit.additional_properties = d
        return rate_limit

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
