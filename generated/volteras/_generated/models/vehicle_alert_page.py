# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import FieldError, WireField, as_object, index_of

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "results",
        "nextPageToken",
        "totalResults",
    }
)

T = TypeVar("T", bound="VehicleAlertPage")


@_attrs_define(kw_only=True)
class VehicleAlertPage:
    """

    Attributes:
        results (list[VehicleAlertResponse]):
        next_page_token (None | str):
        total_results (int):
    """

    results: list[VehicleAlertResponse]
    next_page_token: None | str
    total_results: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["results"] = (
            [
                (_item0.to_dict() if isinstance(_item0, VehicleAlertResponse) else _item0)
                for _item0 in self.results
            ]
            if isinstance(self.results, list)
            else self.results
        )
        field_dict["nextPageToken"] = self.next_page_token
        field_dict["totalResults"] = self.total_results
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        results = _d["results"]
        if results.__class__ is not list and not isinstance(results, list):
            raise FieldError.of("results", results)
        _results_list = []
        for _results_item in results:
            try:
                _results_item = _VehicleAlertResponse_from_dict(_results_item)
            except FieldError as _error:
                raise _error.within("results" + index_of(results, _results_item)) from None

            _results_list.append(_results_item)
        results = _results_list

        next_page_token = _d["nextPageToken"]
        if (
            next_page_token.__class__ is not str
            and next_page_token is not None
            and not isinstance(next_page_token, str)
        ):
            raise FieldError.of("next_page_token", next_page_token)

        total_results = _d["totalResults"]
        if total_results.__class__ is not int and (
            not isinstance(total_results, int) or total_results.__class__ is bool
        ):
            raise FieldError.of("total_results", total_results)

        _extra = {} if len(_d) == 3 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is VehicleAlertPage:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.results = results
            _self.next_page_token = next_page_token
            _self.total_results = total_results
        else:  # a subclass's own __init__ runs
            _self = cls(
                results=results,
                next_page_token=next_page_token,
                total_results=total_results,
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


# After the class, so models that hold each other load in either order.
from ..models.vehicle_alert_response import VehicleAlertResponse  # noqa: E402

_VehicleAlertResponse_from_dict = VehicleAlertResponse.from_dict
VehicleAlertPage._wire_fields = {
    "results": WireField("results", "list", VehicleAlertResponse),
    "nextPageToken": WireField("next_page_token", "plain"),
    "totalResults": WireField("total_results", "plain"),
}
