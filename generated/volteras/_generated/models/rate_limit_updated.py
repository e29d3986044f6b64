# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_limit_domain import RateLimitDomain
from ..models.rate_limit_key import RateLimitKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="RateLimitUpdated")


@_attrs_define
class RateLimitUpdated:
    """Payload of `rate_limit.updated`. Unlike the REST API the fields are snake_case; the SDK also accepts their camelCase
    spelling.

        Attributes:
            remaining_requests (int | None | Unset): Requests left in the current window.
            max_requests (int | None | Unset): Requests allowed per window.
            domain (None | RateLimitDomain | str | Unset): Kind of object the limit applies to, such as VEHICLE.
            window_size_seconds (int | None | Unset): Length of the window, in seconds.
            object_id (None | str | Unset): The object the limit applies to, such as a vehicle id.
            key (None | RateLimitKey | str | Unset): Which limit this is, such as BMW_ENERGY_API_COMMANDS.
    """

    remaining_requests: int | None | Unset = UNSET
    max_requests: int | None | Unset = UNSET
    domain: None | RateLimitDomain | str | Unset = UNSET
    window_size_seconds: int | None | Unset = UNSET
    object_id: None | str | Unset = UNSET
    key: None | RateLimitKey | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_requests: int | None | Unset
        if isinstance(self.remaining_requests, Unset):
            remaining_requests = UNSET
        else:
            remaining_requests = self.remaining_requests

        max_requests: int | None | Unset
        if isinstance(self.max_requests, Unset):
            max_requests = UNSET
        else:
            max_requests = self.max_requests

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        elif isinstance(self.domain, RateLimitDomain):
            domain = self.domain.value
        else:
            domain = self.domain

        window_size_seconds: int | None | Unset
        if isinstance(self.window_size_seconds, Unset):
            window_size_seconds = UNSET
        else:
            window_size_seconds = self.window_size_seconds

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, RateLimitKey):
            key = self.key.value
        else:
            key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remaining_requests is not UNSET:
            field_dict["remaining_requests"] = remaining_requests
        if max_requests is not UNSET:
            field_dict["max_requests"] = max_requests
        if domain is not UNSET:
            field_dict["domain"] = domain
        if window_size_seconds is not UNSET:
            field_dict["window_size_seconds"] = window_size_seconds
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remaining_requests: int | None | Unset = d.pop("remaining_requests", UNSET)

        max_requests: int | None | Unset = d.pop("max_requests", UNSET)

        domain: None | RateLimitDomain | str | Unset = d.pop("domain", UNSET)
        try:
            domain = RateLimitDomain._get(domain, domain)
        except TypeError:
            pass

        window_size_seconds: int | None | Unset = d.pop("window_size_seconds", UNSET)

        object_id: None | str | Unset = d.pop("object_id", UNSET)

        key: None | RateLimitKey | str | Unset = d.pop("key", UNSET)
        try:
            key = RateLimitKey._get(key, key)
        except TypeError:
            pass

        rate_limit_updated = cls(
            remaining_requests=remaining_requests,
            max_requests=max_requests,
            domain=domain,
            window_size_seconds=window_size_seconds,
            object_id=object_id,
            key=key,
        )

        rate_limit_updated.additional_properties = d
        return rate_limit_updated

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
