# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_limit_domain import RateLimitDomain
from ..models.rate_limit_key import RateLimitKey
from ..types import UNSET, FieldError, Unset, WireField, as_object

_new = object.__new__
_RateLimitDomain_get = RateLimitDomain._get
_RateLimitKey_get = RateLimitKey._get
_FIELDS: frozenset[str] = frozenset(
    {
        "remaining_requests",
        "max_requests",
        "domain",
        "window_size_seconds",
        "object_id",
        "key",
    }
)

T = TypeVar("T", bound="RateLimitUpdated")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.remaining_requests is not None:
            field_dict["remaining_requests"] = self.remaining_requests
        if self.max_requests is not None:
            field_dict["max_requests"] = self.max_requests
        if self.domain is not None:
            field_dict["domain"] = (
                self.domain.value if isinstance(self.domain, RateLimitDomain) else self.domain
            )
        if self.window_size_seconds is not None:
            field_dict["window_size_seconds"] = self.window_size_seconds
        if self.object_id is not None:
            field_dict["object_id"] = self.object_id
        if self.key is not None:
            field_dict["key"] = self.key.value if isinstance(self.key, RateLimitKey) else self.key
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        remaining_requests = _d.get("remaining_requests")
        if (
            remaining_requests.__class__ is not int
            and remaining_requests is not None
            and (not isinstance(remaining_requests, int) or remaining_requests.__class__ is bool)
        ):
            raise FieldError.of("remaining_requests", remaining_requests)

        max_requests = _d.get("max_requests")
        if (
            max_requests.__class__ is not int
            and max_requests is not None
            and (not isinstance(max_requests, int) or max_requests.__class__ is bool)
        ):
            raise FieldError.of("max_requests", max_requests)

        domain = _d.get("domain")
        if domain.__class__ is not str and domain is not None and not isinstance(domain, str):
            raise FieldError.of("domain", domain)
        domain = _RateLimitDomain_get(domain, domain)

        window_size_seconds = _d.get("window_size_seconds")
        if (
            window_size_seconds.__class__ is not int
            and window_size_seconds is not None
            and (not isinstance(window_size_seconds, int) or window_size_seconds.__class__ is bool)
        ):
            raise FieldError.of("window_size_seconds", window_size_seconds)

        object_id = _d.get("object_id")
        if object_id.__class__ is not str and object_id is not None and not isinstance(object_id, str):
            raise FieldError.of("object_id", object_id)

        key = _d.get("key")
        if key.__class__ is not str and key is not None and not isinstance(key, str):
            raise FieldError.of("key", key)
        key = _RateLimitKey_get(key, key)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is RateLimitUpdated:  # attrs' __init__ would only assign the same values, slower
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


RateLimitUpdated._wire_fields = {
    "remaining_requests": WireField("remaining_requests", "plain"),
    "max_requests": WireField("max_requests", "plain"),
    "domain": WireField("domain", "plain"),
    "window_size_seconds": WireField("window_size_seconds", "plain"),
    "object_id": WireField("object_id", "plain"),
    "key": WireField("key", "plain"),
}
